// How the web extension is bundled (used by scripts/esbuild.mjs, and by a unit test that shows a
// Node built-in fails this build): dist/web/extension.js for the web worker extension host, which
// resolves nothing but `vscode`, and beside it the lazy files it reads on demand (yaml, the Spanish
// words: scripts/lazyModules.mjs). Bundling for the browser, esbuild cannot resolve a Node built-in
// module (`fs`, `path`, `node:*`) and fails.
import { lazyFileEntries, lazyModulePlugins } from './lazyModules.mjs';

export const WEB_EXTENSION_FILE = 'dist/web/extension.js';

const browser = {
  bundle: true,
  format: 'cjs',
  platform: 'browser',
  target: 'es2022',
  // yaml's ESM entry: tree-shaken to what the engine imports.
  mainFields: ['browser', 'module', 'main'],
};

/** esbuild options for `entry` as the web extension (merged over the shared ones). */
export function webBuildOptions(entry = 'src/extension/browser.ts') {
  return {
    ...browser,
    entryPoints: [entry],
    outfile: WEB_EXTENSION_FILE,
    external: ['vscode'],
    plugins: lazyModulePlugins('web'),
  };
}

/** esbuild options of the files the web extension loads on demand, beside it in dist/web. */
export function webLazyFileOptions() {
  return lazyFileEntries('dist/web').map((entry) => ({ ...browser, ...entry }));
}
