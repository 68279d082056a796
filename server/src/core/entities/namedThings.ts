/**
 * Things with names of their own, which the guidelines do not annotate: boats, buses and trucks, animals, songs,
 * films and books, products (`la pirogue « Mame Diarra Bousso »`, `le gorille Tumaini`, `l'application Wuli`,
 * made-up but the first). A name is read as a thing's after its noun, in quotes or not, or after the noun and
 * `baptisé`, `nommé`… (`sa pirogue, baptisée « Neema »`); each is a BLOCK candidate that keeps the words it holds
 * from being read as a person's. The same name written elsewhere in the file, alone, is that thing too (`Tumaini,
 * premier bébé gorille de l'année`), unless it is a common word or a first name that may name someone else.
 */
import type { Cand, Ctx } from './context';
import { isWord, mayBeFirstName, quotedNameEnd } from './context';
import { compoundEnd } from './tail';
import { NAME_CLASSES, WordClass, wordClasses } from '../gazetteer/frenchLexicon';

/** Vehicles that carry a name of their own (folded). */
const VEHICLES = ['pirogue', 'bateau', 'navire', 'chalutier', 'ferry', 'bac', 'car', 'bus', 'minibus', 'autocar', 'camion', 'avion', 'train',
  'baleiniere', 'vedette', 'remorqueur', 'cargo', 'paquebot'];
/** Animals a story names (folded). */
const ANIMALS = ['taureau', 'vache', 'boeuf', 'zebu', 'chameau', 'chamelle', 'mehari', 'dromadaire', 'cheval', 'jument', 'etalon', 'chevre', 'bouc',
  'mouton', 'belier', 'chien', 'chienne', 'lion', 'lionne', 'elephant', 'elephante', 'gorille', 'chimpanze', 'singe', 'hippopotame', 'crocodile',
  'tortue', 'ane', 'anesse', 'girafe', 'rhinoceros'];
/** Works and products (folded). */
const WORKS_AND_PRODUCTS = ['chanson', 'single', 'tube', 'album', 'film', 'documentaire', 'feuilleton', 'serie', 'emission', 'livre', 'roman', 'recueil', 'spectacle',
  'clip', 'morceau', 'berceuse', 'application', 'appli', 'telephone', 'smartphone', 'engrais', 'vaccin', 'biere', 'boisson', 'savon', 'logiciel', 'cigarette'];
const THING_NOUNS = new Set([...VEHICLES, ...ANIMALS, ...WORKS_AND_PRODUCTS].flatMap((w) => [w, w + 's']));
/**
 * Nouns whose name written straight after them, with no quotes, may be a company's (`les cars Rimbo`, a transport
 * company): only a quoted name is a vehicle's after them.
 */
const QUOTED_ONLY = new Set(['car', 'cars', 'bus', 'autocar', 'autocars', 'camion', 'camions', 'bac', 'bacs', 'train', 'trains']);
/** Participles that give a thing its name (folded): `baptisée « Neema »`. */
const NAMING_WORDS = new Set(['baptise', 'baptisee', 'baptises', 'baptisees', 'nomme', 'nommee', 'appele', 'appelee', 'surnomme', 'surnommee', 'denomme',
  'denommee']);
/** Of those, the ones that name a thing even with no noun before them (`Baptisée « Bouclier du Ténéré », l'opération…`). */
const THING_NAMING_WORDS = new Set(['baptise', 'baptisee', 'baptises', 'baptisees']);
/**
 * Last words of products' and services' names (folded): mobile money (`Orange Money`, made-up `Nyota Cash`), a phone's
 * or an app's model (`Amani Pro`), a promotion (`Kudi Flash`). A company's name does not end so.
 */
const PRODUCT_ENDINGS = new Set(['money', 'cash', 'pay', 'pro', 'flash']);

export function findNamedThings(ctx: Ctx, out: Cand[]): void {
  const toks = ctx.toks;
  const names: [number, number][] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (isWord(t) && THING_NAMING_WORDS.has(t.key) && !ctx.barrier[i] && !THING_NOUNS.has(toks[i - 1]?.key ?? '') && toks[i - 1]?.text !== ',') {
      const close = quotedNameEnd(ctx, i + 1);
      if (close > 0) {
        out.push({ type: 'BLOCK', s: i + 2, e: close, prio: 9, kind: 'institution' });
        names.push([i + 2, close]);
      }
      continue;
    }
    if (isWord(t) && t.cap && !t.upper && !ctx.barrier[i]) {
      const e = productNameEnd(ctx, i);
      if (e > i) {
        out.push({ type: 'BLOCK', s: i, e, prio: 9, kind: 'institution' });
        i = e - 1;
        continue;
      }
    }
    if (!isWord(t) || t.cap || ctx.barrier[i] || !THING_NOUNS.has(t.key)) continue;
    let q = i + 1;
    if (toks[q]?.text === ',' && NAMING_WORDS.has(toks[q + 1]?.key ?? '')) q += 2;
    else if (NAMING_WORDS.has(toks[q]?.key ?? '')) q++;
    const close = quotedNameEnd(ctx, q);
    if (close > 0) {
      out.push({ type: 'BLOCK', s: i, e: close + 1, prio: 9, kind: 'institution' });
      names.push([q + 1, close]);
      continue;
    }
    if (q !== i + 1 || QUOTED_ONLY.has(t.key)) continue;
    const e = directNameEnd(ctx, q);
    if (e <= q || ctx.lex.lex.longest(toks, q)?.entry.type === 'INSTITUTION') continue;
    out.push({ type: 'BLOCK', s: q, e, prio: 9, kind: 'institution' });
    names.push([q, e]);
  }
  for (let i = 0; i < toks.length; i++) {
    const e = beforeItsNoun(ctx, i);
    if (e <= i) continue;
    out.push({ type: 'BLOCK', s: i, e, prio: 9, kind: 'institution' });
    names.push([i, e]);
    i = e - 1;
  }
  for (const [s, e] of names) sameNameElsewhere(ctx, s, e, out);
}

