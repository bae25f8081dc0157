// @ts-check
import tseslint from 'typescript-eslint';

const nodeOnly = ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'child_process', 'node:child_process'];

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
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only']", message: 'No focused tests.' },
        { selector: "CallExpression[callee.property.name='skip']", message: 'No skipped tests.' },
        // Note text is shown in hovers, tooltips and webviews: none of them may run commands.
        {
          selector: 'Property[key.name=/^(isTrusted|enableCommandUris)$/]',
          message: 'No trusted Markdown or command URIs: note text must never become a command link.',
        },
        {
          selector: 'AssignmentExpression[left.property.name=/^(isTrusted|enableCommandUris)$/]',
          message: 'No trusted Markdown or command URIs: note text must never become a command link.',
        },
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
            { name: 'vscode', message: 'src/core must not depend on VS Code.' },
            ...nodeOnly.map((name) => ({ name, message: 'src/core reaches files only through its ports.' })),
          ],
        },
      ],
    },
  },
);
