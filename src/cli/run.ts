// The CLI as a function: argv and streams in, exit status out. main.ts only wires it to `process`.
import { localIsoDate } from '../core/dates';
import { OverdueScan } from '../core/reps/overdueScan';
import { repSummaries } from '../core/reps';
import { parseArgs, USAGE, UsageError } from './args';
import type { CommandName } from './args';
import { collectDiagnostics, formatCheck } from './commands/check';
import { runHistory } from './commands/history';
import { formatOverdue, overdueJson } from './commands/overdue';
import { formatReps } from './commands/reps';
import { indexGivenPaths, scanGivenPaths } from './loadNotes';
import { describeError } from './paths';
import { findRoster, rosterProblems, warnRosterProblems, type FoundRoster } from './roster';
import { styleFor } from './style';
import { forTerminal, jsonForTerminal } from './terminalText';
import { CLI_VERSION } from './version';
import type { IsoDate } from '../core/model';
import type { NoteIndex } from '../core/noteIndex';
import { EMPTY_ROSTER } from '../core/roster';

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

export const EXIT_CLEAN = 0;
export const EXIT_FOUND = 1;
export const EXIT_USAGE = 2;

function json(value: unknown): string {
  return jsonForTerminal(value) + '\n';
}

function report(
  command: CommandName,
  index: NoteIndex,
  roster: FoundRoster | null,
  today: IsoDate,
  asJson: boolean,
  io: CliIo,
): number {
  const style = styleFor(io.stdout.isTTY, io.env ?? {});
  switch (command) {
    case 'overdue':
      throw new Error('overdue is answered by reportOverdue');
    case 'check': {
      // The roster's problems count as the notes' do.
      const diagnostics = collectDiagnostics(index.notes, rosterProblems(io.cwd, roster));
      io.stdout.write(asJson ? json(diagnostics) : formatCheck(diagnostics, index.size, style));
      return diagnostics.some((d) => d.severity === 'error') ? EXIT_FOUND : EXIT_CLEAN;
    }
    case 'reps': {
      // A bad roster entry is left out and said on stderr; the listing goes on without it.
      warnRosterProblems(io.cwd, roster, io.stderr, io.env ?? {});
      const rows = repSummaries(index, today, roster?.roster ?? EMPTY_ROSTER);
      io.stdout.write(asJson ? json(rows) : formatReps(rows, style));
      return EXIT_CLEAN;
    }
  }
}

/** `overdue` asks one question: each note is scanned for it and dropped, no index is built. */
async function reportOverdue(
  paths: readonly string[],
  exclude: readonly string[],
  today: IsoDate,
  asJson: boolean,
  io: CliIo,
): Promise<number> {
  const scan = new OverdueScan(today);
  const given = await scanGivenPaths(paths, io, exclude, (key, text) => scan.addNote(key, text));
  if (given.kind === 'unreadable') {
    io.stderr.write(`coaching-notes: ${forTerminal(given.message)}\n`);
    return EXIT_USAGE;
  }
  const items = scan.sorted();
  const style = styleFor(io.stdout.isTTY, io.env ?? {});
  io.stdout.write(asJson ? json(overdueJson(items)) : formatOverdue(items, today, given.notes, style));
  if (given.unread > 0) return EXIT_USAGE;
  return items.length > 0 ? EXIT_FOUND : EXIT_CLEAN;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const fail = (message: string): number => {
    io.stderr.write(`coaching-notes: ${forTerminal(message)}\n`);
    return EXIT_USAGE;
  };
  try {
    if (argv[0] === 'history') return await runHistory(argv.slice(1), io);
    const request = parseArgs(argv);
    if (request.kind === 'help') {
      io.stdout.write(USAGE);
      return EXIT_CLEAN;
    }
    if (request.kind === 'version') {
      io.stdout.write(`${CLI_VERSION}\n`);
      return EXIT_CLEAN;
    }
    const today = request.today ?? localIsoDate((io.now ?? (() => new Date()))());
    if (request.command === 'overdue')
      return await reportOverdue(request.paths, request.exclude, today, request.json, io);
    const given = await indexGivenPaths(request.paths, io, request.exclude);
    if (given.kind === 'unreadable') return fail(given.message);
    const { roots, index } = given;
    // Only the commands that use the roster read it (`reps.yaml`, as `history` finds it).
    const roster = await findRoster(io.cwd, roots);
    const status = report(request.command, index, roster, today, request.json, io);
    // The answer above is missing what could not be read (said on stderr): it must not pass for complete.
    return given.unread > 0 ? EXIT_USAGE : status;
  } catch (error) {
    if (error instanceof UsageError) return fail(`${error.message} (see coaching-notes --help)`);
    return fail(`unexpected error: ${describeError(error)}`);
  }
}
