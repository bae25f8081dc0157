// The privacy rules of core/note/privacy.ts as the parser applies them: which notes, headings, lines
// and items are private, and that both front matter readers agree on it.
import * as assert from 'assert';
import fc from 'fast-check';
import { parseNote } from '../../../../src/core/note/parse';
import {
  isPrivateHeading,
  isPrivateItem,
  isPrivateLine,
  isPrivateNote,
  sharedSectionText,
} from '../../../../src/core/note/privacy';

function withFrontMatter(...lines: string[]): string {
  return ['---', 'rep: Dana Whitfield', 'date: 2026-11-10', ...lines, '---', '## Follow-ups', '- [ ] x'].join(
    '\n',
  );
}

function codes(text: string): string[] {
  return parseNote(text).diagnostics.map((diagnostic) => diagnostic.code);
}

describe('privacy: private headings', () => {
  it('is the word private, privado or privada (plural too), whole word, any case, anywhere', () => {
    for (const heading of [
      'Observations (private)',
      'Private notes',
      'PRIVATE',
      'Notes: private',
      'Career – private, do not share',
      'Notas privadas',
      'Observaciones (privado)',
      'Privada',
      'Datos privados',
      '*Private*',
      '**private** stuff',
      'non-private',
      'private_notes',
      'Strengths (Private):',
      '`private`',
    ]) {
      assert.ok(isPrivateHeading(heading), heading);
    }
    for (const heading of [
      'Privately owned accounts',
      'Privacy policy',
      'Deprivation',
      'Privateer',
      'Notes',
    ]) {
      assert.ok(!isPrivateHeading(heading), heading);
    }
  });

  it('starts a region at a heading of any level that ends at the next heading of the same or a higher level', () => {
    const text = [
      '---',
      'rep: Dana',
      'date: 2026-11-10',
      '---',
      '## Follow-ups', // 4
      '- [ ] shared one',
      '### Notes (private)', // 6
      '- [ ] private one',
      '#### Deeper', // 8
      '- [ ] still private',
      '### Next steps', // 10
      '- [ ] shared again',
      '## Private notes', // 12
      '- [ ] private two',
      '### Sub',
      '- [ ] private three',
      '# Privado', // 16
      '## Agreed goals',
      '- [ ] private goal',
      '# Back', // 19
      '- [ ] shared last',
    ].join('\n');
    const note = parseNote(text);
    assert.deepStrictEqual(
      note.privateRegions.map((region) => [region.heading, region.level, region.headingLine, region.endLine]),
      [
        ['Notes (private)', 3, 6, 10],
        ['Private notes', 2, 12, 16],
        ['Privado', 1, 16, 19],
      ],
    );
    assert.deepStrictEqual(
      note.items.map((item) => [item.text, isPrivateItem(note, item)]),
      [
        ['shared one', false],
        ['private one', true],
        ['still private', true],
        ['shared again', false],
        ['private two', true],
        ['private three', true],
        ['private goal', true],
        ['shared last', false],
      ],
    );
    assert.deepStrictEqual(
      note.sections.map((section) => [section.heading, section.private]),
      [
        ['Follow-ups', false],
        ['Private notes', true],
        ['Agreed goals', true],
      ],
    );
    assert.strictEqual(note.items[6].kind, 'goal', 'a section inside a private region keeps its kind');
  });

  it('reads setext headings, and never headings inside code blocks or comments', () => {
    const text = [
      '## Root cause',
      'Shared cause.',
      '',
      'Private notes',
      '-------------',
      '- [ ] setext private',
      '## Follow-ups',
      '```',
      '### Private',
      '```',
      '<!--',
      '# Private',
      '-->',
      '- [ ] shared',
    ].join('\n');
    const note = parseNote(text);
    assert.deepStrictEqual(
      note.privateRegions.map((region) => [region.level, region.headingLine, region.endLine]),
      [[2, 3, 6]],
    );
    assert.deepStrictEqual(
      note.items.map((item) => isPrivateItem(note, item)),
      [true, false],
    );
  });

  it('keeps a section’s text for the coach and gives shareable outputs the text without its private parts', () => {
    const note = parseNote(
      [
        '## Root cause',
        'Discovery stops early.',
        '',
        '### Personal (private)',
        'Going through a divorce.',
        '',
        '### Evidence',
        'Three calls without a buyer.',
        '## Strengths',
        'Great demos.',
      ].join('\n'),
    );
    const [rootCause, strengths] = note.sections;
    assert.ok(rootCause.text.includes('divorce'));
    assert.strictEqual(
      sharedSectionText(rootCause),
      'Discovery stops early.\n\n### Evidence\nThree calls without a buyer.',
    );
    assert.strictEqual(strengths.sharedText, null);
    assert.strictEqual(sharedSectionText(strengths), 'Great demos.');
    assert.ok(isPrivateLine(note, 4));
    assert.ok(!isPrivateLine(note, 7));
  });

  it('finds the region of every item among 20,000 private headings', () => {
    const lines: string[] = [];
    for (let index = 0; index < 20_000; index++)
      lines.push(`### Private ${index}`, `- [ ] item ${index}`, '### Shared');
    const note = parseNote(lines.join('\n'));
    assert.strictEqual(note.privateRegions.length, 20_000);
    assert.ok(note.items.every((item) => isPrivateItem(note, item)));
  });
});

