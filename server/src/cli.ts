#!/usr/bin/env node
/**
 * `seed-lens analyze PATH... [--format text|json]` and `seed-lens export PATH... --format brat|jsonl|conll`:
 * the analysis core for the terminal. Output is built whole and written once, so an error never leaves
 * half a report on stdout; notices and errors go to stderr and the exit code says which happened.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CorpusIndex, toAnswerJson, toBrat, toConll, toJsonlLine } from './core';
import { findAnnotationsFile, loadAnnotations } from './cli/annotationsFile';
import { CliError, listArticles, readArticle, type ArticleFile } from './cli/files';
import { textReport } from './cli/textReport';
import { writeAtomically } from './workspace/atomicWrite';

const USAGE = [
  'usage: seed-lens analyze PATH... [--format text|json] [--max-file-size-mb N] [--annotations FILE | --no-annotations] [--no-site-templates]',
  '       seed-lens export PATH... --format brat|jsonl|conll [--out PATH] [--max-file-size-mb N]',
].join('\n');

type Command = 'analyze' | 'export';
const FORMATS: Record<Command, readonly string[]> = { analyze: ['text', 'json'], export: ['brat', 'jsonl', 'conll'] };

interface Options {
  command: Command;
  paths: string[];
  format: string;
  maxBytes: number;
  out?: string;
  annotations: string | false | undefined;
  /** Learn site templates across the corpus (`--no-site-templates` turns it off, to compare). */
  templates: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') throw new CliError(USAGE, 0);
  if (command !== 'analyze' && command !== 'export') throw new CliError(command ? `seed-lens: unknown command '${command}'\n${USAGE}` : USAGE, 2);
  const opts: Options = { command, paths: [], format: command === 'analyze' ? 'text' : '', maxBytes: 5 * 1048576, annotations: undefined, templates: true };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const eq = a.indexOf('=');
    const flag = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    const value = (): string => {
      if (a.startsWith('--') && eq > 0) return a.slice(eq + 1);
      const v = rest[++i];
      if (v === undefined) throw new CliError(`seed-lens: ${a} needs a value\n${USAGE}`, 2);
      return v;
    };
    if (flag === '--format') {
      const v = value();
      if (!FORMATS[command].includes(v)) throw new CliError(`seed-lens: ${command} --format must be ${FORMATS[command].join(' or ')}, not '${v}'\n${USAGE}`, 2);
      opts.format = v;
    } else if (flag === '--max-file-size-mb') {
      const n = Number(value());
      if (!(n > 0)) throw new CliError(`seed-lens: --max-file-size-mb must be a positive number\n${USAGE}`, 2);
      opts.maxBytes = n * 1048576;
    } else if (flag === '--out' && command === 'export') {
      opts.out = value();
    } else if (flag === '--annotations') {
      opts.annotations = value();
    } else if (flag === '--no-annotations') {
      opts.annotations = false;
    } else if (flag === '--no-site-templates' && command === 'analyze') {
      opts.templates = false;
    } else if (a.startsWith('-') && a !== '-') {
      throw new CliError(`seed-lens: unknown option '${a}'\n${USAGE}`, 2);
    } else {
      opts.paths.push(a);
    }
  }
  if (opts.paths.length === 0) throw new CliError(`seed-lens: ${command} needs at least one PATH\n${USAGE}`, 2);
  if (!opts.format) throw new CliError(`seed-lens: export needs --format ${FORMATS.export.join('|')}\n${USAGE}`, 2);
  return opts;
}

interface Loaded {
  index: CorpusIndex;
  articles: ArticleFile[];
  notices: string[];
}

