/**
 * Reading and writing the corrections file defensively: a hand-edited file with a typo must give
 * one clear notice and keep the defaults, never crash the server or drop the entries that are fine.
 */
import { NAME_TYPES_SET } from './nameTypes';
import type { NameType } from '../types';
import { emptyAnnotations, type Annotations } from './schema';

export interface ParsedAnnotations {
  annotations: Annotations;
  /** Set when the file (or some entries) could not be read; the defaults or the good entries are kept. */
  notice?: string;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length < 10_000;

export function parseAnnotations(json: string): ParsedAnnotations {
  const out = emptyAnnotations();
  if (json.trim() === '') return { annotations: out };
  let raw: unknown;
  try {
    raw = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { annotations: out, notice: `not valid JSON (${(e as Error).message}); using no corrections` };
  }
  if (!isObj(raw)) return { annotations: out, notice: 'not a JSON object; using no corrections' };
  let dropped = 0;
  const list = (key: string): unknown[] => {
    const v = raw[key];
    if (v === undefined) return [];
    if (!Array.isArray(v)) {
      dropped++;
      return [];
    }
    return v;
  };
  const keep = <T>(items: unknown[], read: (v: unknown) => T | undefined, into: T[]) => {
    for (const item of items) {
      const r = read(item);
      if (r === undefined) dropped++;
      else into.push(r);
    }
  };
  keep(list('ignoreBoilerplate'), (v) => (isStr(v) ? v : undefined), out.ignoreBoilerplate);
  keep(list('notBoilerplate'), (v) => (isStr(v) ? v : undefined), out.notBoilerplate);
  keep(list('notEntity'), (v) => (isObj(v) && isStr(v.text) && (v.file === undefined || isStr(v.file)) ? { text: v.text, ...(v.file ? { file: v.file } : {}) } : undefined), out.notEntity);
  keep(list('entityType'), (v) => (isObj(v) && isStr(v.text) && typeof v.type === 'string' && NAME_TYPES_SET.has(v.type) ? { text: v.text, type: v.type as Annotations['entityType'][number]['type'] } : undefined), out.entityType);
  keep(list('merge'), (v) => (isObj(v) && Array.isArray(v.ids) && v.ids.length >= 2 && v.ids.every(isStr) ? { ids: v.ids as string[] } : undefined), out.merge);
  keep(list('split'), (v) => (isObj(v) && isStr(v.text) ? { text: v.text } : undefined), out.split);
  keep(list('canonical'), (v) => (isObj(v) && isStr(v.id) && isStr(v.name) ? { id: v.id, name: v.name } : undefined), out.canonical);
  const accepted: NonNullable<Annotations['accepted']> = [];
  keep(
    list('accepted'),
    (v) =>
      isObj(v) && isStr(v.text) && typeof v.type === 'string' && NAME_TYPES_SET.has(v.type) && (v.file === undefined || isStr(v.file))
        ? { text: v.text, type: v.type as NameType, ...(v.file ? { file: v.file } : {}) }
        : undefined,
    accepted,
  );
  const reviewed: NonNullable<Annotations['reviewed']> = [];
  keep(list('reviewed'), (v) => (isObj(v) && isStr(v.file) && isStr(v.hash) ? { file: v.file, hash: v.hash } : undefined), reviewed);
  out.accepted = accepted;
  out.reviewed = reviewed;
  return dropped ? { annotations: out, notice: `${dropped} malformed entr${dropped === 1 ? 'y' : 'ies'} ignored` } : { annotations: out };
}

/** Stable, merge-friendly text: keys in a fixed order, one entry per line, sorted entries. */
export function serializeAnnotations(a: Annotations): string {
  const sortBy = <T>(xs: T[], key: (x: T) => string) => [...xs].sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
  const lines = (xs: unknown[]) => (xs.length ? `[\n${xs.map((x) => `    ${JSON.stringify(x)}`).join(',\n')}\n  ]` : '[]');
  const uniq = (xs: string[]) => [...new Set(xs)].sort();
  const body = [
    `  "version": 1`,
    `  "ignoreBoilerplate": ${lines(uniq(a.ignoreBoilerplate))}`,
    `  "notBoilerplate": ${lines(uniq(a.notBoilerplate))}`,
    `  "notEntity": ${lines(sortBy(a.notEntity, (x) => `${x.text}\u0000${x.file ?? ''}`))}`,
    `  "entityType": ${lines(sortBy(a.entityType, (x) => x.text))}`,
    `  "merge": ${lines(sortBy(a.merge.map((m) => ({ ids: uniq(m.ids) })), (x) => x.ids.join(',')))}`,
    `  "split": ${lines(sortBy(a.split, (x) => x.text))}`,
    `  "canonical": ${lines(sortBy(a.canonical, (x) => x.id))}`,
  ];
  // The review state is written only once there is some: a file without it reads (and diffs) as before.
  if (a.accepted?.length) body.push(`  "accepted": ${lines(sortBy(a.accepted, (x) => `${x.text}\u0000${x.type}\u0000${x.file ?? ''}`))}`);
  if (a.reviewed?.length) body.push(`  "reviewed": ${lines(sortBy(a.reviewed, (x) => x.file))}`);
  return `{\n${body.join(',\n')}\n}\n`;
}
