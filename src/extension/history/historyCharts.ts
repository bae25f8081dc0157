// The history panel's charts as inline SVG, drawn from `buildRepHistory`'s numbers: follow-ups per
// month (stacked bars), days between 1:1s against the cadence, and goals over time. Colours come
// from CSS classes (theme variables), never inline styles: the webview's CSP allows no inline style.
// Each chart has a data table next to it, and its points are focusable and open the note.
import { maxOf } from '../../core/base/arrays';
import { daysBetween } from '../../core/base/dates';
import { withoutDueDate } from '../../core/note/dueToken';
import { messagesFor, type Messages } from '../../core/i18n/messages';
import type { HistoryNote, ItemThread, MonthCompletion, RepHistory } from '../../core/history/history';
import { attributes, escapeHtml, num, targetAttributes, truncate, type NoteTarget } from './html';

const ENGLISH = messagesFor('en');

/** `Nov 16` / `16 nov` for a `YYYY-MM-DD` date. */
export function shortDate(date: string, words: Messages = ENGLISH): string {
  const day = Number(date.slice(8, 10));
  const month = words.shortMonth(date);
  return words.lang === 'en' ? `${month} ${day}` : `${day} ${month}`;
}

/** A round axis maximum (1, 2, 5 × 10^n) at or above `value`, and its tick step. */
export function niceScale(value: number, ticks = 4): { max: number; step: number } {
  if (value <= 0) return { max: 1, step: 1 };
  const rough = value / ticks;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step =
    [1, 2, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= rough) ?? rough;
  const wholeStep = Math.max(1, Math.round(step));
  return { max: Math.ceil(value / wholeStep) * wholeStep, step: wholeStep };
}

/** The latest note of a month, or of a date: where a click on a bar leads. */
export function noteTargetForDate(notes: readonly HistoryNote[], date: string): NoteTarget | null {
  const match = [...notes].reverse().find((note) => note.date === date);
  return match ? { file: match.file, line: 0 } : null;
}

function noteTargetForMonth(notes: readonly HistoryNote[], month: string): NoteTarget | null {
  const match = [...notes].reverse().find((note) => note.date.startsWith(month));
  return match ? { file: match.file, line: 0 } : null;
}

function yAxis(
  scale: { max: number; step: number },
  y: (value: number) => number,
  left: number,
  right: number,
): string {
  const parts: string[] = [];
  for (let value = 0; value <= scale.max; value += scale.step) {
    const at = num(y(value));
    parts.push(
      `<line class="grid" x1="${left}" x2="${right}" y1="${at}" y2="${at}"/>`,
      `<text class="axis" x="${left - 6}" y="${at}" text-anchor="end" dominant-baseline="middle">${value}</text>`,
    );
  }
  return parts.join('');
}

function table(caption: string, header: readonly string[], rows: readonly (readonly string[])[]): string {
  const head = header.map(
    (cell, index) => `<th scope="col"${index > 0 ? ' class="num"' : ''}>${escapeHtml(cell)}</th>`,
  );
  const body = rows.map(
    (row) =>
      `<tr>${row.map((cell, index) => (index === 0 ? `<th scope="row">${escapeHtml(cell)}</th>` : `<td class="num">${escapeHtml(cell)}</td>`)).join('')}</tr>`,
  );
  return `<details class="data"><summary>${escapeHtml(caption)}</summary><table><thead><tr>${head.join('')}</tr></thead><tbody>${body.join('')}</tbody></table></details>`;
}

// ---------------------------------------------------------------------------------------------
// Follow-ups per month

export interface Series {
  readonly key: 'done' | 'cancelled' | 'open' | 'dropped' | 'overdue';
}

/**
 * The bar's segments, bottom to top: outcomes, so each follow-up counts once (in the month its
 * outcome became known). Carries are moves, not outcomes: a carried item is also open, done or
 * dropped, so they are a column of the table and never a segment.
 */
