/**
 * Lookup structures built once from the gazetteers: a token trie for multi-word names (longest
 * match, case-insensitive and accent-insensitive, with case constraints that keep acronyms and
 * capitalised names from matching ordinary lower-case words), and key sets for titles, first
 * names and stop-words.
 */
import { CITIES, COUNTRIES, REGIONS } from '../gazetteer/places';
import { ORGANISATIONS } from '../gazetteer/organisations';
import { PEOPLE } from '../gazetteer/people';
import { FIRST_NAMES } from '../gazetteer/firstNames';
import { CAPITALISED_NON_NAMES, DEMONYMS, demonymForms } from '../gazetteer/stopwords';
import { HONORIFICS, TITLE_ADJECTIVES } from '../gazetteer/titles';
import type { NameType } from '../types';
import { foldKey, keyTokens, type Token } from './tokens';

export interface LexEntry {
  type: NameType;
  id: string;
  canonical: string;
  /** The alias as written in the gazetteer (for its case constraint). */
  alias: string;
  /** The alias is an acronym: the text must be written in capitals too. */
  acronym: boolean;
  /** The alias starts with a lower-case letter (`conférence des chefs d'État…`): no capital needed. */
  lowerOk: boolean;
  /** Number of tokens. */
  size: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entries: LexEntry[];
}

const newNode = (): TrieNode => ({ next: new Map(), entries: [] });

export class Lexicon {
  private readonly root = newNode();

  add(type: NameType, id: string, canonical: string, alias: string): void {
    const keys = keyTokens(alias);
    if (keys.length === 0) return;
    let node = this.root;
    for (const k of keys) {
      let nx = node.next.get(k);
      if (!nx) {
        nx = newNode();
        node.next.set(k, nx);
      }
      node = nx;
    }
    const letters = alias.replace(/[^\p{L}]/gu, '');
    const acronym = letters.length >= 2 && letters.length <= 8 && !/\s/.test(alias) && /^\p{Lu}/u.test(letters) && (letters === letters.toUpperCase() || /\p{Lu}.*\p{Lu}/u.test(letters.slice(1)));
    node.entries.push({ type, id, canonical, alias, acronym, lowerOk: /^\p{Ll}/u.test(alias), size: keys.length });
  }

  /** Longest gazetteer match starting at token `i`; `maxLen` bounds the walk (linear overall). */
  longest(tokens: readonly Token[], i: number, allow: (e: LexEntry) => boolean = () => true): { entry: LexEntry; end: number } | undefined {
    let node: TrieNode | undefined = this.root;
    let best: { entry: LexEntry; end: number } | undefined;
    let j = i;
    let anyCap = false;
    for (let steps = 0; j < tokens.length && steps < 14; steps++) {
      const t = tokens[j];
      if (t.kind === 'p') break;
      node = node.next.get(t.key);
      if (!node) break;
      if (t.cap) anyCap = true;
      j++;
      for (const e of node.entries) {
        if (!allow(e)) continue;
        if (!this.caseOk(e, tokens, i, j, anyCap)) continue;
        if (!best || j > best.end || (j === best.end && rank(e) > rank(best.entry))) best = { entry: e, end: j };
      }
    }
    return best;
  }

  private caseOk(e: LexEntry, tokens: readonly Token[], i: number, j: number, anyCap: boolean): boolean {
    if (e.acronym) {
      // `ONU` must be written `ONU`; mixed acronyms (`FAMa`, `Cedeao`) keep their capital.
      if (e.size === 1) {
        const t = tokens[i];
        return t.upper || t.text === e.alias;
      }
      return anyCap;
    }
    if (e.lowerOk) return true;
    if (!anyCap) return false;
    // Every capitalised word of the alias must be capitalised in the text unless the text is in
    // capitals, or the alias is long (`Conseil de Sécurité` vs `Conseil de sécurité` both exist).
    return tokens[i].cap || (j - i > 1 && tokens[i + 1]?.cap === true);
  }
}

/** Organisations beat places beat people when one alias names several things (`Niger` the river vs the country is not an issue here). */
function rank(e: LexEntry): number {
  return e.type === 'INSTITUTION' ? 2 : e.type === 'PLACE' ? 1 : 0;
}

let cached: LexiconBundle | undefined;

export interface LexiconBundle {
  lex: Lexicon;
  firstNames: Set<string>;
  nonNames: Set<string>;
  demonyms: Set<string>;
  /** Folded person surnames of the gazetteer → id (only unambiguous ones). */
  personSurnames: Map<string, string>;
  /** Every single-token gazetteer place or organisation key, to keep them out of person names. */
  placeOrOrgKeys: Set<string>;
  /** Gazetteer id → canonical name. */
  canonicalById: Map<string, string>;
}

export function lexicon(): LexiconBundle {
  if (cached) return cached;
  const lex = new Lexicon();
  const placeOrOrgKeys = new Set<string>();
  for (const list of [COUNTRIES, REGIONS, CITIES]) {
    for (const e of list) {
      for (const alias of e.names) {
        lex.add('PLACE', e.id, e.names[0], alias);
        const ks = keyTokens(alias);
        if (ks.length === 1) placeOrOrgKeys.add(ks[0]);
      }
    }
  }
  for (const e of ORGANISATIONS) {
    for (const alias of e.names) {
      lex.add('INSTITUTION', e.id, e.names[0], alias);
      const ks = keyTokens(alias);
      if (ks.length === 1) placeOrOrgKeys.add(ks[0]);
    }
  }
  const personSurnames = new Map<string, string>();
  for (const e of PEOPLE) {
    for (const alias of e.names) lex.add('PERSON', e.id, e.names[0], alias);
    const ks = keyTokens(e.names[0]);
    if (ks.length >= 2) personSurnames.set(ks[ks.length - 1], e.id);
  }
  const canonicalById = new Map<string, string>();
  for (const list of [COUNTRIES, REGIONS, CITIES, ORGANISATIONS, PEOPLE]) for (const e of list) if (!canonicalById.has(e.id)) canonicalById.set(e.id, e.names[0]);
  const firstNames = new Set(FIRST_NAMES.map(foldKey));
  // Honorifics and their plurals are never names either (`Mme Linda…` must not start at `Mme`).
  const nonNames = new Set([...CAPITALISED_NON_NAMES, ...HONORIFICS, ...TITLE_ADJECTIVES].map(foldKey));
  for (const k of [...nonNames]) if (k.length > 3 && !k.endsWith('s')) nonNames.add(k + 's');
  const demonyms = new Set(DEMONYMS.flatMap((d) => demonymForms(foldKey(d))));
  cached = { lex, firstNames, nonNames, demonyms, personSurnames, placeOrOrgKeys, canonicalById };
  return cached;
}
