// `coaching-notes history <rep> [paths...] [--from D] [--to D] [--json|--markdown] [--today D]`:
// one rep's progress over a period, from `buildRepHistory` like the extension's history panel,
// prep brief and export, so the numbers agree. Built for sharing: private notes and `(private)`
// sections are left out of every output (the text and Markdown say how much was left out).
// The rep is matched as the extension matches it: by name ignoring case and extra spaces, and
// through the roster's aliases (`reps.yaml` in the first folder given, else the current folder).
import stringWidth from 'string-width';
import { maxOf } from '../../core/base/arrays';
import { withoutDueDate } from '../../core/note/dueToken';
import { buildRepHistory, type HistoryNoteInput, type SharedRepHistory } from '../../core/history/history';
import type { IsoDate } from '../../core/note/model';
import { compareOverdueThreads } from '../../core/history/threads';
import { NoteIndex } from '../../core/reps/noteIndex';
import { findRep } from '../../core/reps/repOverview';
import { historyToJson, privacyFootnote, renderMarkdownReport } from '../../core/history/report';
import { rosterReps } from '../../core/reps/reps';
import { DEFAULT_CADENCE_DAYS, EMPTY_ROSTER, type Roster, type RosterEntry } from '../../core/reps/roster';
import { indexGivenPaths } from '../loadNotes';
import {
  PERIOD_OPTIONS,
  periodValues,
  dateValue,
  EXIT_CLEAN,
  EXIT_USAGE,
  jsonLine,
  NOTE_OPTIONS,
  todayFor,
  UsageError,
  type CliCommand,
  type CommandIo,
  type OptionSpecs,
  type ReadOptions,
} from '../command';
import { findRoster } from '../roster';
import { warnRosterProblems } from './check';
import { styleFor, type Style } from '../style';
import { forTerminal, linesForTerminal } from '../terminalText';
import { messagesFor, type Messages } from '../../core/i18n/messages';

export const HISTORY_USAGE = `Usage: coaching-notes history <rep> [paths...] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                              [--json | --markdown] [--today YYYY-MM-DD] [--exclude GLOB]

One rep's progress: goals and follow-ups followed across carries, completion, 1:1 cadence.
Private notes (private: true) and "(private)" sections are left out of every output.

  <rep>               The rep's name as the notes write it (case and extra spaces ignored),
                      or any alias listed in reps.yaml
  paths               *.coach.md files or folders (default: the current folder)
  --from, --to        The period, both days included (default: from the first note to today)
  --markdown          The shareable Markdown report
  --json              The history as JSON
  --today YYYY-MM-DD  The date to count from (default: today's local date)
  --exclude GLOB      Leave out paths matching GLOB, relative to each folder searched
                      (e.g. '**/archive'); may be given more than once

Exit status: 0 the rep was found, 2 bad usage, an unknown rep or a path that cannot be read
(a note or folder that cannot be read is said on stderr; the history is shown without it).
`;

export interface HistoryRequest {
  readonly rep: string;
  readonly paths: readonly string[];
  readonly from: IsoDate | null;
  readonly to: IsoDate | null;
  readonly today: IsoDate | undefined;
  readonly format: 'text' | 'json' | 'markdown';
  /** `--exclude` globs, relative to each folder searched. */
  readonly exclude: readonly string[];
}

const HISTORY_OPTIONS: OptionSpecs = {
  ...NOTE_OPTIONS,
  ...PERIOD_OPTIONS,
  json: { type: 'boolean' },
  markdown: { type: 'boolean' },
};

/** Makes the request from the arguments after `history`. Throws UsageError. */
export function parseHistoryArgs(options: ReadOptions): HistoryRequest {
  const [rep, ...paths] = options.positionals;
  const { from, to } = periodValues(options);
  const today = dateValue(options, 'today');
  if (options.flags.has('json') && options.flags.has('markdown'))
    throw new UsageError('use either --json or --markdown, not both');
  if (rep === undefined || rep.trim() === '')
    throw new UsageError('missing the rep: coaching-notes history <rep> [paths...]');
  return {
    rep,
    paths,
    from,
    to,
    today,
    format: options.flags.has('json') ? 'json' : options.flags.has('markdown') ? 'markdown' : 'text',
    exclude: options.values.get('exclude') ?? [],
  };
}

