// Renders a rep's history for sharing: a Markdown report for the rep or their manager, a CSV of the
// goals and follow-ups, and plain JSON for the CLI. Every number comes from `buildRepHistory`, so
// the report, the panel, the prep brief and the CLI agree.
import { pushAll } from './arrays';
import { withoutDueDate } from './dueToken';
import { MONTH_NAMES } from './dates';
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
} from './history/types';
import type { ItemKind } from './model';

export interface MarkdownReportOptions {
  /** Replaces the default title, `Coaching progress: <rep>`. */
  readonly title?: string;
}

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

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function percent(value: number | null): string {
  return value === null ? '–' : `${value}%`;
}

function monthLabel(month: string): string {
  return `${MONTH_NAMES[Number(month.slice(5, 7)) - 1] ?? month} ${month.slice(0, 4)}`;
}

function gapText(gap: Gap): string {
  return `${plural(gap.days, 'day')} (${gap.from} to ${gap.to})`;
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

export function threadStatusText(thread: ItemThread): string {
  switch (thread.state) {
    case 'done':
      return `Done ${thread.ended ?? ''}`.trim();
    case 'cancelled':
      return `Cancelled ${thread.ended ?? ''}`.trim();
    case 'dropped':
      return `Dropped: not carried into the ${thread.missingFrom?.date ?? 'next'} note`;
    case 'overdue':
      return `Overdue by ${plural(thread.daysOverdue ?? 0, 'day')}${thread.awaitingCarry ? ' (carried)' : ''}`;
    case 'open':
      return thread.awaitingCarry ? 'Open (carried)' : 'Open';
  }
}

function itemRows(threads: readonly ItemThread[]): string[][] {
  return threads.map((thread) => [
    inline(withoutDueDate(thread.text)) || '(no text)',
    threadStatusText(thread),
    thread.created,
    plural(thread.ageDays, 'day'),
    String(thread.timesCarried),
    thread.due ?? '',
    thread.owner !== null ? inline(`@${thread.owner}`) : '',
  ]);
}

const ITEM_HEADER = ['Status', 'Created', 'Age', 'Carried', 'Due', 'Owner'];
const ITEM_ALIGN: ('l' | 'r')[] = ['l', 'l', 'l', 'r', 'r', 'l', 'l'];

function summarySection(history: RepHistory): string[] {
  const { goals, followUps } = history.summary;
  const row = (label: string, pick: (summary: KindSummary) => string) => [
    label,
    pick(goals),
    pick(followUps),
  ];
  return [
    '## Summary',
    '',
    ...table(
      ['', 'Goals', 'Follow-ups'],
      ['l', 'r', 'r'],
      [
        row('In the period', (s) => String(s.total)),
        row('Done', (s) => String(s.done)),
        row('Cancelled', (s) => String(s.cancelled)),
        row('Open', (s) => String(s.open)),
        row('Overdue', (s) => String(s.overdue)),
        row('Dropped (carried, then not continued)', (s) => String(s.dropped)),
        row('Times carried', (s) => String(s.carried)),
        row('Completion rate', (s) => percent(s.completionPercent)),
      ],
    ),
    '',
    'Completion rate = done ÷ (done + cancelled + dropped + overdue). Items still open and not yet due',
    'are not counted until they are done or late.',
  ];
}

function goalsSection(history: RepHistory): string[] {
  const goals = history.threads.filter((thread) => thread.kind === 'goal');
  return [
    '## Goals',
    '',
    ...(goals.length === 0
      ? ['_No goals in this period._']
      : table(['Goal', ...ITEM_HEADER], ITEM_ALIGN, itemRows(goals))),
  ];
}

function followUpsSection(history: RepHistory): string[] {
  const pending = history.threads.filter(
    (thread) =>
      thread.kind === 'follow-up' &&
      (thread.state === 'open' || thread.state === 'overdue' || thread.state === 'dropped'),
  );
  return [
    '## Open and dropped follow-ups',
    '',
    ...(pending.length === 0
      ? ['_None: every follow-up in this period was done or cancelled._']
      : table(['Follow-up', ...ITEM_HEADER], ITEM_ALIGN, itemRows(pending))),
  ];
}

function monthsSection(rows: readonly MonthCompletion[]): string[] {
  return [
    '## Follow-up completion by month',
    '',
    ...(rows.length === 0
      ? ['_No months in this period._']
      : table(
          [
            'Month',
            '1:1s',
            'Created',
            'Done',
            'Cancelled',
            'Carried',
            'Dropped',
            'Open',
            'Overdue',
            'Completion',
          ],
          ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
          rows.map((row) => [
            monthLabel(row.month),
            String(row.notes),
            String(row.created),
            String(row.done),
            String(row.cancelled),
            String(row.carried),
            String(row.dropped),
            String(row.open),
            String(row.overdue),
            percent(row.completionPercent),
          ]),
        )),
    '',
    'Each follow-up is counted once, in the month it was done, cancelled or dropped, or (still open) the',
    'month it was last written down; created and carried count what happened in that month.',
  ];
}

export function cadenceLines(cadence: CadenceStats, asOf: string): string[] {
  const lines = [`- Target: a 1:1 every ${plural(cadence.cadenceDays, 'day')}.`];
  if (cadence.meetings === 0) return [...lines, '- No 1:1s in this period.'];
  const average = cadence.averageGapDays === null ? '' : `, ${cadence.averageGapDays} days apart on average`;
  lines.push(`- ${plural(cadence.meetings, 'one-on-one')} in the period${average}.`);
  if (cadence.longestGap) lines.push(`- Longest gap: ${gapText(cadence.longestGap)}.`);
  lines.push(
    cadence.gapsOverCadence.length === 0
      ? `- No gap longer than ${plural(cadence.cadenceDays, 'day')}.`
      : `- Gaps longer than ${plural(cadence.cadenceDays, 'day')}: ${cadence.gapsOverCadence.map(gapText).join('; ')}.`,
  );
  lines.push(
    `- Last 1:1: ${cadence.lastMeeting ?? ''}, ${plural(cadence.daysSinceLast ?? 0, 'day')} before ${asOf}.`,
  );
  if (cadence.nextDue !== null) {
    const planned = cadence.plannedNext !== null ? ` (planned for ${cadence.plannedNext})` : '';
    lines.push(
      cadence.nextOverdue
        ? `- Next 1:1 was due ${cadence.nextDue}${planned}: overdue.`
        : `- Next 1:1 due ${cadence.nextDue}${planned}.`,
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

function tagsSection(history: RepHistory): string[] {
  const repeated = history.themes.tags.filter((tag) => tag.count >= 2);
  if (repeated.length === 0) return [];
  return [
    '## Recurring tags',
    '',
    ...repeated.map((tag) => `- ${inline(tag.tag)}: ${plural(tag.count, 'note')}`),
  ];
}

/** What was left out, by count only: the footer must not reveal what the private content says. */
export function privacyFootnote(privacy: PrivacySummary): string {
  const parts: string[] = [];
  if (privacy.privateNotes > 0) parts.push(plural(privacy.privateNotes, 'private note'));
  if (privacy.privateSections > 0) parts.push(plural(privacy.privateSections, 'private section'));
  // Items are only ever withheld with their note or section, so nothing else is left out.
  if (parts.length === 0) return 'Nothing in this period is marked private.';
  const items =
    privacy.privateItems > 0
      ? `, with ${plural(privacy.privateItems, 'goal or follow-up', 'goals and follow-ups')},`
      : '';
  const single = parts.length === 1 && privacy.privateNotes + privacy.privateSections === 1;
  const verb = single ? 'is' : 'are';
  return `Left out for privacy: ${parts.join(' and ')}${items} ${verb} not part of this report or its numbers.`;
}

function periodLine(history: RepHistory): string {
  const { start, end } = history.period;
  if (start === null || end === null) return '**Period:** no notes in this period.';
  return `**Period:** ${start} to ${end} · ${plural(history.summary.notes, 'note')} · as of ${history.asOf}`;
}

/**
 * A Markdown report of one rep's progress over the history's period, for sharing with the rep or
 * their manager. Throws when the history was not built for sharing.
 */
export function renderMarkdownReport(history: SharedRepHistory, options: MarkdownReportOptions = {}): string {
  requireShared(history);
  const title = options.title ?? `Coaching progress: ${history.rep ?? 'unnamed rep'}`;
  const footer = [privacyFootnote(history.privacy)];
  if (history.undated.length > 0) {
    footer.push(
      `${plural(history.undated.length, 'note')} without a valid date ${history.undated.length === 1 ? 'is' : 'are'} not included.`,
    );
  }
  const sections = [
    [`# ${inline(title)}`, '', periodLine(history)],
    summarySection(history),
    goalsSection(history),
    followUpsSection(history),
    monthsSection(history.followUpsByMonth),
    ['## Cadence', '', ...cadenceLines(history.cadence, history.asOf)],
    quotedTexts('Root causes', history.themes.rootCauses, '_No root causes written down in this period._'),
    quotedTexts('Strengths', history.themes.strengths, '_No strengths written down in this period._'),
    tagsSection(history),
    ['---', '', `_Generated by Coaching Notes on ${history.today}. ${footer.join(' ')}_`],
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

function kindLabel(kind: ItemKind): string {
  return kind === 'goal' ? 'goal' : 'follow-up';
}

/** One row per goal or follow-up of the period, CRLF line endings, header first. */
export function renderItemsCsv(history: SharedRepHistory): string {
  requireShared(history);
  const rows: string[][] = history.threads.map((thread) => [
    kindLabel(thread.kind),
    withoutDueDate(thread.text),
    thread.state,
    thread.created,
    thread.ended ?? '',
    String(thread.ageDays),
    String(thread.timesCarried),
    thread.due ?? '',
    thread.firstDue ?? '',
    thread.daysOverdue === null ? '' : String(thread.daysOverdue),
    thread.owner ?? '',
    thread.lastSeen,
    thread.awaitingCarry ? 'yes' : 'no',
  ]);
  return [[...ITEMS_CSV_COLUMNS], ...rows]
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
