// The Team Overview's HTML, from one `TeamOverview`. It uses the history panel's page, stylesheet
// and script (strict CSP, theme colours, clicks forwarded as `data-command`): every button here is
// a command the panel checks (teamMessages.ts). Each chart has its data table beside it. Pure (no
// vscode import), so the rendering is unit-tested without VS Code.
import type { TeamOverview, TeamRepRow } from '../../core/team/teamOverview';
import { ATTENTION_LABELS, TEAM_TABLE_HEADER, teamRowCells } from '../../core/team/teamReport';
import { privacyNotice } from '../history/historyPage';
import { attributes, escapeHtml, num, plural } from '../history/html';

/** The periods the Period filter offers, in weeks. */
export const TEAM_PERIOD_WEEKS = [4, 12, 26, 52] as const;
export type TeamPeriodWeeks = (typeof TEAM_PERIOD_WEEKS)[number];

export interface TeamView {
  readonly overview: TeamOverview;
  readonly weeks: TeamPeriodWeeks;
  readonly hidePrivate: boolean;
}

function percent(value: number | null): string {
  return value === null ? '–' : `${value}%`;
}

function button(label: string, command: string, extra: Record<string, string | null> = {}): string {
  return `<button${attributes({ type: 'button', 'data-command': command, ...extra })}>${escapeHtml(label)}</button>`;
}

function tile(label: string, value: string, detail: string, tone: 'good' | 'bad' | 'neutral'): string {
  return `<div class="tile tone-${tone}"><div class="tile-label">${escapeHtml(label)}</div><div class="tile-value">${escapeHtml(value)}</div><div class="tile-detail">${escapeHtml(detail)}</div></div>`;
}

function filters(view: TeamView): string {
  const { overview } = view;
  const chosen = overview.team?.toLowerCase() ?? null;
  const teams = [
    button('All teams', 'team:', { class: 'secondary', 'aria-pressed': chosen === null ? 'true' : 'false' }),
    ...overview.teams.map((team) =>
      button(team, `team:${team}`, {
        class: 'secondary',
        'aria-pressed': chosen === team.toLowerCase() ? 'true' : 'false',
      }),
    ),
  ];
  const periods = TEAM_PERIOD_WEEKS.map((weeks) =>
    button(`${weeks} weeks`, `period:${weeks}`, {
      class: 'secondary',
      'aria-pressed': weeks === view.weeks ? 'true' : 'false',
    }),
  );
  return `<nav class="actions filters" aria-label="Filters"><span class="hint">Team</span>${teams.join('')}<span class="hint">Period</span>${periods.join('')}</nav>`;
}

function tiles(overview: TeamOverview): string {
  const { totals } = overview;
  const late = overview.groups.flatMap((group) => group.reps).filter((rep) => rep.oneOnOneLate).length;
  return `<section class="tiles" aria-label="Key numbers">${[
    tile('Reps', String(totals.reps), plural(totals.meetings, '1:1') + ' in the period', 'neutral'),
    tile(
      'Follow-ups completed',
      percent(totals.followUpCompletionPercent),
      'all reps together',
      totals.followUpCompletionPercent === null
        ? 'neutral'
        : totals.followUpCompletionPercent >= 70
          ? 'good'
          : 'bad',
    ),
    tile(
      'Overdue now',
      String(totals.overdueNow),
      'goals and follow-ups',
      totals.overdueNow > 0 ? 'bad' : 'good',
    ),
    tile('1:1s late', String(late), 'past the cadence or the planned date', late > 0 ? 'bad' : 'good'),
    tile('Goals', `${totals.openGoals} open`, `${totals.closedGoals} closed in the period`, 'neutral'),
  ].join('')}</section>`;
}

function repButtons(rep: TeamRepRow): string {
  return `${button(rep.name, `history:${rep.key}`, { class: 'link', title: `Show the progress history of ${rep.name}` })} ${button('brief', `brief:${rep.key}`, { class: 'link hint', title: `Prepare for the next 1:1 with ${rep.name}` })}`;
}

function attention(overview: TeamOverview): string {
  if (overview.attention.length === 0) {
    return `<section class="card"><h2>Needing attention</h2><p class="empty">Nobody: no overdue items, late 1:1s or falling completion.</p></section>`;
  }
  const items = overview.attention.map(
    (rep) =>
      `<li class="item">${repButtons(rep)}<span class="item-meta">${escapeHtml(rep.attention.map((reason) => ATTENTION_LABELS[reason]).join(' · '))}</span></li>`,
  );
  return `<section class="card"><h2>Needing attention <span class="count">${overview.attention.length}</span></h2><ul class="items">${items.join('')}</ul></section>`;
}

/** Follow-up completion per month as a small line (decorative: the table holds the numbers). */
function sparkline(rep: TeamRepRow): string {
  const points = rep.followUpTrend
    .map((month, index) => ({ index, percent: month.percent }))
    .filter((point): point is { index: number; percent: number } => point.percent !== null);
  if (points.length < 2) return '';
  const width = 60;
  const height = 16;
  const x = (index: number) =>
    rep.followUpTrend.length <= 1 ? 0 : (index / (rep.followUpTrend.length - 1)) * width;
  const y = (value: number) => height - (value / 100) * height;
  const path = points
    .map((point, i) => `${i === 0 ? 'M' : 'L'}${num(x(point.index))} ${num(y(point.percent))}`)
    .join(' ');
  return ` <svg class="spark" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-hidden="true"><path class="reference" fill="none" d="${path}"/></svg>`;
}

