/**
 * Correcting the annotations from the editor: code actions on a name or a selection (not an entity,
 * another type, a missed entity, merge, split, canonical name, a block that is real text), the
 * server command that records one correction in `.seedlens/annotations.json`, and the entity list
 * the client's pickers read. The analysis is never edited: a correction is an entry in that file,
 * re-read by the index like a hand edit would be.
 */
import path from 'node:path';
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import { comparisonKey, contentHash, typedEntityId, type BoilerplateBlock, type Entity, type NameMention, type NameType } from '../core';
import { Commands, CORRECT_COMMAND, type CorrectArgs, type EntitiesParams, type EntityItem, type UndoResult } from '../protocol';
import type { Correction } from '../workspace/annotationsFile';
import type { Folder } from '../workspace/files';
import { normalizeUri, uriToPath } from '../workspace/uri';
import { isName, type FeatureContext } from './context';
import type { FeatureHost } from './host';
import type { LineMap } from '../workspace/positions';

const NAME_TYPES: readonly NameType[] = ['PERSON', 'INSTITUTION', 'PLACE'];
/** Direct "merge with" actions offered for names that look alike. */
const MAX_LOOKALIKES = 3;
/** Longest selection offered as a missed entity. */
const MAX_SELECTION = 120;

const command = (title: string, args: CorrectArgs): CodeAction => ({ title, kind: CodeActionKind.QuickFix, command: { title, command: CORRECT_COMMAND, arguments: [args] } });

/** "Mark this block as real text" for a boilerplate block under the cursor. */
export function notBoilerplateAction(ctx: FeatureContext, file: string, b: BoilerplateBlock, diags: Diagnostic[]): CodeAction | undefined {
  if (!ctx.canWriteAnnotations) return undefined;
  return { ...command(ctx.t.action.notBoilerplate, { uri: file, kind: 'notBoilerplate', fingerprint: b.fingerprint }), diagnostics: diags };
}

/** The corrections offered for the name under the cursor, or for selected words that are not one. */
export function correctionActions(ctx: FeatureContext, file: string, from: number, to: number): CodeAction[] {
  if (!ctx.canWriteAnnotations) return [];
  const lines = ctx.lines(file);
  const text = ctx.index.text(file);
  if (!lines || text === undefined) return [];
  const at = ctx.index.mentionAt(file, from);
  const onName = isName(at) && (from === to || (at.start <= from && to <= at.end) || sameWords(text, from, to, at));
  if (onName) return nameActions(ctx, file, at);
  if (from === to) return [];
  const words = selectedWords(text, from, to, lines);
  if (!words) return [];
  const t = ctx.t;
  return NAME_TYPES.map((type) => command(t.action.markAs(words.text, t.type[type][0]), { uri: file, kind: 'entityType', text: words.text, type }));
}

/** A selection that is the mention give or take surrounding spaces and punctuation. */
function sameWords(text: string, from: number, to: number, m: NameMention): boolean {
  const s = trimSpan(text, from, to);
  return s.start === m.start && s.end === m.end;
}

function nameActions(ctx: FeatureContext, file: string, m: NameMention): CodeAction[] {
  const t = ctx.t;
  const out: CodeAction[] = [
    command(t.action.notEntityEverywhere(m.text), { uri: file, kind: 'notEntity', text: m.text }),
    command(t.action.notEntityHere(m.text), { uri: file, kind: 'notEntity', text: m.text, inFile: true }),
  ];
  for (const type of NAME_TYPES) {
    if (type !== m.type) out.push(command(t.action.changeType(m.text, t.type[type][0]), { uri: file, kind: 'entityType', text: m.text, type }));
  }
  const entity = ctx.entity(m.entityId);
  if (!entity) return out;
  const key = comparisonKey(m.text);
  const otherSpellings = entity.variants.some((v) => comparisonKey(v.text) !== key);
  if (otherSpellings) out.push(command(t.action.split(m.text, entity.canonical), { uri: file, kind: 'split', text: m.text }));
  if (entity.canonical !== m.text) out.push(command(t.action.setCanonical(m.text), { uri: file, kind: 'canonical', id: entity.id, name: m.text }));
  // A split-out spelling forms an entity of its own that a merge cannot name (see the report).
  if (!entity.id.startsWith('split-')) {
    for (const other of lookalikes(ctx, entity)) out.push(command(t.action.mergeWith(other.canonical), { uri: file, kind: 'merge', ids: [entity.id, other.id] }));
    if (ctx.clientCommands.has(Commands.mergeEntities)) {
      const title = t.action.mergeWithPick(entity.canonical);
      out.push({ title, kind: CodeActionKind.QuickFix, command: { title, command: Commands.mergeEntities, arguments: [{ uri: file, id: entity.id }] } });
    }
  }
  return out;
}

