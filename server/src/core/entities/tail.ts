/**
 * The shared grammar of French institutional names: a head (`Conseil`, `ministère`, `Sommet`)
 * followed by adjectives (`supérieur`, `armées maliennes`) and prepositional complements
 * (`de la Défense nationale`, `des Affaires étrangères et de la Coopération internationale`,
 * `sur le trafic illicite de migrants`). Every loop advances by at least one token and is
 * bounded, so the walk is linear in the text.
 */
import type { Ctx } from './context';
import type { Token } from './tokens';
import { isTruncated, isWord, mayBeFirstName, opensDashedName } from './context';
import { NAME_CLASSES, WordClass, wordClasses } from '../gazetteer/frenchLexicon';

export interface TailOptions {
  /** Lower-case nouns may head a complement (`de travail`, `sur le trafic`). */
  lowerNouns: boolean;
  /** Upper bound on the tokens of the tail. */
  maxTokens: number;
  /** Capitalised words may follow the head directly (`Sommet Russie-Afrique`, `Confédération AES`). */
  capDirect: boolean;
  /** Accept `, adj, adj et adj` enumerations of adjectives. */
  adjectiveLists: boolean;
  /** The first complement may be introduced by `à`/`au`/`aux` (`Commissariat à la sécurité alimentaire`). */
  aLink?: boolean;
  /**
   * Capitalised complements may be listed with commas when the list closes with `et`: a ministry's
   * portfolios (`de l'Élevage, de la Pêche et des Ressources animales`), and a lower-case complement may
   * stand between two of them (`de l'Administration du territoire et de la Décentralisation`). With
   * `lowerNouns`, lower-case ones too (`Chambre de commerce, d'industrie et d'artisanat`).
   */
  portfolioList?: boolean;
  /** `sur` may introduce a complement: bodies named for a topic (`Groupe de travail sur le trafic…`). */
  topicLink?: boolean;
  /**
   * A party's ideals: `pour` with a common noun may follow its own capitalised name (`Union Kalaba pour la
   * démocratie`: made-up), and a second ideal joins with `et` and its article (`pour la paix et la justice`).
   */
  ideals?: boolean;
  /** Is the (folded) word the head of a body's name? After `et`, such a head capitalised opens another body. */
  bodyHead?: (key: string) => boolean;
}

const ADJ_SUFFIXES = [
  'al', 'ale', 'ales', 'aux', 'el', 'elle', 'elles', 'els', 'ien', 'ienne', 'iennes', 'iens', 'ain', 'aine', 'aines', 'ains',
  'ais', 'aise', 'aises', 'ique', 'iques', 'aire', 'aires', 'if', 'ive', 'ives', 'ifs', 'eur', 'eure', 'ieur', 'ieure',
  'ieures', 'ieurs', 'eme', 'ois', 'oise', 'oises', 'ien', 'ial', 'iale', 'iaux', 'ier', 'iere', 'ieres', 'ent', 'ente', 'ant', 'ante',
  'antes', 'ants', 'iers', 'uel', 'uelle', 'uels', 'uelles', 'iste', 'istes', 'ile', 'iles', 'ble', 'bles', 'euse', 'ere', 'eres',
];
const ADJ_WORDS = new Set(['supreme', 'armees', 'armee', 'unies', 'unis', 'russe', 'russes', 'arabe', 'arabes', 'islamique', 'sociale', 'social',
  'publique', 'public', 'economique', 'nationale', 'national', 'nationaux', 'generale', 'general', 'federal', 'federale', 'speciale', 'special',
  'superieur', 'superieure', 'internationale', 'international', 'permanent', 'permanente', 'mixte', 'consultatif', 'consultative', 'executif',
  'executive', 'technique', 'techniques', 'scientifique', 'scientifiques', 'commerciale', 'commerciales', 'illicite', 'independante',
  'independant', 'regional', 'regionale', 'autonome', 'autonomes', 'africaine', 'africain', 'europeenne', 'europeen', 'ouest-africaine', 'militaire', 'civile', 'civil',
  // Religions and their branches, which name churches, movements and unions (`Mouvement sunnite du X`, `Église adventiste`).
  'sunnite', 'sunnites', 'chiite', 'chiites', 'vodun', 'vaudou', 'pentecotiste', 'pentecotistes', 'methodiste', 'adventiste', 'baptiste', 'celeste',
  'salafiste', 'soufi', 'tidjane', 'wahhabite', 'anglicane', 'lutherienne', 'presbyterienne', 'orthodoxe',
  // and of what a union holds sacred (`Union sacrée`).
  'sacree']);