export const MONTH_SERIES: readonly Series[] = [
  { key: 'done' },
  { key: 'cancelled' },
  { key: 'open' },
  { key: 'dropped' },
  { key: 'overdue' },
];

/** A series or a goal's state as a legend label: `Done` / `Hecho`. */
function stateLabel(state: Series['key'], words: Messages): string {
  return words.text(`chart.state.${state}`);
}

/** `3 done` / `3 hechos`: a number of follow-ups in one state, for summaries and tooltips. */
function stateCount(state: Series['key'], count: number, words: Messages): string {
  return words.count(STATE_COUNTS[state], count);
}

const STATE_COUNTS = {
  done: 'count.doneItems',
  cancelled: 'count.cancelledItems',
  open: 'count.openItems',
  dropped: 'count.droppedItems',
  overdue: 'count.overdueNow',
} as const;

/** Colour keys; `className` is the class the chart gives the marks of that series. */
function legend(series: readonly { readonly className: string; readonly label: string }[]): string {
  return `<ul class="legend" aria-hidden="true">${series
    .map((entry) => `<li><span class="swatch ${entry.className}"></span>${escapeHtml(entry.label)}</li>`)
    .join('')}</ul>`;
}

function monthSummary(row: MonthCompletion, words: Messages): string {
  const parts = MONTH_SERIES.filter((series) => row[series.key] > 0).map((series) =>
    stateCount(series.key, row[series.key], words),
  );
  const more = [
    ...(row.carried > 0
      ? [words.text('chart.month.carriedOver', { times: words.count('count.times', row.carried) })]
      : []),
    ...(row.completionPercent !== null
      ? [words.text('chart.month.completed', { percent: words.percent(row.completionPercent) })]
      : []),
  ];
  const counted = parts.length > 0 ? parts.join(', ') : words.text('chart.month.none');
  return [`${words.month(row.month)}: ${counted}`, ...more].join('; ');
}

export function followUpsChart(history: RepHistory, words: Messages = ENGLISH): string {
  const rows = history.followUpsByMonth;
  const title = words.text('chart.followUps.title');
  const hint = words.text('chart.followUps.hint');
  if (rows.length === 0) return emptyFigure(title, words.text('chart.followUps.empty'));
  const width = 480;
  const height = 250;
  const left = 34;
  const right = width - 10;
  const top = 22;
  const bottom = height - 40;
  const totals = rows.map((row) => MONTH_SERIES.reduce((sum, series) => sum + row[series.key], 0));
  const scale = niceScale(maxOf(totals, 1));
  const y = (value: number) => bottom - (value / scale.max) * (bottom - top);
  const band = (right - left) / rows.length;
  const barWidth = Math.min(46, band * 0.62);
  const bars = rows.map((row, index) => {
    const x = left + band * index + (band - barWidth) / 2;
    let base = 0;
    const segments = MONTH_SERIES.filter((series) => row[series.key] > 0).map((series) => {
      const value = row[series.key];
      const y1 = y(base + value);
      const y0 = y(base);
      base += value;
      return `<rect class="s-${series.key}" x="${num(x)}" y="${num(y1)}" width="${num(barWidth)}" height="${num(Math.max(0, y0 - y1))}"><title>${escapeHtml(stateCount(series.key, value, words))}</title></rect>`;
    });
    const summary = monthSummary(row, words);
    const target = noteTargetForMonth(history.notes, row.month);
    const center = x + barWidth / 2;
    const yearLabel =
      index === 0 || row.month.endsWith('-01')
        ? `<text class="axis" x="${num(center)}" y="${bottom + 28}" text-anchor="middle">${row.month.slice(0, 4)}</text>`
        : '';
    const total = totals[index] ?? 0;
    return `<g${attributes({
      class: target ? 'point' : 'bar',
      tabindex: target ? 0 : null,
      role: target ? 'button' : 'img',
      'aria-label': target ? words.text('chart.openTheNote', { summary }) : summary,
      ...targetAttributes(target),
    })}><title>${escapeHtml(summary)}</title><rect class="hit" x="${num(left + band * index)}" y="${top}" width="${num(band)}" height="${bottom - top}"/>${segments.join('')}${
      total > 0
        ? `<text class="value" x="${num(center)}" y="${num(y(total) - 5)}" text-anchor="middle">${total}</text>`
        : ''
    }<text class="axis" x="${num(center)}" y="${bottom + 15}" text-anchor="middle">${escapeHtml(words.shortMonth(row.month))}</text>${yearLabel}</g>`;
  });
  const svg = `<svg class="chart" viewBox="0 0 ${width} ${height}" role="group" aria-label="${escapeHtml(words.text('chart.followUps.aria', { title }))}">${yAxis(scale, y, left, right)}<line class="baseline" x1="${left}" x2="${right}" y1="${bottom}" y2="${bottom}"/>${bars.join('')}</svg>`;
  const data = table(
    words.text('chart.asTable', { title }),
    [
      words.text('chart.col.month'),
      words.text('chart.col.oneOnOnes'),
      words.text('chart.col.created'),
      words.text('chart.col.carriedOver'),
      ...MONTH_SERIES.map((series) => stateLabel(series.key, words)),
      words.text('chart.col.completion'),
    ],
    rows.map((row) => [
      words.month(row.month),
      String(row.notes),
      String(row.created),
      String(row.carried),
      ...MONTH_SERIES.map((series) => String(row[series.key])),
      words.percent(row.completionPercent),
    ]),
  );
  return figure(
    title,
    hint,
    svg +
      legend(
        MONTH_SERIES.map((series) => ({
          className: `s-${series.key}`,
          label: stateLabel(series.key, words),
        })),
      ),
    data,
  );
}

