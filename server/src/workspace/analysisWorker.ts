/**
 * An indexing worker thread (bundled as dist/analysisWorker.js): reads article files and computes
 * what each says on its own (`analyseFile`), so that the server's main thread only merges the
 * results into the corpus index and stays free to answer requests. Holds no state between jobs.
 */
import { parentPort } from 'node:worker_threads';
import { analyseFile } from '../core/corpus/facts';
import { toWire } from '../core/corpus/wire';
import type { AnalysisJob, AnalysisReply, PostedResult } from './analysisPool';
import { readArticleFile, type Decoding } from './files';

function analyse(path: string, maxBytes: number, decoding: Decoding): PostedResult {
  const outcome = readArticleFile(path, maxBytes, decoding);
  if (outcome.kind !== 'text') return { outcome };
  try {
    return { outcome, wire: toWire(analyseFile(outcome.text), outcome.text) };
  } catch (e) {
    // The main thread analyses this file again itself and reports the failure with the file named.
    return { outcome, error: e instanceof Error ? e.message : String(e) };
  }
}

parentPort?.on('message', (job: AnalysisJob) => {
  const reply: AnalysisReply = { id: job.id, results: job.paths.map((p) => analyse(p, job.maxBytes, job.decoding)) };
  parentPort!.postMessage(reply);
});
