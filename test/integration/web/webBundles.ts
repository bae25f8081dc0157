// Bundles the web tier's browser code with esbuild, for the web worker (platform
// browser: a Node built-in fails the build): the suite (in English and in Spanish), into out/web/ inside Coaching Notes'
// folder (a test file runs in the host of the extension whose folder holds it), and the test-only
// memfs extension, into the folder it is staged in.
import * as esbuild from 'esbuild';
import * as path from 'path';
import { repoRoot } from '../harness/paths';

export const webSourceDir = path.join(repoRoot, 'test', 'integration', 'web');

/**
 * Node's `assert`, which the worker lacks, as web/suite/assert.ts: the integration suite's helpers
 * (suite/editors.ts, suite/notesWorkspace.ts) then run in the worker unchanged.
 */
const assertInTheWorker: esbuild.Plugin = {
  name: 'assert-in-the-worker',
  setup(build) {
    build.onResolve({ filter: /^(node:)?assert$/ }, () => ({
      path: path.join(webSourceDir, 'suite', 'assert.ts'),
    }));
  },
};

export interface WebBundles {
  /** The suite, in English. */
  readonly suiteEntry: string;
  /** The suite that runs with Spanish as the display language. */
  readonly spanishSuiteEntry: string;
}

export async function buildWebBundles(memfsExtensionDir: string): Promise<WebBundles> {
  const suiteEntry = path.join(repoRoot, 'out', 'web', 'suite.js');
  const spanishSuiteEntry = path.join(repoRoot, 'out', 'web', 'suite-es.js');
  const common: esbuild.BuildOptions = {
    absWorkingDir: repoRoot,
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    sourcemap: 'inline',
    sourcesContent: false,
    logLevel: 'warning',
    // A name the small assert lacks must fail the build, not be undefined at run time.
    logOverride: { 'import-is-undefined': 'error' },
    plugins: [assertInTheWorker],
  };
  for (const [entry, outfile] of [
    ['index.ts', suiteEntry],
    ['indexEs.ts', spanishSuiteEntry],
  ]) {
    await esbuild.build({ ...common, entryPoints: [path.join(webSourceDir, 'suite', entry)], outfile });
  }
  await esbuild.build({
    ...common,
    entryPoints: [path.join(webSourceDir, 'memfsWorkspace', 'extension.ts')],
    outfile: path.join(memfsExtensionDir, 'dist', 'extension.js'),
  });
  return { suiteEntry, spanishSuiteEntry };
}
