// The Team Overview's HTML, from one `TeamOverview`. It uses the history panel's page, stylesheet
// and script (strict CSP, theme colours, clicks forwarded as `data-command`): every button here is
// a command the panel checks (teamMessages.ts). Each chart has its data table beside it. Pure (no
// vscode import), so the rendering is unit-tested without VS Code.
import type { TeamOverview, TeamRepRow } from '../../core/team/teamOverview';
import { messagesFor, type Messages } from '../../core/i18n/messages';
import { attentionLabel, teamGroupName, teamRowCells, teamTableHeader } from '../../core/team/teamReport';
import { privacyNotice } from '../history/historyPage';
import { attributes, escapeHtml, num } from '../history/html';

const ENGLISH = messagesFor('en');

/** The periods the Period filter offers, in weeks. */
export const TEAM_PERIOD_WEEKS = [4, 12, 26, 52] as const;
export type TeamPeriodWeeks = (typeof TEAM_PERIOD_WEEKS)[number];

export interface TeamView {
  readonly overview: TeamOverview;
  readonly weeks: TeamPeriodWeeks;
  readonly hidePrivate: boolean;
  /** The words of the page's language; English when absent. */
  readonly messages?: Messages;
}

function button(label: string, command: string, extra: Record<string, string | null> = {}): string {
  return `<button${attributes({ type: 'button', 'data-command': command, ...extra })}>${escapeHtml(label)}</button>`;
}

function tile(label: string, value: string, detail: string, tone: 'good' | 'bad' | 'neutral'): string {
  return `<div class="tile tone-${tone}"><div class="tile-label">${escapeHtml(label)}</div><div class="tile-value">${escapeHtml(value)}</div><div class="tile-detail">${escapeHtml(detail)}</div></div>`;
}

function filters(view: TeamView, words: Messages): string {
  const { overview } = view;
  const chosen = overview.team?.toLowerCase() ?? null;
  const teams = [
    button(words.text('team.allTeams'), 'team:', {
      class: 'secondary',
      'aria-pressed': chosen === null ? 'true' : 'false',
    }),
    ...overview.teams.map((team) =>
      button(team, `team:${team}`, {
        class: 'secondary',
        'aria-pressed': chosen === team.toLowerCase() ? 'true' : 'false',
      }),
    ),
  ];
  const periods = TEAM_PERIOD_WEEKS.map((weeks) =>
    button(words.count('count.weeks', weeks), `period:${weeks}`, {
      class: 'secondary',
      'aria-pressed': weeks === view.weeks ? 'true' : 'false',
    }),
  );
  return `<nav class="actions filters" aria-label="${escapeHtml(words.text('team.filters'))}"><span class="hint">${escapeHtml(words.text('team.filter.team'))}</span>${teams.join('')}<span class="hint">${escapeHtml(words.text('team.filter.period'))}</span>${periods.join('')}</nav>`;
}

function tiles(overview: TeamOverview, words: Messages): string {
  const { totals } = overview;
  const late = overview.groups.flatMap((group) => group.reps).filter((rep) => rep.oneOnOneLate).length;
  return `<section class="tiles" aria-label="${escapeHtml(words.text('history.keyNumbers'))}">${[
    tile(
      words.text('team.tile.reps'),
      String(totals.reps),
      words.text('team.tile.reps.detail', { meetings: words.count('count.oneOnOnes', totals.meetings) }),
      'neutral',
    ),
    tile(
      words.text('history.tile.followUps'),
      words.percent(totals.followUpCompletionPercent),
      words.text('team.tile.allReps'),
      totals.followUpCompletionPercent === null
        ? 'neutral'
        : totals.followUpCompletionPercent >= 70
          ? 'good'
          : 'bad',
    ),
    tile(
      words.text('history.tile.overdue'),
      String(totals.overdueNow),
      words.text('team.tile.overdue.detail'),
      totals.overdueNow > 0 ? 'bad' : 'good',
    ),
    tile(
      words.text('team.tile.late'),
      String(late),
      words.text('team.tile.late.detail'),
      late > 0 ? 'bad' : 'good',
    ),
    tile(
      words.text('team.tile.goals'),
      words.count('team.tile.goals.open', totals.openGoals),
      words.count('team.tile.goals.closed', totals.closedGoals),
      'neutral',
    ),
  ].join('')}</section>`;
}

function repButtons(rep: TeamRepRow, words: Messages): string {
  return `${button(rep.name, `history:${rep.key}`, { class: 'link', title: words.text('team.showHistory', { name: rep.name }) })} ${button(words.text('team.brief'), `brief:${rep.key}`, { class: 'link hint', title: words.text('team.briefTitle', { name: rep.name }) })}`;
}

