import * as assert from 'assert';
import fc from 'fast-check';
import {
  carriedItemLine,
  carriedItemLines,
  planCarryOver,
  type CarryOverPlan,
} from '../../../../src/core/newNote/carryOver';
import type { TextEdit } from '../../../../src/core/edits/itemEdits';
import type { ParsedNote } from '../../../../src/core/note/model';
import { buildNewNote } from '../../../../src/core/newNote/newNote';
import { parseNote } from '../../../../src/core/note/parse';
import { isPrivateItem, isPrivateLine } from '../../../../src/core/note/privacy';

/** Applies single-line edits to a text with any line endings, keeping each line's own ending. */
function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const parts = text.split(/(\r\n|\r|\n)/u); // lines at even indexes, their endings at odd ones
  for (const edit of edits) {
    assert.strictEqual(edit.range.start.line, edit.range.end.line, 'a carry edit stays on one line');
    const index = edit.range.start.line * 2;
    const line = parts[index];
    parts[index] =
      line.slice(0, edit.range.start.character) + edit.newText + line.slice(edit.range.end.character);
  }
  return parts.join('');
}

function plan(text: string): CarryOverPlan {
  return planCarryOver(parseNote(text), text);
}

const NOTE = `---
rep: Dana Whitfield
date: 2026-11-17
---

# 1:1 with Dana

- [ ] Before any section: read the account plan @dana

## Root cause

Discovery stops at the technical fit.

## Agreed goals

- [ ] Multi-thread Halvorsen @dana due:2026-12-05
- [x] Rewrite the mutual action plan
- [?] Run the discovery checklist on 6 of 6 calls @dana due:2026-12-31

## Follow-ups

- [ ] Introduce Dana to the reference customer @priya due:2026-11-21
- [-] Book the on-site (they went remote) @dana
- [>] Rework the MAP template @dana due:2026-11-20
- [ ] Send pricing 📅 2026-11-28 @dana
- [X] Share the demo recording

## Pipeline

- [ ] Update the Acme close date [due:: 2026-11-30]
`;

