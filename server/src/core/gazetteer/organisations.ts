/**
 * INSTITUTION gazetteer: international and regional bodies, African and Sahelian institutions,
 * armed and security forces, state bodies, parties and armed groups named in the domain's news,
 * companies, news agencies, media and social platforms. Acronyms and full names share one id.
 * Compiled by hand from general knowledge (official names as published by each body).
 */
import { parseGazetteer } from './format';

export const ORGANISATIONS = parseGazetteer(`
# United Nations system
onu: ONU | Organisation des Nations unies | Organisation des Nations Unies | Nations unies | Nations Unies | NU
conseil-de-securite-onu: Conseil de sécurité des Nations unies | Conseil de sécurité de l'ONU | Conseil de sécurité | Conseil de Sécurité des Nations Unies | Conseil de Sécurité
assemblee-generale-onu: Assemblée générale des Nations unies | Assemblée générale de l'ONU
minusma: MINUSMA | Minusma | Mission multidimensionnelle intégrée des Nations unies pour la stabilisation au Mali
unesco: UNESCO | Unesco
unicef: UNICEF | Unicef
oms: OMS | Organisation mondiale de la santé | Organisation mondiale de la Santé
pam: PAM | Programme alimentaire mondial
hcr: HCR | Haut-Commissariat des Nations unies pour les réfugiés
fao: FAO
oit: OIT | Organisation internationale du travail | Organisation internationale du Travail
omc: OMC | Organisation mondiale du commerce
pnud: PNUD | Programme des Nations unies pour le développement
fmi: FMI | Fonds monétaire international
banque-mondiale: Banque mondiale | Banque Mondiale
cpi: CPI | Cour pénale internationale
cij: CIJ | Cour internationale de justice | Cour internationale de Justice
interpol: Interpol
sdn: Société des Nations | Société des nations | SDN
# Africa
ua: UA | Union africaine | Union Africaine
commission-ua: Commission de l'Union africaine
cedeao: Cedeao | CEDEAO | Communauté économique des États de l'Afrique de l'Ouest | Communauté économique des Etats de l'Afrique de l'Ouest | Communauté Économique des États de l'Afrique de l'Ouest | ECOWAS
commission-cedeao: Commission de la Cedeao | Commission de la CEDEAO
cedeao-conference-chefs-etat: conférence des chefs d'État et de gouvernement | Conférence des chefs d'État et de gouvernement | conférence des chefs d'Etat et de gouvernement | Conférence des chefs d'Etat et de gouvernement
force-en-attente-cedeao: Force en attente | Force en attente de la Cedeao
uemoa: UEMOA | Uemoa | Union économique et monétaire ouest-africaine
bceao: BCEAO | Banque centrale des États de l'Afrique de l'Ouest
bad: BAD | Banque africaine de développement
boad: BOAD | Banque ouest-africaine de développement
aes: AES | Alliance des États du Sahel | Confédération des États du Sahel | Confédération des Etats du Sahel | Alliance des Etats du Sahel
g5-sahel: G5 Sahel | G5-Sahel
cemac: CEMAC
ceeac: CEEAC
uma: Union du Maghreb arabe
omvs: OMVS
abn: Autorité du bassin du Niger
# Mali
fama: FAMa | FAMA | Forces armées maliennes | Forces Armées Maliennes
fds-mali: Forces de défense et de sécurité | Forces de Défense et de Sécurité
cnt: CNT | Conseil national de Transition | Conseil national de la Transition | Conseil National de Transition
primature: Primature
presidence: Présidence | Présidence de la République
cour-supreme-mali: Cour suprême
cour-constitutionnelle: Cour constitutionnelle
assemblee-nationale: Assemblée nationale | Assemblée Nationale
senat: Sénat
ortm: ORTM | Office de radiodiffusion télévision du Mali
amap: AMAP | Agence malienne de presse et de publicité
essor: L'Essor
aige: AIGE | Autorité indépendante de gestion des élections
cma: CMA | Coordination des mouvements de l'Azawad
csp: CSP | Cadre stratégique permanent
fla: FLA | Front de libération de l'Azawad
mnla: MNLA | Mouvement national de libération de l'Azawad
hcua: HCUA | Haut Conseil pour l'unité de l'Azawad
jnim: JNIM | Groupe de soutien à l'islam et aux musulmans | GSIM
eigs: EIGS | État islamique au Grand Sahara | État islamique au Sahel
etat-islamique: État islamique | Etat islamique | Daech
al-qaida: Al-Qaïda | Al-Qaida | Al Qaïda
aqmi: AQMI | Al-Qaïda au Maghreb islamique
m5-rfp: M5-RFP
rpm: RPM | Rassemblement pour le Mali
adema: Adema | ADEMA | Adema-PASJ
cnsp: CNSP | Conseil national pour la sauvegarde de la patrie
mpsr: MPSR
# Europe, NATO, others
ue: UE | Union européenne | Union Européenne
commission-europeenne: Commission européenne
parlement-europeen: Parlement européen
otan: OTAN | Organisation du traité de l'Atlantique nord | Alliance atlantique | NATO
osce: OSCE
brics: BRICS | Brics
g7: G7
g20: G20
oci: OCI | Organisation de la coopération islamique
oif: OIF | Organisation internationale de la Francophonie | Francophonie
ocs: OCS | Organisation de coopération de Shanghai
opep: OPEP
csto: OTSC
croix-rouge: Croix-Rouge | CICR | Comité international de la Croix-Rouge
# Russia, France, USA state bodies
kremlin: Kremlin
douma: Douma | Douma d'État
elysee: Élysée | Elysée
quai-d-orsay: Quai d'Orsay
maison-blanche: Maison Blanche | Maison-Blanche
pentagone: Pentagone
departement-d-etat: Département d'État | Département d'Etat
congres-usa: Congrès américain
cia: CIA
fbi: FBI
kgb: KGB
fsb: FSB
gestapo: Gestapo
reichstag: Reichstag
foreign-office: Foreign Office
# State bodies of the same name in many French-speaking countries (France, Côte d'Ivoire, Centrafrique, Guinée…)
conseil-d-etat: Conseil d'État | Conseil d'Etat
gouvernorat: Gouvernorat | GOUVERNORAT
protection-civile: Protection civile | Protection Civile
tresor-public: Trésor public | Trésor Public
# Switzerland (federal bodies)
conseil-federal: Conseil fédéral
conseil-national: Conseil national
conseil-des-etats: Conseil des États | Conseil des Etats
assemblee-federale: Assemblée fédérale
chambres-federales: Chambres fédérales
banque-nationale-suisse: Banque nationale suisse | BNS
# companies
wagner: Wagner
africa-corps: Africa Corps
rosatom: Rosatom
gazprom: Gazprom
rosneft: Rosneft
lukoil: Lukoil
total: TotalEnergies
orange: Orange Mali
# companies of French-speaking Africa the press names bare: public utilities, telecoms, banks, airlines, mining
senelec: Senelec | SENELEC
nigelec: Nigelec | NIGELEC
sonabel: Sonabel | SONABEL
edm-mali: Énergie du Mali | EDM-SA
cie-ci: Compagnie ivoirienne d'électricité
sbee: SBEE | Société béninoise d'énergie électrique
ceet: CEET | Compagnie énergie électrique du Togo
snel: SNEL | Société nationale d'électricité
regideso: Regideso | REGIDESO
jirama: Jirama | JIRAMA
seeg: SEEG | Société d'énergie et d'eau du Gabon
eneo: Eneo | ENEO
camwater: Camwater | CAMWATER
somelec: Somelec | SOMELEC
sonatrach: Sonatrach | SONATRACH
sonelgaz: Sonelgaz | SONELGAZ
gecamines: Gécamines | GÉCAMINES | Gecamines
sodecoton: Sodecoton | SODECOTON
cotontchad: CotonTchad | Cotontchad
sonatel: Sonatel | SONATEL
sotelma: Sotelma | SOTELMA
onatel: Onatel | ONATEL
camtel: Camtel | CAMTEL
telma: Telma | TELMA
togocel: Togocel
airtel: Airtel
mtn: MTN
moov: Moov Africa | Moov
vodacom: Vodacom
africell: Africell
safaricom: Safaricom
maroc-telecom: Maroc Telecom | Maroc Télécom
ecobank: Ecobank
brvm: BRVM | Bourse régionale des valeurs mobilières
asky: ASKY | Asky
air-cote-d-ivoire: Air Côte d'Ivoire
royal-air-maroc: Royal Air Maroc
ethiopian-airlines: Ethiopian Airlines
camrail: Camrail
sitarail: Sitarail
# Africa's best-known football clubs, as the press names them
tp-mazembe: TP Mazembe | Tout Puissant Mazembe | Mazembe
as-vita-club: AS Vita Club | Vita Club | V.Club | Vita
dcmp: DCMP | Daring Club Motema Pembe
saint-eloi-lupopo: Saint-Éloi Lupopo | Lupopo
young-africans: Young Africans | Yanga
simba-sc: Simba SC
al-ahly: Al Ahly | Al-Ahly
zamalek: Zamalek
esperance-de-tunis: Espérance de Tunis | Espérance sportive de Tunis
etoile-du-sahel: Étoile du Sahel | Étoile sportive du Sahel
wydad: Wydad Athletic Club | Wydad de Casablanca | Wydad
raja: Raja Club Athletic | Raja de Casablanca
js-kabylie: JS Kabylie | Jeunesse sportive de Kabylie
asec-mimosas: ASEC Mimosas
africa-sports: Africa Sports
horoya: Horoya AC | Horoya
hafia: Hafia FC
jaraaf: ASC Jaraaf | Jaraaf
coton-sport: Coton Sport de Garoua | Coton Sport
canon-de-yaounde: Canon de Yaoundé
djoliba: Djoliba AC | Djoliba
stade-malien: Stade malien de Bamako | Stade malien
real-de-bamako: Real de Bamako
as-douanes-dakar: AS Douanes
kaizer-chiefs: Kaizer Chiefs
orlando-pirates: Orlando Pirates
mamelodi-sundowns: Mamelodi Sundowns
enyimba: Enyimba
# news agencies and media
tass: TASS | Tass
ria-novosti: RIA Novosti
sputnik: Sputnik
rt: RT | Russia Today
afp: AFP | Agence France-Presse
reuters: Reuters | Reuter | agence Reuter | agence Reuters
havas: Havas | agence Havas
ap: Associated Press
xinhua: Xinhua | Chine nouvelle
anadolu: Anadolu
efe: EFE
dpa: DPA | Deutsche Presse-Agentur
rfi: RFI | Radio France internationale
france-24: France 24
tv5monde: TV5Monde | TV5 Monde
bbc: BBC
cnn: CNN
al-jazeera: Al Jazeera | Al-Jazeera
jeune-afrique: Jeune Afrique
le-monde: Le Monde
le-figaro: Le Figaro | Figaro
times: Times | The Times
# social platforms (X needs a cue: see acronyms.ts)
twitter: Twitter
facebook: Facebook
youtube: YouTube | Youtube
tiktok: TikTok
whatsapp: WhatsApp
instagram: Instagram
telegram: Telegram
linkedin: LinkedIn | Linkedin
snapchat: Snapchat
vk: VKontakte
messenger: Facebook Messenger
viber: Viber
`);

/** Platforms that have a one-letter or ambiguous name: recognised only after a cue word. */
export const CUED_PLATFORMS: Record<string, string> = { x: 'twitter', vk: 'vk', messenger: 'messenger' };
/** Cue words, folded as tokens' keys are. */
export const PLATFORM_CUES = ['plateforme', 'reseau', 'compte', 'application'];
