import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { ParsedNote } from '../../../../src/core/note/model';
import { isNoteSummary, NoteCache } from '../../../../src/core/files/cache';
import { parseNote } from '../../../../src/core/note/parse';

const ENGINE = '0.1.0';

const NOTE = parseNote(
  [
    '---',
    'rep: Dana Whitfield',
    'date: 2026-11-02',
    'type: weekly',
    'tags: [discovery, negotiation]',
    'region:',
    '  name: EMEA',
    '---',
    '',
    '## Follow-ups',
    '',
    '- [ ] Send pricing @dana due:2026-11-17',
    '- [?] odd box',
    '',
  ].join('\n'),
);

/** What a stored note comes back as: everything but the sections' texts. */
function summaryOf(note: ParsedNote): ParsedNote {
  return {
    ...note,
    sections: note.sections.map((section) => ({
      ...section,
      text: '',
      sharedText: section.sharedText === null ? null : '',
    })),
  };
}

function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

function cacheWithNote(): NoteCache {
  const cache = new NoteCache(ENGINE);
  cache.store('team/dana/2026-11-02.coach.md', { size: 120, mtime: 1_790_000_000_000.5 }, NOTE);
  return cache;
}

describe('NoteCache', () => {
  it('answers only for the same size and mtime', () => {
    const cache = cacheWithNote();
    const file = 'team/dana/2026-11-02.coach.md';
    assert.equal(cache.lookup(file, { size: 120, mtime: 1_790_000_000_000.5 }), NOTE);
    assert.equal(cache.lookup(file, { size: 121, mtime: 1_790_000_000_000.5 }), undefined);
    assert.equal(cache.lookup(file, { size: 120, mtime: 1_790_000_000_001 }), undefined);
    assert.equal(cache.lookup('other.coach.md', { size: 120, mtime: 1_790_000_000_000.5 }), undefined);
  });

  it('answers only for the same ctime where the host knows it: an edit that kept size and mtime', () => {
    const cache = new NoteCache(ENGINE);
    cache.store('n.coach.md', { size: 120, mtime: 5, ctime: 7 }, NOTE);
    assert.equal(cache.lookup('n.coach.md', { size: 120, mtime: 5, ctime: 7 }), NOTE);
    assert.equal(cache.lookup('n.coach.md', { size: 120, mtime: 5, ctime: 9 }), undefined);
    assert.equal(cache.lookup('n.coach.md', { size: 120, mtime: 5 }), undefined);
    const restored = NoteCache.deserialise(cache.serialise(), ENGINE);
    assert.deepEqual(
      plain(restored.lookup('n.coach.md', { size: 120, mtime: 5, ctime: 7 })),
      plain(summaryOf(NOTE)),
    );
    assert.equal(restored.lookup('n.coach.md', { size: 120, mtime: 5, ctime: 8 }), undefined);
  });

  it('survives a round trip through JSON text as a summary: the same notes without section texts', () => {
    const restored = NoteCache.deserialise(cacheWithNote().serialise(), ENGINE);
    assert.equal(restored.size, 1);
    const note = restored.lookup('team/dana/2026-11-02.coach.md', { size: 120, mtime: 1_790_000_000_000.5 });
    assert.ok(note);
    assert.deepEqual(plain(note), plain(summaryOf(NOTE)));
    assert.equal(isNoteSummary(note), true, 'marked, so that the history views read the file again');
    assert.equal(isNoteSummary(NOTE), false);
    // The parser's maps have no prototype; so do the restored ones.
    assert.equal(Object.getPrototypeOf(note?.frontMatter.extra), null);
    assert.equal(Object.getPrototypeOf(note?.frontMatter.keyLines), null);
    assert.equal(Object.getPrototypeOf(note?.frontMatter.extra.region), null);
    assert.equal(note?.frontMatter.keyLines.rep, 1);
  });

  it('keeps a file named like an object key as an ordinary file', () => {
    const cache = new NoteCache(ENGINE);
    cache.store('__proto__', { size: 1, mtime: 2 }, NOTE);
    const restored = NoteCache.deserialise(cache.serialise(), ENGINE);
    assert.equal(restored.lookup('__proto__', { size: 1, mtime: 2 })?.frontMatter.rep, 'Dana Whitfield');
  });

  it('drops a cache written by another engine version or of another kind', () => {
    const text = cacheWithNote().serialise();
    assert.equal(NoteCache.deserialise(text, '0.2.0').size, 0);
    const data = JSON.parse(text) as Record<string, unknown>;
    assert.equal(NoteCache.fromJSON({ ...data, format: 999 }, ENGINE).size, 0);
    assert.equal(NoteCache.fromJSON({ ...data, kind: 'something-else' }, ENGINE).size, 0);
    assert.equal(NoteCache.fromJSON({ ...data, entries: {} }, ENGINE).size, 0);
  });

  it('ignores text that is not JSON at all', () => {
    for (const text of ['', '{', 'null', '[]', '"cache"', '{"kind":1}', '\u0000\u0001']) {
      assert.equal(NoteCache.deserialise(text, ENGINE).size, 0, JSON.stringify(text));
    }
  });

  it('stores less than the note text itself', () => {
    const text = [
      '---',
      'rep: Dana Whitfield',
      'date: 2026-11-02',
      '---',
      '',
      '## Root cause',
      '',
      'Discovery calls stay on features; '.repeat(20),
      '',
      '## Follow-ups',
      '',
      '- [ ] Send pricing @dana due:2026-11-17',
      '',
    ].join('\n');
    const cache = new NoteCache(ENGINE);
    cache.store('n.coach.md', { size: text.length, mtime: 1 }, parseNote(text));
    assert.ok(cache.serialise().length < text.length, `${cache.serialise().length} < ${text.length}`);
  });

  it('drops the whole stored cache when any row is damaged: it is rebuilt from the files', () => {
    const good = JSON.parse(cacheWithNote().serialise()) as { entries: unknown[][] };
    const [row] = good.entries;
    assert.ok(row);
    const note = row[4] as unknown[];
    const withField = (index: number, value: unknown) =>
      note.map((field, at) => (at === index ? value : field));
    const items = note[11] as unknown[][];
    const withItemField = (index: number, value: unknown) =>
      withField(11, [items[0]?.map((field, at) => (at === index ? value : field))]);
    const damaged: unknown[] = [
      ['bad-date.coach.md', 1, 1, null, withField(2, '2026-02-30')],
      ['bad-type.coach.md', 1, 1, null, withField(3, 'monthly')],
      ['no-items.coach.md', 1, 1, null, withField(11, null)],
      ['bad-status.coach.md', 1, 1, null, withItemField(4, 'maybe')],
      // After the good row's dates were found valid (and remembered): a bad one is still caught.
      ['bad-due.coach.md', 1, 1, null, withItemField(6, '2026-11-31')],
      ['due-not-text.coach.md', 1, 1, null, withItemField(6, 20261101)],
      ['bad-line.coach.md', 1, 1, null, withItemField(0, -1)],
      ['bad-diagnostic.coach.md', 1, 1, null, withField(13, [['x']])],
      ['bad-size.coach.md', -1, 1, null, note],
      ['bad-mtime.coach.md', 1, 'yesterday', null, note],
      [42, 1, 1, null, note],
      ['bad-ctime.coach.md', 1, 1, 'now', note],
      'not a row',
      ['short.coach.md', 1, 1, null],
      ['old-format.coach.md', 1, 1, { frontMatter: {} }],
    ];
    assert.equal(NoteCache.fromJSON(good, ENGINE).size, 1);
    for (const bad of damaged) {
      const cache = NoteCache.fromJSON({ ...good, entries: [row, bad] }, ENGINE);
      assert.equal(cache.size, 0, JSON.stringify(bad).slice(0, 60));
    }
  });

  it('drops, never throws on, a cache tampered with 10,000 levels of nesting', () => {
    const good = cacheWithNote().serialise();
    const deep = (levels: number) => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);
    const deepList = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
    for (const [where, tampered] of [
      ['extra', good.replace('{"region":{', `{"deep":${deep(10_000)},"region":{`)],
      ['a tag', good.replace('["discovery",', `[${deepList(10_000)},"discovery",`)],
      ['the row', good.replace('"entries":[', `"entries":[${deepList(100_000)},`)],
    ] as const) {
      assert.notEqual(tampered, good, where);
      assert.equal(NoteCache.deserialise(tampered, ENGINE).size, 0, where);
    }
    // Nesting as deep as front matter allows is kept.
    const allowed = good.replace('{"region":{', `{"deep":${deep(60)},"region":{`);
    assert.notEqual(allowed, good);
    assert.equal(NoteCache.deserialise(allowed, ENGINE).size, 1);
  });

  it('never throws on arbitrary JSON', () => {
    const base = JSON.parse(cacheWithNote().serialise()) as Record<string, unknown>;
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (anything, entry) => {
        NoteCache.fromJSON(anything, ENGINE);
        NoteCache.fromJSON({ ...base, entries: [entry, ['f', 1, 1, null, entry]] }, ENGINE);
      }),
      { numRuns: 300 },
    );
  });

  it('forgets deleted files', () => {
    const cache = cacheWithNote();
    cache.store('b.coach.md', { size: 1, mtime: 1 }, NOTE);
    cache.retainOnly(new Set(['b.coach.md']));
    assert.equal(cache.size, 1);
    assert.equal(cache.delete('b.coach.md'), true);
    assert.equal(cache.size, 0);
  });
});