describe('carry-over', () => {
  it('carries every open item, unknown boxes included, and leaves done, cancelled and carried ones', () => {
    const { goals, followUps } = plan(NOTE);
    assert.deepStrictEqual(
      goals.map((item) => item.text),
      [
        'Multi-thread Halvorsen @dana due:2026-12-05',
        'Run the discovery checklist on 6 of 6 calls @dana due:2026-12-31',
      ],
    );
    assert.deepStrictEqual(
      followUps.map((item) => item.text),
      [
        'Before any section: read the account plan @dana',
        'Introduce Dana to the reference customer @priya due:2026-11-21',
        'Send pricing 📅 2026-11-28 @dana',
        'Update the Acme close date [due:: 2026-11-30]',
      ],
    );
  });

  it('puts goals under Agreed goals and items from every other place under Follow-ups', () => {
    const { goals, followUps } = plan(NOTE);
    assert.ok(goals.every((item) => item.kind === 'goal'));
    assert.ok(followUps.every((item) => item.kind === 'follow-up'));
    // Items before the first section and in a free section (## Pipeline) are follow-ups.
    assert.deepStrictEqual(
      followUps.map((item) => item.sourceLine),
      [7, 21, 24, 29],
    );
  });

  it('keeps text, owner and due date exactly, so the new copy parses to the same item', () => {
    const { goals, followUps } = plan(NOTE);
    const copies = parseNote(['## Follow-ups', ...[...goals, ...followUps].map(carriedItemLine)].join('\n'));
    const originals = parseNote(NOTE).items.filter((item) => item.status === 'open');
    assert.deepStrictEqual(
      copies.items.map((item) => [item.text, item.owner, item.due, item.status]),
      [
        ...originals.filter((item) => item.kind === 'goal'),
        ...originals.filter((item) => item.kind === 'follow-up'),
      ].map((item) => [item.text, item.owner, item.due, 'open']),
    );
  });

  it('marks each carried item [>] in the old note by changing only its box character', () => {
    const { edits } = plan(NOTE);
    const after = applyEdits(NOTE, edits);
    const before = NOTE.split('\n');
    const changed = after.split('\n').flatMap((line, index) => (line === before[index] ? [] : [index]));
    assert.deepStrictEqual(changed, [7, 15, 17, 21, 24, 29]);
    for (const line of changed) {
      assert.strictEqual(after.split('\n')[line], before[line].replace(/\[[ ?]\]/u, '[>]'));
    }
    for (const edit of edits) {
      assert.strictEqual(edit.range.end.character - edit.range.start.character, 1);
      assert.strictEqual(edit.newText, '>');
    }
    const reparsed = parseNote(after);
    assert.strictEqual(reparsed.items.filter((item) => item.status === 'open').length, 0);
    assert.deepStrictEqual(
      reparsed.diagnostics.map((diagnostic) => diagnostic.code),
      [],
      'the unknown box is gone once carried',
    );
  });

  it('edits a CRLF note at the same lines and columns, leaving its line endings alone', () => {
    const crlf = NOTE.replace(/\n/gu, '\r\n');
    const { edits, goals, followUps } = plan(crlf);
    assert.deepStrictEqual(edits, plan(NOTE).edits);
    assert.ok([...goals, ...followUps].every((item) => !item.text.includes('\r')));
    const after = applyEdits(crlf, edits);
    assert.strictEqual(after, applyEdits(NOTE, edits).replace(/\n/gu, '\r\n'));
  });

  it('handles a note with a byte order mark and old Mac line endings', () => {
    const text = '\ufeff---\rrep: Dana\rdate: 2026-11-17\r---\r## Follow-ups\r- [ ] Call legal @me\r';
    const { followUps, edits } = plan(text);
    assert.deepStrictEqual(
      followUps.map((item) => item.text),
      ['Call legal @me'],
    );
    assert.deepStrictEqual(edits[0].range, {
      start: { line: 5, character: 3 },
      end: { line: 5, character: 4 },
    });
  });

  it('keeps nested items nested under their carried parent, and lifts those whose parent stays', () => {
    const text = [
      '## Agreed goals',
      '- [ ] Multi-thread Acme @dana',
      '  - [ ] Meet the CFO due:2026-11-30',
      '  - [x] Find the champion',
      '    - [ ] Thank the champion',
      '\t- [ ] Map the buying committee',
      '- [x] Rewrite the MAP',
      '  - [ ] Send it to Acme',
      '    - [ ] Ask for their comments',
      '## Follow-ups',
      '> - [ ] Quoted follow-up',
      '>   - [ ] Quoted child',
    ].join('\n');
    const { goals, followUps } = plan(text);
    assert.deepStrictEqual(
      goals.map((item) => [item.text, item.depth]),
      [
        ['Multi-thread Acme @dana', 0],
        ['Meet the CFO due:2026-11-30', 1],
        ['Thank the champion', 1],
        ['Map the buying committee', 1],
        ['Send it to Acme', 0],
        ['Ask for their comments', 1],
      ],
    );
    assert.deepStrictEqual(
      followUps.map((item) => [item.text, item.depth]),
      [
        ['Quoted follow-up', 0],
        ['Quoted child', 1],
      ],
    );
    assert.deepStrictEqual(goals.map(carriedItemLine), [
      '- [ ] Multi-thread Acme @dana',
      '  - [ ] Meet the CFO due:2026-11-30',
      '  - [ ] Thank the champion',
      '  - [ ] Map the buying committee',
      '- [ ] Send it to Acme',
      '  - [ ] Ask for their comments',
    ]);
    // The copies nest the same way when the new note is parsed.
    const copies = parseNote(['## Agreed goals', ...goals.map(carriedItemLine)].join('\n')).items;
    assert.deepStrictEqual(
      copies.map((item) => item.indent),
      [0, 2, 2, 2, 0, 2],
    );
  });

  it('does not nest an indented item under an item whose list ended before it', () => {
    const text = [
      '## Follow-ups',
      '- [ ] Call legal',
      '',
      'A paragraph ends the list.',
      '',
      '  - [ ] Indented, but not inside the item above',
      '## Agreed goals',
      '  - [ ] Indented goal right after a heading',
    ].join('\n');
    const { goals, followUps } = plan(text);
    assert.deepStrictEqual(
      followUps.map((item) => item.depth),
      [0, 0],
    );
    assert.deepStrictEqual(
      goals.map((item) => item.depth),
      [0],
    );
  });

  it('ignores task-like lines in code blocks and in the front matter', () => {
    const text = [
      '---',
      'rep: Dana',
      'date: 2026-11-17',
      'note: "- [ ] not an item"',
      '---',
      '## Follow-ups',
      '```',
      '- [ ] inside a fence',
      '```',
      '- [ ] A real one',
    ].join('\n');
    const { followUps, edits } = plan(text);
    assert.deepStrictEqual(
      followUps.map((item) => item.text),
      ['A real one'],
    );
    assert.deepStrictEqual(
      edits.map((edit) => edit.range.start.line),
      [9],
    );
  });

  it('carries nothing from a note without open items', () => {
    const { goals, followUps, edits } = plan(
      '---\nrep: Dana\ndate: 2026-11-17\n---\n- [x] Done\n- [-] Dropped\n',
    );
    assert.deepStrictEqual([goals, followUps, edits], [[], [], []]);
  });

  it('writes an item with no text as a bare open box', () => {
    const { followUps } = plan('## Follow-ups\n- [ ]\n');
    assert.deepStrictEqual(followUps.map(carriedItemLine), ['- [ ]']);
  });

  it('on any note: marks exactly the open items carried and copies each of them once', () => {
    const line = fc.oneof(
      fc.constantFrom('## Agreed goals', '## Follow-ups', '## Notes', '', 'text', '```', '> quote'),
      fc
        .tuple(
          fc.constantFrom('', '  ', '    ', '\t', '> ', '>   '),
          fc.constantFrom('-', '*', '1.'),
          fc.constantFrom(' ', 'x', '-', '>', '?', 'X'),
          fc.constantFrom('Call @dana due:2026-11-20', 'Send 📅 2026-11-21', 'Plain', ''),
        )
        .map(([indent, bullet, box, text]) => `${indent}${bullet} [${box}] ${text}`),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        const text = lines.join(eol);
        const note = parseNote(text);
        const { goals, followUps, edits } = planCarryOver(note, text);
        const open = note.items.filter((item) => item.status === 'open');
        assert.strictEqual(goals.length + followUps.length, open.length);
        assert.strictEqual(edits.length, open.length);
        const after = parseNote(applyEdits(text, edits));
        assert.deepStrictEqual(
          after.items.map((item) => item.status),
          note.items.map((item) => (item.status === 'open' ? 'carried' : item.status)),
        );
        assert.ok([...goals, ...followUps].every((item) => item.depth >= 0 && item.depth <= open.length));
      }),
    );
  });
});

