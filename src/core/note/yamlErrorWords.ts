// YAML errors in words a sales lead understands: what is wrong and how to fix it, first; the YAML
// parser's own message after it, as detail for whoever wants it. Used for the front matter of notes
// and for the roster.

/** What the `yaml` package reports for one error (its `YAMLError` fields we need). */
export interface YamlErrorLike {
  readonly code: string;
  readonly message: string;
  /** Offsets into the parsed text: where the parser noticed the problem. */
  readonly pos: readonly [number, number];
}

const CLOSERS: Readonly<Record<string, string>> = { '[': ']', '{': '}' };

/**
 * The plain-words message for `error` in `text`. `lineOf` turns an offset of `text` into the line
 * number the user sees (1-based, in the whole file).
 */
export function explainYamlError(
  error: YamlErrorLike,
  text: string,
  lineOf: (offset: number) => number,
): string {
  const detail = error.message.split('\n')[0] ?? '';
  return `${plainWords(error, text, lineOf)} (YAML: ${detail})`;
}

function plainWords(error: YamlErrorLike, text: string, lineOf: (offset: number) => number): string {
  const at = error.pos[0];
  const message = error.message;
  if (/end with a [\]}]|Expected flow (?:sequence|map) to end/u.test(message)) {
    const opener = unclosedOpener(text, at);
    if (opener !== null) {
      const open = text[opener] ?? '[';
      const what = open === '[' ? 'list' : 'group';
      return `The ${what} opened with \`${open}\` on line ${lineOf(opener)} is never closed with \`${CLOSERS[open] ?? ']'}\`: add it at the end of that line.`;
    }
  }
  const quote = /Missing closing (["'])quote/u.exec(message);
  if (quote) {
    const mark = quote[1] ?? '"';
    const opener = text.lastIndexOf(mark, Math.max(0, at - 1));
    const line = opener >= 0 ? lineOf(opener) : lineOf(at);
    return `The text in quotes that starts with \`${mark}\` on line ${line} is never closed: add a closing \`${mark}\` at the end of it.`;
  }
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return `Line ${lineOf(at)} starts with a tab: use spaces instead (or none, for a \`key: value\` line).`;
    case 'BAD_SCALAR_START': {
      const mark = /character (.)/u.exec(message)?.[1] ?? '@';
      return `A value cannot start with \`${mark}\` unless it is in quotes: write it as "${mark}…" on line ${lineOf(at)}.`;
    }
    case 'BLOCK_AS_IMPLICIT_KEY':
      return `Line ${lineOf(at)} has a second \`: \` in its value, or the next line is indented: put the value in quotes ("…"), or start the next line at the left edge.`;
    case 'MULTILINE_IMPLICIT_KEY':
      return `Line ${lineOf(at)} is not a \`key: value\` line: add the \`: \` after the key, or put the text in quotes.`;
    case 'BAD_INDENT':
      return `Line ${lineOf(at)} is indented differently from the lines around it: line the keys up at the left edge.`;
    case 'DUPLICATE_KEY':
      return `A key appears twice (line ${lineOf(at)}): keep one of them.`;
    case 'BAD_ALIAS':
    case 'ALIAS_PROPS':
      return `Line ${lineOf(at)} refers to something with \`*\` that is not defined: put the value in quotes if the \`*\` is meant as text.`;
    case 'UNEXPECTED_TOKEN': {
      const token = quotedTokenOf(message);
      if (token === ']' || token === '}')
        return `Line ${lineOf(at)} closes a \`${token === ']' ? '[' : '{'}\` that was never opened: remove the extra \`${token}\`.`;
      return `Line ${lineOf(at)} does not fit the front matter's \`key: value\` lines: check its spacing and any quotes or brackets.`;
    }
    default:
      return `Line ${lineOf(at)} cannot be read: check its spacing and any quotes or brackets.`;
  }
}

/** Offset of the `[` or `{` before `offset` that no bracket after it closes, or null. */
function unclosedOpener(text: string, offset: number): number | null {
  let depth = 0;
  for (let index = Math.min(offset, text.length) - 1; index >= 0; index--) {
    const char = text[index];
    if (char === ']' || char === '}') depth++;
    else if (char === '[' || char === '{') {
      if (depth === 0) return index;
      depth--;
    }
  }
  return null;
}

/** The token the YAML parser quotes at the end of an UNEXPECTED_TOKEN message, or undefined. */
function quotedTokenOf(message: string): string | undefined {
  // Plain string search rather than `/: "(.+)"$/u`, which backtracks quadratically.
  const lead = 'token in YAML stream: "';
  const start = message.lastIndexOf(lead);
  if (start === -1 || !message.endsWith('"')) return undefined;
  const token = message.slice(start + lead.length, -1);
  return token === '' ? undefined : token;
}
