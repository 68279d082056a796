#!/usr/bin/env -S MALLOC_MMAP_THRESHOLD_=131072 node --max-semi-space-size=4
/**
 * `seed-lens analyze`, `seed-lens facts` and `seed-lens export`: the analysis core for the terminal,
 * on the language server's engine (its indexing threads read and analyse the files; this thread
 * merges them). Reports are written file by file as they are computed. Every error that can be
 * foreseen (a missing path, an unreadable file, a bad shard) is found before the first byte of a
 * report; notices, the progress bar and errors go to stderr and the exit code says which happened.
 *
 * The first line starts it as the extension starts the server (client/src/serverProcess.ts: the
 * allocator's mmap threshold and a 4 MB young generation, which Node reads only at start) when it
 * runs as `seed-lens` or `./dist/cli.js`; `node dist/cli.js` runs without them. The heap's growing
 * factor is set here, as the server sets it (heap.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { CorpusIndex, TextChangedError, toBrat, toConll, toJsonlLine, type Annotations } from './core';
import { analyseFile } from './core/corpus/facts';
import { fromWire, toWire } from './core/corpus/wire';
import { articleNotice, loadCorrections, loadIndex, readArticles, type ReadSettings } from './cli/corpus';
import { analysisBuild, checkShards, FACTS_FORMAT, FACTS_FORMAT_VERSION, FactsWriter, listingOf, readRecords, shardRange } from './cli/factsFile';
import { CliError, listArticles, type ArticleFile } from './cli/files';
import { Output } from './cli/output';
import { Phases } from './cli/phases';
import { Progress } from './cli/progress';
import { writeReport, type ReportFormat } from './cli/reports';
import { collectNow, tuneHeap } from './heap';
import { writeAtomically } from './workspace/atomicWrite';

const READ_OPTIONS = '[--max-file-size-mb N] [--encoding ENC] [--auto-guess-encoding]';
const USAGE = [
  `usage: seed-lens analyze PATH... [--format text|json|jsonl] ${READ_OPTIONS} [--annotations FILE | --no-annotations] [--no-site-templates]`,
  '       seed-lens analyze --from-facts FILE... [--format text|json|jsonl]',
  `       seed-lens facts PATH... [--shard I/N] [--out FILE] ${READ_OPTIONS} [--annotations FILE | --no-annotations]`,
  `       seed-lens export PATH... --format brat|jsonl|conll [--out PATH] ${READ_OPTIONS} [--annotations FILE | --no-annotations]`,
].join('\n');

type Command = 'analyze' | 'export' | 'facts';
const FORMATS: Record<Command, readonly string[]> = { analyze: ['text', 'json', 'jsonl'], export: ['brat', 'jsonl', 'conll'], facts: [] };

interface Options {
  command: Command;
  paths: string[];
  format: string;
  read: ReadSettings;
  out?: string;
  annotations: string | false | undefined;
  fromFacts: boolean;
  shard: { index: number; of: number };
  /** Read options given explicitly (they make no sense with --from-facts). */
  readFlags: string[];
  /** Learn site templates across the corpus (`--no-site-templates` turns it off, to compare). */
  templates: boolean;
}

const usageError = (message: string) => new CliError(`seed-lens: ${message}\n${USAGE}`, 2);

