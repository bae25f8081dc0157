// Parses the command line: `coaching-notes <command> [paths...] [--today YYYY-MM-DD] [--json]`.
import { parseIsoDate } from '../core/dates';
import { langOfTag, type Lang } from '../core/i18n/lang';
import type { IsoDate } from '../core/model';

export const COMMANDS = ['overdue', 'check', 'reps'] as const;
export type CommandName = (typeof COMMANDS)[number];
/** Every command, for messages: `history` parses its own arguments (run.ts sends it there first). */
const ALL_COMMANDS: readonly string[] = [...COMMANDS, 'history', 'team', 'calendar'];

export type CliRequest =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | {
      readonly kind: 'run';
      readonly command: CommandName;
      readonly paths: readonly string[];
      /** Undefined means the local calendar date. */
      readonly today: IsoDate | undefined;
      readonly json: boolean;
      /** `--exclude` globs, relative to each folder searched. */
      readonly exclude: readonly string[];
      /** `--lang`; absent means the locale variables decide. */
      readonly lang?: Lang;
    };

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const USAGE = `Usage: coaching-notes <command> [paths...] [--today YYYY-MM-DD] [--json] [--exclude GLOB] [--lang en|es]

Commands:
  overdue   List open follow-ups and goals due before today (exit 1 when there are any)
  check     Report format problems in notes and reps.yaml (exit 1 when there is an error)
  reps      One row per rep: notes, last note date (late 1:1 marked), open and overdue items;
            with reps.yaml, aliases merged, reps without notes and teams listed
  history   One rep's progress: coaching-notes history <rep> [paths...] (see history --help)
  team      Every rep's cadence, completion, overdue items and goals, by team (see team --help)
  calendar  An iCalendar file of next 1:1s and follow-up due dates (see calendar --help)

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

/** Throws UsageError on anything it does not understand. */
export function parseArgs(argv: readonly string[]): CliRequest {
  const positionals: string[] = [];
  let today: string | undefined;
  let json = false;
  const exclude: string[] = [];
  let help = false;
  let version = false;
  let langOption: string | undefined;
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (optionsEnded || !arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') optionsEnded = true;
    else if (arg === '--json') json = true;
    else if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--version') version = true;
    else if (arg === '--today') {
      const value = argv[++i];
      if (value === undefined) throw new UsageError('--today needs a date (YYYY-MM-DD)');
      today = value;
    } else if (arg.startsWith('--today=')) today = arg.slice('--today='.length);
    else if (arg === '--exclude') {
      const value = argv[++i];
      if (value === undefined) throw new UsageError("--exclude needs a glob (e.g. '**/archive')");
      exclude.push(value);
    } else if (arg.startsWith('--exclude=')) exclude.push(arg.slice('--exclude='.length));
    else if (arg === '--lang') {
      const value = argv[++i];
      if (value === undefined) throw new UsageError('--lang needs a language (en or es)');
      langOption = value;
    } else if (arg.startsWith('--lang=')) langOption = arg.slice('--lang='.length);
    else throw new UsageError(`unknown option '${arg}'`);
  }
  if (help) return { kind: 'help' };
  if (version) return { kind: 'version' };
  if (today !== undefined && parseIsoDate(today) === null) {
    throw new UsageError(`--today must be a calendar date written YYYY-MM-DD, not '${today}'`);
  }
  const lang = langOption === undefined ? undefined : langOfTag(langOption);
  if (langOption !== undefined && lang === undefined) {
    throw new UsageError(`--lang must be en or es, not '${langOption}'`);
  }
  const [command, ...paths] = positionals;
  if (command === undefined) throw new UsageError(`missing command (${ALL_COMMANDS.join(', ')})`);
  const known = COMMANDS.find((name) => name === command);
  if (known === undefined)
    throw new UsageError(`unknown command '${command}' (expected ${ALL_COMMANDS.join(', ')})`);
  return {
    kind: 'run',
    command: known,
    paths,
    today,
    json,
    exclude,
    ...(lang !== undefined ? { lang } : {}),
  };
}
