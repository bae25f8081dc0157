// Calendar dates as `YYYY-MM-DD` strings and whole-day arithmetic on them. Never a JS Date at
// midnight UTC: a note's date means the same day in every time zone.
import type { IsoDate } from '../note/model';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface CivilDate {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number; // 1-31
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/** Parses `YYYY-MM-DD` into its parts when it names a real calendar date, otherwise null. */
export function parseIsoDate(text: string): CivilDate | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** True when `text` is exactly `YYYY-MM-DD` naming a real calendar day (what parseIsoDate accepts). */
export function isIsoDate(text: string): text is IsoDate {
  return isCalendarDateText(text);
}

/** isIsoDate as a plain answer, for text whose type the check is not to narrow (the parser's). */
export function isCalendarDateText(text: string): boolean {
  return dayNumberOrNull(text) !== null;
}

export function formatIsoDate(date: CivilDate): IsoDate {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's days_from_civil). */
export function toDayNumber(date: CivilDate): number {
  return dayNumberOfParts(date.year, date.month, date.day);
}

function dayNumberOfParts(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthIndex = (month + 9) % 12; // March = 0
  const dayOfYear = Math.floor((153 * monthIndex + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function fromDayNumber(dayNumber: number): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function requireDate(text: IsoDate): CivilDate {
  const date = parseIsoDate(text);
  if (!date) throw new RangeError(`Not a calendar date: ${text}`);
  return date;
}

/**
 * The day number of `text` when it is exactly `YYYY-MM-DD` naming a real calendar day, otherwise
 * null: parseIsoDate and toDayNumber without a regular expression match or an object, as it is asked
 * for every date of every note (the parser's checks, the warm-start cache's, the reps' day counts:
 * a few per cent of a warm start's host time at 10,000 notes, docs/benchmarks.md, "fourth pass").
 */
function dayNumberOrNull(text: string): number | null {
  if (text.length !== 10 || text.charCodeAt(4) !== 0x2d || text.charCodeAt(7) !== 0x2d) return null;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return dayNumberOfParts(year, month, day);
}

/** The decimal number written by `count` ASCII digits at `start`, or -1 if any is not a digit. */
function digitsAt(text: string, start: number, count: number): number {
  let value = 0;
  for (let index = start; index < start + count; index++) {
    const digit = text.charCodeAt(index) - 0x30;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function requireDayNumber(text: IsoDate): number {
  const dayNumber = dayNumberOrNull(text);
  if (dayNumber === null) throw new RangeError(`Not a calendar date: ${text}`);
  return dayNumber;
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return requireDayNumber(to) - requireDayNumber(from);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return formatIsoDate(fromDayNumber(requireDayNumber(date) + days));
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(date: IsoDate): number {
  return (((requireDayNumber(date) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** The last day of the month that holds `date`. */
export function endOfMonth(date: IsoDate): IsoDate {
  const { year, month } = requireDate(date);
  return formatIsoDate({ year, month, day: daysInMonth(year, month) });
}

/** The local calendar date of an instant: what "today" means to the person at this machine. */
export function localIsoDate(instant: Date): IsoDate {
  return formatIsoDate({
    year: instant.getFullYear(),
    month: instant.getMonth() + 1,
    day: instant.getDate(),
  });
}
