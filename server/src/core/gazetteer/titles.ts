/**
 * Titles, ranks, honorifics and function words that announce a person's name. They are cues,
 * never part of the PERSON span. Multi-word titles are listed whole so that the longest wins
 * (`Général de corps d'armée` before `Général`). Compiled by hand (French usage, military ranks
 * of the French-speaking armies, diplomatic and religious styles).
 */
/** Honorifics: always followed by a name (or a title then a name). Matched case-sensitively, with or without a dot. */
export const HONORIFICS = ['M', 'MM', 'Mme', 'Mmes', 'Mlle', 'Mlles', 'Me', 'Dr', 'Dre', 'Pr', 'Pre', 'Mgr', 'SE', 'S.E', 'SEM', 'Sir', 'Lord', 'Lady', 'Dom',
  'don', 'dona', 'Dona', 'doña', 'Doña', 'saint', 'sainte'];
/**
 * Honorifics that are common words too (`un don de Kati`, `un saint homme`): a name must follow them at once, never a
 * particle. A saint written in small letters is a person (`le nom de saint Kizito`); capitalised and dashed, a place or a
 * feast (`Saint-Louis`, `la Saint-Jean`).
 */
export const WORD_HONORIFICS = ['don', 'dona', 'doña', 'saint', 'sainte'];

/** Multi-word honorific styles. */
export const STYLES = [
  'Son Excellence', 'Sa Majesté', 'Son Altesse', 'Sa Sainteté', 'Son Éminence', 'Monsieur', 'Madame', 'Mademoiselle',
  'Messieurs', 'Mesdames', 'Docteur', 'Professeur', 'Maître',
  // The pilgrim's honorific of West and North Africa (`l'imam El Hadj Lassana Cissé`).
  'El Hadj', 'El Hadji', 'El-Hadj', 'Elhadj', 'Elhadji', 'El Hadja', 'Hadja', 'Alhaji', 'Al Hadj',
  'Alhadji', 'Alhadj', 'Al Hadji', 'Alhadja', 'Elhadja', 'Hadji',
  // A Koranic teacher's style, and the respect Central Africa pays a woman (`Maman Béatrice Kalombo`).
  'Oustaz', 'Oustaze', 'Ustaz', 'Maman',
];