describe('privacy: the private flag fails closed', () => {
  it('makes the note private for any private key, any case, whose value is not the boolean false', () => {
    for (const line of [
      'private: true',
      'private: True',
      'private: TRUE',
      'private: yes',
      'private: "true"',
      "private: 'false'",
      'private: 1',
      'private: 0',
      'private: on',
      'private: no',
      'private:',
      'private: [true]',
      'private: {a: 1}',
      'Private: true',
      'PRIVATE: yes',
      'pRiVaTe: 1',
      '"private": true',
    ]) {
      const note = parseNote(withFrontMatter(line));
      assert.strictEqual(isPrivateNote(note), true, line);
      assert.strictEqual(note.frontMatter.rep, 'Dana Whitfield', line);
    }
  });

  it('keeps the note shared only for the boolean false, in any spelling YAML reads as false', () => {
    for (const line of ['private: false', 'private: False', 'private: FALSE', 'private: false # shared']) {
      assert.strictEqual(isPrivateNote(parseNote(withFrontMatter(line))), false, line);
    }
    assert.strictEqual(isPrivateNote(parseNote(withFrontMatter())), false, 'no private key');
  });

  it('still reports every value or key that is not written `private: true|false`', () => {
    assert.deepStrictEqual(codes(withFrontMatter('private: yes')), ['invalid-private']);
    assert.deepStrictEqual(codes(withFrontMatter('private:')), ['invalid-private']);
    assert.deepStrictEqual(codes(withFrontMatter('Private: true')), ['invalid-private']);
    assert.deepStrictEqual(codes(withFrontMatter('Private: false')), ['invalid-private']);
    assert.deepStrictEqual(codes(withFrontMatter('private: true')), []);
    const message = parseNote(withFrontMatter('private: yes')).diagnostics[0].message;
    assert.match(message, /found "yes".*treated as private/u);
  });

  it('makes a note whose front matter cannot be fully read private when a raw line has a private key', () => {
    const broken: string[][] = [
      ['coach: "Priya', 'private: true'],
      ["coach: 'Priya", 'private: true'],
      ['tags:', '  - a', ' - b', 'private: true'],
      ['  coach: Priya', 'private: true'],
      ['private: false', 'private: true'],
      ['meta: [a, b', '  private: true'],
      ['__proto__: x', 'private: true'],
    ];
    for (const lines of broken) {
      const note = parseNote(withFrontMatter(...lines));
      assert.ok(
        note.diagnostics.some((diagnostic) => diagnostic.severity === 'error'),
        JSON.stringify(lines),
      );
      assert.strictEqual(isPrivateNote(note), true, JSON.stringify(lines));
    }
    // Unclosed, too large, too complex: nothing of it is read, its private line still counts.
    const unclosed = parseNote(
      ['---', 'rep: Dana', 'private: true', '', '## Follow-ups', '- [ ] x'].join('\n'),
    );
    assert.strictEqual(isPrivateNote(unclosed), true);
    const huge = parseNote(
      ['---', 'rep: Dana', 'private: true', `note: ${'x'.repeat(70_000)}`, '---', '- [ ] x'].join('\n'),
    );
    assert.ok(huge.diagnostics.some((diagnostic) => diagnostic.code === 'front-matter-too-large'));
    assert.strictEqual(isPrivateNote(huge), true);
    const deep = parseNote(
      ['---', 'private: true', `a: ${'['.repeat(100)}${']'.repeat(100)}`, '---'].join('\n'),
    );
    assert.ok(deep.diagnostics.some((diagnostic) => diagnostic.code === 'yaml-too-complex'));
    assert.strictEqual(isPrivateNote(deep), true);
    // ...and a broken front matter without one is not private.
    assert.strictEqual(isPrivateNote(parseNote(withFrontMatter('coach: "Priya'))), false);
  });

  it('gives the same answer on the fast front matter path and the full YAML parse', () => {
    const value = fc.constantFrom(
      'true',
      'false',
      'yes',
      'no',
      'True',
      'FALSE',
      '',
      '1',
      'on',
      '~',
      'null',
      'x',
    );
    const key = fc.constantFrom('private', 'Private', 'PRIVATE', 'privat', 'private_x');
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 3 }), (entries) => {
        const text = withFrontMatter(...entries.map(([k, v]) => `${k}: ${v}`.trimEnd()));
        assert.deepStrictEqual(parseNote(text), parseNote(text, { fullFrontMatter: true }));
      }),
    );
  });
});
