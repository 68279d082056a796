/**
 * The CLI's corpus, read the way the language server reads a workspace: the indexing threads
 * (workspace/analysisPool.ts) read, decode and analyse each file on its own, in listing order and
 * never far ahead of this thread, which merges each result into the `CorpusIndex` as it arrives.
 * Below `MIN_FILES_FOR_WORKERS` files, or with `SEED_LENS_WORKERS=0`, this thread does both, as the
 * server does. Notices and the progress bar go to stderr as files are read.
 */
import path from 'node:path';
import { CorpusIndex, emptyAnnotations, type Annotations, type CorpusIndexOptions, type TextSource } from '../core';
import { fromWire, type WireFacts } from '../core/corpus/wire';
import { AnalysisPool, MIN_FILES_FOR_WORKERS, workerCount } from '../workspace/analysisPool';
import { readArticleFile, type Decoding, type ReadOutcome } from '../workspace/files';
import { findAnnotationsFile, loadAnnotations } from './annotationsFile';
import { CliError, type ArticleFile } from './files';
import type { Progress } from './progress';

export interface ReadSettings {
  maxBytes: number;
  decoding: Decoding;
}

/** One article as read: its text, or why it was skipped. */
export interface ReadArticle {
  article: ArticleFile;
  text?: string;
  notice?: string;
  skipped?: string;
  /** Its facts as a thread posted them; undefined when no thread analysed it (the caller does). */
  wire?: WireFacts;
}

function fromOutcome(article: ArticleFile, o: ReadOutcome): ReadArticle {
  // Listed a moment ago: a file that cannot be read now is an error, as a missing path is.
  if (o.kind === 'gone') throw new CliError(`seed-lens: cannot read ${article.name}: ENOENT`, 1);
  if (o.kind === 'skipped') {
    const unreadable = /^cannot read \((.*)\)$/.exec(o.reason);
    if (unreadable) throw new CliError(`seed-lens: cannot read ${article.name}: ${unreadable[1]}`, 1);
    return { article, skipped: o.reason };
  }
  return { article, text: o.text, notice: o.notice };
}

/** Each article read (and, by the threads, analysed), in listing order. */
export async function* readArticles(articles: readonly ArticleFile[], read: ReadSettings, warn: (m: string) => void): AsyncGenerator<ReadArticle> {
  const pool = articles.length >= MIN_FILES_FOR_WORKERS ? AnalysisPool.create(workerCount(), warn) : undefined;
  const readHere = (a: ArticleFile) => fromOutcome(a, readArticleFile(a.absPath, read.maxBytes, read.decoding));
  try {
    if (!pool) {
      for (const a of articles) yield readHere(a);
      return;
    }
    let i = 0;
    for await (const batch of pool.posted(
      articles.map((a) => a.absPath),
      read.maxBytes,
      () => false,
      read.decoding,
    )) {
      for (const r of batch) {
        const a = articles[i++];
        // A thread that died, or an analysis that threw there: this thread does it again (and reports the error).
        if (!r || r.error !== undefined) yield readHere(a);
        else yield { ...fromOutcome(a, r.outcome), wire: r.wire };
      }
    }
  } finally {
    pool?.close();
  }
}

/** The notice lines of one article, as `analyze` prints them. */
export function articleNotice(name: string, r: { notice?: string; skipped?: string }): string | undefined {
  if (r.skipped !== undefined) return `skipped ${name}: ${r.skipped}`;
  return r.notice ? `${name}: ${r.notice}` : undefined;
}

/**
 * The corrections that apply: the file given, or `.seedlens/annotations.json` in or above the
 * first path (as the editor finds it), or none. File-scoped entries name files relative to the
 * folder that holds `.seedlens/` (as the editor writes them); the report names them relative to
 * the folder analysed: translated through the absolute path.
 */
export function loadCorrections(given: string | false | undefined, firstPath: string, listed: readonly ArticleFile[], notices: string[]): Annotations {
  if (given === false) return emptyAnnotations();
  const file = given || findAnnotationsFile(firstPath);
  const annotations = loadAnnotations(file, notices);
  if (file) {
    const workspaceRoot = path.dirname(path.dirname(path.resolve(file)));
    const nameOf = new Map(listed.map((a) => [a.absPath, a.name]));
    annotations.notEntity = annotations.notEntity.map((n) => (n.file ? { ...n, file: nameOf.get(path.resolve(workspaceRoot, n.file)) ?? n.file } : n));
  }
  return annotations;
}

/** A listed article's text read again from disk, as `readArticles` read it. */
function readingAgain(listed: readonly ArticleFile[], read: ReadSettings): TextSource {
  const pathOf = new Map(listed.map((a) => [a.name, a.absPath]));
  return (name) => {
    const absPath = pathOf.get(name);
    const o = absPath === undefined ? undefined : readArticleFile(absPath, read.maxBytes, read.decoding);
    return o?.kind === 'text' ? o.text : undefined;
  };
}

/**
 * Every listed article read into a new index (facts from the threads merged as they come); the
 * names analysed, in order. The index keeps no text: a report reads each file again from disk
 * (the page cache, most often) and checks it has not changed since.
 */
export async function loadIndex(
  listed: readonly ArticleFile[],
  read: ReadSettings,
  annotations: Annotations,
  progress: Progress,
  options: Omit<CorpusIndexOptions, 'readAgain'> = {},
): Promise<{ index: CorpusIndex; names: string[] }> {
  const index = new CorpusIndex({ ...options, readAgain: readingAgain(listed, read) });
  index.setAnnotations(annotations);
  const names: string[] = [];
  progress.start('analysing', listed.length);
  for await (const r of readArticles(listed, read, (m) => progress.note(m))) {
    progress.tick();
    const name = r.article.name;
    const notice = articleNotice(name, r);
    if (notice) progress.note(notice);
    if (r.text === undefined) continue;
    index.upsert(name, r.text, r.wire ? fromWire(r.wire, r.text) : undefined);
    names.push(name);
  }
  progress.end();
  return { index, names };
}
