// Writing a note in the web worker, on memfs: the language and its grammar, snippets, live
// diagnostics at their lines, completion, hovers and the outline. Notes written here live in a
// folder of their own, removed afterwards.
import * as vscode from 'vscode';
import type { CoachingNotesApi } from '../../../../src/extension/api';
import { closeAllEditors, completionLabels, formatDiagnostics, hoverText } from '../../suite/editors';
import { eventually, repInTree, workspaceFile } from '../../suite/notesWorkspace';
import { waitUntil } from '../../suite/waitUntil';
import * as assert from './assert';
import { COACHING_NOTES_ID, coachingNotes } from './webHarness';

const SCRATCH = 'web-writing';

const NOTE = [
  '---',
  'rep: Wren Writer',
  'date: 2026-11-20',
  'next: 2026-11-27',
  '---',
  '',
  '## Agreed goals',
  '',
  '- [ ] Multi-thread Acme @dana due:2026-11-23',
  '',
  '## Follow-ups',
  '',
  '- [ ] Send pricing to Acme @dana due:2026-11-20',
  '- [x] Share the security answers @dana due:2026-11-18',
  '- [ ] Chase legal @me due:2026-11-31',
  '',
].join('\n');

async function openNote(name: string, text: string): Promise<vscode.TextEditor> {
  const uri = workspaceFile(SCRATCH, name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
}

describe('Web: writing a note', () => {
  let api: CoachingNotesApi;
  let notesBefore = 0;

  before(async () => {
    api = await coachingNotes();
    await api.whenIndexed();
    notesBefore = api.stats().notes;
  });

  afterEach(closeAllEditors);

  after(async () => {
    await closeAllEditors();
    // One file at a time, each reported to the index, so the tests after these see the fixture notes.
    for (const [name] of await vscode.workspace.fs.readDirectory(workspaceFile(SCRATCH)))
      await vscode.workspace.fs.delete(workspaceFile(SCRATCH, name));
    await vscode.workspace.fs.delete(workspaceFile(SCRATCH));
    await waitUntil(() => api.stats().notes === notesBefore, 'the index to forget the scratch notes');
    await eventually(
      async () => (await repInTree(api, 'Wren Writer')) === undefined,
      'the Reps tree to forget the rep of the deleted notes',
    );
  });

  it('opens *.coach.md files on memfs: as coaching notes, with the grammar the workbench loads', async () => {
    const editor = await openNote('language.coach.md', NOTE);
    assert.strictEqual(editor.document.languageId, 'coaching-note');
    assert.strictEqual(editor.document.uri.scheme, 'memfs');
    // Token scopes have no API (VS Code's `_workbench.captureSyntaxTokens` is not in code-server's
    // build): check that the grammar the workbench fetches from the extension's folder is there.
    const extension = vscode.extensions.getExtension(COACHING_NOTES_ID);
    assert.ok(extension);
    const grammars = (
      extension.packageJSON as { contributes: { grammars: { path: string; scopeName: string }[] } }
    ).contributes.grammars;
    const grammar = grammars.find((candidate) => candidate.scopeName === 'text.coaching-note');
    assert.ok(grammar, 'the coaching-note grammar is contributed');
    const file = vscode.Uri.joinPath(extension.extensionUri, grammar.path);
    const loaded = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file))) as {
      scopeName: string;
    };
    assert.strictEqual(loaded.scopeName, 'text.coaching-note');
  });

  it('expands the snippets', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'coaching-note', content: '' });
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('editor.action.insertSnippet', {
      langId: 'coaching-note',
      name: 'Follow-up',
    });
    // The date is the workbench's own (the page's clock, not the extension host's pinned one).
    assert.match(document.getText(), /^- \[ \] Task @me due:\d{4}-\d{2}-\d{2}$/u);
  });

  it('shows the broken front matter of a fixture note at its line', async () => {
    const uri = workspaceFile('marcus-oyelaran', '2026-11-19.coach.md');
    await waitUntil(() => formatDiagnostics(uri).length > 0, 'diagnostics for the broken note');
    assert.deepStrictEqual(
      formatDiagnostics(uri).map((diagnostic) => [diagnostic.code, diagnostic.range.start.line]),
      [
        ['invalid-type', 3],
        ['yaml-syntax', 4],
      ],
    );
  });

  it('reports a problem as the user types, at its line, and clears it when fixed', async () => {
    const editor = await openNote('typing.coach.md', NOTE);
    const uri = editor.document.uri;
    await waitUntil(
      () => formatDiagnostics(uri).some((diagnostic) => diagnostic.code === 'invalid-due'),
      'the impossible due date (2026-11-31) to be reported',
    );
    assert.deepStrictEqual(
      formatDiagnostics(uri).map((diagnostic) => [diagnostic.code, diagnostic.range.start.line]),
      [['invalid-due', 14]],
    );
    await editor.edit((builder) => builder.replace(new vscode.Range(14, 34, 14, 36), '30'));
    await waitUntil(() => formatDiagnostics(uri).length === 0, 'the fixed date to clear the problem');
    assert.ok(editor.document.isDirty, 'checked unsaved, as typed');
  });

  it('completes due dates and owners', async () => {
    const editor = await openNote('complete.coach.md', NOTE);
    const uri = editor.document.uri;
    await editor.edit((builder) =>
      builder.insert(new vscode.Position(15, 0), '- [ ] Send the one-pager @dana due:\n'),
    );
    assert.deepStrictEqual(
      await completionLabels(uri, new vscode.Position(15, 35), ':', vscode.CompletionItemKind.Value),
      [
        'today — Sun 2026-11-22',
        'tomorrow — Mon 2026-11-23',
        'next meeting — Fri 2026-11-27',
        'next week — Sun 2026-11-29',
        'end of month — Mon 2026-11-30',
      ],
    );
    await editor.edit((builder) => builder.insert(new vscode.Position(16, 0), '- [ ] Call @'));
    const owners = await completionLabels(
      uri,
      new vscode.Position(16, 12),
      '@',
      vscode.CompletionItemKind.User,
    );
    for (const owner of ['dana', 'priya', 'marcus', 'sofía'])
      assert.ok(owners.includes(owner), `${owner} among ${owners.join(', ')}`);
  });

  it('explains dates on hover', async () => {
    const editor = await openNote('hover.coach.md', NOTE);
    const uri = editor.document.uri;
    assert.strictEqual(
      await hoverText(uri, new vscode.Position(8, 40)),
      '**Due Monday 2026-11-23** · due tomorrow',
    );
    assert.strictEqual(
      await hoverText(uri, new vscode.Position(12, 40)),
      '**Due Friday 2026-11-20** · overdue by 2 days',
    );
  });

  it('outlines the note: front matter, then sections with their items', async () => {
    const editor = await openNote('outline.coach.md', NOTE);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider',
      editor.document.uri,
    );
    assert.deepStrictEqual(
      symbols.map((symbol) => [symbol.name, symbol.children.map((child) => child.name)]),
      [
        ['Wren Writer', []],
        ['Agreed goals', ['Multi-thread Acme @dana due:2026-11-23']],
        [
          'Follow-ups',
          [
            'Send pricing to Acme @dana due:2026-11-20',
            'Share the security answers @dana due:2026-11-18',
            'Chase legal @me due:2026-11-31',
          ],
        ],
      ],
    );
  });

  it('outlines a Spanish note by its Spanish sections', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider',
      workspaceFile('sofia-nunez', '2026-11-13.coach.md'),
    );
    assert.deepStrictEqual(
      symbols.map((symbol) => symbol.name),
      ['Sofía Núñez', 'Causa raíz', 'Fortalezas', 'Metas acordadas', 'Seguimientos'],
    );
  });
});
