import * as assert from 'assert';
import { parseNote } from '../../../../src/core/note/parse';
import {
  buildRepOverview,
  compareReps,
  findRep,
  type NoteEntry,
  type RepOverview,
} from '../../../../src/core/reps/repOverview';
import { parseRoster, rosterLookup } from '../../../../src/core/reps/roster';
import { repKey } from '../../../../src/core/reps/noteIndex';

function note(file: string, text: string): NoteEntry {
  return { file, note: parseNote(text) };
}

const TODAY = '2026-11-22';

const older = note(
  'dana/2026-11-03.coach.md',
  `---
rep: Dana Whitfield
date: 2026-11-03
next: 2026-11-10
tags: [discovery]
---
## Agreed goals
- [>] Run two discovery calls with the new question bank @dana due:2026-11-10
## Follow-ups
- [x] Share the call recording @me due:2026-11-05
- [ ] Send pricing to Acme @dana due:2026-11-10
`,
);

const latest = note(
  'dana/2026-11-17.coach.md',
  `---
rep: dana whitfield
date: 2026-11-17
next: 2026-11-24
tags: [negotiation, pipeline]
---
## Agreed goals
- [ ] Run two discovery calls with the new question bank @dana due:2026-12-01
- [ ] Multi-thread the Globex deal @dana due:2026-11-20
## Follow-ups
- [ ] Intro Dana to the Globex champion @me due:2026-11-22
- [ ] Book the pipeline review @me
- [-] Draft the QBR deck @dana due:2026-11-01
`,
);

describe('rep overview (what the Reps tree shows)', () => {
  let overview: RepOverview;
  before(() => {
    overview = buildRepOverview('dana whitfield', 'Dana Whitfield', [older, latest], null, TODAY);
  });

  it('lists notes newest first and takes name, next meeting and tags from the latest note', () => {
    assert.deepStrictEqual(
      overview.notes.map((entry) => entry.date),
      ['2026-11-17', '2026-11-03'],
    );
    assert.strictEqual(overview.name, 'dana whitfield');
    assert.strictEqual(overview.nextMeeting, '2026-11-24');
    assert.deepStrictEqual(overview.tags, ['negotiation', 'pipeline']);
    assert.strictEqual(overview.lastDate, '2026-11-17');
    assert.strictEqual(overview.daysSinceLast, 5);
  });

  it('puts open items due before today under overdue, most overdue first, across notes', () => {
    assert.deepStrictEqual(
      overview.overdue.map((ref) => [ref.item.text.split(' @')[0], ref.daysOverdue]),
      [
        ['Send pricing to Acme', 12],
        ['Multi-thread the Globex deal', 2],
      ],
    );
  });

  it('keeps due-today, undated, done, cancelled and carried items out of overdue', () => {
    assert.deepStrictEqual(
      overview.openFollowUps.map((ref) => ref.item.text.split(' @')[0]),
      ['Intro Dana to the Globex champion', 'Book the pipeline review'],
    );
    assert.deepStrictEqual(
      overview.openGoals.map((ref) => ref.item.text.split(' @')[0]),
      ['Run two discovery calls with the new question bank'],
    );
  });

  it('flags the 1:1 as overdue only when the last one is older than the cadence', () => {
    assert.strictEqual(overview.oneOnOneOverdue, false);
    const [entry] = parseRoster('- name: Dana Whitfield\n  cadenceDays: 3\n').entries;
    const strict = buildRepOverview('dana whitfield', 'Dana', [older, latest], entry ?? null, TODAY);
    assert.strictEqual(strict.cadenceDays, 3);
    assert.strictEqual(strict.oneOnOneOverdue, true);
    assert.strictEqual(strict.name, 'Dana Whitfield');
  });

  it('shows a roster rep with no notes as never met and due for a 1:1', () => {
    const [entry] = parseRoster('- name: Priya Raman\n  team: East\n').entries;
    const overviewWithoutNotes = buildRepOverview('priya raman', 'Priya Raman', [], entry ?? null, TODAY);
    assert.strictEqual(overviewWithoutNotes.lastDate, null);
    assert.strictEqual(overviewWithoutNotes.daysSinceLast, null);
    assert.strictEqual(overviewWithoutNotes.oneOnOneOverdue, true);
    assert.strictEqual(overviewWithoutNotes.notes.length, 0);
  });
});

