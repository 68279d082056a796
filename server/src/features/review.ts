/**
 * The review queue: the recognisers' guesses, one item per name and article, the least certain
 * first, each with its context and the evidence for its type. The curator accepts, rejects or
 * retypes them (`CORRECT_COMMAND`: `accept`, `notEntity`, `entityType`); accepted guesses leave
 * the queue, the others change the analysis and leave it too.
 *
 * How sure a guess is: the lower of the recognisers' own `NameMention.confidence` (the name
 * learner's probability for what it typed, the rules' certainty for the rest) and
 * `ruleConfidence`, what the evidence of the name itself says (a one-word name with no title and
 * no known first name, a name written once in the whole corpus…): either one doubting is reason
 * enough to look. `guessConfidence` is the one place that chooses.
 */
import { comparisonKey, gazetteerType, isKnownFirstName, type NameType } from '../core';
import type { I18n } from '../i18n';
import type { ReviewItem, ReviewPage, ReviewParams } from '../protocol';
import type { GuessRow } from './catalog';
import type { FeatureContext } from './context';
import { contextLine } from './explorer';

const DEFAULT_PAGE = 50;
const MAX_PAGE = 500;

/** What a guess rests on: the written name and what stands around it in the corpus. */
export interface GuessEvidence {
  text: string;
  type: NameType;
  /** A title or role stands next to it (`le colonel`, `le ministre`). */
  titled: boolean;
  /** Times a name with the same comparison key is written in the corpus (any entity, any type). */
  inCorpus: number;
  /** The recognisers' own confidence, when they give one. */
  own?: number;
}

/** How sure the guess is, 0..1: the lower of the recognisers' own value (when they give one) and the rules'. */
export function guessConfidence(e: GuessEvidence): number {
  const rules = ruleConfidence(e).confidence;
  return ownDecides(e) ? Math.max(0, Math.min(1, e.own!)) : rules;
}

/** Whether the recognisers' own confidence is lower than what the rules' evidence says. */
function ownDecides(e: GuessEvidence): boolean {
  return typeof e.own === 'number' && Number.isFinite(e.own) && e.own < ruleConfidence(e).confidence;
}

const isAcronym = (w: string) => w.length >= 2 && w.length <= 8 && /^\p{Lu}[\p{Lu}\d]*$/u.test(w);

/**
 * The rules' own uncertainty, with the reasons for it (keys of `I18n.review`, with their
 * arguments). Coarse on purpose: it ranks guesses for a person to look at, it is not a probability.
 */
export function ruleConfidence(e: GuessEvidence): { confidence: number; reasons: Reason[] } {
  const reasons: Reason[] = [];
  const words = e.text.split(/\s+/).filter(Boolean);
  const listed = gazetteerType(e.text);
  let c: number;
  if (listed === e.type) {
    c = 0.95;
    reasons.push({ key: 'gazetteer', type: listed });
  } else if (listed) {
    c = 0.3;
    reasons.push({ key: 'gazetteerOther', type: listed });
  } else if (e.type === 'PERSON') {
    const firstName = words.length >= 2 && isKnownFirstName(words[0]) ? words[0] : undefined;
    if (firstName) reasons.push({ key: 'firstName', word: firstName });
    if (e.titled) reasons.push({ key: 'title' });
    if (words.length === 1) {
      c = e.titled ? 0.6 : 0.35;
      if (!e.titled) reasons.push({ key: 'oneWord' });
    } else {
      c = firstName ? 0.9 : e.titled ? 0.8 : 0.6;
      if (!firstName && !e.titled) reasons.push({ key: 'noCue' });
    }
  } else if (words.length === 1) {
    if (isAcronym(words[0])) {
      c = 0.55;
      reasons.push({ key: 'acronym' });
    } else {
      c = 0.4;
      reasons.push({ key: 'oneWordUnlisted' });
    }
  } else {
    c = 0.7;
    reasons.push({ key: 'unlisted' });
  }
  if (e.inCorpus <= 1) {
    c *= 0.7;
    reasons.push({ key: 'once' });
  } else {
    reasons.push({ key: 'seen', count: e.inCorpus });
  }
  return { confidence: Math.round(c * 100) / 100, reasons };
}

