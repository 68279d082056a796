/**
 * Well-known people of the domain (Mali and the Sahel, West Africa, Russia, France, world leaders
 * and historical figures often named in French news), each with the spellings and
 * transliterations met in the French press. A bare surname in the list (`Poutine`) stands for
 * the person only when the text has no other person of that surname.
 * Compiled by hand from general knowledge.
 */
import { parseGazetteer } from './format';

export const PEOPLE = parseGazetteer(`
# Mali
assimi-goita: Assimi Goïta | Assimi Goita | Goïta | Goita
choguel-kokalla-maiga: Choguel Kokalla Maïga | Choguel Maïga | Choguel Kokalla Maiga | Choguel
abdoulaye-diop: Abdoulaye Diop
sadio-camara: Sadio Camara
ismael-wague: Ismaël Wagué | Ismael Wague
malick-diaw: Malick Diaw
modibo-keita: Modibo Keïta | Modibo Keita
moussa-traore: Moussa Traoré
amadou-toumani-toure: Amadou Toumani Touré | ATT
alpha-oumar-konare: Alpha Oumar Konaré
ibrahim-boubacar-keita: Ibrahim Boubacar Keïta | IBK
bah-ndaw: Bah N'Daw | Bah Ndaw
moctar-ouane: Moctar Ouane
iyad-ag-ghaly: Iyad Ag Ghaly
amadou-koufa: Amadou Koufa
mahmoud-dicko: Mahmoud Dicko
# Sahel and West Africa
abdourahamane-tiani: Abdourahamane Tiani | Abdourahamane Tchiani | Tiani | Tchiani
mohamed-bazoum: Mohamed Bazoum | Bazoum
mahamadou-issoufou: Mahamadou Issoufou
ibrahim-traore: Ibrahim Traoré
paul-henri-damiba: Paul-Henri Sandaogo Damiba | Paul-Henri Damiba | Damiba
roch-kabore: Roch Marc Christian Kaboré
blaise-compaore: Blaise Compaoré | Compaoré
thomas-sankara: Thomas Sankara | Sankara
macky-sall: Macky Sall
bassirou-diomaye-faye: Bassirou Diomaye Faye
ousmane-sonko: Ousmane Sonko | Sonko
alassane-ouattara: Alassane Ouattara | Ouattara
mamadi-doumbouya: Mamadi Doumbouya | Doumbouya
alpha-conde: Alpha Condé
mohamed-ould-ghazouani: Mohamed Ould Ghazouani | Mohamed Ould Cheikh El Ghazouani | Ghazouani
abdelmadjid-tebboune: Abdelmadjid Tebboune | Tebboune
mahamat-idriss-deby: Mahamat Idriss Déby | Mahamat Déby
idriss-deby: Idriss Déby | Idriss Déby Itno
bola-tinubu: Bola Tinubu | Bola Ahmed Tinubu | Tinubu
faustin-archange-touadera: Faustin-Archange Touadéra | Touadéra
paul-kagame: Paul Kagame | Kagame
felix-tshisekedi: Félix Tshisekedi | Tshisekedi
cyril-ramaphosa: Cyril Ramaphosa | Ramaphosa
abiy-ahmed: Abiy Ahmed
moussa-faki-mahamat: Moussa Faki Mahamat
omar-alieu-touray: Omar Alieu Touray
nelson-mandela: Nelson Mandela | Mandela
kwame-nkrumah: Kwame Nkrumah | Nkrumah
mouammar-kadhafi: Mouammar Kadhafi | Kadhafi
mohammed-vi: Mohammed VI
# Russia
vladimir-poutine: Vladimir Poutine | Vladimir Putin | Poutine | Putin
sergei-lavrov: Sergueï Lavrov | Serguei Lavrov | Sergei Lavrov | Lavrov
dmitri-medvedev: Dmitri Medvedev | Medvedev
mikhail-michoustine: Mikhaïl Michoustine | Michoustine
sergei-choigou: Sergueï Choïgou | Choïgou
andrei-belooussov: Andreï Belooussov | Belooussov
dmitri-peskov: Dmitri Peskov | Peskov
maria-zakharova: Maria Zakharova | Zakharova
evgueni-prigojine: Evgueni Prigojine | Prigojine
mikhail-bogdanov: Mikhaïl Bogdanov
mikhail-gorbatchev: Mikhaïl Gorbatchev | Gorbatchev
boris-eltsine: Boris Eltsine | Eltsine
joseph-staline: Joseph Staline | Staline
lenine: Lénine | Vladimir Lénine
# France, Europe, world
emmanuel-macron: Emmanuel Macron | Macron
francois-hollande: François Hollande
nicolas-sarkozy: Nicolas Sarkozy | Sarkozy
charles-de-gaulle: Charles de Gaulle | Gaulle
jean-yves-le-drian: Jean-Yves Le Drian | Le Drian
napoleon: Napoléon | Napoléon Bonaparte | Bonaparte
adolf-hitler: Adolf Hitler | Hitler
benito-mussolini: Benito Mussolini | Mussolini
winston-churchill: Winston Churchill | Churchill
franklin-roosevelt: Franklin Roosevelt | Franklin D. Roosevelt | Roosevelt
volodymyr-zelensky: Volodymyr Zelensky | Zelensky | Zelenski
joe-biden: Joe Biden | Biden
donald-trump: Donald Trump | Trump
barack-obama: Barack Obama | Obama
antonio-guterres: António Guterres | Antonio Guterres | Guterres
xi-jinping: Xi Jinping
narendra-modi: Narendra Modi
recep-tayyip-erdogan: Recep Tayyip Erdogan | Recep Tayyip Erdoğan | Erdogan
`);
