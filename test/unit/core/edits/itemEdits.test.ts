import * as assert from 'assert';
import {
  findPickedItem,
  rescheduleEdit,
  setStatusEdit,
  type TextEdit,
} from '../../../../src/core/edits/itemEdits';
import { parseNote } from '../../../../src/core/note/parse';

function apply(text: string, edit: TextEdit): string {
  const lines = text.split('\n');
  assert.strictEqual(edit.range.start.line, edit.range.end.line, 'an item edit stays on one line');
  const line = lines[edit.range.start.line] ?? '';
  lines[edit.range.start.line] =
    line.slice(0, edit.range.start.character) + edit.newText + line.slice(edit.range.end.character);
  return lines.join('\n');
}

const NOTE = `---
rep: Dana
date: 2026-11-17
---
## Follow-ups
- [ ] Send pricing @dana due:2026-11-20
- [ ] Book the review @me 📅 2026-11-21
  * [ ] Confirm the room [due:: 2026-11-22] @me
- [ ] Call legal @me
- [ ] Ping finance due:tomorrow
`;

function itemAt(line: number) {
  const note = parseNote(NOTE);
  const item = note.items.find((candidate) => candidate.line === line);
  assert.ok(item, `an item on line ${line}`);
  return { note, item };
}

function changedLines(before: string, after: string): number[] {
  const a = before.split('\n');
  const b = after.split('\n');
  return a.flatMap((line, index) => (line === b[index] ? [] : [index]));
}

describe('item edits', () => {
  it('marks an item done by changing only the box character', () => {
    const { item } = itemAt(5);
    const after = apply(NOTE, setStatusEdit(item, 'done'));
    assert.deepStrictEqual(changedLines(NOTE, after), [5]);
    assert.strictEqual(after.split('\n')[5], '- [x] Send pricing @dana due:2026-11-20');
  });

  it('reschedules keeping the form of the due token', () => {
    const cases: [number, string][] = [
      [5, '- [ ] Send pricing @dana due:2026-12-01'],
      [6, '- [ ] Book the review @me 📅 2026-12-01'],
      [7, '  * [ ] Confirm the room [due:: 2026-12-01] @me'],
      [8, '- [ ] Call legal @me due:2026-12-01'],
      [9, '- [ ] Ping finance due:2026-12-01'],
    ];
    for (const [line, expected] of cases) {
      const { item } = itemAt(line);
      const after = apply(NOTE, rescheduleEdit(item, NOTE.split('\n')[line] ?? '', '2026-12-01'));
      assert.deepStrictEqual(changedLines(NOTE, after), [line]);
      assert.strictEqual(after.split('\n')[line], expected);
      assert.strictEqual(
        parseNote(after).items.find((candidate) => candidate.line === line)?.due,
        '2026-12-01',
      );
    }
  });

  it('finds an item by line and text, or by text alone when lines moved', () => {
    const note = parseNote(NOTE);
    assert.strictEqual(findPickedItem(note, { line: 8, text: 'Call legal @me' })?.line, 8);
    assert.strictEqual(findPickedItem(note, { line: 3, text: 'Call legal @me' })?.line, 8);
    assert.strictEqual(findPickedItem(note, { line: 8, text: 'Something else' }), undefined);
  });
});
