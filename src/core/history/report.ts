// Renders a rep's history for sharing: a Markdown report for the rep or their manager, a CSV of the
// goals and follow-ups, and plain JSON for the CLI. Every number comes from `buildRepHistory`, so
// the report, the panel, the prep brief and the CLI agree.
import { pushAll } from '../base/arrays';
import { withoutDueDate } from '../note/dueToken';
import type { TextKey } from '../i18n/catalogue';
import { messagesFor, type Messages } from '../i18n/messages';
import { escapeInline, quoteMarkdown } from './markdownText';
import type {
  CadenceStats,
  Gap,
  ItemThread,
  KindSummary,
  MonthCompletion,
  PrivacySummary,
  RepHistory,
  SectionText,
  SharedRepHistory,
} from './types';
import type { ItemKind } from '../note/model';

export interface MarkdownReportOptions {
  /** Replaces the default title, `Coaching progress: <rep>`. */
  readonly title?: string;
  /** The language of the report's own words (the notes' text is quoted as written); English by default. */
  readonly messages?: Messages;
}

const ENGLISH = messagesFor('en');

/** Exports may only be made from a history built for sharing: private content is not in it. */
function requireShared(history: RepHistory): void {
  if (!history.forSharing || !history.privacy.omitted) {
    throw new Error('Exports need a history built with forSharing: true, which leaves private content out.');
  }
}

// ---------------------------------------------------------------------------------------------
// Markdown

/** One line of user text, safe inside a table cell or a heading: literal, no link, image or HTML. */
const inline = escapeInline;

function gapText(gap: Gap, words: Messages): string {
  return words.text('report.gap', { days: words.count('count.days', gap.days), from: gap.from, to: gap.to });
}

function table(
  header: readonly string[],
  align: readonly ('l' | 'r')[],
  rows: readonly (readonly string[])[],
): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `|${align.map((a) => (a === 'r' ? '---:' : '---')).join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ];
}

export function threadStatusText(thread: ItemThread, words: Messages = ENGLISH): string {
  const carried = thread.awaitingCarry ? words.text('report.status.carried') : '';
  switch (thread.state) {
    case 'done':
      return words.text('report.status.done', { date: thread.ended ?? '' }).trim();
    case 'cancelled':
      return words.text('report.status.cancelled', { date: thread.ended ?? '' }).trim();
    case 'dropped':
      return words.text('report.status.dropped', {
        date: thread.missingFrom?.date ?? words.text('brief.carry.next'),
      });
    case 'overdue':
      return words.text('report.status.overdue', {
        days: words.count('count.days', thread.daysOverdue ?? 0),
        carried,
      });
    case 'open':
      return words.text('report.status.open', { carried });
  }
}

function itemRows(threads: readonly ItemThread[], words: Messages): string[][] {
  return threads.map((thread) => [
    inline(withoutDueDate(thread.text)) || words.text('brief.noText'),
    threadStatusText(thread, words),
    thread.created,
    words.count('count.days', thread.ageDays),
    String(thread.timesCarried),
    thread.due ?? '',
    thread.owner !== null ? inline(`@${thread.owner}`) : '',
  ]);
}

const ITEM_HEADER: readonly TextKey[] = [
  'report.column.status',
  'report.column.created',
  'report.column.age',
  'report.column.carried',
  'report.column.due',
  'report.column.owner',
];
const ITEM_ALIGN: ('l' | 'r')[] = ['l', 'l', 'l', 'r', 'r', 'l', 'l'];

function summarySection(history: RepHistory, words: Messages): string[] {
  const { goals, followUps } = history.summary;
  const row = (label: TextKey, pick: (summary: KindSummary) => string) => [
    words.text(label),
    pick(goals),
    pick(followUps),
  ];
  return [
    `## ${words.text('report.summary.heading')}`,
    '',
    ...table(
      ['', words.text('report.summary.goals'), words.text('report.summary.followUps')],
      ['l', 'r', 'r'],
      [
        row('report.summary.total', (s) => String(s.total)),
        row('report.summary.done', (s) => String(s.done)),
        row('report.summary.cancelled', (s) => String(s.cancelled)),
        row('report.summary.open', (s) => String(s.open)),
        row('report.summary.overdue', (s) => String(s.overdue)),
        row('report.summary.dropped', (s) => String(s.dropped)),
        row('report.summary.carried', (s) => String(s.carried)),
        row('report.summary.rate', (s) => words.percent(s.completionPercent)),
      ],
    ),
    '',
    ...words.text('report.summary.rateNote').split('\n'),
  ];
}

function goalsSection(history: RepHistory, words: Messages): string[] {
  const goals = history.threads.filter((thread) => thread.kind === 'goal');
  const header = [words.text('report.column.goal'), ...ITEM_HEADER.map((key) => words.text(key))];
  return [
    `## ${words.text('report.goals.heading')}`,
    '',
    ...(goals.length === 0
      ? [words.text('report.goals.none')]
      : table(header, ITEM_ALIGN, itemRows(goals, words))),
  ];
}

