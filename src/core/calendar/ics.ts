// A minimal iCalendar (RFC 5545) writer for all-day events: CRLF line endings, content lines folded
// at 75 octets without splitting a UTF-8 character, TEXT values escaped (`\`, `;`, `,`, newlines),
// control characters removed. Pure: the caller gives the events and the DTSTAMP instant.
import { addDays } from '../base/dates';
import type { IsoDate } from '../note/model';

export interface AllDayEvent {
  /** Globally unique and stable: the same event exported again must carry the same UID. */
  readonly uid: string;
  readonly date: IsoDate;
  readonly summary: string;
  readonly description?: string;
  readonly categories?: readonly string[];
  /** Shown as free time (a due date, not a meeting). */
  readonly transparent?: boolean;
}

export interface CalendarOptions {
  /** When the file is written: every event's DTSTAMP. */
  readonly stamp: Date;
  /** The calendar's display name (X-WR-CALNAME). */
  readonly name: string;
}

const MAX_LINE_OCTETS = 75;

/** UTF-8 length of one code point (a lone surrogate is written as U+FFFD: 3 octets). */
function utf8Octets(character: string): number {
  const code = character.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** RFC 5545 3.3.11 TEXT: backslash, semicolon, comma and line breaks escaped; controls removed. */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n?/gu, '\n')
    .replace(/\\/gu, '\\\\')
    .replace(/;/gu, '\\;')
    .replace(/,/gu, '\\,')
    .replace(/\n/gu, '\\n')
    .replace(/[\u0000-\u001f\u007f]/gu, '');
}

/**
 * RFC 5545 3.1: a content line longer than 75 octets is split, each continuation starting with a
 * space; a UTF-8 character (or a surrogate pair) is never split across lines.
 */
export function foldLine(line: string): string {
  // Three octets a UTF-16 unit at most: a short line needs no counting.
  if (line.length * 3 <= MAX_LINE_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  // The continuation's leading space counts towards its 75 octets.
  let limit = MAX_LINE_OCTETS;
  for (const character of line) {
    const size = utf8Octets(character);
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function basicDate(date: IsoDate): string {
  return date.replace(/-/gu, '');
}

/** `YYYYMMDDTHHMMSSZ` in UTC. */
export function utcStamp(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/gu, '')
    .replace(/\.\d{3}/u, '');
}

/** The whole calendar, every line ending in CRLF. */
export function renderCalendar(events: readonly AllDayEvent[], options: CalendarOptions): string {
  const stamp = utcStamp(options.stamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Coaching Notes//Coaching Notes Calendar//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
  ];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basicDate(event.date)}`,
      `DTEND;VALUE=DATE:${basicDate(addDays(event.date, 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.description !== undefined && event.description !== '')
      lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.categories !== undefined && event.categories.length > 0)
      lines.push(`CATEGORIES:${event.categories.map(escapeText).join(',')}`);
    lines.push(`TRANSP:${event.transparent === true ? 'TRANSPARENT' : 'OPAQUE'}`, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map((line) => `${foldLine(line)}\r\n`).join('');
}