/** Lower-case words that never head a complement inside a name. */
const FUNCTION_WORDS = new Set(['le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'de', "d'", 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses',
  'leur', 'leurs', 'notre', 'nos', 'votre', 'vos', 'mon', 'ma', 'mes', 'qui', 'que', "qu'", 'dont', 'ou', 'et', 'a', 'au', 'aux', 'en', 'y',
  'est', 'sont', 'ont', 'avait', 'etait', 'sera', 'pour', 'par', 'sur', 'sous', 'avec', 'dans', 'chez', 'entre', 'plus', 'moins', 'tres',
  'tout', 'tous', 'toute', 'toutes', 'meme', 'autre', 'autres', 'part', 'maniere', 'facon', 'fois', 'nombreux', 'nombreuses', 'plusieurs',
  'certains', 'certaines', 'quelques', 'chaque', 'deux', 'trois', 'quatre', 'cinq', 'cas', 'fait', 'lors', 'pres', 'ici', 'la-bas', 'afin',
  'ans', 'an', 'annee', 'annees', 'jour', 'jours', 'mois', 'semaine', 'heure', 'heures', 'fin', 'debut', 'cadre', 'occasion', 'presence',
  'nom', 'part', 'suite', 'issue', 'marge', 'compte', 'sein', 'niveau', 'lieu', 'moment', 'temps', 'cours', 'travers', 'ordre', 'ensemble',
  'retour', 'visite', 'nouveau', 'nouvelle', 'nouveaux', 'nouvelles', 'son', 'il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous', 'se', "s'",
  // Adverbs of time with an adjective's ending (`premier`, `africain`): `au tribunal de Kita hier`.
  'hier', 'demain']);

export function isAdjective(key: string): boolean {
  if (ADJ_WORDS.has(key)) return true;
  const last = key.includes('-') ? key.slice(key.lastIndexOf('-') + 1) : key;
  if (last.length < 4) return false;
  if (FUNCTION_WORDS.has(last)) return false;
  // Verbs (`maintient`, `obtiennent`, `étaient`) and adverbs (`notamment`) are not adjectives.
  if (/(?:ient|iennent|aient|ment)$/.test(last)) return false;
  const c = wordClasses(last);
  // A verb's plural no dictionary lists (`doivent`, `exigent`); adjectives in `-ent` are all listed (`permanent`, `récent`).
  if (last.endsWith('ent') && !(c & WordClass.adjective)) return false;
  // Prepositions and adverbs with an adjective's ending (`avant`, `durant`, `cependant`).
  if (c & WordClass.function && !(c & WordClass.adjective)) return false;
  for (const s of ADJ_SUFFIXES) if (s.length > 1 && last.endsWith(s)) return true;
  // What no ending tells (`maritime`, `franche`): the lexicon's adjectives that are no verb's form, nor a noun
  // that a verb's participle spells alike once folded (`enquête`/`enquêté`: `… de Kédira enquête`).
  if ((c & WordClass.noun) !== 0 && last.endsWith('e') && (wordClasses(last + 'r') & WordClass.verb) !== 0) return false;
  return (c & WordClass.adjective) !== 0 && (c & WordClass.verb) === 0;
}