/** Ranks and function nouns (case-insensitive); the name may follow directly (`le colonel Assimi Goïta`). */
export const RANKS = [
  "général d'armée", 'général de corps d’armée', "général de corps d'armée", 'général de division', 'général de brigade',
  'général', 'colonel-major', 'colonel', 'lieutenant-colonel', 'commandant', 'capitaine', 'lieutenant', 'sous-lieutenant',
  'adjudant-chef', 'adjudant', 'sergent-chef', 'sergent', 'caporal', 'soldat', 'maréchal', 'amiral', 'vice-amiral',
  'contre-amiral', 'commissaire', 'inspecteur', 'gendarme',
  'président', 'présidente', 'vice-président', 'vice-présidente', 'premier ministre', 'ministre', "ministre d'état",
  'ambassadeur', 'ambassadrice', 'secrétaire général', 'secrétaire générale', 'secrétaire', 'directeur', 'directrice',
  'directeur général', 'directrice générale', 'chef', 'cheffe', 'gouverneur', 'préfet', 'maire', 'député', 'députée', 'sénateur',
  'sénatrice', 'conseiller', 'conseillère', 'conseiller fédéral', 'conseiller national', "conseiller d'état", 'juge',
  'procureur', 'avocat', 'roi', 'reine', 'prince', 'princesse', 'empereur', 'impératrice', 'tsar', 'kaiser', 'sultan',
  'émir', 'cheikh', 'imam', 'pape', 'cardinal', 'évêque', 'archevêque', 'abbé', 'pasteur', 'père', 'frère', 'sœur',
  'baron', 'baronne', 'comte', 'comtesse', 'duc', 'duchesse', 'marquis', 'marquise', 'vicomte', 'chancelier',
  'chancelière', 'landammann', 'syndic', 'porte-parole', 'journaliste', 'correspondant', 'professeur', 'docteur',
  'homologue', 'camarade', 'feu', 'sieur', 'dame', 'président-directeur général', 'opposant', 'général-major', 'capitaine-major',
  'commandant en chef', 'haut-commissaire', 'envoyé spécial', 'représentant spécial', 'médiateur', 'délégué', 'coordinateur',
  // Occupations a name follows at once (`le curé Schœfer`, `le sélectionneur Gernot Rohr`, `le libraire Zaunrieth`).
  'curé', 'vicaire', 'libraire', 'imprimeur', 'ingénieur', 'médecin', 'notaire', 'banquier', 'négociant', 'instituteur', 'institutrice',
  'entraîneur', 'sélectionneur', 'attaquant', 'défenseur', 'gardien', 'milieu', 'joueur', 'joueuse', 'athlète', 'coureur', 'boxeur', 'lutteur',
  'chanteur', 'chanteuse', 'musicien', 'musicienne', 'compositeur', 'écrivain', 'romancier', 'romancière', 'poète', 'réalisateur',
  'réalisatrice', 'cinéaste', 'comédien', 'comédienne', 'photographe', 'architecte', 'styliste', 'couturier', 'peintre', 'sculpteur',
  'économiste', 'sociologue', 'historien', 'historienne', 'politologue', 'chercheur', 'chercheuse', 'analyste', 'activiste', 'militant',
  'militante', 'syndicaliste', 'blogueur', 'blogueuse', 'influenceur', 'influenceuse', 'homme d’affaires', "homme d'affaires",
  'femme d’affaires', "femme d'affaires", 'opérateur économique', 'patron', 'patronne', 'élu', 'élue', 'candidat', 'candidate',
  // Traditional rulers and their courts in the region (`le Lamido Bakary`, `le Galdima Oumarou Sali`, `le Mogho Naaba`, `le Mwami`, the Ewe's `Togbui`).
  'lamido', 'galdima', 'ardo', 'djaouro', 'sarkin', 'naaba', 'mogho naaba', 'mwami', 'alkali', 'waziri', 'togbui', 'togbé', 'togbe',
  // The Fon's king, dignitaries and their women (`Dada X`, `Dah X`, `Nan X`), the priests of the vodun (`Hounon`, `Daagbo`),
  // a Mossi war chief (`Tansoba`).
  'dada', 'dah', 'nan', 'hounon', 'daagbo', 'tansoba', 'tengsoba',
  // Kings of the Grassfields and of the Yoruba (made-up: `le Fon de Kanfo`, `l'Oba de Sirakolo`; the Alaafin, the Ooni).
  'fon', 'oba', 'alaafin', 'ooni',
  // The parties and officers of a trial (`l'accusé Vogel`, `le prévenu Moussa Keïta`, `le greffier Diallo`).
  'accusé', 'accusée', 'prévenu', 'prévenue', 'inculpé', 'inculpée', 'détenu', 'détenue', 'plaignant', 'plaignante', 'témoin',
  'magistrat', 'magistrate', 'greffier', 'greffière', 'huissier', 'bâtonnier',
];

/**
 * Kin, as a story introduces a relative by the given name alone (`monté par son fils Akli`, `sa fille Aïcha`): ranks
 * written in small letters only (a firm's `et Fils` is no title).
 */
export const KIN = ['fils', 'fille', 'épouse', 'époux', 'mari', 'veuve', 'neveu', 'nièce', 'oncle', 'tante', 'cousin', 'cousine', 'petit-fils',
  'petite-fille', 'beau-frère', 'belle-sœur', 'grand-père', 'grand-mère'];

/** Adjectives that qualify a title (`Chef Suprême des Armées`, `Secrétaire Général`): part of the role, never a name. */
export const TITLE_ADJECTIVES = ['Suprême', 'Supérieur', 'Général', 'Générale', 'Adjoint', 'Adjointe', 'Intérimaire', 'Honoraire', 'Spécial',
  'Spéciale', 'Permanent', 'Permanente', 'Délégué', 'Déléguée', 'National', 'Nationale', 'International', 'Internationale', 'Particulier',
  'Exécutif', 'Exécutive', 'Principal', 'Adjoints', 'Combattants', 'Anciens', 'Internationales', 'Nationaux', 'Régional', 'Régionale'];