function followUpsSection(history: RepHistory, words: Messages): string[] {
  const pending = history.threads.filter(
    (thread) =>
      thread.kind === 'follow-up' &&
      (thread.state === 'open' || thread.state === 'overdue' || thread.state === 'dropped'),
  );
  const header = [words.text('report.column.followUp'), ...ITEM_HEADER.map((key) => words.text(key))];
  return [
    `## ${words.text('report.followUps.heading')}`,
    '',
    ...(pending.length === 0
      ? [words.text('report.followUps.none')]
      : table(header, ITEM_ALIGN, itemRows(pending, words))),
  ];
}

const MONTH_HEADER: readonly TextKey[] = [
  'report.months.month',
  'report.months.oneOnOnes',
  'report.months.created',
  'report.months.done',
  'report.months.cancelled',
  'report.months.carried',
  'report.months.dropped',
  'report.months.open',
  'report.months.overdue',
  'report.months.completion',
];

function monthsSection(rows: readonly MonthCompletion[], words: Messages): string[] {
  return [
    `## ${words.text('report.months.heading')}`,
    '',
    ...(rows.length === 0
      ? [words.text('report.months.none')]
      : table(
          MONTH_HEADER.map((key) => words.text(key)),
          ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
          rows.map((row) => [
            words.month(row.month),
            String(row.notes),
            String(row.created),
            String(row.done),
            String(row.cancelled),
            String(row.carried),
            String(row.dropped),
            String(row.open),
            String(row.overdue),
            words.percent(row.completionPercent),
          ]),
        )),
    '',
    ...words.text('report.months.note').split('\n'),
  ];
}

export function cadenceLines(cadence: CadenceStats, asOf: string, words: Messages = ENGLISH): string[] {
  const cadenceDays = words.count('count.days', cadence.cadenceDays);
  const lines = [words.text('report.cadence.target', { days: cadenceDays })];
  if (cadence.meetings === 0) return [...lines, words.text('report.cadence.none')];
  const average =
    cadence.averageGapDays === null
      ? ''
      : words.text('brief.rhythm.average', { days: words.number(cadence.averageGapDays) });
  lines.push(
    words.text('report.cadence.meetings', {
      meetings: words.count('count.oneOnOnesLong', cadence.meetings),
      average,
    }),
  );
  if (cadence.longestGap)
    lines.push(words.text('report.cadence.longest', { gap: gapText(cadence.longestGap, words) }));
  lines.push(
    cadence.gapsOverCadence.length === 0
      ? words.text('report.cadence.noLongGap', { days: cadenceDays })
      : words.text('report.cadence.longGaps', {
          days: cadenceDays,
          gaps: cadence.gapsOverCadence.map((gap) => gapText(gap, words)).join('; '),
        }),
  );
  lines.push(
    words.text('report.cadence.last', {
      date: cadence.lastMeeting ?? '',
      days: words.count('count.days', cadence.daysSinceLast ?? 0),
      asOf,
    }),
  );
  if (cadence.nextDue !== null) {
    const planned =
      cadence.plannedNext !== null ? words.text('report.cadence.planned', { date: cadence.plannedNext }) : '';
    lines.push(
      words.text(cadence.nextOverdue ? 'report.cadence.nextOverdue' : 'report.cadence.next', {
        date: cadence.nextDue,
        planned,
      }),
    );
  }
  return lines;
}

function quotedTexts(heading: string, texts: readonly SectionText[], empty: string): string[] {
  const lines = [`## ${heading}`, ''];
  if (texts.length === 0) return [...lines, empty];
  texts.forEach((text, index) => {
    if (index > 0) lines.push('');
    pushAll(lines, quoteMarkdown(text.text));
    lines.push('>', `> — ${text.date}`);
  });
  return lines;
}

function tagsSection(history: RepHistory, words: Messages): string[] {
  const repeated = history.themes.tags.filter((tag) => tag.count >= 2);
  if (repeated.length === 0) return [];
  return [
    `## ${words.text('report.tags.heading')}`,
    '',
    ...repeated.map((tag) => `- ${inline(tag.tag)}: ${words.count('count.notes', tag.count)}`),
  ];
}

/** What was left out, by count only: the footer must not reveal what the private content says. */
export function privacyFootnote(privacy: PrivacySummary, words: Messages = ENGLISH): string {
  const parts: string[] = [];
  if (privacy.privateNotes > 0) parts.push(words.count('count.privateNotes', privacy.privateNotes));
  if (privacy.privateSections > 0) parts.push(words.count('count.privateSections', privacy.privateSections));
  // Items are only ever withheld with their note or section, so nothing else is left out.
  if (parts.length === 0) return words.text('report.privacy.none');
  const items =
    privacy.privateItems > 0
      ? words.text('report.privacy.items', { items: words.count('count.privateItems', privacy.privateItems) })
      : '';
  const single = parts.length === 1 && privacy.privateNotes + privacy.privateSections === 1;
  return words.text(single ? 'report.privacy.one' : 'report.privacy.many', {
    parts: parts.join(words.text('report.privacy.and')),
    items,
  });
}

