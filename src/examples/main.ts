// Writes the example workspace (./generate.ts) to a folder: `examples/` by default, or `--out`.
//
//   node scripts/generate-examples.mjs --today 2026-11-22 [--out examples]
//
// scripts/generate-examples.mjs bundles this file with esbuild and calls `main`; `npm start` runs it
// for today into .vscode-test/start-examples/.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseIsoDate } from '../core/base/dates';
import { generateExamples } from './generate';

const USAGE = 'usage: node scripts/generate-examples.mjs --today YYYY-MM-DD [--out examples]';

class UsageError extends Error {}

interface Output {
  write(text: string): unknown;
}

function parseArguments(argv: readonly string[], defaultOut: string): { today: string; out: string } {
  let today: string | null = null;
  let out = defaultOut;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    const value = (): string => {
      const next = argv[++index];
      if (next === undefined) throw new UsageError(`${argument} needs a value`);
      return next;
    };
    if (argument === '--today') today = value();
    else if (argument.startsWith('--today=')) today = argument.slice('--today='.length);
    else if (argument === '--out') out = path.resolve(value());
    else if (argument.startsWith('--out=')) out = path.resolve(argument.slice('--out='.length));
    else throw new UsageError(`unknown argument ${argument}`);
  }
  if (today === null) throw new UsageError('--today is required');
  if (parseIsoDate(today) === null) throw new UsageError(`--today ${today} is not a calendar date written YYYY-MM-DD`);
  return { today, out };
}

/** Removes a previous notes/ folder, refusing if it holds anything but notes (never delete user files). */
function removeOldNotes(folder: string): void {
  if (!fs.existsSync(folder)) return;
  const check = (dir: string): void => {
    for (const name of fs.readdirSync(dir)) {
      const child = path.join(dir, name);
      if (fs.statSync(child).isDirectory()) check(child);
      else if (!name.endsWith('.coach.md'))
        throw new UsageError(`${child} is not a generated note; remove it or choose another --out`);
    }
  };
  check(folder);
  fs.rmSync(folder, { recursive: true });
}

/**
 * Generates the examples for `--today` into `--out` (default `defaultOut`) and says what it wrote;
 * the exit code: 0, or 2 for a wrong command line (said on stderr with the usage).
 */
export function main(
  argv: readonly string[],
  defaultOut: string,
  stdout: Output = process.stdout,
  stderr: Output = process.stderr,
): number {
  try {
    const { today, out } = parseArguments(argv, defaultOut);
    const examples = generateExamples(today);
    removeOldNotes(path.join(out, 'notes'));
    for (const [file, text] of examples.files) {
      const target = path.join(out, file);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, text);
    }
    stdout.write(
      `Wrote ${examples.noteCount} notes for ${examples.repCount} reps, reps.yaml and README.md to ${path.relative(process.cwd(), out) || '.'}` +
        ` (today ${today}; ${examples.overdueCount} overdue items; deliberate mistake in ${examples.mistake}).\n`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    stderr.write(`generate-examples: ${error.message}\n${USAGE}\n`);
    return 2;
  }
}
