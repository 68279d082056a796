/**
 * Worker threads for bulk indexing. Reading a file and analysing it on its own (dates, names,
 * boilerplate units) is most of the cost of indexing a workspace and needs nothing from the
 * corpus, so it runs on all cores while the main thread merges the results in listing order and
 * keeps answering requests. Batches are read ahead only a little, so memory stays bounded.
 *
 * Optional by design: when the worker bundle is missing (a test bundle) or a thread cannot start
 * or dies, the caller gets `undefined` for the affected files and analyses them itself.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FileFacts } from '../core/corpus/facts';
import { fromWire, type WireFacts } from '../core/corpus/wire';
import { DEFAULT_DECODING, type Decoding, type ReadOutcome } from './files';

export interface AnalysisJob {
  id: number;
  paths: string[];
  maxBytes: number;
  decoding: Decoding;
}

export interface AnalysisResult {
  outcome: ReadOutcome;
  facts?: FileFacts;
  /** The analysis threw in the worker: the main thread redoes it and reports the error. */
  error?: string;
}

/** A result as a thread posts it: the facts in their compact form (see wire.ts). */
export interface PostedResult {
  outcome: ReadOutcome;
  wire?: WireFacts;
  error?: string;
}

export interface AnalysisReply {
  id: number;
  results: PostedResult[];
}

/** Files per message: large enough to amortise the round trip, small enough to keep progress smooth. */
const BATCH = 24;
/** Batches queued per worker: one running, one waiting, so a worker never idles between messages. */
const IN_FLIGHT_PER_WORKER = 2;
/**
 * Each thread's heap is capped: a thread holds one batch at a time, and without a cap V8 lets its
 * garbage grow to hundreds of MB, counted in the server's memory. A file too big for the cap kills
 * the thread, and its files are analysed on the main thread (see `fail`).
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 4 };
/** Below this many files, starting threads costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 200;

interface Slot {
  worker: Worker;
  busy: number;
  dead: boolean;
}

interface Pending {
  resolve: (results: (PostedResult | undefined)[]) => void;
  slot: Slot;
  size: number;
}

/** How many worker threads to start: one per core (`SEED_LENS_WORKERS` overrides; 0 disables). */
export function workerCount(): number {
  const env = process.env.SEED_LENS_WORKERS;
  if (env !== undefined && env !== '' && Number.isFinite(Number(env))) return Math.max(0, Math.min(16, Math.floor(Number(env))));
  return Math.max(1, Math.min(4, os.availableParallelism()));
}

