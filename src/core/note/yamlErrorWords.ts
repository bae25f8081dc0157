// YAML errors in words a sales lead understands: what is wrong and how to fix it, first; the YAML
// parser's own message after it, as detail for whoever wants it. Used for the front matter of notes
// and for the roster.
import { diagnosticText } from '../i18n/diagnostics';

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
  return diagnosticText('diagnostic.yaml', { words: plainWords(error, text, lineOf), detail });
}

function plainWords(error: YamlErrorLike, text: string, lineOf: (offset: number) => number): string {
  const at = error.pos[0];
  const message = error.message;
  if (/end with a [\]}]|Expected flow (?:sequence|map) to end/u.test(message)) {
    const opener = unclosedOpener(text, at);
    if (opener !== null) {
      const open = text[opener] ?? '[';
      return diagnosticText(open === '[' ? 'diagnostic.yaml.unclosedList' : 'diagnostic.yaml.unclosedGroup', {
        open,
        line: lineOf(opener),
        close: CLOSERS[open] ?? ']',
      });
    }
  }
  const quote = /Missing closing (["'])quote/u.exec(message);
  if (quote) {
    const mark = quote[1] ?? '"';
    const opener = text.lastIndexOf(mark, Math.max(0, at - 1));
    const line = opener >= 0 ? lineOf(opener) : lineOf(at);
    return diagnosticText('diagnostic.yaml.unclosedQuote', { mark, line });
  }
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return diagnosticText('diagnostic.yaml.tab', { line: lineOf(at) });
    case 'BAD_SCALAR_START': {
      const mark = /character (.)/u.exec(message)?.[1] ?? '@';
      return diagnosticText('diagnostic.yaml.badStart', { mark, line: lineOf(at) });
    }
    case 'BLOCK_AS_IMPLICIT_KEY':
      return diagnosticText('diagnostic.yaml.secondColon', { line: lineOf(at) });
    case 'MULTILINE_IMPLICIT_KEY':
      return diagnosticText('diagnostic.yaml.notKeyValue', { line: lineOf(at) });
    case 'BAD_INDENT':
      return diagnosticText('diagnostic.yaml.badIndent', { line: lineOf(at) });
    case 'DUPLICATE_KEY':
      return diagnosticText('diagnostic.yaml.duplicateKey', { line: lineOf(at) });
    case 'BAD_ALIAS':
    case 'ALIAS_PROPS':
      return diagnosticText('diagnostic.yaml.badAlias', { line: lineOf(at) });
    case 'UNEXPECTED_TOKEN': {
      const token = quotedTokenOf(message);
      if (token === ']' || token === '}')
        return diagnosticText('diagnostic.yaml.extraCloser', {
          line: lineOf(at),
          open: token === ']' ? '[' : '{',
          token,
        });
      return diagnosticText('diagnostic.yaml.unexpected', { line: lineOf(at) });
    }
    default:
      return diagnosticText('diagnostic.yaml.unreadable', { line: lineOf(at) });
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