const STOP = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'et', 'en', 'a', 'au', 'aux', 'pour', 'sur']);

/** The significant words of a name, folded (`Fédération de Russie` → federation, russie). */
function words(s: string): string[] {
  return comparisonKey(s)
    .split(' ')
    .filter((w) => w.length >= 3 && !STOP.has(w));
}

/**
 * Other entities of the same type whose names look like this one: people sharing a surname (the
 * last word of a spelling), bodies and places whose significant words include all of the other's.
 */
export function lookalikes(ctx: FeatureContext, entity: Entity): Entity[] {
  const mine = entity.variants.map((v) => v.text).concat(entity.canonical);
  const surnames = new Set(mine.map((s) => words(s).at(-1)).filter((w): w is string => !!w));
  const myWords = mine.map((s) => new Set(words(s))).filter((w) => w.size > 0);
  const contains = (big: Set<string>, small: Set<string>) => small.size > 0 && [...small].every((w) => big.has(w));
  const found: Entity[] = [];
  for (const other of ctx.index.entities()) {
    if (other.id === entity.id || other.type !== entity.type || other.id.startsWith('split-')) continue;
    const theirs = other.variants.map((v) => v.text).concat(other.canonical);
    const alike =
      entity.type === 'PERSON'
        ? theirs.some((s) => surnames.has(words(s).at(-1) ?? ''))
        : theirs.some((s) => {
            const w = new Set(words(s));
            return myWords.some((m) => contains(m, w) || contains(w, m));
          });
    if (alike) found.push(other);
  }
  return found.sort((a, b) => b.mentions.length - a.mentions.length || (a.id < b.id ? -1 : 1)).slice(0, MAX_LOOKALIKES);
}

const EDGE = /[\s.,;:!?«»"“”‘’'()[\]{}–—-]/;
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{M}\p{N}]/u.test(c);

function trimSpan(text: string, from: number, to: number): { start: number; end: number } {
  let start = from;
  let end = to;
  while (start < end && EDGE.test(text[start])) start++;
  while (end > start && EDGE.test(text[end - 1])) end--;
  return { start, end };
}

/** The selected words, widened to whole words and trimmed of spaces and punctuation; one line, with a letter. */
function selectedWords(text: string, from: number, to: number, lines: LineMap): { start: number; end: number; text: string } | undefined {
  let { start, end } = trimSpan(text, Math.min(from, to), Math.max(from, to));
  while (start > 0 && isWordChar(text[start - 1]) && isWordChar(text[start])) start--;
  while (end < text.length && isWordChar(text[end]) && isWordChar(text[end - 1])) end++;
  if (end <= start || end - start > MAX_SELECTION || lines.lineAt(start) !== lines.lineAt(end)) return undefined;
  const words = text.slice(start, end);
  return /\p{L}/u.test(words) && !/[\r\n]/.test(words) ? { start, end, text: words } : undefined;
}

// ---- the server command --------------------------------------------------------------------

const isStr = (v: unknown, max = 1000): v is string => typeof v === 'string' && v.trim().length > 0 && v.length <= max;

/**
 * The corrections `args` ask for (several when they name a whole entity: one per spelling),
 * read against the index where they point at the text; undefined if there is none.
 */
