// What a Markdown reader sees in a note: the lines of open task items (`- [ ]`) as markdown-it, the
// parser behind VS Code's Markdown preview, finds them. The hostile tier compares these with the
// engine's items, so that an item a person can see is never silently missing from the engine.
import MarkdownIt from 'markdown-it';

const reader = new MarkdownIt({ html: true });
const OPEN_BOX = /^\[ \](?:[ \t]|$)/u;

/** 0-based lines where the reader sees an open task item, in `text` with `hiddenLines` blanked. */
export function openTaskLines(text: string, hiddenLines: ReadonlySet<number>): number[] {
  const lines = text.split(/\r\n|\r|\n/u);
  const visible =
    hiddenLines.size === 0 ? text : lines.map((line, i) => (hiddenLines.has(i) ? '' : line)).join('\n');
  const tokens = reader.parse(visible, {});
  const result: number[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const item = tokens[i];
    if (item.type !== 'list_item_open' || item.map === null) continue;
    if (tokens[i + 1].type !== 'paragraph_open' || tokens[i + 2].type !== 'inline') continue;
    if (OPEN_BOX.test(tokens[i + 2].content)) result.push(item.map[0]);
  }
  return result;
}
