/**
 * Diagnostics for one file: duplicated boilerplate, site chrome, site-template furniture, a weekday
 * that does not match its date, one entity spelled inconsistently in one file. Each kind has a stable `code` and its own
 * severity setting (`off` switches it off). Publishing (which files, when) is the server's business.
 */
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import { nameComparisonKey, type BoilerplateBlock, type DateMention, type Entity, type NameMention } from '../core';
import type { Severity } from '../workspace/settings';
import type { FeatureContext } from './context';
import type { LineMap } from '../workspace/positions';
import { fileGuesses } from './review';

export const DIAGNOSTIC_SOURCE = 'seed-lens';

export const DiagnosticCode = {
  duplicate: 'duplicate-boilerplate',
  chrome: 'site-chrome',
  template: 'site-template',
  weekday: 'weekday-mismatch',
  spelling: 'inconsistent-spelling',
  uncertain: 'uncertain-name',
} as const;

/** Guesses less sure than this are flagged by the uncertain-name diagnostic (when it is on). */
export const UNCERTAIN_BELOW = 0.5;

/**
 * At most this many other copies are listed in `relatedInformation` (the message gives the count).
 * A site's sidebar can sit in hundreds of articles: listing many of them made related copies most of
 * what a large workspace's diagnostics weigh, for the editor to parse and show as rows nobody reads;
 * the quick fix still removes the block from every file that has it (docs/performance.md).
 */
export const MAX_RELATED = 5;

function toSeverity(s: Severity): DiagnosticSeverity | undefined {
  switch (s) {
    case 'hint':
      return DiagnosticSeverity.Hint;
    case 'information':
      return DiagnosticSeverity.Information;
    case 'warning':
      return DiagnosticSeverity.Warning;
    default:
      return undefined;
  }
}

