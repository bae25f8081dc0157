// The 1:1 prep brief: what a coach should know walking into the next meeting with one rep, most
// actionable first (late 1:1, overdue items, carries to pick up), then goals, the last root cause
// and strengths, and the rhythm of the meetings. Pure Markdown from `buildRepHistory`, so its
// numbers are the ones the history panel, the export and the CLI show.
import { pushAll } from '../base/arrays';
import { daysBetween } from '../base/dates';
import { withoutDueDate } from '../note/dueToken';
import { compareOpenThreads, compareOverdueThreads, compareThreadsByDue } from './threads';
import type { HistoryNote, ItemOccurrence, ItemThread, RepHistory, SectionText } from './types';
import { messagesFor, type Messages } from '../i18n/messages';
import { escapeInline, quoteMarkdown } from './markdownText';
import type { IsoDate, ParsedNote, SectionKind } from '../note/model';

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
  /** The language of the brief's own words (the notes' text is quoted as written); English by default. */
  readonly messages?: Messages;
}

/** Goals ended within this many days before "as of" are still listed (recent wins matter). */
export const RECENT_GOAL_DAYS = 30;
const RECENT_NOTES = 5;

const ENGLISH = messagesFor('en');

/** `Mon 2026-11-16` (`lun 16 nov 2026`). */
export function dayLabel(date: IsoDate, words: Messages = ENGLISH): string {
  return words.day(date);
}

/** `today`, `yesterday`, `5 days ago`, `tomorrow`, `in 3 days` (`hoy`, `hace 5 días`, …). */
export function relativeDays(date: IsoDate, asOf: IsoDate, words: Messages = ENGLISH): string {
  return words.relativeDays(daysBetween(asOf, date));
}

function wordsOf(input: PrepBriefInput): Messages {
  return input.messages ?? ENGLISH;
}

