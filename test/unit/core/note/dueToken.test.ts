import * as assert from 'assert';
import fc from 'fast-check';
import {
  dueDateTypedBeforeCursor,
  dueTokenText,
  findDueToken,
  withoutDueDate,
  withoutDueTokens,
} from '../../../../src/core/note/dueToken';
import type { NoteItem } from '../../../../src/core/note/model';
import { parseNote } from '../../../../src/core/note/parse';

const HEADER = ['---', 'rep: Dana', 'date: 2026-11-20', '---', '## Follow-ups'];

/** The one item of a note whose Follow-ups section holds `line`. */
function itemOf(line: string): NoteItem | undefined {
  const note = parseNote([...HEADER, line].join('\n'));
  return note.items.length === 1 ? note.items[0] : undefined;
}

function tokenText(line: string): string | null {
  const token = findDueToken(line);
  return token === null ? null : line.slice(token.start, token.end);
}

describe('the due-token grammar (core/note/dueToken)', () => {
  describe('findDueToken', () => {
    it('finds each form with its whole token and its date', () => {
      const forms: readonly [string, string][] = [
        ['Send deck due:2026-12-01 please', 'due:2026-12-01'],
        ['Send deck DUE:2026-12-01', 'DUE:2026-12-01'],
        ['Send deck (due:2026-12-01).', 'due:2026-12-01'],
        ['Send deck 📅 2026-12-01', '📅 2026-12-01'],
        ['Send deck 📅\ufe0f 2026-12-01, then call', '📅\ufe0f 2026-12-01'],
        ['Send deck [due:: 2026-12-01] now', '[due:: 2026-12-01]'],
        ['Send deck [Due: 2026-12-01 ]', '[Due: 2026-12-01 ]'],
      ];
      for (const [line, token] of forms) {
        assert.strictEqual(tokenText(line), token, line);
        assert.strictEqual(findDueToken(line)?.date, '2026-12-01', line);
        assert.strictEqual(findDueToken(line)?.problem, null, line);
      }
    });

    it('counts only the first marker, and only from `from` on', () => {
      assert.strictEqual(tokenText('a 📅 2026-12-05 due:2026-12-06'), '📅 2026-12-05');
      assert.strictEqual(findDueToken('a 📅 2026-12-05 due:2026-12-06', 4)?.date, '2026-12-06');
    });

    it('does not read due: inside a word, and says what is wrong with a bad date', () => {
      assert.strictEqual(findDueToken('overdue:2026-12-01 x_due:2026-12-01'), null);
      assert.strictEqual(findDueToken('Call Acme'), null);
      assert.match(findDueToken('a due:2026-13-01')?.problem ?? '', /not a calendar date/u);
      assert.match(findDueToken('a due:tomorrow')?.problem ?? '', /not a due date/u);
      assert.match(findDueToken('a due: 2026-12-01')?.problem ?? '', /has no date/u);
      assert.match(findDueToken('a [due:: 2026-12-01')?.problem ?? '', /closing `\]`/u);
    });
  });

  it('writes a new due date as the token the parser reads back', () => {
    const token = dueTokenText('2026-12-01');
    assert.strictEqual(token, 'due:2026-12-01');
    assert.deepStrictEqual(findDueToken(`Call ${token}`), {
      start: 5,
      end: 5 + token.length,
      date: '2026-12-01',
      problem: null,
    });
  });

  it('shows an item beside its due date without that date, and otherwise as written', () => {
    assert.strictEqual(withoutDueDate('Send pricing due:2026-11-17 to Acme'), 'Send pricing to Acme');
    assert.strictEqual(withoutDueDate('Send pricing [due: 2026-11-17]'), 'Send pricing');
    assert.strictEqual(withoutDueDate('Send pricing 📅\ufe0f 2026-11-17'), 'Send pricing');
    // No empty parentheses left behind, and no blank row for an item that is only its date.
    assert.strictEqual(withoutDueDate('Send pricing (due:2026-11-17) to Acme'), 'Send pricing to Acme');
    assert.strictEqual(withoutDueDate('due:2026-11-17'), 'due:2026-11-17');
    // Only the token the parser read is the due date: a later one is the user's text.
    assert.strictEqual(
      withoutDueDate('Send pricing due:2026-11-17, then review due:2026-11-20'),
      'Send pricing, then review due:2026-11-20',
    );
    // A malformed first token is the one the parser flags: it is not repeated either.
    assert.strictEqual(withoutDueDate('Send pricing due:tomorrow'), 'Send pricing');
    assert.strictEqual(withoutDueDate('  Send   pricing  '), 'Send pricing');
  });

  it('strips every due-looking token when comparing texts, malformed ones too', () => {
    assert.strictEqual(withoutDueTokens('Send (due:2026-12-01) deck due:tomorrow'), 'Send deck');
    assert.strictEqual(withoutDueTokens('Send deck 📅\ufe0f 2026-12-01'), 'Send deck');
    assert.strictEqual(withoutDueTokens('Review overdue:2026-12-01'), 'Review overdue:2026-12-01');
  });

  it('sees a due date being typed right after a marker', () => {
    assert.strictEqual(dueDateTypedBeforeCursor('- [ ] Call due:2026-1'), '2026-1');
    assert.strictEqual(dueDateTypedBeforeCursor('- [ ] Call (due:'), '');
    assert.strictEqual(dueDateTypedBeforeCursor('- [ ] Call 📅 '), '');
    assert.strictEqual(dueDateTypedBeforeCursor('- [ ] Call [due:: 20'), '20');
    assert.strictEqual(dueDateTypedBeforeCursor('- [ ] Review overdue:'), null);
    assert.strictEqual(dueDateTypedBeforeCursor('- [ ] Call due:2026-12-01 @'), null);
  });

  describe('agrees with the parser', () => {
    const isoDate = fc
      .date({
        min: new Date('2000-01-01T00:00:00Z'),
        max: new Date('2099-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString().slice(0, 10));
    const tokenOf = fc.constantFrom<(date: string) => string>(
      dueTokenText,
      (date) => `Due:${date}`,
      (date) => `📅 ${date}`,
      (date) => `📅\ufe0f ${date}`,
      (date) => `[due:: ${date}]`,
      (date) => `[due: ${date}]`,
    );
    const words = fc
      .array(
        fc.constantFrom('Send', 'pricing', '@dana', 'to', 'Acme', '(call)', 'overdue', 'x_due', '2026'),
        {
          maxLength: 5,
        },
      )
      .map((parts) => parts.join(' '));

    it('on a token of any form: the parser reads its date and range, and both strips remove it', () => {
      fc.assert(
        fc.property(words, tokenOf, isoDate, words, (before, form, date, after) => {
          const token = form(date);
          const text = `${before} ${token} ${after}`.trim();
          const item = itemOf(`- [ ] ${text}`);
          assert.ok(item?.dueRange, text);
          assert.strictEqual(item.due, date);
          const line = `- [ ] ${text}`;
          assert.strictEqual(line.slice(item.dueRange.start.character, item.dueRange.end.character), token);
          const rest = `${before} ${after}`.trim();
          assert.strictEqual(withoutDueTokens(text), rest);
          assert.strictEqual(withoutDueDate(text), rest === '' ? text : rest);
        }),
        { numRuns: 500 },
      );
    });

    it('on any item text: the token found in the text is the one the parser read in the line', () => {
      const fragment = fc.oneof(
        fc.constantFrom(
          ' ',
          '\t',
          'due:',
          'Due:',
          '📅',
          '\ufe0f',
          '[due::',
          '[due:',
          ']',
          '(',
          ')',
          '.',
          'x',
          '@',
        ),
        isoDate,
        fc.string({ maxLength: 6 }),
      );
      const itemText = fc.array(fragment, { maxLength: 8 }).map((parts) => parts.join(''));
      fc.assert(
        fc.property(itemText, (text) => {
          const line = `- [ ] ${text}`;
          const item = itemOf(line);
          if (item === undefined || item.due === null || item.dueRange === null) return;
          const token = findDueToken(item.text);
          assert.ok(token, text);
          assert.strictEqual(token.date, item.due);
          assert.strictEqual(token.problem, null);
          assert.strictEqual(
            item.text.slice(token.start, token.end),
            line.slice(item.dueRange.start.character, item.dueRange.end.character),
          );
        }),
        { numRuns: 2000 },
      );
    });
  });
});
