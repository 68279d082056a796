/**
 * Entry of the extension test suite, loaded by the extension host (`extensionTestsPath`): VS Code
 * desktop through @vscode/test-electron, or code-server through scripts/editor/run-extension-tests.mjs.
 * Runs every `*.test.js` bundled next to this file with mocha (tdd ui), prints one line per test and
 * writes a JSON result to $SEEDLENS_TEST_RESULT when set (the runner reads it: the browser-hosted
 * workbench only passes the exit code).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

interface Outcome {
  passed: number;
  failed: number;
  pending: number;
  lines: string[];
  failures: { title: string; message: string; stack?: string }[];
}

function makeReporter(outcome: Outcome) {
  const log = (line: string) => {
    outcome.lines.push(line);
    console.log(line);
  };
  return class SeedLensReporter {
    constructor(runner: Mocha.Runner) {
      runner.on('suite', (s: Mocha.Suite) => {
        if (s.title) log(`${'  '.repeat(depth(s))}${s.title}`);
      });
      runner.on('pass', (t: Mocha.Test) => {
        outcome.passed++;
        log(`${'  '.repeat(depth(t))}ok   ${t.title} (${t.duration ?? 0} ms)`);
      });
      runner.on('pending', (t: Mocha.Test) => {
        outcome.pending++;
        log(`${'  '.repeat(depth(t))}skip ${t.title}`);
      });
      runner.on('fail', (t: Mocha.Runnable, err: Error) => {
        outcome.failed++;
        const message = String(err?.message ?? err).split('\n').slice(0, 12).join('\n');
        outcome.failures.push({ title: t.fullTitle(), message, stack: err?.stack });
        log(`${'  '.repeat(depth(t))}FAIL ${t.title}\n${indent(message, depth(t) + 3)}`);
      });
      runner.on('end', () => {
        log('');
        for (const [i, f] of outcome.failures.entries()) log(`${i + 1}) ${f.title}\n${indent(f.message, 3)}`);
        log(`${outcome.passed} passing, ${outcome.failed} failing, ${outcome.pending} pending`);
      });
    }
  };
}

function depth(r: Mocha.Runnable | Mocha.Suite): number {
  let n = 0;
  for (let p = r.parent; p && !p.root; p = p.parent) n++;
  return n + (r instanceof Mocha.Suite ? 0 : 1);
}

function indent(s: string, n: number): string {
  return s
    .split('\n')
    .map((l) => ' '.repeat(n) + l)
    .join('\n');
}

export function run(): Promise<void> {
  const outcome: Outcome = { passed: 0, failed: 0, pending: 0, lines: [], failures: [] };
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 90_000, reporter: makeReporter(outcome) as unknown as string });
  const grep = process.env.SEEDLENS_TEST_GREP;
  if (grep) mocha.grep(grep);
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));
  const write = () => {
    const out = process.env.SEEDLENS_TEST_RESULT;
    if (out) fs.writeFileSync(out, JSON.stringify({ ...outcome, files }, null, 2));
  };
  return new Promise((resolve, reject) => {
    try {
      if (files.length === 0) throw new Error(`no *.test.js next to ${__filename}: run node scripts/build.mjs`);
      mocha.run((failures) => {
        write();
        if (failures > 0) reject(new Error(`${failures} test(s) failed`));
        else resolve();
      });
    } catch (err) {
      outcome.failed++;
      outcome.failures.push({ title: 'loading the suite', message: String(err) });
      write();
      reject(err);
    }
  });
}