function linkTitle(text: string): string {
  return text.replace(/["\\]/gu, '\\$&');
}

/** `[date](url "Open file at line n")`; `<url>` keeps spaces and parentheses in the URL safe. */
function sourceLink(input: PrepBriefInput, file: string, line: number, text: string): string {
  const where = input.label ? input.label(file) : file;
  const url = input.link(file, line).replace(/[<>\s]/gu, encodeURIComponent);
  const title = wordsOf(input).text('brief.openAt', { file: where, line: line + 1 });
  return `[${escapeInline(text)}](<${url}> "${linkTitle(title)}")`;
}

function latestOccurrence(thread: ItemThread): ItemOccurrence {
  return thread.occurrences[thread.occurrences.length - 1];
}

function threadText(thread: ItemThread, words: Messages): string {
  return escapeInline(withoutDueDate(thread.text)) || words.text('brief.noText');
}

function carriedText(thread: ItemThread, words: Messages): string | null {
  if (thread.timesCarried === 0) return null;
  return words.count('brief.carried', thread.timesCarried);
}

function dueText(due: IsoDate | null, asOf: IsoDate, words: Messages): string | null {
  if (due === null) return null;
  return words.text('brief.due', { day: dayLabel(due, words), relative: relativeDays(due, asOf, words) });
}

function itemLine(input: PrepBriefInput, thread: ItemThread, details: readonly (string | null)[]): string {
  const occurrence = latestOccurrence(thread);
  const parts = details.filter((part): part is string => part !== null && part !== '');
  const words = wordsOf(input);
  if (occurrence.private) parts.push(`_${words.text('brief.private')}_`);
  const link = sourceLink(input, occurrence.file, occurrence.line, occurrence.date);
  return `- **${threadText(thread, words)}** — ${[...parts, link].join(' · ')}`;
}

function openAge(thread: ItemThread, words: Messages): string {
  return thread.ageDays === 0
    ? words.text('brief.agreedToday')
    : words.text('brief.openFor', { days: words.count('count.days', thread.ageDays) });
}

function section(heading: string, lines: readonly string[]): string[] {
  return lines.length === 0 ? [] : [`## ${heading}`, '', ...lines];
}

function headline(input: PrepBriefInput): string[] {
  const { history } = input;
  const { cadence, asOf } = history;
  const words = wordsOf(input);
  const cadenceDays = words.count('count.days', cadence.cadenceDays);
  const lines: string[] = [];
  const last = history.notes.length > 0 ? history.notes[history.notes.length - 1] : null;
  if (last === null || cadence.lastMeeting === null) {
    lines.push(words.text('brief.noOneOnOne', { days: cadenceDays }));
    return lines;
  }
  const type = last.type !== null ? ` (${words.text(`noteType.${last.type}`)})` : '';
  const since = cadence.daysSinceLast ?? 0;
  const lastText = words.text('brief.lastOneOnOne', {
    link: sourceLink(input, last.file, 0, dayLabel(last.date, words)),
    type,
    relative: relativeDays(last.date, asOf, words),
  });
  if (cadence.nextOverdue) {
    const reasons: string[] = [];
    if (cadence.nextOverdueReasons.includes('cadence')) {
      reasons.push(
        words.text('brief.late.cadence', { days: words.count('count.days', since), cadence: cadenceDays }),
      );
    }
    if (cadence.nextOverdueReasons.includes('planned-date-passed') && cadence.plannedNext !== null) {
      reasons.push(words.text('brief.late.planned', { day: dayLabel(cadence.plannedNext, words) }));
    }
    lines.push(words.text('brief.late', { reasons: reasons.join('; ') }), '');
    lines.push(`${lastText}.`);
  } else {
    const planned = cadence.plannedNext !== null && cadence.plannedNext === cadence.nextDue;
    const next =
      cadence.nextDue === null
        ? ''
        : words.text(planned ? 'brief.next.planned' : 'brief.next.cadence', {
            day: dayLabel(cadence.nextDue, words),
            relative: relativeDays(cadence.nextDue, asOf, words),
          });
    lines.push(`${lastText}.${next} ${words.text('brief.cadence', { days: cadenceDays })}`);
  }
  return lines;
}

/** One line with the counts that decide what to talk about first. */
function glance(history: RepHistory, words: Messages): string[] {
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
    overdue > 0 ? words.count('brief.glance.overdue', overdue) : words.text('brief.glance.nothingOverdue'),
    ...(pickUp > 0 ? [words.text('brief.glance.pickUp', { count: pickUp })] : []),
    words.count('count.openFollowUps', openFollowUps),
    words.count('count.openGoals', openGoals),
  ];
  return [words.text('brief.glance', { parts: parts.join(' · ') })];
}

function attention(input: PrepBriefInput): string[] {
  const { history } = input;
  const words = wordsOf(input);
  const overdue = history.threads.filter((thread) => thread.state === 'overdue').sort(compareOverdueThreads);
  const lines = overdue.map((thread) =>
    itemLine(input, thread, [
      thread.kind === 'goal' ? words.text('brief.goal') : null,
      words.text('brief.overdueFor', {
        days: words.count('count.days', thread.daysOverdue ?? 0),
        due: thread.due ?? '?',
      }),
      openAge(thread, words),
      carriedText(thread, words),
    ]),
  );
  return section(words.text('brief.overdue.heading', { count: overdue.length }), lines);
}

function carries(input: PrepBriefInput): string[] {
  const { history } = input;
  const words = wordsOf(input);
  const goal = (thread: ItemThread) => (thread.kind === 'goal' ? words.text('brief.goal') : null);
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
        goal(thread),
        words.text('brief.carry.marked'),
        dueText(thread.due, history.asOf, words),
        carriedText(thread, words),
      ]),
    ),
    ...droppedLastTime.map((thread) =>
      itemLine(input, thread, [
        goal(thread),
        words.text('brief.carry.dropped', {
          seen: thread.lastSeen,
          date: thread.missingFrom?.date ?? words.text('brief.carry.next'),
        }),
      ]),
    ),
  ];
  return section(
    words.text('brief.carry.heading', { count: awaiting.length + droppedLastTime.length }),
    lines,
  );
}

function openFollowUps(input: PrepBriefInput): string[] {
  const { history } = input;
  const words = wordsOf(input);
  const open = history.threads
    .filter((thread) => thread.kind === 'follow-up' && thread.state === 'open' && !thread.awaitingCarry)
    .sort(compareThreadsByDue);
  const lines = open.map((thread) =>
    itemLine(input, thread, [
      dueText(thread.due, history.asOf, words) ?? words.text('brief.noDue'),
      openAge(thread, words),
      carriedText(thread, words),
    ]),
  );
  return section(words.text('brief.followUps.heading', { count: open.length }), lines);
}

