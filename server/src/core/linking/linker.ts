/**
 * Corpus-level linking. Each file contributes its distinct name forms (type + key, with counts);
 * the linker keeps those contributions in a table updated on every `setFile`/`removeFile`, and
 * recomputes clusters lazily on the next query, in time proportional to the number of distinct
 * forms (never to the corpus text).
 *
 * People: full names that agree on first and last word (accent-, case-, typo- and
 * transliteration-tolerant) are one person; a one-word name goes to the person of that surname
 * in the same file (decided per file, see recognize.ts), else to the most mentioned person with
 * that surname in the corpus. Gazetteer names carry their id. Institutions and places: the
 * gazetteer id, the bracket-acronym definitions, or the normalised name; named venues whose name
 * extends another's (`aéroport international X` / `aéroport international X Y`) are one venue.
 */
import { lexicon } from '../entities/lexicon';
import type { AcronymDef, FileAnalysis, RawMention, WeakCandidate } from '../entities/recognize';
import { comparisonKey, slug } from '../text/normalize';
import type { NameType } from '../types';
import { sameWord, translit } from './similarity';

interface Form {
  fid: string;
  type: NameType;
  key: string;
  gazId?: string;
  /** Longest folded name seen for this key. */
  name: string;
  venue: boolean;
  count: number;
  files: Map<string, number>;
}

const fidOf = (type: NameType, key: string) => type + '\u0000' + key;

export interface Promotion {
  type: NameType;
  entityId: string;
}

export class Linker {
  private readonly forms = new Map<string, Form>();
  private readonly defs = new Map<string, Map<string, { def: AcronymDef; count: number }>>();
  private dirty = true;
  private formEntity = new Map<string, string>();
  private surnameEntity = new Map<string, string>();
  private singleWordEntity = new Map<string, Promotion>();
  private acronymDef = new Map<string, AcronymDef>();
  /** Bumped whenever a recompute changed anything a file's resolution depends on. */
  generation = 0;
  /** Files whose resolved mentions may have changed since they were last resolved. */
  readonly stale = new Set<string>();
  private readonly weakFiles = new Map<string, Set<string>>();

  add(file: string, a: FileAnalysis): void {
    this.apply(file, a, 1);
  }

  remove(file: string, a: FileAnalysis): void {
    this.apply(file, a, -1);
  }

  private apply(file: string, a: FileAnalysis, sign: 1 | -1): void {
    this.dirty = true;
    for (const m of a.mentions) {
      const fid = fidOf(m.type, m.key);
      let f = this.forms.get(fid);
      if (!f) {
        if (sign < 0) continue;
        f = { fid, type: m.type, key: m.key, gazId: m.gazId, name: m.name, venue: m.kind === 'venue', count: 0, files: new Map() };
        this.forms.set(fid, f);
      }
      f.count += sign;
      const c = (f.files.get(file) ?? 0) + sign;
      if (c > 0) f.files.set(file, c);
      else f.files.delete(file);
      if (sign > 0 && m.name.split(' ').length > f.name.split(' ').length) f.name = m.name;
      if (f.count <= 0) this.forms.delete(fid);
    }
    for (const d of a.acronyms) {
      let m = this.defs.get(d.acronym);
      if (!m) {
        if (sign < 0) continue;
        this.defs.set(d.acronym, (m = new Map()));
      }
      const k = d.type + '\u0000' + d.fullKey;
      const cur = m.get(k) ?? { def: d, count: 0 };
      cur.count += sign;
      if (cur.count > 0) m.set(k, cur);
      else m.delete(k);
      if (m.size === 0) this.defs.delete(d.acronym);
    }
    // Weak words are indexed by their folded and their transliterated spelling (surname keys are transliterated).
    for (const w of a.weak) {
      for (const key of new Set([w.key, translit(w.key)])) {
        let s = this.weakFiles.get(key);
        if (!s) {
          if (sign < 0) continue;
          this.weakFiles.set(key, (s = new Set()));
        }
        if (sign > 0) s.add(file);
        else s.delete(file);
        if (s.size === 0) this.weakFiles.delete(key);
      }
    }
    this.stale.add(file);
  }

