// The 1:1 prep brief: what a coach should know walking into the next meeting with one rep, most
// actionable first (late 1:1, overdue items, carries to pick up), then goals, the last root cause
// and strengths, and the rhythm of the meetings. Pure Markdown from `buildRepHistory`, so its
// numbers are the ones the history panel, the export and the CLI show.
import { pushAll } from './arrays';
import { daysBetween, weekday } from './dates';
import { withoutDueTokens } from './dueToken';
import { compareOverdueThreads } from './history/threads';
import type { HistoryNote, ItemOccurrence, ItemThread, RepHistory, SectionText } from './history/types';
import { escapeInline, quoteMarkdown } from './markdownText';
import type { IsoDate, NoteType, ParsedNote, SectionKind } from './model';

export interface PrepBriefInput {
  /** The rep's whole history as the coach sees it (not built for sharing), as of today. */
  readonly history: RepHistory;
  /** Display name (roster name when there is one). */
  readonly repName: string;
  /** Team and role from the roster, if known. */
  readonly team?: string | null;
  readonly role?: string | null;
  /** The latest note, parsed: its other sections (e.g. "Observations (private)") are shown too. */
  readonly latestNote?: ParsedNote | null;
  /** URL of a 0-based line of a note, for the links back to the source. */
  readonly link: (file: string, line: number) => string;
  /** Short label of a note file for link titles (e.g. a workspace-relative path). */
  readonly label?: (file: string) => string;
}

/** Goals ended within this many days before "as of" are still listed (recent wins matter). */
export const RECENT_GOAL_DAYS = 30;
const RECENT_NOTES = 5;

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

const NOTE_TYPE_LABELS: Record<NoteType, string> = {
  weekly: 'weekly',
  coaching: 'coaching session',
  'pipeline-review': 'pipeline review',
  'skip-level': 'skip-level',
  other: 'other',
  pip: 'performance plan',
  onboarding: 'onboarding check-in',
  stakeholder: 'stakeholder meeting',
};

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** `Mon 2026-11-16`. */
export function dayLabel(date: IsoDate): string {
  return `${WEEKDAYS[weekday(date)]} ${date}`;
}

/** `today`, `yesterday`, `5 days ago`, `tomorrow`, `in 3 days`. */
export function relativeDays(date: IsoDate, asOf: IsoDate): string {
  const days = daysBetween(asOf, date);
  if (days === 0) return 'today';
  if (days === -1) return 'yesterday';
  if (days === 1) return 'tomorrow';
  return days < 0 ? `${-days} days ago` : `in ${days} days`;
}

