// The calendar export, parsed back with ical.js (a maintained RFC 5545 parser, used by Thunderbird):
// a file it reads the same way is a file calendar apps can import.
import * as assert from 'assert';
import ICAL from 'ical.js';
import * as fc from 'fast-check';
import { calendarEvents, privateFollowUpSummary } from '../../../../src/core/calendar/coachingCalendar';
import { escapeText, foldLine, renderCalendar } from '../../../../src/core/calendar/ics';
import { parseRoster } from '../../../../src/core/reps/roster';
import type { TeamRepInput } from '../../../../src/core/team/teamOverview';
import { note } from '../history/historyFixtures';

const TODAY = '2026-03-31';
const STAMP = new Date('2026-03-31T09:15:00Z');
const roster = parseRoster('- name: Ana Ruiz\n  cadenceDays: 14\n');

function anaWith(...followUps: string[]): TeamRepInput {
  return {
    key: 'ana ruiz',
    name: 'Ana Ruiz',
    roster: roster.entries[0],
    entries: [
      note(
        'ana/03-24.coach.md',
        { rep: 'Ana Ruiz', date: '2026-03-24' },
        '## Follow-ups',
        ...followUps,
        '',
        '### Notes (private)',
        '- [ ] Talk about the pay review due:2026-04-03',
      ),
    ],
  };
}

interface ParsedEvent {
  uid: string;
  summary: string;
  description: string | null;
  start: string;
  end: string;
  isDate: boolean;
}

function parse(ics: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      description: (component.getFirstPropertyValue('description') as string | null) ?? null,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      isDate: event.startDate.isDate,
    };
  });
}

function exportCalendar(reps: TeamRepInput[], privateFollowUps: 'placeholder' | 'omit' = 'placeholder') {
  return renderCalendar(calendarEvents(reps, { today: TODAY, privateFollowUps }), {
    stamp: STAMP,
    name: 'Coaching',
  });
}

describe('calendar export', () => {
  it('writes the next 1:1 and open follow-ups with a due date as all-day events', () => {
    const ics = exportCalendar([
      anaWith(
        '- [ ] Send the deck, pricing; v2 due:2026-04-02',
        '- [ ] No date',
        '- [x] Done due:2026-04-01',
      ),
    ]);
    const events = parse(ics);
    assert.deepStrictEqual(
      events.map((e) => [e.start, e.end, e.isDate, e.summary]),
      [
        ['2026-04-02', '2026-04-03', true, 'Follow-up (Ana Ruiz): Send the deck, pricing; v2'],
        ['2026-04-03', '2026-04-04', true, privateFollowUpSummary()],
        ['2026-04-07', '2026-04-08', true, '1:1 with Ana Ruiz'],
      ],
    );
  });

  it('never writes the text of a private follow-up, or leaves it out', () => {
    const placeholder = exportCalendar([anaWith()]);
    assert.ok(!placeholder.includes('pay review'));
    const [privateEvent] = parse(placeholder).filter((e) => e.summary === privateFollowUpSummary());
    assert.strictEqual(privateEvent.description, null);
    const omitted = parse(exportCalendar([anaWith()], 'omit'));
    assert.deepStrictEqual(
      omitted.map((e) => e.summary),
      ['1:1 with Ana Ruiz'],
    );
  });

  it('keeps UIDs when a follow-up is rescheduled, so a re-import updates it', () => {
    const before = parse(exportCalendar([anaWith('- [ ] Send the deck due:2026-04-02')]));
    const after = parse(exportCalendar([anaWith('- [ ] Send the deck due:2026-04-09')]));
    assert.deepStrictEqual(before.map((e) => e.uid).sort(), after.map((e) => e.uid).sort());
    assert.strictEqual(new Set(before.map((e) => e.uid)).size, before.length);
    const other = parse(exportCalendar([anaWith('- [ ] Call the CFO due:2026-04-02')]));
    assert.notStrictEqual(other[0].uid, before[0].uid);
  });

  it('gives two identical follow-ups different UIDs', () => {
    const events = parse(exportCalendar([anaWith('- [ ] Same due:2026-04-02', '- [ ] Same due:2026-04-02')]));
    assert.strictEqual(new Set(events.map((e) => e.uid)).size, events.length);
  });

  it('shows a late 1:1 today', () => {
    const late: TeamRepInput = {
      ...anaWith(),
      entries: [note('a.coach.md', { rep: 'Ana Ruiz', date: '2026-02-01' })],
    };
    const [event] = parse(exportCalendar([late]));
    assert.strictEqual(event.start, TODAY);
    assert.strictEqual(event.summary, '1:1 with Ana Ruiz (late: due 2026-02-15)');
  });

  it('keeps only events in the range', () => {
    const events = calendarEvents([anaWith('- [ ] Deck due:2026-04-02')], {
      today: TODAY,
      from: '2026-04-03',
      to: '2026-04-05',
      privateFollowUps: 'placeholder',
    });
    assert.deepStrictEqual(
      events.map((e) => e.date),
      ['2026-04-03'],
    );
  });

  it('ends every line with CRLF, folds at 75 octets and stamps every event', () => {
    const ics = exportCalendar([
      anaWith(`- [ ] ${'Überprüfung der Preisgestaltung 🚀 '.repeat(6)} due:2026-04-02`),
    ]);
    assert.ok(ics.endsWith('\r\n'));
    for (const line of ics.split('\r\n').slice(0, -1)) {
      assert.ok(!line.includes('\n') && !line.includes('\r'));
      assert.ok(Buffer.byteLength(line, 'utf8') <= 75, line);
    }
    assert.strictEqual((ics.match(/^DTSTAMP:20260331T091500Z\r$/gmu) ?? []).length, parse(ics).length);
    assert.ok(parse(ics)[0].summary.includes('🚀 Überprüfung'));
  });

  it('escapes TEXT so any text reads back as written (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const clean = text.replace(/\r\n?/gu, '\n').replace(/[\u0000-\u0009\u000b-\u001f\u007f]/gu, '');
        const ics = renderCalendar([{ uid: 'x@y', date: '2026-01-01', summary: text }], {
          stamp: STAMP,
          name: 'n',
        });
        assert.strictEqual(parse(ics)[0].summary, clean);
      }),
    );
    assert.strictEqual(escapeText('a,b;c\\d\ne'), 'a\\,b\\;c\\\\d\\ne');
    assert.strictEqual(foldLine('x'.repeat(75)), 'x'.repeat(75));
    assert.strictEqual(foldLine('x'.repeat(76)), `${'x'.repeat(75)}\r\n x`);
  });
});
