/**
 * PLACE gazetteer: countries (French short names after ISO 3166, with official long forms and
 * common variants), historical states, continents and regions, capitals and major cities of
 * Africa and the world, and the Malian regions, towns and districts that the domain's news name.
 * Compiled by hand from general knowledge. Long forms (`République du Mali`) share the country's id.
 */
import { parseGazetteer } from './format';

export const COUNTRIES = parseGazetteer(`
afghanistan: Afghanistan
afrique-du-sud: Afrique du Sud | République sud-africaine
albanie: Albanie
algerie: Algérie | République algérienne
allemagne: Allemagne | République fédérale d'Allemagne | RFA
andorre: Andorre
angola: Angola
arabie-saoudite: Arabie saoudite | Arabie Saoudite | Royaume d'Arabie saoudite
argentine: Argentine
armenie: Arménie
australie: Australie
autriche: Autriche
azerbaidjan: Azerbaïdjan
bahrein: Bahreïn
bangladesh: Bangladesh
belgique: Belgique | Royaume de Belgique
benin: Bénin | République du Bénin | Dahomey
bielorussie: Biélorussie | Bélarus | Belarus
birmanie: Birmanie | Myanmar
bolivie: Bolivie
bosnie-herzegovine: Bosnie-Herzégovine | Bosnie
botswana: Botswana
bresil: Brésil
bulgarie: Bulgarie
burkina-faso: Burkina Faso | Burkina | Haute-Volta
burundi: Burundi
cambodge: Cambodge
cameroun: Cameroun | République du Cameroun
canada: Canada
cap-vert: Cap-Vert | Cabo Verde
centrafrique: Centrafrique | République centrafricaine | RCA
chili: Chili
chine: Chine | République populaire de Chine
chypre: Chypre
colombie: Colombie
comores: Comores | Union des Comores
congo: Congo | République du Congo | Congo-Brazzaville
rdc: République démocratique du Congo | RDC | RD Congo | Congo-Kinshasa | Zaïre
coree-du-nord: Corée du Nord
coree-du-sud: Corée du Sud | Corée
costa-rica: Costa Rica
cote-d-ivoire: Côte d'Ivoire | République de Côte d'Ivoire
croatie: Croatie
cuba: Cuba
danemark: Danemark
djibouti: Djibouti
egypte: Égypte | Egypte | République arabe d'Égypte
emirats-arabes-unis: Émirats arabes unis | Emirats arabes unis | EAU
equateur: Équateur
erythree: Érythrée | Erythrée
espagne: Espagne
estonie: Estonie
eswatini: Eswatini | Swaziland
etats-unis: États-Unis | Etats-Unis | États-Unis d'Amérique | Etats-Unis d'Amérique | USA
ethiopie: Éthiopie | Ethiopie
finlande: Finlande
france: France | République française | Hexagone
gabon: Gabon | République gabonaise
gambie: Gambie
georgie: Géorgie
ghana: Ghana
grece: Grèce
guatemala: Guatemala
guinee: Guinée | Guinée-Conakry | République de Guinée
guinee-bissau: Guinée-Bissau
guinee-equatoriale: Guinée équatoriale
haiti: Haïti
honduras: Honduras
hongrie: Hongrie
inde: Inde
indonesie: Indonésie
irak: Irak | Iraq
iran: Iran | République islamique d'Iran
irlande: Irlande
islande: Islande
israel: Israël | Israel
italie: Italie
jamaique: Jamaïque
japon: Japon
jordanie: Jordanie
kazakhstan: Kazakhstan
kenya: Kenya
kirghizistan: Kirghizistan
kosovo: Kosovo
koweit: Koweït
laos: Laos
lesotho: Lesotho
lettonie: Lettonie
liban: Liban
liberia: Liberia | Libéria
libye: Libye
liechtenstein: Liechtenstein
lituanie: Lituanie
luxembourg: Luxembourg
macedoine: Macédoine | Macédoine du Nord
madagascar: Madagascar
malaisie: Malaisie
malawi: Malawi
mali: Mali | République du Mali | Soudan français
malte: Malte
maroc: Maroc | Royaume du Maroc
maurice: Maurice | Île Maurice
mauritanie: Mauritanie | République islamique de Mauritanie
mexique: Mexique
moldavie: Moldavie | Moldova
monaco: Monaco
mongolie: Mongolie
montenegro: Monténégro
mozambique: Mozambique
namibie: Namibie
nepal: Népal
nicaragua: Nicaragua
niger: Niger | République du Niger
nigeria: Nigeria | Nigéria | République fédérale du Nigeria
norvege: Norvège
nouvelle-zelande: Nouvelle-Zélande
oman: Oman
ouganda: Ouganda
ouzbekistan: Ouzbékistan
pakistan: Pakistan
palestine: Palestine | Territoires palestiniens
panama: Panama
paraguay: Paraguay
pays-bas: Pays-Bas | Hollande
perou: Pérou
philippines: Philippines
pologne: Pologne
portugal: Portugal
qatar: Qatar | État du Qatar
roumanie: Roumanie
royaume-uni: Royaume-Uni
grande-bretagne: Grande-Bretagne | Grande Bretagne
angleterre: Angleterre
ecosse: Écosse | Ecosse
russie: Russie | Fédération de Russie | Fédération de la Russie | Fédération russe
rwanda: Rwanda
salvador: Salvador
sao-tome-et-principe: Sao Tomé-et-Principe
senegal: Sénégal | Senegal | République du Sénégal
serbie: Serbie
seychelles: Seychelles
sierra-leone: Sierra Leone
singapour: Singapour
slovaquie: Slovaquie
slovenie: Slovénie
somalie: Somalie
soudan: Soudan
soudan-du-sud: Soudan du Sud
sri-lanka: Sri Lanka
suede: Suède
suisse: Suisse | Confédération suisse | Confédération helvétique | Helvétie
syrie: Syrie
tadjikistan: Tadjikistan
tanzanie: Tanzanie
tchad: Tchad | République du Tchad
tchequie: Tchéquie | République tchèque
thailande: Thaïlande
togo: Togo | République togolaise
tunisie: Tunisie
turkmenistan: Turkménistan
turquie: Turquie
ukraine: Ukraine
uruguay: Uruguay
vatican: Vatican
venezuela: Venezuela | Vénézuéla
vietnam: Vietnam | Viêt Nam
yemen: Yémen
zambie: Zambie
zimbabwe: Zimbabwe
# historical states
urss: URSS | Union soviétique | Union des républiques socialistes soviétiques
tchecoslovaquie: Tchécoslovaquie
yougoslavie: Yougoslavie
prusse: Prusse
autriche-hongrie: Autriche-Hongrie
`);