export type Reason =
  | { key: 'gazetteer' | 'gazetteerOther'; type: NameType }
  | { key: 'firstName'; word: string }
  | { key: 'title' | 'oneWord' | 'noCue' | 'acronym' | 'oneWordUnlisted' | 'unlisted' | 'once' }
  | { key: 'seen'; count: number };

/** The evidence for a guess, in the UI language. */
export function evidenceText(t: I18n, e: GuessEvidence, roles: readonly string[]): string[] {
  const out: string[] = [];
  if (ownDecides(e)) out.push(t.review.own(t.percent(e.own!)));
  for (const r of ruleConfidence(e).reasons) {
    switch (r.key) {
      case 'gazetteer':
        out.push(t.review.gazetteer(t.type[r.type][0]));
        break;
      case 'gazetteerOther':
        out.push(t.review.gazetteerOther(t.type[r.type][0]));
        break;
      case 'firstName':
        out.push(t.review.firstName(r.word));
        break;
      case 'title':
        out.push(t.review.title(roles.map((r) => r.replace(/\s+/g, ' ')).join(', ')));
        break;
      case 'seen':
        out.push(t.review.seen(t.num(r.count)));
        break;
      default:
        out.push(t.review[r.key]);
    }
  }
  return out;
}

interface Bucket {
  spelling: number;
  type: NameType;
  titled: boolean;
  own: number | undefined;
  confidence: number;
  inCorpus: number;
  rows: { file: string; entity: number; count: number }[];
}

/** The queue in order, remembered until the corpus or the corrections change. */
const queues = new WeakMap<object, { version: string; annotations: object; buckets: Bucket[]; total: number }>();

function buildQueue(ctx: FeatureContext): { buckets: Bucket[]; total: number } {
  const catalog = ctx.catalog;
  catalog.sync();
  const cached = queues.get(catalog);
  if (cached && cached.version === catalog.version && cached.annotations === ctx.annotations) return cached;
  const acceptedEverywhere = new Set<string>();
  const acceptedIn = new Set<string>();
  for (const a of ctx.annotations.accepted ?? []) {
    const key = `${comparisonKey(a.text)}\u0000${a.type}`;
    if (a.file) acceptedIn.add(`${a.file}\u0000${key}`);
    else acceptedEverywhere.add(key);
  }
  // Guesses that read alike share their confidence: one bucket each, ranked once.
  const buckets = new Map<string, Bucket>();
  let total = 0;
  catalog.forEachGuess((row: GuessRow) => {
    const key = `${catalog.spellingKey(row.spelling)}\u0000${row.type}`;
    if (acceptedEverywhere.has(key) || acceptedIn.has(`${row.file}\u0000${key}`)) return;
    const own = row.confidence;
    const bucketKey = `${row.spelling}\u0000${row.type}\u0000${row.hasRoles ? 1 : 0}\u0000${own ?? ''}`;
    let b = buckets.get(bucketKey);
    if (!b) {
      const evidence: GuessEvidence = { text: catalog.spellingText(row.spelling), type: row.type, titled: row.hasRoles, inCorpus: catalog.keyCount(catalog.spellingKey(row.spelling)), own };
      b = { spelling: row.spelling, type: row.type, titled: row.hasRoles, own, confidence: guessConfidence(evidence), inCorpus: evidence.inCorpus, rows: [] };
      buckets.set(bucketKey, b);
    }
    b.rows.push({ file: row.file, entity: row.entity, count: row.count });
    total++;
  });
  const text = (b: Bucket) => catalog.spellingText(b.spelling);
  const list = [...buckets.values()].sort((a, b) => a.confidence - b.confidence || a.inCorpus - b.inCorpus || (text(a) < text(b) ? -1 : text(a) > text(b) ? 1 : 0) || a.type.localeCompare(b.type));
  for (const b of list) b.rows.sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : 0));
  const result = { version: catalog.version, annotations: ctx.annotations, buckets: list, total };
  queues.set(catalog, result);
  return result;
}