export function toCorrections(ctx: FeatureContext, args: CorrectArgs, folder: Folder | undefined): Correction[] | undefined {
  const file = args.uri;
  const lines = ctx.lines(file);
  const text = ctx.index.text(file);
  let name: NameMention | undefined;
  let selected: string | undefined;
  if (args.range && lines && text !== undefined) {
    const from = lines.offset(args.range.start);
    const to = lines.offset(args.range.end);
    const at = ctx.index.mentionAt(file, from);
    if (isName(at) && (from === to || (at.start <= from && to <= at.end) || sameWords(text, from, to, at))) name = at;
    else if (from !== to) selected = selectedWords(text, from, to, lines)?.text;
  }
  const surface = isStr(args.text) ? args.text.trim() : (name?.text ?? selected);
  const one = (c: Correction | undefined) => (c ? [c] : undefined);
  switch (args.kind) {
    case 'notEntity': {
      if (isStr(args.entity)) return spellingsOf(ctx, args.entity)?.map((t): Correction => ({ kind: 'notEntity', text: t }));
      if (!surface) return undefined;
      if (!args.inFile) return [{ kind: 'notEntity', text: surface }];
      return [{ kind: 'notEntity', text: surface, file: relativeFile(file, folder) }];
    }
    case 'entityType': {
      const type = args.type;
      if (!type || !NAME_TYPES.includes(type)) return undefined;
      if (isStr(args.entity)) return retypeEntity(ctx, args.entity, type);
      return one(surface ? { kind: 'entityType', text: surface, type } : undefined);
    }
    case 'accept': {
      const type = args.type ?? name?.type;
      if (!surface || !type || !NAME_TYPES.includes(type)) return undefined;
      return [args.inFile ? { kind: 'accept', text: surface, type, file: relativeFile(file, folder) } : { kind: 'accept', text: surface, type }];
    }
    case 'reviewed': {
      if (text === undefined) return undefined;
      return [args.reviewed === false ? { kind: 'reviewed', file: relativeFile(file, folder) } : { kind: 'reviewed', file: relativeFile(file, folder), hash: contentHash(text) }];
    }
    case 'split':
      return one(surface ? { kind: 'split', text: surface } : undefined);
    case 'canonical': {
      const id = isStr(args.id) ? args.id : name?.entityId;
      const canonical = isStr(args.name) ? args.name.trim() : surface;
      return one(id && canonical ? { kind: 'canonical', id, name: canonical } : undefined);
    }
    case 'merge': {
      const ids = Array.isArray(args.ids) ? [...new Set(args.ids.filter((x) => isStr(x)))] : [];
      return one(ids.length >= 2 ? { kind: 'merge', ids } : undefined);
    }
    case 'notBoilerplate':
    case 'ignoreBoilerplate':
      return one(isStr(args.fingerprint) ? { kind: args.kind, fingerprint: args.fingerprint } : undefined);
    default:
      return undefined;
  }
}

/** An entity's spellings, one per comparison key (`GOITA` and `Goïta` are one surface to a correction). */
function spellingsOf(ctx: FeatureContext, id: string): string[] | undefined {
  const entity = ctx.entity(id);
  if (!entity) return undefined;
  const byKey = new Map<string, string>();
  for (const v of entity.variants) if (!byKey.has(comparisonKey(v.text))) byKey.set(comparisonKey(v.text), v.text);
  return byKey.size ? [...byKey.values()] : undefined;
}

/**
 * Another type for every spelling of an entity. Each retyped spelling forms an entity of its own
 * (`typedEntityId`), so a merge keeps them one entity, as they were.
 */
function retypeEntity(ctx: FeatureContext, id: string, type: NameType): Correction[] | undefined {
  const spellings = spellingsOf(ctx, id);
  if (!spellings) return undefined;
  const out: Correction[] = spellings.map((text) => ({ kind: 'entityType', text, type }));
  const ids = [...new Set(spellings.map((text) => typedEntityId(type, text)))];
  if (ids.length >= 2) out.push({ kind: 'merge', ids });
  return out;
}

