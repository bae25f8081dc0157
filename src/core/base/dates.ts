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

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
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

export function isIsoDate(text: string): text is IsoDate {
  return dayNumberOrNull(text) !== null;
}

export function formatIsoDate(date: CivilDate): IsoDate {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's days_from_civil). */
export function toDayNumber(date: CivilDate): number {
  const y = date.month <= 2 ? date.year - 1 : date.year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthIndex = (date.month + 9) % 12; // March = 0
  const dayOfYear = Math.floor((153 * monthIndex + 2) / 5) + date.day - 1;
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
 * Day numbers of the dates seen so far: the same few hundred dates recur across thousands of notes'
 * items, and parsing each again (to check a date, to count days) was a few per cent of a warm start's
 * host time at 10,000 notes (docs/benchmarks.md, "fourth pass"). Bounded: emptied when full.
 */
const knownDayNumbers = new Map<string, number>();
const MAX_KNOWN_DATES = 4096;

/** The day number of `text` when it names a real calendar date, otherwise null. */
function dayNumberOrNull(text: string): number | null {
  const known = knownDayNumbers.get(text);
  if (known !== undefined) return known;
  const date = parseIsoDate(text);
  if (!date) return null;
  const dayNumber = toDayNumber(date);
  if (knownDayNumbers.size >= MAX_KNOWN_DATES) knownDayNumbers.clear();
  knownDayNumbers.set(text, dayNumber);
  return dayNumber;
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