function parseArgs(argv: readonly string[]): Options {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') throw new CliError(USAGE, 0);
  if (command !== 'analyze' && command !== 'export' && command !== 'facts') throw new CliError(command ? `seed-lens: unknown command '${command}'\n${USAGE}` : USAGE, 2);
  const opts: Options = {
    command,
    paths: [],
    format: command === 'analyze' ? 'text' : '',
    read: { maxBytes: 5 * 1048576, decoding: { encoding: 'utf8', autoGuessEncoding: false } },
    annotations: undefined,
    fromFacts: false,
    shard: { index: 1, of: 1 },
    readFlags: [],
    templates: true,
  };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const eq = a.indexOf('=');
    const flag = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    const value = (): string => {
      if (a.startsWith('--') && eq > 0) return a.slice(eq + 1);
      const v = rest[++i];
      if (v === undefined) throw usageError(`${a} needs a value`);
      return v;
    };
    if (flag === '--format' && command !== 'facts') {
      const v = value();
      if (!FORMATS[command].includes(v)) throw usageError(`${command} --format must be ${FORMATS[command].join(', ').replace(/, ([^,]*)$/, ' or $1')}, not '${v}'`);
      opts.format = v;
    } else if (flag === '--max-file-size-mb') {
      const n = Number(value());
      if (!(n > 0)) throw usageError('--max-file-size-mb must be a positive number');
      opts.read.maxBytes = n * 1048576;
      opts.readFlags.push(flag);
    } else if (flag === '--encoding') {
      opts.read.decoding.encoding = value();
      opts.readFlags.push(flag);
    } else if (flag === '--auto-guess-encoding') {
      opts.read.decoding.autoGuessEncoding = true;
      opts.readFlags.push(flag);
    } else if (flag === '--out' && command !== 'analyze') {
      opts.out = value();
    } else if (flag === '--annotations') {
      opts.annotations = value();
      opts.readFlags.push(flag);
    } else if (flag === '--no-annotations') {
      opts.annotations = false;
      opts.readFlags.push(flag);
    } else if (flag === '--from-facts' && command === 'analyze') {
      opts.fromFacts = true;
    } else if (flag === '--shard' && command === 'facts') {
      const m = /^(\d+)\/(\d+)$/.exec(value());
      const index = m ? Number(m[1]) : 0;
      const of = m ? Number(m[2]) : 0;
      if (!m || of < 1 || index < 1 || index > of) throw usageError('--shard must be I/N with 1 ≤ I ≤ N');
      opts.shard = { index, of };
    } else if (flag === '--no-site-templates' && command === 'analyze') {
      opts.templates = false;
    } else if (a.startsWith('-') && a !== '-') {
      throw usageError(`unknown option '${a}'`);
    } else {
      opts.paths.push(a);
    }
  }
  if (opts.paths.length === 0) throw usageError(`${command} needs at least one ${opts.fromFacts ? 'facts FILE' : 'PATH'}`);
  if (command === 'export' && !opts.format) throw usageError(`export needs --format ${FORMATS.export.join('|')}`);
  if (opts.fromFacts && opts.readFlags.length) throw usageError(`${opts.readFlags[0]} belongs to \`seed-lens facts\`, which read the files: the shards hold what it decided`);
  return opts;
}

/** The files and the corrections that apply, with the corrections file's notices. */
function listCorpus(opts: Options): { listed: ArticleFile[]; annotations: Annotations; notices: string[] } {
  const listed = listArticles(opts.paths);
  const notices: string[] = [];
  if (opts.annotations && !fs.existsSync(opts.annotations)) throw new CliError(`seed-lens: no such annotations file: ${opts.annotations}`, 1);
  const annotations = loadCorrections(opts.annotations, opts.paths[0], listed, notices);
  return { listed, annotations, notices };
}

async function analyze(opts: Options, progress: Progress): Promise<void> {
  const phases = new Phases();
  let index: CorpusIndex;
  let names: string[];
  if (opts.fromFacts) {
    ({ index, names } = await mergeFacts(opts.paths, progress));
  } else {
    const { listed, annotations, notices } = listCorpus(opts);
    for (const n of notices) progress.note(n);
    ({ index, names } = await loadIndex(listed, opts.read, annotations, progress, { boilerplate: { templates: opts.templates }, loadOnce: true }));
  }
  phases.end(opts.fromFacts ? 'merge shards' : 'read and analyse');
  // Every report reads every file's blocks (the related ranking does): built in this order first, they cost a third less.
  const order = index.inBlockOrder();
  progress.start('blocks   ', order.length);
  for (const f of order) {
    index.boilerplate(f);
    progress.tick();
  }
  progress.end();
  // Nothing changes from here on: the duplicate index, which only a change would read, can go.
  index.seal();
  collectNow();
  phases.end('boilerplate blocks');
  await writeReport(opts.format as ReportFormat, index, names, new Output(), progress);
  phases.end('report (related articles included)');
}

/** `analyze --from-facts`: the shards merged into one index, in listing order, with `analyze`'s notices. */
async function mergeFacts(files: readonly string[], progress: Progress): Promise<{ index: CorpusIndex; names: string[] }> {
  const shards = await checkShards(files);
  const head = shards[0].header;
  for (const n of head.notices) progress.note(n);
  const index = new CorpusIndex({ loadOnce: true });
  index.setAnnotations(head.annotations);
  const names: string[] = [];
  progress.start('merging  ', head.listing.files);
  for (const { file, header } of shards) {
    for await (const r of readRecords(file, header)) {
      progress.tick();
      const notice = articleNotice(r.name, r);
      if (notice) progress.note(notice);
      if (r.text === undefined) continue;
      index.upsert(r.name, r.text, r.wire ? fromWire(r.wire, r.text) : undefined);
      names.push(r.name);
    }
  }
  progress.end();
  return { index, names };
}

