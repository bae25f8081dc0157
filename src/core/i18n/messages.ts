// Words for one language: catalogue texts with placeholders, plurals by `Intl.PluralRules`, calendar
// dates by `Intl.DateTimeFormat`, relative days by `Intl.RelativeTimeFormat`. The one place for plural
// and date phrases: callers never add an `s` or name a month themselves.
import { parseIsoDate } from '../base/dates';
import type { IsoDate } from '../note/model';
import { CATALOGUES, type CountKey, type PluralText, type TextKey } from './catalogue';
import type { Lang } from './lang';

export type Params = Readonly<Record<string, string | number>>;

export interface Messages {
  readonly lang: Lang;
  /** The text for `key` with its `{placeholders}` filled from `params`. */
  text(key: TextKey, params?: Params): string;
  /** The plural form of `key` that fits `count` (`{count}` is filled with it), e.g. `3 days` / `3 días`. */
  count(key: CountKey, count: number, params?: Params): string;
  /** A calendar date for reading: `Mon, Nov 23, 2026` / `lun, 23 nov 2026`. */
  date(date: IsoDate): string;
  /** A day as a label next to other words: `Mon 2026-11-23` (English keeps the ISO date) / `lun 23 nov 2026`. */
  day(date: IsoDate): string;
  /** A day with its weekday written out: `Monday 2026-11-23` / `lunes, 23 de noviembre de 2026`. */
  longDay(date: IsoDate): string;
  /** A month (`YYYY-MM` or a date in it): `November 2026` / `noviembre de 2026`. */
  month(month: string): string;
  /** A month's short name without the year: `Nov` / `nov`. */
  shortMonth(month: string): string;
  /** Days from now as words: `today`, `yesterday`, `in 3 days`, `5 days ago` / `hoy`, `hace 5 días`. */
  relativeDays(days: number): string;
  /** A number as the language writes it, at most one decimal: `2.5` / `2,5`, `1,234` / `1234`. */
  number(value: number): string;
  /** A percentage or `–` when there is none: `70%` / `70 %`. */
  percent(value: number | null): string;
}

const PLACEHOLDER = /\{(\w+)\}/gu;

export function fill(template: string, params: Params = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** The `{names}` a template uses, sorted and without repeats (for the catalogue's parity test). */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((match) => match[1]))].sort();
}

/**
 * A calendar date as the UTC midnight instant of that day. Formatted with `timeZone: 'UTC'` it shows
 * the same day in every time zone.
 */
function utcMidnight(text: string): Date | null {
  const civil = parseIsoDate(text.length === 7 ? `${text}-01` : text.slice(0, 10));
  return civil ? new Date(Date.UTC(civil.year, civil.month - 1, civil.day)) : null;
}

const cache = new Map<Lang, Messages>();

export function messagesFor(lang: Lang): Messages {
  const known = cache.get(lang);
  if (known) return known;
  const made = makeMessages(lang);
  cache.set(lang, made);
  return made;
}

function makeMessages(lang: Lang): Messages {
  const catalogue = CATALOGUES[lang];
  const pluralRules = new Intl.PluralRules(lang);
  const dayFormat = new Intl.DateTimeFormat(lang, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const weekdayFormat = new Intl.DateTimeFormat(lang, { weekday: 'short', timeZone: 'UTC' });
  const longWeekdayFormat = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' });
  const longDayFormat = new Intl.DateTimeFormat(lang, { dateStyle: 'full', timeZone: 'UTC' });
  const monthFormat = new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const shortMonthFormat = new Intl.DateTimeFormat(lang, { month: 'short', timeZone: 'UTC' });
  const relative = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  const numberFormat = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  const formatted = (format: Intl.DateTimeFormat, text: string): string => {
    const instant = utcMidnight(text);
    return instant ? format.format(instant) : text;
  };
  return {
    lang,
    text: (key, params) => fill(catalogue[key], params),
    count: (key, count, params) => {
      const forms: PluralText = catalogue[key];
      const category = pluralRules.select(count);
      const template =
        category === 'one' ? forms.one : category === 'many' ? (forms.many ?? forms.other) : forms.other;
      return fill(template, { ...params, count });
    },
    date: (date) => formatted(dayFormat, date),
    day: (date) =>
      lang === 'en'
        ? `${formatted(weekdayFormat, date)} ${date}`
        : formatted(dayFormat, date).replace(/,/gu, ''),
    longDay: (date) =>
      lang === 'en' ? `${formatted(longWeekdayFormat, date)} ${date}` : formatted(longDayFormat, date),
    month: (month) => formatted(monthFormat, month),
    shortMonth: (month) => formatted(shortMonthFormat, month),
    relativeDays: (days) => relative.format(days, 'day'),
    number: (value) => numberFormat.format(value),
    percent: (value) =>
      value === null ? '–' : fill(catalogue['unit.percent'], { value: numberFormat.format(value) }),
  };
}
