import * as assert from 'assert';
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { planCarryOver } from '../../../../src/core/newNote/carryOver';
import {
  buildNewNote,
  lineEndingOf,
  NEW_NOTE_KEYS,
  NEW_NOTE_SECTIONS,
  noteFileNames,
  repSlug,
  yamlText,
} from '../../../../src/core/newNote/newNote';
import { parseNote } from '../../../../src/core/note/parse';
import { REPO_ROOT } from '../../../repoPaths';

/** The lines of the whole-note snippet users insert with `note`. */
function noteSnippetBody(): string[] {
  const snippets = JSON.parse(
    fs.readFileSync(path.join(REPO_ROOT, 'snippets', 'coaching-note.json'), 'utf8'),
  ) as Record<string, { prefix: string | string[]; body: string[] }>;
  const entry = Object.values(snippets).find((snippet) => [snippet.prefix].flat().includes('note'));
  assert.ok(entry, 'the coaching-note snippets have a `note` template');
  return entry.body;
}

const PREVIOUS = `---
rep: Dana Whitfield
date: 2026-11-17
coach: Priya Raman
---

## Agreed goals

- [ ] Multi-thread Halvorsen @dana due:2026-12-05
- [x] Rewrite the MAP

## Follow-ups

- [ ] Introduce Dana to the reference customer @priya due:2026-11-21
`;

