import * as assert from 'assert';
import { loadRosterFile, parseRoster } from '../../../../src/core/reps/roster';
import type { NoteFileStat, NoteSource } from '../../../../src/core/files/noteSource';

/** A source that answers `stat` as told and fails the test if anything is read. */
function statOnly(stat: () => Promise<NoteFileStat>): Pick<NoteSource, 'stat' | 'readBytes'> {
  return { stat, readBytes: () => Promise.reject(new Error('must not read')) };
}

describe('roster (reps.yaml)', () => {
  it('reads a list of reps with team, role, cadence and aliases', () => {
    const roster = parseRoster(`# Team West
- name: Dana Whitfield
  team: West
  role: Account Executive
  cadenceDays: 14
  aliases:
    - Dana
- name: Marcus Oyelaran
  team: West
`);
    assert.deepStrictEqual(roster.diagnostics, []);
    assert.deepStrictEqual(roster.entries, [
      {
        name: 'Dana Whitfield',
        team: 'West',
        role: 'Account Executive',
        cadenceDays: 14,
        aliases: ['Dana'],
        line: 1,
      },
      { name: 'Marcus Oyelaran', team: 'West', role: null, cadenceDays: 7, aliases: [], line: 7 },
    ]);
  });

  it('also accepts the list under a `reps:` key', () => {
    const roster = parseRoster('reps:\n  - name: Ana\n  - name: Bo\n');
    assert.deepStrictEqual(
      roster.entries.map((entry) => entry.name),
      ['Ana', 'Bo'],
    );
  });

  it('reports bad entries at their line and keeps the good ones', () => {
    const roster = parseRoster(`- name: Ana
- team: East
- name: Bo
  cadenceDays: soon
- just a string
- name: Cy
  aliases: [Ana]
- name: Ana
- name: Di
  colour: blue
`);
    assert.deepStrictEqual(
      roster.entries.map((entry) => [entry.name, entry.cadenceDays]),
      [
        ['Ana', 7],
        ['Bo', 7],
        ['Di', 7],
      ],
    );
    const found = roster.diagnostics.map((diagnostic) => [
      diagnostic.range.start.line,
      diagnostic.severity,
      diagnostic.message,
    ]);
    assert.deepStrictEqual(
      found.map(([line, severity]) => [line, severity]),
      [
        [1, 'error'],
        [3, 'error'],
        [4, 'error'],
        [5, 'error'],
        [7, 'error'],
        [9, 'warning'],
      ],
    );
    assert.match(String(found[0]?.[2]), /no `name`/);
    assert.match(String(found[1]?.[2]), /cadenceDays/);
    assert.match(String(found[3]?.[2]), /`Ana` already names another rep/);
    assert.match(String(found[4]?.[2]), /listed twice/);
    assert.match(String(found[5]?.[2]), /Unknown roster key `colour`/);
  });

  it('reports YAML syntax errors with their line instead of throwing', () => {
    const roster = parseRoster('- name: Ana\n- name: [Bo\n');
    assert.strictEqual(roster.entries.length, 0);
    assert.ok(roster.diagnostics.length > 0);
    assert.ok(roster.diagnostics.every((diagnostic) => diagnostic.severity === 'error'));
  });

  it('refuses a roster that is not a list', () => {
    const roster = parseRoster('name: Ana\n');
    assert.strictEqual(roster.entries.length, 0);
    assert.match(roster.diagnostics[0]?.message ?? '', /should be a list/);
  });

  it('does not expand aliases and never touches Object.prototype', () => {
    const roster = parseRoster(`- &a { name: Ana, __proto__: { polluted: yes } }
- *a
- name: Bo
  <<: { team: East }
`);
    assert.strictEqual((Object.prototype as Record<string, unknown>)['polluted'], undefined);
    assert.deepStrictEqual(
      roster.entries.map((entry) => [entry.name, entry.team]),
      [
        ['Ana', null],
        ['Bo', null],
      ],
    );
    assert.ok(roster.diagnostics.some((diagnostic) => diagnostic.range.start.line === 1));
  });

  it('refuses a huge roster without parsing it', () => {
    const roster = parseRoster('- name: A\n'.repeat(40_000));
    assert.strictEqual(roster.entries.length, 0);
    assert.match(roster.diagnostics[0]?.message ?? '', /larger than/);
  });

  describe('loadRosterFile', () => {
    it('is null when there is no roster, or a folder of that name', async () => {
      const missing = Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      assert.strictEqual(
        await loadRosterFile(
          statOnly(() => Promise.reject(missing)),
          'reps.yaml',
        ),
        null,
      );
      const folder = statOnly(() => Promise.resolve({ kind: 'directory', size: 0, mtime: 1 }));
      assert.strictEqual(await loadRosterFile(folder, 'reps.yaml'), null);
    });

    it('never opens a FIFO or device, nor reads a file over the limit, and says why', async () => {
      const device = await loadRosterFile(
        statOnly(() => Promise.resolve({ kind: 'other', size: 0, mtime: 1 })),
        'reps.yaml',
      );
      assert.deepStrictEqual(
        device?.diagnostics.map((d) => d.code),
        ['not-regular-file'],
      );
      const huge = await loadRosterFile(
        statOnly(() => Promise.resolve({ kind: 'file', size: 64 * 1024 * 1024, mtime: 1 })),
        'reps.yaml',
      );
      assert.deepStrictEqual(
        huge?.diagnostics.map((d) => d.message),
        ['The file is 64.0 MB; rosters larger than 1.0 MB are not read.'],
      );
      const denied = Object.assign(new Error('EACCES'), { code: 'EACCES' });
      const locked = await loadRosterFile(
        statOnly(() => Promise.reject(denied)),
        'reps.yaml',
      );
      assert.deepStrictEqual(
        locked?.diagnostics.map((d) => d.message),
        ['The file could not be read (permission denied).'],
      );
    });

    it('parses a roster that can be read', async () => {
      const text = new TextEncoder().encode('- name: Dana Whitfield\n  team: EMEA\n');
      const roster = await loadRosterFile(
        {
          stat: () => Promise.resolve({ kind: 'file', size: text.length, mtime: 1 }),
          readBytes: () => Promise.resolve(text),
        },
        'reps.yaml',
      );
      assert.deepStrictEqual(
        roster?.entries.map((entry) => [entry.name, entry.team]),
        [['Dana Whitfield', 'EMEA']],
      );
    });
  });
});
