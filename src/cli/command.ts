// What every command of the command line is: `{ name, summary, usage?, parse, run }` in the table of
// commands/index.ts, its arguments read by `readOptions` on node:util's parseArgs, its mistakes one
// UsageError. Adding a command is one file under commands/ and one line in that table.
import { parseArgs as parseNodeArgs } from 'node:util';
import { localIsoDate, parseIsoDate } from '../core/base/dates';
import type { Messages } from '../core/i18n/messages';
import type { IsoDate } from '../core/note/model';
import { jsonForTerminal } from './terminalText';

export interface CliOutput {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

export interface CliIo {
  readonly cwd: string;
  readonly stdout: CliOutput;
  readonly stderr: CliOutput;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** The clock behind the default --today. */
  readonly now?: () => Date;
}

/** What a command runs with: the io, and the words its text output is written in (`--lang`, else the locale). */
export interface CommandIo extends CliIo {
  readonly words: Messages;
}

export const EXIT_CLEAN = 0;
export const EXIT_FOUND = 1;
export const EXIT_USAGE = 2;

export interface CliCommand<Request> {
  readonly name: string;
  /** Its lines under "Commands:" in the usage (the first beside the name). */
  readonly summary: readonly string[];
  /** Its own help (`<command> --help`); without one, the general usage. */
  readonly usage?: string;
  /** The options it takes besides GLOBAL_OPTIONS, read by `readOptions`. */
  readonly options: OptionSpecs;
  /** Makes its request from the options and paths read. Throws UsageError. */
  parse(read: ReadOptions): Request;
  /** Runs it; resolves to the exit status. */
  run(request: Request, io: CommandIo): Promise<number>;
}

/** The one error of bad usage; the run says it on stderr and exits 2. */
export class UsageError extends Error {
  /** `help` names the command whose own help explains the mistake; null for the general usage. */
  constructor(
    message: string,
    readonly help: string | null = null,
  ) {
    super(message);
    this.name = 'UsageError';
  }

  /** Where to read more: `coaching-notes --help`, or `coaching-notes history --help`. */
  get helpCommand(): string {
    return this.help === null ? 'coaching-notes --help' : `coaching-notes ${this.help} --help`;
  }
}

/** An option: a flag, or one taking a value (`--x V` or `--x=V`), given once or more than once. */
export type OptionSpec =
  | { readonly type: 'boolean'; readonly short?: string }
  | {
      readonly type: 'string';
      /** What a missing value is said to need: "a date (YYYY-MM-DD)". */
      readonly needs: string;
      readonly multiple?: boolean;
      readonly short?: string;
    };

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** What `readOptions` found: flags, values (the last one given, or all of a `multiple` option). */
export interface ReadOptions {
  readonly flags: ReadonlySet<string>;
  readonly values: ReadonlyMap<string, readonly string[]>;
  readonly positionals: readonly string[];
}

/**
 * Options every command takes, answered before any command runs. A new global option is a line here
 * and its reading in run.ts.
 */
export const GLOBAL_OPTIONS: OptionSpecs = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
  lang: { type: 'string', needs: 'a language (en or es)' },
};

/**
 * Reads `argv` with node:util's parseArgs: options anywhere, `--x=V` or `--x V`, `--` ends the
 * options. Throws UsageError on an option not in `specs` (or GLOBAL_OPTIONS), a flag given a value
 * or an option missing its value.
 */
export function readOptions(argv: readonly string[], specs: OptionSpecs): ReadOptions {
  const all = { ...GLOBAL_OPTIONS, ...specs };
  const config = Object.fromEntries(
    Object.entries(all).map(([name, spec]) => [
      name,
      spec.short !== undefined ? { type: spec.type, short: spec.short } : { type: spec.type },
    ]),
  );
  const { tokens } = parseNodeArgs({
    args: [...argv],
    options: config,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const flags = new Set<string>();
  const values = new Map<string, string[]>();
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const spec = Object.hasOwn(all, token.name) ? all[token.name] : undefined;
    const written = token.inlineValue ? `${token.rawName}=${token.value ?? ''}` : token.rawName;
    if (spec === undefined || (spec.type === 'boolean' && token.value !== undefined))
      throw new UsageError(`unknown option '${written}'`);
    if (spec.type === 'boolean') {
      flags.add(token.name);
    } else {
      if (token.value === undefined) throw new UsageError(`${token.rawName} needs ${spec.needs}`);
      const given = values.get(token.name) ?? [];
      values.set(token.name, spec.multiple ? [...given, token.value] : [token.value]);
    }
  }
  return { flags, values, positionals };
}

/** The value of an option given once (the last one when given again), or undefined. */
export function lastValue(options: ReadOptions, name: string): string | undefined {
  return options.values.get(name)?.at(-1);
}

/** A date option's value, checked: undefined when not given. */
export function dateValue(options: ReadOptions, name: string): IsoDate | undefined {
  const value = lastValue(options, name);
  if (value !== undefined && parseIsoDate(value) === null)
    throw new UsageError(`--${name} must be a calendar date written YYYY-MM-DD, not '${value}'`);
  return value;
}

export const DATE_NEEDED = 'a date (YYYY-MM-DD)';

/** `--today` and `--exclude`, which every command reading notes takes. */
export const NOTE_OPTIONS: OptionSpecs = {
  today: { type: 'string', needs: DATE_NEEDED },
  exclude: { type: 'string', needs: "a glob (e.g. '**/archive')", multiple: true },
};

/** What `overdue`, `check` and `reps` take: `[paths...] [--today D] [--json] [--exclude GLOB]`. */
export interface ListRequest {
  readonly paths: readonly string[];
  /** Undefined means the local calendar date. */
  readonly today: IsoDate | undefined;
  readonly json: boolean;
  /** `--exclude` globs, relative to each folder searched. */
  readonly exclude: readonly string[];
}

export const LIST_OPTIONS: OptionSpecs = { ...NOTE_OPTIONS, json: { type: 'boolean' } };

export function parseListRequest(read: ReadOptions): ListRequest {
  return {
    paths: read.positionals,
    today: dateValue(read, 'today'),
    json: read.flags.has('json'),
    exclude: read.values.get('exclude') ?? [],
  };
}

/** The date to count from: `--today`, else the local calendar date of the io's clock. */
export function todayFor(today: IsoDate | undefined, io: CliIo): IsoDate {
  return today ?? localIsoDate((io.now ?? (() => new Date()))());
}

/** JSON for stdout, one value and a newline. */
export function jsonLine(value: unknown): string {
  return jsonForTerminal(value) + '\n';
}

/**
 * A command as the table holds it, its request type hidden: the request its `parse` made is the one
 * its `run` is given, so the cast cannot go wrong.
 */
export function tableEntry<Request>(command: CliCommand<Request>): CliCommand<unknown> {
  return { ...command, run: (request, io) => command.run(request as Request, io) };
}

/** `--from` and `--to`: a period, both days included, checked to be in order. */
export const PERIOD_OPTIONS: OptionSpecs = {
  from: { type: 'string', needs: DATE_NEEDED },
  to: { type: 'string', needs: DATE_NEEDED },
};

export interface PeriodValues {
  readonly from: IsoDate | null;
  readonly to: IsoDate | null;
}

/** Reads `--from` and `--to` (PERIOD_OPTIONS). Throws UsageError on a bad date or a reversed period. */
export function periodValues(options: ReadOptions): PeriodValues {
  const from = dateValue(options, 'from') ?? null;
  const to = dateValue(options, 'to') ?? null;
  if (from !== null && to !== null && from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
  return { from, to };
}
