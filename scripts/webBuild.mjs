// How the web extension is bundled (used by scripts/esbuild.mjs, and by a unit test that shows a
// Node built-in fails this build): one file for the web worker extension host, which resolves
// nothing but `vscode`, so yaml is bundled in. Bundling for the browser, esbuild cannot resolve a
// Node built-in module (`fs`, `path`, `node:*`) and fails.
export const WEB_EXTENSION_FILE = 'dist/web/extension.js';

/** esbuild options for `entry` as the web extension (merged over the shared ones). */
export function webBuildOptions(entry = 'src/extension/browser.ts') {
  return {
    entryPoints: [entry],
    outfile: WEB_EXTENSION_FILE,
    bundle: true,
    format: 'cjs',
    external: ['vscode'],
    platform: 'browser',
    target: 'es2022',
    // yaml's ESM entry: tree-shaken to what the engine imports.
    mainFields: ['browser', 'module', 'main'],
  };
}