  /** Recompute the clusters if anything changed; marks the files whose resolution may differ. */
  ensure(): void {
    if (!this.dirty) return;
    this.dirty = false;
    const oldForm = this.formEntity;
    const oldSurname = this.surnameEntity;
    const oldSingle = this.singleWordEntity;
    const oldAcr = this.acronymDef;
    this.acronymDef = new Map();
    for (const [acr, m] of this.defs) {
      let best: { def: AcronymDef; count: number } | undefined;
      for (const v of m.values()) if (!best || v.count > best.count || (v.count === best.count && v.def.fullKey < best.def.fullKey)) best = v;
      if (best) this.acronymDef.set(acr, best.def);
    }
    const { formEntity, surnameEntity, singleWordEntity } = this.cluster();
    this.formEntity = formEntity;
    this.surnameEntity = surnameEntity;
    this.singleWordEntity = singleWordEntity;
    // Which files must be re-resolved: those holding a form whose entity changed, or a weak word whose promotion changed.
    let changed = false;
    for (const [fid, id] of formEntity) {
      if (oldForm.get(fid) !== id) {
        changed = true;
        for (const file of this.forms.get(fid)?.files.keys() ?? []) this.stale.add(file);
      }
    }
    for (const fid of oldForm.keys()) if (!formEntity.has(fid)) changed = true;
    const weakKeys = new Set<string>();
    for (const [k, v] of surnameEntity) if (oldSurname.get(k) !== v) weakKeys.add(k);
    for (const k of oldSurname.keys()) if (!surnameEntity.has(k)) weakKeys.add(k);
    for (const [k, v] of singleWordEntity) if (oldSingle.get(k)?.entityId !== v.entityId) weakKeys.add(k);
    for (const k of oldSingle.keys()) if (!singleWordEntity.has(k)) weakKeys.add(k);
    for (const [k, v] of this.acronymDef) if (oldAcr.get(k)?.fullKey !== v.fullKey) weakKeys.add(k);
    for (const k of oldAcr.keys()) if (!this.acronymDef.has(k)) weakKeys.add(k);
    for (const k of weakKeys) {
      changed = true;
      for (const f of this.weakFiles.get(k) ?? []) this.stale.add(f);
    }
    if (changed) this.generation++;
  }

  private cluster(): { formEntity: Map<string, string>; surnameEntity: Map<string, string>; singleWordEntity: Map<string, Promotion> } {
    const lex = lexicon();
    const parent = new Map<string, string>();
    const find = (x: string): string => {
      let r = x;
      while (parent.get(r) !== r) r = parent.get(r)!;
      let y = x;
      while (parent.get(y) !== r) {
        const n = parent.get(y)!;
        parent.set(y, r);
        y = n;
      }
      return r;
    };
    const union = (a: string, b: string) => {
      const ra = find(a);
      const rb = find(b);
      if (ra !== rb) parent.set(ra > rb ? ra : rb, ra > rb ? rb : ra);
    };
    const words = new Map<string, string[]>();
    for (const f of this.forms.values()) {
      parent.set(f.fid, f.fid);
      const name = f.gazId && f.type === 'PERSON' ? comparisonKey(lex.canonicalById.get(f.gazId) ?? f.name) : f.name;
      words.set(f.fid, name.split(' ').filter(Boolean));
    }
    // People: bucket full names by last word and by first word (transliterated), compare within buckets.
    const byLast = new Map<string, Form[]>();
    const byFirst = new Map<string, Form[]>();
    const singles: Form[] = [];
    for (const f of this.forms.values()) {
      if (f.type !== 'PERSON') continue;
      const w = words.get(f.fid)!;
      if (w.length < 2) {
        singles.push(f);
        continue;
      }
      push(byLast, translit(w[w.length - 1]), f);
      push(byFirst, translit(w[0]), f);
    }
    const samePerson = (a: Form, b: Form): boolean => {
      if (a.gazId && b.gazId && a.gazId !== b.gazId) return false;
      const wa = words.get(a.fid)!;
      const wb = words.get(b.fid)!;
      return sameWord(wa[0], wb[0]) && sameWord(wa[wa.length - 1], wb[wb.length - 1]);
    };
    for (const bucket of [...byLast.values(), ...byFirst.values()]) {
      if (bucket.length > 400) continue; // a huge bucket (a very common surname) is only linked by exact keys
      for (let i = 0; i < bucket.length; i++) for (let j = i + 1; j < bucket.length; j++) if (samePerson(bucket[i], bucket[j])) union(bucket[i].fid, bucket[j].fid);
    }
    // `F. Honegger` is `Fritz Honegger` when exactly one person of that surname has a first name with that initial.
    for (const bucket of byLast.values()) {
      if (bucket.length > 400) continue;
      for (const f of bucket) {
        const wf = words.get(f.fid)!;
        if (wf[0].length !== 1) continue;
        const roots = new Set<string>();
        for (const g of bucket) {
          const wg = words.get(g.fid)!;
          if (wg[0].length > 1 && wg[0][0] === wf[0] && sameWord(wg[wg.length - 1], wf[wf.length - 1])) roots.add(find(g.fid));
        }
        if (roots.size === 1) union(f.fid, [...roots][0]);
      }
    }
    // Cluster weights, for "the most prominent person of that surname".
    const weight = new Map<string, number>();
    for (const f of this.forms.values()) weight.set(find(f.fid), (weight.get(find(f.fid)) ?? 0) + f.count);
    // Surname → cluster: every non-first word of a full name.
    const surnameRoot = new Map<string, string>();
    for (const f of this.forms.values()) {
      if (f.type !== 'PERSON') continue;
      const w = words.get(f.fid)!;
      if (w.length < 2) continue;
      const r = find(f.fid);
      for (const part of w.slice(1)) {
        if (part.length < 2) continue; // an initial is no surname
        const k = translit(part);
        const cur = surnameRoot.get(k);
        if (!cur || (weight.get(r) ?? 0) > (weight.get(cur) ?? 0) || ((weight.get(r) ?? 0) === (weight.get(cur) ?? 0) && r < cur)) surnameRoot.set(k, r);
      }
    }
    for (const f of singles) {
      if (f.gazId) continue;
      const k = translit(words.get(f.fid)![0] ?? '');
      const r = surnameRoot.get(k);
      if (r) union(f.fid, r);
    }
    // Venues: a name that extends another venue's name is the same venue.
    const venues = new Map<string, Form>();
    for (const f of this.forms.values()) if (f.venue) venues.set(f.type + ' ' + f.key, f);
    for (const f of venues.values()) {
      const w = f.key.split(' ');
      for (let n = 3; n < w.length; n++) {
        const shorter = venues.get(f.type + ' ' + w.slice(0, n).join(' '));
        if (shorter) union(shorter.fid, f.fid);
      }
    }
    // Ids: gazetteer id, else the slug of the fullest name of the cluster; unique across the corpus.
    const members = new Map<string, Form[]>();
    for (const f of this.forms.values()) push(members, find(f.fid), f);
    const proposals: { root: string; base: string }[] = [];
    for (const [root, fs] of members) {
      let gaz: Form | undefined;
      for (const f of fs) if (f.gazId && (!gaz || f.count > gaz.count)) gaz = f;
      let base: string;
      if (gaz) base = gaz.gazId!;
      else {
        let best = fs[0];
        for (const f of fs) {
          const lw = words.get(f.fid)!.length;
          const lb = words.get(best.fid)!.length;
          if (lw > lb || (lw === lb && (f.count > best.count || (f.count === best.count && f.key < best.key)))) best = f;
        }
        base = slug(best.name || best.key);
      }
      proposals.push({ root, base });
    }
    proposals.sort((a, b) => (a.base < b.base ? -1 : a.base > b.base ? 1 : a.root < b.root ? -1 : 1));
    const used = new Set<string>();
    const rootId = new Map<string, string>();
    for (const p of proposals) {
      let id = p.base;
      for (let n = 2; used.has(id); n++) id = `${p.base}-${n}`;
      used.add(id);
      rootId.set(p.root, id);
    }
    const formEntity = new Map<string, string>();
    for (const f of this.forms.values()) formEntity.set(f.fid, rootId.get(find(f.fid))!);
    const surnameEntity = new Map<string, string>();
    for (const [k, r] of surnameRoot) surnameEntity.set(k, rootId.get(find(r))!);
    for (const f of singles) {
      const k = translit(words.get(f.fid)![0] ?? '');
      if (!surnameEntity.has(k)) surnameEntity.set(k, formEntity.get(f.fid)!);
    }
    // One-word institutions and places learned anywhere (`Yadran` after `le groupe Yadran`).
    const singleWordEntity = new Map<string, Promotion>();
    for (const f of this.forms.values()) {
      if (f.type === 'PERSON') continue;
      const w = f.name.split(' ');
      if (w.length === 1 && w[0]) singleWordEntity.set(w[0], { type: f.type, entityId: formEntity.get(f.fid)! });
    }
    return { formEntity, surnameEntity, singleWordEntity };
  }

