import * as assert from 'assert';
import * as fc from 'fast-check';
import { parseNote } from '../../../../src/core/note/parse';
import { buildRepOverview, type NoteEntry } from '../../../../src/core/reps/repOverview';
import {
  countsAlike,
  decodeRepsSnapshot,
  encodeRepsSnapshot,
  repsSnapshotOf,
  type RepsSnapshot,
} from '../../../../src/core/reps/repsSnapshot';

const TODAY = '2026-11-22';
const CONTEXT = JSON.stringify({ today: TODAY, folders: [['file:///work/notes', []]], roster: [] });

function note(file: string, text: string): NoteEntry {
  return { file, note: parseNote(text) };
}

const dana = buildRepOverview(
  'dana whitfield',
  'Dana Whitfield',
  [
    note(
      'file:///work/notes/dana/2026-11-03.coach.md',
      `---
rep: Dana Whitfield
date: 2026-11-03
---
## Follow-ups
- [ ] Send pricing to Acme, secret discount 40% @dana due:2026-11-10
- [ ] Book the QBR @me due:2026-12-10
`,
    ),
  ],
  null,
  TODAY,
);

function snapshot(): RepsSnapshot {
  return repsSnapshotOf(3, [dana], { notes: 2, notesOverdue: 1 }, 4);
}

/** The stored form as it would come back from the file. */
function stored(value: RepsSnapshot = snapshot(), context = CONTEXT): unknown {
  return JSON.parse(JSON.stringify(encodeRepsSnapshot(context, value))) as unknown;
}

describe('repsSnapshot', () => {
  it('keeps what the tree shows of each rep at the top level', () => {
    const [rep] = snapshot().reps;
    assert.deepEqual(rep, {
      key: 'dana whitfield',
      name: 'Dana Whitfield',
      team: null,
      noteCount: 1,
      overdueCount: 1,
      daysSinceLast: 19,
      oneOnOneOverdue: dana.oneOnOneOverdue,
    });
  });

  it('never stores an item text or a file name', () => {
    const text = JSON.stringify(stored());
    assert.ok(!text.includes('Acme'), text);
    assert.ok(!text.includes('secret'), text);
    assert.ok(!text.includes('.coach.md'), text);
  });

  it('comes back as it was saved, in the same context', () => {
    assert.deepEqual(decodeRepsSnapshot(stored(), CONTEXT), snapshot());
  });

  it('is not shown in another context: another workspace, roster, day or engine', () => {
    for (const other of [
      CONTEXT.replace('/work/notes', '/work/other'),
      CONTEXT.replace(TODAY, '2026-11-23'),
      CONTEXT.replace('"roster":[]', '"roster":[["Dana Whitfield","East",null,14,[],null]]'),
      '',
    ])
      assert.equal(decodeRepsSnapshot(stored(), other), undefined, other);
  });

  it('is not shown when anything in it is odd', () => {
    const good = stored() as Record<string, unknown>;
    const row = (good['reps'] as unknown[][])[0] ?? [];
    const odd: unknown[] = [
      null,
      [],
      'snapshot',
      { ...good, kind: 'coaching-notes/note-cache' },
      { ...good, format: 2 },
      { ...good, reps: {} },
      { ...good, reps: [row, row] }, // the same rep twice
      { ...good, reps: [[...row.slice(0, 6)]] },
      { ...good, reps: [['', ...row.slice(1)]] },
      { ...good, reps: [[row[0], row[1], row[2], -1, ...row.slice(4)]] },
      { ...good, reps: [[...row.slice(0, 5), 1.5, row[6]]] },
      { ...good, reps: [[...row.slice(0, 6), 'yes']] },
      { ...good, reps: [[row[0], 'x'.repeat(1_001), ...row.slice(2)]] },
      { ...good, withoutRep: [1, 2] },
      { ...good, withoutRep: [1] },
      { ...good, totalOverdue: '4' },
      { ...good, notes: -3 },
      { ...good, __proto__: null, context: undefined },
    ];
    for (const data of odd) assert.equal(decodeRepsSnapshot(data, CONTEXT), undefined, JSON.stringify(data));
  });

  it('never throws, whatever was stored', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (data) => {
        const decoded = decodeRepsSnapshot(data, CONTEXT);
        return decoded === undefined || Array.isArray(decoded.reps);
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(fc.jsonValue(), { maxLength: 8 }), { maxLength: 4 }), (reps) => {
        const data = { ...(stored() as Record<string, unknown>), reps };
        const decoded = decodeRepsSnapshot(data, CONTEXT);
        return decoded === undefined || decoded.reps.length === reps.length;
      }),
    );
  });
});

describe('countsAlike', () => {
  const text = `---
rep: Dana Whitfield
date: 2026-11-03
---
## Follow-ups
- [ ] Send pricing to Acme @dana due:2026-11-10
`;

  it('holds for a note saved again, or changed only in its texts', () => {
    assert.ok(countsAlike(parseNote(text), parseNote(text)));
    assert.ok(countsAlike(parseNote(text), parseNote(text.replace('pricing', 'the new pricing'))));
  });

  it('fails for another rep, date, item status, due date or item', () => {
    for (const changed of [
      text.replace('Dana Whitfield', 'Sam Okafor'),
      text.replace('date: 2026-11-03', 'date: 2026-11-04'),
      text.replace('- [ ]', '- [x]'),
      text.replace('due:2026-11-10', 'due:2026-12-10'),
      `${text}- [ ] Book the QBR\n`,
    ])
      assert.ok(!countsAlike(parseNote(text), parseNote(changed)), changed);
  });
});
