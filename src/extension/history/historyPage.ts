// The history panel's HTML: headline numbers, the charts, what is open now and a timeline of the
// notes, all from one `RepHistory`. Pure (no vscode import): the panel passes in the webview's CSP
// source and resource URIs, and unit tests render it directly.
import { dayLabel, relativeDays } from '../../core/history/brief';
import { withoutDueDate } from '../../core/note/dueToken';
import type { HistoryNote, ItemThread, PrivacySummary, RepHistory } from '../../core/history/history';
import { compareOpenThreads } from '../../core/history/threads';
import type { NoteType } from '../../core/note/model';
import { cadenceChart, followUpsChart, goalsChart } from './historyCharts';
import { attributes, escapeHtml, plural, targetAttributes, truncate } from './html';

export interface HistoryView {
  readonly history: RepHistory;
  readonly repName: string;
  readonly team: string | null;
  readonly role: string | null;
  /** The history was built for sharing: private notes and sections are left out (for screen sharing). */
  readonly hidePrivate: boolean;
}

export interface PageResources {
  /** `webview.cspSource`. */
  readonly cspSource: string;
  /** A fresh random value per page load for the script's CSP nonce. */
  readonly nonce: string;
  readonly styleUri: string;
  readonly scriptUri: string;
  readonly repKey: string;
  readonly title: string;
}

const NOTE_TYPE_LABELS: Record<NoteType, string> = {
  weekly: 'Weekly',
  coaching: 'Coaching',
  'pipeline-review': 'Pipeline review',
  'skip-level': 'Skip-level',
  other: 'Other',
  pip: 'Performance plan',
  onboarding: 'Onboarding',
  stakeholder: 'Stakeholder',
};

function percent(value: number | null): string {
  return value === null ? '–' : `${value}%`;
}

function tile(
  label: string,
  value: string,
  detail: string,
  tone: 'good' | 'bad' | 'neutral' = 'neutral',
): string {
  return `<div class="tile tone-${tone}"><div class="tile-label">${escapeHtml(label)}</div><div class="tile-value">${escapeHtml(value)}</div><div class="tile-detail">${escapeHtml(detail)}</div></div>`;
}

function tiles(history: RepHistory): string {
  const { followUps, goals } = history.summary;
  const { cadence } = history;
  const decided = (summary: typeof followUps) =>
    summary.done + summary.cancelled + summary.dropped + summary.overdue;
  const overdueNow = followUps.overdue + goals.overdue;
  const lastDetail =
    cadence.lastMeeting === null
      ? 'no 1:1 yet'
      : cadence.nextOverdue
        ? `late: the next was due ${cadence.nextDue ?? ''}`
        : cadence.nextDue !== null
          ? `last ${cadence.lastMeeting} · next due ${dayLabel(cadence.nextDue)}`
          : `last ${cadence.lastMeeting}`;
  const rateTone = (rate: number | null) =>
    rate === null ? 'neutral' : rate >= 70 ? 'good' : rate < 50 ? 'bad' : 'neutral';
  return `<section class="tiles" aria-label="Key numbers">${[
    tile(
      'Follow-ups completed',
      percent(followUps.completionPercent),
      `${followUps.done} done of ${decided(followUps)} decided`,
      rateTone(followUps.completionPercent),
    ),
    tile(
      'Goals completed',
      percent(goals.completionPercent),
      `${goals.done} done of ${decided(goals)} decided · ${goals.open + goals.overdue} open`,
      rateTone(goals.completionPercent),
    ),
    tile(
      'Overdue now',
      String(overdueNow),
      overdueNow === 0 ? 'nothing late' : 'open past their due date',
      overdueNow > 0 ? 'bad' : 'good',
    ),
    tile(
      'Since the last 1:1',
      cadence.daysSinceLast === null ? '–' : plural(cadence.daysSinceLast, 'day'),
      lastDetail,
      cadence.lastMeeting === null ? 'neutral' : cadence.nextOverdue ? 'bad' : 'good',
    ),
    tile(
      'Average gap',
      cadence.averageGapDays === null ? '–' : `${cadence.averageGapDays} d`,
      `target every ${plural(cadence.cadenceDays, 'day')} · ${countOneOnOnes(cadence.meetings)}`,
      cadence.averageGapDays === null
        ? 'neutral'
        : cadence.averageGapDays > cadence.cadenceDays
          ? 'bad'
          : 'good',
    ),
    tile(
      'Carried over',
      plural(followUps.carried + goals.carried, 'time'),
      followUps.dropped + goals.dropped === 0
        ? 'nothing dropped on the way'
        : `${plural(followUps.dropped + goals.dropped, 'item')} dropped on the way`,
    ),
  ].join('')}</section>`;
}

