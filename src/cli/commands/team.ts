// `coaching-notes team [paths...] [--team T] [--from D] [--to D] [--json|--markdown] [--today D]`:
// the team overview from `buildTeamOverview`, like the extension's Team Overview and its export,
// so the numbers agree. Built for sharing: private notes and sections are left out of every output.
import stringWidth from 'string-width';
import { maxOf } from '../../core/base/arrays';
import { privacyFootnote } from '../../core/history/report';
import { EMPTY_ROSTER } from '../../core/reps/roster';
import { teamInputs } from '../../core/team/teamInputs';
import { buildTeamOverview, type TeamOverview, type TeamRepRow } from '../../core/team/teamOverview';
import {
  attentionLabel,
  isSharedTeamOverview,
  renderTeamMarkdown,
  sinceLastText,
  teamGroupName,
  teamToJson,
  trendText,
} from '../../core/team/teamReport';
import type { Messages } from '../../core/i18n/messages';
import type { IsoDate } from '../../core/note/model';
import {
  dateValue,
  EXIT_CLEAN,
  EXIT_USAGE,
  jsonLine,
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
import { indexGivenPaths } from '../loadNotes';
import { findRoster } from '../roster';
import { styleFor, type Style } from '../style';
import { forTerminal, linesForTerminal } from '../terminalText';
import { warnRosterProblems } from './check';

export const TEAM_USAGE = `Usage: coaching-notes team [paths...] [--team TEAM] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                           [--json | --markdown] [--today YYYY-MM-DD] [--exclude GLOB]

The coach's view across reps: 1:1 cadence kept, follow-up completion and its trend, overdue
items, goals, days since the last 1:1, who needs attention, and recurring root causes.
Private notes (private: true) and "(private)" sections are left out of every output.

  paths               *.coach.md files or folders (default: the current folder)
  --team TEAM         Only the reps of this reps.yaml team (case ignored)
  --from, --to        The period, both days included (default: the 12 weeks up to today)
  --markdown          The shareable Markdown team report
  --json              The overview as JSON
  --today YYYY-MM-DD  The date to count from (default: today's local date)
  --exclude GLOB      Leave out paths matching GLOB, relative to each folder searched

Exit status: 0 done, 2 bad usage or a path that cannot be read.
`;

interface TeamColumn {
  readonly title: (words: Messages) => string;
  readonly right: boolean;
  readonly text: (row: TeamRepRow, words: Messages) => string;
}

const COLUMNS: readonly TeamColumn[] = [
  { title: (w) => w.text('teamTable.rep'), right: false, text: (row) => forTerminal(row.name) },
  { title: (w) => w.text('teamTable.oneOnOnes'), right: true, text: (row) => String(row.meetings) },
  { title: (w) => w.text('teamCli.kept'), right: true, text: (row, w) => w.percent(row.cadenceKeptPercent) },
  {
    title: (w) => w.text('teamCli.done'),
    right: true,
    text: (row, w) => w.percent(row.followUpCompletionPercent),
  },
  { title: (w) => w.text('teamTable.trend'), right: true, text: (row) => trendText(row.trendPoints) },
  { title: (w) => w.text('teamTable.overdue'), right: true, text: (row) => String(row.overdueNow) },
  {
    title: (w) => w.text('teamCli.goals'),
    right: true,
    text: (row) => `${row.openGoals}/${row.closedGoals}`,
  },
  { title: (w) => w.text('teamTable.sinceLast'), right: false, text: (row, w) => sinceLastText(row, w) },
];

/** The compact terminal overview, in the words of `io.words`: a table per team, then attention and themes. */
export function formatTeam(overview: TeamOverview, style: Style, words: Messages): string {
  const lines = [
    style.dim(
      words.text('teamCli.summary', {
        from: overview.period.from,
        to: overview.period.to,
        reps: words.count('count.reps', overview.totals.reps),
        percent: words.percent(overview.totals.followUpCompletionPercent),
        overdue: words.count('count.overdueNow', overview.totals.overdueNow),
      }),
    ),
  ];
  const rows = overview.groups.flatMap((group) => group.reps);
  const titles = COLUMNS.map((column) => column.title(words));
  const cells = rows.map((row) => COLUMNS.map((column) => column.text(row, words)));
  const widths = COLUMNS.map((_column, index) =>
    maxOf(
      cells.map((cell) => stringWidth(cell[index])),
      stringWidth(titles[index]),
    ),
  );
  const render = (texts: readonly string[]) =>
    texts
      .map((text, index) => {
        const fill = ' '.repeat(Math.max(0, widths[index] - stringWidth(text)));
        return COLUMNS[index].right ? fill + text : text + fill;
      })
      .join('  ')
      .trimEnd();
  const late = words.text('teamTable.late');
  let index = 0;
  for (const group of overview.groups) {
    lines.push('', style.bold(forTerminal(teamGroupName(group.team, words))));
    lines.push(style.dim(render(titles)));
    for (const row of group.reps) {
      const line = render(cells[index++]);
      lines.push(
        row.attention.length > 0 && row.oneOnOneLate && line.endsWith(late)
          ? line.slice(0, -late.length) + style.yellow(late)
          : line,
      );
    }
  }
  if (rows.length === 0) lines.push('', words.text('teamCli.noReps'));
  if (overview.attention.length > 0) {
    lines.push('', style.bold(words.text('team.attention')));
    for (const row of overview.attention) {
      lines.push(
        `  ${forTerminal(row.name)}: ${style.red(row.attention.map((reason) => attentionLabel(reason, words)).join(', '))}`,
      );
    }
  }
  if (overview.themes.length > 0) {
    lines.push('', style.bold(words.text('team.themes')));
    for (const theme of overview.themes) {
      const label = theme.kind === 'tag' ? `#${theme.theme}` : theme.theme;
      lines.push(
        `  ${forTerminal(label)}: ${words.count('count.reps', theme.reps.length)}, ${words.count('count.notes', theme.notes)}`,
      );
    }
  }
  lines.push('', style.dim(privacyFootnote(overview.privacy, words)));
  return lines.join('\n') + '\n';
}

interface TeamRequest extends PeriodValues {
  readonly paths: readonly string[];
  readonly today: IsoDate | undefined;
  readonly exclude: readonly string[];
  readonly team: string | null;
  readonly format: 'text' | 'json' | 'markdown';
}

function parseTeamArgs(options: ReadOptions): TeamRequest {
  if (options.flags.has('json') && options.flags.has('markdown'))
    throw new UsageError('use either --json or --markdown, not both');
  return {
    paths: options.positionals,
    ...periodValues(options),
    today: dateValue(options, 'today'),
    exclude: options.values.get('exclude') ?? [],
    team: lastValue(options, 'team') ?? null,
    format: options.flags.has('json') ? 'json' : options.flags.has('markdown') ? 'markdown' : 'text',
  };
}

/** Runs `coaching-notes team …`; resolves to the exit status. */
async function runTeam(request: TeamRequest, io: CommandIo): Promise<number> {
  const fail = (message: string): number => {
    io.stderr.write(`coaching-notes: ${forTerminal(message)}\n`);
    return EXIT_USAGE;
  };
  const given = await indexGivenPaths(request.paths, io, request.exclude);
  if (given.kind === 'unreadable') return fail(given.message);
  const roster = await findRoster(io.cwd, given.roots);
  warnRosterProblems(io.cwd, roster, io.stderr, io.env ?? {});
  let overview: TeamOverview;
  try {
    overview = buildTeamOverview(teamInputs(given.index, roster?.roster ?? EMPTY_ROSTER), {
      today: todayFor(request.today, io),
      range: { from: request.from, to: request.to },
      team: request.team,
      forSharing: true,
    });
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  if (request.team !== null && overview.totals.reps === 0) {
    const known =
      overview.teams.length > 0 ? `teams: ${overview.teams.join(', ')}` : 'reps.yaml names no team';
    return fail(`no reps in team '${request.team}' (${known})`);
  }
  if (request.format === 'json') io.stdout.write(jsonLine(teamToJson(overview)));
  else if (request.format === 'markdown' && isSharedTeamOverview(overview))
    io.stdout.write(linesForTerminal(renderTeamMarkdown(overview, io.words)));
  else io.stdout.write(formatTeam(overview, styleFor(io.stdout.isTTY, io.env ?? {}), io.words));
  return given.unread > 0 ? EXIT_USAGE : EXIT_CLEAN;
}

export const teamCommand: CliCommand<TeamRequest> = {
  name: 'team',
  summary: ["Every rep's cadence, completion, overdue items and goals, by team (see team --help)"],
  usage: TEAM_USAGE,
  options: {
    ...NOTE_OPTIONS,
    ...PERIOD_OPTIONS,
    team: { type: 'string', needs: 'a team name' },
    json: { type: 'boolean' },
    markdown: { type: 'boolean' },
  },
  parse: parseTeamArgs,
  run: runTeam,
};
