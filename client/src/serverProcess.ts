/**
 * How the language server process is started: the editor's environment plus one allocator
 * setting, and one Node flag. `scripts/bench/lsp.mjs` and the Neovim set-up in docs/neovim.md
 * start the server the same way; a test checks that the bench does.
 *
 * The allocator: glibc's malloc raises its mmap threshold every time a large block is freed (up to
 * 32 MB); from then on the index's growing typed arrays are carved out of the main heap, whose
 * holes are seldom given back. Pinning the threshold at glibc's default (128 KiB) keeps each large
 * array in a mapping of its own, returned to the system when freed: the server's peak resident
 * memory drops (docs/performance.md). Other allocators (macOS, Windows, musl)
 * ignore the variable.
 *
 * The young generation: while indexing, much of what is allocated survives (every file's facts
 * join the index), so V8 grows its two semi-spaces to their 16 MB maximum, and those 32 MB stay
 * with the process. Capped at 4 MB each, collections of the young generation come more often: a
 * lower peak for a little more CPU time (docs/performance.md). A flag Node reads
 * when it starts: the server cannot set it on itself, as it does its other heap setting (heap.ts).
 */
export const MALLOC_SETTINGS: Readonly<Record<string, string>> = { MALLOC_MMAP_THRESHOLD_: '131072' };

export const SERVER_NODE_ARGS: readonly string[] = ['--max-semi-space-size=4'];

export function serverEnv(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...base, ...MALLOC_SETTINGS };
}