// ---------------------------------------------------------------------------------------------
// Days between 1:1s

/**
 * Which bars of a chart get their axis label, `band` apart, so that neighbours never touch: every n-th
 * bar from the first (about 12 at most), and the last ("now"). A label of the axis (10.5px, history.css)
 * takes about 6 units a character: "12 sept" in Spanish needs more room than "Sep 12".
 */
export function spacedLabels(labels: readonly string[], band: number): Set<number> {
  const longest = labels.reduce((most, label) => Math.max(most, label.length), 0);
  const every = Math.max(1, Math.ceil(labels.length / 12), Math.ceil((longest * 6 + 6) / band));
  const last = labels.length - 1;
  const shown = new Set<number>();
  // The last bar's label is always shown: the one `every` before it may be the closest to it.
  for (let index = 0; index <= last - every; index += every) shown.add(index);
  if (last >= 0) shown.add(last);
  return shown;
}

/** At most this many gaps are drawn (the most recent); the table lists them all. */
export const MAX_GAP_BARS = 26;

export function cadenceChart(history: RepHistory, words: Messages = ENGLISH): string {
  const { cadence } = history;
  const days = (count: number) => words.count('count.days', count);
  const title = words.text('chart.cadence.title');
  const hint = words.text('chart.cadence.hint', { days: days(cadence.cadenceDays) });
  if (cadence.meetings === 0) return emptyFigure(title, words.text('chart.cadence.empty'));
  interface Bar {
    readonly days: number;
    readonly label: string;
    readonly summary: string;
    readonly kind: 'ok' | 'late' | 'now' | 'now-late';
    readonly target: NoteTarget | null;
  }
  const bars: Bar[] = cadence.gaps.slice(-MAX_GAP_BARS).map((gap) => ({
    days: gap.days,
    label: shortDate(gap.to, words),
    summary: words.text(gap.days > cadence.cadenceDays ? 'chart.cadence.gapLate' : 'chart.cadence.gap', {
      days: days(gap.days),
      from: gap.from,
      to: gap.to,
    }),
    kind: gap.days > cadence.cadenceDays ? 'late' : 'ok',
    target: noteTargetForDate(history.notes, gap.to),
  }));
  const since = cadence.daysSinceLast ?? 0;
  if (cadence.lastMeeting !== null) {
    bars.push({
      days: since,
      label: words.text('chart.cadence.now'),
      summary: words.text(cadence.nextOverdue ? 'chart.cadence.sinceLate' : 'chart.cadence.since', {
        days: days(since),
        date: cadence.lastMeeting,
      }),
      kind: cadence.nextOverdue ? 'now-late' : 'now',
      target: noteTargetForDate(history.notes, cadence.lastMeeting),
    });
  }
  const width = 480;
  const height = 250;
  const left = 34;
  const right = width - 44;
  const top = 22;
  const bottom = height - 40;
  const scale = niceScale(
    maxOf(
      bars.map((bar) => bar.days),
      cadence.cadenceDays,
    ),
  );
  const y = (value: number) => bottom - (value / scale.max) * (bottom - top);
  const band = (right - left) / Math.max(bars.length, 1);
  const barWidth = Math.min(30, band * 0.6);
  const labelled = spacedLabels(
    bars.map((bar) => bar.label),
    band,
  );
  const drawn = bars.map((bar, index) => {
    const x = left + band * index + (band - barWidth) / 2;
    const center = x + barWidth / 2;
    const barTop = y(bar.days);
    const label = labelled.has(index)
      ? `<text class="axis" x="${num(center)}" y="${bottom + 15}" text-anchor="middle">${escapeHtml(bar.label)}</text>`
      : '';
    return `<g${attributes({
      class: bar.target ? 'point' : 'bar',
      tabindex: bar.target ? 0 : null,
      role: bar.target ? 'button' : 'img',
      'aria-label': bar.target ? words.text('chart.openTheNote', { summary: bar.summary }) : bar.summary,
      ...targetAttributes(bar.target),
    })}><title>${escapeHtml(bar.summary)}</title><rect class="hit" x="${num(left + band * index)}" y="${top}" width="${num(band)}" height="${bottom - top}"/><rect class="gap-${bar.kind}" x="${num(x)}" y="${num(barTop)}" width="${num(barWidth)}" height="${num(Math.max(bottom - barTop, 1))}" rx="2"/><text class="value" x="${num(center)}" y="${num(barTop - 5)}" text-anchor="middle">${bar.days}</text>${label}</g>`;
  });
  const cadenceY = num(y(cadence.cadenceDays));
  const reference = `<line class="reference" x1="${left}" x2="${right}" y1="${cadenceY}" y2="${cadenceY}"/><text class="reference-label" x="${right + 4}" y="${cadenceY}" dominant-baseline="middle">${escapeHtml(words.text('chart.cadence.every', { days: words.text('unit.daysShort', { count: cadence.cadenceDays }) }))}</text>`;
  const svg = `<svg class="chart" viewBox="0 0 ${width} ${height}" role="group" aria-label="${escapeHtml(words.text('chart.cadence.aria', { title, days: days(cadence.cadenceDays) }))}">${yAxis(scale, y, left, right)}<line class="baseline" x1="${left}" x2="${right}" y1="${bottom}" y2="${bottom}"/>${drawn.join('')}${reference}</svg>`;
  const keys = [
    { className: 'gap-ok', label: words.text('chart.cadence.within', { days: days(cadence.cadenceDays) }) },
    { className: 'gap-late', label: words.text('chart.cadence.longer') },
    {
      className: cadence.nextOverdue ? 'gap-now-late' : 'gap-now',
      label: words.text('chart.cadence.sinceLast'),
    },
  ];
  const yesNo = (yes: boolean) => words.text(yes ? 'csv.yes' : 'csv.no');
  const data = table(
    words.text('chart.asTable', { title }),
    [
      words.text('chart.col.from'),
      words.text('chart.col.to'),
      words.text('chart.col.days'),
      words.text('chart.col.overCadence'),
    ],
    [
      ...cadence.gaps.map((gap) => [
        gap.from,
        gap.to,
        String(gap.days),
        yesNo(gap.days > cadence.cadenceDays),
      ]),
      ...(cadence.lastMeeting !== null
        ? [
            [
              cadence.lastMeeting,
              words.text('chart.today', { date: history.asOf }),
              String(since),
              yesNo(cadence.nextOverdue),
            ],
          ]
        : []),
    ],
  );
  return figure(title, hint, svg + legend(keys), data);
}