describe('new note', () => {
  it('has the structure of the whole-note snippet: same front matter keys, title and sections', () => {
    const body = noteSnippetBody();
    const snippetHeadings = body.filter((line) => line.startsWith('## ')).map((line) => line.slice(3));
    assert.deepStrictEqual(NEW_NOTE_SECTIONS, snippetHeadings);
    const snippetKeys = body.slice(1, body.indexOf('---', 1)).map((line) => line.slice(0, line.indexOf(':')));
    for (const key of snippetKeys) assert.ok((NEW_NOTE_KEYS as readonly string[]).includes(key), key);
    assert.ok(body.some((line) => line.startsWith('# 1:1 with ')));

    const { text } = buildNewNote({ rep: 'Dana Whitfield', date: '2026-11-22', next: '2026-11-29' });
    const lines = text.split('\n');
    assert.deepStrictEqual(
      lines.filter((line) => line.startsWith('## ')).map((line) => line.slice(3)),
      snippetHeadings,
    );
    assert.ok(lines.includes('# 1:1 with Dana Whitfield'));
  });

  it('is a note the parser reads without a diagnostic, with rep, date, type and next meeting', () => {
    const { text } = buildNewNote({
      rep: 'Dana Whitfield',
      date: '2026-11-22',
      coach: 'Priya Raman',
      next: '2026-11-29',
    });
    assert.strictEqual(
      text,
      [
        '---',
        'rep: Dana Whitfield',
        'date: 2026-11-22',
        'type: weekly',
        'coach: Priya Raman',
        'next: 2026-11-29',
        '---',
        '',
        '# 1:1 with Dana Whitfield',
        '',
        '## Root cause',
        '',
        '',
        '',
        '## Strengths',
        '',
        '',
        '',
        '## Agreed goals',
        '',
        '',
        '',
        '## Follow-ups',
        '',
        '',
        '',
      ].join('\n'),
    );
    const note = parseNote(text);
    assert.deepStrictEqual(note.diagnostics, []);
    assert.strictEqual(note.frontMatter.rep, 'Dana Whitfield');
    assert.strictEqual(note.frontMatter.date, '2026-11-22');
    assert.strictEqual(note.frontMatter.type, 'weekly');
    assert.strictEqual(note.frontMatter.coach, 'Priya Raman');
    assert.strictEqual(note.frontMatter.next, '2026-11-29');
    assert.deepStrictEqual(
      note.sections.map((section) => section.kind),
      ['root-cause', 'strengths', 'agreed-goals', 'follow-ups'],
    );
    assert.deepStrictEqual(note.items, []);
  });

  it('leaves out the coach and next meeting when they are not known', () => {
    const note = parseNote(buildNewNote({ rep: 'Dana', date: '2026-11-22' }).text);
    assert.strictEqual(note.frontMatter.coach, null);
    assert.strictEqual(note.frontMatter.next, null);
    assert.deepStrictEqual(
      note.frontMatter.keyLines,
      Object.assign(Object.create(null), { rep: 1, date: 2, type: 3 }),
    );
  });

  it('puts the cursor on the empty line of the first section, Root cause', () => {
    const { text, cursor } = buildNewNote({ rep: 'Dana', date: '2026-11-22' });
    const lines = text.split('\n');
    assert.strictEqual(lines[cursor.line], '');
    assert.strictEqual(cursor.character, 0);
    const note = parseNote(text);
    const first = note.sections[0];
    assert.strictEqual(first.heading, 'Root cause');
    assert.ok(cursor.line > first.headingLine && cursor.line < first.endLine);
  });

  it('writes carried goals under Agreed goals and carried follow-ups under Follow-ups', () => {
    const carried = planCarryOver(parseNote(PREVIOUS), PREVIOUS);
    const { text } = buildNewNote({ rep: 'Dana Whitfield', date: '2026-11-22', carried });
    const note = parseNote(text);
    assert.deepStrictEqual(note.diagnostics, []);
    assert.deepStrictEqual(
      note.items.map((item) => [item.kind, item.status, item.text, item.owner, item.due]),
      [
        ['goal', 'open', 'Multi-thread Halvorsen @dana due:2026-12-05', 'dana', '2026-12-05'],
        [
          'follow-up',
          'open',
          'Introduce Dana to the reference customer @priya due:2026-11-21',
          'priya',
          '2026-11-21',
        ],
      ],
    );
    const lines = text.split('\n');
    assert.deepStrictEqual(
      lines.slice(lines.indexOf('## Agreed goals'), lines.indexOf('## Agreed goals') + 4),
      ['## Agreed goals', '', '- [ ] Multi-thread Halvorsen @dana due:2026-12-05', ''],
    );
  });

  it('uses the line ending it is given, everywhere', () => {
    const carried = planCarryOver(parseNote(PREVIOUS), PREVIOUS);
    const { text } = buildNewNote({ rep: 'Dana', date: '2026-11-22', carried, eol: '\r\n' });
    assert.ok(!/[^\r]\n/u.test(text), 'every \\n is part of a \\r\\n');
    assert.ok(text.endsWith('\r\n'));
    assert.strictEqual(parseNote(text).items.length, 2);
  });

  it('writes any rep name so that it reads back exactly', () => {
    const tricky = [
      '007',
      'Dana: the closer',
      '#1 seller',
      "O'Brien",
      '"Quoted"',
      'true',
      'null',
      '- Dana',
      'José Álvarez',
      '李雷',
      '1e3',
      'Dana # not a comment',
      '[Dana]',
      '@dana',
    ];
    for (const rep of tricky) {
      const note = parseNote(buildNewNote({ rep, date: '2026-11-22', coach: rep }).text);
      assert.strictEqual(note.frontMatter.rep, rep, `rep ${rep}`);
      assert.strictEqual(note.frontMatter.coach, rep, `coach ${rep}`);
      assert.deepStrictEqual(note.diagnostics, [], rep);
    }
    assert.strictEqual(yamlText('Dana Whitfield'), 'Dana Whitfield', 'plain names stay plain');
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter((name) => name.trim() !== ''),
        (name) => {
          const expected = name.replace(/[\r\n\t]+/gu, ' ').trim();
          fc.pre(expected !== '');
          const note = parseNote(buildNewNote({ rep: name, date: '2026-11-22' }).text);
          assert.strictEqual(note.frontMatter.rep, expected);
          assert.strictEqual(note.frontMatter.date, '2026-11-22');
        },
      ),
    );
  });

  it('names the rep folder with a slug that is never a path', () => {
    assert.strictEqual(repSlug('Dana Whitfield'), 'dana-whitfield');
    assert.strictEqual(repSlug('  José  Álvarez-Núñez '), 'jose-alvarez-nunez');
    assert.strictEqual(repSlug("Marcus O'Yelaran"), 'marcus-o-yelaran');
    assert.strictEqual(repSlug('李雷'), '李雷');
    assert.strictEqual(repSlug('../../etc/passwd'), 'etc-passwd');
    assert.strictEqual(repSlug('...'), 'rep');
    assert.strictEqual(repSlug('a'.repeat(200)).length, 80);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 100 }), (name) => {
        const slug = repSlug(name);
        assert.ok(slug.length > 0 && slug.length <= 80);
        assert.ok(!/[/\\:*?"<>|\s.]/u.test(slug), slug);
        assert.ok(!slug.startsWith('-') && !slug.endsWith('-'), slug);
      }),
    );
  });

  it('offers the date as file name, then -2, -3, ... for a second note that day', () => {
    const names = noteFileNames('2026-11-22');
    assert.deepStrictEqual(
      [names.next().value, names.next().value, names.next().value],
      ['2026-11-22.coach.md', '2026-11-22-2.coach.md', '2026-11-22-3.coach.md'],
    );
  });

  it('tells the line ending a note uses', () => {
    assert.strictEqual(lineEndingOf('a\r\nb\n'), '\r\n');
    assert.strictEqual(lineEndingOf('a\nb\r\n'), '\n');
    assert.strictEqual(lineEndingOf('single line'), null);
  });
});