interface MatchedRep {
  readonly name: string;
  readonly roster: RosterEntry | null;
  readonly entries: HistoryNoteInput[];
}

/** The notes of the rep named `wanted` (any spelling, or a roster alias); null when none match. */
export function matchRep(index: NoteIndex, roster: Roster, wanted: string): MatchedRep | null {
  // The reps as the Reps tree merges them through the roster, found by core's findRep.
  const rep = findRep(rosterReps(index, roster), wanted);
  if (!rep) return null;
  const entries: HistoryNoteInput[] = rep.groups.flatMap((group) =>
    [...group.entries].map(({ file, note }) => ({ file, note })),
  );
  return { name: rep.name, roster: rep.roster, entries };
}

function knownReps(index: NoteIndex): string {
  const names = [...index.repGroups()]
    .filter((group) => group.key !== null)
    .map((group) => group.name ?? '')
    .sort((a, b) => a.localeCompare(b));
  if (names.length === 0) return 'no notes name a rep';
  const shown = names.slice(0, 8).join(', ');
  return `known reps: ${shown}${names.length > 8 ? `, and ${names.length - 8} more` : ''}`;
}

/** The labels at the start of the summary's lines, in one column. */
const LABEL_KEYS = [
  'cli.history.followUps',
  'cli.history.goals',
  'cli.history.cadence',
  'cli.history.last',
  'cli.history.overdue',
  'cli.history.openGoals',
] as const;

/** The compact terminal summary. */
export function formatHistory(
  history: SharedRepHistory,
  style: Style,
  words: Messages = messagesFor('en'),
): string {
  const { summary, cadence } = history;
  const lines: string[] = [];
  const period =
    history.period.start === null
      ? words.text('cli.history.noNotes')
      : words.text('cli.history.period', {
          start: history.period.start,
          end: history.period.end ?? history.asOf,
          notes: words.count('count.notes', summary.notes),
          asOf: history.asOf,
        });
  lines.push(
    `${style.bold(forTerminal(history.rep ?? words.text('cli.history.unnamedRep')))}  ${style.dim(period)}`,
  );
  // The labels' column fits the longest label of the language ("Seguimientos" is 12 wide).
  const labelWidth =
    maxOf(
      LABEL_KEYS.map((key) => stringWidth(words.text(key))),
      10,
    ) + 1;
  const label = (key: (typeof LABEL_KEYS)[number] | null) => {
    const text = key === null ? '' : words.text(key);
    return text + ' '.repeat(labelWidth - stringWidth(text));
  };
  const kind = (key: 'cli.history.followUps' | 'cli.history.goals', s: typeof summary.followUps) =>
    `${label(key)}${words.percent(s.completionPercent).padStart(4)} ${words.text('cli.history.completed')}  ` +
    [
      words.count('count.doneItems', s.done),
      ...(s.cancelled > 0 ? [words.count('count.cancelledItems', s.cancelled)] : []),
      ...(s.dropped > 0 ? [words.count('count.droppedItems', s.dropped)] : []),
      s.overdue > 0
        ? style.red(words.count('count.overdueNow', s.overdue))
        : words.count('count.overdueNow', 0),
      words.count('count.openItems', s.open),
      words.text('cli.history.carried', { times: words.count('count.times', s.carried) }),
    ].join(' · ');
  lines.push(kind('cli.history.followUps', summary.followUps));
  if (summary.goals.total > 0) lines.push(kind('cli.history.goals', summary.goals));
  const rhythm = [
    words.text('cli.history.every', { days: words.count('count.days', cadence.cadenceDays) }),
    words.count('count.oneOnOnes', cadence.meetings),
  ];
  if (cadence.averageGapDays !== null)
    rhythm.push(words.text('cli.history.averageGap', { days: words.number(cadence.averageGapDays) }));
  if (cadence.longestGap !== null && cadence.longestGap.days > cadence.cadenceDays) {
    const gap = cadence.longestGap;
    rhythm.push(
      words.text('cli.history.longestGap', {
        days: words.count('count.days', gap.days),
        from: gap.from,
        to: gap.to,
      }),
    );
  }
  lines.push(`${label('cli.history.cadence')}${rhythm.join(' · ')}`);
  if (cadence.lastMeeting !== null) {
    const next =
      cadence.nextDue === null
        ? ''
        : cadence.nextOverdue
          ? ` · ${style.red(words.text('cli.history.nextLate', { date: cadence.nextDue }))}`
          : ` · ${words.text('cli.history.nextDue', { date: cadence.nextDue })}`;
    const last = words.text('cli.history.daysAgo', {
      date: cadence.lastMeeting,
      days: words.count('count.days', cadence.daysSinceLast ?? 0),
    });
    lines.push(`${label('cli.history.last')}${last}${next}`);
  }
  const overdue = history.threads.filter((thread) => thread.state === 'overdue').sort(compareOverdueThreads);
  overdue.forEach((thread, index) => {
    const latest = thread.occurrences[thread.occurrences.length - 1];
    lines.push(
      `${label(index === 0 ? 'cli.history.overdue' : null)}${style.red(words.count('count.days', thread.daysOverdue ?? 0).padStart(7))}  ${forTerminal(withoutDueDate(thread.text))}  ${style.cyan(`${forTerminal(latest.file)}:${latest.line + 1}`)}`,
    );
  });
  const goals = history.threads.filter((thread) => thread.kind === 'goal' && thread.state === 'open');
  goals.forEach((thread, index) => {
    const due =
      thread.due !== null
        ? words.text('cli.history.due', { date: thread.due })
        : words.text('cli.history.noDue');
    lines.push(
      `${label(index === 0 ? 'cli.history.openGoals' : null)}${forTerminal(withoutDueDate(thread.text))}  ${style.dim(due)}`,
    );
  });
  if (history.undated.length > 0) {
    lines.push(
      style.yellow(
        words.text('cli.history.undated', { notes: words.count('count.notes', history.undated.length) }),
      ),
    );
  }
  lines.push(style.dim(privacyFootnote(history.privacy, words)));
  return lines.join('\n') + '\n';
}