/** Open items that were ever written under `## Stakeholders`: what someone promised and has not yet done. */
function stakeholderCommitments(input: PrepBriefInput): string[] {
  const open = input.history.threads
    .filter(
      (thread) =>
        (thread.state === 'open' || thread.state === 'overdue') &&
        thread.occurrences.some((occurrence) => occurrence.stakeholderCommitment === true),
    )
    .sort(compareThreadsByDue);
  const words = wordsOf(input);
  const lines = open.map((thread) =>
    itemLine(input, thread, [dueText(thread.due, input.history.asOf, words), openAge(thread, words)]),
  );
  return section(words.text('brief.stakeholders.heading', { count: open.length }), lines);
}

function goalStatus(thread: ItemThread, asOf: IsoDate, words: Messages): string {
  switch (thread.state) {
    case 'overdue':
      return words.text('brief.goal.overdue', { days: words.count('count.days', thread.daysOverdue ?? 0) });
    case 'open':
      return thread.due !== null
        ? words.text('brief.goal.openDue', { due: dueText(thread.due, asOf, words) ?? '' })
        : words.text('brief.goal.openNoDue');
    case 'done':
      return words.text('brief.goal.done', { date: thread.ended ?? '' }).trim();
    case 'cancelled':
      return words.text('brief.goal.cancelled', { date: thread.ended ?? '' }).trim();
    case 'dropped':
      return words.text('brief.goal.dropped', {
        date: thread.missingFrom?.date ?? words.text('brief.carry.next'),
      });
  }
}

function goals(input: PrepBriefInput): string[] {
  const { history } = input;
  const words = wordsOf(input);
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
  live.sort(compareOpenThreads);
  const lines = [...live, ...recent].map((thread) =>
    itemLine(input, thread, [
      goalStatus(thread, asOf, words),
      thread.ageDays === 0
        ? null
        : words.text('brief.goal.sinceAgreed', {
            days: words.count('count.days', thread.ageDays),
            date: thread.created,
          }),
      carriedText(thread, words),
    ]),
  );
  if (lines.length === 0) lines.push(words.text('brief.goals.none'));
  const earlier = all.length - live.length - recent.length;
  if (earlier > 0) {
    const { done } = history.summary.goals;
    lines.push(
      '',
      words.text('brief.goals.earlier', {
        earlier: words.count('count.earlierGoals', earlier),
        done: words.count('count.goals', done),
        percent: words.percent(history.summary.goals.completionPercent),
      }),
    );
  }
  const heading =
    recent.length > 0
      ? words.text('brief.goals.headingRecent', {
          count: live.length,
          recent: recent.length,
          days: RECENT_GOAL_DAYS,
        })
      : words.count('brief.goals.heading', live.length);
  return all.length === 0
    ? section(words.text('brief.goals.headingNone'), [words.text('brief.goals.noneYet')])
    : section(heading, lines);
}

