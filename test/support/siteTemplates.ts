/**
 * Two news sites of our own for the site-template tests: "La Gazette du Fleuve", whose pages print
 * a ticker, tags and a reactions counter that vary per article (and teasers naming each other's
 * headlines), and "Le Courrier du Sahel", another template. No line comes from a fixture or a seed.
 */
/** Three paragraphs per article, each article's its own (the duplicate layer would flag shared ones). */
export const BODIES: Record<string, string[]> = {
  digue: [
    'Le conseil régional a validé lundi la réhabilitation de la digue, après plusieurs mois de consultations menées avec les chefs de village et les associations de riziculteurs de la zone.',
    'Selon le rapport présenté aux élus, les travaux reposent sur un prêt concessionnel et sur une contribution des communes, qui devront verser leur part avant la fin de l’année.',
    'Les riziculteurs interrogés se disent soulagés : chaque crue emportait une partie des casiers, et deux campagnes ont été perdues depuis la rupture de l’ouvrage en 2022.',
  ],
  forage: [
    'Une coopérative de cent vingt maraîchères dispose depuis samedi d’un forage équipé de panneaux solaires, qui alimente trois bassins et un réseau de goutte-à-goutte sur quatre hectares.',
    'Financé par une fondation et par la mairie, l’ouvrage a coûté quarante millions de francs CFA ; les femmes paieront une redevance mensuelle pour l’entretien de la pompe.',
    'La présidente du groupement espère doubler la production d’oignons et de tomates dès la prochaine saison, et vendre jusqu’aux marchés de la capitale.',
  ],
  betail: [
    'Le nouveau marché à bétail compte des enclos couverts, un quai d’embarquement pour les camions et un poste vétérinaire ouvert six jours sur sept aux éleveurs transhumants.',
    'Les commerçants saluent la fin des ventes au bord de la route nationale, où les accidents impliquant des troupeaux se multipliaient pendant la saison des pluies.',
    'La chambre d’agriculture prévoit de percevoir une taxe par tête vendue pour financer le gardiennage, une mesure que les petits éleveurs jugent trop lourde.',
  ],
  ambulance: [
    'Le centre de santé communautaire a reçu jeudi une ambulance tout-terrain offerte par une association de ressortissants installés en Europe, après six ans d’attente.',
    'Jusqu’ici, les évacuations vers l’hôpital de district se faisaient en charrette ou à moto, parfois de nuit sur une piste inondée pendant l’hivernage.',
    'Le médecin-chef a demandé aux élus de prendre en charge le carburant et le salaire d’un chauffeur, faute de quoi le véhicule resterait au garage.',
  ],
  proces: [
    'Le tribunal a renvoyé au mois d’avril le procès de onze agents accusés d’avoir vendu de faux diplômes à des candidats aux concours de la fonction publique.',
    'La défense a obtenu ce renvoi pour consulter les pièces saisies lors des perquisitions, soit plusieurs milliers de documents et trois ordinateurs portables.',
    'Une cinquantaine de fonctionnaires recrutés sur la foi de ces diplômes ont été suspendus en attendant la décision, selon le ministère de la Fonction publique.',
  ],
};
export const para = (topic: string, n: number) => BODIES[topic][n];

export interface Page {
  headline: string;
  topic: string;
  ticker: string;
  tags: string;
  reactions: number;
  date: string;
  /** Lines inserted after the first paragraph. */
  inline?: string[];
  /** Lines after the reactions counter. */
  tail?: string[];
  /** The signature (the same reporter's by default). */
  byline?: string;
}

export const GAZETTE = (p: Page) =>
  [
    'GAZETTE DU FLEUVE – L’actualité de la vallée',
    'Accueil | Politique | Économie | Société | Culture',
    `Flash info : ${p.ticker}`,
    p.headline,
    `Mis en ligne le ${p.date} à 10h15`,
    p.byline ?? 'Par Kadidia SANGARÉ',
    para(p.topic, 0),
    ...(p.inline ?? []),
    para(p.topic, 1),
    para(p.topic, 2),
    `Thèmes : ${p.tags}`,
    `Vos réactions (${p.reactions})`,
    ...(p.tail ?? []),
    '© Gazette du Fleuve – Tous droits réservés',
  ].join('\n');

export const gazette: Record<string, Page> = {
  'g1.txt': { headline: 'Riziculture : la digue de Sélingué enfin réhabilitée avant l’hivernage', topic: 'digue', ticker: 'une pirogue chavire près de Ké-Macina, deux disparus', tags: 'riz, irrigation, digues', reactions: 3, date: '03/02/2025' },
  'g2.txt': {
    headline: 'Maraîchage : les femmes de Baguineda obtiennent un forage solaire',
    topic: 'forage',
    ticker: 'la route de Kati fermée pour travaux jusqu’à vendredi',
    tags: 'eau, maraîchage, énergie solaire',
    reactions: 0,
    date: '11/02/2025',
    inline: ['Voir aussi : Riziculture : la digue de Sélingué enfin réhabilitée avant l’hivernage'],
  },
  'g3.txt': {
    headline: 'Élevage : un marché à bétail moderne ouvre ses portes à Niono',
    topic: 'betail',
    ticker: 'coupure d’électricité prévue dimanche dans trois quartiers',
    tags: 'élevage, commerce',
    reactions: 12,
    date: '19/02/2025',
    tail: ['Dans la même rubrique :', '– Maraîchage : les femmes de Baguineda obtiennent un forage solaire (11/02/2025)'],
  },
};

export const sahel = (headline: string, topic: string, extra: string[]) =>
  [
    'LE COURRIER DU SAHEL',
    'Accueil • Nation • Régions • Sport',
    headline,
    para(topic, 0),
    para(topic, 1),
    para(topic, 2),
    'Oumar TOGOLA',
    ...extra,
    'Abonnez-vous à notre lettre du matin',
    '© Le Courrier du Sahel',
  ].join('\n');


/** The Gazette's three pages, by file name. */
export const gazetteTexts = (): Record<string, string> => Object.fromEntries(Object.entries(gazette).map(([f, p]) => [f, GAZETTE(p)]));
