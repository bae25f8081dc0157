// The house rules on what may import what, checked on the real sources (and each check shown to
// fail on a small made-up tree): the engine stays free of VS Code and of anything that touches the
// disk or the process, the HTML/SVG renderers stay free of VS Code, and no module imports itself
// back through others. ESLint says the direct cases in the editor (eslint.config.mjs); this test
// also follows imports through other modules, and finds cycles, which ESLint's core rules cannot.
import * as assert from 'assert';
import * as fs from 'fs';
import { builtinModules } from 'module';
import * as os from 'os';
import * as path from 'path';
import { forbiddenImports, importCycles, readImportGraph, type ImportGraph } from './importGraph';
import { REPO_ROOT } from '../repoPaths';

/** Packages the engine may use, each for a reason: `yaml` parses front matter and the roster. */
const CORE_PACKAGES: ReadonlySet<string> = new Set(['yaml']);

/** Pure renderers: string in, HTML/SVG out, unit-tested without VS Code. */
const PURE_RENDERERS: readonly string[] = [
  'src/extension/history/html.ts',
  'src/extension/history/historyCharts.ts',
  'src/extension/history/historyPage.ts',
  'src/extension/history/panelMessages.ts',
  'src/extension/history/reportRange.ts',
];

const NODE_BUILTINS: ReadonlySet<string> = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

function isBuiltinOrVscode(target: string): boolean {
  return target === 'vscode' || NODE_BUILTINS.has(target) || NODE_BUILTINS.has(target.split('/')[0]);
}

/** Direct imports of a src/core module that leave the engine: anything but core modules and CORE_PACKAGES. */
function coreViolations(graph: ImportGraph): string[] {
  const core = [...graph.keys()].filter((module) => module.startsWith('src/core/'));
  return forbiddenImports(
    graph,
    core,
    (target) => !(graph.has(target) ? target.startsWith('src/core/') : CORE_PACKAGES.has(target)),
    true,
  );
}

/** Paths by which a pure renderer reaches VS Code or a Node built-in, through any module. */
function rendererViolations(graph: ImportGraph, renderers: readonly string[]): string[] {
  return forbiddenImports(graph, renderers, isBuiltinOrVscode);
}

/** The web worker host's entry (package.json `browser`). */
const WEB_ENTRY = 'src/extension/browser.ts';

/** The path by which the web entry reaches a Node built-in or the Node file readers (src/node/). */
function webViolations(graph: ImportGraph, entry: string = WEB_ENTRY): string[] {
  return forbiddenImports(
    graph,
    [entry],
    (target) => target.startsWith('src/node/') || (target !== 'vscode' && isBuiltinOrVscode(target)),
  );
}

function describeCycles(graph: ImportGraph): string[] {
  return importCycles(graph).map((cycle) => cycle.join(' -> '));
}

/** A made-up source tree in a temp folder, read like the real one. */
function fixtureGraph(files: Readonly<Record<string, string>>): ImportGraph {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'coaching-layering-'));
  try {
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), text);
    }
    return readImportGraph(root, 'src');
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

