import * as assert from 'node:assert/strict';
import { NoteIndex } from '../../../../src/core/reps/noteIndex';
import * as fc from 'fast-check';
import {
  compareOverdue,
  daysOverdue,
  isOverdue,
  overdueItems,
  sortOverdue,
} from '../../../../src/core/reps/overdue';
import { buildRepOverview } from '../../../../src/core/reps/repOverview';
import { compareOverdueThreads, finishThread, followThreads } from '../../../../src/core/history/threads';
import { parseNote } from '../../../../src/core/note/parse';

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

describe('compareOverdue: the one order of every overdue list', () => {
  const at = (due: string, rep: string | null, file: string, line: number) => ({
    rep,
    file,
    item: { due, line },
  });

  it('puts the most overdue first, then rep (no rep last), file by code unit, line', () => {
    const items = [
      at('2026-11-05', null, 'a.coach.md', 1),
      at('2026-11-05', 'Bo', 'a.coach.md', 9),
      at('2026-11-05', 'Bo', 'a.coach.md', 3),
      at('2026-11-05', 'Bo', 'B.coach.md', 7),
      at('2026-11-05', 'Amy', 'z.coach.md', 1),
      at('2026-11-01', 'Zed', 'z.coach.md', 1),
    ];
    assert.deepEqual(
      [...items].sort(compareOverdue).map((o) => `${o.item.due} ${o.rep ?? '-'} ${o.file}:${o.item.line}`),
      [
        '2026-11-01 Zed z.coach.md:1',
        '2026-11-05 Amy z.coach.md:1',
        // Code units, not the locale: "B" sorts before "a" in every locale and in CLI and editor alike.
        '2026-11-05 Bo B.coach.md:7',
        '2026-11-05 Bo a.coach.md:3',
        '2026-11-05 Bo a.coach.md:9',
        '2026-11-05 - a.coach.md:1',
      ],
    );
  });

  it('orders the CLI list and a rep overview the same way', () => {
    const text = noteText('Dana', '2026-11-01', [
      '- [ ] late due:2026-11-10',
      '- [ ] later due:2026-11-02',
      '- [ ] same day, first line due:2026-11-10',
    ]);
    const index = new NoteIndex();
    index.set('b.coach.md', parseNote(text));
    index.set('A.coach.md', parseNote(text));
    const cli = overdueItems(index, '2026-11-22').map((o) => `${o.file}:${o.item.line}`);
    const overview = buildRepOverview(
      'dana',
      'Dana',
      [...index.indexedNotes()].map(({ file, note }) => ({ file, note })),
      null,
      '2026-11-22',
    );
    assert.deepEqual(
      overview.overdue.map((ref) => `${ref.file}:${ref.item.line}`),
      cli,
    );
    assert.deepEqual(cli, [
      'A.coach.md:8',
      'b.coach.md:8',
      'A.coach.md:7',
      'A.coach.md:9',
      'b.coach.md:7',
      'b.coach.md:9',
    ]);
  });
});

describe('sortOverdue: compareOverdue over a long list, faster', () => {
  // Few values per field, so that equal due dates, reps and files (and no due date) are common.
  const row = fc.record({
    rep: fc.constantFrom(null, 'Amy', 'Bo', 'bo', 'Zed'),
    file: fc.constantFrom('a.coach.md', 'B.coach.md', 'z/a.coach.md'),
    item: fc.record({
      due: fc.constantFrom(null, '2026-11-01', '2026-11-05', '2025-12-31'),
      line: fc.nat(40),
    }),
  });

  it('gives the same order as sorting by compareOverdue, in the same array', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), (rows) => {
        const expected = [...rows].sort(compareOverdue);
        const sorted = sortOverdue(rows);
        assert.equal(sorted, rows, 'sorted in place');
        assert.deepEqual(sorted, expected);
      }),
    );
  });
});

describe('daysOverdue and the history threads', () => {
  it('counts whole days past due, null when not overdue; a thread is overdue by the same rule', () => {
    const note = parseNote(noteText('A', '2026-11-01', ['- [ ] x due:2026-11-20', '- [>] y due:2026-11-01']));
    const [open, carried] = note.items;
    assert.ok(open && carried);
    assert.equal(daysOverdue(open, '2026-11-22'), 2);
    assert.equal(daysOverdue(open, '2026-11-20'), null);
    assert.equal(daysOverdue(carried, '2026-11-22'), null, 'a carried item waits for the next note');
    const [thread] = followThreads([{ file: 'a.coach.md', date: '2026-11-01', note }]).map((draft) =>
      finishThread(draft, '2026-11-22'),
    );
    assert.equal(thread?.state, 'overdue');
    assert.equal(thread?.daysOverdue, daysOverdue(open, '2026-11-22'));
  });
});

describe('compareOverdueThreads', () => {
  it("orders a rep's overdue threads (brief, `history`) like its overdue items in the Reps tree and the CLI", () => {
    const older = parseNote(
      noteText('Dana', '2026-11-01', [
        '- [ ] first written due:2026-11-10',
        '- [ ] most overdue due:2026-11-02',
      ]),
    );
    const newer = parseNote(noteText('Dana', '2026-11-08', ['- [ ] written later, same day due:2026-11-10']));
    const notes = [
      { file: 'b.coach.md', date: '2026-11-01', note: older },
      { file: 'a.coach.md', date: '2026-11-08', note: newer },
    ];
    const threads = followThreads(notes)
      .map((draft) => finishThread(draft, '2026-11-22'))
      .filter((thread) => thread.state === 'overdue')
      .sort(compareOverdueThreads);
    const index = new NoteIndex();
    for (const { file, note } of notes) index.set(file, note);
    assert.deepEqual(
      threads.map((thread) => thread.text),
      overdueItems(index, '2026-11-22').map((o) => o.item.text),
    );
    assert.deepEqual(
      threads.map((thread) => thread.text.split(' due:')[0]),
      ['most overdue', 'written later, same day', 'first written'],
    );
  });
});
