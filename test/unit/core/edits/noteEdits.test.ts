// The quick fixes' front matter edits, reschedule on malformed due tokens, the item an edit targets,
// and which lines Toggle Task Done may touch: each checked on the note a user would have afterwards.
import * as assert from 'assert';
import { closeFrontMatterEdit, replaceValueEdit } from '../../../../src/core/edits/frontMatterEdits';
import { findPickedItem, pickOf, planItemEdit, rescheduleEdit } from '../../../../src/core/edits/itemEdits';
import { editableBodyLines, parseNote } from '../../../../src/core/note/parse';
import { applyTextEdits, hasLineEndingsEditorsNormalise } from '../../../../src/core/edits/textEdits';
import { splitLines } from '../../../../src/core/base/text';

function closed(text: string): string {
  return applyTextEdits(text, [closeFrontMatterEdit(splitLines(text), '\n')]);
}

describe('front matter edits', () => {
  describe('closing an unclosed front matter', () => {
    it('closes before follow-ups that come right after it, so no item is lost', () => {
      const text = [
        '---',
        'rep: Dana',
        'date: 2026-11-17',
        '- [ ] Send pricing @dana due:2026-11-20',
        '- [ ] Call legal @me',
        '',
      ].join('\n');
      assert.strictEqual(parseNote(text).items.length, 2);
      const after = closed(text);
      assert.strictEqual(
        after,
        '---\nrep: Dana\ndate: 2026-11-17\n---\n- [ ] Send pricing @dana due:2026-11-20\n- [ ] Call legal @me\n',
      );
      const note = parseNote(after);
      assert.strictEqual(note.items.length, 2);
      assert.deepStrictEqual(note.diagnostics, []);
    });

    it('keeps comments, lists and indented lines of the front matter inside it', () => {
      const text = [
        '---',
        'rep: Dana # the rep',
        '#private: true',
        'tags:',
        '- pricing',
        '  - nested',
        '',
        '# moved here by hand',
        'date: 2026-11-17',
        '## Follow-ups',
        '- [ ] Call legal',
        'Context: the call ran late',
      ].join('\n');
      const lines = splitLines(closed(text));
      assert.strictEqual(lines[9], '---');
      assert.deepStrictEqual(lines.slice(10), [
        '## Follow-ups',
        '- [ ] Call legal',
        'Context: the call ran late',
      ]);
      const note = parseNote(closed(text));
      assert.strictEqual(note.frontMatter.date, '2026-11-17');
      assert.deepStrictEqual(note.frontMatter.tags, ['pricing - nested']);
      assert.strictEqual(note.items.length, 1);
    });

    it('never takes a heading, prose or a task item into the front matter', () => {
      const cases: [string, string][] = [
        [
          '---\nrep: Dana\n# 1:1 with Dana\nWe talked.\n',
          '---\nrep: Dana\n---\n# 1:1 with Dana\nWe talked.\n',
        ],
        ['---\nrep: Dana\n\nSome prose: with a colon\n', '---\nrep: Dana\n---\n\nSome prose: with a colon\n'],
        ['---\nrep: Dana\ndate: 2026-11-17', '---\nrep: Dana\ndate: 2026-11-17\n---'],
        ['---\n- [ ] first\n', '---\n---\n- [ ] first\n'],
        ['---\nrep: Dana\n- not a list after a value\n', '---\nrep: Dana\n---\n- not a list after a value\n'],
      ];
      for (const [text, expected] of cases) assert.strictEqual(closed(text), expected, JSON.stringify(text));
    });

    it('uses the note’s line ending and touches no other line', () => {
      const text = '---\r\nrep: Dana\r\n- [ ] Call\r\n';
      const edit = closeFrontMatterEdit(splitLines(text), '\r\n');
      assert.strictEqual(applyTextEdits(text, [edit]), '---\r\nrep: Dana\r\n---\r\n- [ ] Call\r\n');
    });
  });

  describe('replacing a value', () => {
    const fix = (line: string, key: string, value: string) => {
      const edit = replaceValueEdit([line], 0, key, value);
      return edit ? applyTextEdits(line, [edit]) : null;
    };

    it('keeps a trailing comment', () => {
      assert.strictEqual(
        fix('date: 2026-13-01 # from the invite', 'date', '2026-11-22'),
        'date: 2026-11-22 # from the invite',
      );
      assert.strictEqual(fix('type: weekyl\t# typo', 'type', 'weekly'), 'type: weekly\t# typo');
      assert.strictEqual(fix('next: "soon #1" # later', 'next', '2026-11-29'), 'next: 2026-11-29 # later');
      assert.strictEqual(fix("next: 'it''s # x'", 'next', '2026-11-29'), 'next: 2026-11-29');
      assert.strictEqual(fix('date:# nothing', 'date', '2026-11-22'), null);
      assert.strictEqual(fix('date: # nothing yet', 'date', '2026-11-22'), 'date: 2026-11-22 # nothing yet');
      assert.strictEqual(fix('date:', 'date', '2026-11-22'), 'date: 2026-11-22');
      assert.strictEqual(fix('type: [weekly', 'type', 'weekly'), 'type: weekly');
      assert.strictEqual(fix('date: a#b', 'date', '2026-11-22'), 'date: 2026-11-22');
    });

    it('refuses a value that runs on to the next lines, or another key', () => {
      assert.strictEqual(replaceValueEdit(['type: >', '  weekly'], 0, 'type', 'weekly'), null);
      assert.strictEqual(replaceValueEdit(['rep: Dana'], 0, 'date', '2026-11-22'), null);
    });
  });
});

