import * as assert from 'assert';
import type { NoteItem, ParsedNote } from '../../../../src/core/note/model';
import { parseNote } from '../../../../src/core/note/parse';

const HEADER = ['---', 'rep: Dana', 'date: 2026-11-20', '---'];
/** Line number of the first body line in notes built by `body()`. */
const FIRST = HEADER.length;

function body(...lines: string[]): ParsedNote {
  return parseNote([...HEADER, ...lines].join('\n'));
}

function only(note: ParsedNote): NoteItem {
  assert.strictEqual(note.items.length, 1, `expected one item, got ${note.items.length}`);
  return note.items[0];
}

describe('parseNote: sections', () => {
  it('recognises the known sections case-insensitively with optional colon', () => {
    const note = body(
      '## Root cause',
      'a',
      '## STRENGTHS:',
      'b',
      '##   agreed   goals  ##',
      'c',
      '## Follow-ups',
      '## Follow ups',
      '## followups:',
      '## Wins',
    );
    assert.deepStrictEqual(
      note.sections.map((s) => s.kind),
      ['root-cause', 'strengths', 'agreed-goals', 'follow-ups', 'follow-ups', 'follow-ups', 'other'],
    );
    assert.deepStrictEqual(
      note.sections.map((s) => s.heading),
      ['Root cause', 'STRENGTHS:', 'agreed   goals', 'Follow-ups', 'Follow ups', 'followups:', 'Wins'],
    );
  });

  it('marks a heading ending in (private) as private', () => {
    const note = body(
      '## Root cause (private)',
      '## Strengths (Private):',
      '## Strengths: (private)',
      '## Strengths',
    );
    assert.deepStrictEqual(
      note.sections.map((s) => [s.kind, s.private]),
      [
        ['root-cause', true],
        ['strengths', true],
        ['strengths', true],
        ['strengths', false],
      ],
    );
  });

  it('ends a section at the next level-1 or level-2 heading, not at level 3', () => {
    const note = body(
      '## Strengths',
      'Good opener.',
      '### Detail',
      'More.',
      '# Appendix',
      'x',
      '## Follow-ups',
      'y',
    );
    assert.deepStrictEqual(
      note.sections.map((s) => [s.kind, s.headingLine, s.endLine]),
      [
        ['strengths', FIRST, FIRST + 4],
        ['follow-ups', FIRST + 6, FIRST + 8],
      ],
    );
    assert.strictEqual(note.sections[0].text, 'Good opener.\n### Detail\nMore.');
  });

  it('trims section text and normalises line endings', () => {
    const note = parseNote(
      [...HEADER, '## Strengths', '', '  Clear agenda.', 'Listens.', '', ''].join('\r\n'),
    );
    assert.strictEqual(note.sections[0].text, 'Clear agenda.\nListens.');
  });

  it('applies ATX heading rules: up to 3 spaces, a space after the #s, at most 6 #s', () => {
    const note = body(
      '   ## Strengths',
      '    ## Indented code',
      '##Strengths',
      '####### Seven',
      '## Follow-ups #',
      '#',
    );
    assert.deepStrictEqual(
      note.sections.map((s) => [s.headingLine, s.heading]),
      [
        [FIRST, 'Strengths'],
        [FIRST + 4, 'Follow-ups'],
      ],
    );
    assert.strictEqual(note.sections[1].endLine, FIRST + 5, 'a lone # is an (empty) level-1 heading');
  });

  it('keeps # that is not a closing sequence', () => {
    assert.strictEqual(body('## Q#3 goals#').sections[0].heading, 'Q#3 goals#');
    assert.strictEqual(body('## ##').sections[0].heading, '');
  });
});

