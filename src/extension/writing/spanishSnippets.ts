// The Spanish snippets (snippets/coaching-note.es.json), offered by a completion provider rather
// than contributed in package.json: VS Code cannot make a snippet file depend on a language, and
// `nota` or `meta` next to `note` and `goal` would crowd every English lead's suggestions. They
// appear when the note's headings are Spanish or VS Code's display language is Spanish.
import * as vscode from 'vscode';
import { displayLang } from '../displayLanguage';
import { noteHeadingLanguage } from '../../core/note/sections';
import spanishSnippets from '../../../snippets/coaching-note.es.json';
import { noteSelector, parsedDocument } from './parsedDocument';
import { whenEngineLoaded } from '../engineLoaded';

interface SnippetEntry {
  readonly prefix: string | readonly string[];
  readonly description: string;
  readonly body: readonly string[];
}

/** One character of a prefix being typed: a letter or `-`, as in `causa-raiz`. */
const PREFIX_CHARACTER = /^[\p{L}-]$/u;

/** How many characters of a prefix stand before the cursor (the editor's words stop at `-`). */
function typedPrefixLength(before: string): number {
  let start = before.length;
  while (start > 0 && PREFIX_CHARACTER.test(before[start - 1])) start--;
  return before.length - start;
}

export class SpanishSnippets implements vscode.CompletionItemProvider {
  static register(): vscode.Disposable {
    return vscode.languages.registerCompletionItemProvider(noteSelector(), new SpanishSnippets());
  }

  provideCompletionItems(
    document: vscode.TextDocument,
    position: vscode.Position,
  ): vscode.CompletionItem[] | Promise<vscode.CompletionItem[]> {
    return whenEngineLoaded(() => this.completionItems(document, position));
  }

  private completionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] {
    if (!wantsSpanish(document)) return [];
    const before = document.lineAt(position.line).text.slice(0, position.character);
    const range = new vscode.Range(position.translate(0, -typedPrefixLength(before)), position);
    const entries = Object.entries(spanishSnippets as Readonly<Record<string, SnippetEntry>>);
    return entries.flatMap(([name, entry]) =>
      [entry.prefix].flat().map((prefix) => {
        const item = new vscode.CompletionItem(
          { label: prefix, description: name },
          vscode.CompletionItemKind.Snippet,
        );
        item.insertText = new vscode.SnippetString(entry.body.join('\n'));
        item.documentation = new vscode.MarkdownString(entry.description);
        item.detail = name;
        item.range = range;
        return item;
      }),
    );
  }
}

function wantsSpanish(document: vscode.TextDocument): boolean {
  return displayLang() === 'es' || noteHeadingLanguage(parsedDocument(document)) === 'es';
}