export class AnalysisPool {
  private readonly slots: Slot[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  private constructor(script: string, size: number, onError: (message: string) => void) {
    for (let i = 0; i < size; i++) {
      const slot: Slot = { worker: new Worker(script, { resourceLimits: WORKER_LIMITS }), busy: 0, dead: false };
      slot.worker.on('message', (reply: AnalysisReply) => this.settle(reply.id, reply.results));
      const fail = (why: string) => {
        if (slot.dead) return;
        slot.dead = true;
        onError(`Seed Lens: an indexing thread stopped (${why}); its files are analysed on the main thread`);
        for (const [id, p] of this.pending) if (p.slot === slot) this.settle(id, new Array<undefined>(p.size).fill(undefined));
      };
      slot.worker.on('error', (e) => fail(e.message));
      slot.worker.on('exit', (code) => fail(`exit code ${code}`));
      // An idle thread must not keep the process alive; a busy one must (see submit / settle).
      slot.worker.unref();
      this.slots.push(slot);
    }
  }

  /** A pool of `size` threads running `dist/analysisWorker.js` (next to this bundle), or undefined when that cannot be. */
  static create(size: number, onError: (message: string) => void, script = path.join(__dirname, 'analysisWorker.js')): AnalysisPool | undefined {
    if (size <= 0 || !fs.existsSync(script)) return undefined;
    try {
      return new AnalysisPool(script, size, onError);
    } catch (e) {
      onError(`Seed Lens: indexing threads unavailable (${e instanceof Error ? e.message : String(e)}); indexing on the main thread`);
      return undefined;
    }
  }

  private settle(id: number, results: (PostedResult | undefined)[]): void {
    const p = this.pending.get(id);
    if (!p) return;
    this.pending.delete(id);
    if (--p.slot.busy === 0) p.slot.worker.unref();
    p.resolve(results);
  }

  private idleSlot(): Slot | undefined {
    let best: Slot | undefined;
    for (const s of this.slots) if (!s.dead && s.busy < IN_FLIGHT_PER_WORKER && (!best || s.busy < best.busy)) best = s;
    return best;
  }

  private submit(slot: Slot, paths: string[], maxBytes: number, decoding: Decoding): Promise<(PostedResult | undefined)[]> {
    const id = ++this.nextId;
    if (slot.busy++ === 0) slot.worker.ref();
    return new Promise((resolve) => {
      this.pending.set(id, { resolve, slot, size: paths.length });
      try {
        slot.worker.postMessage({ id, paths, maxBytes, decoding } satisfies AnalysisJob);
      } catch {
        this.settle(id, new Array<undefined>(paths.length).fill(undefined));
      }
    });
  }

  /**
   * The analysis of each path, in order, one batch at a time. `undefined` for a file means "do it
   * yourself" (its thread died). Stops early when `cancelled()` turns true.
   */
  async *analyse(paths: readonly string[], maxBytes: number, cancelled: () => boolean, decoding: Decoding = DEFAULT_DECODING): AsyncGenerator<(AnalysisResult | undefined)[]> {
    for await (const batch of this.posted(paths, maxBytes, cancelled, decoding)) yield batch.map(adopted);
  }

  /** What `analyse` gives, with the facts still in the form the threads post them (what `seed-lens facts` writes out). */
  async *posted(paths: readonly string[], maxBytes: number, cancelled: () => boolean, decoding: Decoding = DEFAULT_DECODING): AsyncGenerator<(PostedResult | undefined)[]> {
    /** Submitted batches in order; a taken one is cleared so that its results can be collected. */
    const batches: (Promise<(PostedResult | undefined)[]> | undefined)[] = [];
    let next = 0;
    // Batches analysed but not yet taken by the caller count too: threads never run further ahead
    // than this, whatever the main thread's pace, so unmerged results cannot pile up.
    const ahead = this.slots.length * IN_FLIGHT_PER_WORKER;
    const fill = (taken: number) => {
      for (let slot = this.idleSlot(); slot && next < paths.length && batches.length - taken < ahead; slot = this.idleSlot()) {
        const chunk = paths.slice(next, next + BATCH);
        next += chunk.length;
        batches.push(this.submit(slot, chunk, maxBytes, decoding));
      }
    };
    for (let b = 0; b * BATCH < paths.length; b++) {
      if (cancelled()) return;
      fill(b);
      // Every thread dead: the rest is the caller's.
      if (b >= batches.length) {
        const size = Math.min(BATCH, paths.length - b * BATCH);
        batches.push(Promise.resolve(new Array<undefined>(size).fill(undefined)));
        next = Math.max(next, b * BATCH + size);
      }
      const results = await batches[b]!;
      batches[b] = undefined;
      yield results;
    }
  }

  close(): void {
    for (const s of this.slots) {
      s.dead = true;
      void s.worker.terminate();
    }
    for (const [id, p] of this.pending) this.settle(id, new Array<undefined>(p.size).fill(undefined));
  }
}

/** A thread's result as if analysed on this thread (see `fromWire`). */
function adopted(r: PostedResult | undefined): AnalysisResult | undefined {
  if (!r) return undefined;
  const { outcome, wire, error } = r;
  if (!wire || outcome.kind !== 'text') return error === undefined ? { outcome } : { outcome, error };
  return { outcome, facts: fromWire(wire, outcome.text) };
}
