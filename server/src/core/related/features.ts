/**
 * Per-file features for related-article ranking, computed from the article's own text only:
 * boilerplate blocks are blanked first, so two articles of one site are not "related" because
 * they carry the same sidebar.
 */
import { comparisonKey } from '../text/normalize';
import type { BoilerplateBlock, DateMention, NameMention } from '../types';

// Function words and the most generic news verbs: they carry no story identity, and dropping
// them keeps postings short. Rarity (IDF) handles everything else.
const STOP = new Set(
  (
    'les des une dans pour par sur avec aux ces cette cet son ses sa leur leurs qui que quoi dont ont ete est sont etre avoir ' +
    'elle elles ils nous vous lui eux mais plus pas tres tout tous toute toutes entre sans sous vers chez deja aussi ainsi ' +
    'alors donc car comme apres avant depuis lors pendant selon notamment egalement autres autre meme memes fait faire ' +
    'peut doit avait etait sera seront cela celui celle ceux celles dun dune qu il elle nos notre votre vos mes mon ' +
    'leurs ici deux trois quatre cinq six sept huit neuf dix premier premiere cours lors dont tant bien encore the and'
  ).split(/\s+/),
);

export interface DateKey {
  /** Day number since the epoch when the date is a full day, else null. */
  day: number | null;
  /** `YYYY-MM` when the month and year are known. */
  month: string | null;
  text: string;
}

export interface Features {
  /** term → raw count in the article's own text. */
  terms: Map<string, number>;
  /** term → first surface form, for readable reasons. */
  surface: Map<string, string>;
  /** entity id → surface text. */
  entities: Map<string, string>;
  dates: DateKey[];
  /** What the boilerplate looked like when these features were computed (stale check). */
  boilerSig: string;
}

/** A light stem: plural `s`/`x` dropped so `accord`/`accords` meet. */
function stem(w: string): string {
  return w.length > 4 && /[sx]$/.test(w) ? w.slice(0, -1) : w;
}

export function boilerSignature(blocks: readonly BoilerplateBlock[]): string {
  return blocks.map((b) => `${b.start}-${b.end}`).join(',');
}

/** The text with boilerplate blanked (same length, so mention offsets still apply). */
export function ownText(text: string, blocks: readonly BoilerplateBlock[]): string {
  if (!blocks.length) return text;
  let out = '';
  let at = 0;
  for (const b of [...blocks].sort((x, y) => x.start - y.start)) {
    if (b.start < at) continue;
    out += text.slice(at, b.start) + ' '.repeat(b.end - b.start);
    at = b.end;
  }
  return out + text.slice(at);
}

function inBlocks(start: number, blocks: readonly BoilerplateBlock[]): boolean {
  return blocks.some((b) => b.start <= start && start < b.end);
}

function dayNumber(y: number, m: number, d: number): number | null {
  const t = Date.UTC(y, m - 1, d);
  return Number.isFinite(t) ? Math.round(t / 86400000) : null;
}

/** `2023-07-29`, `2023-07`, or the first end of a range `2023-07-27/2023-07-28`; X-filled parts are unknown. */
export function dateKey(iso: string | null, text: string): DateKey | null {
  if (!iso) return null;
  const first = iso.split('/')[0];
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(first);
  if (!m) return null;
  const month = m[2] ? `${m[1]}-${m[2]}` : null;
  const day = m[2] && m[3] ? dayNumber(+m[1], +m[2], +m[3]) : null;
  if (!month) return null; // a bare year is too coarse to tie two stories together
  return { day, month, text };
}

/** Entity id → surface text of its first mention outside boilerplate. */
export function entitiesOf(names: readonly NameMention[], blocks: readonly BoilerplateBlock[]): Map<string, string> {
  const entities = new Map<string, string>();
  for (const n of names) if (!inBlocks(n.start, blocks) && !entities.has(n.entityId)) entities.set(n.entityId, n.text);
  return entities;
}

/** Same entities (ids and surface texts, in the same order)? */
export function sameEntities(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (a.size !== b.size) return false;
  const ia = a.entries();
  for (const [k, v] of b) {
    const x = ia.next().value;
    if (!x || x[0] !== k || x[1] !== v) return false;
  }
  return true;
}

export function computeFeatures(
  text: string,
  blocks: readonly BoilerplateBlock[],
  names: readonly NameMention[],
  dates: readonly DateMention[],
): Features {
  const own = ownText(text, blocks);
  const terms = new Map<string, number>();
  const surface = new Map<string, string>();
  // A lazy scan, not `split`: on a 10 MB article (npm run bench, linear) the split threw RangeError (stack size).
  for (const match of own.matchAll(/[\p{L}\p{N}'’-]+/gu)) {
    for (const part of match[0].split(/['’-]/)) {
      const w = comparisonKey(part);
      if (!w || w.includes(' ')) continue;
      if (/^\d+$/.test(w) ? !/^(19|20)\d\d$/.test(w) : w.length < 3 || STOP.has(w)) continue;
      const t = stem(w);
      terms.set(t, (terms.get(t) ?? 0) + 1);
      if (!surface.has(t)) surface.set(t, part);
    }
  }
  const entities = entitiesOf(names, blocks);
  const ds: DateKey[] = [];
  for (const d of dates) {
    if (inBlocks(d.start, blocks)) continue;
    const k = dateKey(d.resolved ?? d.value, d.text);
    if (k) ds.push(k);
  }
  return { terms, surface, entities, dates: ds, boilerSig: boilerSignature(blocks) };
}