/** The file as a per-file correction names it: relative to the folder holding the corrections file (portable), else its URI. */
function relativeFile(uri: string, folder: Folder | undefined): string {
  const p = uriToPath(uri);
  if (p === undefined || !folder) return uri;
  const rel = path.relative(folder.path, p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : uri;
}

/** Runs `CORRECT_COMMAND` with one correction: true when the corrections file says it afterwards. */
export function executeCorrection(ctx: FeatureContext, host: FeatureHost, raw: unknown): boolean {
  return executeCorrections(ctx, host, [raw]);
}

/**
 * Runs `CORRECT_COMMAND`: every argument is one correction, all written at once (one step to undo);
 * true when the corrections file says them all afterwards. Never writes in an untrusted workspace;
 * writes nothing when one of them makes no sense.
 */
export function executeCorrections(ctx: FeatureContext, host: FeatureHost, raws: readonly unknown[]): boolean {
  const given = raws.map((raw) => raw as CorrectArgs | undefined);
  if (given.length === 0 || !given.every((g) => g && typeof g === 'object' && typeof g.uri === 'string' && typeof g.kind === 'string')) return false;
  const all = (given as CorrectArgs[]).map((g) => ({ ...g, uri: normalizeUri(g.uri) }));
  const t = ctx.t;
  if (!host.trusted) {
    host.warn(t.notice.untrusted);
    return false;
  }
  const folder = host.folderFor(all[0].uri);
  if (!folder || all.some((a) => host.folderFor(a.uri)?.path !== folder.path)) {
    host.warn(t.notice.noFolder);
    return false;
  }
  const corrections: Correction[] = [];
  for (const args of all) {
    const list = toCorrections(ctx, args, folder);
    if (!list?.length) {
      host.warn(t.notice.badCorrection);
      return false;
    }
    corrections.push(...list);
  }
  const r = host.addCorrections(folder.path, corrections);
  if (r === 'unreadable') {
    host.warn(t.notice.annotationsUnreadable);
    return false;
  }
  if (r === 'ok') host.reloadAnnotations();
  return true;
}

/** Runs `UNDO_COMMAND`: takes back the last corrections written, unless the file was edited since. */
export function undoCorrection(ctx: FeatureContext, host: FeatureHost): UndoResult {
  const t = ctx.t;
  if (!host.trusted) {
    host.warn(t.notice.untrusted);
    return { result: 'untrusted' };
  }
  const r = host.undoCorrection();
  if (r.result === 'ok') host.reloadAnnotations();
  else host.warn(r.result === 'nothing' ? t.notice.undoNothing : t.notice.undoChanged);
  return { result: r.result };
}

// ---- the entity list ---------------------------------------------------------------------

/** The workspace's entities, most mentioned first. */
export function entities(ctx: FeatureContext, params: EntitiesParams): EntityItem[] {
  const q = typeof params.query === 'string' ? comparisonKey(params.query) : '';
  const limit = typeof params.limit === 'number' && params.limit > 0 ? Math.min(params.limit, 10_000) : 5000;
  const out: EntityItem[] = [];
  for (const e of ctx.index.entities()) {
    if (params.type && e.type !== params.type) continue;
    if (e.mentions.length === 0) continue;
    if (q && !e.variants.some((v) => comparisonKey(v.text).includes(q)) && !comparisonKey(e.canonical).includes(q)) continue;
    out.push({
      id: e.id,
      type: e.type,
      canonical: e.canonical,
      variants: e.variants.map((v) => v.text),
      mentions: e.mentions.length,
      articles: new Set(e.mentions.map((m) => m.file)).size,
    });
  }
  out.sort((a, b) => b.mentions - a.mentions || (a.canonical < b.canonical ? -1 : a.canonical > b.canonical ? 1 : 0));
  return out.slice(0, limit);
}
