import * as assert from 'assert';
import fc from 'fast-check';
import {
  addDays,
  daysBetween,
  daysInMonth,
  endOfMonth,
  formatIsoDate,
  fromDayNumber,
  isIsoDate,
  isLeapYear,
  localIsoDate,
  parseIsoDate,
  toDayNumber,
  weekday,
} from '../../../../src/core/base/dates';
import { messagesFor } from '../../../../src/core/i18n/messages';

describe('calendar dates', () => {
  it('knows leap years, including the century rules', () => {
    assert.deepStrictEqual([2024, 2026, 2028, 1900, 2000, 2100, 2400].map(isLeapYear), [
      true,
      false,
      true,
      false,
      true,
      false,
      true,
    ]);
    assert.strictEqual(daysInMonth(2028, 2), 29);
    assert.strictEqual(daysInMonth(2026, 2), 28);
    assert.strictEqual(daysInMonth(2026, 4), 30);
    assert.strictEqual(daysInMonth(2026, 12), 31);
    assert.strictEqual(daysInMonth(2026, 13), 0);
  });

  it('parses real calendar dates and rejects impossible or malformed ones', () => {
    assert.deepStrictEqual(parseIsoDate('2026-11-22'), { year: 2026, month: 11, day: 22 });
    assert.deepStrictEqual(parseIsoDate('2028-02-29'), { year: 2028, month: 2, day: 29 });
    for (const bad of [
      '2026-02-30',
      '2026-13-01',
      '2026-00-10',
      '2026-04-31',
      '2027-02-29',
      '2026-11-00',
      '2026-1-02',
      '2026-11-22 ',
      ' 2026-11-22',
      '2026-11-22T00:00',
      '20261122',
      '',
    ]) {
      assert.strictEqual(parseIsoDate(bad), null, bad);
      assert.strictEqual(isIsoDate(bad), false, bad);
    }
  });

  it('formats with zero padding', () => {
    assert.strictEqual(formatIsoDate({ year: 987, month: 3, day: 4 }), '0987-03-04');
  });

  it('counts days across months, years and leap days', () => {
    assert.strictEqual(daysBetween('2026-11-22', '2026-11-22'), 0);
    assert.strictEqual(daysBetween('2026-11-20', '2026-11-22'), 2);
    assert.strictEqual(daysBetween('2026-11-22', '2026-11-20'), -2);
    assert.strictEqual(daysBetween('2026-01-31', '2026-03-01'), 29);
    assert.strictEqual(daysBetween('2028-01-31', '2028-03-01'), 30);
    assert.strictEqual(daysBetween('2026-12-31', '2027-01-01'), 1);
    assert.strictEqual(daysBetween('2026-01-01', '2027-01-01'), 365);
    assert.strictEqual(daysBetween('2028-01-01', '2029-01-01'), 366);
    assert.strictEqual(daysBetween('1999-12-31', '2000-03-01'), 61);
  });

  it('adds days across month and year ends, both ways', () => {
    assert.strictEqual(addDays('2026-11-22', 10), '2026-12-02');
    assert.strictEqual(addDays('2026-12-25', 7), '2027-01-01');
    assert.strictEqual(addDays('2028-02-28', 1), '2028-02-29');
    assert.strictEqual(addDays('2026-02-28', 1), '2026-03-01');
    assert.strictEqual(addDays('2026-03-01', -1), '2026-02-28');
    assert.strictEqual(addDays('2026-01-01', -1), '2025-12-31');
    assert.strictEqual(addDays('2026-11-22', 0), '2026-11-22');
  });

  it('round-trips day numbers from the epoch', () => {
    assert.strictEqual(toDayNumber({ year: 1970, month: 1, day: 1 }), 0);
    assert.deepStrictEqual(fromDayNumber(-1), { year: 1969, month: 12, day: 31 });
    for (let day = -800_000; day <= 800_000; day += 997) {
      assert.strictEqual(toDayNumber(fromDayNumber(day)), day);
    }
  });

  it('gives the weekday, as Intl names it for the same calendar day', () => {
    const english = messagesFor('en');
    const cases: [string, number, string][] = [
      ['2026-11-22', 0, 'Sunday'],
      ['2026-11-23', 1, 'Monday'],
      ['1970-01-01', 4, 'Thursday'],
      ['1969-12-31', 3, 'Wednesday'],
      ['2000-02-29', 2, 'Tuesday'],
    ];
    for (const [date, day, name] of cases) {
      assert.strictEqual(weekday(date), day, date);
      assert.strictEqual(english.longDay(date), `${name} ${date}`);
    }
  });

  it('finds the end of the month', () => {
    assert.strictEqual(endOfMonth('2026-11-22'), '2026-11-30');
    assert.strictEqual(endOfMonth('2026-02-01'), '2026-02-28');
    assert.strictEqual(endOfMonth('2028-02-10'), '2028-02-29');
    assert.strictEqual(endOfMonth('2026-12-31'), '2026-12-31');
  });

  it('refuses arithmetic on invalid dates instead of guessing', () => {
    assert.throws(() => addDays('2026-02-30', 1), RangeError);
    assert.throws(() => daysBetween('2026-13-01', '2026-11-22'), RangeError);
    assert.throws(() => weekday('tomorrow'), RangeError);
  });

  it('answers the same for 10,000 dates in a row, asked twice, with invalid ones between them', () => {
    const start = toDayNumber({ year: 2020, month: 1, day: 1 });
    for (let round = 0; round < 2; round++) {
      for (let offset = 0; offset < 10_000; offset++) {
        const date = formatIsoDate(fromDayNumber(start + offset));
        assert.strictEqual(isIsoDate(date), true, date);
        assert.strictEqual(daysBetween('2020-01-01', date), offset, date);
        assert.strictEqual(addDays(date, 1), formatIsoDate(fromDayNumber(start + offset + 1)));
        const invalid = `${date.slice(0, 8)}3${offset % 2 === 0 ? '2' : '9'}`;
        assert.strictEqual(isIsoDate(invalid), false, invalid);
      }
    }
    assert.throws(() => daysBetween('2026-02-29', '2026-03-01'), RangeError);
    assert.strictEqual(daysBetween('2024-02-29', '2024-03-01'), 1);
  });

  it('takes the local calendar day of an instant, whatever the time zone', () => {
    // Built from local parts, so the expected day is the same under every TZ the tests run with.
    assert.strictEqual(localIsoDate(new Date(2026, 10, 22, 0, 0, 1)), '2026-11-22');
    assert.strictEqual(localIsoDate(new Date(2026, 10, 22, 23, 59, 59)), '2026-11-22');
    assert.strictEqual(localIsoDate(new Date(2026, 0, 1, 0, 0, 0)), '2026-01-01');
  });

  it('checks and counts dates without a regular expression as parseIsoDate and toDayNumber do', () => {
    const digit = fc.constantFrom(...'0123456789');
    const dateLike = fc
      .tuple(
        fc.array(digit, { minLength: 4, maxLength: 4 }),
        fc.array(digit, { minLength: 2, maxLength: 2 }),
        fc.array(digit, { minLength: 2, maxLength: 2 }),
      )
      .map(([y, m, d]) => `${y.join('')}-${m.join('')}-${d.join('')}`);
    fc.assert(
      fc.property(fc.oneof(dateLike, fc.string({ maxLength: 12 })), (text) => {
        const parsed = parseIsoDate(text);
        assert.strictEqual(isIsoDate(text), parsed !== null, text);
        if (parsed) assert.strictEqual(daysBetween('1970-01-01', text), toDayNumber(parsed), text);
      }),
      { numRuns: 3000 },
    );
    for (
      let day = toDayNumber({ year: 1999, month: 12, day: 1 });
      day < toDayNumber({ year: 2101, month: 1, day: 1 });
      day++
    ) {
      assert.ok(isIsoDate(formatIsoDate(fromDayNumber(day))));
    }
  });
});
