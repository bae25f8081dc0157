// The history panel's HTML: headline numbers, the charts, what is open now and a timeline of the
// notes, all from one `RepHistory`. Pure (no vscode import): the panel passes in the webview's CSP
// source and resource URIs, and unit tests render it directly.
import { dayLabel, relativeDays } from '../../core/history/brief';
import { withoutDueDate } from '../../core/note/dueToken';
import type { HistoryNote, ItemThread, PrivacySummary, RepHistory } from '../../core/history/history';
import { compareOpenThreads } from '../../core/history/threads';
import type { NoteType } from '../../core/note/model';
import { cadenceChart, followUpsChart, goalsChart } from './historyCharts';
import { fill, messagesFor, type Messages } from '../../core/i18n/messages';
import { attributes, escapeHtml, targetAttributes, truncate } from './html';

const ENGLISH = messagesFor('en');

export interface HistoryView {
  readonly history: RepHistory;
  readonly repName: string;
  readonly team: string | null;
  readonly role: string | null;
  /** The history was built for sharing: private notes and sections are left out (for screen sharing). */
  readonly hidePrivate: boolean;
  /** The words of the page's language; English when absent. */
  readonly messages?: Messages;
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
  /** The page's language for `<html lang>`: screen readers pronounce by it. */
  readonly lang?: string;
}

/** A note type as a chip: the catalogue's name with a capital letter (`Weekly`, `Semanal`). */
function noteTypeLabel(type: NoteType, words: Messages): string {
  const name = words.text(`noteType.${type}`);
  return name.charAt(0).toLocaleUpperCase(words.lang) + name.slice(1);
}

function tile(
  label: string,
  value: string,
  detail: string,
  tone: 'good' | 'bad' | 'neutral' = 'neutral',
): string {
  return `<div class="tile tone-${tone}"><div class="tile-label">${escapeHtml(label)}</div><div class="tile-value">${escapeHtml(value)}</div><div class="tile-detail">${escapeHtml(detail)}</div></div>`;
}

function tiles(history: RepHistory, words: Messages): string {
  const { followUps, goals } = history.summary;
  const { cadence } = history;
  const decided = (summary: typeof followUps) =>
    words.text('history.tile.decided', {
      done: words.count('count.doneItems', summary.done),
      decided: summary.done + summary.cancelled + summary.dropped + summary.overdue,
    });
  const overdueNow = followUps.overdue + goals.overdue;
  const lastDetail =
    cadence.lastMeeting === null
      ? words.text('history.tile.since.none')
      : cadence.nextOverdue
        ? words.text('history.tile.since.late', { date: cadence.nextDue ?? '' })
        : cadence.nextDue !== null
          ? words.text('history.tile.since.next', {
              last: cadence.lastMeeting,
              next: dayLabel(cadence.nextDue, words),
            })
          : words.text('history.tile.since.last', { last: cadence.lastMeeting });
  const rateTone = (rate: number | null) =>
    rate === null ? 'neutral' : rate >= 70 ? 'good' : rate < 50 ? 'bad' : 'neutral';
  const dropped = followUps.dropped + goals.dropped;
  return `<section class="tiles" aria-label="${escapeHtml(words.text('history.keyNumbers'))}">${[
    tile(
      words.text('history.tile.followUps'),
      words.percent(followUps.completionPercent),
      decided(followUps),
      rateTone(followUps.completionPercent),
    ),
    tile(
      words.text('history.tile.goals'),
      words.percent(goals.completionPercent),
      words.text('history.tile.goalsOpen', {
        decided: decided(goals),
        open: words.count('count.openItems', goals.open + goals.overdue),
      }),
      rateTone(goals.completionPercent),
    ),
    tile(
      words.text('history.tile.overdue'),
      words.number(overdueNow),
      words.text(overdueNow === 0 ? 'history.tile.overdue.none' : 'history.tile.overdue.some'),
      overdueNow > 0 ? 'bad' : 'good',
    ),
    tile(
      words.text('history.tile.since'),
      cadence.daysSinceLast === null ? '–' : words.count('count.days', cadence.daysSinceLast),
      lastDetail,
      cadence.lastMeeting === null ? 'neutral' : cadence.nextOverdue ? 'bad' : 'good',
    ),
    tile(
      words.text('history.tile.gap'),
      cadence.averageGapDays === null
        ? '–'
        : words.text('unit.daysShort', { count: words.number(cadence.averageGapDays) }),
      words.text('history.tile.gap.detail', {
        days: words.count('count.days', cadence.cadenceDays),
        meetings: countOneOnOnes(cadence.meetings, words),
      }),
      cadence.averageGapDays === null
        ? 'neutral'
        : cadence.averageGapDays > cadence.cadenceDays
          ? 'bad'
          : 'good',
    ),
    tile(
      words.text('history.tile.carried'),
      words.count('count.times', followUps.carried + goals.carried),
      dropped === 0 ? words.text('history.tile.carried.none') : words.count('count.droppedOnTheWay', dropped),
    ),
  ].join('')}</section>`;
}