describe('parseNote: setext headings (a line underlined with --- or ===)', () => {
  it('takes a paragraph underlined with --- as a section, like ## does', () => {
    const note = body(
      'Agreed goals',
      '------------',
      '- [ ] Two new logos this quarter @dana due:2026-12-31',
      '',
      'Follow-ups',
      '---',
      '- [ ] Send pricing @dana due:2026-11-25',
    );
    assert.deepStrictEqual(
      note.sections.map((section) => [section.kind, section.heading, section.headingLine, section.endLine]),
      [
        ['agreed-goals', 'Agreed goals', FIRST, FIRST + 4],
        ['follow-ups', 'Follow-ups', FIRST + 4, FIRST + 7],
      ],
    );
    assert.deepStrictEqual(
      note.items.map((item) => [item.kind, item.section]),
      [
        ['goal', 0],
        ['follow-up', 1],
      ],
    );
    assert.strictEqual(note.sections[0].text, '- [ ] Two new logos this quarter @dana due:2026-12-31');
  });

  it('keeps a private section private, and out of the section before it', () => {
    const note = body('## Strengths', 'Clear demo.', '', 'Observations (private)', '---', 'Seemed tired.');
    assert.deepStrictEqual(
      note.sections.map((section) => [section.heading, section.private, section.text]),
      [
        ['Strengths', false, 'Clear demo.'],
        ['Observations (private)', true, 'Seemed tired.'],
      ],
    );
  });

  it('joins a heading of several lines, and ends a section at an === heading', () => {
    const note = body('## Strengths', 'ok', '', 'Root', 'cause', '---', 'why', '', 'Title', '===', '- [ ] x');
    assert.deepStrictEqual(
      note.sections.map((section) => [section.kind, section.heading, section.endLine]),
      [
        ['strengths', 'Strengths', FIRST + 3],
        ['root-cause', 'Root cause', FIRST + 8],
      ],
    );
    assert.strictEqual(only(note).section, -1);
  });

  it('reads --- as a rule, not a heading, after a blank line, a list item or a heading', () => {
    for (const lines of [
      ['## Follow-ups', 'text', '', '---', '- [ ] a'],
      ['## Follow-ups', '- [ ] a', '---'],
      ['## Follow-ups', '- [ ] a', '  runs on in the item', '---'],
      ['## Follow-ups', '> quoted', '---'],
      ['## Follow-ups', '---'],
    ]) {
      assert.deepStrictEqual(
        body(...lines).sections.map((section) => section.heading),
        ['Follow-ups'],
        lines.join(' | '),
      );
    }
  });
});

