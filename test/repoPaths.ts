// Where the checkout and the compiled tests are, so a test file can sit at any depth under test/.
import * as path from 'node:path';

/** The checkout's root (this file compiles to out/test/repoPaths.js). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** The compiled tree, e.g. `path.join(OUT_ROOT, 'src/cli/main.js')`. */
export const OUT_ROOT = path.resolve(__dirname, '..');