/** A lower-case word that can be the noun of a complement (`travail`, `migrants`, `coopération`). */
export function isLowerNoun(key: string): boolean {
  if (key.length < 3 || FUNCTION_WORDS.has(key)) return false;
  // Infinitives after `de` (`décidé de prendre`) end a name.
  if (/(?:er|ir|oir)$/.test(key) && !['conseiller', 'premier', 'dernier', 'pouvoir', 'avenir', 'savoir', 'devoir', 'fer', 'hiver', 'loisir', 'desir', 'espoir', 'territoir', 'memoir'].includes(key)) return false;
  return true;
}

const ARTICLES = new Set(['la', 'le', "l'", 'les']);

/** Is the word at `k` a first name with a capitalised word after it on its line (`Odile Kalaba`), a person's name? */
function isFirstNameBeforeName(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  const next = ctx.toks[k + 1];
  return !t.upper && mayBeFirstName(ctx, t.key) && isWord(next) && next.cap && !next.joinPrev && next.line === t.line;
}

/** Is there, at `k`, an article and a lower-case noun on one line (`la démocratie`), as a party names its ideals? */
function idealAt(ctx: Ctx, k: number): boolean {
  const art = ctx.toks[k];
  const w = ctx.toks[k + 1];
  return art !== undefined && ARTICLES.has(art.key) && isWord(w) && !w.cap && w.line === art.line && !ctx.barrier[k + 1]
    && isLowerNoun(w.key) && (wordClasses(w.key) & WordClass.noun) !== 0 && (wordClasses(w.key) & WordClass.verb) === 0;
}

/**
 * Is the word a verb's present that folding made look like its participle (`fédère`, `stationne` against the
 * adjectives `fédéré`, `stationné`)? Written with a plain final `e` after no other `e`, it is the verb: the
 * sentence's predicate after the name, not the name's adjective.
 */
function verbNotParticiple(text: string, key: string): boolean {
  if (!/[^eéè]e$/.test(text) || !/[a-z]e$/.test(key)) return false;
  return (wordClasses(key + 'r') & WordClass.verb) !== 0;
}

/**
 * Past the article a name opens with, written capitalised on `line` before a capitalised name word (`Librairie La Plume
 * du Kanfo`, `Complexe scolaire Les Manguiers`: made-up): the article is the name's own. `j` itself when none is there.
 */
export function ownArticleEnd(ctx: Ctx, j: number, line: number): number {
  const article = ctx.toks[j];
  const next = ctx.toks[j + 1];
  const opens = isWord(article) && article.cap && !article.upper && (article.key === 'la' || article.key === 'le' || article.key === 'les') && article.line === line
    && isWord(next) && next.cap && !next.upper && next.line === line && !ctx.lex.nonNames.has(next.key);
  return opens ? j + 1 : j;
}

/** Is there an `et` among tokens `[s, e)`? */
function holdsEt(toks: readonly Token[], s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (toks[k].key === 'et') return true;
  return false;
}

/** A French noun in the plural, in lower case (`examens`, `forêts`)? */
function pluralLowerNoun(t: Token | undefined): boolean {
  return isWord(t) && !t.cap && /[sx]$/.test(t.key) && isLowerNoun(t.key) && (wordClasses(t.key) & WordClass.noun) !== 0;
}

/** Index after the hyphen-joined parts of the word at `i` (`russo-malienne` is one word here). */
export function compoundEnd(ctx: Ctx, i: number): number {
  let j = i + 1;
  while (j < ctx.toks.length && ctx.toks[j].joinPrev && j - i < 8) j++;
  return j;
}

/** Little words of the Bantu languages that join the words of a name (`of`, `and`: `Maboko na Maboko`, `Sauti ya Boyoma`). */
const NAME_CONNECTORS = new Set(['na', 'ya', 'wa']);

