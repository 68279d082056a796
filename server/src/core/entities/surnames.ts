/**
 * Surnames within one file: a surname written first in capitals (`NZÉ ELLA Prisca`), and a person named by
 * part of their name (`Goïta`, `M. Bobbo Saliou`: made-up) standing for the full name the file gives.
 */
import type { NameType } from '../types';
import { comparisonKey } from '../text/normalize';
import type { Cand, Ctx } from './context';
import { mayBeFirstName } from './context';

/** What the surname linking reads of a mention (recognize.ts's RawMention has these fields). */
export interface LocalName {
  type: NameType;
  start: number;
  roles: string[];
  /** Linking key. */
  key: string;
  /** The folded words of the mention itself. */
  name: string;
  /** The key of the full name it stands for in this file. */
  local?: string;
}

/**
 * How many words of the person's name open it as a surname written first, in capitals, before given names in
 * small letters (`KONATÉ Moussa`, `HAKIZIMANA Théogène`, `NZÉ ELLA Prisca`), as the region's administrations write
 * it; 0 when it is not so written. French print sets the surname alone in capitals, wherever it stands; a first word
 * that may be a first name is not taken for one.
 */
export function surnameFirstWords(ctx: Ctx, c: Cand): number {
  const toks = ctx.toks;
  const first = toks[c.s];
  if (!first.upper || first.text.length < 3 || c.e - c.s < 2 || mayBeFirstName(ctx, first.key)) return 0;
  let words = 0;
  let k = c.s;
  while (k < c.e && toks[k].kind === 'w' && toks[k].upper) {
    // A dashed surname is one word of the key (`MAGANGA-MOUSSAVOU`).
    k++;
    while (k < c.e && toks[k].joinPrev) k++;
    words++;
  }
  if (k === c.e) return 0;
  for (; k < c.e; k++) {
    const t = toks[k];
    if (t.joinPrev) continue;
    if (t.kind !== 'w' || t.upper || !t.cap) return 0;
  }
  return words;
}

/** A folded name with its first `n` words moved last (`konate moussa` → `moussa konate`). */
export function surnameLast(name: string, n: number): string {
  const words = name.split(' ');
  return n <= 0 || n >= words.length ? name : [...words.slice(n), ...words.slice(0, n)].join(' ');
}

/**
 * A one-word person name (`Goïta`, `le ministre Diop`), or the last words of a longer one (`M. Bobbo Saliou`
 * after `Adamou Bobbo Saliou`: made-up), stands for a full name of the same file whose words match: the
 * nearest one before it, else the first after it; a full name that shares a role word wins ties (`le ministre
 * Diop` → the minister, not the reporter).
 */
export function resolveLocalSurnames(mentions: LocalName[]): void {
  // Full names indexed by each of their non-first words and by their last words, in text order.
  const bySurname = new Map<string, LocalName[]>();
  for (const m of mentions) {
    if (m.type !== 'PERSON' || !m.name.includes(' ')) continue;
    const words = m.name.split(' ');
    const parts = new Set(words.slice(1).filter((w) => w.length > 1));
    for (let j = 1; j < words.length - 1; j++) parts.add(words.slice(j).join(' '));
    for (const part of parts) {
      const a = bySurname.get(part);
      if (a) a.push(m);
      else bySurname.set(part, [m]);
    }
  }
  for (const m of mentions) {
    if (m.type !== 'PERSON') continue;
    const bucket = bySurname.get(m.name);
    if (!bucket) continue;
    // Only the few full names nearest to the mention compete (keeps a huge file linear).
    let lo = 0;
    let hi = bucket.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (bucket[mid].start < m.start) lo = mid + 1;
      else hi = mid;
    }
    let best: LocalName | undefined;
    let bestScore = -Infinity;
    for (let k = Math.max(0, lo - 8); k < Math.min(bucket.length, lo + 8); k++) {
      const f = bucket[k];
      const dist = f.start < m.start ? m.start - f.start : (f.start - m.start) * 4;
      const roleBonus = m.roles.some((r) => f.roles.some((fr) => sharesWord(r, fr))) ? 1e9 : 0;
      const score = roleBonus - dist;
      if (score > bestScore) {
        bestScore = score;
        best = f;
      }
    }
    if (best && best.key !== m.key) m.local = best.key;
  }
}

function sharesWord(a: string, b: string): boolean {
  const wa = new Set(comparisonKey(a).split(' ').filter((w) => w.length > 3));
  return comparisonKey(b).split(' ').some((w) => wa.has(w));
}
