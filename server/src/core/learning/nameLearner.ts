/**
 * The corpus-level name learner: between recognition (one file at a time) and what the index
 * answers, it gives a type to the names the rules could only guess at, from evidence pooled over
 * the whole workspace.
 *
 * Training: every mention the rules are sure of (a gazetteer name, an institution head, a title
 * before a person, a known first name) is an example of its type, with its features (spelling and
 * context, entities/evidence.ts). A user's correction (`.seedlens/annotations.json`: `entityType`,
 * `notEntity`) makes every mention of that name an example of the corrected class, weighing more:
 * one correction teaches the names that share its contexts (a party's type corrected, the parties
 * written in the same contexts follow).
 *
 * Deciding: the guesses (capitalised words with no other cue, and the capitalised words no rule
 * claimed) are pooled by name key across the corpus: one clear context types every mention of the
 * name. A guess is retyped, dropped (class NONE) or promoted only when the pooled evidence is clear;
 * every mention gets a confidence.
 *
 * Order-independent and incremental: the model is integer counts, added and taken away per file;
 * decisions are a function of the counts and the files, recomputed when either changed, and only
 * the files holding a name whose decision changed are re-read.
 */
import { DETERMINER_BEFORE, FIRST_WORD_FEATURES, PRECEDING_FEATURES } from '../entities/evidence';
import { Strength } from '../entities/recognize';
import type { Candidates } from './candidates';
import { PRIOR_EXAMPLE_WEIGHT, shippedPrior } from './prior';
import { CLASS_COUNT, CONTEXT, NONE, SCORE_SCALE, SPELLING, TypeModel } from './typeModel';

const PERSON = 0;

/** A rule type code for a candidate the rules did not claim (a weak word). */
export const UNCLAIMED = NONE;

/**
 * What the learner reads of one file: its candidates (mentions, then weak words) with their
 * evidence, and the name key of each. A weak word is a guess, or `cue` (with rule type NONE) when
 * the lexicon knows it as a common word: an example of what is not a name.
 */
export interface LearnerFile {
  candidates: Candidates;
  keyOf(candidate: number): string;
}

export interface Decision {
  /** The class the pooled evidence gives the name (see CLASSES). */
  cls: number;
  /** Its probability among the classes (0..1), from the evidence per mention. */
  confidence: number;
  /** A mention of the name has a determiner before it: it is no person's, however weak the rest of the evidence. */
  notPerson: boolean;
  /**
   * The class the corpus's own contexts give the name (the shipped prior left out): a bare word's spelling says
   * little of whose name it is, and whether it is the surname of a person the corpus names is the corpus's business.
   */
  contextCls: number;
}

/** How much a correction weighs against a rule's reading and the shipped prior's leaning (prior.ts), per mention. */
const CORRECTION_WEIGHT = 16;
const WEIGHT: Record<number, number> = { [Strength.known]: 2, [Strength.cue]: 1, [Strength.guess]: 0 };
/** A guess is retyped or dropped only above this confidence; an unclaimed word promoted only above the next. */
export const RETYPE_CONFIDENCE = 0.75;
export const PROMOTE_CONFIDENCE = 0.9;

export class NameLearner {
  readonly model = new TypeModel(shippedPrior(), PRIOR_EXAMPLE_WEIGHT);
  /** Name key → class, from the user's corrections. */
  private labels = new Map<string, number>();
  /** The decisions as of the last `decide`, by name key (only names with a guess). */
  private decisions = new Map<string, Decision>();
  private decidedAt = -1;
  /** Scratch of `decide`, kept between calls: each name's place in `pool`, and the pooled numbers. */
  private readonly slots = new Map<string, number>();
  private pool = new Float64Array(64 * POOL_FIELDS);

  /** The corrections' classes by name key; true when they differ from the current ones (then re-add every file). */
  setLabels(labels: Map<string, number>): boolean {
    if (labels.size === this.labels.size && [...labels].every(([k, c]) => this.labels.get(k) === c)) return false;
    this.labels = labels;
    return true;
  }

  labelOf(key: string): number | undefined {
    return this.labels.get(key);
  }

  /**
   * Counts (sign 1) or forgets (sign -1) a file's examples. A rule's reading teaches what it did
   * not read: one that read what comes before the name (a title, `à`) teaches the rest; one that
   * read its first word (a first name) teaches the rest; a correction teaches all.
   */
  count(f: LearnerFile, sign: 1 | -1): void {
    const cs = f.candidates;
    const features = cs.features;
    for (let c = 0; c < cs.count; c++) {
      const from = cs.start(c);
      const mid = cs.contextStart(c);
      const to = cs.end(c);
      const label = this.labels.size ? this.labels.get(f.keyOf(c)) : undefined;
      if (label !== undefined) {
        this.model.add(SPELLING, label, features, from, mid, sign * CORRECTION_WEIGHT);
        this.model.add(CONTEXT, label, features, mid, to, sign * CORRECTION_WEIGHT);
        continue;
      }
      const s = cs.strength(c);
      const weight = WEIGHT[s & ~Strength.byContext];
      if (!weight) continue;
      const byContext = (s & Strength.byContext) !== 0;
      this.model.add(SPELLING, cs.ruleType(c), features, from + (s === Strength.cue ? FIRST_WORD_FEATURES : 0), mid, sign * weight);
      this.model.add(CONTEXT, cs.ruleType(c), features, mid + (byContext ? PRECEDING_FEATURES : 0), to, sign * weight);
    }
  }