function lateBanner(history: RepHistory): string {
  const { cadence } = history;
  if (!cadence.nextOverdue || cadence.lastMeeting === null) return '';
  const reasons: string[] = [];
  if (cadence.nextOverdueReasons.includes('cadence')) {
    reasons.push(
      `${plural(cadence.daysSinceLast ?? 0, 'day')} since the last 1:1; the cadence is ${plural(cadence.cadenceDays, 'day')}`,
    );
  }
  if (cadence.nextOverdueReasons.includes('planned-date-passed') && cadence.plannedNext !== null) {
    reasons.push(`the next one was planned for ${dayLabel(cadence.plannedNext)}`);
  }
  return `<p class="banner" role="status"><strong>The next 1:1 is late:</strong> ${escapeHtml(reasons.join('; '))}.</p>`;
}

function threadStatus(thread: ItemThread, asOf: string): string {
  if (thread.state === 'overdue') return `${plural(thread.daysOverdue ?? 0, 'day')} overdue`;
  if (thread.awaitingCarry) return 'carried: to write into the next note';
  if (thread.due !== null) return `due ${relativeDays(thread.due, asOf)}`;
  return 'no due date';
}

function openNow(history: RepHistory): string {
  const open = history.threads
    .filter((thread) => thread.state === 'open' || thread.state === 'overdue')
    .sort(compareOpenThreads);
  if (open.length === 0) {
    return `<section class="card open-now"><h2>Open now</h2><p class="empty">Nothing open: every goal and follow-up is closed.</p></section>`;
  }
  const items = open.map((thread) => {
    const latest = thread.occurrences[thread.occurrences.length - 1];
    const kind = thread.kind === 'goal' ? 'Goal' : 'Follow-up';
    const carried =
      thread.timesCarried === 0
        ? ''
        : thread.timesCarried === 1
          ? ' · carried once'
          : ` · carried ${thread.timesCarried} times`;
    const privacy = latest.private ? ' <span class="chip chip-private">private</span>' : '';
    return `<li class="item state-${thread.state}"><button${attributes({
      type: 'button',
      class: 'link item-link',
      ...targetAttributes({ file: latest.file, line: latest.line }),
      title: `Open the ${latest.date} note at this ${kind.toLowerCase()}`,
    })}><span class="item-kind">${kind}</span>${privacy} ${escapeHtml(withoutDueDate(thread.text))}</button><span class="item-meta">${escapeHtml(`${threadStatus(thread, history.asOf)} · open ${plural(thread.ageDays, 'day')}${carried}`)}</span></li>`;
  });
  return `<section class="card open-now"><h2>Open now <span class="count">${open.length}</span></h2><ul class="items">${items.join('')}</ul></section>`;
}

function noteCounts(note: HistoryNote): string {
  const parts: string[] = [];
  if (note.counts.created > 0) parts.push(`${note.counts.created} new`);
  if (note.counts.done > 0) parts.push(`${note.counts.done} done`);
  if (note.counts.carried > 0) parts.push(`${note.counts.carried} carried`);
  if (note.counts.cancelled > 0) parts.push(`${note.counts.cancelled} cancelled`);
  if (note.counts.open > 0) parts.push(`${note.counts.open} open`);
  return parts.join(' · ');
}

