import * as assert from 'node:assert/strict';
import { NoteIndex } from '../../src/core/noteIndex';
import { isOverdue, overdueItems } from '../../src/core/overdue';
import { parseNote } from '../../src/core/parse';

function noteText(rep: string, date: string, items: readonly string[]): string {
  return ['---', `rep: ${rep}`, `date: ${date}`, '---', '', '## Follow-ups', '', ...items, ''].join('\n');
}

describe('overdueItems', () => {
  it('reports open items due strictly before today, with whole days overdue', () => {
    const index = new NoteIndex();
    index.set(
      'dana.coach.md',
      parseNote(
        noteText('Dana Whitfield', '2026-11-02', [
          '- [ ] Send pricing to Acme @dana due:2026-11-17',
          '- [ ] Due today due:2026-11-22',
          '- [ ] Due tomorrow due:2026-11-23',
          '- [x] Done late due:2026-11-01',
          '- [>] Carried late due:2026-11-01',
          '- [-] Cancelled late due:2026-11-01',
          '- [ ] No due date',
        ]),
      ),
    );
    const found = overdueItems(index, '2026-11-22');
    assert.deepEqual(
      found.map((o) => [o.file, o.item.line, o.rep, o.noteDate, o.due, o.daysOverdue, o.item.owner]),
      [['dana.coach.md', 7, 'Dana Whitfield', '2026-11-02', '2026-11-17', 5, 'dana']],
    );
  });

  it('counts days across months, leap days and years', () => {
    const index = new NoteIndex();
    index.set(
      'a.coach.md',
      parseNote(noteText('A', '2024-01-01', ['- [ ] a due:2024-02-28', '- [ ] b due:2023-12-31'])),
    );
    assert.deepEqual(
      overdueItems(index, '2024-03-01').map((o) => [o.due, o.daysOverdue]),
      [
        ['2023-12-31', 61],
        ['2024-02-28', 2],
      ],
    );
  });

  it('sorts by due date, then file, then line', () => {
    const index = new NoteIndex();
    index.set(
      'b.coach.md',
      parseNote(noteText('B', '2026-11-01', ['- [ ] b1 due:2026-11-05', '- [ ] b2 due:2026-11-01'])),
    );
    index.set(
      'a.coach.md',
      parseNote(noteText('A', '2026-11-01', ['- [ ] a1 due:2026-11-05', '- [ ] a2 due:2026-11-05'])),
    );
    assert.deepEqual(
      overdueItems(index, '2026-11-22').map((o) => o.item.text.split(' ')[0]),
      ['b2', 'a1', 'a2', 'b1'],
    );
  });

  it('still reports the items of a note whose front matter is broken, with rep null', () => {
    const index = new NoteIndex();
    index.set('broken.coach.md', parseNote('---\nrep: [unclosed\n---\n- [ ] Call Acme due:2026-11-20\n'));
    index.set('none.coach.md', parseNote('Just text\n- [ ] Email Bo due:2026-11-21\n'));
    const found = overdueItems(index, '2026-11-22');
    assert.deepEqual(
      found.map((o) => [o.file, o.rep, o.daysOverdue]),
      [
        ['broken.coach.md', null, 2],
        ['none.coach.md', null, 1],
      ],
    );
  });

  it('follows the index as notes change', () => {
    const index = new NoteIndex();
    index.set('a.coach.md', parseNote(noteText('A', '2026-11-01', ['- [ ] x due:2026-11-05'])));
    assert.equal(overdueItems(index, '2026-11-22').length, 1);
    index.set('a.coach.md', parseNote(noteText('A', '2026-11-01', ['- [x] x due:2026-11-05'])));
    assert.equal(overdueItems(index, '2026-11-22').length, 0);
  });
});

describe('isOverdue', () => {
  it('is false on the due day and true the day after', () => {
    const [item] = parseNote(noteText('A', '2026-11-01', ['- [ ] x due:2026-11-22'])).items;
    assert.ok(item);
    assert.equal(isOverdue(item, '2026-11-22'), false);
    assert.equal(isOverdue(item, '2026-11-23'), true);
  });
});
