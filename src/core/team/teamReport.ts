// The team report for sharing: Markdown and a CSV (one row per rep), and plain JSON for the CLI.
// Built only from an overview made with `forSharing: true`, with the rep report's privacy footer:
// private content is never in it and the footer says, by count only, what was left out.
import { pushAll } from '../base/arrays';
import { escapeInline } from '../history/markdownText';
import { csvField, neutraliseFormula, privacyFootnote } from '../history/report';
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

function percent(value: number | null): string {
  return value === null ? '–' : `${value}%`;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

export const ATTENTION_LABELS: Record<AttentionReason, string> = {
  overdue: 'overdue follow-ups',
  'one-on-one-late': '1:1 late',
  'low-completion': 'low completion',
  'completion-falling': 'completion falling',
};

export function trendText(points: number | null): string {
  if (points === null) return '–';
  if (points > 0) return `▲ ${points}`;
  if (points < 0) return `▼ ${-points}`;
  return '= 0';
}

function sinceText(row: TeamRepRow): string {
  return row.daysSinceLast === null ? 'never' : plural(row.daysSinceLast, 'day');
}

/** The columns of the per-team table, in the report and on the overview page. */
export const TEAM_TABLE_HEADER = [
  'Rep',
  '1:1s',
  'Cadence kept',
  'Follow-ups done',
  'Trend',
  'Overdue',
  'Open goals',
  'Closed goals',
  'Since last 1:1',
];

/** A rep's numbers as the table shows them, after the name (the report and the overview page). */
export function teamRowCells(rep: TeamRepRow): string[] {
  return [
    String(rep.meetings),
    percent(rep.cadenceKeptPercent),
    percent(rep.followUpCompletionPercent),
    trendText(rep.trendPoints),
    String(rep.overdueNow),
    String(rep.openGoals),
    String(rep.closedGoals),
    sinceText(rep) + (rep.oneOnOneLate ? ' (late)' : ''),
  ];
}

function row(rep: TeamRepRow): string[] {
  return [escapeInline(rep.name), ...teamRowCells(rep)];
}

function table(rows: readonly (readonly string[])[]): string[] {
  return [
    `| ${TEAM_TABLE_HEADER.join(' | ')} |`,
    `|---|${TEAM_TABLE_HEADER.slice(1)
      .map(() => '---:')
      .join('|')}|`,
    ...rows.map((cells) => `| ${cells.join(' | ')} |`),
  ];
}

/** The Markdown team report. Throws when the overview was not built for sharing. */
export function renderTeamMarkdown(overview: SharedTeamOverview): string {
  requireShared(overview);
  const title =
    overview.team === null ? 'Team coaching report' : `Team coaching report: ${escapeInline(overview.team)}`;
  const { totals } = overview;
  const lines = [
    `# ${title}`,
    '',
    `**Period:** ${overview.period.from} to ${overview.period.to} · ${plural(totals.reps, 'rep')} · ${plural(totals.meetings, '1:1')} · as of ${overview.asOf}`,
    '',
    '## Summary',
    '',
    `- Follow-ups completed (all reps together): ${percent(totals.followUpCompletionPercent)}.`,
    `- Overdue now: ${plural(totals.overdueNow, 'goal or follow-up', 'goals and follow-ups')}.`,
    `- Goals: ${totals.openGoals} open, ${totals.closedGoals} closed in the period.`,
    '',
    '## Needing attention',
    '',
  ];
  if (overview.attention.length === 0)
    lines.push('_Nobody: no overdue items, late 1:1s or falling completion._');
  for (const rep of overview.attention) {
    lines.push(
      `- **${escapeInline(rep.name)}**: ${rep.attention.map((reason) => ATTENTION_LABELS[reason]).join(', ')}`,
    );
  }
  for (const group of overview.groups) {
    lines.push('', `## ${group.team === null ? 'No team' : `Team ${escapeInline(group.team)}`}`, '');
    pushAll(lines, table(group.reps.map(row)));
  }
  lines.push('', '## Recurring root causes', '');
  if (overview.themes.length === 0)
    lines.push('_No root cause or tag written down for two reps or more in this period._');
  for (const theme of overview.themes) {
    const label = theme.kind === 'tag' ? `#${escapeInline(theme.theme)}` : escapeInline(theme.theme);
    lines.push(
      `- ${label}: ${plural(theme.reps.length, 'rep')}, ${plural(theme.notes, 'note')} (${theme.reps.map(escapeInline).join(', ')})`,
    );
  }
  lines.push(
    '',
    "Cadence kept: the share of intervals between 1:1s no longer than the rep's cadence. Follow-ups done: done out of those decided (done, cancelled, dropped or overdue). Trend: the latest month against the one before, in points.",
    '',
    '---',
    '',
    `_Generated by Coaching Notes on ${overview.today}. ${privacyFootnote(overview.privacy)}_`,
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

/** One row per rep, CRLF line endings, header first (as the rep report's CSV). */
export function renderTeamCsv(overview: SharedTeamOverview): string {
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
      rep.oneOnOneLate ? 'yes' : 'no',
      rep.attention.join(' '),
    ]),
  );
  // Only the text columns can hold a formula; numbers (a trend of -5) are written as they are.
  const text = new Set([0, 1, TEAM_CSV_COLUMNS.length - 1]);
  return [[...TEAM_CSV_COLUMNS], ...rows]
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