function timeline(history: RepHistory): string {
  const rootCauses = new Map(history.themes.rootCauses.map((text) => [text.file, text]));
  const notes = [...history.notes].reverse();
  if (notes.length === 0)
    return `<section class="card"><h2>Timeline</h2><p class="empty">No notes in this period.</p></section>`;
  const entries = notes.map((note) => {
    const cause = rootCauses.get(note.file);
    const type =
      note.type !== null ? `<span class="chip">${escapeHtml(NOTE_TYPE_LABELS[note.type])}</span>` : '';
    const privacy = note.private ? '<span class="chip chip-private">private</span>' : '';
    const tags = note.tags.map((tag) => `<span class="tag">#${escapeHtml(tag)}</span>`).join('');
    const counts = noteCounts(note);
    const excerpt = cause
      ? `<p class="excerpt"><span class="excerpt-label">Root cause</span> ${escapeHtml(truncate(cause.text, 180))}</p>`
      : '';
    return `<li class="note" data-note="${escapeHtml(note.date)}"><span class="dot${note.counts.open > 0 ? ' has-open' : ''}" aria-hidden="true"></span><div class="note-body"><div class="note-head"><button${attributes(
      {
        type: 'button',
        class: 'link note-link',
        ...targetAttributes({ file: note.file, line: 0 }),
        title: 'Open this note',
      },
    )}>${escapeHtml(dayLabel(note.date))}</button>${type}${privacy}<span class="note-counts">${escapeHtml(counts)}</span></div>${excerpt}${tags ? `<div class="tags">${tags}</div>` : ''}</div></li>`;
  });
  return `<section class="card timeline-card"><h2>Timeline <span class="count">${plural(notes.length, 'note')}</span></h2><ol class="timeline">${entries.join('')}</ol></section>`;
}

function privacyLine(view: HistoryView): string {
  return privacyNotice(view.history.privacy, view.hidePrivate);
}

/** What a page says about private content: how much it holds, or how much Hide private left out. */
export function privacyNotice(privacy: PrivacySummary, hidePrivate: boolean): string {
  const notes = privacy.privateNotes;
  const sections = privacy.privateSections;
  if (notes + sections === 0) return '';
  const parts = [
    ...(notes > 0 ? [plural(notes, 'private note')] : []),
    ...(sections > 0 ? [plural(sections, 'private section')] : []),
  ].join(' and ');
  return hidePrivate
    ? `<p class="privacy">Private content hidden: ${escapeHtml(parts)} left out of everything on this page, numbers included.</p>`
    : `<p class="privacy">Includes ${escapeHtml(parts)}: use <strong>Hide private</strong> before sharing your screen.</p>`;
}

/** The page's `<main>` content; the webview script swaps it in place on updates. */
export function renderHistoryBody(view: HistoryView): string {
  const { history } = view;
  const who = [view.role, view.team].filter((part): part is string => !!part).join(' · ');
  const period =
    history.period.start !== null
      ? `${plural(history.notes.length, 'note')} from ${history.period.start} to ${history.period.end ?? history.asOf}`
      : 'No dated notes yet';
  const undated =
    history.undated.length > 0
      ? `<p class="privacy">${escapeHtml(plural(history.undated.length, 'note'))} without a valid date ${history.undated.length === 1 ? 'is' : 'are'} not included.</p>`
      : '';
  const header = `<header class="page-head"><div><h1>${escapeHtml(view.repName)}</h1><p class="subtitle">${escapeHtml([who, `Progress history as of ${dayLabel(history.asOf)}`, period].filter(Boolean).join(' · '))}</p></div><div class="actions"><button type="button" class="secondary" data-command="togglePrivate" aria-pressed="${view.hidePrivate ? 'true' : 'false'}">${view.hidePrivate ? 'Show private' : 'Hide private'}</button><button type="button" class="secondary" data-command="exportReport">Export report…</button><button type="button" class="primary" data-command="prepareBrief">Prepare 1:1</button></div></header>`;
  return [
    header,
    lateBanner(history),
    privacyLine(view),
    undated,
    tiles(history),
    `<div class="grid">${followUpsChart(history)}${cadenceChart(history)}</div>`,
    goalsChart(history),
    `<div class="grid">${openNow(history)}${timeline(history)}</div>`,
  ].join('');
}

export function renderHistoryPage(body: string, page: PageResources): string {
  const csp = [
    "default-src 'none'",
    `style-src ${page.cspSource}`,
    `script-src 'nonce-${page.nonce}'`,
    `img-src ${page.cspSource} data:`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title>
<link rel="stylesheet" href="${escapeHtml(page.styleUri)}">
</head>
<body>
<main id="history" data-rep="${escapeHtml(page.repKey)}">${body}</main>
<script nonce="${escapeHtml(page.nonce)}" src="${escapeHtml(page.scriptUri)}"></script>
</body>
</html>`;
}

/** "one 1:1", "3 1:1s": "1 1:1" reads as a typo. */
export function countOneOnOnes(count: number): string {
  return count === 1 ? 'one 1:1' : plural(count, '1:1');
}
