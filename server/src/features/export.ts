/**
 * Exporting the annotations from the editor (`seedLens/export`): what the index says now (with the
 * user's corrections) as brat standoff, JSONL or CoNLL, written by the server with atomic writes.
 * The same formats as `seed-lens export`, from the same core functions.
 */
import path from 'node:path';
import { toBrat, toConll, toJsonlLine } from '../core';
import { EXPORT_FORMATS, type ExportParams, type ExportResult } from '../protocol';
import { uriToPath } from '../workspace/uri';
import type { FeatureContext } from './context';
import type { FeatureHost } from './host';

const toPath = (target: string) => (target.startsWith('file:') ? uriToPath(target) : path.resolve(target));

export function exportAnnotations(ctx: FeatureContext, params: ExportParams, host: FeatureHost): ExportResult {
  const fail = (error: string): ExportResult => ({ ok: false, articles: 0, written: [], skipped: [], error });
  if (!params || !EXPORT_FORMATS.includes(params.format)) return fail(`unknown format; use ${EXPORT_FORMATS.join(', ')}`);
  const target = typeof params.target === 'string' && params.target.trim() ? toPath(params.target.trim()) : undefined;
  if (params.target && target === undefined) return fail('the target must be a path or a file: URI');
  if (params.format !== 'brat' && !target) return fail(`${params.format} needs a target file`);
  if (target && params.format !== 'brat' && host.isDirectory(target)) return fail(`${target} is a folder`);
  const wanted = Array.isArray(params.uris) ? new Set(params.uris) : undefined;
  const files = ctx.index
    .files()
    .filter((f) => !wanted || wanted.has(f))
    .map((f) => ({ file: f, label: ctx.label(f) }))
    .sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));

  // Everything is computed first; files are written only once it all succeeded.
  const out: { path: string; content: string }[] = [];
  const skipped: ExportResult['skipped'] = [];
  let articles = 0;
  if (params.format === 'brat') {
    for (const { file, label } of files) {
      const text = ctx.index.text(file) ?? '';
      const ann = toBrat(text, ctx.index.mentions(file));
      if (target) {
        const base = path.join(target, label.replace(/\.txt$/i, ''));
        if (path.relative(target, base).startsWith('..')) {
          skipped.push({ file: label, reason: 'outside the target folder' });
          continue;
        }
        // A copy of an article where the workspace looks for articles would be indexed twice.
        if (host.wouldBeIndexed(base + '.txt')) return fail(`${target} is where the workspace's articles are read from: choose a folder outside them`);
        out.push({ path: base + '.txt', content: text }, { path: base + '.ann', content: ann });
      } else {
        const p = uriToPath(file);
        if (p === undefined) {
          skipped.push({ file: label, reason: 'not a file on disk' });
          continue;
        }
        // brat reads the offsets against the .txt on disk: they must be the same text.
        if (host.readArticle(p) !== text) {
          skipped.push({ file: label, reason: 'unsaved changes' });
          continue;
        }
        out.push({ path: p.replace(/\.txt$/i, '') + '.ann', content: ann });
      }
      articles++;
    }
  } else {
    const parts = files.map(({ file, label }) => {
      const text = ctx.index.text(file) ?? '';
      return params.format === 'jsonl' ? toJsonlLine(label, text, ctx.index.mentions(file), ctx.index.boilerplate(file)) + '\n' : toConll(text, ctx.index.mentions(file));
    });
    articles = files.length;
    out.push({ path: target as string, content: params.format === 'jsonl' ? parts.join('') : parts.join('\n') });
  }
  const written: string[] = [];
  for (const f of out) {
    host.writeFile(f.path, f.content);
    written.push(f.path);
  }
  return { ok: true, articles, written, skipped };
}