// ---------------------------------------------------------------------------------------------
// Goals over time

/** At most this many goals are drawn (open ones first, then the most recent); the table lists all. */
export const MAX_GOAL_ROWS = 12;

function goalSummary(thread: ItemThread, words: Messages): string {
  const summary = words.text('chart.goals.summary', {
    text: withoutDueDate(thread.text),
    state: stateLabel(thread.state, words).toLocaleLowerCase(words.lang),
    days: words.count('count.days', thread.ageDays),
    from: thread.created,
    to: thread.ended ?? words.text('chart.cadence.now'),
  });
  return [
    summary,
    ...(thread.due !== null ? [words.text('cli.history.due', { date: thread.due })] : []),
    ...(thread.timesCarried > 0 ? [words.count('brief.carried', thread.timesCarried)] : []),
  ].join(', ');
}

/** Open and overdue goals first, then the most recently ended; oldest first within each. */
export function goalsToDraw(threads: readonly ItemThread[]): ItemThread[] {
  const goals = threads.filter((thread) => thread.kind === 'goal');
  const live = goals.filter((thread) => thread.ended === null);
  const ended = goals
    .filter((thread) => thread.ended !== null)
    .sort((a, b) => (b.ended ?? '').localeCompare(a.ended ?? ''));
  return [...live, ...ended]
    .slice(0, MAX_GOAL_ROWS)
    .sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id));
}

