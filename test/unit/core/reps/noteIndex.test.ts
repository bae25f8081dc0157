import * as assert from 'node:assert/strict';
import { NoteIndex, normaliseRepName, repKey } from '../../../../src/core/reps/noteIndex';
import { parseNote } from '../../../../src/core/note/parse';
import { buildRepOverview } from '../../../../src/core/reps/repOverview';
import { groupedByTeam, repSummaries, RosterMerge } from '../../../../src/core/reps/reps';
import { parseRoster } from '../../../../src/core/reps/roster';
import type { ParsedNote } from '../../../../src/core/note/model';

const TODAY = '2026-11-22';

/** A real note, parsed: `rep`/`date` undefined leaves the key out; items are task lines. */
function note(rep: string | undefined, date: string | undefined, items: readonly string[] = []): ParsedNote {
  const header = [
    rep === undefined ? null : `rep: ${rep}`,
    date === undefined ? null : `date: ${date}`,
  ].filter((line): line is string => line !== null);
  return parseNote(['---', ...header, '---', '', '## Follow-ups', '', ...items, ''].join('\n'));
}

describe('NoteIndex', () => {
  it('groups notes by rep whatever the spacing and case of the name', () => {
    const index = new NoteIndex();
    index.set('a.coach.md', note('Dana Whitfield', '2026-11-02'));
    index.set('b.coach.md', note('  dana   WHITFIELD ', '2026-11-09'));
    index.set('c.coach.md', note('Sam Ortiz', '2026-11-03'));
    assert.equal(index.size, 3);
    assert.equal(index.repGroup('DANA whitfield')?.size, 2);
    assert.equal(index.repGroup('Sam Ortiz')?.size, 1);
    assert.deepEqual([...(index.repGroup('dana whitfield')?.files ?? [])].sort(), [
      'a.coach.md',
      'b.coach.md',
    ]);
  });

  it('shows the rep name as written in the newest note, and follows it when that note changes', () => {
    const index = new NoteIndex();
    index.set('old.coach.md', note('dana whitfield', '2026-10-01'));
    index.set('new.coach.md', note('Dana  Whitfield', '2026-11-02'));
    assert.equal(index.repGroup('dana whitfield')?.name, 'Dana Whitfield');
    assert.equal(index.repGroup('dana whitfield')?.lastDate, '2026-11-02');

    index.delete('new.coach.md');
    assert.equal(index.repGroup('dana whitfield')?.name, 'dana whitfield');
    assert.equal(index.repGroup('dana whitfield')?.lastDate, '2026-10-01');

    index.set('old.coach.md', note('DANA WHITFIELD', '2026-10-01'));
    assert.equal(index.repGroup('dana whitfield')?.name, 'DANA WHITFIELD');
  });

  it('keeps open and overdue counts right through set, replace and delete', () => {
    const index = new NoteIndex();
    index.set(
      'a.coach.md',
      note('Dana', '2026-11-02', [
        '- [ ] late due:2026-11-17',
        '- [ ] due today due:2026-11-22',
        '- [ ] no date',
        '- [x] done and late due:2026-11-01',
        '- [>] carried and late due:2026-11-01',
        '- [-] cancelled and late due:2026-11-01',
      ]),
    );
    index.set('b.coach.md', note('Dana', '2026-11-09', ['- [ ] also late due:2026-11-20']));
    const dana = () => index.repGroup('Dana');
    assert.equal(dana()?.openItems, 4);
    assert.equal(dana()?.overdueItems(TODAY), 2);
    assert.equal(dana()?.overdueItems('2026-11-23'), 3, 'an item due today is overdue tomorrow');

    // The user ticks the late item in note a.
    index.set(
      'a.coach.md',
      note('Dana', '2026-11-02', [
        '- [x] late due:2026-11-17',
        '- [ ] due today due:2026-11-22',
        '- [ ] no date',
      ]),
    );
    assert.equal(dana()?.openItems, 3);
    assert.equal(dana()?.overdueItems(TODAY), 1);

    index.delete('b.coach.md');
    assert.equal(dana()?.openItems, 2);
    assert.equal(dana()?.overdueItems(TODAY), 0);
    assert.equal(dana()?.size, 1);
  });

  it('moves a note to another group when its rep is renamed, and drops empty groups', () => {
    const index = new NoteIndex();
    index.set('a.coach.md', note('Dana', '2026-11-02', ['- [ ] x due:2026-11-01']));
    index.set('a.coach.md', note('Sam', '2026-11-02', ['- [ ] x due:2026-11-01']));
    assert.equal(index.size, 1);
    assert.equal(index.repGroup('Dana'), undefined);
    assert.equal(index.repGroup('Sam')?.overdueItems(TODAY), 1);
    assert.equal([...index.repGroups()].length, 1);
    assert.equal(index.delete('a.coach.md'), true);
    assert.equal(index.delete('a.coach.md'), false);
    assert.equal(index.size, 0);
    assert.equal([...index.repGroups()].length, 0);
    assert.equal(index.get('a.coach.md'), undefined);
  });

  it('keeps notes without a valid rep under the no-rep group', () => {
    const index = new NoteIndex();
    index.set('broken.coach.md', parseNote('# no front matter\n\n- [ ] still counted due:2026-11-01\n'));
    index.set('blank.coach.md', note('"  "', '2026-11-02'));
    const noRep = index.repGroup(null);
    assert.equal(noRep?.key, null);
    assert.equal(noRep?.name, null);
    assert.equal(noRep?.size, 2);
    assert.equal(noRep?.overdueItems(TODAY), 1);
  });

  it('exposes every note by file and counts its revisions', () => {
    const index = new NoteIndex();
    const first = note('Dana', '2026-11-02');
    const before = index.revision;
    index.set('a.coach.md', first);
    assert.equal(index.get('a.coach.md'), first);
    assert.deepEqual([...index.notes.keys()], ['a.coach.md']);
    assert.ok(index.revision > before);
    index.clear();
    assert.equal(index.size, 0);
    assert.equal(index.repGroup('Dana'), undefined);
  });

  it('agrees with a full recount after a random sequence of edits', () => {
    // Deterministic pseudo-random edits over a few files and reps.
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const reps = ['Dana', 'dana', 'Sam Ortiz', 'Lena', undefined];
    const statuses = [' ', 'x', '>', '-'];
    const index = new NoteIndex();
    const truth = new Map<string, ParsedNote>();
    for (let step = 0; step < 400; step++) {
      const file = `n${random(12)}.coach.md`;
      if (random(5) === 0) {
        index.delete(file);
        truth.delete(file);
        continue;
      }
      const items = Array.from(
        { length: random(4) },
        (_, i) => `- [${statuses[random(4)] ?? ' '}] item ${i} due:2026-11-${String(10 + random(20))}`,
      );
      const parsed = note(reps[random(reps.length)], `2026-10-${String(10 + random(20))}`, items);
      index.set(file, parsed);
      truth.set(file, parsed);
    }
    const expected = new Map<
      string | null,
      { notes: number; open: number; overdue: number; last: string | null }
    >();
    for (const parsed of truth.values()) {
      const key = repKey(parsed.frontMatter.rep);
      const row = expected.get(key) ?? { notes: 0, open: 0, overdue: 0, last: null };
      row.notes++;
      for (const item of parsed.items) {
        if (item.status !== 'open') continue;
        row.open++;
        if (item.due !== null && item.due < TODAY) row.overdue++;
      }
      const date = parsed.frontMatter.date;
      if (date !== null && (row.last === null || date > row.last)) row.last = date;
      expected.set(key, row);
    }
    const actual = new Map(
      [...index.repGroups()].map((group) => [
        group.key,
        {
          notes: group.size,
          open: group.openItems,
          overdue: group.overdueItems(TODAY),
          last: group.lastDate,
        },
      ]),
    );
    assert.deepEqual(actual, expected);
  });
});

