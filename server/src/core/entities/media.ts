/**
 * The site's own name, from its copyright line (made-up examples): `© 2025 Le Courrier du Sahel –
 * Tous droits réservés` (with the article its title opens with), `© Sahel Matin 2025`. What follows `©` (a year aside)
 * up to a year, a dash or the line's end is a media (an INSTITUTION), whatever its words are; a site
 * prints that line under every article. The same words elsewhere in the file (the masthead `SAHEL
 * MATIN`, `Abonnez-vous à Sahel Matin`) are that name too: `propagateNames` reads them so, over
 * whatever the rules made of their parts.
 */
import type { Cand, Ctx } from './context';
import type { Token } from './tokens';
import { isWord, quotedNameEnd } from './context';
import { NAME_CLASSES, WordClass, wordClasses } from '../gazetteer/frenchLexicon';
import { nameComparisonKey } from '../text/normalize';

/** Little words a media name may hold between its capitalised words (`Journal du Mali`). */
const INNER = new Set(['de', 'du', 'des', "d'", 'la', 'le', 'l', "l'", 'et', '&']);
const MAX_WORDS = 6;
const LEADING_ARTICLES = new Set(['le', 'la', 'les', "l'"]);

/** Words that continue a media's name into its publisher's (`… Médias SARL`, `… Groupe`). */
const PUBLISHER_WORDS = new Set(['medias', 'media', 'sarl', 'sa', 'sas', 'suarl', 'groupe', 'group', 'communication', 'communications', 'presse', 'editions']);

const isInner = (t: Token) => (t.kind === 'w' || t.kind === 'e' || t.kind === 'p') && INNER.has(t.key);

export function findCopyrightNames(ctx: Ctx, out: Cand[]): void {
  const toks = ctx.toks;
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].text !== '©') continue;
    let s = i + 1;
    if (toks[s]?.kind === 'n' && toks[s].line === toks[i].line) s++;
    // The title's words start after its article, which `withTitleArticle` adds back where the text capitalises it.
    if (LEADING_ARTICLES.has(toks[s]?.key ?? '') && toks[s + 1]?.line === toks[i].line && isWord(toks[s + 1]) && (toks[s + 1].cap || toks[s + 1].upper)) s++;
    let e = s;
    let words = 0;
    while (e < toks.length && toks[e].line === toks[i].line && words < MAX_WORDS && !ctx.barrier[e]) {
      const t = toks[e];
      if (isWord(t) && (t.cap || t.upper || (t.joinPrev && t.kind === 'w'))) {
        e++;
        words++;
      } else if (isInner(t) && isWord(toks[e + 1]) && (toks[e + 1].cap || toks[e + 1].upper)) e++;
      // Two little words before a capitalised one (`Courrier de la Kafubu`).
      else if (isInner(t) && toks[e + 1] && isInner(toks[e + 1]) && isWord(toks[e + 2]) && (toks[e + 2].cap || toks[e + 2].upper)) e += 2;
      else break;
    }
    if (words > 0) out.push(withTitleArticle(ctx, { type: 'INSTITUTION', s, e, prio: 6, kind: 'media' }));
  }
}

/**
 * The media candidate with the article its title opens with, when the text capitalises it (`© 2026 Le Courrier du
 * Sahel`, `L’ÉCHO DU KORI`, `a déclaré à L’Écho`): a capital inside a sentence says the article is the title's own, as
 * the press and its annotators write it (the guidelines' `la Cedeao` → `Cedeao` is an article the sentence adds). Its
 * key stays the title's without the article, so that `l’Écho du Kori`, written small, is the same media.
 */
function withTitleArticle(ctx: Ctx, c: Cand): Cand {
  const toks = ctx.toks;
  const article = toks[c.s - 1];
  if (!article || article.line !== toks[c.s].line || !LEADING_ARTICLES.has(article.key) || !(article.cap || /^\p{Lu}/u.test(article.text))) return c;
  // A publisher's legal name is a firm's, which takes no article (`Les Éditions du Ferlo SARL`: `Éditions du Ferlo SARL`).
  if (toks.slice(c.s, c.e).some((t) => PUBLISHER_WORDS.has(t.key) && t.key !== 'editions' && t.key !== 'presse')) return c;
  const key = c.key ?? nameComparisonKey(ctx.text.slice(toks[c.s].start, toks[c.e - 1].end));
  return { ...c, s: c.s - 1, key };
}