describe('carry-over of private items', () => {
  const PRIVATE_PARTS = `---
rep: Dana Whitfield
date: 2026-11-17
---

## Agreed goals

- [ ] Shared goal @dana

### Stretch (private)

- [ ] Private goal: lead the EMEA team

## Follow-ups

- [ ] Shared follow-up

### Notes (private)

- [ ] Ask how the move went

## Career (private)

- [ ] Introduce Dana to the PMM lead

## Notas privadas

- [ ] Preguntar por su padre

# Private

- [ ] Right under the level-1 heading

## Agreed goals

- [ ] A goal inside the level-1 private part
`;

  function newNoteFrom(text: string): ParsedNote {
    return parseNote(
      buildNewNote({
        rep: 'Dana Whitfield',
        date: '2026-11-24',
        carried: planCarryOver(parseNote(text), text),
      }).text,
    );
  }

  it('keeps every private item private, under a heading of the same name, and every shared item shared', () => {
    const { goals, followUps, privateGroups } = plan(PRIVATE_PARTS);
    assert.deepStrictEqual(
      [...goals, ...followUps].map((item) => item.text),
      ['Shared goal @dana', 'Shared follow-up'],
    );
    assert.deepStrictEqual(
      privateGroups.map((group) => [
        group.placement,
        group.headings.map((heading) => `${'#'.repeat(heading.level)} ${heading.text}`),
        group.items.map((item) => item.text),
      ]),
      [
        ['agreed-goals', ['### Stretch (private)'], ['Private goal: lead the EMEA team']],
        ['follow-ups', ['### Notes (private)'], ['Ask how the move went']],
        ['end', ['## Career (private)'], ['Introduce Dana to the PMM lead']],
        ['end', ['## Notas privadas'], ['Preguntar por su padre']],
        ['end', ['# Private'], ['Right under the level-1 heading']],
        ['end', ['# Private', '## Agreed goals'], ['A goal inside the level-1 private part']],
      ],
    );
    const created = newNoteFrom(PRIVATE_PARTS);
    assert.deepStrictEqual(
      created.items.map((item) => [item.text, item.kind, isPrivateItem(created, item)]),
      [
        ['Shared goal @dana', 'goal', false],
        ['Private goal: lead the EMEA team', 'goal', true],
        ['Shared follow-up', 'follow-up', false],
        ['Ask how the move went', 'follow-up', true],
        ['Introduce Dana to the PMM lead', 'follow-up', true],
        ['Preguntar por su padre', 'follow-up', true],
        ['Right under the level-1 heading', 'follow-up', true],
        ['A goal inside the level-1 private part', 'goal', true],
      ],
    );
    assert.deepStrictEqual(
      created.diagnostics.map((diagnostic) => diagnostic.code),
      [],
    );
  });

  it('carries the items of a private note into private Agreed goals and Follow-ups sections', () => {
    const text = [
      '---',
      'rep: Dana Whitfield',
      'date: 2026-11-17',
      'private: yes',
      '---',
      '## Agreed goals',
      '- [ ] Take two mornings a week for the hospital',
      '## Follow-ups',
      '- [ ] Check in about her father @priya',
    ].join('\n');
    const { goals, followUps, privateGroups } = plan(text);
    assert.deepStrictEqual([goals, followUps], [[], []]);
    assert.deepStrictEqual(
      privateGroups.map((group) => group.headings.map((heading) => heading.text)),
      [['Agreed goals (private)'], ['Follow-ups (private)']],
    );
    const created = newNoteFrom(text);
    assert.strictEqual(created.frontMatter.private, false, 'the new 1:1 itself stays shareable');
    assert.deepStrictEqual(
      created.items.map((item) => [item.kind, isPrivateItem(created, item)]),
      [
        ['goal', true],
        ['follow-up', true],
      ],
    );
  });
});

