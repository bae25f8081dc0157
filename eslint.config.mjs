// @ts-check
import tseslint from 'typescript-eslint';
import regexpPlugin from 'eslint-plugin-regexp';
import redosPlugin from 'eslint-plugin-redos';
import { builtinModules } from 'node:module';

const noFocusedOrSkippedTests = [
  { selector: "CallExpression[callee.property.name='only']", message: 'No focused tests.' },
  { selector: "CallExpression[callee.property.name='skip']", message: 'No skipped tests.' },
];
// `f(...array)` puts every element on the stack: 200,000 items overflow it (issue 9, C5). Loop,
// use `concat`, or reduce instead; a spread of a small fixed list can say so in a disable comment.
const noSpreadArguments = [
  {
    selector: 'CallExpression > SpreadElement',
    message: 'No spread into call arguments: an unbounded array overflows the stack.',
  },
  {
    selector: 'NewExpression > SpreadElement',
    message: 'No spread into constructor arguments: an unbounded array overflows the stack.',
  },
];

// Note text is shown in hovers, tooltips and webviews: none of them may run commands.
const noTrustedMarkdown = [
  {
    selector: 'Property[key.name=/^(isTrusted|enableCommandUris)$/]',
    message: 'No trusted Markdown or command URIs: note text must never become a command link.',
  },
  {
    selector: 'AssignmentExpression[left.property.name=/^(isTrusted|enableCommandUris)$/]',
    message: 'No trusted Markdown or command URIs: note text must never become a command link.',
  },
];

// Every Node built-in (fs, child_process, process, os, net, worker_threads...): the engine reaches
// files only through its ports, and the pure renderers run anywhere. test/unit/layering.test.ts
// checks the same through indirect imports, and that there is no import cycle.
const nodeBuiltins = builtinModules
  .filter((name) => !name.startsWith('_'))
  .flatMap((name) => [name, `node:${name}`]);
const vscodeImport = (where) => ({ name: 'vscode', message: `${where} must not depend on VS Code.` });

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'out/**',
      'node_modules/**',
      '.vscode-test/**',
      'examples/**',
      '**/*.mjs',
      '**/*.js',
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      eqeqeq: ['error', 'always'],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ...noFocusedOrSkippedTests],
    },
  },
  {
    // Note text is hostile and can be megabytes long: a regular expression that backtracks
    // super-linearly on it freezes the editor (issue 9, C3). eslint-plugin-regexp explains what to
    // change; eslint-plugin-redos (recheck) also finds the exponential cases it misses, such as
    // `(?:[ \t]*>[ \t]?)*`. Its verdicts are cached in node_modules/.cache.
    files: ['src/**/*.ts'],
    plugins: { regexp: regexpPlugin, redos: redosPlugin },
    rules: {
      'no-restricted-syntax': [
        'error',
        ...noFocusedOrSkippedTests,
        ...noSpreadArguments,
        ...noTrustedMarkdown,
      ],
      'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
      'regexp/no-super-linear-move': [
        'error',
        { report: 'potential', ignorePartial: false, ignoreSticky: false },
      ],
      'redos/no-vulnerable': ['error', { ignoreErrors: false, randomSeed: 1, cache: true }],
    },
  },
  {
    // Settings are read in one module: typed, with package.json's defaults and the Workspace Trust
    // rules (test/unit/extension/settings.test.ts checks it reads exactly the settings package.json declares).
    files: ['src/**/*.ts'],
    ignores: ['src/extension/settings.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'getConfiguration', message: 'Read settings through src/extension/settings.ts.' },
      ],
    },
  },
  {
    // The engine is shared by the CLI and the extension (and could run on vscode.dev): it reaches
    // files only through the ports the hosts implement.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            vscodeImport('src/core'),
            ...nodeBuiltins.map((name) => ({
              name,
              message: 'src/core reaches files and the process only through its ports.',
            })),
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['process', 'require', '__dirname', '__filename'].map((name) => ({
          name,
          message: 'src/core reaches files and the process only through its ports.',
        })),
      ],
    },
  },
  {
    // The extension runs in the web worker host too (src/extension/browser.ts): only the desktop
    // entry and the Node reader it wires may use Node. The layering test and the web build check the
    // same through every import; this says it in the editor.
    files: ['src/extension/**/*.ts'],
    ignores: ['src/extension/extension.ts', 'src/extension/notes/nodeLocalFiles.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.map((name) => ({
            name,
            message: 'The web worker host has no Node: see src/extension/browser.ts.',
          })),
          patterns: [
            {
              group: ['**/node/*'],
              message: 'The Node reader is wired by the desktop entry only (useLocalFiles).',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['process', 'require', 'Buffer', 'setImmediate', 'clearImmediate', '__dirname', '__filename'].map(
          (name) => ({
            name,
            message:
              'The web worker host has none: see src/extension/util/nodeProcess.ts and yieldToHost.ts.',
          }),
        ),
      ],
    },
  },
  {
    // The HTML/SVG renderers and the panel's message checks: pure, unit-tested without VS Code.
    files: [
      'src/extension/history/html.ts',
      'src/extension/history/historyCharts.ts',
      'src/extension/history/historyPage.ts',
      'src/extension/history/panelMessages.ts',
      'src/extension/history/reportRange.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            vscodeImport('A pure renderer'),
            ...nodeBuiltins.map((name) => ({ name, message: 'A pure renderer reads no files.' })),
          ],
        },
      ],
    },
  },
);
