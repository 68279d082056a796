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
}

/** How much a correction weighs against a rule's reading, per mention. */
const CORRECTION_WEIGHT = 8;
const WEIGHT: Record<number, number> = { [Strength.known]: 2, [Strength.cue]: 1, [Strength.guess]: 0 };
export const isGuess = (strength: number) => (strength & ~Strength.byContext) === Strength.guess;
/** A guess is retyped or dropped only above this confidence; an unclaimed word promoted only above the next. */
export const RETYPE_CONFIDENCE = 0.75;
export const PROMOTE_CONFIDENCE = 0.9;

export class NameLearner {
  readonly model = new TypeModel();
  /** Name key → class, from the user's corrections. */
  private labels = new Map<string, number>();
  /** The decisions as of the last `decide`, by name key (only names with a guess). */
  private decisions = new Map<string, Decision>();
  private decidedAt = -1;

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
      for (let c = 0; c < cs.count; c++) {
        if (!isGuess(cs.strength(c)) || f.keyOf(c) !== key) continue;
        this.model.score(SPELLING, cs.features, cs.start(c), cs.contextStart(c), spelling);
        this.model.score(CONTEXT, cs.features, cs.contextStart(c), cs.end(c), context);
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
    const pooled = new Map<string, { scores: Float64Array; mentions: number; determiner: boolean }>();
    for (const f of files) {
      const cs = f.candidates;
      const features = cs.features;
      for (let c = 0; c < cs.count; c++) {
        if (!isGuess(cs.strength(c))) continue;
        const key = f.keyOf(c);
        let p = pooled.get(key);
        if (!p) pooled.set(key, (p = { scores: new Float64Array(CLASS_COUNT), mentions: 0, determiner: false }));
        const mid = cs.contextStart(c);
        const to = cs.end(c);
        this.model.score(SPELLING, features, cs.start(c), mid, p.scores);
        this.model.score(CONTEXT, features, mid, to, p.scores);
        p.mentions++;
        for (let k = mid; k < to; k++) if (features[k] === DETERMINER_BEFORE) p.determiner = true;
      }
    }
    const next = new Map<string, Decision>();
    for (const [key, p] of pooled) {
      // One mention written with a determiner (`le Jaraaf`, `la SENELEC`) says the name is no person's, wherever it stands.
      if (p.determiner) p.scores[PERSON] = -Infinity;
      next.set(key, { ...decisionOf(p.scores, p.mentions), notPerson: p.determiner });
    }
    const changed = new Set<string>();
    for (const [key, d] of next) {
      const old = this.decisions.get(key);
      if (!old || old.cls !== d.cls || old.confidence !== d.confidence || old.notPerson !== d.notPerson) changed.add(key);
    }
    for (const key of this.decisions.keys()) if (!next.has(key)) changed.add(key);
    this.decisions = next;
    this.decidedAt = this.model.version;
    return changed;
  }
}

/** The best class and its probability, the evidence averaged per mention (naive Bayes is overconfident on pooled features). */
function decisionOf(scores: Float64Array, mentions: number): Omit<Decision, 'notPerson'> {
  let best = 0;
  for (let c = 1; c < CLASS_COUNT; c++) if (scores[c] > scores[best]) best = c;
  let sum = 0;
  for (let c = 0; c < CLASS_COUNT; c++) sum += Math.exp((scores[c] - scores[best]) / (SCORE_SCALE * mentions));
  // Rounded, so that a decision read twice under the same counts compares equal whatever the order of the sums.
  return { cls: best, confidence: Math.round(1e6 / sum) / 1e6 };
}
