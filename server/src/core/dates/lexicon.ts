/**
 * French calendar vocabulary. Every key is a folded form (lower case, accents stripped, see
 * `tokens.ts`), so `Août`, `aout` and `AOÛT` all look up the same entry.
 */

/** Full month names → 1..12. Abbreviations live apart: `sept`, `mar`, `jeu` are also ordinary words. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['janvier', 1], ['fevrier', 2], ['mars', 3], ['avril', 4], ['mai', 5], ['juin', 6],
  ['juillet', 7], ['aout', 8], ['septembre', 9], ['octobre', 10], ['novembre', 11], ['decembre', 12],
]);

/**
 * Month abbreviations. Only accepted when written with their dot (`janv.`) or right before a year,
 * and only after a day number: `sept` alone is the number seven, `mar` a prefix of many words.
 */
export const MONTH_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['janv', 1], ['jan', 1], ['fevr', 2], ['fev', 2], ['avr', 4], ['juil', 7], ['juill', 7],
  ['sept', 9], ['sep', 9], ['oct', 10], ['nov', 11], ['dec', 12],
]);

/**
 * Full weekday names → JavaScript's `getUTCDay()` numbering (0 = dimanche). Abbreviations
 * (`sam`, `mer`, `jeu`, `ven`) are deliberately absent: in running French they are a first name,
 * the sea and a game far more often than a weekday — the mistake chrono-node makes.
 */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['dimanche', 0], ['lundi', 1], ['mardi', 2], ['mercredi', 3], ['jeudi', 4], ['vendredi', 5], ['samedi', 6],
]);

/** Weekday names as they are written back in `WeekdayCheck.actual`. */
export const WEEKDAY_NAMES = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'] as const;

/** Seasons with their ISO-TimeML codes (used in values like `1944-FA`). */
export const SEASONS: ReadonlyMap<string, string> = new Map([
  ['printemps', 'SP'], ['ete', 'SU'], ['automne', 'FA'], ['hiver', 'WI'],
]);

/** Words after a date that make it relative to now: `6 mai dernier`, `juin prochain`, `mardi dernier`. */
export const PAST_MODIFIERS: ReadonlySet<string> = new Set([
  'dernier', 'derniere', 'derniers', 'dernieres', 'passe', 'passee', 'ecoule', 'ecoulee', 'precedent', 'precedente',
]);
export const NEXT_MODIFIERS: ReadonlySet<string> = new Set([
  'prochain', 'prochaine', 'prochains', 'prochaines', 'suivant', 'suivante',
]);

/** Words that, right after a day or weekday, turn it into a time of day (`hier soir`), which is not a DATE. */
export const TIME_OF_DAY: ReadonlySet<string> = new Set([
  'soir', 'matin', 'midi', 'nuit', 'soiree', 'matinee', 'apres', 'aube', 'minuit',
]);

/** Relative periods that become a DATE with a modifier or a demonstrative (`l'année écoulée`, `cette semaine`). */
export const PERIOD_UNITS: ReadonlyMap<string, 'year' | 'month' | 'week' | 'other'> = new Map([
  ['annee', 'year'], ['an', 'year'], ['mois', 'month'], ['semaine', 'week'],
  ['trimestre', 'other'], ['semestre', 'other'],
]);

/** Words before a date that are part of it (`début octobre`, `fin 1986`, `mi-août`, `fin du XIXe siècle`). */
export const QUALIFIERS: ReadonlySet<string> = new Set(['debut', 'fin', 'mi', 'milieu', 'courant']);

/**
 * Words right before a 4-digit number that make it a year: `en 1960`, `depuis 1998`, `avant 1914`.
 * Strong ones are temporal by themselves.
 */
export const YEAR_TRIGGERS_STRONG: ReadonlySet<string> = new Set([
  'en', 'depuis', 'des', 'avant', 'apres', 'vers', 'jusqu', 'saison', 'periode', 'exercice', 'millesime', 'ici', 'horizon',
]);
/** Weak triggers also introduce quantities (`de 1500 manifestants`), so what follows is checked more strictly. */
export const YEAR_TRIGGERS_WEAK: ReadonlySet<string> = new Set(['de', 'd', 'du', 'pour', 'a', 'au', 'entre', 'et', 'ou']);

/**
 * Units and counted nouns that show a number is a quantity, not a year (`2000 dollars`, `1500 km`).
 * Plural nouns are caught by their ending (see `grammar.ts`); this list holds what the ending misses.
 */
export const UNITS: ReadonlySet<string> = new Set([
  'fcfa', 'cfa', 'f', 'fr', 'frs', 'eur', 'euro', 'usd', 'dollar', 'franc', 'livre', 'yen', 'yuan', 'rouble', 'dinar',
  'km', 'm', 'cm', 'mm', 'kg', 'g', 't', 'ha', 'l', 'hl', 'mw', 'kw', 'kwh', 'mwh', 'gw', 'ko', 'mo', 'go',
  'mille', 'million', 'millions', 'milliard', 'milliards', 'h', 'min', 'km2', 'm2', 'm3', 'hab', 'p', 'pp',
  'metre', 'kilometre', 'tonne', 'hectare', 'personne', 'habitant', 'page', 'exemplaire', 'place', 'voix',
  'pieds', 'pied', 'nm', 'cv', 'ch', 'lieues', 'lieue', 'ecus', 'ecu', 'florins', 'florin', 'sous',
]);

/** Function words that end in s/x but do not name what is counted (`en 1960 les militaires`). */
export const FUNCTION_WORDS_S: ReadonlySet<string> = new Set([
  'les', 'des', 'dans', 'sous', 'alors', 'puis', 'depuis', 'mais', 'lors', 'tres', 'plus', 'moins', 'apres',
  'jamais', 'toujours', 'pas', 'nous', 'vous', 'ils', 'elles', 'ces', 'ses', 'mes', 'tes', 'leurs', 'nos', 'vos',
  'quelques', 'plusieurs', 'certains', 'certaines', 'tous', 'toutes', 'avons', 'sommes', 'etes', 'etaient',
  'avaient', 'sont', 'ainsi', 'parmi', 'vers', 'hors', 'aux', 'sans', 'dont', 'divers', 'diverses', 'ailleurs',
  'cependant', 'neanmoins', 'toutefois', 'pourtant', 'desormais', 'jadis', 'autrefois', 'apres', 'aupres',
  'avions', 'etions', 'fois', 'pres', 'bientot', 'vis', 'lorsqu', 'tandis', 'sis', 'mis', 'pris', 'acquis',
]);

/** `soixante` → 60 for decades written in words (`les années soixante`). */
export const DECADE_WORDS: ReadonlyMap<string, number> = new Map([
  ['dix', 10], ['vingt', 20], ['trente', 30], ['quarante', 40], ['cinquante', 50], ['soixante', 60],
]);

/** Roman numerals for centuries (`XIXe siècle`). Returns NaN for anything else. */
export function romanToInt(s: string): number {
  const v: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
  let total = 0;
  for (let k = 0; k < s.length; k++) {
    const cur = v[s[k]];
    if (cur === undefined) return NaN;
    const next = k + 1 < s.length ? v[s[k + 1]] : undefined;
    total += next !== undefined && next > cur ? -cur : cur;
  }
  return total;
}

/** Ordinals before `trimestre` / `semestre` (`premier trimestre 2003`, `second semestre`). */
export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['premier', 1], ['deuxieme', 2], ['second', 2], ['troisieme', 3], ['quatrieme', 4],
]);