describe('rescheduling a malformed due token', () => {
  const cases: [string, string][] = [
    ['- [ ] Call due:2026-11-200 @me', '- [ ] Call due:2026-12-01 @me'],
    ['- [ ] Call due:2026-11-18x', '- [ ] Call due:2026-12-01'],
    ['- [ ] Call due:2026-11-18T10:00 today', '- [ ] Call due:2026-12-01 today'],
    ['- [ ] Call [due:: 2026-11-18 later] @me', '- [ ] Call due:2026-12-01 @me'],
    ['- [ ] Call 📅 2026-11-31.', '- [ ] Call due:2026-12-01.'],
    ['- [ ] Call [due:: 2026-11-18', '- [ ] Call due:2026-12-01'],
  ];
  for (const [line, expected] of cases) {
    it(`replaces the whole token in "${line}"`, () => {
      const text = `---\nrep: Dana\ndate: 2026-11-17\n---\n${line}\n`;
      const note = parseNote(text);
      const item = note.items[0];
      assert.ok(item && item.due === null, 'the token is malformed');
      const edited = applyTextEdits(text, [rescheduleEdit(item, line, '2026-12-01')]);
      assert.strictEqual(splitLines(edited)[4], expected);
      const plan = planItemEdit(text, pickOf(note, item), { kind: 'due', due: '2026-12-01' });
      assert.ok(plan.ok);
      const after = parseNote(applyTextEdits(text, [plan.edit]));
      assert.strictEqual(after.items[0]?.due, '2026-12-01');
      assert.deepStrictEqual(
        after.diagnostics.map((diagnostic) => diagnostic.code),
        [],
      );
    });
  }

  it('refuses when the result would not read back as the new date', () => {
    // A second due token: the parser reads the first, so moving the (valid) second would not show.
    const text = '---\nrep: Dana\ndate: 2026-11-17\n---\n- [ ] Call due:2026-11-20\n';
    const note = parseNote(text);
    const item = note.items[0];
    assert.ok(item);
    const plan = planItemEdit(text, pickOf(note, item), { kind: 'due', due: '2026-13-01' });
    assert.deepStrictEqual(plan, { ok: false, reason: 'not-applicable' });
  });
});

