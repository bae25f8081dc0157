// Parses the command line: `coaching-notes <command> [arguments]`, the command found in the table of
// commands (commands/index.ts), its options read by node:util's parseArgs (command.ts), the global
// ones (`--help`, `--version`) answered first.
import { langOfTag, type Lang } from '../core/i18n/lang';
import {
  GLOBAL_OPTIONS,
  lastValue,
  readOptions,
  UsageError,
  type CliCommand,
  type OptionSpecs,
} from './command';
import { COMMANDS } from './commands';

export { UsageError };

/** Where to go: help (of a command, or the general one), the version, or a command to run. */
export type CommandLine =
  | { readonly kind: 'help'; readonly command: CliCommand<unknown> | null }
  | { readonly kind: 'version' }
  | {
      readonly kind: 'run';
      readonly command: CliCommand<unknown>;
      readonly request: unknown;
      /** `--lang`; undefined means the locale variables decide. */
      readonly lang: Lang | undefined;
    };

const NAMES = COMMANDS.map((command) => command.name).join(', ');

function commandLines(): string {
  return COMMANDS.map((command) =>
    command.summary
      .map((line, index) => (index === 0 ? `  ${command.name.padEnd(10)}` : ' '.repeat(12)) + line)
      .join('\n'),
  ).join('\n');
}

/** The general usage; its list of commands is the table's. */
export const USAGE = `Usage: coaching-notes <command> [paths...] [--today YYYY-MM-DD] [--json] [--exclude GLOB] [--lang en|es]

Commands:
${commandLines()}

Paths are *.coach.md files or folders searched recursively (node_modules and .git are
skipped); no path means the current folder.

Options:
  --today YYYY-MM-DD  The date to count from (default: today's local date)
  --json              Machine-readable output
  --exclude GLOB      Leave out paths matching GLOB, relative to each folder searched
                      (e.g. '**/archive'); may be given more than once
  --lang en|es        The language of the words (default: LC_ALL, LC_MESSAGES or LANG);
                      --json is the same in every language
  -h, --help          Show this help
  --version           Show the version

Exit status: 0 nothing found, 1 something found, 2 bad usage or a path that cannot be read.
`;

/** `--name` of every option that takes a value, in any command: its value is never the command. */
const TAKES_VALUE: ReadonlySet<string> = new Set(
  [GLOBAL_OPTIONS, ...COMMANDS.map((command): OptionSpecs => command.options)].flatMap((specs) =>
    Object.entries(specs)
      .filter(([, spec]) => spec.type === 'string')
      .flatMap(([name, spec]) =>
        spec.short !== undefined ? [`--${name}`, `-${spec.short}`] : [`--${name}`],
      ),
  ),
);

/** The first argument that is neither an option nor an option's value, and where it is. */
function findCommandName(argv: readonly string[]): { name: string | undefined; at: number } {
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === '--')
      return index + 1 < argv.length ? { name: argv[index + 1], at: index + 1 } : { name: undefined, at: -1 };
    if (!arg.startsWith('-') || arg === '-') return { name: arg, at: index };
    if (TAKES_VALUE.has(arg)) index++;
  }
  return { name: undefined, at: -1 };
}

/** Throws UsageError on a missing or unknown command, and on what the command's parser turns away. */
export function readCommandLine(argv: readonly string[]): CommandLine {
  const { name, at } = findCommandName(argv);
  const rest = at === -1 ? argv : [...argv.slice(0, at), ...argv.slice(at + 1)];
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (command === undefined) {
    // No command to read the other options: only the global ones are looked for.
    if (rest.includes('--help') || rest.includes('-h')) return { kind: 'help', command: null };
    if (rest.includes('--version')) return { kind: 'version' };
    if (name === undefined) throw new UsageError(`missing command (${NAMES})`);
    throw new UsageError(`unknown command '${name}' (expected ${NAMES})`);
  }
  try {
    const read = readOptions(rest, command.options);
    if (read.flags.has('help')) return { kind: 'help', command };
    if (read.flags.has('version')) return { kind: 'version' };
    return { kind: 'run', command, request: command.parse(read), lang: langOption(read) };
  } catch (error) {
    // A command with its own help points there.
    if (error instanceof UsageError && command.usage !== undefined)
      throw new UsageError(error.message, command.name);
    throw error;
  }
}

function langOption(read: Parameters<typeof lastValue>[0]): Lang | undefined {
  const value = lastValue(read, 'lang');
  if (value === undefined) return undefined;
  const lang = langOfTag(value);
  if (lang === undefined) throw new UsageError(`--lang must be en or es, not '${value}'`);
  return lang;
}

/** The command's name and its request, for tests and tools: `{ kind: 'run', command, ...request }`. */
export function parseArgs(
  argv: readonly string[],
):
  | { readonly kind: 'help' | 'version' }
  | ({ readonly kind: 'run'; readonly command: string } & Readonly<Record<string, unknown>>) {
  const line = readCommandLine(argv);
  if (line.kind !== 'run') return { kind: line.kind };
  return {
    kind: 'run',
    command: line.command.name,
    ...(line.request as Readonly<Record<string, unknown>>),
    ...(line.lang !== undefined ? { lang: line.lang } : {}),
  };
}