/** After a name's capitalised word ending at `e`, the end of what a connector joins to it (`… na Maboko`), or `e`. */
export function connectedEnd(ctx: Ctx, e: number): number {
  const toks = ctx.toks;
  const link = toks[e];
  const next = toks[e + 1];
  if (!isWord(link) || link.cap || link.joinPrev || !NAME_CONNECTORS.has(link.key) || link.line !== toks[e - 1]?.line) return e;
  if (!isWord(next) || !next.cap || next.line !== link.line || ctx.barrier[e] || ctx.barrier[e + 1]) return e;
  return compoundEnd(ctx, e + 1);
}

/** The key of the hyphen-joined word `[i, end)` (`start-up`). */
export function compoundKey(ctx: Ctx, i: number, end: number): string {
  let k = ctx.toks[i].key;
  for (let j = i + 1; j < end; j++) k += '-' + ctx.toks[j].key;
  return k;
}

/** Words after which the word before is a verb, not an adjective (`la Cour suprême et rappelle que …`). */
const OBJECT_OPENERS = new Set(['que', "qu'", 'le', 'la', 'les', "l'", 'un', 'une', 'aux', 'au']);

/** Is the `et` at `i` one between two lower-case adjectives (`maritimes et portuaires`)? */
function coordinatedAdjective(ctx: Ctx, i: number): boolean {
  const before = ctx.toks[i - 1];
  const after = ctx.toks[i + 1];
  if (OBJECT_OPENERS.has(ctx.toks[i + 2]?.key ?? '')) return false;
  return isWord(before) && !before.cap && isAdjective(before.key) && isWord(after) && !after.cap && !ctx.barrier[i + 1] && isAdjective(after.key);
}

/** After the comma at `i`: lower-case adjectives separated by commas, the last one after `et` (`, aériens et ferroviaires`)? */
function adjectiveListFollows(ctx: Ctx, i: number, limit: number): boolean {
  const toks = ctx.toks;
  for (let k = i + 1; k + 1 < limit && k < i + 12; k += 2) {
    const w = toks[k];
    if (!isWord(w) || w.cap || ctx.barrier[k] || !isAdjective(w.key) || w.line !== toks[i].line) return false;
    const sep = toks[k + 1];
    if (sep?.key === 'et') return coordinatedAdjective(ctx, k + 1);
    if (sep?.text !== ',') return false;
  }
  return false;
}

/** Skip adjectives (lower case, or capitalised in a name: `Supérieur`, `Nationale`); returns the new index. */
export function skipAdjectives(ctx: Ctx, i: number, limit: number, allowCap: boolean): number {
  let j = i;
  let n = 0;
  while (j < limit && n < 4) {
    const t = ctx.toks[j];
    // Adjectives joined by `et` (`des Infrastructures maritimes et portuaires`).
    if (n > 0 && t?.key === 'et' && j + 1 < limit && coordinatedAdjective(ctx, j)) {
      j++;
      continue;
    }
    // Adjectives listed with commas before the last one's `et` (`des Transports routiers, aériens et ferroviaires`).
    if (n > 0 && t?.text === ',' && adjectiveListFollows(ctx, j, limit)) {
      j++;
      continue;
    }
    if (!isWord(t) || ctx.barrier[j]) break;
    const end = compoundEnd(ctx, j);
    const key = compoundKey(ctx, j, end);
    if (t.cap && !allowCap) break;
    // In capitals, only on a line written all so (`CONSEIL RÉGIONAL DU …`): elsewhere a word in capitals is a name.
    if (t.upper && !ctx.shoutedLine[t.line]) break;
    // Nationality adjectives that French does not inflect (`burkinabè`, `malgache`) have no adjective ending.
    if (!isAdjective(key) && (t.cap || !ctx.lex.demonyms.has(key))) break;
    if (t.cap && !ADJ_WORDS.has(key) && !/(?:al|ale|aux|eur|eure|ieur|ieure|ien|ienne|aire|ique|ee|ees)$/.test(key)) break;
    if (verbNotParticiple(t.text, key)) break;
    j = end;
    n++;
  }
  return j;
}

