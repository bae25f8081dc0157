// Bundles one file per entry point into dist/: the extension for Node hosts (vscode external), the
// extension for the web worker host (dist/web/extension.js), and the CLI, and writes
// ThirdPartyNotices.txt for the npm packages bundled into them.
// The web build (scripts/webBuild.mjs) is bundled for the browser: a Node built-in reachable from
// src/extension/browser.ts (`fs`, `path`, `node:*`) cannot be resolved there and fails the build.
// Node's globals (`process`, `setImmediate`) are caught by the type check of the same entry without
// Node's types (tsconfig.web.json).
// Both extensions load the `yaml` package and the engine's Spanish words (about 33 KB) from files of
// their own, only when needed (scripts/lazyModules.mjs): on the desktop loading yaml was about a
// fifth of the time to load the extension (53 ms with it, 40 ms without, in Node). The CLI bundles
// them as usual.
// --production minifies and drops sourcemaps, and fails when dist/extension.js or
// dist/web/extension.js, the files that activation loads, exceeds EXTENSION_BUDGET_BYTES (the lazy
// files are reported beside them); a development build checks a minified build in memory, so `npm
// run build` catches it too. --watch rebuilds on change.
import * as esbuild from 'esbuild';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LAZY_FILES, lazyFileEntries, lazyModulePlugins } from './lazyModules.mjs';
import { writeThirdPartyNotices } from './thirdPartyNotices.mjs';
import { WEB_EXTENSION_FILE, webBuildOptions, webLazyFileOptions } from './webBuild.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** The file activation loads, minified, on the desktop and on the web (issues 11 and 15). */
export const EXTENSION_BUDGET_BYTES = 300 * 1000;

const common = {
  absWorkingDir: repoRoot,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'info',
  legalComments: 'none',
  metafile: true,
};

const extensionEntries = [
  {
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/extension.js',
    external: ['vscode'],
    plugins: lazyModulePlugins('node'),
  },
  ...lazyFileEntries('dist'),
];
const webEntry = webBuildOptions();
const webEntries = [webEntry, ...webLazyFileOptions()];
const entries = [
  ...extensionEntries,
  ...webEntries,
  {
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
  },
];

/**
 * The minified size of a group of entries (one extension and its lazy files): the file activation
 * loads, and the lazy files beside it. From this build, or from one in memory.
 */
async function minifiedBytes(group, results) {
  const outputs = production
    ? group.map((entry) => results[entries.indexOf(entry)].metafile.outputs)
    : (
        await Promise.all(
          group.map((entry) =>
            esbuild.build({
              ...common,
              ...entry,
              minify: true,
              sourcemap: false,
              write: false,
              logLevel: 'error',
            }),
          ),
        )
      ).map((result) => result.metafile.outputs);
  const sizes = { main: 0, lazy: 0 };
  for (const [file, output] of outputs.flatMap((files) => Object.entries(files))) {
    if (file.endsWith('.map')) continue;
    if (LAZY_FILES.some((lazy) => file.endsWith(lazy))) sizes.lazy += output.bytes;
    else sizes.main += output.bytes;
  }
  return sizes;
}

/** Reports the group's sizes; fails the build when the file activation loads is over budget. */
async function checkBudget(mainFile, group, results) {
  const { main, lazy } = await minifiedBytes(group, results);
  const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
  const lazyFiles = LAZY_FILES.map((file) => path.posix.join(path.posix.dirname(mainFile), file));
  if (main > EXTENSION_BUDGET_BYTES) {
    process.stderr.write(
      `${mainFile} is ${kb(main)} minified, over its budget of ${kb(EXTENSION_BUDGET_BYTES)}.\n`,
    );
    process.exitCode = 1;
  } else {
    process.stdout.write(
      `${mainFile}: ${kb(main)} minified (budget ${kb(EXTENSION_BUDGET_BYTES)}); ${lazyFiles.join(' and ')}, loaded on demand: ${kb(lazy)}\n`,
    );
  }
}

const contexts = await Promise.all(entries.map((entry) => esbuild.context({ ...common, ...entry })));
if (watch) {
  await Promise.all(contexts.map((ctx) => ctx.watch()));
} else {
  const results = await Promise.all(contexts.map((ctx) => ctx.rebuild()));
  await Promise.all(contexts.map((ctx) => ctx.dispose()));
  writeThirdPartyNotices(
    repoRoot,
    results.map((result) => result.metafile),
  );
  await checkBudget('dist/extension.js', extensionEntries, results);
  await checkBudget(WEB_EXTENSION_FILE, webEntries, results);
}
