/** Where the tests find the repository and the built bundles (npm test runs from the repository root). */
import path from 'node:path';

export const repoRoot = process.env.SEED_LENS_ROOT ?? process.cwd();
export const distDir = process.env.SEED_LENS_DIST ?? path.join(repoRoot, 'dist');
export const seedsDir = path.join(repoRoot, 'seeds');