/** One page of the queue (all articles, or one). */
export function reviewQueue(ctx: FeatureContext, params: ReviewParams): ReviewPage {
  const offset = Math.max(0, Math.floor(Number(params.offset) || 0));
  const limit = Math.min(MAX_PAGE, Math.max(1, Math.floor(Number(params.limit) || DEFAULT_PAGE)));
  const only = typeof params.uri === 'string' && params.uri ? params.uri : undefined;
  const { buckets, total: all } = buildQueue(ctx);
  const catalog = ctx.catalog;
  const items: ReviewItem[] = [];
  let seen = 0;
  for (const b of buckets) {
    const rows = only ? b.rows.filter((r) => r.file === only) : b.rows;
    if (seen + rows.length <= offset) {
      seen += rows.length;
      continue;
    }
    for (const r of rows) {
      if (seen++ < offset) continue;
      if (items.length >= limit) continue;
      const item = toItem(ctx, b, r, catalog.spellingText(b.spelling), catalog.idOf(b.type, r.entity));
      if (item) items.push(item);
    }
  }
  return { items, total: only ? seen : all, complete: !ctx.indexing };
}

function toItem(ctx: FeatureContext, b: Bucket, r: { file: string; count: number }, text: string, entityId: string): ReviewItem | undefined {
  const lines = ctx.lines(r.file);
  if (!lines) return undefined;
  const mentions = ctx.index.nameMentions(r.file).filter((m) => m.text === text && m.type === b.type);
  const first = mentions[0];
  if (!first) return undefined;
  const roles = [...new Set(mentions.flatMap((m) => m.roles))];
  const ctxLine = contextLine(lines, ctx.index.text(r.file) ?? '', first.start, first.end);
  const evidence: GuessEvidence = { text, type: b.type, titled: b.titled, inCorpus: b.inCorpus, own: b.own };
  return {
    text,
    type: b.type,
    entityId,
    entity: ctx.entity(entityId)?.canonical ?? text,
    uri: r.file,
    label: ctx.label(r.file),
    range: lines.range(first.start, first.end),
    line: lines.lineAt(first.start),
    context: ctxLine.context,
    highlight: ctxLine.highlight,
    confidence: b.confidence,
    evidence: evidenceText(ctx.t, evidence, roles),
    inArticle: r.count,
    inCorpus: b.inCorpus,
  };
}

/** The confidence of each name mention in one file, for the uncertain-name diagnostic. */
export function fileGuesses(ctx: FeatureContext, file: string): { start: number; end: number; text: string; type: NameType; confidence: number }[] {
  const catalog = ctx.catalog;
  catalog.sync();
  const accepted = ctx.annotations.accepted ?? [];
  const isAccepted = (text: string, type: NameType) => {
    const key = comparisonKey(text);
    return accepted.some((a) => a.type === type && comparisonKey(a.text) === key && (!a.file || a.file === file));
  };
  const mentions = ctx.index.nameMentions(file);
  const titled = new Set(mentions.filter((m) => m.roles.length > 0).map((m) => `${m.text}\u0000${m.type}`));
  const out: { start: number; end: number; text: string; type: NameType; confidence: number }[] = [];
  for (const m of mentions) {
    if (isAccepted(m.text, m.type)) continue;
    const confidence = guessConfidence({ text: m.text, type: m.type, titled: titled.has(`${m.text}\u0000${m.type}`), inCorpus: catalog.keyCount(comparisonKey(m.text)), own: m.confidence });
    out.push({ start: m.start, end: m.end, text: m.text, type: m.type, confidence });
  }
  return out;
}
