/**
 * A file's facts as an indexing thread posts them to the main thread. A structured clone writes
 * every object with its field names and every string on its own, and reading them back was the
 * slowest part of receiving a batch on the main thread (and as much garbage for it to collect).
 * Here names, weak words and dates are columns of small integers, their strings listed once per
 * file, and every `text` that is the article's own slice (all of them, in practice) is left out
 * and sliced again on arrival: a fraction of the size, read back several times faster (figures in
 * CHANGELOG.md, stop 17). The columns are plain arrays, not typed arrays: they arrive in the heap's young
 * generation and die there, instead of as buffers allocated apart.
 *
 * `fromWire(toWire(facts), text)` equals `facts`: the same fields, present or absent alike.
 */
import type { BoilerplateFacts } from '../boilerplate';
import { adoptChrome } from '../boilerplate/chrome';
import type { AcronymDef, FileAnalysis, RawMention, Strength, WeakCandidate } from '../entities/recognize';
import type { CandKind } from '../entities/context';
import type { DateMention, NameType } from '../types';
import type { FileFacts } from './facts';

export interface WireFacts {
  /** M_FIELDS integers per name mention (see M_*). */
  mentions: number[];
  /** Per mention and one more: where its roles start in `roles`. */
  roleStart: number[];
  /** String indices of every mention's roles, in order. */
  roles: number[];
  /** W_FIELDS integers per weak word (see W_*). */
  weak: number[];
  acronyms: AcronymDef[];
  /** The learner's evidence, as the analysis gives it (`FileAnalysis.features`, `featureStart`). */
  features: number[];
  featureStart: number[];
  contextStart: number[];
  /** D_FIELDS integers per date (see D_*). */
  dates: number[];
  /** The strings the columns point at, each once. */
  strings: string[];
  boilerplate: BoilerplateFacts;
}

const NAME_TYPES: readonly NameType[] = ['PERSON', 'INSTITUTION', 'PLACE'];

/** A string column's value when the field is absent from the object, and when it holds `undefined` (or `null`). */
const ABSENT = -2;
const NOTHING = -1;
/** The `text` column when the text is the article's slice at the mention's span. */
const SLICE = -1;

const M_START = 0;
const M_END = 1;
const M_TYPE = 2;
const M_TEXT = 3;
const M_KIND = 4;
const M_GAZ = 5;
const M_KEY = 6;
const M_NAME = 7;
const M_LOCAL = 8;
const M_STRENGTH = 9;
const M_FIELDS = 10;

const W_START = 0;
const W_END = 1;
const W_TEXT = 2;
const W_KEY = 3;
const W_UPPER = 4;
const W_FIELDS = 5;

const D_START = 0;
const D_END = 1;
const D_TEXT = 2;
const D_VALUE = 3;
const D_RESOLVED = 4;
/** The weekday as written, or ABSENT when the date has no weekday check. */
const D_WRITTEN = 5;
const D_ACTUAL = 6;
const D_OK = 7;
const D_FIELDS = 8;

class StringList {
  readonly list: string[] = [];
  private readonly ids = new Map<string, number>();

  id(s: string | null | undefined): number {
    if (s === undefined || s === null) return NOTHING;
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.list.length;
      this.list.push(s);
      this.ids.set(s, id);
    }
    return id;
  }
}

/** The facts of `text`, to post (see the module comment). */
export function toWire(facts: FileFacts, text: string): WireFacts {
  const strings = new StringList();
  const textId = (s: string, start: number, end: number) => (s.length === end - start && text.startsWith(s, start) ? SLICE : strings.id(s));
  const { mentions: ms, weak: ws, acronyms } = facts.names;

  // Fields pushed in column order (M_*, W_*, D_*).
  const mentions: number[] = [];
  const roleStart: number[] = [0];
  const roles: number[] = [];
  for (const m of ms) {
    mentions.push(m.start, m.end, NAME_TYPES.indexOf(m.type), textId(m.text, m.start, m.end), strings.id(m.kind));
    mentions.push('gazId' in m ? strings.id(m.gazId) : ABSENT, strings.id(m.key), strings.id(m.name), 'local' in m ? strings.id(m.local) : ABSENT, m.strength);
    for (const r of m.roles) roles.push(strings.id(r));
    roleStart.push(roles.length);
  }
  const weak: number[] = [];
  for (const w of ws) weak.push(w.start, w.end, textId(w.text, w.start, w.end), strings.id(w.key), (w.articled ? 2 : w.upper ? 1 : w.sentenceStart ? 3 : 0) | (w.inRun ? 4 : 0) | (w.onMenu ? 8 : 0));
  const dates: number[] = [];
  for (const d of facts.dates) {
    const check = d.weekday;
    dates.push(d.start, d.end, textId(d.text, d.start, d.end), strings.id(d.value), strings.id(d.resolved));
    dates.push(check ? strings.id(check.written) : ABSENT, check ? strings.id(check.actual) : ABSENT, check?.ok ? 1 : 0);
  }
  const { features, featureStart, contextStart } = facts.names;
  return { mentions, roleStart, roles, weak, acronyms, features, featureStart, contextStart, dates, strings: strings.list, boilerplate: facts.boilerplate };
}