/**
 * Other places of the file where a media name found by its copyright line is written, in any
 * case: candidates that win over the pieces other rules made of them.
 */
export function propagateNames(ctx: Ctx, cands: Cand[]): void {
  const toks = ctx.toks;
  const names: string[][] = [];
  // A title's words, without the article it may hold (`withTitleArticle`).
  const titleStart = (c: Cand) => (LEADING_ARTICLES.has(toks[c.s].key) && c.e > c.s + 1 ? c.s + 1 : c.s);
  for (const c of cands) if (c.kind === 'media') names.push(toks.slice(titleStart(c), c.e).map((t) => t.key));
  if (names.length === 0) return;
  for (const c of [...cands]) if (c.kind === 'media') propagateHead(ctx, cands, c);
  for (const name of names) {
    for (let i = 0; i + name.length <= toks.length; i++) {
      let match = true;
      for (let k = 0; k < name.length && match; k++) if (toks[i + k].key !== name[k] || ctx.barrier[i + k] || toks[i + k].line !== toks[i].line) match = false;
      if (!match || (i > 0 && toks[i].joinPrev) || toks[i + name.length]?.joinPrev) continue;
      if (!(toks[i].cap || toks[i].upper)) continue;
      if (cands.some((c) => c.kind === 'media' && titleStart(c) === i)) continue;
      // The publisher named after the site (`Ndar Horizon Médias SARL`) is the site's company: the whole name, one entity.
      let e = i + name.length;
      while (isWord(toks[e]) && (toks[e].cap || toks[e].upper) && toks[e].line === toks[i].line && PUBLISHER_WORDS.has(toks[e].key)) e++;
      if (e > i + name.length) {
        const site = nameComparisonKey(ctx.text.slice(toks[i].start, toks[i + name.length - 1].end));
        cands.push(withTitleArticle(ctx, { type: 'INSTITUTION', s: i, e, prio: 6, kind: 'media', key: site }));
        continue;
      }
      cands.push(withTitleArticle(ctx, { type: 'INSTITUTION', s: i, e: i + name.length, prio: 6, kind: 'media' }));
    }
  }
}

/** Verbs whose subject is a newspaper when they follow its quoted title at once (`le « Matin » publie`). */
const PRESS_VERBS = new Set(['publie', 'publient', 'apprend', 'apprennent', 'ecrit', 'ecrivent', 'rapporte', 'rapportent', 'cite', 'citent',
  'annonce', 'annoncent', 'rappelle', 'rappellent', 'signale', 'signalent', 'revele', 'revelent', 'relate', 'relatent', 'croit', 'croient',
  'affirme', 'affirment', 'assure', 'assurent', 'precise', 'precisent', 'indique', 'indiquent', 'commente', 'commentent', 'reproduit',
  'reproduisent', 'titre', 'titrent', 'souligne', 'soulignent', 'consacre', 'consacrent', 'raconte', 'racontent']);
/** The article (or article + preposition) a title in quotes takes (`le « Matin »`, `au « Journal »`). */
const TITLE_ARTICLES = new Set(['le', 'la', 'les', "l'", 'au', 'aux', 'du', 'des']);
/** Words before that article that say a press title follows (`selon le « Bund »`, `d'après la « Tribune »`). */
const PRESS_LEADS = new Set(['selon', 'apres', 'correspondant', 'correspondants', 'colonnes', 'redaction', 'directeur', 'lecteurs']);

/** Verbs of telling whose listener, after `à`, is a newspaper when quoted (`a déclaré au « Réveil »`, `on mande de Londres au « Temps »`). */
const TELLING_VERBS = new Set(['declare', 'confie', 'explique', 'indique', 'mande', 'raconte', 'assure', 'affirme', 'precise', 'annonce', 'dit',
  'repondu', 'confirme', 'revele', 'souligne', 'ecrit', 'telegraphie', 'telephone', 'accorde']);
/** How many words back a verb of telling may stand from the newspaper it tells (`on mande de Londres au …`). */
const TELLING_REACH = 5;