function lastText(input: PrepBriefInput, heading: string, texts: readonly SectionText[]): string[] {
  const latest = texts.length > 0 ? texts[texts.length - 1] : null;
  if (latest === null) return [];
  const words = wordsOf(input);
  const privacy = latest.private ? ` · _${words.text('brief.private')}_` : '';
  return [
    `## ${heading}`,
    '',
    ...quoteMarkdown(latest.text),
    '',
    `— ${sourceLink(input, latest.file, latest.line, dayLabel(latest.date, words))}${privacy}`,
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
  return section(wordsOf(input).text('brief.otherSections.heading'), lines);
}

function rhythm(input: PrepBriefInput): string[] {
  const { history } = input;
  const { cadence, summary } = history;
  const words = wordsOf(input);
  const days = (count: number) => words.count('count.days', count);
  if (cadence.meetings === 0) return [];
  const lines: string[] = [];
  const first = history.notes[0]?.date;
  const average =
    cadence.averageGapDays !== null
      ? words.text('brief.rhythm.average', { days: words.number(cadence.averageGapDays) })
      : '';
  lines.push(
    words.text('brief.rhythm.meetings', {
      meetings: words.count('count.oneOnOnes', cadence.meetings),
      first: first ?? cadence.lastMeeting ?? '',
      average,
      days: days(cadence.cadenceDays),
    }),
  );
  if (cadence.gapsOverCadence.length > 0 && cadence.longestGap !== null) {
    lines.push(
      words.text('brief.rhythm.gaps', {
        gaps: words.count('count.gaps', cadence.gapsOverCadence.length),
        days: days(cadence.longestGap.days),
        from: cadence.longestGap.from,
        to: cadence.longestGap.to,
      }),
    );
  }
  const followUps = summary.followUps;
  lines.push(
    words.text('brief.rhythm.followUps', {
      percent: words.percent(followUps.completionPercent),
      done: words.count('count.doneItems', followUps.done),
      overdue: words.count('count.overdueNow', followUps.overdue),
      dropped: words.count('count.droppedItems', followUps.dropped),
      cancelled: words.count('count.cancelledItems', followUps.cancelled),
      times: words.count('count.times', followUps.carried),
    }),
  );
  const goalSummary = summary.goals;
  if (goalSummary.total > 0) {
    lines.push(
      words.text('brief.rhythm.goals', {
        percent: words.percent(goalSummary.completionPercent),
        done: words.count('count.doneItems', goalSummary.done),
        open: words.count('count.openItems', goalSummary.open + goalSummary.overdue),
      }),
    );
  }
  const tags = history.themes.tags.filter((tag) => tag.count >= 2).slice(0, 5);
  if (tags.length > 0) {
    lines.push(
      words.text('brief.rhythm.tags', {
        tags: tags.map((tag) => `${escapeInline(tag.tag)} (${tag.count})`).join(', '),
      }),
    );
  }
  return section(words.text('brief.rhythm.heading'), lines);
}

function noteSummary(note: HistoryNote, words: Messages): string {
  const parts: string[] = [];
  if (note.counts.created > 0) parts.push(words.count('count.newItems', note.counts.created));
  if (note.counts.done > 0) parts.push(words.count('count.doneItems', note.counts.done));
  if (note.counts.carried > 0) parts.push(words.count('count.carriedItems', note.counts.carried));
  if (note.counts.open > 0) parts.push(words.count('count.openItems', note.counts.open));
  return parts.join(', ');
}

function recentNotes(input: PrepBriefInput): string[] {
  const words = wordsOf(input);
  const notes = input.history.notes.slice(-RECENT_NOTES).reverse();
  const lines = notes.map((note) => {
    const type = note.type !== null ? ` · ${words.text(`noteType.${note.type}`)}` : '';
    const privacy = note.private ? ` · ${words.text('brief.private')}` : '';
    const summary = noteSummary(note, words);
    return `- ${sourceLink(input, note.file, 0, dayLabel(note.date, words))}${type}${privacy}${summary ? ` — ${summary}` : ''}`;
  });
  const older = input.history.notes.length - notes.length;
  if (older > 0)
    lines.push(words.text('brief.recent.older', { notes: words.count('count.earlierNotes', older) }));
  return section(words.text('brief.recent.heading'), lines);
}

/** The brief as Markdown. */
export function renderPrepBrief(input: PrepBriefInput): string {
  const { history } = input;
  const words = wordsOf(input);
  const who = [input.role, input.team].filter((part): part is string => !!part).map(escapeInline);
  const title = [`# ${words.text('brief.title', { name: escapeInline(input.repName) })}`];
  if (who.length > 0) title.push('', who.join(' · '));
  const undated = history.undated.length > 0 ? [words.count('brief.undated', history.undated.length)] : [];
  const parts = [
    title,
    headline(input),
    history.notes.length > 0 ? glance(history, words) : [],
    attention(input),
    carries(input),
    openFollowUps(input),
    goals(input),
    lastText(input, words.text('brief.rootCause.heading'), history.themes.rootCauses),
    lastText(input, words.text('brief.strengths.heading'), history.themes.strengths),
    lastText(input, words.text('brief.resistance.heading'), history.themes.resistance),
    stakeholderCommitments(input),
    otherSections(input),
    rhythm(input),
    recentNotes(input),
    [
      '---',
      '',
      words.text('brief.footer', {
        day: dayLabel(history.asOf, words),
        notes: words.count('count.notes', history.notes.length),
      }),
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