/**
 * The facts `toWire` was given, made on this thread: mentions and dates in the fields and order
 * the analysis makes them, texts sliced from `text` (the same article), chrome reasons shared.
 */
export function fromWire(w: WireFacts, text: string): FileFacts {
  const s = w.strings;
  const str = (id: number) => (id >= 0 ? s[id] : undefined);
  const textAt = (id: number, start: number, end: number) => (id === SLICE ? text.slice(start, end) : s[id]);

  const mentions = new Array<RawMention>(w.mentions.length / M_FIELDS);
  for (let i = 0; i < mentions.length; i++) {
    const at = i * M_FIELDS;
    const c = w.mentions;
    const start = c[at + M_START];
    const end = c[at + M_END];
    const roles: string[] = [];
    for (let k = w.roleStart[i]; k < w.roleStart[i + 1]; k++) roles.push(s[w.roles[k]]);
    const type = NAME_TYPES[c[at + M_TYPE]];
    const mtext = textAt(c[at + M_TEXT], start, end);
    const kind = s[c[at + M_KIND]] as CandKind;
    const key = s[c[at + M_KEY]];
    const name = s[c[at + M_NAME]];
    const strength = c[at + M_STRENGTH] as Strength;
    const m: RawMention = c[at + M_GAZ] === ABSENT ? { type, start, end, text: mtext, roles, kind, strength, key, name } : { type, start, end, text: mtext, roles, kind, strength, gazId: str(c[at + M_GAZ]), key, name };
    if (c[at + M_LOCAL] !== ABSENT) m.local = str(c[at + M_LOCAL]);
    mentions[i] = m;
  }

  const weak = new Array<WeakCandidate>(w.weak.length / W_FIELDS);
  for (let i = 0; i < weak.length; i++) {
    const at = i * W_FIELDS;
    const c = w.weak;
    const start = c[at + W_START];
    const end = c[at + W_END];
    const caps = c[at + W_UPPER] & 3;
    const base: WeakCandidate = { start, end, text: textAt(c[at + W_TEXT], start, end), key: s[c[at + W_KEY]], upper: caps === 1 || caps === 2 };
    if (caps === 2) base.articled = true;
    else if (caps === 3) base.sentenceStart = true;
    if (c[at + W_UPPER] & 4) base.inRun = true;
    if (c[at + W_UPPER] & 8) base.onMenu = true;
    weak[i] = base;
  }

  const names: FileAnalysis = { mentions, weak, acronyms: w.acronyms, features: w.features, featureStart: w.featureStart, contextStart: w.contextStart };
  const dates = new Array<DateMention>(w.dates.length / D_FIELDS);
  for (let i = 0; i < dates.length; i++) {
    const at = i * D_FIELDS;
    const c = w.dates;
    const start = c[at + D_START];
    const end = c[at + D_END];
    const dtext = textAt(c[at + D_TEXT], start, end);
    const value = str(c[at + D_VALUE]) ?? null;
    const resolved = str(c[at + D_RESOLVED]) ?? null;
    // The fields in the order `findDates` writes them (see `unpackDates`).
    dates[i] =
      c[at + D_WRITTEN] === ABSENT
        ? { type: 'DATE', start, end, text: dtext, value, resolved }
        : { type: 'DATE', start, end, text: dtext, value, resolved, weekday: { written: s[c[at + D_WRITTEN]], actual: s[c[at + D_ACTUAL]], ok: c[at + D_OK] === 1 } };
  }

  return { dates, names, boilerplate: { ...w.boilerplate, chrome: adoptChrome(w.boilerplate.chrome) } };
}
