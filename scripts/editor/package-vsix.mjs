// `npm run package` in a temp copy of the checkout (sources only, node_modules linked), so that the
// production build it starts with does not replace the shared dist/ while others use it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './install-code-server.mjs';

const SKIP = new Set(['node_modules', '.git', '.vscode-test', 'out', 'dist', '.bench', '.seedlens-cache']);

/** Returns the path of the .vsix made in `<scratch>/checkout`. */
export function packageInTempCopy(scratch, say = console.log) {
  const copy = path.join(scratch, 'checkout');
  fs.cpSync(repoRoot, copy, {
    recursive: true,
    filter: (src) => {
      const rel = path.relative(repoRoot, src);
      return !SKIP.has(rel.split(path.sep)[0]) && !rel.endsWith('.vsix');
    },
  });
  fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(copy, 'node_modules'));
  const t0 = Date.now();
  const r = spawnSync('npm', ['run', 'package'], { cwd: copy, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
  const vsix = path.join(copy, 'seed-lens.vsix');
  if (r.status !== 0 || !fs.existsSync(vsix)) {
    throw new Error(`npm run package failed (exit ${r.status}):\n${`${r.stdout}\n${r.stderr}`.trim().split('\n').slice(-25).join('\n')}`);
  }
  const line = `${r.stdout}`.split('\n').find((l) => /Packaged:/.test(l)) ?? vsix;
  say(`npm run package: ${line.trim()} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  return vsix;
}
