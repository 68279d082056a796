/**
 * Capitalised words that are not names: function words and common nouns that start sentences
 * or headlines, weekdays and months, generic state nouns that French capitalises (`État`,
 * `Gouvernement`, `Transition`), demonyms and nationality adjectives (never PLACE).
 * Compiled by hand from French usage.
 */
import { parseWordList } from './format';

export const CAPITALISED_NON_NAMES = parseWordList(`
Le La Les L' Un Une Des Du De D' Ce Cet Cette Ces Celui Celle Ceux Il Elle Ils Elles Nous Vous On Je Tu Me Te Se Lui Leur Leurs
Son Sa Ses Mon Ma Mes Ton Ta Tes Notre Nos Votre Vos En Dans Pour Par Sur Sous Avec Sans Selon Après Avant Depuis Pendant Lors
Mais Et Ou Donc Car Ni Or Ainsi Aussi Alors Enfin Puis Cependant Toutefois Pourtant Néanmoins Notamment Déjà Désormais Dorénavant
Auparavant Ensuite Encore Toujours Jamais Parfois Souvent Ici Là Voici Voilà Oui Non Tout Tous Toute Toutes Plusieurs Chaque
Quelques Certains Certaines Aucun Aucune Autre Autres Même Mêmes Quel Quelle Quels Quelles Qui Que Quoi Dont Où Comment Pourquoi
Quand Lorsque Puisque Comme Si Entre Vers Chez Contre Malgré Durant Outre Parmi Face Afin Au Aux À A Ah Oh Eh Hélas
C' Qu' N' S' J' M' T' Lorsqu' Puisqu' Jusqu' Est Sont Était Etait Sera Fut A Ont Avait Faut Il-y Y Soit Cela Ceci Ça Rien Personne
Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche Janvier Février Fevrier Mars Avril Mai Juin Juillet Août Aout Septembre Octobre
Novembre Décembre Decembre
État Etat États Etats Gouvernement Gouvernements Transition Nation Nations République Constitution Histoire Président Présidente
Premier Première Ministre Ministres Chef Chefs Général Colonel Excellence Accord Accords Actualités Actualité Coopération Visite
Lire Partagez Echange Échange Envoyés Envoyé Spéciaux Infrastructures Agriculture Santé Enseignement Recherche Géologie Mines
Défense Sécurité Armées Armée Nord Sud Est Ouest Centre Dieu Allah Monsieur Madame Objectif Objectifs Photo Source Sources
Communiqué Conclusion Introduction Contexte Rappel Commentaire Commentaires Article Articles Page Pages Suite Fin Début Réaction
Selon Sommet Forum Journée Conférence Séance Session Réunion Cérémonie Assemblée Conseil Commission Ministère Direction Forces
Force Banque Cour Agence Société Groupe Fédération Confédération Union Organisation Communauté Autorité Haut Haute Secrétariat
Cabinet Département Office Institut Université Ecole École Comité Association Parti Mouvement Front Alliance Bureau Service
Services Programme Projet Plan Fonds Chambre Tribunal Parlement Sénat Présidence Primature Palais Aéroport Stade Place Hôtel ONG
Rue Avenue Boulevard Pont Lac Mont Île Ile Saint Sainte Grand Grande Petit Petite Nouveau Nouvelle Vieux Vieille Haut Bas
Internet Web Covid Covid-19 Coronavirus Islam Christianisme Ramadan Tabaski Noël Pâques Aïd Maouloud Occident Orient
Honneur Mérite Patrie Peuple Paix Justice Travail Liberté Egalité Égalité Fraternité Progrès Développement Démocratie
Finances Economie Économie Education Éducation Affaires Étrangères Intérieur Justice Culture Sport Sports Communication
Majesté Altesse Sainteté Éminence Seconde Guerre Mondiale Fait Faits Jour Divers Dernière Dernières Nouvelles
Energie Énergie Eau Transports Industrie Commerce Environnement Emploi Jeunesse Femme Femmes Famille Enfant Enfants
FCFA CFA Euro Euros Dollar Dollars
Publié Publiée Mis Mise Modifié Modifiée Actualisé Actualisée
`);

