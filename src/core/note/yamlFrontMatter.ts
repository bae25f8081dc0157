// The full front matter reader: the `yaml` package's parser, hardened for untrusted input. The
// concrete syntax tree is built first (that parser is iterative) and its nesting measured, so the
// recursive composer never sees input deep enough to exhaust the stack; V8 can die outright, not
// throw, when it runs out of stack inside a regular expression.
import { Composer, Parser } from 'yaml';
import type { CST, Document, DocumentOptions, ParseOptions, SchemaOptions } from 'yaml';
import type { FrontMatterEntry } from './frontMatterFields';
import type { NoteDiagnostic } from './model';
import { JoinedLinesMap } from '../base/text';
import { explainYamlError } from './yamlErrorWords';
import { convertFrontMatter, MAX_YAML_DEPTH } from './yamlConvert';
import { diagnosticText } from '../i18n/diagnostics';

export interface FrontMatterReading {
  /** The top-level entries, or null when the front matter could not be read at all. */
  readonly entries: readonly FrontMatterEntry[] | null;
  readonly diagnostics: NoteDiagnostic[];
}

const YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.2',
  schema: 'core',
  merge: false,
  // Duplicates are found by the converter, which compares keys as they are stored (`1` and `"1"`
  // collide there) and reports the whole second key.
  uniqueKeys: false,
  prettyErrors: false,
  strict: true,
};

/** Beyond the converter's own depth limit, room for the document and top-level map levels. */
const MAX_SYNTAX_DEPTH = MAX_YAML_DEPTH + 8;
/** A broken front matter can produce an error per character; the first few say what is wrong. */
const MAX_SYNTAX_DIAGNOSTICS = 10;

/**
 * Parses the front matter's content lines (between the `---` lines); `firstLine` is the note line of
 * the first of them.
 */
export function readYamlFrontMatter(contentLines: readonly string[], firstLine: number): FrontMatterReading {
  const positions = new JoinedLinesMap(contentLines, firstLine);
  const content = contentLines.join('\n');
  const tooComplex = (offset: number, reason: string): FrontMatterReading => ({
    entries: null,
    diagnostics: [
      {
        range: positions.rangeAt(offset, offset),
        severity: 'error',
        code: 'yaml-too-complex',
        message: diagnosticText('diagnostic.front-matter-too-complex', { reason }),
      },
    ],
  });

  let documents: Document.Parsed[];
  try {
    const tokens = Array.from(new Parser().parse(content));
    const tooDeep = findTooDeep(tokens, MAX_SYNTAX_DEPTH);
    if (tooDeep !== null) return tooComplex(tooDeep, `nested more than ${MAX_YAML_DEPTH} levels deep`);
    documents = Array.from(new Composer(YAML_OPTIONS).compose(tokens, true, content.length));
  } catch (error) {
    // Nothing above is expected to throw; if the library ever does (e.g. stack exhaustion), the note
    // still parses, with the front matter unread.
    return tooComplex(
      0,
      error instanceof RangeError ? 'it exhausted the parser' : 'the YAML parser failed on it',
    );
  }
  const document = documents[0];
  if (document === undefined) return { entries: [], diagnostics: [] };

  const diagnostics: NoteDiagnostic[] = [];
  for (const error of document.errors) {
    if (error.code === 'RESOURCE_EXHAUSTION') return tooComplex(error.pos[0], 'it exhausted the parser');
    if (diagnostics.length < MAX_SYNTAX_DIAGNOSTICS) {
      diagnostics.push({
        range: positions.rangeAt(error.pos[0], error.pos[1]),
        severity: 'error',
        code: 'yaml-syntax',
        message: explainYamlError(
          error,
          content,
          (offset) => positions.rangeAt(offset, offset).start.line + 1,
        ),
      });
    }
  }
  const extraDocument = documents[1];
  if (extraDocument !== undefined) {
    const offset = extraDocument.range[0];
    diagnostics.push({
      range: positions.rangeAt(offset, offset),
      severity: 'error',
      code: 'yaml-syntax',
      message: diagnosticText('diagnostic.second-document'),
    });
  }
  const converted = convertFrontMatter(document.contents, positions);
  return { entries: converted.entries, diagnostics: [...diagnostics, ...converted.diagnostics] };
}

/** Offset of the first token nested deeper than `limit`, or null; iterative, so any depth is safe. */
function findTooDeep(tokens: readonly CST.Token[], limit: number): number | null {
  const pending: Array<{ token: CST.Token; depth: number }> = [];
  for (let index = tokens.length - 1; index >= 0; index--) pending.push({ token: tokens[index], depth: 0 });
  for (let entry = pending.pop(); entry !== undefined; entry = pending.pop()) {
    const { token, depth } = entry;
    if (depth > limit) return token.offset;
    const children: CST.Token[] = [];
    if (token.type === 'document') {
      if (token.value) children.push(token.value);
    } else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      for (const item of token.items as CST.CollectionItem[]) {
        if (item.key) children.push(item.key);
        if (item.value) children.push(item.value);
      }
    }
    for (let index = children.length - 1; index >= 0; index--)
      pending.push({ token: children[index], depth: depth + 1 });
  }
  return null;
}