/** Nouns that make `en` a preposition of the sentence (`le Conseil fédéral en vertu de ses pouvoirs`, `en raison de`), folded. */
const EN_LOCUTIONS = new Set(['vertu', 'raison', 'faveur', 'presence', 'cas', 'application', 'vue', 'depit', 'fonction', 'lien', 'tant', 'dehors',
  'outre', 'lieu', 'marge', 'prevision', 'attendant', 'collaboration', 'partenariat', 'concertation', 'accord', 'reponse', 'echange',
  // A body's state (`l'Université de Ouagadougou en grève`, `le Conseil en session`).
  'greve', 'colere', 'session', 'conclave', 'reunion', 'crise', 'panne', 'faillite', 'liquidation', 'difficulte', 'difficultes', 'deplacement',
  'tournee', 'activite', 'sursis', 'alerte']);

/** Endings of a verb's present and past participle, and what its infinitive ends with instead (the lexicon lists infinitives). */
const VERB_FORMS: readonly (readonly [string, string])[] = [['ent', 'er'], ['ent', 're'], ['ent', 'ir'], ['e', 'er'], ['e', 'ir'], ['d', 'dre'], ['t', 'tre'], ['it', 'ir'], ['e', 're'], ['', 'er'], ['', 'ir'], ['', 're']];

/** A word the lexicon knows only as a form of a verb, not as a noun or a name (`SUSPEND`, `SIGNENT`). */
export function shoutedVerb(t: Token): boolean {
  const key = t.key;
  if ((wordClasses(key) & (NAME_CLASSES | WordClass.noun | WordClass.adjective)) !== 0) return false;
  for (const [ending, infinitive] of VERB_FORMS) {
    if (!key.endsWith(ending) || key.length - ending.length < 3) continue;
    if ((wordClasses(key.slice(0, key.length - ending.length) + infinitive) & WordClass.verb) !== 0) return true;
  }
  return false;
}

/**
 * Extend a name from `i` (the token after its head). Returns the exclusive end index of the
 * longest well-formed tail (possibly `i` itself when nothing follows).
 */
