// Parses one note's text into the engine's model. Never throws, on any input: a note that cannot be
// read still yields a ParsedNote, with diagnostics saying why.
import { parseBody } from './body';
import { readFrontMatter } from './frontMatter';
import type { NoteDiagnostic, ParsedNote } from './model';
import { splitLines, stripByteOrderMark } from '../base/text';
import { fileDiagnostic, unreadableNote } from '../files/noteSource';

/**
 * Bumped whenever the same text may parse differently, so that caches of parsed notes made by an
 * earlier parser are dropped even between two builds of the same version.
 */
export const PARSER_REVISION = 5;

export interface ParseOptions {
  /** Skip the fast front matter path (always use the full yaml parse). */
  readonly fullFrontMatter?: boolean;
}

export function parseNote(text: string, options?: ParseOptions): ParsedNote {
  const lines = splitLines(stripByteOrderMark(typeof text === 'string' ? text : ''));
  try {
    const head = readFrontMatter(lines, options);
    const body = parseBody(lines, head.bodyStartLine);
    return {
      frontMatter: head.frontMatter,
      sections: body.sections,
      items: body.items,
      privateRegions: body.privateRegions,
      diagnostics: sortDiagnostics([...head.diagnostics, ...body.diagnostics]),
      lineCount: lines.length,
    };
  } catch (error) {
    // A bug, or the runtime giving out (memory, stack). Say so rather than take down the index.
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ...unreadableNote(fileDiagnostic('file-unreadable', `This note could not be parsed (${reason}).`)),
      lineCount: lines.length,
    };
  }
}

/** By line, then character; the sort is stable, so equal positions keep the order they were found in. */
function sortDiagnostics(diagnostics: NoteDiagnostic[]): NoteDiagnostic[] {
  return diagnostics.sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
}

/**
 * The body lines a list edit (Toggle Task Done) may touch: outside the front matter, code blocks and
 * HTML comments, and neither headings nor thematic breaks. The parser's own walk decides, so the
 * edit and the parse always agree on what is Markdown content.
 */
export function editableBodyLines(text: string): ReadonlySet<number> {
  const lines = splitLines(stripByteOrderMark(typeof text === 'string' ? text : ''));
  const editable = new Set<number>();
  const head = readFrontMatter(lines);
  parseBody(lines, head.bodyStartLine, (line) => editable.add(line));
  return editable;
}