function attention(overview: TeamOverview, words: Messages): string {
  const heading = escapeHtml(words.text('team.attention'));
  if (overview.attention.length === 0) {
    return `<section class="card"><h2>${heading}</h2><p class="empty">${escapeHtml(words.text('team.attention.none'))}</p></section>`;
  }
  const items = overview.attention.map(
    (rep) =>
      `<li class="item">${repButtons(rep, words)}<span class="item-meta">${escapeHtml(rep.attention.map((reason) => attentionLabel(reason, words)).join(' · '))}</span></li>`,
  );
  return `<section class="card"><h2>${heading} <span class="count">${overview.attention.length}</span></h2><ul class="items">${items.join('')}</ul></section>`;
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
function completionChart(team: string, reps: readonly TeamRepRow[], words: Messages): string {
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
    return `<g><text x="${left - 6}" y="${top + 10}" text-anchor="end" dominant-baseline="middle">${escapeHtml(rep.name)}</text>${bar}${kept}<text class="value" x="${num((value === null ? left : x(value)) + 4)}" y="${top + 10}" dominant-baseline="middle">${escapeHtml(words.percent(value))}</text></g>`;
  });
  const axis = [0, 50, 100]
    .map(
      (value) =>
        `<text class="axis" x="${num(x(value))}" y="${height - 4}" text-anchor="middle">${escapeHtml(words.percent(value))}</text>`,
    )
    .join('');
  return `<svg class="chart" viewBox="0 0 460 ${height}" role="img" aria-label="${escapeHtml(words.text('team.chart.aria', { team }))}">${bars.join('')}${axis}</svg>`;
}

function dataTable(reps: readonly TeamRepRow[], words: Messages): string {
  const head = teamTableHeader(words).map(
    (cell, index) => `<th scope="col"${index > 0 ? ' class="num"' : ''}>${escapeHtml(cell)}</th>`,
  );
  const rows = reps.map((rep) => {
    const cells = teamRowCells(rep, words).map(
      (cell, index) =>
        `<td class="num${index === 4 && rep.overdueNow > 0 ? ' state-overdue' : ''}">${escapeHtml(cell)}${index === 3 ? sparkline(rep) : ''}</td>`,
    );
    return `<tr data-note="${escapeHtml(rep.key)}"><th scope="row">${repButtons(rep, words)}</th>${cells.join('')}</tr>`;
  });
  return `<table><thead><tr>${head.join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function teamSections(overview: TeamOverview, words: Messages): string {
  if (overview.groups.length === 0)
    return `<section class="card"><p class="empty">${escapeHtml(words.text('team.noReps'))}</p></section>`;
  return overview.groups
    .map((group) => {
      const name = teamGroupName(group.team, words);
      return `<section class="card wide" aria-label="${escapeHtml(name)}"><h2>${escapeHtml(name)} <span class="count">${group.reps.length}</span></h2><p class="hint">${escapeHtml(words.text('team.chart.hint'))}</p>${completionChart(name, group.reps, words)}${dataTable(group.reps, words)}</section>`;
    })
    .join('');
}

function themes(overview: TeamOverview, words: Messages): string {
  const heading = escapeHtml(words.text('team.themes'));
  if (overview.themes.length === 0) {
    return `<section class="card"><h2>${heading}</h2><p class="empty">${escapeHtml(words.text('team.themes.none'))}</p></section>`;
  }
  const rows = overview.themes.map(
    (theme) =>
      `<tr><th scope="row">${escapeHtml(theme.kind === 'tag' ? `#${theme.theme}` : theme.theme)}</th><td class="num">${theme.reps.length}</td><td class="num">${theme.notes}</td><td>${escapeHtml(theme.reps.join(', '))}</td></tr>`,
  );
  const col = (key: 'theme' | 'reps' | 'notes' | 'who') => escapeHtml(words.text(`team.themes.${key}`));
  return `<section class="card"><h2>${heading}</h2><p class="hint">${escapeHtml(words.text('team.themes.hint'))}</p><table><thead><tr><th scope="col">${col('theme')}</th><th scope="col" class="num">${col('reps')}</th><th scope="col" class="num">${col('notes')}</th><th scope="col">${col('who')}</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

/** The page's `<main>` content; the webview script swaps it in place on updates. */
export function renderTeamBody(view: TeamView): string {
  const { overview } = view;
  const words = view.messages ?? ENGLISH;
  const subtitle = words.text('team.subtitle', {
    from: overview.period.from,
    to: overview.period.to,
    asOf: overview.asOf,
  });
  const title =
    overview.team === null ? words.text('team.title') : words.text('team.titleOf', { team: overview.team });
  const privateButton = words.text(view.hidePrivate ? 'history.showPrivate' : 'history.hidePrivate');
  const header = `<header class="page-head"><div><h1>${escapeHtml(title)}</h1><p class="subtitle">${escapeHtml(subtitle)}</p></div><div class="actions">${button(privateButton, 'togglePrivate', { class: 'secondary', 'aria-pressed': view.hidePrivate ? 'true' : 'false' })}${button(words.text('team.exportCalendar'), 'exportCalendar', { class: 'secondary' })}${button(words.text('team.exportReport'), 'exportTeamReport', { class: 'primary' })}</div></header>`;
  return [
    header,
    filters(view, words),
    privacyNotice(overview.privacy, view.hidePrivate, words),
    tiles(overview, words),
    attention(overview, words),
    teamSections(overview, words),
    themes(overview, words),
  ].join('');
}
