/**
 * The linker's input: what the files contributed, counted. Per form its spellings, counts and the
 * files that mention it; the acronym definitions with their counts; the files of each weak word.
 * `add` counts one file in, `remove` takes exactly that back; the forms and acronyms touched since
 * the linker last looked wait in `dirtyForms` and `dirtyAcronyms`.
 */
import type { AcronymDef, FileAnalysis, RawMention } from '../entities/recognize';
import { detached } from '../text/normalize';
import type { NameType } from '../types';
import { IntStack } from '../collections/intStack';
import { ListPool } from '../collections/listPool';
import { NameIds } from '../collections/nameIds';
import { spellingNamed, withoutSpelling, withSpelling, type Form, type Spelling } from './forms';
import { translit } from './similarity';

/**
 * What `add` counted for one file, which is all `remove` needs to take it back: a file's records
 * keep this instead of its recognised mentions (one pointer per mention, no strings of its own).
 */
export interface FileLinks {
  /** Per mention (in the analysis's order): the spelling it counts in, hence its form. */
  spellings: Spelling[];
  /** Mentions counted as venues (their indices). */
  venues: number[];
  /** Mentions that take another form's entity (a one-word name standing for a full name of the file): index → form. */
  localAt: number[];
  localForm: Form[];
  acronyms: AcronymDef[];
  /** The file's weak words, folded and transliterated, each once. */
  weakKeys: string[];
}

const NO_NUMBERS: number[] = [];
const NO_FORMS: Form[] = [];

export class FormTable {
  /** Forms by type, then key (no `fid` string to build for a look-up). */
  readonly forms: Record<NameType, Map<string, Form>> = { PERSON: new Map(), INSTITUTION: new Map(), PLACE: new Map() };
  private readonly defs = new Map<string, Map<string, { def: AcronymDef; count: number }>>();
  readonly dirtyForms = new Set<Form>();
  readonly dirtyAcronyms = new Set<string>();
  /** Files by weak-word key (folded, and transliterated). */
  readonly weakFiles = new Map<string, Set<string>>();
  /** Files as small ids, for the forms' file lists. */
  private readonly fileIds = new NameIds();
  /** Every form's files (see `Form.list`); lists of forms that left are reused. */
  private readonly formFiles = new ListPool();
  private readonly freeLists = new IntStack();
  private nextList = 0;

  /** `stale`: where a file added or removed is marked as to be resolved again. */
  constructor(private readonly stale: Set<string>) {}

  /** Count a file's recognised names, acronym definitions and weak words; `remove` takes the result back. */
  add(file: string, a: FileAnalysis): FileLinks {
    const spellings = new Array<Spelling>(a.mentions.length);
    let venues = NO_NUMBERS;
    const id = this.fileIds.idOf(file);
    for (let i = 0; i < a.mentions.length; i++) {
      const m = a.mentions[i];
      const sp = this.spellingOf(m);
      const venue = m.kind === 'venue';
      if (venue) (venues === NO_NUMBERS ? (venues = []) : venues).push(i);
      this.count(sp, venue, 1);
      // This file's mentions are counted together: a form it already names has it last.
      const f = sp.form;
      const pool = this.formFiles;
      const size = pool.size(f.list);
      if (size === 0 || pool.data[pool.start(f.list) + size - 1] !== id) pool.push(f.list, id);
      spellings[i] = sp;
    }
    let localAt = NO_NUMBERS;
    let localForm = NO_FORMS;
    for (let i = 0; i < a.mentions.length; i++) {
      const m = a.mentions[i];
      // The full name is a mention of this same file, so its form exists now.
      const f = m.type === 'PERSON' && m.local ? this.forms.PERSON.get(m.local) : undefined;
      if (!f) continue;
      if (localAt === NO_NUMBERS) [localAt, localForm] = [[], []];
      localAt.push(i);
      localForm.push(f);
    }
    for (const d of a.acronyms) this.countDef(d, 1);
    // Weak words are indexed by their folded and their transliterated spelling (surname keys are transliterated).
    const weakKeys = new Set<string>();
    for (const w of a.weak) {
      weakKeys.add(w.key);
      weakKeys.add(translit(w.key));
    }
    for (const key of weakKeys) {
      const s = this.weakFiles.get(key);
      if (s) s.add(file);
      else this.weakFiles.set(key, new Set([file]));
    }
    this.stale.add(file);
    return { spellings, venues, localAt, localForm, acronyms: a.acronyms, weakKeys: [...weakKeys] };
  }