/** One bar per rep: follow-up completion, with the cadence kept as a mark. */
function completionChart(team: string, reps: readonly TeamRepRow[]): string {
  const rowHeight = 22;
  const left = 130;
  const right = 420;
  const height = reps.length * rowHeight + 20;
  const x = (value: number) => left + ((right - left) * value) / 100;
  const bars = reps.map((rep, index) => {
    const top = index * rowHeight + 4;
    const value = rep.followUpCompletionPercent;
    const bar =
      value === null
        ? ''
        : `<rect class="${value >= 50 ? 'gap-ok' : 'gap-late'}" x="${left}" y="${top}" width="${num(x(value) - left)}" height="${rowHeight - 8}"/>`;
    const kept =
      rep.cadenceKeptPercent === null
        ? ''
        : `<line class="reference" x1="${num(x(rep.cadenceKeptPercent))}" x2="${num(x(rep.cadenceKeptPercent))}" y1="${top - 2}" y2="${top + rowHeight - 6}"/>`;
    return `<g><text x="${left - 6}" y="${top + 10}" text-anchor="end" dominant-baseline="middle">${escapeHtml(rep.name)}</text>${bar}${kept}<text class="value" x="${num((value === null ? left : x(value)) + 4)}" y="${top + 10}" dominant-baseline="middle">${escapeHtml(percent(value))}</text></g>`;
  });
  const axis = [0, 50, 100]
    .map(
      (value) =>
        `<text class="axis" x="${num(x(value))}" y="${height - 4}" text-anchor="middle">${value}%</text>`,
    )
    .join('');
  return `<svg class="chart" viewBox="0 0 460 ${height}" role="img" aria-label="${escapeHtml(`${team}: follow-ups completed per rep, bars; cadence kept, marks`)}">${bars.join('')}${axis}</svg>`;
}

function dataTable(reps: readonly TeamRepRow[]): string {
  const head = TEAM_TABLE_HEADER.map(
    (cell, index) => `<th scope="col"${index > 0 ? ' class="num"' : ''}>${escapeHtml(cell)}</th>`,
  );
  const rows = reps.map((rep) => {
    const cells = teamRowCells(rep).map(
      (cell, index) =>
        `<td class="num${index === 4 && rep.overdueNow > 0 ? ' state-overdue' : ''}">${escapeHtml(cell)}${index === 3 ? sparkline(rep) : ''}</td>`,
    );
    return `<tr data-note="${escapeHtml(rep.key)}"><th scope="row">${repButtons(rep)}</th>${cells.join('')}</tr>`;
  });
  return `<table><thead><tr>${head.join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function teamSections(overview: TeamOverview): string {
  if (overview.groups.length === 0)
    return `<section class="card"><p class="empty">No reps in this view.</p></section>`;
  return overview.groups
    .map((group) => {
      const name = group.team === null ? 'No team' : `Team ${group.team}`;
      return `<section class="card wide" aria-label="${escapeHtml(name)}"><h2>${escapeHtml(name)} <span class="count">${group.reps.length}</span></h2><p class="hint">Bars: follow-ups completed; marks: share of 1:1s kept to the rep's cadence. The table holds every number.</p>${completionChart(name, group.reps)}${dataTable(group.reps)}</section>`;
    })
    .join('');
}

function themes(overview: TeamOverview): string {
  if (overview.themes.length === 0) {
    return `<section class="card"><h2>Recurring root causes</h2><p class="empty">No root cause or tag written down for two reps or more in this period.</p></section>`;
  }
  const rows = overview.themes.map(
    (theme) =>
      `<tr><th scope="row">${escapeHtml(theme.kind === 'tag' ? `#${theme.theme}` : theme.theme)}</th><td class="num">${theme.reps.length}</td><td class="num">${theme.notes}</td><td>${escapeHtml(theme.reps.join(', '))}</td></tr>`,
  );
  return `<section class="card"><h2>Recurring root causes</h2><p class="hint">Tags and root-cause words found in the notes of two reps or more.</p><table><thead><tr><th scope="col">Theme</th><th scope="col" class="num">Reps</th><th scope="col" class="num">Notes</th><th scope="col">Who</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

/** The page's `<main>` content; the webview script swaps it in place on updates. */
export function renderTeamBody(view: TeamView): string {
  const { overview } = view;
  const subtitle = `${overview.period.from} to ${overview.period.to} · as of ${overview.asOf}`;
  const header = `<header class="page-head"><div><h1>${escapeHtml(overview.team === null ? 'Team overview' : `Team overview: ${overview.team}`)}</h1><p class="subtitle">${escapeHtml(subtitle)}</p></div><div class="actions">${button(view.hidePrivate ? 'Show private' : 'Hide private', 'togglePrivate', { class: 'secondary', 'aria-pressed': view.hidePrivate ? 'true' : 'false' })}${button('Export calendar…', 'exportCalendar', { class: 'secondary' })}${button('Export team report…', 'exportTeamReport', { class: 'primary' })}</div></header>`;
  return [
    header,
    filters(view),
    privacyNotice(overview.privacy, view.hidePrivate),
    tiles(overview),
    attention(overview),
    teamSections(overview),
    themes(overview),
  ].join('');
}