describe('the item an edit targets', () => {
  const text = [
    '---',
    'rep: Dana',
    'date: 2026-11-17',
    '---',
    '- [ ] Call legal @me',
    '- [ ] Send pricing',
    '- [ ] Call legal @me',
    '',
  ].join('\n');

  it('of two identical items, edits the one picked, even after lines moved', () => {
    const note = parseNote(text);
    const second = note.items[2];
    assert.ok(second);
    const pick = pickOf(note, second);
    assert.strictEqual(findPickedItem(note, pick)?.line, 6);
    const moved = text.replace('---\n- [ ]', '---\nA new first line.\n\n- [ ]');
    assert.strictEqual(findPickedItem(parseNote(moved), pick)?.line, 8);
    // With the same line count, the first identical item now sits where the second was.
    const shifted = text
      .replace('- [ ] Send pricing\n', '')
      .replace('date: 2026-11-17\n', 'date: 2026-11-17\nx: 1\n');
    assert.strictEqual(findPickedItem(parseNote(shifted), pick)?.line, 6);
    assert.strictEqual(parseNote(shifted).items[0]?.line, 5);
  });

  it('refuses when the line no longer holds the item, its status changed, or a twin was added', () => {
    const note = parseNote(text);
    const pick = pickOf(note, note.items[0]);
    // The picked (first) one was marked done meanwhile: the other one is not it.
    assert.strictEqual(
      findPickedItem(
        parseNote(text.replace('- [ ] Call legal @me\n- [ ] Send', '- [x] Call legal @me\n- [ ] Send')),
        pick,
      ),
      undefined,
    );
    assert.strictEqual(
      findPickedItem(parseNote(text.replaceAll('- [ ] Call legal', '- [x] Call legal')), pick),
      undefined,
    );
    assert.strictEqual(findPickedItem(parseNote(`${text}- [ ] Call legal @me\n`), pick), undefined);
    assert.strictEqual(
      findPickedItem(parseNote(text.replaceAll('Call legal', 'Call finance')), pick),
      undefined,
    );
    const plan = planItemEdit(text.replaceAll('Call legal', 'Call finance'), pick, {
      kind: 'status',
      status: 'done',
    });
    assert.deepStrictEqual(plan, { ok: false, reason: 'item-changed' });
  });
});

describe('lines Toggle Task Done may touch', () => {
  it('leaves out front matter, code blocks, HTML comments, headings and thematic breaks', () => {
    const text = [
      '---', // 0
      'tags:',
      '- pricing',
      '---',
      '## Follow-ups', // 4
      '- plain line',
      '- - -',
      '* * *',
      '```',
      '- in code', // 9
      '```',
      '<!--',
      '- in a comment',
      '-->',
      '<!-- - one line -->', // 14
      '- [ ] item',
      '> - quoted',
      '',
    ].join('\n');
    assert.deepStrictEqual(
      [...editableBodyLines(text)].sort((a, b) => a - b),
      [5, 15, 16],
    );
  });
});

describe('raw text edits', () => {
  it('keep every line ending as written', () => {
    const text = '\ufeffa\rb\r\nc\nd';
    const edit = {
      range: { start: { line: 2, character: 0 }, end: { line: 2, character: 1 } },
      newText: 'C',
    };
    assert.strictEqual(applyTextEdits(text, [edit]), '\ufeffa\rb\r\nC\nd');
  });

  it('know which line endings VS Code would rewrite', () => {
    assert.strictEqual(hasLineEndingsEditorsNormalise('a\rb\r'), true);
    assert.strictEqual(hasLineEndingsEditorsNormalise('a\r\nb\nc'), true);
    assert.strictEqual(hasLineEndingsEditorsNormalise('a\r\nb\r\n'), false);
    assert.strictEqual(hasLineEndingsEditorsNormalise('a\nb\n'), false);
    assert.strictEqual(hasLineEndingsEditorsNormalise('a'), false);
  });
});