export function extendTail(ctx: Ctx, i: number, opt: TailOptions): number {
  const toks = ctx.toks;
  const limit = Math.min(toks.length, i + opt.maxTokens);
  let j = skipAdjectives(ctx, i, limit, true);
  // Capitalised words or an acronym right after the head (`Confédération AES`, `Sommet Russie-Afrique`).
  if (opt.capDirect) {
    let n = 0;
    // A name that opens with its own article (`Librairie La Plume du Kanfo`: made-up).
    j = ownArticleEnd(ctx, j, toks[i - 1]?.line ?? -1);
    // On the head's line: a breadcrumb's last item (`› Port`) is followed by the headline's first word.
    // A word that names nothing alone may open a dashed name (`Librairie Saint-Michel`).
    // A line in capitals writes its verbs so too (`LE GOUVERNORAT SUSPEND …`): there a verb ends the name.
    while (j < limit && n < 3 && isWord(toks[j]) && (toks[j].cap || toks[j].upper) && toks[j].line === toks[i - 1]?.line && !ctx.barrier[j] && !isTruncated(ctx, j) && (!ctx.lex.nonNames.has(toks[j].key) || opensDashedName(ctx, j)) && !ctx.lex.firstNames.has(toks[j].key) && !(ctx.shoutedLine[toks[j].line] && shoutedVerb(toks[j]))) {
      j = connectedEnd(ctx, compoundEnd(ctx, j));
      n++;
    }
    j = skipAdjectives(ctx, j, limit, true);
  }
  let end = j;
  // Inside a list of portfolios written without their `de` (see `barePortfolio`).
  let bareList = false;
  // The link of the last complement read (`pour` before a party's ideals).
  let lastLink = '';
  for (let guard = 0; guard < 12 && end < limit; guard++) {
    // Adjective enumerations: `commerciale, économique, scientifique et technique`; `économique et humanitaire`.
    if (opt.adjectiveLists && (toks[end]?.text === ',' || toks[end]?.key === 'et')) {
      let k = end;
      let closed = false;
      for (let n = 0; n < 6 && toks[k]?.text === ','; n++) {
        const a = skipAdjectives(ctx, k + 1, limit, false);
        if (a === k + 1) break;
        // The last adjectives may already be joined by `et` (`, scientifique et technique`).
        closed = toks[a - 2]?.key === 'et';
        k = a;
      }
      if (closed) {
        end = k;
        continue;
      }
      if (toks[k]?.key === 'et') {
        const a = skipAdjectives(ctx, k + 1, limit, false);
        if (a > k + 1 && !OBJECT_OPENERS.has(toks[a]?.key ?? '')) {
          end = a;
          // `forum économique et humanitaire Russie-Afrique`: a name may follow the adjectives.
          for (let n = 0; opt.capDirect && n < 3 && isWord(toks[end]) && toks[end].cap && !ctx.barrier[end] && !ctx.lex.nonNames.has(toks[end].key); n++) end = compoundEnd(ctx, end);
          continue;
        }
      }
    }
    let k = end;
    // A complement: [et] (de|du|des|d'|pour|sur|en) [la|le|les|l'] WORD …
    const coordinated = toks[k]?.key === 'et' || toks[k]?.key === 'ou';
    // A name coordinates once: a second `et` joins another body (`de la Direction des transports routiers et
    // ferroviaires et de la gendarmerie`).
    if (coordinated && holdsEt(toks, i, end)) break;
    if (coordinated) {
      k++;
      // Nouns coordinated without their article (`Bureau des examens et concours`, `Office des eaux et forêts`).
      if (opt.lowerNouns && pluralLowerNoun(toks[end - 1]) && pluralLowerNoun(toks[k]) && toks[k].line === toks[end - 1].line) {
        end = skipAdjectives(ctx, compoundEnd(ctx, k), limit, false);
        continue;
      }
    } else if ((opt.portfolioList || opt.lowerNouns) && end > j && toks[k]?.text === ',' && closesPortfolioList(ctx, k, limit, opt.lowerNouns, opt.portfolioList === true)) {
      k++;
      if (opt.portfolioList && barePortfolio(ctx, k)) bareList = true;
    }
    const link = toks[k];
    if (!link || ctx.barrier[k]) break;
    const lk = link.key;
    if (!coordinated && lk !== 'et') lastLink = lk;
    if (lk === 'sur' && !opt.topicLink) break;
    // `pour` and `contre` open a complement of the head's own words (`Union pour la République`, `lutte contre la
    // fraude`), never of a name the tail read (`Tribunal … de Toamasina pour faire`, `Coopérative Fanantenana contre X`).
    if ((lk === 'pour' || lk === 'contre') && end > i && toks[end - 1].cap && !(opt.ideals && lk === 'pour' && idealAt(ctx, k + 1))) break;
    // `pour la paix et la justice`: a second ideal with its article, after a first one.
    if (coordinated && opt.ideals && lastLink === 'pour' && ARTICLES.has(lk) && idealAt(ctx, k)) {
      end = skipAdjectives(ctx, compoundEnd(ctx, k + 1), limit, false);
      continue;
    }
    if (lk === 'de' || lk === 'pour' || lk === 'sur' || lk === 'contre') {
      k++;
      const art = toks[k]?.key;
      if (art === 'la' || art === "l'" || art === 'le' || art === 'les') k++;
    } else if (lk === 'du' || lk === 'des' || lk === "d'") {
      k++;
    } else if (lk === 'en' && toks[k + 1]?.kind === 'w' && !toks[k + 1].cap && !EN_LOCUTIONS.has(toks[k + 1].key) && (wordClasses(toks[k + 1].key) & WordClass.noun) !== 0) {
      // Only a noun goes on a name after `en`; a verb starts the sentence's predicate (`le Conseil régional en annonçait six`).
      k++; // `Force en attente`
    } else if (opt.aLink && end === j && (link.text === 'à' || link.text === 'À' || lk === 'au' || lk === 'aux')) {
      // `Commissariat à la sécurité alimentaire`, `Haut-Commissariat aux réfugiés`: a common noun, never a place (`à Bamako`).
      k++;
      if (link.text !== 'au' && link.text !== 'aux') {
        const art = toks[k]?.key;
        if (art === 'la' || art === "l'") k++;
      }
      const w0 = toks[k];
      if (!isWord(w0) || (w0.cap && !ctx.lex.nonNames.has(w0.key) && !PORTFOLIO_OK.has(w0.key))) break;
    } else if (bareList && barePortfolio(ctx, k)) {
      // `ministère des Eaux, Forêts, Chasse et Pêche`: the list's portfolios without their `de`.
    } else break;
    const w = toks[k];
    if (!isWord(w) || ctx.barrier[k] || isTruncated(ctx, k) || k >= limit) break;
    // A ministry, a university is a body of its own, no complement (made-up: `Direction des pêches maritimes | du ministère de
    // l'Économie bleue`, `Faculté des sciences de l'Université de Kanfo`).
    if ((w.key === 'ministere' || w.key === 'universite') && end > i) break;
    if (w.cap || w.upper) {
      if (ctx.lex.nonNames.has(w.key) && !w.upper && !PORTFOLIO_OK.has(w.key)) {
        // Still a name word in complements (`de la Défense`, `des Affaires`), unless a pure function word.
        if (FUNCTION_WORDS.has(w.key)) break;
      }
      const wordAt = k;
      // `l'Union pour la paix d'Odile Kalaba` (made-up): a person's first name and name after `de` say whose party it is.
      if (opt.ideals && (lk === 'de' || lk === "d'") && isFirstNameBeforeName(ctx, wordAt)) break;
      // `… de la Fédération de Russie et de l'Africa Corps`: a body the gazetteer knows is another body, no portfolio.
      if (coordinated && ctx.lex.lex.longest(toks, wordAt)?.entry.type === 'INSTITUTION') break;
      // `… du Groupe scolaire Kanfo et du Complexe scolaire Sira` (made-up): another body's head after `et` opens it.
      if (coordinated && w.cap && !w.upper && opt.bodyHead?.(w.key)) break;
      // `… des Impôts et de la CNPS`: an acronym after a singular article is another body; portfolios so written are plural (`et des TIC`).
      if (coordinated && w.upper && !ctx.shoutedLine[w.line] && (lk === 'du' || (lk === 'de' && toks[wordAt - 1]?.key !== 'de'))) break;
      k = compoundEnd(ctx, k);
      // Further capitalised words or adjectives (`des Nations unies`, `de la Police nationale`).
      for (let n = 0; n < 3 && k < limit && isWord(toks[k]) && (toks[k].cap || toks[k].upper) && !ctx.barrier[k] && !isTruncated(ctx, k); n++) k = compoundEnd(ctx, k);
      // A lower-case word after a known place is the sentence's verb or adjective (`l'Université de Dakar ferme`), not the name's.
      if (ctx.lex.lex.longest(toks, wordAt, (en) => en.type === 'PLACE')?.end !== k) k = skipAdjectives(ctx, k, limit, true);
    } else if (opt.lowerNouns && isLowerNoun(w.key)) {
      k = compoundEnd(ctx, k);
      k = skipAdjectives(ctx, k, limit, false);
    } else {
      const lower = opt.portfolioList && end > j && isLowerNoun(w.key) ? lowerBetweenPortfolios(ctx, k, limit) : -1;
      if (lower < 0) break;
      k = lower;
    }
    end = k;
    // `Force en attente` is a fixed phrase: what follows it is not part of the name.
    if (lk === 'en') break;
  }
  return end;
}