function linkTitle(text: string): string {
  return text.replace(/["\\]/gu, '\\$&');
}

/** `[date](url "Open file at line n")`; `<url>` keeps spaces and parentheses in the URL safe. */
function sourceLink(input: PrepBriefInput, file: string, line: number, text: string): string {
  const where = input.label ? input.label(file) : file;
  const url = input.link(file, line).replace(/[<>\s]/gu, encodeURIComponent);
  return `[${escapeInline(text)}](<${url}> "${linkTitle(`Open ${where} at line ${line + 1}`)}")`;
}

function latestOccurrence(thread: ItemThread): ItemOccurrence {
  return thread.occurrences[thread.occurrences.length - 1];
}

function threadText(thread: ItemThread): string {
  return escapeInline(withoutDueTokens(thread.text)) || '(no text)';
}

function carriedText(thread: ItemThread): string | null {
  if (thread.timesCarried === 0) return null;
  return thread.timesCarried === 1 ? 'carried once' : `carried ${thread.timesCarried} times`;
}

function dueText(due: IsoDate | null, asOf: IsoDate): string | null {
  if (due === null) return null;
  return `due ${dayLabel(due)} (${relativeDays(due, asOf)})`;
}

function itemLine(input: PrepBriefInput, thread: ItemThread, details: readonly (string | null)[]): string {
  const occurrence = latestOccurrence(thread);
  const parts = details.filter((part): part is string => part !== null && part !== '');
  if (occurrence.private) parts.push('_private_');
  const link = sourceLink(input, occurrence.file, occurrence.line, occurrence.date);
  return `- **${threadText(thread)}** — ${[...parts, link].join(' · ')}`;
}

function openAge(thread: ItemThread): string {
  return thread.ageDays === 0 ? 'agreed today' : `open ${plural(thread.ageDays, 'day')}`;
}

function section(heading: string, lines: readonly string[]): string[] {
  return lines.length === 0 ? [] : [`## ${heading}`, '', ...lines];
}

function headline(input: PrepBriefInput): string[] {
  const { history } = input;
  const { cadence, asOf } = history;
  const lines: string[] = [];
  const last = history.notes.length > 0 ? history.notes[history.notes.length - 1] : null;
  if (last === null || cadence.lastMeeting === null) {
    lines.push(
      `**No 1:1 written down yet.** The cadence is a 1:1 every ${plural(cadence.cadenceDays, 'day')}.`,
    );
    return lines;
  }
  const type = last.type !== null ? ` (${NOTE_TYPE_LABELS[last.type]})` : '';
  const since = cadence.daysSinceLast ?? 0;
  const lastText = `**Last 1:1:** ${sourceLink(input, last.file, 0, dayLabel(last.date))}${type}, ${relativeDays(last.date, asOf)}`;
  if (cadence.nextOverdue) {
    const reasons: string[] = [];
    if (cadence.nextOverdueReasons.includes('cadence')) {
      reasons.push(
        `${plural(since, 'day')} since the last one, the cadence is ${plural(cadence.cadenceDays, 'day')}`,
      );
    }
    if (cadence.nextOverdueReasons.includes('planned-date-passed') && cadence.plannedNext !== null) {
      reasons.push(`it was planned for ${dayLabel(cadence.plannedNext)}`);
    }
    lines.push(`> **⚠ This 1:1 is late:** ${reasons.join('; ')}.`, '');
    lines.push(`${lastText}.`);
  } else {
    const planned = cadence.plannedNext !== null && cadence.plannedNext === cadence.nextDue;
    const next =
      cadence.nextDue === null
        ? ''
        : planned
          ? ` **Next:** ${dayLabel(cadence.nextDue)} (${relativeDays(cadence.nextDue, asOf)}), as planned.`
          : ` **Next due:** ${dayLabel(cadence.nextDue)} (${relativeDays(cadence.nextDue, asOf)}) by the cadence.`;
    lines.push(`${lastText}.${next} Cadence: every ${plural(cadence.cadenceDays, 'day')}.`);
  }
  return lines;
}

/** One line with the counts that decide what to talk about first. */
function glance(history: RepHistory): string[] {
  const count = (test: (thread: ItemThread) => boolean) => history.threads.filter(test).length;
  const overdue = count((thread) => thread.state === 'overdue');
  const latest = history.notes.length > 0 ? history.notes[history.notes.length - 1] : null;
  const pickUp = count(
    (thread) =>
      thread.awaitingCarry ||
      (thread.state === 'dropped' && latest !== null && thread.missingFrom?.file === latest.file),
  );
  const openFollowUps = count(
    (thread) => thread.kind === 'follow-up' && thread.state === 'open' && !thread.awaitingCarry,
  );
  const openGoals = count(
    (thread) => thread.kind === 'goal' && (thread.state === 'open' || thread.state === 'overdue'),
  );
  const parts = [
    overdue > 0 ? `**${overdue} overdue**` : 'nothing overdue',
    ...(pickUp > 0 ? [`${pickUp} to pick up`] : []),
    plural(openFollowUps, 'open follow-up'),
    plural(openGoals, 'open goal'),
  ];
  return [`At a glance: ${parts.join(' · ')}.`];
}

function attention(input: PrepBriefInput): string[] {
  const { history } = input;
  const overdue = history.threads.filter((thread) => thread.state === 'overdue').sort(compareOverdueThreads);
  const lines = overdue.map((thread) =>
    itemLine(input, thread, [
      thread.kind === 'goal' ? 'goal' : null,
      `**${plural(thread.daysOverdue ?? 0, 'day')} overdue** (due ${thread.due ?? '?'})`,
      openAge(thread),
      carriedText(thread),
    ]),
  );
  return section(`Overdue (${overdue.length})`, lines);
}

function carries(input: PrepBriefInput): string[] {
  const { history } = input;
  const awaiting = history.threads.filter((thread) => thread.awaitingCarry);
  const latest = history.notes.length > 0 ? history.notes[history.notes.length - 1] : null;
  const droppedLastTime =
    latest === null
      ? []
      : history.threads.filter(
          (thread) => thread.state === 'dropped' && thread.missingFrom?.file === latest.file,
        );
  const lines = [
    ...awaiting.map((thread) =>
      itemLine(input, thread, [
        thread.kind === 'goal' ? 'goal' : null,
        'marked [>] last time: write it into this 1:1',
        dueText(thread.due, history.asOf),
        carriedText(thread),
      ]),
    ),
    ...droppedLastTime.map((thread) =>
      itemLine(input, thread, [
        thread.kind === 'goal' ? 'goal' : null,
        `carried on ${thread.lastSeen} but missing from the ${thread.missingFrom?.date ?? 'next'} note: pick it up or cancel it`,
      ]),
    ),
  ];
  return section(`To pick up (${awaiting.length + droppedLastTime.length})`, lines);
}

function compareDue(a: ItemThread, b: ItemThread): number {
  return (a.due ?? '9999-99-99').localeCompare(b.due ?? '9999-99-99') || a.created.localeCompare(b.created);
}

function openFollowUps(input: PrepBriefInput): string[] {
  const { history } = input;
  const open = history.threads
    .filter((thread) => thread.kind === 'follow-up' && thread.state === 'open' && !thread.awaitingCarry)
    .sort(compareDue);
  const lines = open.map((thread) =>
    itemLine(input, thread, [
      dueText(thread.due, history.asOf) ?? 'no due date',
      openAge(thread),
      carriedText(thread),
    ]),
  );
  return section(`Open follow-ups (${open.length})`, lines);
}

/** Open items that were ever written under `## Stakeholders`: what someone promised and has not yet done. */
function stakeholderCommitments(input: PrepBriefInput): string[] {
  const open = input.history.threads
    .filter(
      (thread) =>
        (thread.state === 'open' || thread.state === 'overdue') &&
        thread.occurrences.some((occurrence) => occurrence.stakeholderCommitment === true),
    )
    .sort(compareDue);
  const lines = open.map((thread) =>
    itemLine(input, thread, [dueText(thread.due, input.history.asOf), openAge(thread)]),
  );
  return section(`Open stakeholder commitments (${open.length})`, lines);
}

function goalStatus(thread: ItemThread, asOf: IsoDate): string {
  switch (thread.state) {
    case 'overdue':
      return `**overdue by ${plural(thread.daysOverdue ?? 0, 'day')}**`;
    case 'open':
      return thread.due !== null ? `open, ${dueText(thread.due, asOf) ?? ''}` : 'open, no due date';
    case 'done':
      return `✓ done ${thread.ended ?? ''}`.trim();
    case 'cancelled':
      return `cancelled ${thread.ended ?? ''}`.trim();
    case 'dropped':
      return `dropped: not carried into the ${thread.missingFrom?.date ?? 'next'} note`;
  }
}

function goals(input: PrepBriefInput): string[] {
  const { history } = input;
  const asOf = history.asOf;
  const all = history.threads.filter((thread) => thread.kind === 'goal');
  const live = all.filter((thread) => thread.state === 'open' || thread.state === 'overdue');
  const recent = all
    .filter(
      (thread) =>
        thread.state !== 'open' &&
        thread.state !== 'overdue' &&
        thread.ended !== null &&
        daysBetween(thread.ended, asOf) <= RECENT_GOAL_DAYS,
    )
    .sort((a, b) => (b.ended ?? '').localeCompare(a.ended ?? ''));
  live.sort((a, b) => (a.state === b.state ? compareDue(a, b) : a.state === 'overdue' ? -1 : 1));
  const lines = [...live, ...recent].map((thread) =>
    itemLine(input, thread, [
      goalStatus(thread, asOf),
      thread.ageDays === 0 ? null : `${plural(thread.ageDays, 'day')} since agreed on ${thread.created}`,
      carriedText(thread),
    ]),
  );
  if (lines.length === 0) lines.push('_No open goals._');
  const earlier = all.length - live.length - recent.length;
  if (earlier > 0) {
    const { done } = history.summary.goals;
    lines.push(
      '',
      `_${plural(earlier, 'earlier goal')} not listed; ${plural(done, 'goal')} done in all (completion ${percent(history.summary.goals.completionPercent)})._`,
    );
  }
  const heading = `Goals (${live.length} open${recent.length > 0 ? `, ${recent.length} closed in the last ${RECENT_GOAL_DAYS} days` : ''})`;
  return all.length === 0 ? section('Goals', ['_No goals agreed yet._']) : section(heading, lines);
}

function percent(value: number | null): string {
  return value === null ? '–' : `${value}%`;
}

function lastText(input: PrepBriefInput, heading: string, texts: readonly SectionText[]): string[] {
  const latest = texts.length > 0 ? texts[texts.length - 1] : null;
  if (latest === null) return [];
  const privacy = latest.private ? ' · _private_' : '';
  return [
    `## ${heading}`,
    '',
    ...quoteMarkdown(latest.text),
    '',
    `— ${sourceLink(input, latest.file, latest.line, dayLabel(latest.date))}${privacy}`,
  ];
}

/** Sections of the latest note shown as they are (the others have parts of the brief of their own). */
const ALSO_SHOWN: ReadonlySet<SectionKind> = new Set<SectionKind>(['other', 'check-in', 'selling-blockers']);

/** Free sections (not root cause, strengths, goals or follow-ups) of the latest note that hold text. */
function otherSections(input: PrepBriefInput): string[] {
  const note = input.latestNote;
  const { history } = input;
  const latest = history.notes.length > 0 ? history.notes[history.notes.length - 1] : null;
  if (!note || latest === null) return [];
  const lines: string[] = [];
  for (const part of note.sections) {
    if (!ALSO_SHOWN.has(part.kind) || part.text === '') continue;
    lines.push(`### ${sourceLink(input, latest.file, part.headingLine, part.heading)}`, '');
    pushAll(lines, quoteMarkdown(part.text));
    lines.push('');
  }
  if (lines.length > 0) lines.pop();
  return section('Also in the last note', lines);
}

function rhythm(input: PrepBriefInput): string[] {
  const { history } = input;
  const { cadence, summary } = history;
  if (cadence.meetings === 0) return [];
  const lines: string[] = [];
  const first = history.notes[0]?.date;
  const average = cadence.averageGapDays !== null ? `, ${cadence.averageGapDays} days apart on average` : '';
  lines.push(
    `- ${plural(cadence.meetings, '1:1')} since ${first ?? cadence.lastMeeting ?? ''}${average} (target: every ${plural(cadence.cadenceDays, 'day')}).`,
  );
  if (cadence.gapsOverCadence.length > 0 && cadence.longestGap !== null) {
    lines.push(
      `- ${plural(cadence.gapsOverCadence.length, 'gap')} longer than the cadence; the longest was ${plural(cadence.longestGap.days, 'day')} (${cadence.longestGap.from} to ${cadence.longestGap.to}).`,
    );
  }
  const followUps = summary.followUps;
  lines.push(
    `- Follow-ups: ${percent(followUps.completionPercent)} completed (${followUps.done} done, ${followUps.overdue} overdue, ${followUps.dropped} dropped, ${followUps.cancelled} cancelled; carried ${plural(followUps.carried, 'time')}).`,
  );
  const goalSummary = summary.goals;
  if (goalSummary.total > 0) {
    lines.push(
      `- Goals: ${percent(goalSummary.completionPercent)} completed (${goalSummary.done} done, ${goalSummary.open + goalSummary.overdue} open).`,
    );
  }
  const tags = history.themes.tags.filter((tag) => tag.count >= 2).slice(0, 5);
  if (tags.length > 0) {
    lines.push(
      `- Recurring tags: ${tags.map((tag) => `${escapeInline(tag.tag)} (${tag.count})`).join(', ')}.`,
    );
  }
  return section('Rhythm', lines);
}

function noteSummary(note: HistoryNote): string {
  const parts: string[] = [];
  if (note.counts.created > 0) parts.push(`${plural(note.counts.created, 'new item')}`);
  if (note.counts.done > 0) parts.push(`${note.counts.done} done`);
  if (note.counts.carried > 0) parts.push(`${note.counts.carried} carried`);
  if (note.counts.open > 0) parts.push(`${note.counts.open} open`);
  return parts.join(', ');
}

function recentNotes(input: PrepBriefInput): string[] {
  const notes = input.history.notes.slice(-RECENT_NOTES).reverse();
  const lines = notes.map((note) => {
    const type = note.type !== null ? ` · ${NOTE_TYPE_LABELS[note.type]}` : '';
    const privacy = note.private ? ' · private' : '';
    const summary = noteSummary(note);
    return `- ${sourceLink(input, note.file, 0, dayLabel(note.date))}${type}${privacy}${summary ? ` — ${summary}` : ''}`;
  });
  const older = input.history.notes.length - notes.length;
  if (older > 0) lines.push(`- _…and ${plural(older, 'earlier note')}._`);
  return section('Recent notes', lines);
}

/** The brief as Markdown. */
export function renderPrepBrief(input: PrepBriefInput): string {
  const { history } = input;
  const who = [input.role, input.team].filter((part): part is string => !!part).map(escapeInline);
  const title = [`# 1:1 prep: ${escapeInline(input.repName)}`];
  if (who.length > 0) title.push('', who.join(' · '));
  const undated =
    history.undated.length > 0
      ? [
          `_${plural(history.undated.length, 'note')} without a valid date ${history.undated.length === 1 ? 'is' : 'are'} not included: fix ${history.undated.length === 1 ? 'its' : 'their'} front matter to count ${history.undated.length === 1 ? 'it' : 'them'}._`,
        ]
      : [];
  const parts = [
    title,
    headline(input),
    history.notes.length > 0 ? glance(history) : [],
    attention(input),
    carries(input),
    openFollowUps(input),
    goals(input),
    lastText(input, 'Last root cause', history.themes.rootCauses),
    lastText(input, 'Strengths noted', history.themes.strengths),
    lastText(input, 'Last resistance noted', history.themes.resistance),
    stakeholderCommitments(input),
    otherSections(input),
    rhythm(input),
    recentNotes(input),
    [
      '---',
      '',
      `_Prepared by Coaching Notes as of ${dayLabel(history.asOf)} from ${plural(history.notes.length, 'note')}. Read-only: edit the notes themselves; this brief follows them._`,
      ...undated.map((line) => `\n${line}`),
    ],
  ];
  return (
    parts
      .filter((lines) => lines.length > 0)
      .map((lines) => lines.join('\n'))
      .join('\n\n') + '\n'
  );
}
