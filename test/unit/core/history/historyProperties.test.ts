import * as assert from 'assert';
import * as fc from 'fast-check';
import { addDays } from '../../../../src/core/base/dates';
import { buildRepHistory, type RepHistory } from '../../../../src/core/history/history';
import { note } from './historyFixtures';

const TODAY = '2026-03-01';
const TEXTS = [
  'Call Acme about renewal',
  'Send the deck',
  'Book demo with Globex',
  'Review pipeline',
  'Draft plan',
];

const itemArbitrary = fc.record({
  text: fc.constantFrom(...TEXTS),
  box: fc.constantFrom(' ', 'x', '-', '>'),
  dueOffset: fc.option(fc.integer({ min: -10, max: 20 }), { nil: null }),
  goal: fc.boolean(),
  secretSection: fc.boolean(),
});

const noteArbitrary = fc.record({
  dayOffset: fc.integer({ min: 0, max: 80 }),
  private: fc.boolean(),
  items: fc.array(itemArbitrary, { maxLength: 5 }),
});

type NoteSpec = typeof noteArbitrary extends fc.Arbitrary<infer T> ? T : never;

/** Items in private places get a SECRET marker, so leaks are easy to spot. */
function buildNotes(specs: readonly NoteSpec[]) {
  return specs.map((spec, index) => {
    const date = addDays('2026-01-01', spec.dayOffset);
    const line = (item: NoteSpec['items'][number]) => {
      const secret = spec.private || item.secretSection ? ' SECRET' : '';
      const due = item.dueOffset === null ? '' : ` due:${addDays(date, item.dueOffset)}`;
      return `- [${item.box}] ${item.text}${secret}${due}`;
    };
    const section = (heading: string, goal: boolean, secret: boolean) => [
      heading,
      ...spec.items.filter((item) => item.goal === goal && item.secretSection === secret).map(line),
    ];
    return note(
      `n${String(index).padStart(2, '0')}.coach.md`,
      { date, private: spec.private },
      ...section('## Agreed goals', true, false),
      ...section('## Follow-ups', false, false),
      ...section('## Agreed goals (private)', true, true),
      ...section('## Follow-ups (private)', false, true),
    );
  });
}

function checkTotals(history: RepHistory): void {
  for (const [kind, summary, rows] of [
    ['goal', history.summary.goals, history.goalsByMonth],
    ['follow-up', history.summary.followUps, history.followUpsByMonth],
  ] as const) {
    const threads = history.threads.filter((t) => t.kind === kind);
    const states = summary.open + summary.overdue + summary.done + summary.cancelled + summary.dropped;
    assert.strictEqual(states, threads.length, `${kind}: every thread has one state`);
    assert.strictEqual(states, summary.total);
    const rowStates = rows.reduce((sum, r) => sum + r.open + r.overdue + r.done + r.cancelled + r.dropped, 0);
    assert.strictEqual(rowStates, summary.total, `${kind}: every thread is in one month row`);
  }
  const months = history.followUpsByMonth.map((row) => row.month);
  for (let index = 1; index < months.length; index++) assert.ok(months[index - 1] < months[index]);
}

describe('buildRepHistory: properties', () => {
  it('loses no item and accounts for every thread exactly once', () => {
    fc.assert(
      fc.property(fc.array(noteArbitrary, { maxLength: 7 }), (specs) => {
        const notes = buildNotes(specs);
        const history = buildRepHistory(notes, { today: TODAY });
        const occurrences = history.threads.flatMap((t) => t.occurrences.map((o) => `${o.file}:${o.line}`));
        const items = notes.flatMap((n) => n.note.items.map((item) => `${n.file}:${item.line}`));
        assert.deepStrictEqual([...occurrences].sort(), [...items].sort());
        checkTotals(history);
        for (const t of history.threads) {
          assert.ok(t.ageDays >= 0);
          assert.strictEqual(t.state === 'dropped', t.missingFrom !== null);
          // Only carries are continued, and a thread only grows forwards in time.
          t.occurrences.slice(0, -1).forEach((o) => assert.strictEqual(o.status, 'carried'));
          t.occurrences.slice(1).forEach((o, i) => assert.ok(o.date >= t.occurrences[i].date));
          assert.deepStrictEqual(
            t.occurrences.map((o) => o.link === 'new'),
            t.occurrences.map((_, i) => i === 0),
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never lets private content into a history for sharing', () => {
    fc.assert(
      fc.property(
        fc.array(noteArbitrary, { maxLength: 7 }),
        fc.option(fc.integer({ min: 0, max: 80 }), { nil: null }),
        (specs, fromOffset) => {
          const range = fromOffset === null ? undefined : { from: addDays('2026-01-01', fromOffset) };
          const shared = buildRepHistory(buildNotes(specs), { today: TODAY, forSharing: true, range });
          const { privacy, ...rest } = shared;
          assert.ok(!JSON.stringify(rest).includes('SECRET'));
          assert.ok(privacy.privateItems >= 0);
          checkTotals(shared);
        },
      ),
      { numRuns: 200 },
    );
  });
});