describe('sorting reps', () => {
  const make = (name: string, overdue: number, daysSinceLast: number | null) =>
    ({ name, notes: [], overdue: new Array<never>(overdue), daysSinceLast }) as unknown as RepOverview;
  const reps = [make('bea', 1, 3), make('Al', 0, 20), make('Cy', 4, null), make('dee', 4, 1)];

  it('by name ignores case', () => {
    assert.deepStrictEqual(
      [...reps].sort(compareReps('name')).map((rep) => rep.name),
      ['Al', 'bea', 'Cy', 'dee'],
    );
  });

  it('by most overdue, ties by name', () => {
    assert.deepStrictEqual(
      [...reps].sort(compareReps('mostOverdue')).map((rep) => rep.name),
      ['Cy', 'dee', 'bea', 'Al'],
    );
  });

  it('by longest since the last 1:1, never met first', () => {
    assert.deepStrictEqual(
      [...reps].sort(compareReps('longestSinceLast')).map((rep) => rep.name),
      ['Cy', 'Al', 'bea', 'dee'],
    );
  });
});

describe('rep keys and roster aliases', () => {
  it('groups names that differ only in case and spacing', () => {
    assert.strictEqual(repKey('  Dana   Whitfield '), repKey('dana whitfield'));
    assert.notStrictEqual(repKey('Dana'), repKey('Dana Whitfield'));
  });

  it('has one key for a note without a rep, blank or missing: null, the index group of such notes', () => {
    assert.strictEqual(repKey(null), null);
    assert.strictEqual(repKey('   '), null);
    assert.strictEqual(repKey(''), null);
  });

  it('maps every alias to its roster entry', () => {
    const roster = parseRoster(`
- name: Dana Whitfield
  team: West
  role: AE
  aliases: [Dana, D. Whitfield]
- name: Marcus Oyelaran
`);
    const lookup = rosterLookup(roster);
    assert.strictEqual(lookup.get(repKey('dana'))?.name, 'Dana Whitfield');
    assert.strictEqual(lookup.get(repKey('D. Whitfield'))?.team, 'West');
    assert.strictEqual(lookup.get(repKey('marcus oyelaran'))?.cadenceDays, 7);
  });
});

describe('findRep: a rep by any of its names', () => {
  const roster = parseRoster(`
- name: Dana Whitfield
  aliases: [Dana, D. Whitfield]
`);
  const [dana] = roster.entries;
  const reps = [
    { key: 'dana whitfield', name: 'Dana Whitfield', roster: dana ?? null },
    { key: 'sam', name: 'Sam', roster: null },
    // A rep whose own name is another rep's alias: its name wins over the alias.
    { key: 'd. whitfield', name: 'D. Whitfield', roster: null },
  ];

  it('finds by key, by any spelling of the name, or by a roster alias', () => {
    assert.strictEqual(findRep(reps, 'dana whitfield')?.name, 'Dana Whitfield');
    assert.strictEqual(findRep(reps, '  SAM ')?.name, 'Sam');
    assert.strictEqual(findRep(reps, 'dana')?.name, 'Dana Whitfield');
    assert.strictEqual(findRep(reps, 'Nobody'), undefined);
    assert.strictEqual(findRep(reps, '   '), undefined, 'a blank name names nobody');
  });

  it("prefers a rep's own name to another rep's alias, whatever the order of the list", () => {
    assert.strictEqual(findRep(reps, 'D.  Whitfield')?.key, 'd. whitfield');
    assert.strictEqual(findRep([...reps].reverse(), 'D. Whitfield')?.key, 'd. whitfield');
  });
});