/**
 * A portfolio's own complement in lower case at `k`, then `et` and another portfolio (`de l'Administration du
 * territoire et de la Décentralisation`): where it ends, or -1.
 */
function lowerBetweenPortfolios(ctx: Ctx, k: number, limit: number): number {
  const e = skipAdjectives(ctx, compoundEnd(ctx, k), limit, false);
  return ctx.toks[e]?.key === 'et' && portfolioAt(ctx, e + 1, false) > 0 ? e : -1;
}

/** The portfolio after a comma at `k`: `de`/`du`/`des`/`d'`, an article, a capitalised word (or, after a head that takes them, a lower-case noun). */
function portfolioAt(ctx: Ctx, k: number, lower: boolean, bare = false): number {
  const toks = ctx.toks;
  let i = k;
  const link = toks[i]?.key;
  if (link === 'de') {
    i++;
    if (toks[i]?.key === 'la' || toks[i]?.key === "l'") i++;
  } else if (link === 'du' || link === 'des' || link === "d'") i++;
  else return bare && barePortfolio(ctx, k) ? k : -1;
  const w = toks[i];
  return isWord(w) && (w.cap || (lower && !w.upper && isLowerNoun(w.key))) && !ctx.barrier[i] ? i : -1;
}

/**
 * Does the comma at `k` start a list of capitalised portfolios that closes with `et` and one more
 * (`, de la Pêche et des Ressources animales`, `, de la Jeunesse, des Sports et de l'Emploi`)? A list that ends
 * any other way (a sentence, another comma clause) is the sentence's, not the name's.
 */
