// Grammar tests: `node test/grammar/run.mjs` (exits non-zero when any assertion fails).
//
// Runs vscode-tmgrammar-test over test/grammar/**/*.test.coach.md. Our grammar comes from
// package.json's `contributes.grammars` (so the contribution itself is tested); the Markdown and
// YAML grammars it embeds are built into VS Code, so the tests take VS Code's copies from the
// tm-grammars dev dependency. The Markdown grammar also names ~60 languages for fenced code blocks
// that these tests do not need: the tool's "grammar not found" warning for those is dropped, every
// other line passes through.
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const tool = path.join(repoRoot, 'node_modules', 'vscode-tmgrammar-test', 'dist', 'unit.js');
const grammarsDir = path.join('node_modules', 'tm-grammars', 'grammars');
/** Scopes the tests rely on: a warning that one of them is missing must stay visible. */
const NEEDED_SCOPES = new Set(['text.coaching-note', 'text.html.markdown', 'source.yaml']);

const args = [
  tool,
  '-g',
  path.join(grammarsDir, 'markdown.json'),
  '-g',
  path.join(grammarsDir, 'yaml.json'),
  ...process.argv.slice(2),
];
if (process.argv.length <= 2) args.push('test/grammar/**/*.test.coach.md');

const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'inherit', 'pipe'] });
let pending = '';
child.stderr.setEncoding('utf8');
child.stderr.on('data', (chunk) => {
  pending += chunk;
  const lines = pending.split('\n');
  pending = lines.pop() ?? '';
  for (const line of lines) if (!isUnneededGrammarWarning(line)) process.stderr.write(`${line}\n`);
});
child.on('close', (code, signal) => {
  if (pending !== '' && !isUnneededGrammarWarning(pending)) process.stderr.write(pending);
  process.exit(code ?? (signal ? 1 : 0));
});

function isUnneededGrammarWarning(line) {
  const match = /^grammar not found for "([^"]+)"$/.exec(line.trim());
  return match !== null && !NEEDED_SCOPES.has(match[1]);
}
