// `coaching-notes calendar [paths...] [--from D] [--to D] [-o file.ics] [--private omit|placeholder]`:
// an iCalendar file with each rep's next 1:1 and the open follow-ups with a due date, as the
// extension's Export Calendar writes it. Private follow-ups are left out unless `--private
// placeholder` asks for a "Private follow-up" without text. An existing file is never overwritten.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { calendarEvents } from '../../core/calendar/coachingCalendar';
import { renderCalendar } from '../../core/calendar/ics';
import { localIsoDate } from '../../core/dates';
import { EMPTY_ROSTER } from '../../core/roster';
import { teamInputs } from '../../core/team/teamInputs';
import { indexGivenPaths } from '../loadNotes';
import { describeError } from '../paths';
import { findRoster, warnRosterProblems } from '../roster';
import { plural } from '../style';
import { forTerminal } from '../terminalText';
import type { HistoryIo } from './history';
import { CommandUsageError, parsePeriodArgs, usageFailure } from './teamPeriodArgs';

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

/** Runs `coaching-notes calendar …` (argv without the word `calendar`); returns the exit status. */
export async function runCalendar(argv: readonly string[], io: HistoryIo): Promise<number> {
  const fail = usageFailure(io.stderr);
  let parsed;
  try {
    parsed = parsePeriodArgs(argv, {
      output: { type: 'string', short: 'o' },
      private: { type: 'string' },
    });
  } catch (error) {
    if (error instanceof CommandUsageError)
      return fail(`${error.message} (see coaching-notes calendar --help)`);
    throw error;
  }
  if (parsed === undefined) {
    io.stdout.write(CALENDAR_USAGE);
    return 0;
  }
  const { period, values } = parsed;
  const mode = values.private ?? 'omit';
  if (mode !== 'omit' && mode !== 'placeholder')
    return fail(`--private must be omit or placeholder, not '${String(mode)}'`);
  const output = typeof values.output === 'string' ? path.resolve(io.cwd, values.output) : null;
  if (output !== null && fs.existsSync(output))
    return fail(`'${String(values.output)}' already exists: not overwritten`);

  const given = await indexGivenPaths(period.paths, io, period.exclude);
  if (given.kind === 'unreadable') return fail(given.message);
  const roster = await findRoster(io.cwd, given.roots);
  warnRosterProblems(io.cwd, roster, io.stderr, io.env ?? {});
  const now = (io.now ?? (() => new Date()))();
  const today = period.today ?? localIsoDate(now);
  const events = calendarEvents(teamInputs(given.index, roster?.roster ?? EMPTY_ROSTER), {
    today,
    from: period.from,
    to: period.to,
    privateFollowUps: mode,
  });
  const ics = renderCalendar(events, { stamp: now, name: 'Coaching Notes' });
  if (output === null) {
    io.stdout.write(ics);
  } else {
    try {
      // 'wx': fails if the file appeared meanwhile, so nothing is ever overwritten.
      await fs.promises.writeFile(output, ics, { flag: 'wx' });
    } catch (error) {
      return fail(`cannot write '${String(values.output)}': ${describeError(error)}`);
    }
    io.stderr.write(
      `coaching-notes: wrote ${plural(events.length, 'event')} to ${forTerminal(String(values.output))}\n`,
    );
  }
  return given.unread > 0 ? 2 : 0;
}