export const REGIONS = parseGazetteer(`
afrique: Afrique | Africa
europe: Europe
asie: Asie
oceanie: Océanie
amerique: Amérique | America
amerique-latine: Amérique latine
amerique-du-nord: Amérique du Nord
amerique-du-sud: Amérique du Sud
afrique-de-l-ouest: Afrique de l'Ouest
afrique-du-nord: Afrique du Nord
afrique-centrale: Afrique centrale
afrique-subsaharienne: Afrique subsaharienne
sahel: Sahel
sahara: Sahara
maghreb: Maghreb
moyen-orient: Moyen-Orient
proche-orient: Proche-Orient
mediterranee: Méditerranée
liptako-gourma: Liptako-Gourma
azawad: Azawad
tatarstan: Tatarstan | République du Tatarstan
crimee: Crimée
donbass: Donbass | Donbas
siberie: Sibérie
caucase: Caucase
tchetchenie: Tchétchénie
alsace: Alsace
lorraine: Lorraine
bretagne: Bretagne
normandie: Normandie
provence: Provence
savoie: Savoie
baviere: Bavière
tyrol: Tyrol
# Swiss cantons
vaud: Vaud | canton de Vaud
valais: Valais | canton du Valais
tessin: Tessin
grisons: Grisons
argovie: Argovie
thurgovie: Thurgovie
soleure: Soleure
zoug: Zoug
uri: Uri
schwytz: Schwytz
glaris: Glaris
appenzell: Appenzell
jura: Jura
# rivers, lakes, mountains used as places
fleuve-niger: fleuve Niger
leman: Léman | lac Léman
rhin: Rhin
rhone: Rhône
alpes: Alpes
`);