describe('carry-over of an item’s own lines', () => {
  it('copies continuation lines, plain sub-bullets and their text, re-indented under the copy', () => {
    const text = [
      '## Follow-ups',
      '- [ ] Send the pricing one-pager @dana',
      '  She wants the EMEA version,',
      'not the US one.',
      '',
      '  - ask finance for the FX table',
      '    (they sent it last quarter)',
      '  - [x] Draft it',
      '    draft notes stay with the done item',
      '  - [ ] Review it with legal',
      '    legal wants two days',
      '',
      '- [ ] Next item',
      '',
      'A paragraph after the list is not part of any item.',
    ].join('\n');
    const { followUps } = plan(text);
    assert.deepStrictEqual(followUps.map(carriedItemLines), [
      [
        '- [ ] Send the pricing one-pager @dana',
        '  She wants the EMEA version,',
        '  not the US one.',
        '',
        '  - ask finance for the FX table',
        '    (they sent it last quarter)',
      ],
      ['  - [ ] Review it with legal', '    legal wants two days'],
      ['- [ ] Next item'],
    ]);
  });

  it('re-indents the lines of an item lifted out of a parent that stays behind, and of quoted items', () => {
    const text = [
      '## Follow-ups',
      '- [x] Done parent',
      '    - [ ] Lifted child',
      '      child detail',
      '> - [ ] Quoted item',
      '>   quoted detail',
      '1. [ ] Numbered item',
      '   numbered detail',
    ].join('\n');
    assert.deepStrictEqual(plan(text).followUps.map(carriedItemLines), [
      ['- [ ] Lifted child', '  child detail'],
      ['- [ ] Quoted item', '  quoted detail'],
      ['- [ ] Numbered item', '   numbered detail'],
    ]);
  });

  it('stops at a heading, so a private part never rides along with a shared item', () => {
    const text = [
      '## Follow-ups',
      '- [ ] Shared item',
      '  shared detail',
      '  ### Notes (private)',
      '  private detail SECRET',
      '- [ ] Private item',
    ].join('\n');
    const note = parseNote(text);
    const { followUps, privateGroups } = planCarryOver(note, text);
    assert.deepStrictEqual(followUps.map(carriedItemLines), [['- [ ] Shared item', '  shared detail']]);
    assert.deepStrictEqual(
      privateGroups.map((group) => group.items.map(carriedItemLines)),
      [[['- [ ] Private item']]],
    );
  });

  it('indents a line that was text (quoted, or indented as code) so it cannot become a heading', () => {
    const text = ['## Follow-ups', '> - [ ] Quoted item', '>   ## Not a heading here', '- [ ] Next'].join(
      '\n',
    );
    const carried = plan(text);
    assert.deepStrictEqual(carried.followUps.map(carriedItemLines), [
      ['- [ ] Quoted item', '    ## Not a heading here'],
      ['- [ ] Next'],
    ]);
    const created = parseNote(buildNewNote({ rep: 'Dana', date: '2026-11-24', carried }).text);
    assert.deepStrictEqual(
      created.sections.map((section) => section.heading),
      ['Root cause', 'Strengths', 'Agreed goals', 'Follow-ups'],
    );
  });

  it('writes first lines only when an item’s own lines would change the new note’s headings or items', () => {
    // A code block the old note never closes: copied, it would hide the rest of the new note.
    const text = ['## Agreed goals', '- [ ] Goal', '  ```', '  half-written code', '## Follow-ups'].join(
      '\n',
    );
    const carried = plan(text);
    assert.deepStrictEqual(carried.goals[0].continuation, ['  ```', '  half-written code']);
    const created = buildNewNote({ rep: 'Dana', date: '2026-11-24', carried }).text;
    assert.ok(!created.includes('half-written'), created);
    assert.deepStrictEqual(
      parseNote(created).sections.map((section) => section.heading),
      ['Root cause', 'Strengths', 'Agreed goals', 'Follow-ups'],
    );
  });

  it('on any note: every copied line keeps its privacy, and every open item is written once', () => {
    const headingText = fc.constantFrom(
      'Notes (private)',
      'Private',
      'Agreed goals',
      'Follow-ups',
      'Plain',
      'Notas privadas',
    );
    const line = fc.oneof(
      fc
        .tuple(fc.integer({ min: 1, max: 4 }), headingText)
        .map(([level, title]) => `${'#'.repeat(level)} ${title} @@`),
      fc
        .tuple(fc.constantFrom('', '  ', '    ', '> '), fc.constantFrom(' ', 'x', '?'))
        .map(([indent, box]) => `${indent}- [${box}] item @@`),
      fc.constantFrom('  detail @@', 'lazy @@', '    - sub @@', '', '', '```', '> quoted @@', '  ## fake @@'),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 25 }), fc.boolean(), (lines, privateNote) => {
        let counter = 0;
        const body = lines.map((text) => text.replace('@@', () => `w${counter++}w`));
        const text = ['---', 'rep: Dana', 'date: 2026-11-17', `private: ${privateNote}`, '---', ...body].join(
          '\n',
        );
        const old = parseNote(text);
        const privateWords = new Map<string, boolean>();
        text.split('\n').forEach((source, index) => {
          for (const word of source.match(/w\d+w/gu) ?? []) privateWords.set(word, isPrivateLine(old, index));
        });
        const carried = planCarryOver(old, text);
        const created = parseNote(buildNewNote({ rep: 'Dana', date: '2026-11-24', carried }).text);
        const createdText = buildNewNote({ rep: 'Dana', date: '2026-11-24', carried }).text.split('\n');
        createdText.forEach((written, index) => {
          for (const word of written.match(/w\d+w/gu) ?? []) {
            assert.strictEqual(
              isPrivateLine(created, index),
              privateWords.get(word),
              `${word} in ${written}`,
            );
          }
        });
        const open = old.items.filter((item) => item.status === 'open');
        assert.deepStrictEqual(
          created.items.map((item) => item.text).sort(),
          open.map((item) => item.text).sort(),
        );
      }),
      { numRuns: 300 },
    );
  });
});
