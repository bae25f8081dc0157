import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { NoteIndex } from '../../../../src/core/reps/noteIndex';
import { overdueItems } from '../../../../src/core/reps/overdue';
import { parseNote } from '../../../../src/core/note/parse';
import { OverdueTracker } from '../../../../src/core/reps/mostOverdue';

function noteText(rep: string | null, items: readonly string[]): string {
  const repLine = rep === null ? [] : [`rep: ${rep}`];
  return ['---', ...repLine, 'date: 2026-11-02', '---', '', '## Follow-ups', '', ...items, ''].join('\n');
}

function key(item: { file: string; item: { line: number }; daysOverdue: number; rep: string | null }) {
  return `${item.file}:${item.item.line}:${item.daysOverdue}:${item.rep ?? ''}`;
}

describe('OverdueTracker', () => {
  it('gives the head of the one overdue list, and the total, after any sequence of changes', () => {
    const item = fc
      .tuple(fc.constantFrom(' ', 'x', '>'), fc.integer({ min: 1, max: 28 }), fc.boolean())
      .map(
        ([box, day, dated]) =>
          `- [${box}] task${dated ? ` due:2026-11-${String(day).padStart(2, '0')}` : ''}`,
      );
    const change = fc.record({
      file: fc.constantFrom('a.coach.md', 'b.coach.md', 'c.coach.md', 'd.coach.md'),
      rep: fc.constantFrom('Dana', 'Eli', null),
      items: fc.option(fc.array(item, { maxLength: 5 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(change, { maxLength: 12 }), fc.integer({ min: 0, max: 8 }), (changes, limit) => {
        const index = new NoteIndex();
        const tracker = new OverdueTracker();
        for (const { file, rep, items } of changes) {
          if (items === undefined) index.delete(file);
          else index.set(file, parseNote(noteText(rep, items)));
          const entry = index.getIndexed(file);
          if (entry) tracker.set(entry);
          else tracker.delete(file);
        }
        const today = '2026-11-15';
        const all = overdueItems(index, today);
        const head = tracker.mostOverdue(today, limit);
        assert.equal(head.total, all.length);
        assert.deepEqual(head.items.map(key), all.slice(0, limit).map(key));
      }),
      { numRuns: 300 },
    );
  });

  it('forgets a note that is deleted or no longer has dated open items', () => {
    const index = new NoteIndex();
    const tracker = new OverdueTracker();
    index.set('a.coach.md', parseNote(noteText('Dana', ['- [ ] late due:2026-11-01'])));
    tracker.set(index.getIndexed('a.coach.md')!);
    assert.equal(tracker.mostOverdue('2026-11-15', 10).total, 1);
    index.set('a.coach.md', parseNote(noteText('Dana', ['- [x] late due:2026-11-01'])));
    tracker.set(index.getIndexed('a.coach.md')!);
    assert.deepEqual(tracker.mostOverdue('2026-11-15', 10), { items: [], total: 0 });
  });
});
