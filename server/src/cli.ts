#!/usr/bin/env node
/**
 * `seed-lens analyze PATH... [--format text|json]`: the analysis core for the terminal.
 * Output is built whole and written once, so an error never leaves half a report on stdout.
 */
import { CorpusIndex, toAnswerJson } from './core';
import { CliError, listArticles, readArticle } from './cli/files';
import { textReport } from './cli/textReport';

const USAGE = 'usage: seed-lens analyze PATH... [--format text|json] [--max-file-size-mb N]';

interface Options {
  paths: string[];
  format: 'text' | 'json';
  maxBytes: number;
}

function parseArgs(argv: readonly string[]): Options {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h') throw new CliError(USAGE, 0);
  if (command !== 'analyze') throw new CliError(command ? `seed-lens: unknown command '${command}'\n${USAGE}` : USAGE, 2);
  const opts: Options = { paths: [], format: 'text', maxBytes: 5 * 1048576 };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = (): string => {
      const v = rest[++i];
      if (v === undefined) throw new CliError(`seed-lens: ${a} needs a value\n${USAGE}`, 2);
      return v;
    };
    if (a === '--format' || a.startsWith('--format=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : value();
      if (v !== 'text' && v !== 'json') throw new CliError(`seed-lens: --format must be text or json, not '${v}'\n${USAGE}`, 2);
      opts.format = v;
    } else if (a === '--max-file-size-mb') {
      const n = Number(value());
      if (!(n > 0)) throw new CliError(`seed-lens: --max-file-size-mb must be a positive number\n${USAGE}`, 2);
      opts.maxBytes = n * 1048576;
    } else if (a.startsWith('-') && a !== '-') {
      throw new CliError(`seed-lens: unknown option '${a}'\n${USAGE}`, 2);
    } else {
      opts.paths.push(a);
    }
  }
  if (opts.paths.length === 0) throw new CliError(`seed-lens: analyze needs at least one PATH\n${USAGE}`, 2);
  return opts;
}

function run(argv: readonly string[]): { stdout: string; stderr: string[] } {
  const opts = parseArgs(argv);
  const articles = listArticles(opts.paths);
  const index = new CorpusIndex();
  const stderr: string[] = [];
  const names: string[] = [];
  for (const a of articles) {
    const r = readArticle(a, opts.maxBytes);
    if (r.skipped !== undefined) {
      stderr.push(`skipped ${a.name}: ${r.skipped}`);
      continue;
    }
    if (r.notice) stderr.push(`${a.name}: ${r.notice}`);
    index.upsert(a.name, r.text ?? '');
    names.push(a.name);
  }
  const stdout = opts.format === 'json' ? JSON.stringify(toAnswerJson(index, names), null, 1) + '\n' : textReport(index, names);
  return { stdout, stderr };
}

function main(): void {
  let result: { stdout: string; stderr: string[] };
  try {
    result = run(process.argv.slice(2));
  } catch (e) {
    if (e instanceof CliError) {
      (e.exitCode === 0 ? process.stdout : process.stderr).write(e.message + '\n');
      process.exitCode = e.exitCode;
      return;
    }
    process.stderr.write(`seed-lens: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
    return;
  }
  for (const line of result.stderr) process.stderr.write(line + '\n');
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err; // a closed pipe (`| head`) is not an error
  });
  process.stdout.write(result.stdout);
}

main();
