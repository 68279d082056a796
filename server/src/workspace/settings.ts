/** The `seedLens.*` settings as the server uses them, read defensively (a typo never breaks the server). */
import type { Decoding } from './files';

export type Severity = 'off' | 'hint' | 'information' | 'warning';

export interface Settings {
  include: string[];
  exclude: string[];
  maxFileSizeMB: number;
  diagnostics: { duplicate: Severity; chrome: Severity; template: Severity; weekday: Severity; inconsistentSpelling: Severity; uncertain: Severity };
  codeLens: { enabled: boolean };
  inlayHints: { dateValues: boolean };
  /** Keep the last diagnostics on disk (outside the workspace) to show them at once next time. */
  cache: { enabled: boolean };
  /** VS Code's `files.encoding` and `files.autoGuessEncoding` for articles: files on disk are decoded as the editor decodes them. */
  files: Decoding;
}

export function defaultSettings(): Settings {
  return {
    include: ['**/seeds/**/*.txt'],
    exclude: ['**/node_modules/**', '**/.git/**'],
    maxFileSizeMB: 5,
    diagnostics: { duplicate: 'information', chrome: 'information', template: 'information', weekday: 'warning', inconsistentSpelling: 'hint', uncertain: 'off' },
    codeLens: { enabled: true },
    inlayHints: { dateValues: false },
    cache: { enabled: true },
    files: { encoding: 'utf8', autoGuessEncoding: false },
  };
}

const SEVERITIES: ReadonlySet<string> = new Set(['off', 'hint', 'information', 'warning', 'error']);

/**
 * Reads the `seedLens` section as VS Code sends it (nested objects: `{ diagnostics: { duplicate } }`),
 * and also flat dotted keys (`{ 'diagnostics.duplicate': … }`) as some clients send them.
 */
export function readSettings(raw: unknown, files?: unknown, filesBefore?: Decoding): Settings {
  const s = defaultSettings();
  // The `files` section: what it does not say stays as it was (a client may answer `{}` for a section it lacks).
  if (filesBefore) s.files = { ...filesBefore };
  if (typeof files === 'object' && files !== null) {
    const f = files as Record<string, unknown>;
    if (typeof f.encoding === 'string' && f.encoding) s.files.encoding = f.encoding;
    if (typeof f.autoGuessEncoding === 'boolean') s.files.autoGuessEncoding = f.autoGuessEncoding;
  }
  if (typeof raw !== 'object' || raw === null) return s;
  const obj = raw as Record<string, unknown>;
  const get = (key: string): unknown => {
    if (key in obj) return obj[key];
    let cur: unknown = obj;
    for (const part of key.split('.')) {
      if (typeof cur !== 'object' || cur === null) return undefined;
      cur = (cur as Record<string, unknown>)[part];
    }
    return cur;
  };
  const strings = (v: unknown): string[] | undefined => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : undefined);
  const severity = (v: unknown, d: Severity): Severity => (typeof v === 'string' && SEVERITIES.has(v) ? (v === 'error' ? 'warning' : (v as Severity)) : d);
  const bool = (v: unknown, d: boolean) => (typeof v === 'boolean' ? v : d);
  s.include = strings(get('include')) ?? s.include;
  s.exclude = strings(get('exclude')) ?? s.exclude;
  const max = get('maxFileSizeMB');
  if (typeof max === 'number' && max > 0 && Number.isFinite(max)) s.maxFileSizeMB = max;
  s.diagnostics.duplicate = severity(get('diagnostics.duplicate'), s.diagnostics.duplicate);
  s.diagnostics.chrome = severity(get('diagnostics.chrome'), s.diagnostics.chrome);
  s.diagnostics.template = severity(get('diagnostics.template'), s.diagnostics.template);
  s.diagnostics.weekday = severity(get('diagnostics.weekday'), s.diagnostics.weekday);
  s.diagnostics.inconsistentSpelling = severity(get('diagnostics.inconsistentSpelling'), s.diagnostics.inconsistentSpelling);
  s.diagnostics.uncertain = severity(get('diagnostics.uncertain'), s.diagnostics.uncertain);
  s.codeLens.enabled = bool(get('codeLens.enabled'), s.codeLens.enabled);
  s.inlayHints.dateValues = bool(get('inlayHints.dateValues'), s.inlayHints.dateValues);
  s.cache.enabled = bool(get('cache.enabled'), s.cache.enabled);
  return s;
}

/** Whether a change of settings means the set of indexed files may differ. */
export function filesSettingsChanged(a: Settings, b: Settings): boolean {
  // A change of decoding changes the texts read from disk: every file is read again.
  return JSON.stringify([a.include, a.exclude, a.maxFileSizeMB, a.files]) !== JSON.stringify([b.include, b.exclude, b.maxFileSizeMB, b.files]);
}