describe('layering: what may import what (src)', () => {
  const graph = readImportGraph(REPO_ROOT, 'src');

  it('reads the whole source tree', () => {
    assert.ok(graph.size > 50, `only ${graph.size} modules found`);
    for (const renderer of PURE_RENDERERS)
      assert.ok(graph.has(renderer), `${renderer} is gone: update the list`);
  });

  it('has no import cycle anywhere in src', () => {
    assert.deepStrictEqual(describeCycles(graph), []);
  });

  it('keeps src/core free of VS Code, Node built-ins and the hosts: files only through its ports', () => {
    assert.deepStrictEqual(coreViolations(graph), []);
  });

  it('keeps the HTML/SVG renderers free of VS Code and Node, through every module they import', () => {
    assert.deepStrictEqual(rendererViolations(graph, PURE_RENDERERS), []);
  });

  it('keeps the web entry free of Node built-ins and the Node file readers, through every module', () => {
    assert.ok(graph.has(WEB_ENTRY), `${WEB_ENTRY} is gone: update WEB_ENTRY`);
    assert.deepStrictEqual(webViolations(graph), []);
  });

  describe('each check fails when the rule is broken', () => {
    it('names every cycle, type-only imports included', () => {
      const cycles = describeCycles(
        fixtureGraph({
          'src/core/a.ts': "import { b } from './b';\n",
          'src/core/b.ts': "import type { C } from './deep/c';\nexport const b = 1;\n",
          'src/core/deep/c.ts': "export type C = 1;\nexport { a } from '../a';\n",
          'src/core/d.ts': "import { d } from './d';\n",
          'src/core/e.ts': "import { a } from './a';\n",
        }),
      );
      assert.deepStrictEqual(cycles.sort(), [
        'src/core/a.ts -> src/core/b.ts -> src/core/deep/c.ts -> src/core/a.ts',
        'src/core/d.ts -> src/core/d.ts',
      ]);
    });

    it('finds a cycle through an index module', () => {
      const cycles = describeCycles(
        fixtureGraph({
          'src/core/reps/index.ts': "export * from '../roster';\n",
          'src/core/roster.ts': "import { x } from './reps';\n",
        }),
      );
      assert.deepStrictEqual(cycles, [
        'src/core/reps/index.ts -> src/core/roster.ts -> src/core/reps/index.ts',
      ]);
    });

    it('flags the engine importing fs, process, VS Code, the extension or an unlisted package', () => {
      const violations = coreViolations(
        fixtureGraph({
          'src/core/ok.ts': "import { parse } from 'yaml';\nimport { x } from './room/y';\n",
          'src/core/room/y.ts': 'export const x = 1;\n',
          'src/core/files.ts': "import * as fs from 'node:fs';\n",
          'src/core/proc.ts': "import { env } from 'process';\n",
          'src/core/editor.ts': "import type * as vscode from 'vscode';\n",
          'src/core/host.ts': "import { a } from '../extension/a';\n",
          'src/core/pkg.ts': "const lodash = require('lodash');\n",
          'src/extension/a.ts': "import * as vscode from 'vscode';\nexport const a = 1;\n",
        }),
      );
      assert.deepStrictEqual(violations.sort(), [
        'src/core/editor.ts -> vscode',
        'src/core/files.ts -> node:fs',
        'src/core/host.ts -> src/extension/a.ts',
        'src/core/pkg.ts -> lodash',
        'src/core/proc.ts -> process',
      ]);
    });

    it('flags the web entry reaching the Node reader or a Node built-in through another module', () => {
      const files = {
        'src/extension/browser.ts': "import { a } from './activation';\n",
        'src/extension/activation.ts': "import * as vscode from 'vscode';\nimport { n } from './notes';\n",
        'src/extension/notes.ts': "import { read } from '../node/nodeFiles';\nexport const n = 1;\n",
        'src/node/nodeFiles.ts': "import * as fs from 'node:fs';\nexport const read = 1;\n",
        'src/extension/web2.ts': "import { x } from './x';\n",
        'src/extension/x.ts': "import { randomBytes } from 'crypto';\nexport const x = 1;\n",
      };
      const graph = fixtureGraph(files);
      assert.deepStrictEqual(webViolations(graph, 'src/extension/browser.ts'), [
        'src/extension/browser.ts -> src/extension/activation.ts -> src/extension/notes.ts -> src/node/nodeFiles.ts',
      ]);
      assert.deepStrictEqual(webViolations(graph, 'src/extension/web2.ts'), [
        'src/extension/web2.ts -> src/extension/x.ts -> crypto',
      ]);
    });

    it('flags a renderer that reaches VS Code or Node through another module', () => {
      const violations = rendererViolations(
        fixtureGraph({
          'src/extension/history/page.ts': "import { chart } from './chart';\n",
          'src/extension/history/chart.ts': "import { open } from '../open';\nexport const chart = 1;\n",
          'src/extension/open.ts': "import * as vscode from 'vscode';\nexport const open = 1;\n",
          'src/extension/history/pure.ts': "import { x } from '../../core/x';\n",
          'src/extension/history/disk.ts': "import { readFileSync } from 'fs/promises';\n",
          'src/core/x.ts': 'export const x = 1;\n',
        }),
        ['src/extension/history/page.ts', 'src/extension/history/pure.ts', 'src/extension/history/disk.ts'],
      );
      assert.deepStrictEqual(violations, [
        'src/extension/history/page.ts -> src/extension/history/chart.ts -> src/extension/open.ts -> vscode',
        'src/extension/history/disk.ts -> fs/promises',
      ]);
    });
  });
});