  /** Whether the decisions are older than the model. */
  get stale(): boolean {
    return this.decidedAt !== this.model.version;
  }

  decision(key: string): Decision | undefined {
    return this.decisions.get(key);
  }

  /** The pooled scores of a name's guesses per view (millionths per mention): what `decide` weighs, for inspection. */
  explain(key: string, files: Iterable<LearnerFile>): { spelling: number[]; context: number[]; mentions: number } {
    const spelling = new Float64Array(CLASS_COUNT);
    const context = new Float64Array(CLASS_COUNT);
    let mentions = 0;
    for (const f of files) {
      const cs = f.candidates;
      for (let k = 0; k < cs.guessCount; k++) {
        const c = cs.guess(k);
        if (f.keyOf(c) !== key) continue;
        this.model.score(SPELLING, cs.features, cs.start(c), cs.contextStart(c), spelling, 0);
        this.model.score(CONTEXT, cs.features, cs.contextStart(c), cs.end(c), context, 0);
        mentions++;
      }
    }
    const per = (a: Float64Array) => [...a].map((x) => Math.round(x / Math.max(1, mentions) / 1000) / 1000);
    return { spelling: per(spelling), context: per(context), mentions };
  }

  /**
   * Decides again every name that has a guess, pooling its mentions over `files`; returns the keys
   * whose decision changed (the files holding them must be read again).
   */
  decide(files: Iterable<LearnerFile>): Set<string> {
    // Pooled per name: scores per class, mentions, and whether a determiner stood before one.
    const slot = this.slots;
    slot.clear();
    let pool = this.pool;
    for (const f of files) {
      const cs = f.candidates;
      const features = cs.features;
      for (let k = 0; k < cs.guessCount; k++) {
        const c = cs.guess(k);
        const key = f.keyOf(c);
        let at = slot.get(key);
        if (at === undefined) {
          at = slot.size * POOL_FIELDS;
          slot.set(key, at);
          if (at + POOL_FIELDS > pool.length) {
            const grown = new Float64Array(pool.length * 2);
            grown.set(pool);
            this.pool = pool = grown;
          }
          pool.fill(0, at, at + POOL_FIELDS);
        }
        const mid = cs.contextStart(c);
        const to = cs.end(c);
        this.model.score(SPELLING, features, cs.start(c), mid, pool, at);
        this.model.score(CONTEXT, features, mid, to, pool, at + CONTEXT_SCORES);
        this.model.score(CONTEXT, features, mid, to, pool, at + OWN_CONTEXT_SCORES, false);
        pool[at + MENTIONS]++;
        for (let j = mid; j < to; j++) if (features[j] === DETERMINER_BEFORE) pool[at + DETERMINER] = 1;
      }
    }
    const changed = new Set<string>();
    const next = new Map<string, Decision>();
    for (const [key, at] of slot) {
      // Both views together (integer scores: the sum is exact in any order).
      for (let c = 0; c < CLASS_COUNT; c++) pool[at + c] += pool[at + CONTEXT_SCORES + c];
      const determiner = pool[at + DETERMINER] === 1;
      // One mention written with a determiner (`le Dialakoro`, `la SOMAGEP`) says the name is no person's, wherever it stands.
      if (determiner) pool[at + PERSON] = -Infinity;
      const d: Decision = { ...decisionOf(pool, at, pool[at + MENTIONS]), notPerson: determiner, contextCls: bestClass(pool, at + OWN_CONTEXT_SCORES) };
      const old = this.decisions.get(key);
      next.set(key, old && old.cls === d.cls && old.confidence === d.confidence && old.notPerson === d.notPerson && old.contextCls === d.contextCls ? old : d);
      if (next.get(key) !== old) changed.add(key);
    }
    for (const key of this.decisions.keys()) if (!next.has(key)) changed.add(key);
    this.decisions = next;
    this.decidedAt = this.model.version;
    return changed;
  }
}

/**
 * Fields per name in the pool: the spelling scores per class (both views once decided), how many mentions, 1 if a
 * determiner came before one, then the context scores per class, and the context scores from the workspace's examples alone.
 */
const MENTIONS = CLASS_COUNT;
const DETERMINER = CLASS_COUNT + 1;
const CONTEXT_SCORES = CLASS_COUNT + 2;
const OWN_CONTEXT_SCORES = 2 * CLASS_COUNT + 2;
const POOL_FIELDS = 3 * CLASS_COUNT + 2;

function bestClass(scores: Float64Array, at: number): number {
  let best = 0;
  for (let c = 1; c < CLASS_COUNT; c++) if (scores[at + c] > scores[at + best]) best = c;
  return best;
}

/** The best class and its probability, the evidence averaged per mention (naive Bayes is overconfident on pooled features). */
function decisionOf(scores: Float64Array, at: number, mentions: number): Omit<Decision, 'notPerson' | 'contextCls'> {
  const best = bestClass(scores, at);
  let sum = 0;
  for (let c = 0; c < CLASS_COUNT; c++) sum += Math.exp((scores[at + c] - scores[at + best]) / (SCORE_SCALE * mentions));
  // In 255ths, as files keep it (candidates.ts): a change of the counts that moves no file's reading
  // leaves the decision as it was, and no file is read again for it.
  return { cls: best, confidence: Math.round(255 / sum) / 255 };
}