function lateBanner(history: RepHistory, words: Messages): string {
  const { cadence } = history;
  if (!cadence.nextOverdue || cadence.lastMeeting === null) return '';
  const reasons: string[] = [];
  if (cadence.nextOverdueReasons.includes('cadence')) {
    reasons.push(
      words.text('history.late.cadence', {
        days: words.count('count.days', cadence.daysSinceLast ?? 0),
        cadence: words.count('count.days', cadence.cadenceDays),
      }),
    );
  }
  if (cadence.nextOverdueReasons.includes('planned-date-passed') && cadence.plannedNext !== null) {
    reasons.push(words.text('history.late.planned', { day: dayLabel(cadence.plannedNext, words) }));
  }
  return `<p class="banner" role="status"><strong>${escapeHtml(words.text('history.late'))}</strong> ${escapeHtml(reasons.join('; '))}.</p>`;
}

function threadStatus(thread: ItemThread, asOf: string, words: Messages): string {
  if (thread.state === 'overdue')
    return words.text('history.thread.overdue', { days: words.count('count.days', thread.daysOverdue ?? 0) });
  if (thread.awaitingCarry) return words.text('history.thread.awaitingCarry');
  if (thread.due !== null)
    return words.text('history.thread.due', { relative: relativeDays(thread.due, asOf, words) });
  return words.text('brief.noDue');
}

function openNow(history: RepHistory, words: Messages): string {
  const open = history.threads
    .filter((thread) => thread.state === 'open' || thread.state === 'overdue')
    .sort(compareOpenThreads);
  const heading = escapeHtml(words.text('history.openNow'));
  if (open.length === 0) {
    return `<section class="card open-now"><h2>${heading}</h2><p class="empty">${escapeHtml(words.text('history.openNow.empty'))}</p></section>`;
  }
  const items = open.map((thread) => {
    const latest = thread.occurrences[thread.occurrences.length - 1];
    const meta = [
      threadStatus(thread, history.asOf, words),
      words.text('brief.openFor', { days: words.count('count.days', thread.ageDays) }),
      ...(thread.timesCarried === 0 ? [] : [words.count('brief.carried', thread.timesCarried)]),
    ].join(' · ');
    const privacy = latest.private
      ? ` <span class="chip chip-private">${escapeHtml(words.text('brief.private'))}</span>`
      : '';
    return `<li class="item state-${thread.state}"><button${attributes({
      type: 'button',
      class: 'link item-link',
      ...targetAttributes({ file: latest.file, line: latest.line }),
      title: words.text(thread.kind === 'goal' ? 'history.openAtGoal' : 'history.openAtFollowUp', {
        date: latest.date,
      }),
    })}><span class="item-kind">${escapeHtml(words.text(`history.kind.${thread.kind}`))}</span>${privacy} ${escapeHtml(withoutDueDate(thread.text))}</button><span class="item-meta">${escapeHtml(meta)}</span></li>`;
  });
  return `<section class="card open-now"><h2>${heading} <span class="count">${open.length}</span></h2><ul class="items">${items.join('')}</ul></section>`;
}

function noteCounts(note: HistoryNote, words: Messages): string {
  const parts: string[] = [];
  if (note.counts.created > 0) parts.push(words.count('count.newItems', note.counts.created));
  if (note.counts.done > 0) parts.push(words.count('count.doneItems', note.counts.done));
  if (note.counts.carried > 0) parts.push(words.count('count.carriedItems', note.counts.carried));
  if (note.counts.cancelled > 0) parts.push(words.count('count.cancelledItems', note.counts.cancelled));
  if (note.counts.open > 0) parts.push(words.count('count.openItems', note.counts.open));
  return parts.join(' · ');
}

