// Issue 9, C3: the regular expressions that read note text were exponential or quadratic. Lint
// (eslint-plugin-regexp, eslint-plugin-redos) keeps new ones out; these tests run each fixed spot on
// the input that made the old expression blow up. The inputs are sized so the old expression would
// run far past the mocha timeout (a quadratic one takes minutes, the exponential one years), and each
// test asserts the result a user would see.
import * as assert from 'assert';
import * as fc from 'fast-check';
import { rescheduleEdit } from '../../../src/core/edits/itemEdits';
import { withoutDueTokens } from '../../../src/core/note/dueToken';
import { repSlug } from '../../../src/core/newNote/newNote';
import { parseNote } from '../../../src/core/note/parse';
import { PLAIN_BULLET } from '../../../src/core/note/plainBullet';
import { trimDashes, trimEndWhere } from '../../../src/core/base/text';
import { truncate } from '../../../src/extension/history/html';
import { reportBaseName } from '../../../src/extension/history/reportRange';

/** Quadratic backtracking on a run this long takes minutes; a linear pass, milliseconds. */
const LONG_RUN = 300_000;

describe('regular expressions on hostile note text', () => {
  describe('Toggle Task Done: the plain bullet', () => {
    // The expression before the fix, kept as the oracle for the equivalence property.
    const OLD_PLAIN_BULLET = /^((?:[ \t]*>[ \t]?)*[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)(?!\[.\](?:[ \t]|$))/u;

    it('answers at once on a long blockquote prefix that is not a list line', () => {
      // 85 characters of this took the old expression 5 s, each further `>  ` doubling it.
      assert.strictEqual(PLAIN_BULLET.exec(`${'>  '.repeat(10_000)}x`), null);
      assert.strictEqual(PLAIN_BULLET.exec(`${'> \t'.repeat(10_000)}`), null);
    });

    it('still finds where the box goes after a long blockquote prefix', () => {
      const prefix = '>  '.repeat(10_000);
      assert.strictEqual(PLAIN_BULLET.exec(`${prefix}- call Acme`)?.[1], `${prefix}- `);
      assert.strictEqual(PLAIN_BULLET.exec(`${prefix}- [x] done`), null);
    });

    it('matches exactly what the old expression matched (short lines)', () => {
      const line = fc
        .array(fc.constantFrom(' ', '\t', '>', '-', '*', '1', '.', ')', '[', ']', 'x', 'a'), {
          maxLength: 14,
        })
        .map((chars) => chars.join(''));
      fc.assert(
        fc.property(line, (text) => {
          assert.deepStrictEqual(PLAIN_BULLET.exec(text)?.[1], OLD_PLAIN_BULLET.exec(text)?.[1]);
        }),
        { numRuns: 5000 },
      );
    });
  });

  it('Reschedule appends after the text of a line with a long run of inner spaces', () => {
    const lines = [
      '---',
      'rep: Dana',
      'date: 2026-11-17',
      '---',
      '## Follow-ups',
      `- [ ] Call${' '.repeat(LONG_RUN)}legal   `,
    ];
    const text = lines.join('\n');
    const note = parseNote(text);
    const item = note.items[0];
    assert.ok(item, 'the item is read');
    const edit = rescheduleEdit(item, lines[5] ?? '', '2026-12-01');
    const end = (lines[5] ?? '').length - 3;
    assert.deepStrictEqual(edit, {
      range: { start: { line: 5, character: end }, end: { line: 5, character: end } },
      newText: ' due:2026-12-01',
    });
  });

  it('history matching strips due tokens from a long unclosed `[due:` run', () => {
    assert.strictEqual(withoutDueTokens('[due:'.repeat(LONG_RUN / 5)), '[ '.repeat(LONG_RUN / 5).trim());
    assert.strictEqual(withoutDueTokens('Send pricing [due:: 2026-01-02] now'), 'Send pricing now');
  });

  it('the rep picker reads a rep padded with long runs of spaces (through the parser)', () => {
    // The front matter is read up to 64 KB, so the runs stay under that.
    const spaces = ' '.repeat(20_000);
    const text = `---\nrep:${spaces}Dana${spaces}Whitfield${spaces}\ndate: 2026-11-17\n---\n`;
    assert.strictEqual(parseNote(text).frontMatter.rep, `Dana${spaces}Whitfield`);
  });

  it('file-name slugs trim long runs of dashes', () => {
    const dashes = '-'.repeat(LONG_RUN);
    assert.strictEqual(trimDashes(`${dashes}dana${dashes}x${dashes}`), `dana${dashes}x`);
    assert.strictEqual(repSlug(`${dashes}Dana${'!'.repeat(LONG_RUN)}Whitfield${dashes}`), 'dana-whitfield');
    assert.strictEqual(
      reportBaseName(`${dashes}Dana${'!'.repeat(LONG_RUN)}Whitfield${dashes}`, '2026-01-01', '2026-02-01'),
      'dana-whitfield-progress-2026-01-01-to-2026-02-01',
    );
    assert.strictEqual(repSlug(dashes), 'rep');
  });

  it('the history panel truncates text with a long run of punctuation before the cut', () => {
    const text = `a${','.repeat(LONG_RUN)}bcdef`;
    assert.strictEqual(truncate(text, text.length - 2), `${text.slice(0, text.length - 3)}…`);
    assert.strictEqual(truncate('Reviewthecall,,, then', 17), 'Reviewthecall…');
    assert.strictEqual(
      trimEndWhere(`x${' ,'.repeat(LONG_RUN)}`, (char) => char === ' ' || char === ','),
      'x',
    );
  });
});
