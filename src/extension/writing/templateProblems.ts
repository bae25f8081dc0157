// The problems of workspace note templates (`.coaching/templates/<type>.coach.md`) in the Problems
// panel: unknown placeholders, broken front matter, a file name that is no meeting type. Checked
// when a template is opened or edited, when the workspace opens, and whenever New 1:1 Note reads one.
import * as vscode from 'vscode';
import { basename, dirname, relative } from '../../core/base/posixPath';
import type { NoteDiagnostic } from '../../core/note/model';
import {
  checkTemplate,
  loadTemplateFile,
  templateTypeOf,
  WORKSPACE_TEMPLATE_FOLDER,
} from '../../core/newNote/templates';
import { NOTE_TYPES } from '../../core/note/model';
import { DIAGNOSTIC_SOURCE, toVscodeDiagnostic } from '../util/convert';
import { fileSourceFor } from '../notes/noteFileAccess';
import { DisposableStore } from '../util/dispose';

export class TemplateProblems extends DisposableStore {
  private readonly collection = this.register(
    vscode.languages.createDiagnosticCollection(`${DIAGNOSTIC_SOURCE}-templates`),
  );

  constructor() {
    super();
    this.register(vscode.workspace.onDidOpenTextDocument((document) => this.checkDocument(document)));
    this.register(vscode.workspace.onDidChangeTextDocument((event) => this.checkDocument(event.document)));
    for (const document of vscode.workspace.textDocuments) this.checkDocument(document);
    void this.checkWorkspace();
  }

  /** Shows the problems of the template at `uri`, read as `text` or as a file-level diagnostic. */
  show(uri: vscode.Uri, read: { readonly text: string } | { readonly diagnostic: NoteDiagnostic }): void {
    const diagnostics = 'text' in read ? templateDiagnostics(uri, read.text) : [read.diagnostic];
    if (diagnostics.length === 0) this.collection.delete(uri);
    else this.collection.set(uri, diagnostics.map(toVscodeDiagnostic));
  }

  private checkDocument(document: vscode.TextDocument): void {
    if (isTemplateUri(document.uri)) this.show(document.uri, { text: document.getText() });
  }

  private async checkWorkspace(): Promise<void> {
    const found = await vscode.workspace.findFiles(`${WORKSPACE_TEMPLATE_FOLDER}/*.coach.md`, null, 100);
    for (const uri of found) {
      if (vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString()))
        continue;
      const read = await loadTemplateFile(fileSourceFor(uri), uri.toString());
      if (read !== null) this.show(uri, read);
    }
  }
}

/** A file in a workspace folder's `.coaching/templates/`. */
export function isTemplateUri(uri: vscode.Uri): boolean {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder || !uri.path.endsWith('.coach.md')) return false;
  return dirname(relative(folder.uri.path, uri.path)) === WORKSPACE_TEMPLATE_FOLDER;
}

function templateDiagnostics(uri: vscode.Uri, text: string): NoteDiagnostic[] {
  const type = templateTypeOf(basename(uri.path));
  if (type === null) {
    return [
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: 'warning',
        code: 'template-invalid',
        message: `Not used: a template's file name is a meeting type, one of ${NOTE_TYPES.map((known) => `${known}.coach.md`).join(', ')}.`,
      },
    ];
  }
  return checkTemplate(text, type);
}