function timeline(history: RepHistory, words: Messages): string {
  const rootCauses = new Map(history.themes.rootCauses.map((text) => [text.file, text]));
  const notes = [...history.notes].reverse();
  const heading = escapeHtml(words.text('history.timeline'));
  if (notes.length === 0)
    return `<section class="card"><h2>${heading}</h2><p class="empty">${escapeHtml(words.text('history.timeline.empty'))}</p></section>`;
  const privateChip = `<span class="chip chip-private">${escapeHtml(words.text('brief.private'))}</span>`;
  const entries = notes.map((note) => {
    const cause = rootCauses.get(note.file);
    const type =
      note.type !== null ? `<span class="chip">${escapeHtml(noteTypeLabel(note.type, words))}</span>` : '';
    const privacy = note.private ? privateChip : '';
    const tags = note.tags.map((tag) => `<span class="tag">#${escapeHtml(tag)}</span>`).join('');
    const counts = noteCounts(note, words);
    const excerpt = cause
      ? `<p class="excerpt"><span class="excerpt-label">${escapeHtml(words.text('history.rootCause'))}</span> ${escapeHtml(truncate(cause.text, 180))}</p>`
      : '';
    return `<li class="note" data-note="${escapeHtml(note.date)}"><span class="dot${note.counts.open > 0 ? ' has-open' : ''}" aria-hidden="true"></span><div class="note-body"><div class="note-head"><button${attributes(
      {
        type: 'button',
        class: 'link note-link',
        ...targetAttributes({ file: note.file, line: 0 }),
        title: words.text('history.openThisNote'),
      },
    )}>${escapeHtml(dayLabel(note.date, words))}</button>${type}${privacy}<span class="note-counts">${escapeHtml(counts)}</span></div>${excerpt}${tags ? `<div class="tags">${tags}</div>` : ''}</div></li>`;
  });
  return `<section class="card timeline-card"><h2>${heading} <span class="count">${escapeHtml(words.count('count.notes', notes.length))}</span></h2><ol class="timeline">${entries.join('')}</ol></section>`;
}

/** What a page says about private content: how much it holds, or how much Hide private left out. */
export function privacyNotice(
  privacy: PrivacySummary,
  hidePrivate: boolean,
  words: Messages = ENGLISH,
): string {
  const notes = privacy.privateNotes;
  const sections = privacy.privateSections;
  if (notes + sections === 0) return '';
  const counted = [
    ...(notes > 0 ? [words.count('count.privateNotes', notes)] : []),
    ...(sections > 0 ? [words.count('count.privateSections', sections)] : []),
  ];
  const parts = counted.join(words.text('report.privacy.and'));
  // The template is escaped first and then filled, so the button's name can be bold.
  return hidePrivate
    ? `<p class="privacy">${fill(escapeHtml(words.text('history.privacy.hidden')), { parts: escapeHtml(parts) })}</p>`
    : `<p class="privacy">${fill(escapeHtml(words.text('history.privacy.includes')), {
        parts: escapeHtml(parts),
        hide: `<strong>${escapeHtml(words.text('history.hidePrivate'))}</strong>`,
      })}</p>`;
}

/** The page's `<main>` content; the webview script swaps it in place on updates. */
export function renderHistoryBody(view: HistoryView): string {
  const { history } = view;
  const words = view.messages ?? ENGLISH;
  const who = [view.role, view.team].filter((part): part is string => !!part).join(' · ');
  const period =
    history.period.start !== null
      ? words.text('history.period', {
          notes: words.count('count.notes', history.notes.length),
          start: history.period.start,
          end: history.period.end ?? history.asOf,
        })
      : words.text('history.period.none');
  const undated =
    history.undated.length > 0
      ? `<p class="privacy">${escapeHtml(words.count('count.undatedNotes', history.undated.length))}</p>`
      : '';
  const asOf = words.text('history.asOf', { day: dayLabel(history.asOf, words) });
  const privateButton = words.text(view.hidePrivate ? 'history.showPrivate' : 'history.hidePrivate');
  const header = `<header class="page-head"><div><h1>${escapeHtml(view.repName)}</h1><p class="subtitle">${escapeHtml([who, asOf, period].filter(Boolean).join(' · '))}</p></div><div class="actions"><button type="button" class="secondary" data-command="togglePrivate" aria-pressed="${view.hidePrivate ? 'true' : 'false'}">${escapeHtml(privateButton)}</button><button type="button" class="secondary" data-command="exportReport">${escapeHtml(words.text('history.exportReport'))}</button><button type="button" class="primary" data-command="prepareBrief">${escapeHtml(words.text('history.prepareBrief'))}</button></div></header>`;
  return [
    header,
    lateBanner(history, words),
    privacyNotice(history.privacy, view.hidePrivate, words),
    undated,
    tiles(history, words),
    `<div class="grid">${followUpsChart(history, words)}${cadenceChart(history, words)}</div>`,
    goalsChart(history, words),
    `<div class="grid">${openNow(history, words)}${timeline(history, words)}</div>`,
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
<html lang="${escapeHtml(page.lang ?? 'en')}">
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
export function countOneOnOnes(count: number, words: Messages = ENGLISH): string {
  return words.count('count.oneOnOnesSpelled', count);
}