export function goalsChart(history: RepHistory, words: Messages = ENGLISH): string {
  const title = words.text('chart.goals.title');
  const hint = words.text('chart.goals.hint');
  const allGoals = history.threads.filter((thread) => thread.kind === 'goal');
  const goals = goalsToDraw(history.threads);
  const start = history.period.start;
  const end = history.period.end;
  if (goals.length === 0 || start === null || end === null)
    return emptyFigure(title, words.text('chart.goals.empty'));
  const first = goals.reduce((min, thread) => (thread.created < min ? thread.created : min), start);
  const span = Math.max(daysBetween(first, end), 1);
  const width = 960;
  const labelWidth = 330;
  const left = labelWidth + 10;
  const right = width - 70;
  const rowHeight = 28;
  const top = 24;
  const height = top + goals.length * rowHeight + 8;
  const x = (date: string) =>
    left + (Math.min(Math.max(daysBetween(first, date), 0), span) / span) * (right - left);
  const ticks: string[] = [];
  let month = `${first.slice(0, 7)}-01`;
  while (month <= end) {
    if (month >= first) {
      const at = num(x(month));
      ticks.push(
        `<line class="grid" x1="${at}" x2="${at}" y1="${top - 6}" y2="${height - 4}"/><text class="axis" x="${at}" y="${top - 10}" text-anchor="middle">${escapeHtml(words.shortMonth(month.slice(0, 7)))}</text>`,
      );
    }
    const year = Number(month.slice(0, 4));
    const next = Number(month.slice(5, 7)) + 1;
    month = next > 12 ? `${year + 1}-01-01` : `${year}-${String(next).padStart(2, '0')}-01`;
  }
  const today = num(x(end));
  const todayLine = `<line class="today" x1="${today}" x2="${today}" y1="${top - 6}" y2="${height - 4}"/><text class="axis today-label" x="${today}" y="${height + 10}" text-anchor="middle">${escapeHtml(words.relativeDays(0))}</text>`;
  const rows = goals.map((thread, index) => {
    const rowTop = top + index * rowHeight;
    const mid = rowTop + rowHeight / 2;
    const x0 = x(thread.created);
    const x1 = Math.max(x(thread.ended ?? end), x0 + 5);
    const latest = thread.occurrences[thread.occurrences.length - 1];
    const target: NoteTarget = { file: latest.file, line: latest.line };
    const summary = goalSummary(thread, words);
    const carries = thread.occurrences
      .filter((occurrence) => occurrence.status === 'carried')
      .map((occurrence) => `<circle class="carry" cx="${num(x(occurrence.date))}" cy="${num(mid)}" r="3"/>`)
      .join('');
    const due =
      thread.due !== null && thread.due >= first && thread.due <= end
        ? `<line class="due" x1="${num(x(thread.due))}" x2="${num(x(thread.due))}" y1="${num(mid - 9)}" y2="${num(mid + 9)}"/>`
        : '';
    const age = words.text('unit.daysShort', { count: thread.ageDays });
    return `<g${attributes({ class: 'point', tabindex: 0, role: 'button', 'aria-label': words.text('chart.openTheNote', { summary }), ...targetAttributes(target) })}><title>${escapeHtml(summary)}</title><rect class="hit" x="0" y="${rowTop}" width="${width}" height="${rowHeight}"/><text class="goal-label" x="${labelWidth}" y="${num(mid)}" text-anchor="end" dominant-baseline="middle">${escapeHtml(truncate(withoutDueDate(thread.text), 52))}</text><rect class="goal-${thread.state}" x="${num(x0)}" y="${num(mid - 6)}" width="${num(x1 - x0)}" height="12" rx="6"/>${carries}${due}<text class="value" x="${num(x1 + 6)}" y="${num(mid)}" dominant-baseline="middle">${escapeHtml(age)}</text></g>`;
  });
  const svg = `<svg class="chart wide" viewBox="0 0 ${width} ${height + 16}" role="group" aria-label="${escapeHtml(words.text('chart.goals.aria', { title }))}">${ticks.join('')}${todayLine}${rows.join('')}</svg>`;
  const states: ItemThread['state'][] = ['open', 'overdue', 'done', 'cancelled', 'dropped'];
  const present = states.filter((state) => goals.some((thread) => thread.state === state));
  const keys = [
    ...present.map((state) => ({ className: `goal-${state}`, label: stateLabel(state, words) })),
    { className: 'carry', label: words.text('chart.goals.carried') },
    { className: 'due', label: words.text('chart.goals.due') },
  ];
  const data = table(
    words.text('chart.asTable', { title }),
    (['goal', 'status', 'agreed', 'closed', 'days', 'carried', 'due'] as const).map((column) =>
      words.text(`chart.col.${column}`),
    ),
    allGoals.map((thread) => [
      withoutDueDate(thread.text),
      stateLabel(thread.state, words),
      thread.created,
      thread.ended ?? '–',
      String(thread.ageDays),
      String(thread.timesCarried),
      thread.due ?? '–',
    ]),
  );
  const more =
    allGoals.length > goals.length
      ? `<p class="hint">${escapeHtml(words.text('chart.goals.more', { shown: goals.length, all: allGoals.length }))}</p>`
      : '';
  return figure(title, hint, svg + more + legend(keys), data, 'wide');
}

// ---------------------------------------------------------------------------------------------

function figure(title: string, hint: string, chart: string, data: string, extraClass = ''): string {
  return `<figure class="card chart-card ${extraClass}"><figcaption><h2>${escapeHtml(title)}</h2><p class="hint">${escapeHtml(hint)}</p></figcaption>${chart}${data}</figure>`;
}

function emptyFigure(title: string, message: string): string {
  return `<figure class="card chart-card"><figcaption><h2>${escapeHtml(title)}</h2></figcaption><p class="empty">${escapeHtml(message)}</p></figure>`;
}