/**
 * Demonyms and nationality adjectives, capitalised as nouns (`les Maliens`): not PLACE, not PERSON.
 * Lower-case forms are generated from these by the lexicon.
 */
export const DEMONYMS = parseWordList(`
Malien Malienne Maliens Maliennes Burkinabè Burkinabé Burkinabe Burkinabès Nigérien Nigérienne Nigériens Nigériennes
Nigérian Nigériane Nigérians Sénégalais Sénégalaise Sénégalaises Guinéen Guinéenne Guinéens Ivoirien Ivoirienne Ivoiriens
Mauritanien Mauritanienne Mauritaniens Algérien Algérienne Algériens Marocain Marocaine Marocains Tunisien Tunisiens Libyen
Libyens Tchadien Tchadiens Togolais Béninois Ghanéen Ghanéens Camerounais Gabonais Congolais Égyptien Egyptien Égyptiens
Russe Russes Français Française Françaises Américain Américaine Américains Chinois Chinoise Turc Turque Turcs Allemand
Allemande Allemands Anglais Anglaise Britannique Britanniques Italien Italienne Italiens Espagnol Espagnols Suisses
Belge Belges Ukrainien Ukrainiens Ukrainienne Iranien Iraniens Israélien Israéliens Palestinien Palestiniens Arabe Arabes
Africain Africaine Africains Africaines Européen Européenne Européens Asiatique Asiatiques Soviétique Soviétiques Touareg
Touaregs Peul Peuls Peulh Dogon Dogons Bambara Bambaras Songhaï Songhay Arabes Tartare Tatar Vaudois Vaudoise Genevois
Neuchâtelois Bernois Fribourgeois Valaisan Valaisans Zurichois Bâlois Jurassien Parisien Parisiens Londonien Moscovite
Gambien Bissau-Guinéen Cap-Verdien Libérien Sierra-Léonais Centrafricain Équato-Guinéen Angolais Rwandais Burundais Kényan
Ougandais Tanzanien Éthiopien Érythréen Somalien Djiboutien Soudanais Sud-Africain Zimbabwéen Zambien Mozambicain Malgache
Malagasy Comorien Mauricien Namibien Botswanais Sahraoui Nigériane Ghanéenne Égyptienne Libyenne Tunisienne Algérienne Marocaine
Ouest-Africain Sahélien Subsaharien Maghrébin Arabo-Berbère Berbère Wolof Haoussa Zarma Djerma Mossi Kanouri Toubou Maure
Indien Japonais Coréen Philippin Indonésien Malaisien Vietnamien Thaïlandais Pakistanais Afghan Saoudien Émirati Qatari Koweïtien
Libanais Syrien Jordanien Irakien Yéménite Omanais Brésilien Argentin Mexicain Chilien Colombien Canadien Québécois Haïtien Cubain
Australien Néerlandais Portugais Suédois Norvégien Danois Finlandais Polonais Autrichien Hongrois Roumain Tchèque Biélorusse Kazakh
`);

/**
 * A demonym's feminine and plural forms (`togolais` → `togolaise`, `togolaises`; `tchadien` →
 * `tchadienne`, `tchadiens`): the lists above give most words in one form only.
 */
export function demonymForms(key: string): string[] {
  const out = [key];
  if (key.endsWith('e') && !key.endsWith('ee')) out.push(key + 's');
  else if (key.endsWith('ien') || key.endsWith('een')) out.push(key + 's', key + 'ne', key + 'nes');
  else if (key.endsWith('s') || key.endsWith('x')) out.push(key + 'e', key + 'es');
  else out.push(key + 's', key + 'e', key + 'es');
  return out;
}