describe('parseNote: fenced code blocks', () => {
  it('ignores headings and items inside fences', () => {
    const note = body('## Follow-ups', '```md', '## Strengths', '- [ ] not an item', '```', '- [ ] real');
    assert.strictEqual(note.sections.length, 1);
    assert.strictEqual(only(note).line, FIRST + 5);
  });

  it('closes a fence only with the same character and at least its length', () => {
    const note = body('~~~~', '- [ ] a', '```', '~~~', '- [ ] b', '~~~~~ ', '- [ ] c');
    assert.strictEqual(only(note).text, 'c');
  });

  it('runs an unclosed fence to the end of the note', () => {
    assert.strictEqual(body('```', '- [ ] a', '## Strengths').items.length, 0);
    assert.strictEqual(body('```', '- [ ] a', '## Strengths').sections.length, 0);
  });

  it('warns at the opening fence when an unclosed fence hides task items, and counts them', () => {
    const note = body('## Follow-ups', '- [ ] before', '  ```ts', '- [ ] hidden', '* [x] hidden too', 'text');
    assert.strictEqual(only(note).text, 'before');
    assert.deepStrictEqual(
      note.diagnostics.map((d) => [
        d.code,
        d.severity,
        d.range.start.line,
        d.range.start.character,
        d.range.end.character,
      ]),
      [['unclosed-fence', 'warning', FIRST + 2, 2, 7]],
    );
    assert.match(
      note.diagnostics[0].message,
      /never closed \(no `{3} line after it\).*: 2 task items after it are not counted\./,
    );
  });

  it('says nothing about an unclosed fence that hides no task item, or a closed one that holds some', () => {
    assert.deepStrictEqual(body('```', 'const x = 1;', '- not a task').diagnostics, []);
    assert.deepStrictEqual(body('```', '- [ ] example', '```').diagnostics, []);
  });

  it('does not take inline code or 4-space indented backticks as a fence', () => {
    assert.strictEqual(body('``` inline ` code', '- [ ] a').items.length, 1);
    assert.strictEqual(body('    ```', '- [ ] a').items.length, 1);
    assert.strictEqual(body('``', '- [ ] a').items.length, 1);
  });
});

describe('parseNote: HTML comments', () => {
  it('ignores items and headings commented out, as the Markdown preview does', () => {
    const note = body(
      '## Follow-ups',
      '<!--',
      '- [ ] commented out',
      '## Strengths',
      '-->',
      '- [ ] kept',
      '   <!-- one line: - [ ] not an item either -->',
      '- [ ] kept too',
    );
    assert.deepStrictEqual(
      note.items.map((item) => [item.text, item.line]),
      [
        ['kept', FIRST + 5],
        ['kept too', FIRST + 7],
      ],
    );
    assert.deepStrictEqual(
      note.sections.map((section) => section.heading),
      ['Follow-ups'],
    );
    assert.deepStrictEqual(note.diagnostics, []);
  });

  it('ends a comment at the first line holding -->, even mid-line', () => {
    const note = body('<!-- start', '- [ ] hidden', 'end --> trailing', '- [ ] shown');
    assert.strictEqual(only(note).text, 'shown');
  });

  it('warns at <!-- when a comment is never closed and hides task items', () => {
    const note = body('- [ ] shown', '<!-- TODO', '- [ ] hidden @dana due:2026-11-30');
    assert.strictEqual(only(note).text, 'shown');
    assert.deepStrictEqual(
      note.diagnostics.map((d) => [d.code, d.severity, d.range.start.line]),
      [['unclosed-comment', 'warning', FIRST + 1]],
    );
    assert.match(
      note.diagnostics[0].message,
      /never closed \(no --> after it\).*: 1 task item after it is not counted\./,
    );
  });

  it('takes <!-- as a comment only at the start of a line (up to 3 spaces in)', () => {
    assert.strictEqual(body('text <!--', '- [ ] a').items.length, 1);
    assert.strictEqual(body('    <!--', '- [ ] a').items.length, 1);
  });
});

describe('parseNote: task items', () => {
  it('reads statuses from the box', () => {
    const note = body('- [ ] a', '- [x] b', '- [X] c', '- [-] d', '- [>] e');
    assert.deepStrictEqual(
      note.items.map((i) => [i.box, i.status]),
      [
        [' ', 'open'],
        ['x', 'done'],
        ['X', 'done'],
        ['-', 'cancelled'],
        ['>', 'carried'],
      ],
    );
    assert.deepStrictEqual(note.diagnostics, []);
  });

  it('reads an unknown box as open with a warning at the box', () => {
    const note = body('- [?] maybe');
    assert.strictEqual(only(note).status, 'open');
    assert.strictEqual(only(note).box, '?');
    assert.deepStrictEqual(
      note.diagnostics.map((d) => [d.code, d.severity, d.range]),
      [
        [
          'unknown-status',
          'warning',
          { start: { line: FIRST, character: 3 }, end: { line: FIRST, character: 4 } },
        ],
      ],
    );
  });

  it('accepts every bullet and ordered marker', () => {
    const note = body(
      '- [ ] a',
      '* [ ] b',
      '+ [ ] c',
      '1. [ ] d',
      '23) [x] e',
      '123456789. [ ] f',
      '1234567890. [ ] g',
    );
    assert.deepStrictEqual(
      note.items.map((i) => i.text),
      ['a', 'b', 'c', 'd', 'e', 'f'],
    );
  });

  it('requires whitespace after the marker and after the box', () => {
    const note = body('-[ ] a', '- [ ]b', '- [] c', '- [  ] d', '- [ ]', '-\t[x]\tTabbed');
    assert.deepStrictEqual(
      note.items.map((i) => [i.line, i.text]),
      [
        [FIRST + 4, ''],
        [FIRST + 5, 'Tabbed'],
      ],
    );
  });

  it('records ranges: bullet to end of line, and the box character', () => {
    const item = only(body('  - [x] Send recap  '));
    assert.deepStrictEqual(item.range, {
      start: { line: FIRST, character: 2 },
      end: { line: FIRST, character: 20 },
    });
    assert.deepStrictEqual(item.boxRange, {
      start: { line: FIRST, character: 5 },
      end: { line: FIRST, character: 6 },
    });
    assert.strictEqual(item.text, 'Send recap');
  });

  it('finds nested items and measures indentation with tabs as 4 columns', () => {
    const note = body(
      '- [ ] top',
      '  - [ ] two',
      '        1. [ ] eight',
      '\t- [ ] tab',
      '  \t- [ ] space-tab',
    );
    assert.deepStrictEqual(
      note.items.map((i) => i.indent),
      [0, 2, 8, 4, 4],
    );
  });

  it('finds items inside blockquotes', () => {
    const note = body('> - [ ] quoted', '> > * [x] deeper @sam', '>- [ ] tight', '> not an item');
    assert.deepStrictEqual(
      note.items.map((i) => [i.text, i.indent, i.range.start.character, i.owner]),
      [
        ['quoted', 0, 2, null],
        ['deeper @sam', 0, 4, 'sam'],
        ['tight', 0, 1, null],
      ],
    );
  });

  it('treats a box holding an astral character as one character', () => {
    const item = only(body('- [😀] smile'));
    assert.strictEqual(item.box, '😀');
    assert.deepStrictEqual(item.boxRange, {
      start: { line: FIRST, character: 3 },
      end: { line: FIRST, character: 5 },
    });
  });

  it('assigns kind and section from the enclosing section', () => {
    const note = body(
      '- [ ] before',
      '## Agreed goals',
      '- [ ] goal',
      '### Sub',
      '- [ ] still goal',
      '## Follow-ups',
      '- [ ] f',
      '# Top',
      '- [ ] after',
    );
    assert.deepStrictEqual(
      note.items.map((i) => [i.text, i.kind, i.section]),
      [
        ['before', 'follow-up', -1],
        ['goal', 'goal', 0],
        ['still goal', 'goal', 0],
        ['f', 'follow-up', 1],
        ['after', 'follow-up', -1],
      ],
    );
  });
});

describe('parseNote: due dates', () => {
  it('reads due:YYYY-MM-DD case-insensitively with its range', () => {
    const item = only(body('- [ ] Send deck DUE:2026-12-01 please'));
    assert.strictEqual(item.due, '2026-12-01');
    assert.deepStrictEqual(item.dueRange, {
      start: { line: FIRST, character: 16 },
      end: { line: FIRST, character: 30 },
    });
    assert.strictEqual(item.text, 'Send deck DUE:2026-12-01 please');
  });

  it('reads due: after ( and excludes trailing punctuation', () => {
    const item = only(body('- [ ] Send deck (due:2026-12-01).'));
    assert.strictEqual(item.due, '2026-12-01');
    assert.deepStrictEqual(item.dueRange, {
      start: { line: FIRST, character: 17 },
      end: { line: FIRST, character: 31 },
    });
  });

  it('does not read due: inside a word', () => {
    const item = only(body('- [ ] overdue:2026-12-01 x_due:2026-12-01'));
    assert.strictEqual(item.due, null);
    assert.strictEqual(item.dueRange, null);
  });

  it('reads the Obsidian Tasks calendar emoji', () => {
    const item = only(body('- [ ] Call 📅 2026-12-02'));
    assert.strictEqual(item.due, '2026-12-02');
    assert.deepStrictEqual(item.dueRange, {
      start: { line: FIRST, character: 11 },
      end: { line: FIRST, character: 24 },
    });
  });

  it('reads the bracketed inline field forms', () => {
    const doubled = only(body('- [ ] Call [due:: 2026-12-03] now'));
    assert.strictEqual(doubled.due, '2026-12-03');
    assert.deepStrictEqual(doubled.dueRange, {
      start: { line: FIRST, character: 11 },
      end: { line: FIRST, character: 29 },
    });
    assert.strictEqual(only(body('- [ ] Call [Due: 2026-12-04]')).due, '2026-12-04');
  });

  it('uses the first due marker', () => {
    const item = only(body('- [ ] a 📅 2026-12-05 due:2026-12-06'));
    assert.strictEqual(item.due, '2026-12-05');
  });

  it('warns about malformed or impossible due dates on the token', () => {
    const cases: Array<[string, number, number]> = [
      ['- [ ] a due:2026-13-01', 8, 22],
      ['- [ ] a due:tomorrow, ok', 8, 20],
      ['- [ ] a due:', 8, 12],
      ['- [ ] a due: 2026-12-01', 8, 12],
      ['- [ ] a [due:: 2026-02-30]', 8, 26],
      ['- [ ] a [due:: 2026-12-01', 8, 25],
      ['- [ ] a 📅 someday', 8, 18],
      ['- [ ] a due:2026-02-30 due:2026-12-01', 8, 22],
    ];
    for (const [line, start, end] of cases) {
      const note = body(line);
      assert.strictEqual(only(note).due, null, line);
      assert.deepStrictEqual(
        only(note).dueRange,
        { start: { line: FIRST, character: start }, end: { line: FIRST, character: end } },
        line,
      );
      assert.deepStrictEqual(
        note.diagnostics.map((d) => [d.code, d.severity, d.range.start.character, d.range.end.character]),
        [['invalid-due', 'warning', start, end]],
        line,
      );
    }
  });
});

describe('parseNote: owners', () => {
  it('reads the first @name', () => {
    assert.strictEqual(only(body('- [ ] Call @dana.smith and @sam')).owner, 'dana.smith');
    assert.strictEqual(only(body('- [ ] @Zoë_2 first')).owner, 'Zoë_2');
    assert.strictEqual(only(body('- [ ] Ping (@alex) today')).owner, 'alex');
    assert.strictEqual(only(body('- [ ] Ask @sam.')).owner, 'sam');
  });

  it('does not read email addresses or a bare @', () => {
    assert.strictEqual(only(body('- [ ] Mail dana@acme.com')).owner, null);
    assert.strictEqual(only(body('- [ ] Mail dana@acme.com then @ and @lee')).owner, 'lee');
  });
});

describe('parseNote: text handling', () => {
  const lines = [...HEADER, '## Follow-ups', '- [ ] Call @dana due:2026-12-01', '- [?] Odd', ''];

  it('gives identical results for LF, CRLF and CR line endings', () => {
    const lf = parseNote(lines.join('\n'));
    assert.deepStrictEqual(parseNote(lines.join('\r\n')), lf);
    assert.deepStrictEqual(parseNote(lines.join('\r')), lf);
    assert.strictEqual(lf.lineCount, lines.length);
  });

  it('strips a byte order mark before anything else', () => {
    const plain = parseNote(lines.join('\n'));
    const withBom = parseNote('\ufeff' + lines.join('\n'));
    assert.deepStrictEqual(withBom, plain);
    assert.strictEqual(withBom.items[0].range.start.character, 0);
  });

  it('counts lines as VS Code does', () => {
    assert.strictEqual(parseNote('').lineCount, 1);
    assert.strictEqual(parseNote('a\n').lineCount, 2);
    assert.strictEqual(parseNote('a\r\n\rb').lineCount, 3);
  });

  it('sorts diagnostics by line and character', () => {
    const note = parseNote(['---', 'date: 2026-02-30', 'rep: 5', '---', '- [?] x due:nope'].join('\n'));
    assert.deepStrictEqual(
      note.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character]),
      [
        ['invalid-date', 1, 6],
        ['invalid-rep', 2, 5],
        ['unknown-status', 4, 3],
        ['invalid-due', 4, 8],
      ],
    );
  });

  it('handles pathological lines in linear time (a quadratic scan would time out)', () => {
    const long = 400_000;
    const note = body(
      `- [ ] @${'.'.repeat(long)}`,
      `- [ ] ${'due:'.repeat(long / 4)}`,
      `- [ ] ${'@'.repeat(long)} ${'('.repeat(long)}`,
      `## ${' '.repeat(long)}x${' '.repeat(long)}#`,
      `## Strengths${':'.repeat(long)}`,
      `- [ ] [due:: ${'9'.repeat(long)}`,
      `${' '.repeat(long)}- [ ] deep`,
      `${'> '.repeat(long / 2)}- [ ] quoted`,
    );
    assert.strictEqual(note.items.length, 6);
    assert.strictEqual(note.items[0].owner, null);
    assert.deepStrictEqual(
      note.sections.map((s) => [s.heading, s.kind]),
      [
        ['x', 'other'],
        [`Strengths${':'.repeat(long)}`, 'strengths'],
      ],
    );
  });
});