/** Runs `coaching-notes history …`; resolves to the exit status. */
async function runHistory(request: HistoryRequest, io: CommandIo): Promise<number> {
  const fail = (message: string): number => {
    io.stderr.write(`coaching-notes: ${forTerminal(message)}\n`);
    return EXIT_USAGE;
  };
  const given = await indexGivenPaths(request.paths, io, request.exclude);
  if (given.kind === 'unreadable') return fail(given.message);
  const { roots, index } = given;
  const roster = await findRoster(io.cwd, roots);
  warnRosterProblems(io.cwd, roster, io.stderr, io.env ?? {});
  const rep = matchRep(index, roster?.roster ?? EMPTY_ROSTER, request.rep);
  if (rep === null) return fail(`no notes for rep '${request.rep.trim()}' (${knownReps(index)})`);

  const today = todayFor(request.today, io);
  let history: SharedRepHistory;
  try {
    history = buildRepHistory(rep.entries, {
      today,
      cadenceDays: rep.roster?.cadenceDays ?? DEFAULT_CADENCE_DAYS,
      rep: rep.name,
      range: { from: request.from, to: request.to },
      forSharing: true,
    });
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  switch (request.format) {
    case 'json':
      io.stdout.write(jsonLine(historyToJson(history)));
      break;
    case 'markdown':
      io.stdout.write(linesForTerminal(renderMarkdownReport(history)));
      break;
    case 'text':
      io.stdout.write(formatHistory(history, styleFor(io.stdout.isTTY, io.env ?? {}), io.words));
      break;
  }
  // The history above is missing what could not be read (said on stderr).
  return given.unread > 0 ? EXIT_USAGE : EXIT_CLEAN;
}

export const historyCommand: CliCommand<HistoryRequest> = {
  name: 'history',
  summary: ["One rep's progress: coaching-notes history <rep> [paths...] (see history --help)"],
  usage: HISTORY_USAGE,
  options: HISTORY_OPTIONS,
  parse: parseHistoryArgs,
  run: runHistory,
};
