// The JSON the command line prints: written a slice at a time, the same bytes as in one piece.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { jsonForTerminal, writeJsonArray } from '../../../src/cli/terminalText';

function written(items: readonly unknown[], slice: number): string {
  const chunks: string[] = [];
  writeJsonArray({ write: (text: string) => chunks.push(text) }, items, (item) => item, slice);
  return chunks.join('');
}

describe('writeJsonArray', () => {
  it('writes what jsonForTerminal gives for the whole array, whatever the slice', () => {
    // Strings with newlines, controls, DEL, C1 controls and the line separators; nested values.
    const text = fc.string({
      unit: fc.constantFrom(
        'a',
        ' ',
        '\n',
        '\r',
        '\t',
        '\u0000',
        '\u007f',
        '\u0085',
        '\u2028',
        '\u2029',
        'é',
        '"',
      ),
    });
    const item = fc.record({
      file: text,
      line: fc.integer(),
      owner: fc.option(text),
      tags: fc.array(text, { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), fc.integer({ min: 1, max: 5 }), (items, slice) => {
        assert.equal(written(items, slice), jsonForTerminal(items) + '\n');
      }),
    );
  });

  it('writes an empty list as []', () => {
    assert.equal(written([], 3), '[]\n');
  });
});
