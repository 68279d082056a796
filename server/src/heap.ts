/**
 * The garbage collector's setting for the server process, applied at start so that every editor
 * gets it (VS Code's client, Neovim's, anything running `node dist/server.js`).
 *
 * After each full collection V8 lets the old generation grow to about twice what survived (more
 * when it judges allocation fast) before collecting again. The server's live data is the index,
 * long-lived and large; what a sweep or a request allocates dies within the file it is computed
 * for, yet some of it is promoted and lingers as garbage until the next full collection. A
 * growing factor of 1.2 collects it sooner: a lower peak resident memory for a little more CPU
 * time until every diagnostic is published (measured in docs/performance.md, `npm run bench`).
 *
 * A growing percent given on the command line or in NODE_OPTIONS wins.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

export const HEAP_GROWING_PERCENT = 20;

export function tuneHeap(): void {
  const given = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((a) => /heap[-_]growing[-_]percent/.test(a));
  if (!given) v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}

/**
 * A full collection now, for a caller that has just let go of a large part of its data (the CLI's
 * sealed index). Typed arrays keep their storage outside V8's heap and give it back only when V8
 * collects them, which it may not do before the next phase has allocated on top of them: the
 * peak would count both.
 */
export function collectNow(): void {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as (() => void) | undefined;
  gc?.();
}