/** `facts`: one shard of the listing read and analysed, written out with what the merge needs. */
async function facts(opts: Options, progress: Progress): Promise<void> {
  const { listed, annotations, notices } = listCorpus(opts);
  for (const n of notices) progress.note(n);
  const { first, count } = shardRange(listed.length, opts.shard.index, opts.shard.of);
  const mine = listed.slice(first, first + count);
  const writer = new FactsWriter(opts.out, {
    format: FACTS_FORMAT,
    version: FACTS_FORMAT_VERSION,
    analysis: analysisBuild(),
    shard: opts.shard.index,
    of: opts.shard.of,
    listing: listingOf(listed),
    first,
    count,
    annotations,
    notices,
  });
  try {
    progress.start('analysing', mine.length);
    let i = first;
    for await (const r of readArticles(mine, opts.read, (m) => progress.note(m))) {
      progress.tick();
      const name = r.article.name;
      const notice = articleNotice(name, r);
      if (notice) progress.note(notice);
      const wire = r.text === undefined ? undefined : (r.wire ?? toWire(analyseFile(r.text), r.text));
      writer.add({ i: i++, name, text: r.text, notice: r.notice, skipped: r.skipped, wire });
    }
    progress.end();
    writer.close();
  } catch (e) {
    writer.abort();
    throw e;
  }
}

async function exportCorpus(opts: Options, progress: Progress): Promise<void> {
  const { listed, annotations, notices } = listCorpus(opts);
  for (const n of notices) progress.note(n);
  const { index, names } = await loadIndex(listed, opts.read, annotations, progress);
  const articles = listed.filter((a) => index.has(a.name));
  const text = (a: ArticleFile) => index.text(a.name) ?? '';
  let files: { path: string; content: string }[] = [];
  let stdout = '';
  if (opts.format === 'brat') {
    // brat wants the .ann beside its .txt; with --out, a mirror folder holds both.
    files = articles.flatMap((a) => {
      const ann = toBrat(text(a), index.mentions(a.name));
      if (!opts.out) return [{ path: a.absPath.replace(/\.txt$/i, '') + '.ann', content: ann }];
      const base = path.join(opts.out, a.name.replace(/\.txt$/i, ''));
      return [
        { path: base + '.txt', content: text(a) },
        { path: base + '.ann', content: ann },
      ];
    });
  } else {
    const body =
      opts.format === 'jsonl'
        ? articles.map((a) => toJsonlLine(a.name, text(a), index.mentions(a.name), index.boilerplate(a.name)) + '\n').join('')
        : articles.map((a) => toConll(text(a), index.mentions(a.name))).join('\n');
    if (opts.out) files = [{ path: opts.out, content: body }];
    else stdout = body;
  }
  // All or nothing: written only once everything is computed.
  for (const f of files) writeAtomically(f.path, f.content);
  if (opts.format === 'brat') progress.note(`wrote ${names.length} .ann file(s)${opts.out ? ` in ${opts.out}` : ' beside the articles'}`);
  const out = new Output();
  await out.write(stdout);
  await out.flush();
}

async function main(): Promise<void> {
  tuneHeap();
  const progress = new Progress();
  try {
    const opts = parseArgs(process.argv.slice(2));
    if (opts.command === 'analyze') await analyze(opts, progress);
    else if (opts.command === 'facts') await facts(opts, progress);
    else await exportCorpus(opts, progress);
  } catch (e) {
    progress.end();
    if (e instanceof TextChangedError) {
      process.stderr.write(`seed-lens: ${e.message}; run the command again\n`);
      process.exitCode = 1;
      return;
    }
    if (e instanceof CliError) {
      (e.exitCode === 0 ? process.stdout : process.stderr).write(e.message + '\n');
      process.exitCode = e.exitCode;
      return;
    }
    const err = e as NodeJS.ErrnoException;
    process.stderr.write(err.code && err.path ? `seed-lens: cannot write ${err.path}: ${err.code}\n` : `seed-lens: internal error: ${err.stack ?? String(e)}\n`);
    process.exitCode = 1;
  }
}

void main();