/** Is a verb of telling among the few words before token `q`, on its line and in its sentence? */
function toldTo(ctx: Ctx, q: number): boolean {
  const toks = ctx.toks;
  for (let k = q - 1; k >= 0 && k >= q - TELLING_REACH; k--) {
    const t = toks[k];
    if (t.line !== toks[q].line || (t.kind === 'p' && t.text !== ',' && t.text !== '-')) return false;
    if (t.kind === 'w' && TELLING_VERBS.has(t.key.replace(/e?s$/, ''))) return true;
  }
  return false;
}

/**
 * A newspaper cited by its title in quotes (made-up: `Le « Réveil » publie`, `selon la « Voix du
 * Nord »`, `a déclaré au « Réveil »`): a quoted capitalised title after an article, with a press verb
 * right after it, a press word before it, or a verb of telling before `à`. A quotation of speech takes
 * a comma before its verb (`« Jamais », affirme-t-il`) and no article before it.
 */
export function findPressTitles(ctx: Ctx, out: Cand[]): void {
  const toks = ctx.toks;
  for (let q = 1; q < toks.length; q++) {
    if (toks[q].text !== '«' && toks[q].text !== '“' && toks[q].text !== '"') continue;
    const article = toks[q - 1];
    if (article.line !== toks[q].line) continue;
    const told = (article.key === 'au' || article.key === 'aux' || article.text === 'à') && toldTo(ctx, q - 1);
    if (!TITLE_ARTICLES.has(article.key) && !told) continue;
    const close = quotedNameEnd(ctx, q);
    if (close < 0) continue;
    const after = toks[close + 1];
    const verb = after !== undefined && after.kind === 'w' && !after.cap && after.line === toks[close].line && PRESS_VERBS.has(after.key);
    const lead = toks[q - 2];
    if (!verb && !told && !(lead && lead.line === toks[q].line && PRESS_LEADS.has(lead.key))) continue;
    // `a répondu au « Non »`: a vote or an answer quoted, no title.
    if (!verb && told && close === q + 2 && (wordClasses(toks[q + 1].key) & WordClass.function) !== 0) continue;
    out.push({ type: 'INSTITUTION', s: q + 1, e: close, prio: 3, kind: 'institution' });
  }
}

/** The articles before a title's head noun written alone for the whole title (`joint par la Vigie`, `la lettre du Relais`). */
const HEAD_ARTICLES = new Set(['le', 'la', "l'", 'du', 'au']);
/**
 * A title written after its article and opening with a common noun (`© 2026 La Vigie du Fleuve`) is that noun alone
 * in its site's own text, capitalised after an article (`joint par la Vigie`): the media, one entity with its title.
 * A noun that may name a place or a person (`Sahel`) is left to the other rules.
 */
function propagateHead(ctx: Ctx, cands: Cand[], media: Cand): void {
  const toks = ctx.toks;
  // The title's own words: after its article, whether the candidate holds the article or not.
  const title = LEADING_ARTICLES.has(toks[media.s].key) ? media.s + 1 : media.s;
  const article = toks[title - 1];
  if (media.e - title < 2 || !article || article.line !== toks[title].line || !LEADING_ARTICLES.has(article.key)) return;
  const head = toks[title];
  const classes = wordClasses(head.key);
  if (!isWord(head) || (classes & WordClass.noun) === 0 || (classes & NAME_CLASSES) !== 0) return;
  const key = media.key ?? nameComparisonKey(ctx.text.slice(head.start, toks[media.e - 1].end));
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i];
    if (t.key !== head.key || !t.cap || t.upper || ctx.barrier[i]) continue;
    const before = toks[i - 1];
    if (before.line !== t.line || !HEAD_ARTICLES.has(before.key)) continue;
    if (toks[i + 1]?.key === toks[title + 1].key) continue;
    if (cands.some((c) => c.kind === 'media' && c.s <= i && i < c.e)) continue;
    // `joint par la Vigie` names the title by its noun; `à L’Écho`, its article capitalised, writes the title's own.
    cands.push(withTitleArticle(ctx, { type: 'INSTITUTION', s: i, e: i + 1, prio: 6, kind: 'media', key }));
  }
}