export function diagnostics(ctx: FeatureContext, file: string): Diagnostic[] {
  const lines = ctx.lines(file);
  if (!lines) return [];
  const cfg = ctx.settings.diagnostics;
  const out: Diagnostic[] = [];
  const dup = toSeverity(cfg.duplicate);
  const chrome = toSeverity(cfg.chrome);
  const template = toSeverity(cfg.template);
  if (dup !== undefined || chrome !== undefined || template !== undefined) {
    for (const b of ctx.index.boilerplate(file)) {
      if (b.kind === 'duplicate' && dup !== undefined) out.push(duplicateDiagnostic(ctx, file, lines, b, dup));
      else if (b.kind === 'chrome' && chrome !== undefined) out.push(chromeDiagnostic(ctx, lines, b, chrome));
      else if (b.kind === 'template' && template !== undefined) out.push(templateDiagnostic(ctx, file, lines, b, template));
    }
  }
  const weekday = toSeverity(cfg.weekday);
  if (weekday !== undefined) {
    for (const d of ctx.index.dates(file)) if (d.weekday && !d.weekday.ok) out.push(weekdayDiagnostic(ctx, lines, d, weekday));
  }
  const spelling = toSeverity(cfg.inconsistentSpelling);
  if (spelling !== undefined) {
    for (const { mention, preferred } of inconsistentSpellings(ctx, file)) {
      out.push({
        range: lines.range(mention.start, mention.end),
        severity: spelling,
        source: DIAGNOSTIC_SOURCE,
        code: DiagnosticCode.spelling,
        message: ctx.t.diag.spelling(mention.text, preferred),
        data: { preferred },
      });
    }
  }
  const uncertain = toSeverity(cfg.uncertain);
  if (uncertain !== undefined) {
    for (const g of fileGuesses(ctx, file)) {
      if (g.confidence >= UNCERTAIN_BELOW) continue;
      out.push({
        range: lines.range(g.start, g.end),
        severity: uncertain,
        source: DIAGNOSTIC_SOURCE,
        code: DiagnosticCode.uncertain,
        message: ctx.t.diag.uncertain(g.text, ctx.t.type[g.type][0], ctx.t.percent(g.confidence)),
        data: { type: g.type, confidence: g.confidence },
      });
    }
  }
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

function duplicateDiagnostic(ctx: FeatureContext, file: string, lines: LineMap, b: BoilerplateBlock, severity: DiagnosticSeverity): Diagnostic {
  const others = otherCopies(file, b);
  const relatedInformation: DiagnosticRelatedInformation[] = [];
  for (const c of others) {
    if (relatedInformation.length >= MAX_RELATED) break;
    const copyLines = ctx.lines(c.file);
    if (copyLines) relatedInformation.push({ location: { uri: c.file, range: copyLines.range(c.start, c.end) }, message: ctx.t.diag.otherCopy });
  }
  const files = [...new Set(others.map((c) => c.file))];
  const where = files.length > 0 ? ctx.label(files[0]) : '?';
  return {
    range: lines.range(b.start, b.end),
    severity,
    source: DIAGNOSTIC_SOURCE,
    code: DiagnosticCode.duplicate,
    message: ctx.t.diag.duplicate(where, Math.max(0, files.length - 1)),
    tags: [DiagnosticTag.Unnecessary],
    relatedInformation,
    data: { fingerprint: b.fingerprint },
  };
}

/** The block's copies, itself left out (a detector may list every copy, this one included). */
export function otherCopies(file: string, b: BoilerplateBlock): BoilerplateBlock['copies'] {
  return b.copies.filter((c) => !(c.file === file && c.start === b.start));
}

function chromeDiagnostic(ctx: FeatureContext, lines: LineMap, b: BoilerplateBlock, severity: DiagnosticSeverity): Diagnostic {
  return {
    range: lines.range(b.start, b.end),
    severity,
    source: DIAGNOSTIC_SOURCE,
    code: DiagnosticCode.chrome,
    message: ctx.t.diag.chrome(b.reason),
    tags: [DiagnosticTag.Unnecessary],
    data: { fingerprint: b.fingerprint },
  };
}

/** A template line: its shape, of which site, and the same-shaped lines of other articles. */
function templateDiagnostic(ctx: FeatureContext, file: string, lines: LineMap, b: BoilerplateBlock, severity: DiagnosticSeverity): Diagnostic {
  const relatedInformation: DiagnosticRelatedInformation[] = [];
  for (const c of otherCopies(file, b)) {
    if (relatedInformation.length >= MAX_RELATED) break;
    const copyLines = ctx.lines(c.file);
    if (copyLines) relatedInformation.push({ location: { uri: c.file, range: copyLines.range(c.start, c.end) }, message: ctx.t.diag.sameShape });
  }
  const ev = b.template;
  return {
    range: lines.range(b.start, b.end),
    severity,
    source: DIAGNOSTIC_SOURCE,
    code: DiagnosticCode.template,
    // Not the count of articles (the hover gives it): a page of the site added or changed elsewhere
    // would otherwise change the message of every other page of the site.
    message: ev ? ctx.t.diag.template(ev.shape, ev.site) : ctx.t.diag.chrome(b.reason),
    tags: [DiagnosticTag.Unnecessary],
    relatedInformation,
    data: { fingerprint: b.fingerprint },
  };
}

/** The diagnostic code of a boilerplate block's kind. */
export function boilerplateCode(b: BoilerplateBlock): string {
  return b.kind === 'duplicate' ? DiagnosticCode.duplicate : b.kind === 'template' ? DiagnosticCode.template : DiagnosticCode.chrome;
}

/** Where the written weekday stands inside the date mention (the whole mention when not found). */
export function weekdaySpan(d: DateMention): { start: number; end: number } {
  const w = d.weekday?.written;
  if (w) {
    const i = d.text.toLowerCase().indexOf(w.toLowerCase());
    if (i >= 0) return { start: d.start + i, end: d.start + i + w.length };
  }
  return { start: d.start, end: d.end };
}

function weekdayDiagnostic(ctx: FeatureContext, lines: LineMap, d: DateMention, severity: DiagnosticSeverity): Diagnostic {
  const t = ctx.t;
  const w = d.weekday!;
  const span = weekdaySpan(d);
  const date = d.resolved ? t.longDate(d.resolved, false) : (d.value ?? d.text);
  return {
    range: lines.range(span.start, span.end),
    severity,
    source: DIAGNOSTIC_SOURCE,
    code: DiagnosticCode.weekday,
    message: t.diag.weekday(w.written, date, t.weekday(w.actual)),
    data: { actual: w.actual },
  };
}

const isAllCaps = (s: string) => s === s.toUpperCase() && s !== s.toLowerCase();
const hasNonAscii = (s: string) => {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return true;
  return false;
};

/**
 * Of several spellings of one name that differ only in case and accents, the one to write:
 * the canonical name's own spelling, else not all capitals, else accented, else the most used.
 */
export function preferredSpelling(entity: Entity | undefined, spellings: readonly string[], countInFile: (s: string) => number): string {
  const corpus = new Map(entity?.variants.map((v) => [v.text, v.count]) ?? []);
  const score = (s: string): number[] => [
    entity && entity.canonical.includes(s) ? 1 : 0,
    isAllCaps(s) ? 0 : 1,
    hasNonAscii(s) ? 1 : 0,
    corpus.get(s) ?? 0,
    countInFile(s),
  ];
  let best = spellings[0];
  let bestScore = score(best);
  for (const s of spellings.slice(1)) {
    const sc = score(s);
    const i = sc.findIndex((v, k) => v !== bestScore[k]);
    if (i >= 0 && sc[i] > bestScore[i]) {
      best = s;
      bestScore = sc;
    }
  }
  return best;
}

/** Mentions of one entity in one file written differently from the file's preferred spelling of the same name. */
export function inconsistentSpellings(ctx: FeatureContext, file: string): { mention: NameMention; preferred: string }[] {
  const byEntity = new Map<string, NameMention[]>();
  for (const m of ctx.index.nameMentions(file)) {
    const g = byEntity.get(m.entityId);
    if (g) g.push(m);
    else byEntity.set(m.entityId, [m]);
  }
  const out: { mention: NameMention; preferred: string }[] = [];
  for (const mentions of byEntity.values()) {
    // Most entities are written one way throughout a file: nothing to group (this runs for every
    // file of every sweep).
    if (!mentions.some((m) => m.text !== mentions[0].text)) continue;
    // Spellings of one name are those that differ only in case and accents.
    const groups = new Map<string, NameMention[]>();
    for (const m of mentions) {
      const key = nameComparisonKey(m.text);
      const g = groups.get(key);
      if (g) g.push(m);
      else groups.set(key, [m]);
    }
    for (const g of groups.values()) {
      const spellings = [...new Set(g.map((m) => m.text))];
      if (spellings.length < 2) continue;
      const preferred = preferredSpelling(ctx.entity(g[0].entityId), spellings, (s) => g.filter((m) => m.text === s).length);
      for (const m of g) if (m.text !== preferred) out.push({ mention: m, preferred });
    }
  }
  return out.sort((a, b) => a.mention.start - b.mention.start);
}