describe('rep names', () => {
  it('normalises spacing for display and folds case for the key', () => {
    assert.equal(normaliseRepName('  Dana \t Whitfield '), 'Dana Whitfield');
    assert.equal(normaliseRepName('   '), null);
    assert.equal(normaliseRepName(null), null);
    assert.equal(repKey('Dana  WHITFIELD'), 'dana whitfield');
    assert.equal(repKey('Jose\u0301'), repKey('Jos\u00e9'), 'composed and decomposed accents are one rep');
  });
});

describe('repSummaries', () => {
  it('gives one row per rep sorted by name, case-insensitively, and notes without a rep last', () => {
    const index = new NoteIndex();
    index.set('z.coach.md', note('zoe Park', '2026-11-01', ['- [ ] a due:2026-11-30']));
    index.set('b1.coach.md', note('Ben Adams', '2026-11-02', ['- [ ] late due:2026-11-10', '- [x] done']));
    index.set('b2.coach.md', note('ben adams', '2026-11-09', ['- [ ] open']));
    index.set('a.coach.md', note('anna Lee', undefined, ['- [ ] x']));
    index.set('broken.coach.md', parseNote('no front matter\n- [ ] late due:2026-11-01\n'));
    assert.deepEqual(repSummaries(index, TODAY), [
      { rep: 'anna Lee', notes: 1, lastDate: null, open: 1, overdue: 0, team: null, oneOnOneLate: false },
      {
        rep: 'ben adams',
        notes: 2,
        lastDate: '2026-11-09',
        open: 2,
        overdue: 1,
        team: null,
        oneOnOneLate: true,
      },
      {
        rep: 'zoe Park',
        notes: 1,
        lastDate: '2026-11-01',
        open: 1,
        overdue: 0,
        team: null,
        oneOnOneLate: true,
      },
      { rep: null, notes: 1, lastDate: null, open: 1, overdue: 1, team: null, oneOnOneLate: false },
    ]);
  });

  it('has no no-rep row when every note has a rep, and no rows for an empty index', () => {
    const index = new NoteIndex();
    assert.deepEqual(repSummaries(index, TODAY), []);
    index.set('a.coach.md', note('Dana', '2026-11-02'));
    assert.deepEqual(
      repSummaries(index, TODAY).map((row) => row.rep),
      ['Dana'],
    );
  });

  it('merges aliases into the roster name, lists roster reps without notes, sorted by name; groupedByTeam orders by team', () => {
    const index = new NoteIndex();
    index.set('d1.coach.md', note('Dana', '2026-11-03', ['- [ ] late due:2026-11-10']));
    index.set('d2.coach.md', note('dana whitfield', '2026-11-17', ['- [ ] open']));
    index.set('z.coach.md', note('Zoe Park', '2026-11-20'));
    index.set('broken.coach.md', parseNote('no front matter\n'));
    const roster = parseRoster(
      [
        '- name: Dana Whitfield',
        '  team: West',
        '  aliases: [Dana]',
        '- name: Lena Fischer',
        '  team: East',
        '- name: Al Brook',
      ].join('\n'),
    );
    const rows = repSummaries(index, TODAY, roster);
    assert.deepEqual(rows, [
      { rep: 'Al Brook', notes: 0, lastDate: null, open: 0, overdue: 0, team: null, oneOnOneLate: true },
      {
        rep: 'Dana Whitfield',
        notes: 2,
        lastDate: '2026-11-17',
        open: 2,
        overdue: 1,
        team: 'West',
        oneOnOneLate: false,
      },
      {
        rep: 'Lena Fischer',
        notes: 0,
        lastDate: null,
        open: 0,
        overdue: 0,
        team: 'East',
        oneOnOneLate: true,
      },
      {
        rep: 'Zoe Park',
        notes: 1,
        lastDate: '2026-11-20',
        open: 0,
        overdue: 0,
        team: null,
        oneOnOneLate: false,
      },
      { rep: null, notes: 1, lastDate: null, open: 0, overdue: 0, team: null, oneOnOneLate: false },
    ]);
    assert.deepEqual(
      groupedByTeam(rows).map((row) => row.rep),
      ['Lena Fischer', 'Dana Whitfield', 'Al Brook', 'Zoe Park', null],
    );
  });

  it('flags a late 1:1 exactly as the Reps tree does', () => {
    const index = new NoteIndex();
    const notes = {
      'a.coach.md': note('Ana', '2026-11-12'),
      'b1.coach.md': note('Bo', '2026-11-01'),
      'b2.coach.md': note('Bo', '2026-11-20'),
      'c.coach.md': parseNote('---\nrep: Cy\ndate: 2026-11-18\nnext: 2026-11-21\n---\n'),
      'd.coach.md': parseNote('---\nrep: Di\ndate: 2026-11-18\nnext: 2026-11-30\n---\n'),
    };
    for (const [file, parsed] of Object.entries(notes)) index.set(file, parsed);
    const roster = parseRoster('- name: Ana\n  cadenceDays: 14\n');
    const rows = repSummaries(index, TODAY, roster);
    assert.deepEqual(
      rows.map((row) => [row.rep, row.oneOnOneLate]),
      [
        ['Ana', false],
        ['Bo', false],
        ['Cy', true],
        ['Di', false],
      ],
    );
    // The tree's overview of the same notes says the same.
    for (const row of rows) {
      const entries = Object.entries(notes)
        .filter(([, parsed]) => repKey(parsed.frontMatter.rep ?? '') === repKey(row.rep ?? ''))
        .map(([file, parsed]) => ({ file, note: parsed }));
      const entry = roster.entries.find((candidate) => candidate.name === row.rep) ?? null;
      const overview = buildRepOverview(repKey(row.rep) ?? '', row.rep ?? '', entries, entry, TODAY);
      assert.equal(row.oneOnOneLate, overview.oneOnOneOverdue, String(row.rep));
    }
    assert.equal(repSummaries(index, '2026-11-27', roster)[0]?.oneOnOneLate, true, 'Ana after 14 days');
  });
});