  /** The entity of a recognised mention. */
  entityOf(m: RawMention): string {
    this.ensure();
    if (m.type === 'PERSON' && m.local) {
      const id = this.formEntity.get(fidOf('PERSON', m.local));
      if (id) return id;
    }
    return this.formEntity.get(fidOf(m.type, m.key)) ?? slug(m.key);
  }

  /**
   * What the corpus knows about a capitalised word the file could not decide on: a defined
   * acronym, a surname of a known person (preferring a full name of the same file), or a
   * one-word institution or place named elsewhere.
   */
  promote(w: WeakCandidate, localSurnames: ReadonlyMap<string, RawMention>): Promotion | undefined {
    this.ensure();
    if (w.upper) {
      const d = this.acronymDef.get(w.key);
      if (d) {
        const id = this.formEntity.get(fidOf(d.type, d.fullKey));
        if (id) return { type: d.type, entityId: id };
      }
    }
    const sk = translit(w.key);
    const person = this.surnameEntity.get(sk);
    if (person) {
      const local = localSurnames.get(sk);
      if (local) return { type: 'PERSON', entityId: this.entityOf(local) };
      return { type: 'PERSON', entityId: person };
    }
    return this.singleWordEntity.get(w.key);
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}

/** A file's full person names by transliterated surname (first occurrence), for `promote`. */
export function localSurnameIndex(mentions: readonly RawMention[]): Map<string, RawMention> {
  const out = new Map<string, RawMention>();
  for (const m of mentions) {
    if (m.type !== 'PERSON' || !m.name.includes(' ')) continue;
    for (const p of m.name.split(' ').slice(1)) if (p.length > 1 && !out.has(translit(p))) out.set(translit(p), m);
  }
  return out;
}