function periodLine(history: RepHistory, words: Messages): string {
  const { start, end } = history.period;
  if (start === null || end === null) return words.text('report.period.none');
  return words.text('report.period', {
    start,
    end,
    notes: words.count('count.notes', history.summary.notes),
    asOf: history.asOf,
  });
}

/**
 * A Markdown report of one rep's progress over the history's period, for sharing with the rep or
 * their manager. Throws when the history was not built for sharing.
 */
export function renderMarkdownReport(history: SharedRepHistory, options: MarkdownReportOptions = {}): string {
  requireShared(history);
  const words = options.messages ?? ENGLISH;
  const title =
    options.title ?? words.text('report.title', { rep: history.rep ?? words.text('report.unnamedRep') });
  const footer = [privacyFootnote(history.privacy, words)];
  if (history.undated.length > 0) footer.push(words.count('report.undated', history.undated.length));
  const sections = [
    [`# ${inline(title)}`, '', periodLine(history, words)],
    summarySection(history, words),
    goalsSection(history, words),
    followUpsSection(history, words),
    monthsSection(history.followUpsByMonth, words),
    [`## ${words.text('report.cadence.heading')}`, '', ...cadenceLines(history.cadence, history.asOf, words)],
    quotedTexts(
      words.text('report.rootCauses.heading'),
      history.themes.rootCauses,
      words.text('report.rootCauses.none'),
    ),
    quotedTexts(
      words.text('report.strengths.heading'),
      history.themes.strengths,
      words.text('report.strengths.none'),
    ),
    tagsSection(history, words),
    ['---', '', words.text('report.footer', { today: history.today, footer: footer.join(' ') })],
  ];
  return (
    sections
      .filter((lines) => lines.length > 0)
      .map((lines) => lines.join('\n'))
      .join('\n\n') + '\n'
  );
}

// ---------------------------------------------------------------------------------------------
// CSV

export const ITEMS_CSV_COLUMNS = [
  'kind',
  'item',
  'status',
  'created',
  'ended',
  'age_days',
  'times_carried',
  'due',
  'first_due',
  'days_overdue',
  'owner',
  'last_seen',
  'awaiting_carry',
] as const;

/**
 * A cell a spreadsheet will not run: text starting with `=`, `+`, `-`, `@` (after any tabs or
 * carriage returns, which some spreadsheets skip) gets a leading `'`. Only those: a CSV shows the
 * `'` as text, so any other cell keeps its text as written.
 */
export function neutraliseFormula(cell: string): string {
  return /^[\t\r]*[=+\-@]/u.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180: quoted when holding a comma, a double quote or a line break; quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/u.test(value) ? `"${value.replace(/"/gu, '""')}"` : value;
}

function kindLabel(kind: ItemKind, words: Messages): string {
  return words.text(kind === 'goal' ? 'csv.kind.goal' : 'csv.kind.follow-up');
}

/**
 * One row per goal or follow-up of the period, CRLF line endings, header first. In English the
 * header and values are the stable identifiers below; in another language, that language's words.
 */
export function renderItemsCsv(history: SharedRepHistory, words: Messages = ENGLISH): string {
  requireShared(history);
  const rows: string[][] = history.threads.map((thread) => [
    kindLabel(thread.kind, words),
    withoutDueDate(thread.text),
    words.text(`csv.state.${thread.state}`),
    thread.created,
    thread.ended ?? '',
    String(thread.ageDays),
    String(thread.timesCarried),
    thread.due ?? '',
    thread.firstDue ?? '',
    thread.daysOverdue === null ? '' : String(thread.daysOverdue),
    thread.owner ?? '',
    thread.lastSeen,
    words.text(thread.awaitingCarry ? 'csv.yes' : 'csv.no'),
  ]);
  const header = ITEMS_CSV_COLUMNS.map((column) => words.text(`csv.column.${column}`));
  return [header, ...rows]
    .map((row) => row.map((cell) => csvField(neutraliseFormula(cell))).join(','))
    .map((line) => `${line}\r\n`)
    .join('');
}

// ---------------------------------------------------------------------------------------------
// JSON

/** 2: `privacy` holds counts only (no private headings or file names). */
export const HISTORY_JSON_SCHEMA_VERSION = 2;

export type RepHistoryJson = { readonly schemaVersion: typeof HISTORY_JSON_SCHEMA_VERSION } & RepHistory;

/**
 * The history as plain data for `--json` output: a deep copy (dates stay `YYYY-MM-DD` strings)
 * with a schema version first. It contains whatever the history contains: build it with
 * `forSharing: true` when the output leaves the machine.
 */
export function historyToJson(history: RepHistory): RepHistoryJson {
  return { schemaVersion: HISTORY_JSON_SCHEMA_VERSION, ...structuredClone(history) };
}
