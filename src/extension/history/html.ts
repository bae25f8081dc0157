// Building HTML and SVG as text for the history webview. Every piece of note text goes through
// `escapeHtml`: notes are untrusted input and the webview must never run or load anything from them.
// Pure (no vscode import), so the rendering is unit-tested without VS Code.
import { trimEndWhere } from '../../core/base/text';

/** Text or an attribute value, safe inside HTML and SVG markup. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')
    .replace(/'/gu, '&#39;');
}

/** `name="value"` pairs; null and undefined values are left out. */
export function attributes(values: Readonly<Record<string, string | number | null | undefined>>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== null && entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeHtml(String(value))}"`)
    .join('');
}

/** The text cut to `max` characters at a word boundary when possible, with an ellipsis. */
export function truncate(text: string, max: number): string {
  const single = text.replace(/\s+/gu, ' ').trim();
  if (single.length <= max) return single;
  const cut = single.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${trimEndWhere(space > max * 0.4 ? cut.slice(0, space) : cut, (char) => /[\s,;:.–—-]/u.test(char))}…`;
}

/** Numbers in SVG coordinates: at most one decimal, no `-0`. */
export function num(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** Where a clickable element of the page leads: a note line (0-based). */
export interface NoteTarget {
  readonly file: string;
  readonly line: number;
}

/** The data attributes the webview script reads to open a note when the element is activated. */
export function targetAttributes(target: NoteTarget | null): Record<string, string | number | null> {
  return target === null ? {} : { 'data-file': target.file, 'data-line': target.line };
}
