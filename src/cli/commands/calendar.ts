// `coaching-notes calendar [paths...] [--from D] [--to D] [-o file.ics] [--private omit|placeholder]`:
// an iCalendar file with each rep's next 1:1 and the open follow-ups with a due date, as the
// extension's Export Calendar writes it. Private follow-ups are left out unless `--private
// placeholder` asks for a "Private follow-up" without text. An existing file is never overwritten.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { calendarEvents, type PrivateFollowUps } from '../../core/calendar/coachingCalendar';
import { renderCalendar } from '../../core/calendar/ics';
import type { IsoDate } from '../../core/note/model';
import { EMPTY_ROSTER } from '../../core/reps/roster';
import { teamInputs } from '../../core/team/teamInputs';
import { indexGivenPaths } from '../loadNotes';
import { describeError } from '../paths';
import {
  dateValue,
  EXIT_CLEAN,
  EXIT_USAGE,
  lastValue,
  NOTE_OPTIONS,
  PERIOD_OPTIONS,
  periodValues,
  todayFor,
  UsageError,
  type CliCommand,
  type CommandIo,
  type PeriodValues,
  type ReadOptions,
} from '../command';
import { findRoster } from '../roster';
import { forTerminal } from '../terminalText';
import { warnRosterProblems } from './check';

export const CALENDAR_USAGE = `Usage: coaching-notes calendar [paths...] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [-o FILE.ics]
                               [--private omit|placeholder] [--today YYYY-MM-DD] [--exclude GLOB]

An iCalendar file (RFC 5545) with each rep's next 1:1 (the note's next: date, else the cadence)
and every open follow-up with a due date, as all-day events. Importing a newer file again updates
the events instead of adding copies.

  paths               *.coach.md files or folders (default: the current folder)
  --from, --to        Only events dated in this period, both days included
  -o, --output FILE   Write to FILE (never overwrites an existing file); default: standard output
  --private MODE      Private follow-ups: omit (default) leaves them out; placeholder writes
                      "Private follow-up" on the due date, without any text
  --today YYYY-MM-DD  The date to count from (default: today's local date)
  --exclude GLOB      Leave out paths matching GLOB, relative to each folder searched

Exit status: 0 written, 2 bad usage, an existing output file or a path that cannot be read.
`;

interface CalendarRequest extends PeriodValues {
  readonly paths: readonly string[];
  readonly today: IsoDate | undefined;
  readonly exclude: readonly string[];
  /** As given, for messages; resolved against the current folder when written. */
  readonly output: string | null;
  readonly privateFollowUps: PrivateFollowUps;
}

function parseCalendarArgs(options: ReadOptions): CalendarRequest {
  const mode = lastValue(options, 'private') ?? 'omit';
  if (mode !== 'omit' && mode !== 'placeholder')
    throw new UsageError(`--private must be omit or placeholder, not '${mode}'`);
  return {
    paths: options.positionals,
    ...periodValues(options),
    today: dateValue(options, 'today'),
    exclude: options.values.get('exclude') ?? [],
    output: lastValue(options, 'output') ?? null,
    privateFollowUps: mode,
  };
}

/** Runs `coaching-notes calendar …`; resolves to the exit status. */
async function runCalendar(request: CalendarRequest, io: CommandIo): Promise<number> {
  const fail = (message: string): number => {
    io.stderr.write(`coaching-notes: ${forTerminal(message)}\n`);
    return EXIT_USAGE;
  };
  const output = request.output === null ? null : path.resolve(io.cwd, request.output);
  if (output !== null && fs.existsSync(output))
    return fail(`'${request.output}' already exists: not overwritten`);

  const given = await indexGivenPaths(request.paths, io, request.exclude);
  if (given.kind === 'unreadable') return fail(given.message);
  const roster = await findRoster(io.cwd, given.roots);
  warnRosterProblems(io.cwd, roster, io.stderr, io.env ?? {});
  const now = (io.now ?? (() => new Date()))();
  const events = calendarEvents(teamInputs(given.index, roster?.roster ?? EMPTY_ROSTER), {
    today: todayFor(request.today, io),
    from: request.from,
    to: request.to,
    privateFollowUps: request.privateFollowUps,
    messages: io.words,
  });
  const ics = renderCalendar(events, { stamp: now, name: 'Coaching Notes' });
  if (output === null) {
    io.stdout.write(ics);
  } else {
    try {
      // 'wx': fails if the file appeared meanwhile, so nothing is ever overwritten.
      await fs.promises.writeFile(output, ics, { flag: 'wx' });
    } catch (error) {
      return fail(`cannot write '${request.output}': ${describeError(error)}`);
    }
    io.stderr.write(
      `${io.words.text('cli.calendar.wrote', { events: io.words.count('count.events', events.length), file: forTerminal(request.output ?? '') })}\n`,
    );
  }
  return given.unread > 0 ? EXIT_USAGE : EXIT_CLEAN;
}

export const calendarCommand: CliCommand<CalendarRequest> = {
  name: 'calendar',
  summary: ['An iCalendar file of next 1:1s and follow-up due dates (see calendar --help)'],
  usage: CALENDAR_USAGE,
  options: {
    ...NOTE_OPTIONS,
    ...PERIOD_OPTIONS,
    output: { type: 'string', needs: 'a file name (FILE.ics)', short: 'o' },
    private: { type: 'string', needs: 'omit or placeholder' },
  },
  parse: parseCalendarArgs,
  run: runCalendar,
};
