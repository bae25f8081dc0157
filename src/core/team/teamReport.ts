// The team report for sharing: Markdown and a CSV (one row per rep), and plain JSON for the CLI.
// Built only from an overview made with `forSharing: true`, with the rep report's privacy footer:
// private content is never in it and the footer says, by count only, what was left out.
import { pushAll } from '../base/arrays';
import { escapeInline } from '../history/markdownText';
import { csvField, neutraliseFormula, privacyFootnote } from '../history/report';
import { messagesFor, type Messages } from '../i18n/messages';
import type { AttentionReason, TeamOverview, TeamRepRow } from './teamOverview';

export type SharedTeamOverview = TeamOverview & { readonly forSharing: true };

export function isSharedTeamOverview(overview: TeamOverview): overview is SharedTeamOverview {
  return overview.forSharing && overview.privacy.omitted;
}

function requireShared(overview: TeamOverview): void {
  if (!isSharedTeamOverview(overview)) {
    throw new Error(
      'Team exports need an overview built with forSharing: true, which leaves private content out.',
    );
  }
}

const ENGLISH = messagesFor('en');

/** Why a rep needs attention, in words: `overdue follow-ups`, `1:1 late`. */
export function attentionLabel(reason: AttentionReason, words: Messages = ENGLISH): string {
  return words.text(`attention.${reason}`);
}

export function trendText(points: number | null): string {
  if (points === null) return '–';
  if (points > 0) return `▲ ${points}`;
  if (points < 0) return `▼ ${-points}`;
  return '= 0';
}

/** `5 days (late)`, `never`: the time since a rep's last 1:1, as the team tables show it. */
export function sinceLastText(row: TeamRepRow, words: Messages = ENGLISH): string {
  const since =
    row.daysSinceLast === null ? words.text('teamTable.never') : words.count('count.days', row.daysSinceLast);
  return row.oneOnOneLate ? `${since} ${words.text('teamTable.late')}` : since;
}

const TEAM_TABLE_COLUMNS = [
  'rep',
  'oneOnOnes',
  'cadenceKept',
  'followUpsDone',
  'trend',
  'overdue',
  'openGoals',
  'closedGoals',
  'sinceLast',
] as const;

/** The columns of the per-team table, in the report and on the overview page. */
export function teamTableHeader(words: Messages = ENGLISH): string[] {
  return TEAM_TABLE_COLUMNS.map((column) => words.text(`teamTable.${column}`));
}

/** A rep's numbers as the table shows them, after the name (the report and the overview page). */
export function teamRowCells(rep: TeamRepRow, words: Messages = ENGLISH): string[] {
  return [
    String(rep.meetings),
    words.percent(rep.cadenceKeptPercent),
    words.percent(rep.followUpCompletionPercent),
    trendText(rep.trendPoints),
    String(rep.overdueNow),
    String(rep.openGoals),
    String(rep.closedGoals),
    sinceLastText(rep, words),
  ];
}

function table(rows: readonly (readonly string[])[], words: Messages): string[] {
  const header = teamTableHeader(words);
  return [
    `| ${header.join(' | ')} |`,
    `|---|${header
      .slice(1)
      .map(() => '---:')
      .join('|')}|`,
    ...rows.map((cells) => `| ${cells.join(' | ')} |`),
  ];
}

/** A team's heading: `Team West` / `Equipo West`, or `No team`. */
export function teamGroupName(team: string | null, words: Messages = ENGLISH): string {
  return team === null ? words.text('team.noTeam') : words.text('team.named', { team });
}

/**
 * The Markdown team report, in the language of `words` (English by default). Throws when the
 * overview was not built for sharing.
 */
