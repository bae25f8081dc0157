// What goes into the exported calendar: each rep's next 1:1 and the open follow-ups with a due
// date, as all-day events (VEVENTs, not VTODOs: the common calendar apps import events, several
// ignore tasks). UIDs are derived from the rep and the item's identity, so importing the file again
// updates the events instead of adding copies. Private follow-ups become "Private follow-up"
// without any text, or are left out (the caller's choice); nothing else from a private part is used.
import { isIsoDate } from '../base/dates';
import { buildRepHistory, type ItemThread } from '../history/history';
import { normaliseItemText } from '../history/matching';
import { withoutDueTokens } from '../note/dueToken';
import type { IsoDate } from '../note/model';
import { DEFAULT_CADENCE_DAYS } from '../reps/roster';
import { nextOneOnOne, type TeamRepInput } from '../team/teamOverview';
import type { AllDayEvent } from './ics';
import { messagesFor, type Messages } from '../i18n/messages';

export type PrivateFollowUps = 'placeholder' | 'omit';

export interface CalendarRequest {
  readonly today: IsoDate;
  /** Only events dated in this range (both days included). */
  readonly from?: IsoDate | null;
  readonly to?: IsoDate | null;
  readonly privateFollowUps: PrivateFollowUps;
  /** The language of the events' words (a rep's name and a follow-up's text stay as written); English by default. */
  readonly messages?: Messages;
}

const ENGLISH = messagesFor('en');

/** What a private follow-up's event says instead of its text. */
export function privateFollowUpSummary(words: Messages = ENGLISH): string {
  return words.text('calendar.privateFollowUp');
}
const UID_DOMAIN = 'coaching-notes.local';

/**
 * Two 32-bit FNV-1a hashes (different offset bases) of the UTF-16 code units, as 16 hex digits: a
 * stable short id, cheap enough for thousands of items (not a secret: see followUpIdentity).
 */
export function stableHash(text: string): string {
  let first = 0x811c9dc5;
  let second = 0x050c5d1f;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    first = Math.imul(first ^ unit, 0x01000193);
    second = Math.imul(second ^ unit, 0x01000193);
    second ^= second >>> 15;
  }
  return (first >>> 0).toString(16).padStart(8, '0') + (second >>> 0).toString(16).padStart(8, '0');
}

function isPrivateThread(thread: ItemThread): boolean {
  // Fail closed: private in any note it passed through.
  return thread.occurrences.some((occurrence) => occurrence.private);
}

/**
 * A follow-up's identity: the rep, the date it was first written and its first text without due
 * tokens (rescheduling or carrying keeps the UID). A private one uses its first note and line
 * instead, so that not even a hash of its text leaves the machine.
 */
function followUpIdentity(repKey: string, thread: ItemThread, isPrivate: boolean): string {
  const first = thread.occurrences[0];
  return isPrivate
    ? `${repKey}\nprivate\n${first.file}:${first.line}`
    : `${repKey}\n${thread.created}\n${normaliseItemText(first.text)}`;
}

function inRange(date: IsoDate, request: CalendarRequest): boolean {
  return (
    (request.from === undefined || request.from === null || date >= request.from) &&
    (request.to === undefined || request.to === null || date <= request.to)
  );
}

function followUpDescription(rep: string, thread: ItemThread, today: IsoDate, words: Messages): string {
  const parts = [
    words.text('calendar.rep', { rep }),
    words.text('calendar.agreed', { date: thread.created }),
  ];
  if (thread.owner !== null) parts.push(words.text('calendar.owner', { owner: thread.owner }));
  if (thread.due !== null && thread.due < today)
    parts.push(words.text('calendar.overdueSince', { date: thread.due }));
  if (thread.timesCarried > 0)
    parts.push(words.text('calendar.carried', { times: words.count('count.times', thread.timesCarried) }));
  return parts.join('\n');
}

/** The calendar's events, by date then UID, so the file is the same for the same notes. */
export function calendarEvents(reps: readonly TeamRepInput[], request: CalendarRequest): AllDayEvent[] {
  if (!isIsoDate(request.today))
    throw new RangeError(`today is not a calendar date: ${JSON.stringify(request.today)}`);
  const words = request.messages ?? ENGLISH;
  const events: AllDayEvent[] = [];
  const used = new Map<string, number>();
  const uniqueUid = (kind: string, identity: string): string => {
    const base = `${kind}-${stableHash(identity)}`;
    const seen = used.get(base) ?? 0;
    used.set(base, seen + 1);
    // Two identical items written the same day for the same rep: numbered in note order.
    return `${seen === 0 ? base : `${base}-${seen + 1}`}@${UID_DOMAIN}`;
  };
  for (const rep of reps) {
    const cadenceDays = rep.roster?.cadenceDays ?? DEFAULT_CADENCE_DAYS;
    const next = nextOneOnOne(rep, request.today, cadenceDays, false);
    if (next.date !== null) {
      // A late 1:1 is shown today, where it still has to happen.
      const date = next.date < request.today ? request.today : next.date;
      if (inRange(date, request)) {
        events.push({
          uid: uniqueUid('one-on-one', rep.key),
          date,
          summary:
            next.date < request.today
              ? words.text('calendar.oneOnOneLate', { rep: rep.name, date: next.date })
              : words.text('calendar.oneOnOne', { rep: rep.name }),
          // Dates only: the last 1:1 may be a private note, whose date is not repeated here.
          description: next.planned
            ? words.text('calendar.planned')
            : words.text('calendar.every', { days: words.count('count.days', cadenceDays) }),
          categories: ['Coaching', '1:1'],
        });
      }
    }
    const history = buildRepHistory(rep.entries, { today: request.today, cadenceDays, rep: rep.name });
    for (const thread of history.threads) {
      if (thread.kind !== 'follow-up' || thread.due === null) continue;
      if (thread.state !== 'open' && thread.state !== 'overdue') continue;
      if (!inRange(thread.due, request)) continue;
      const isPrivate = isPrivateThread(thread);
      if (isPrivate && request.privateFollowUps === 'omit') continue;
      const uid = uniqueUid('follow-up', followUpIdentity(rep.key, thread, isPrivate));
      events.push(
        isPrivate
          ? { uid, date: thread.due, summary: privateFollowUpSummary(words), transparent: true }
          : {
              uid,
              date: thread.due,
              summary: words.text('calendar.followUp', {
                rep: rep.name,
                text: withoutDueTokens(thread.text) || words.text('brief.noText'),
              }),
              description: followUpDescription(rep.name, thread, request.today, words),
              categories: ['Coaching', words.text('calendar.category.followUp')],
              transparent: true,
            },
      );
    }
  }
  return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.uid < b.uid ? -1 : 1));
}
