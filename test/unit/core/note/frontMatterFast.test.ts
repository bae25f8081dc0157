// The fast front matter scanner must take the everyday shapes (or the index gets 20x slower) and
// decline everything it is not certain about (or notes get misread). Equality with the full YAML
// parse over generated front matter is checked in parserProperties.test.ts.
import * as assert from 'assert';
import { readFastFrontMatter } from '../../../../src/core/note/frontMatterFast';
import { parseNote } from '../../../../src/core/note/parse';

function accepts(lines: string[]): boolean {
  return readFastFrontMatter(lines, 1) !== null;
}

describe('fast front matter scanner', () => {
  it('takes the front matter the note template and the docs use', () => {
    const everyday: string[][] = [
      ['rep: Dana Smith', 'date: 2026-11-20'],
      ['rep: Dana Smith', 'date: 2026-11-20', 'type: weekly', 'coach: Alex Lee', 'next: 2026-11-27'],
      ['rep: Dana', 'date: 2026-11-20', 'tags: [discovery, pricing, q4]', 'private: false'],
      ['rep: Dana', 'date: 2026-11-20', 'tags:', '  - discovery', '  - pricing'],
      ['rep: Dana', 'date: 2026-11-20', 'tags:', '- discovery', 'private: true'],
      ['# Weekly 1:1', 'rep: Zoë Ångström', '', 'date: 2026-11-20  # moved from Monday', 'next:', 'tags: []'],
      [
        'rep: Dana',
        'date: 2026-11-20',
        'account: Acme Corp, EMEA',
        'deal_stage: negotiation',
        'note: C#-heavy team',
      ],
      [],
    ];
    for (const lines of everyday) assert.ok(accepts(lines), JSON.stringify(lines));
  });

  it('declines what it cannot be certain about', () => {
    const tricky: string[] = [
      'rep: "Dana"',
      "rep: 'Dana'",
      'rep: 42',
      'rep: 1st',
      'rep: .inf',
      'rep: &a Dana',
      'rep: *a',
      'rep: !!str x',
      'rep: |',
      'rep: >',
      'rep: - x',
      'rep: a: b',
      'rep: a:',
      'rep: [a, "b"]',
      'rep: [a, [b]]',
      'rep: [a, b',
      'rep: [a] x',
      'rep: {a: 1}',
      'rep:\tDana',
      'rep : Dana',
      'rep:Dana',
      '"rep": Dana',
      'true: x',
      'null: x',
      '__proto__: x',
      '<<: x',
      '  rep: Dana',
      '%YAML 1.2',
      '? rep',
      'rep: Da\u0085na',
      'rep: \ud800',
      'rep: #',
    ];
    for (const line of tricky) assert.strictEqual(accepts(['date: 2026-11-20', line]), false, line);
    // Structure it does not follow: continuation lines, nested maps, duplicates, uneven lists.
    assert.strictEqual(accepts(['rep: Dana', '  Smith']), false);
    assert.strictEqual(accepts(['meta:', '  a: 1']), false);
    assert.strictEqual(accepts(['rep: Dana', 'rep: Sam']), false);
    assert.strictEqual(accepts(['tags:', '  - a', '    - b']), false);
    assert.strictEqual(accepts(['tags:', '  - a', '', '  - b']), false);
  });

  it('reads values exactly as the YAML core schema does', () => {
    const text = [
      '---',
      'rep: Dana  # trailing comment',
      'date: 2026-11-20',
      'private: TRUE',
      'flags: [true, False, null, ~, x]',
      'empty:',
      'list:',
      '  - a b',
      '  - Null',
      '---',
    ].join('\n');
    const fast = parseNote(text);
    assert.deepStrictEqual(fast, parseNote(text, { fullFrontMatter: true }));
    assert.strictEqual(fast.frontMatter.rep, 'Dana');
    assert.strictEqual(fast.frontMatter.private, true);
    assert.deepStrictEqual(fast.frontMatter.extra.flags, [true, false, null, null, 'x']);
    assert.strictEqual(fast.frontMatter.extra.empty, null);
    assert.deepStrictEqual(fast.frontMatter.extra.list, ['a b', null]);
    assert.deepStrictEqual(fast.frontMatter.keyLines.list, 6);
  });
});