const ANIMALS_AND_VEHICLES = new Set([...VEHICLES, ...ANIMALS]);
/** Words between a name, its comma and an animal's or a vehicle's noun in apposition (`Tumaini, premier bébé gorille`). */
const APPOSITION_WORDS = new Set(['le', 'la', "l'", 'un', 'une', 'son', 'sa', 'ce', 'cette', 'notre', 'premier', 'premiere', 'dernier', 'derniere', 'jeune',
  'vieux', 'vieil', 'vieille', 'petit', 'petite', 'bebe', 'grand', 'grande', 'seul', 'seule']);

/**
 * The end of a name at `i` followed by an animal's or a vehicle's noun in apposition (`Tumaini, premier bébé gorille de
 * l'année`): a run of capitalised words, a comma, then only determiners and the adjectives of age or rank
 * before the noun; `i` if none.
 */
function beforeItsNoun(ctx: Ctx, i: number): number {
  const toks = ctx.toks;
  const t = toks[i];
  if (!isWord(t) || !t.cap || t.upper || ctx.barrier[i]) return i;
  const prev = toks[i - 1];
  if (prev && isWord(prev) && prev.cap && prev.line === t.line) return i;
  const e = directNameEnd(ctx, i, false);
  if (e <= i || toks[e]?.text !== ',') return i;
  for (let k = e + 1; k < e + 5 && k < toks.length && toks[k].line === t.line; k++) {
    if (ANIMALS_AND_VEHICLES.has(toks[k].key) && !toks[k].cap) return e;
    if (!APPOSITION_WORDS.has(toks[k].key)) return i;
  }
  return i;
}

/**
 * The end of a thing's name written straight after its noun (`le gorille Tumaini`), or before a comma and its noun
 * (`afterNoun` false): capitalised words on one line; `q` if none.
 */
function directNameEnd(ctx: Ctx, q: number, afterNoun = true): number {
  const toks = ctx.toks;
  const first = toks[q];
  if (!isWord(first) || !first.cap || first.upper || (afterNoun && first.line !== toks[q - 1].line) || ctx.barrier[q]) return q;
  let e = compoundEnd(ctx, q);
  while (e < toks.length && e - q < 4 && isWord(toks[e]) && toks[e].cap && !toks[e].upper && toks[e].line === first.line && !ctx.barrier[e]) e = compoundEnd(ctx, e);
  return e;
}

/**
 * The thing's name `[s, e)` written alone elsewhere in the file: a BLOCK of low priority (a person's reading of the
 * same words from a surer cue wins). Not for a name that is one common word or a first name (`Sultan`, `Président`).
 */
function sameNameElsewhere(ctx: Ctx, s: number, e: number, out: Cand[]): void {
  const toks = ctx.toks;
  const keys = toks.slice(s, e).map((t) => t.key);
  const classes = wordClasses(keys[0]);
  const commonWord = (classes & (WordClass.noun | WordClass.adjective | WordClass.verb | WordClass.function)) !== 0 && (classes & NAME_CLASSES) === 0;
  if (keys.length === 1 && (mayBeFirstName(ctx, keys[0]) || commonWord)) return;
  for (let i = 0; i + keys.length <= toks.length; i++) {
    if (i === s || keys.some((k, n) => toks[i + n].key !== k || !toks[i + n].cap)) continue;
    const before = toks[i - 1];
    const after = toks[i + keys.length];
    if (before && isWord(before) && before.cap && before.line === toks[i].line) continue;
    if (after && (after.joinPrev || (isWord(after) && after.cap && after.line === toks[i].line))) continue;
    out.push({ type: 'BLOCK', s: i, e: i + keys.length, prio: 2, kind: 'institution' });
  }
}

/**
 * The end of a product's name opening at `i` (`Orange Money`, `Amani Pro`): a run of capitalised words on one line whose
 * last word is a product's (see PRODUCT_ENDINGS), not a body the gazetteer knows by that whole name (`Airtel Money` is
 * a product of the known `Airtel`); `i` if none.
 */
function productNameEnd(ctx: Ctx, i: number): number {
  const toks = ctx.toks;
  const prev = toks[i - 1];
  if (prev && isWord(prev) && prev.cap && prev.line === toks[i].line) return i;
  let e = compoundEnd(ctx, i);
  while (e < toks.length && e - i < 4 && isWord(toks[e]) && toks[e].cap && toks[e].line === toks[i].line) {
    const next = compoundEnd(ctx, e);
    if (PRODUCT_ENDINGS.has(toks[e].key) && next === e + 1 && !(isWord(toks[next]) && toks[next].cap && toks[next].line === toks[e].line)) {
      const known = ctx.lex.lex.longest(toks, i);
      return known && known.entry.type === 'INSTITUTION' && known.end >= next ? i : next;
    }
    e = next;
  }
  return i;
}
