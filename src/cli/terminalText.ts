// What the command line prints from notes, rep names and file names is shown, never obeyed: a note
// or a file name could otherwise move the cursor, retitle the window or hide lines with escape
// sequences, and a file name with a newline would forge a `path:line:` row of its own.

// C0 controls but tab, DEL, C1 controls; and the line and paragraph separators that some terminals
// and most editors treat as line breaks.
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/gu;
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/gu;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r' };

function escaped(char: string): string {
  const code = char.charCodeAt(0);
  return (
    NAMED[char] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`)
  );
}

/** One field (a file name, an item's text, a rep's name): every control character but tab escaped. */
export function forTerminal(text: string): string {
  return text.replace(CONTROL, escaped);
}

/** A whole text meant to keep its lines (the Markdown report): the same, newlines and tabs kept. */
export function linesForTerminal(text: string): string {
  return text.replace(CONTROL_IN_TEXT, escaped);
}

/**
 * JSON for stdout: JSON.stringify already escapes C0 controls; DEL, C1 controls and the separators
 * are escaped too (they occur only inside strings, where `\uXXXX` means the same character).
 */
export function jsonForTerminal(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[\u007f-\u009f\u2028\u2029]/gu,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * `jsonForTerminal(items.map(toJson)) + '\n'`, written a slice of items at a time: a list of 30,000
 * overdue items is never one string (nor its copy), so the output costs little memory.
 */
export function writeJsonArray<T>(
  output: { write(text: string): unknown },
  items: readonly T[],
  toJson: (item: T) => unknown,
  slice = 1000,
): void {
  if (items.length === 0) {
    output.write('[]\n');
    return;
  }
  for (let start = 0; start < items.length; start += slice) {
    // A slice as an array of its own, `[\n` and `\n]` cut off: its elements as the whole array
    // would hold them (indented once, separated by `,\n`), in one stringify and one escape.
    const json = jsonForTerminal(items.slice(start, start + slice).map(toJson));
    output.write((start === 0 ? '[\n' : ',\n') + json.slice(2, -2));
  }
  output.write('\n]\n');
}
