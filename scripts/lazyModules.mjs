// The parts of the engine most sessions never need, built as files of their own and loaded on first
// use: the yaml package (only a front matter the fast line scanner declines, or a roster, needs it)
// and the engine's Spanish words (only a Spanish reader needs them). The CLI bundles both as usual.
// - Desktop (dist/extension.js): a lazy module `require`s dist/<file> the first time one of its
//   exports is read.
// - Web (dist/web/extension.js): the worker host resolves nothing but `vscode`, so the web entry
//   reads dist/web/<file> in the background after activation and a lazy module takes its exports
//   from there (src/extension/web/onDemandModules.ts; src/extension/engineLoaded.ts holds parsing
//   back until then).
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The yaml package, as dist/yaml.js and dist/web/yaml.js. */
export const LAZY_YAML_FILE = 'yaml.js';
/** The engine's Spanish words (src/core/i18n/catalogueEs.ts). */
export const LAZY_SPANISH_FILE = 'catalogue-es.js';
export const LAZY_FILES = [LAZY_YAML_FILE, LAZY_SPANISH_FILE];

const YAML_EXPORTS = Object.keys(createRequire(import.meta.url)('yaml'));

/** The esbuild entries of the lazy files themselves, written into `outdir` (dist or dist/web). */
export function lazyFileEntries(outdir) {
  return [
    {
      stdin: { contents: "module.exports = require('yaml');", resolveDir: repoRoot, loader: 'js' },
      outfile: `${outdir}/${LAZY_YAML_FILE}`,
    },
    { entryPoints: ['src/core/i18n/catalogueEs.ts'], outfile: `${outdir}/${LAZY_SPANISH_FILE}` },
  ];
}

/** The plugins that turn `import … from 'yaml'` and the Spanish catalogue into lazy modules. */
export function lazyModulePlugins(host) {
  return [
    lazyModule(host, 'lazy-yaml', /^yaml$/, LAZY_YAML_FILE, YAML_EXPORTS),
    lazyModule(host, 'lazy-spanish', /\/catalogueEs$/, LAZY_SPANISH_FILE, ['ES']),
  ];
}

const ON_DEMAND_MODULES = path.join(repoRoot, 'src/extension/web/onDemandModules.ts');

/**
 * An import that `filter` matches becomes a module whose exports (`names`) are getters that load
 * `file` the first time one of them is read: every use must be inside a function (yaml's in
 * src/core are; the Spanish catalogue is read through a getter of CATALOGUES).
 */
function lazyModule(host, name, filter, file, names) {
  const load =
    host === 'web'
      ? `require(${JSON.stringify(ON_DEMAND_MODULES)}).onDemandExports(${JSON.stringify(file)})`
      : `require('./${file}')`;
  const escaped = file.replace(/[.]/gu, '\\.');
  return {
    name,
    setup(build) {
      build.onResolve({ filter }, () => ({ path: file, namespace: name }));
      build.onResolve({ filter: new RegExp(`^\\./${escaped}$`), namespace: name }, (args) => ({
        path: args.path,
        external: true,
      }));
      build.onLoad({ filter: /.*/, namespace: name }, () => ({
        loader: 'js',
        resolveDir: repoRoot,
        contents: [
          'let loaded;',
          `const load = () => (loaded ??= ${load});`,
          `for (const name of ${JSON.stringify(names)})`,
          '  Object.defineProperty(exports, name, { enumerable: true, get: () => load()[name] });',
        ].join('\n'),
      }));
    },
  };
}