export const CITIES = parseGazetteer(`
# Mali
bamako: Bamako | District de Bamako
kayes: Kayes
koulikoro: Koulikoro
sikasso: Sikasso
segou: Ségou | Segou
mopti: Mopti
tombouctou: Tombouctou | Timbuktu
gao: Gao
kidal: Kidal
menaka: Ménaka | Menaka
taoudenit: Taoudénit | Taoudéni
nioro: Nioro | Nioro du Sahel
kati: Kati
koulouba: Koulouba
senou: Sénou | Senou
tessalit: Tessalit
anefis: Anéfis
djenne: Djenné
bandiagara: Bandiagara
douentza: Douentza
bougouni: Bougouni
kita: Kita
koutiala: Koutiala
niono: Niono
macina: Macina
hombori: Hombori
aguelhok: Aguelhok
ansongo: Ansongo
bourem: Bourem
kangaba: Kangaba
dioila: Dioïla
nara: Nara
san: San
# West and Central Africa
niamey: Niamey
ouagadougou: Ouagadougou
bobo-dioulasso: Bobo-Dioulasso
agadez: Agadez
zinder: Zinder
tillaberi: Tillabéri | Tillaberi
maradi: Maradi
tahoua: Tahoua
diffa: Diffa
dori: Dori
djibo: Djibo
ndjamena: N'Djamena | Ndjamena
nouakchott: Nouakchott
dakar: Dakar
conakry: Conakry
abidjan: Abidjan
yamoussoukro: Yamoussoukro
lome: Lomé
cotonou: Cotonou
porto-novo: Porto-Novo
accra: Accra
abuja: Abuja
lagos: Lagos
kano: Kano
monrovia: Monrovia
freetown: Freetown
banjul: Banjul
bissau: Bissau
praia: Praia
yaounde: Yaoundé
douala: Douala
libreville: Libreville
malabo: Malabo
bangui: Bangui
kinshasa: Kinshasa
brazzaville: Brazzaville
luanda: Luanda
# North and East Africa
rabat: Rabat
casablanca: Casablanca
marrakech: Marrakech
alger: Alger
oran: Oran
tunis: Tunis
tripoli: Tripoli
benghazi: Benghazi
le-caire: Le Caire | Caire
alexandrie: Alexandrie
khartoum: Khartoum
addis-abeba: Addis-Abeba | Addis Abeba
nairobi: Nairobi
kigali: Kigali
kampala: Kampala
dar-es-salaam: Dar es Salaam
mogadiscio: Mogadiscio
antananarivo: Antananarivo
maputo: Maputo
harare: Harare
lusaka: Lusaka
pretoria: Pretoria
johannesburg: Johannesburg
le-cap: Le Cap
# Russia and former USSR
moscou: Moscou
saint-petersbourg: Saint-Pétersbourg | Saint-Petersbourg | Leningrad | Pétrograd
kazan: Kazan
sotchi: Sotchi
volgograd: Volgograd | Stalingrad
novossibirsk: Novossibirsk
iekaterinbourg: Iekaterinbourg
vladivostok: Vladivostok
kiev: Kiev | Kyiv
minsk: Minsk
# Europe
paris: Paris
lyon: Lyon
marseille: Marseille
bordeaux: Bordeaux
toulouse: Toulouse
nice: Nice
strasbourg: Strasbourg
lille: Lille
nantes: Nantes
toulon: Toulon
mulhouse: Mulhouse
besancon: Besançon
londres: Londres
berlin: Berlin
munich: Munich
hambourg: Hambourg
francfort: Francfort
cologne: Cologne
leipzig: Leipzig
vienne: Vienne
rome: Rome
milan: Milan
turin: Turin
naples: Naples
madrid: Madrid
barcelone: Barcelone
lisbonne: Lisbonne
bruxelles: Bruxelles
anvers: Anvers | Antwerpen
amsterdam: Amsterdam
la-haye: La Haye
stockholm: Stockholm
oslo: Oslo
copenhague: Copenhague
helsinki: Helsinki
varsovie: Varsovie
prague: Prague
budapest: Budapest
bucarest: Bucarest
sofia: Sofia
belgrade: Belgrade
athenes: Athènes
istanbul: Istanbul | Constantinople
ankara: Ankara
dublin: Dublin
edimbourg: Édimbourg
# Switzerland
geneve: Genève | Geneve
berne: Berne | Bern
zurich: Zurich | Zürich
bale: Bâle | Bale
lausanne: Lausanne
neuchatel: Neuchâtel | Neuchatel
fribourg: Fribourg
lucerne: Lucerne
lugano: Lugano
sion: Sion
la-chaux-de-fonds: La Chaux-de-Fonds | Chaux-de-Fonds
le-locle: Le Locle
bienne: Bienne
yverdon: Yverdon
montreux: Montreux
vevey: Vevey
morges: Morges
nyon: Nyon
aarau: Aarau
frauenfeld: Frauenfeld
coire: Coire
winterthour: Winterthour
saint-gall: Saint-Gall
schaffhouse: Schaffhouse
delemont: Delémont
porrentruy: Porrentruy
martigny: Martigny
sierre: Sierre
monthey: Monthey
saint-imier: Saint-Imier
# Middle East and Asia
teheran: Téhéran
bagdad: Bagdad
damas: Damas
beyrouth: Beyrouth
jerusalem: Jérusalem | Jerusalem
tel-aviv: Tel-Aviv | Tel Aviv
gaza: Gaza
riyad: Riyad
doha: Doha
dubai: Dubaï
abou-dhabi: Abou Dhabi
pekin: Pékin | Beijing
shanghai: Shanghai
hong-kong: Hong Kong
tokyo: Tokyo | Tokio
seoul: Séoul
new-delhi: New Delhi
bombay: Bombay | Mumbai
# Americas
washington: Washington
new-york: New York
los-angeles: Los Angeles
chicago: Chicago
ottawa: Ottawa
montreal: Montréal
quebec: Québec
mexico: Mexico
brasilia: Brasilia
rio-de-janeiro: Rio de Janeiro | Rio-de-Janeiro
sao-paulo: São Paulo | Sao Paulo
buenos-aires: Buenos Aires
santiago: Santiago
caracas: Caracas
la-havane: La Havane
`);

