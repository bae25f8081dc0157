// What a lead sees while writing a note, captured as screenshots: the note with its highlighting,
// a problem in the Problems panel and due date completion open; and the note in the Markdown preview.
// The note is written into a folder of its own, removed afterwards.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CoachingNotesApi } from '../../../src/extension/api';
import { closeAllEditors } from './editors';
import { coachingNotesExtension } from './manifest';
import { takeScreenshot } from './screenshot';
import { waitUntil } from './waitUntil';

const SCRATCH = 'writing-screens';
const PROBLEMS_ACTIVE_FILE_ONLY = 'workbench.actions.workbench.panel.markers.view.toggleActiveFile';

const NOTE = [
  '---',
  'rep: Dana Whitfield',
  'date: 2026-11-22',
  'next: 2026-11-29',
  '---',
  '',
  '## Root cause',
  '',
  'Halvorsen is single-threaded: discovery stops at the technical fit, so the buyer is never found.',
  '',
  '## Strengths',
  '',
  '- Rebuilt the Halvorsen demo around their data-retention problem: their architect wants it.',
  '',
  '## Agreed goals',
  '',
  '- [ ] Multi-thread Halvorsen: meet the VP Finance or her delegate @dana due:2026-12-05',
  '- [ ] Run the full discovery checklist on 6 of 6 first calls @dana due:2026-12-31',
  '',
  '## Follow-ups',
  '',
  '- [x] Share the Halvorsen demo recording with the SE team @dana due:2026-11-20',
  '- [ ] Introduce Dana to our CFO-facing reference customer @priya due:2026-11-31',
  '- [ ] Send Dana the MEDDICC one-pager @priya due:',
  '',
].join('\n');

function workspaceFile(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests run with the fixture workspace open');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

describe('Writing: screenshots and preview', () => {
  const uri = () => workspaceFile(SCRATCH, '2026-11-22.coach.md');

  before(async () => {
    const api = (await coachingNotesExtension().activate()) as CoachingNotesApi;
    await api.whenIndexed();
    await vscode.workspace.fs.writeFile(uri(), new TextEncoder().encode(NOTE));
  });

  after(async () => {
    await closeAllEditors();
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await vscode.workspace.fs.delete(workspaceFile(SCRATCH), { recursive: true, useTrash: false });
  });

  it('shows a note being written: highlighting, a problem and due date completion', async () => {
    const document = await vscode.workspace.openTextDocument(uri());
    await waitUntil(
      () =>
        vscode.languages.getDiagnostics(document.uri).some((diagnostic) => diagnostic.code === 'invalid-due'),
      'the malformed due date to be reported',
    );
    const editor = await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await vscode.commands.executeCommand(PROBLEMS_ACTIVE_FILE_ONLY);
    // A taller editor (and a lower panel, listing only this note's problems) shows the whole note.
    for (let step = 0; step < 2; step++)
      await vscode.commands.executeCommand('workbench.action.increaseViewHeight');
    await vscode.window.showTextDocument(document);
    const last = document.lineAt(document.lineCount - 2);
    assert.ok(last.text.endsWith('due:'));
    editor.selection = new vscode.Selection(last.range.end, last.range.end);
    editor.revealRange(new vscode.Range(0, 0, 0, 0), vscode.TextEditorRevealType.AtTop);
    await vscode.commands.executeCommand('editor.action.triggerSuggest');
    try {
      await takeScreenshot('writing-note', {
        waitForText: ['tomorrow — Mon 2026-11-23', 'is not a calendar date', 'Agreed goals'],
      });
    } finally {
      await vscode.commands.executeCommand('hideSuggestWidget');
      await vscode.commands.executeCommand(PROBLEMS_ACTIVE_FILE_ONLY);
    }
  });

  it("opens the note in VS Code's Markdown preview, beside the editor", async () => {
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri()));
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    editor.revealRange(new vscode.Range(0, 0, 0, 0), vscode.TextEditorRevealType.AtTop);
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await vscode.commands.executeCommand('coachingNotes.openPreview');
    const previewTab = () =>
      vscode.window.tabGroups.all
        .flatMap((group) => group.tabs)
        .find(
          (tab) =>
            tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes('markdown.preview'),
        );
    await waitUntil(() => previewTab() !== undefined, 'the Markdown preview to open');
    const tab = previewTab();
    assert.ok(tab);
    assert.ok(tab.label.includes('2026-11-22.coach.md'), tab.label);
    assert.strictEqual(tab.group.viewColumn, vscode.ViewColumn.Two, 'beside the note');
    // The preview renders with VS Code's own Markdown engine: headings, lists, the front matter
    // as that engine shows it (a table or hidden, by `markdown.preview.frontMatter`; never as
    // text), and, from this extension's markdown-it plugin, the task boxes as checkboxes.
    const html = await vscode.commands.executeCommand<string>('markdown.api.render', editor.document);
    assert.match(html, /<h2[^>]*>Agreed goals<\/h2>/u);
    assert.doesNotMatch(html, /rep: Dana Whitfield|<hr/u);
    assert.match(html, /<input type="checkbox" disabled title="Open"[^>]*>Multi-thread Halvorsen/u);
    assert.match(html, /<input type="checkbox" disabled checked title="Done"[^>]*>Share the Halvorsen demo/u);
    assert.doesNotMatch(html, /\[ \]|\[x\]/u);
    // Other Markdown keeps VS Code's own rendering of `[ ]`.
    const plain = await vscode.commands.executeCommand<string>(
      'markdown.api.render',
      '- [ ] Plain Markdown task',
    );
    assert.match(plain, /\[ \] Plain Markdown task/u);
    await takeScreenshot('note-preview', { waitForText: [tab.label] });
  });
});