function loadCorpus(opts: Options): Loaded {
  const listed = listArticles(opts.paths);
  const notices: string[] = [];
  const index = new CorpusIndex({ boilerplate: { templates: opts.templates } });
  if (opts.annotations !== false) {
    if (opts.annotations && !fs.existsSync(opts.annotations)) throw new CliError(`seed-lens: no such annotations file: ${opts.annotations}`, 1);
    const file = opts.annotations || findAnnotationsFile(opts.paths[0]);
    const annotations = loadAnnotations(file, notices);
    if (file) {
      // File-scoped entries name files relative to the folder that holds `.seedlens/` (as the editor
      // writes them); the report names them relative to the folder analysed: translate through the absolute path.
      const workspaceRoot = path.dirname(path.dirname(path.resolve(file)));
      const nameOf = new Map(listed.map((a) => [a.absPath, a.name]));
      annotations.notEntity = annotations.notEntity.map((n) =>
        n.file ? { ...n, file: nameOf.get(path.resolve(workspaceRoot, n.file)) ?? n.file } : n,
      );
    }
    index.setAnnotations(annotations);
  }
  const articles: ArticleFile[] = [];
  for (const a of listed) {
    const r = readArticle(a, opts.maxBytes);
    if (r.skipped !== undefined) {
      notices.push(`skipped ${a.name}: ${r.skipped}`);
      continue;
    }
    if (r.notice) notices.push(`${a.name}: ${r.notice}`);
    index.upsert(a.name, r.text ?? '');
    articles.push(a);
  }
  return { index, articles, notices };
}

interface Result {
  stdout: string;
  /** Files to write (export), all or nothing: written only once everything is computed. */
  files: { path: string; content: string }[];
  notices: string[];
}

function analyze(opts: Options, { index, articles, notices }: Loaded): Result {
  const names = articles.map((a) => a.name);
  // Every report reads every file's blocks (the related ranking does): built in this order first, they cost a third less.
  for (const f of index.inBlockOrder()) index.boilerplate(f);
  const stdout = opts.format === 'json' ? JSON.stringify(toAnswerJson(index, names), null, 1) + '\n' : textReport(index, names);
  return { stdout, files: [], notices };
}

function exportCorpus(opts: Options, { index, articles, notices }: Loaded): Result {
  const text = (a: ArticleFile) => index.text(a.name) ?? '';
  if (opts.format === 'brat') {
    // brat wants the .ann beside its .txt; with --out, a mirror folder holds both.
    const files = articles.flatMap((a) => {
      const ann = toBrat(text(a), index.mentions(a.name));
      if (!opts.out) return [{ path: a.absPath.replace(/\.txt$/i, '') + '.ann', content: ann }];
      const base = path.join(opts.out, a.name.replace(/\.txt$/i, ''));
      return [
        { path: base + '.txt', content: text(a) },
        { path: base + '.ann', content: ann },
      ];
    });
    return { stdout: '', files, notices: [...notices, `wrote ${articles.length} .ann file(s)${opts.out ? ` in ${opts.out}` : ' beside the articles'}`] };
  }
  const body =
    opts.format === 'jsonl'
      ? articles.map((a) => toJsonlLine(a.name, text(a), index.mentions(a.name), index.boilerplate(a.name)) + '\n').join('')
      : articles.map((a) => toConll(text(a), index.mentions(a.name))).join('\n');
  return opts.out ? { stdout: '', files: [{ path: opts.out, content: body }], notices } : { stdout: body, files: [], notices };
}

function main(): void {
  let result: Result;
  try {
    const opts = parseArgs(process.argv.slice(2));
    const loaded = loadCorpus(opts);
    result = opts.command === 'analyze' ? analyze(opts, loaded) : exportCorpus(opts, loaded);
    for (const f of result.files) writeAtomically(f.path, f.content);
  } catch (e) {
    if (e instanceof CliError) {
      (e.exitCode === 0 ? process.stdout : process.stderr).write(e.message + '\n');
      process.exitCode = e.exitCode;
      return;
    }
    const err = e as NodeJS.ErrnoException;
    process.stderr.write(err.code && err.path ? `seed-lens: cannot write ${err.path}: ${err.code}\n` : `seed-lens: internal error: ${err.stack ?? String(e)}\n`);
    process.exitCode = 1;
    return;
  }
  for (const line of result.notices) process.stderr.write(line + '\n');
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err; // a closed pipe (`| head`) is not an error
  });
  process.stdout.write(result.stdout);
}

main();