function closesPortfolioList(ctx: Ctx, k: number, limit: number, lower: boolean, bare: boolean): boolean {
  const toks = ctx.toks;
  let i = k;
  for (let n = 0; n < 6 && i < limit; n++) {
    if (toks[i]?.text !== ',' && toks[i]?.key !== 'et') return false;
    const last = toks[i].key === 'et';
    const w = portfolioAt(ctx, i + 1, lower, bare);
    if (w < 0) return false;
    if (last) return true;
    // Over the portfolio's words (`Enseignement supérieur`) to the next comma or `et`.
    i = w + 1;
    while (i < limit && isWord(toks[i]) && toks[i].key !== 'et' && !ctx.barrier[i]) i++;
    // `des Infrastructures maritimes et portuaires`: an `et` between the last portfolio's adjectives closes the list too.
    if (toks[i]?.key === 'et' && coordinatedAdjective(ctx, i)) return true;
  }
  return false;
}

/**
 * A portfolio written without its `de` in a ministry's list (`des Eaux, Forêts, Chasse et Pêche`): a capitalised
 * common noun, no first name (`, Moussa Traoré et…` lists people after the ministry).
 */
function barePortfolio(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  if (!isWord(t) || !t.cap || t.upper || ctx.barrier[k]) return false;
  const classes = wordClasses(t.key);
  return (classes & WordClass.noun) !== 0 && (classes & WordClass.firstName) === 0;
}

/** Capitalised words that are stop-words on their own but fine inside a complement. */
const PORTFOLIO_OK = new Set(['defense', 'securite', 'affaires', 'etrangeres', 'sante', 'mines', 'agriculture', 'justice', 'interieur', 'finances',
  'economie', 'education', 'culture', 'sport', 'sports', 'communication', 'energie', 'eau', 'transports', 'industrie', 'commerce',
  'environnement', 'emploi', 'jeunesse', 'femme', 'femmes', 'famille', 'enfant', 'enfants', 'recherche', 'enseignement', 'infrastructures',
  'geologie', 'travail', 'paix', 'developpement', 'transition', 'etat', 'etats', 'nation', 'nations', 'republique', 'armees', 'armee', 'union',
  'communaute', 'cooperation', 'police', 'gendarmerie', 'patrie', 'liberte', 'progres', 'democratie']);

/** Drop trailing link words (a tail never ends on `de`). */
export function trimTrailing(ctx: Ctx, s: number, e: number): number {
  let j = e;
  while (j > s && ['de', 'du', 'des', "d'", 'la', 'le', 'les', "l'", 'et', 'pour', 'sur', 'en', ','].includes(ctx.toks[j - 1].key)) j--;
  return j;
}
