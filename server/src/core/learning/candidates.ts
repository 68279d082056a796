/**
 * A file's name candidates as the learner keeps them for as long as the file is indexed: their
 * evidence (feature ids), the rule's reading, and the learner's, in one typed array. A record is
 * kept for every file, so one array (16-bit when it fits) rather than one per field: each typed
 * array of its own brings an object and a backing store besides its values.
 *
 * Layout, for n candidates of which g are guesses: [n, start(0..n), spellingEnd(0..n-1),
 * rule(0..n-1), reading(0..n-1), g, guess(0..g-1), features…]. `rule` is the rule's type code |
 * strength << 2; `reading` is the learner's class + 1 (0: the rule's type stands) | 16 once read |
 * confidence × 255 << 8. The guesses are listed apart: deciding them is the work redone after every
 * change, and they are a few per file among dozens of candidates.
 */
import { Strength } from '../entities/recognize';

const READ = 16;

/** A rule's strength that leaves the candidate to the learner (see entities/recognize.ts `Strength`). */
export const isGuess = (strength: number) => (strength & ~Strength.byContext) === Strength.guess;

export class Candidates {
  private readonly data: Uint16Array | Uint32Array;

  /**
   * The same candidates, readings and guesses, with the features of the guesses only: the others'
   * were examples, which the learner needs again only to forget them when the file changes. For
   * an index whose files will not change (see `NameLayerOptions.loadOnce`), once they are counted.
   */
  guessesOnly(): Candidates {
    const n = this.count;
    const starts = new Uint32Array(n + 1);
    const contexts = new Uint32Array(n);
    const features: number[] = [];
    const guessed = new Uint8Array(n);
    for (let k = 0; k < this.guessCount; k++) guessed[this.guess(k)] = 1;
    for (let c = 0; c < n; c++) {
      starts[c] = features.length;
      const from = this.start(c);
      const mid = this.contextStart(c);
      const to = guessed[c] ? this.end(c) : from;
      contexts[c] = features.length + Math.min(mid, to) - from;
      for (let j = from; j < to; j++) features.push(this.data[j]);
    }
    starts[n] = features.length;
    const rules = new Uint8Array(n);
    const strengths = new Uint8Array(n);
    for (let c = 0; c < n; c++) {
      rules[c] = this.ruleType(c);
      strengths[c] = this.strength(c);
    }
    const kept = new Candidates(features, starts, contexts, rules, strengths);
    for (let c = 0; c < n; c++) kept.data[2 + 3 * n + c] = this.data[2 + 3 * n + c];
    return kept;
  }

  /**
   * `features[featureStart[c]..featureStart[c + 1])` are candidate c's, spelling first and context
   * from `contextStart[c]`; `ruleType[c]` and `strength[c]` the rule's reading.
   */
  constructor(features: ArrayLike<number>, featureStart: ArrayLike<number>, contextStart: ArrayLike<number>, ruleType: ArrayLike<number>, strength: ArrayLike<number>) {
    const n = ruleType.length;
    const guesses: number[] = [];
    for (let c = 0; c < n; c++) if (isGuess(strength[c])) guesses.push(c);
    const head = 1 + (n + 1) + 3 * n + 1 + guesses.length;
    const size = head + features.length;
    const data = size < 0x10000 ? new Uint16Array(size) : new Uint32Array(size);
    data[0] = n;
    for (let c = 0; c <= n; c++) data[1 + c] = head + featureStart[c];
    for (let c = 0; c < n; c++) {
      data[2 + n + c] = head + contextStart[c];
      data[2 + 2 * n + c] = ruleType[c] | (strength[c] << 2);
    }
    data[2 + 4 * n] = guesses.length;
    data.set(guesses, 3 + 4 * n);
    data.set(features, head);
    this.data = data;
  }

  get count(): number {
    return this.data[0];
  }

  /** How many candidates are guesses (see `Strength`): the ones the learner decides. */
  get guessCount(): number {
    return this.data[2 + 4 * this.data[0]];
  }

  /** The candidate index of the k-th guess. */
  guess(k: number): number {
    return this.data[3 + 4 * this.data[0] + k];
  }

  /** The feature ids: candidate c owns `features[start(c)..end(c))`, its context ones from `contextStart(c)`. */
  get features(): ArrayLike<number> {
    return this.data;
  }

  start(c: number): number {
    return this.data[1 + c];
  }

  end(c: number): number {
    return this.data[2 + c];
  }

  contextStart(c: number): number {
    return this.data[2 + this.data[0] + c];
  }

  ruleType(c: number): number {
    return this.data[2 + 2 * this.data[0] + c] & 3;
  }

  strength(c: number): number {
    return this.data[2 + 2 * this.data[0] + c] >> 2;
  }

  /** The learner's class for candidate c as of the file's last resolution, or -1. */
  learned(c: number): number {
    return (this.data[2 + 3 * this.data[0] + c] & 0xf) - 1;
  }

  /** How sure that reading is (0..1, in 1/255ths), or `fallback` when nothing was learned. */
  confidence(c: number, fallback: number): number {
    const v = this.data[2 + 3 * this.data[0] + c];
    return v & READ ? (v >> 8) / 255 : fallback;
  }

  /** Records the learner's reading of candidate c (class -1: the rule's stands) and its confidence. */
  setReading(c: number, cls: number, confidence: number): void {
    this.data[2 + 3 * this.data[0] + c] = (cls + 1) | READ | (Math.round(confidence * 255) << 8);
  }
}
