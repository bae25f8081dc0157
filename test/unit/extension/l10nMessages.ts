// Every message the extension passes to `vscode.l10n.t`, read from the sources with the TypeScript
// parser (the extension's own strings, what `@vscode/l10n-dev export` would list).
import * as fs from 'fs';
import * as path from 'path';
import ts from 'typescript';
import { REPO_ROOT } from '../../repoPaths';

export interface L10nCall {
  /** The bundle key, or null when the message is not a plain string (it cannot be translated). */
  readonly key: string | null;
  /** The English message (the key without its `/comment`). */
  readonly message: string | null;
  readonly where: string;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

function isL10nT(node: ts.Expression): boolean {
  return (
    ts.isPropertyAccessExpression(node) &&
    node.name.text === 't' &&
    ts.isPropertyAccessExpression(node.expression) &&
    node.expression.name.text === 'l10n'
  );
}

function literalText(node: ts.Node | undefined): string | null {
  return node !== undefined && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
    ? node.text
    : null;
}

/**
 * The key VS Code looks the message up by: the message itself, or `message/comment` for the
 * `{ message, comment }` form (a comment in one string; VS Code joins an array without a separator).
 */
function bundleKey(argument: ts.Expression): { key: string; message: string } | null {
  if (!ts.isObjectLiteralExpression(argument)) {
    const text = literalText(argument);
    return text === null ? null : { key: text, message: text };
  }
  const property = (name: string): ts.Expression | undefined => {
    const found = argument.properties.find(
      (entry) => ts.isPropertyAssignment(entry) && ts.isIdentifier(entry.name) && entry.name.text === name,
    );
    return found !== undefined && ts.isPropertyAssignment(found) ? found.initializer : undefined;
  };
  const message = literalText(property('message'));
  const comment = property('comment');
  if (message === null) return null;
  if (comment === undefined) return { key: message, message };
  const commentText = literalText(comment);
  return commentText === null || commentText === '' ? null : { key: `${message}/${commentText}`, message };
}

export function l10nCalls(): L10nCall[] {
  const calls: L10nCall[] = [];
  for (const file of sourceFiles(path.join(REPO_ROOT, 'src'))) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && isL10nT(node.expression)) {
        const [first] = node.arguments;
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        const where = `${path.relative(REPO_ROOT, file)}:${line + 1}`;
        const key = first === undefined ? null : bundleKey(first);
        calls.push({ key: key?.key ?? null, message: key?.message ?? null, where });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return calls;
}

/** The `{0}`, `{1}`... a message fills in, sorted, each once. */
export function placeholdersOf(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\d+\}/gu)].map((match) => match[0]))].sort();
}