export function renderTeamMarkdown(overview: SharedTeamOverview, words: Messages = ENGLISH): string {
  requireShared(overview);
  const title =
    overview.team === null
      ? words.text('teamReport.title')
      : words.text('teamReport.titleOf', { team: escapeInline(overview.team) });
  const { totals } = overview;
  const lines = [
    `# ${title}`,
    '',
    words.text('teamReport.period', {
      from: overview.period.from,
      to: overview.period.to,
      reps: words.count('count.reps', totals.reps),
      meetings: words.count('count.oneOnOnes', totals.meetings),
      asOf: overview.asOf,
    }),
    '',
    `## ${words.text('teamReport.summary')}`,
    '',
    words.text('teamReport.summary.completed', { percent: words.percent(totals.followUpCompletionPercent) }),
    words.text('teamReport.summary.overdue', {
      items: words.count('count.goalsOrFollowUps', totals.overdueNow),
    }),
    words.text('teamReport.summary.goals', {
      open: words.count('team.tile.goals.open', totals.openGoals),
      closed: words.count('team.tile.goals.closed', totals.closedGoals),
    }),
    '',
    `## ${words.text('team.attention')}`,
    '',
  ];
  if (overview.attention.length === 0) lines.push(words.text('teamReport.attention.none'));
  for (const rep of overview.attention) {
    lines.push(
      `- **${escapeInline(rep.name)}**: ${rep.attention.map((reason) => attentionLabel(reason, words)).join(', ')}`,
    );
  }
  for (const group of overview.groups) {
    const name = group.team === null ? null : escapeInline(group.team);
    lines.push('', `## ${teamGroupName(name, words)}`, '');
    pushAll(
      lines,
      table(
        group.reps.map((rep) => [escapeInline(rep.name), ...teamRowCells(rep, words)]),
        words,
      ),
    );
  }
  lines.push('', `## ${words.text('team.themes')}`, '');
  if (overview.themes.length === 0) lines.push(words.text('teamReport.themes.none'));
  for (const theme of overview.themes) {
    const label = theme.kind === 'tag' ? `#${escapeInline(theme.theme)}` : escapeInline(theme.theme);
    lines.push(
      `- ${label}: ${words.count('count.reps', theme.reps.length)}, ${words.count('count.notes', theme.notes)} (${theme.reps.map(escapeInline).join(', ')})`,
    );
  }
  lines.push(
    '',
    words.text('teamReport.legend'),
    '',
    '---',
    '',
    words.text('report.footer', { today: overview.today, footer: privacyFootnote(overview.privacy, words) }),
  );
  return lines.join('\n') + '\n';
}

export const TEAM_CSV_COLUMNS = [
  'team',
  'rep',
  'one_on_ones',
  'cadence_days',
  'cadence_kept_percent',
  'follow_up_completion_percent',
  'trend_points',
  'overdue_now',
  'open_goals',
  'closed_goals',
  'last_one_on_one',
  'days_since_last',
  'next_one_on_one',
  'one_on_one_late',
  'attention',
] as const;

const number = (value: number | null): string => (value === null ? '' : String(value));

/**
 * One row per rep, CRLF line endings, header first (as the rep report's CSV); the header and yes/no
 * in the language of `words`, numbers and the attention codes as they are.
 */
export function renderTeamCsv(overview: SharedTeamOverview, words: Messages = ENGLISH): string {
  requireShared(overview);
  const rows = overview.groups.flatMap((group) =>
    group.reps.map((rep) => [
      group.team ?? '',
      rep.name,
      String(rep.meetings),
      String(rep.cadenceDays),
      number(rep.cadenceKeptPercent),
      number(rep.followUpCompletionPercent),
      number(rep.trendPoints),
      String(rep.overdueNow),
      String(rep.openGoals),
      String(rep.closedGoals),
      rep.lastOneOnOne ?? '',
      number(rep.daysSinceLast),
      rep.nextOneOnOne ?? '',
      words.text(rep.oneOnOneLate ? 'csv.yes' : 'csv.no'),
      rep.attention.join(' '),
    ]),
  );
  // Only the text columns can hold a formula; numbers (a trend of -5) are written as they are.
  const text = new Set([0, 1, TEAM_CSV_COLUMNS.length - 1]);
  const header = TEAM_CSV_COLUMNS.map((column) => words.text(`csv.team.${column}`));
  return [header, ...rows]
    .map(
      (cells) =>
        cells.map((cell, column) => csvField(text.has(column) ? neutraliseFormula(cell) : cell)).join(',') +
        '\r\n',
    )
    .join('');
}

export const TEAM_JSON_SCHEMA_VERSION = 1;

/** The overview as plain data for `--json`, with a schema version first. */
export function teamToJson(overview: TeamOverview): { readonly schemaVersion: number } & TeamOverview {
  return { schemaVersion: TEAM_JSON_SCHEMA_VERSION, ...structuredClone(overview) };
}