describe('RosterMerge: the one roster merge of the Reps tree, `reps` and `history`', () => {
  const roster = parseRoster(
    ['- name: Dana Whitfield', '  aliases: [Dana, D. W.]', '- name: Al Brook'].join('\n'),
  );
  const index = new NoteIndex();
  index.set('d1.coach.md', note('Dana', '2026-11-03'));
  index.set('d2.coach.md', note('D. W.', '2026-11-10'));
  index.set('d3.coach.md', note('dana  whitfield', '2026-11-17'));
  index.set('z.coach.md', note('Zoe Park', '2026-11-20'));
  index.set('broken.coach.md', parseNote('no front matter\n'));
  const merge = new RosterMerge(roster);

  it('keys the notes of every alias by the roster name, and any other name by itself', () => {
    assert.equal(merge.repKeyOf('dana'), 'dana whitfield');
    assert.equal(merge.repKeyOf('d. w.'), 'dana whitfield');
    assert.equal(merge.repKeyOf('dana whitfield'), 'dana whitfield');
    assert.equal(merge.repKeyOf('zoe park'), 'zoe park');
    assert.deepEqual([...merge.repKeys(index)].sort(), ['al brook', 'dana whitfield', 'zoe park']);
  });

  it('gives a rep the notes of its name and of every alias, under the roster name', () => {
    const dana = merge.rep(index, 'dana');
    assert.equal(dana?.key, 'dana whitfield');
    assert.equal(dana?.name, 'Dana Whitfield');
    assert.deepEqual(dana?.groups.flatMap((group) => [...group.files]).sort(), [
      'd1.coach.md',
      'd2.coach.md',
      'd3.coach.md',
    ]);
    assert.deepEqual(merge.rep(index, 'al brook')?.groups, [], 'a roster rep without notes is a rep');
    assert.equal(merge.rep(index, 'zoe park')?.name, 'Zoe Park');
    assert.equal(merge.rep(index, 'nobody'), undefined);
  });

  it('builds the Reps tree overview and the `reps` row of a rep from the same notes', () => {
    const dana = merge.rep(index, 'dana');
    assert.ok(dana);
    const overview = buildRepOverview(
      dana.key,
      dana.name,
      dana.groups.flatMap((group) => [...group.entries]),
      dana.roster,
      TODAY,
    );
    const row = repSummaries(index, TODAY, roster).find((summary) => summary.rep === 'Dana Whitfield');
    assert.equal(overview.notes.length, 3);
    assert.equal(row?.notes, overview.notes.length);
    assert.equal(row?.lastDate, overview.lastDate);
  });
});
