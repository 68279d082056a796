// Bundles the analysis core once for the benchmarks (into .bench/, gitignored) and loads it.
import * as esbuild from 'esbuild';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');

export async function loadCore() {
  const outfile = path.join(root, '.bench', 'core.cjs');
  await esbuild.build({ entryPoints: [path.join(root, 'server/src/core/index.ts')], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning' });
  return createRequire(import.meta.url)(outfile);
}

export { root };