  remove(file: string, links: FileLinks): void {
    const venue = new Set(links.venues);
    const forms = new Set<Form>();
    for (let i = 0; i < links.spellings.length; i++) {
      this.count(links.spellings[i], venue.has(i), -1);
      forms.add(links.spellings[i].form);
    }
    const id = this.fileIds.idOf(file);
    const pool = this.formFiles;
    for (const f of forms) {
      const start = pool.start(f.list);
      const size = pool.size(f.list);
      for (let k = 0; k < size; k++) {
        if (pool.data[start + k] !== id) continue;
        pool.cut(f.list, k, 1);
        break;
      }
    }
    for (const d of links.acronyms) this.countDef(d, -1);
    for (const key of links.weakKeys) {
      const s = this.weakFiles.get(key);
      if (!s) continue;
      s.delete(file);
      if (s.size === 0) this.weakFiles.delete(key);
    }
    this.stale.add(file);
  }

  /** The files that mention form `f`. */
  *filesOfForm(f: Form): Generator<string> {
    const pool = this.formFiles;
    const start = pool.start(f.list);
    const size = pool.size(f.list);
    for (let k = 0; k < size; k++) yield this.fileIds.names[pool.data[start + k]];
  }

  /** Forget a form no file mentions any more: the next new form takes its (empty) file list. */
  drop(f: Form): void {
    this.forms[f.type].delete(f.key);
    this.formFiles.clear(f.list);
    this.freeLists.push(f.list);
  }

  /** The most frequent definition of an acronym (ties: the smaller full key, then the smaller type). */
  definitionOf(acronym: string): AcronymDef | undefined {
    let best: { def: AcronymDef; count: number } | undefined;
    for (const v of this.defs.get(acronym)?.values() ?? []) {
      if (!best || v.count > best.count || (v.count === best.count && (v.def.fullKey < best.def.fullKey || (v.def.fullKey === best.def.fullKey && v.def.type < best.def.type)))) best = v;
    }
    return best?.def;
  }

  /** The spelling slot of a mention, creating its form and spelling as needed. */
  private spellingOf(m: RawMention): Spelling {
    let f = this.forms[m.type].get(m.key);
    if (!f) {
      const gazId = m.key.startsWith('gaz:') ? m.key.slice(4) : m.gazId;
      // Forms and spellings outlive the file that first named them: their strings must not point into its text.
      const key = detached(m.key);
      const list = this.freeLists.length > 0 ? this.freeLists.data[--this.freeLists.length] : this.nextList++;
      // Every field from the start: one added later would go to a property block of its own, for every form.
      f = { type: m.type, key, gazId, spellings: undefined, name: '', venueCount: 0, count: 0, list, ix: undefined, seenCount: 0, seenName: '', cluster: undefined, entity: undefined, comp2: undefined };
      this.forms[m.type].set(key, f);
    }
    let sp = spellingNamed(f.spellings, m.name);
    if (!sp) {
      sp = { form: f, name: detached(m.name), count: 0 };
      f.spellings = withSpelling(f.spellings, sp);
    }
    return sp;
  }

  private count(sp: Spelling, venue: boolean, sign: 1 | -1): void {
    const f = sp.form;
    f.count += sign;
    sp.count += sign;
    // A spelling no mention uses any more leaves the form (a new one is made if it comes back).
    if (sp.count <= 0 && spellingNamed(f.spellings, sp.name) === sp) f.spellings = withoutSpelling(f.spellings, sp.name);
    if (venue) f.venueCount += sign;
    this.dirtyForms.add(f);
  }

  private countDef(d: AcronymDef, sign: 1 | -1): void {
    let m = this.defs.get(d.acronym);
    if (!m) {
      if (sign < 0) return;
      this.defs.set(d.acronym, (m = new Map()));
    }
    const k = d.type + '\u0000' + d.fullKey;
    const cur = m.get(k) ?? { def: d, count: 0 };
    cur.count += sign;
    if (cur.count > 0) m.set(k, cur);
    else m.delete(k);
    if (m.size === 0) this.defs.delete(d.acronym);
    this.dirtyAcronyms.add(d.acronym);
  }
}
