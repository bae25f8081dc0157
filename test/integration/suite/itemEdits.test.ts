// Edits that must never lose a word, in a real VS Code: quick fixes on broken front matter and
// malformed due dates, Mark Done on a note that changed since the item was listed, Toggle Task Done
// on lines that are not list items, and notes whose line endings VS Code would rewrite.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CoachingNotesApi } from '../../../src/extension/api';
import { changedLines, closeAllEditors, formatDiagnostics } from './editors';
import { coachingNotesExtension } from './manifest';
import { waitUntil } from './waitUntil';

const SCRATCH = 'edits-scratch';

function scratchFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests run with the fixture workspace open');
  return vscode.Uri.joinPath(folder.uri, SCRATCH, name);
}

async function writeNote(name: string, text: string): Promise<vscode.Uri> {
  const uri = scratchFile(name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

async function openNote(name: string, text: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(await writeNote(name, text));
  return vscode.window.showTextDocument(document);
}

async function bytesOf(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

async function applyQuickFix(uri: vscode.Uri, diagnostic: vscode.Diagnostic, title: string): Promise<void> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    uri,
    diagnostic.range,
  );
  const action = actions.find((candidate) => candidate.title === title);
  assert.ok(
    action?.edit,
    `a "${title}" fix among: ${actions.map((candidate) => candidate.title).join(' | ')}`,
  );
  assert.ok(await vscode.workspace.applyEdit(action.edit));
}

const HEAD = ['---', 'rep: Edit Tester', 'date: 2026-11-20', '---', '', '## Follow-ups', ''];

describe('Edits never lose a word', () => {
  let api: CoachingNotesApi;
  let notesBefore = 0;

  before(async () => {
    api = (await coachingNotesExtension().activate()) as CoachingNotesApi;
    await api.whenIndexed();
    notesBefore = api.stats().notes;
  });

  afterEach(closeAllEditors);

  after(async () => {
    await closeAllEditors();
    // One file at a time, each reported to the index, so the tests after these see the workspace as it was.
    for (const [name] of await vscode.workspace.fs.readDirectory(scratchFile(''))) {
      await vscode.workspace.fs.delete(scratchFile(name), { useTrash: false });
    }
    await vscode.workspace.fs.delete(scratchFile(''), { recursive: true, useTrash: false });
    await waitUntil(() => api.stats().notes === notesBefore, 'the index to forget the scratch notes');
  });

  describe('quick fixes', () => {
    it('closes an unclosed front matter before the follow-ups right after it', async () => {
      const text = [
        '---',
        'rep: Edit Tester',
        'date: 2026-11-20 # the day we met',
        '- [ ] Send pricing to Acme @dana due:2026-11-25',
        '- [ ] Chase legal @me',
        '',
      ].join('\n');
      const editor = await openNote('unclosed.coach.md', text);
      const uri = editor.document.uri;
      await waitUntil(
        () => formatDiagnostics(uri, 'unclosed-front-matter').length === 1,
        'the unclosed warning',
      );
      await applyQuickFix(
        uri,
        formatDiagnostics(uri, 'unclosed-front-matter')[0],
        'Close the front matter with `---`',
      );
      assert.strictEqual(
        editor.document.getText(),
        [
          '---',
          'rep: Edit Tester',
          'date: 2026-11-20 # the day we met',
          '---',
          '- [ ] Send pricing to Acme @dana due:2026-11-25',
          '- [ ] Chase legal @me',
          '',
        ].join('\n'),
      );
      await waitUntil(() => formatDiagnostics(uri).length === 0, 'a note without problems');
    });

    it('replaces only the value of `date`, `type` and `next`, keeping the comment after it', async () => {
      const text = [
        '---',
        'rep: Edit Tester',
        'date: 2026-11-31 # from the invite',
        'type: weekyl # check',
        'next: soon\t# to agree',
        '---',
        '',
      ].join('\n');
      const editor = await openNote('values.coach.md', text);
      const uri = editor.document.uri;
      await waitUntil(() => formatDiagnostics(uri).length === 3, 'three invalid values');
      await applyQuickFix(
        uri,
        formatDiagnostics(uri, 'invalid-date')[0],
        'Set the date to today (Sun 2026-11-22)',
      );
      await applyQuickFix(uri, formatDiagnostics(uri, 'invalid-type')[0], 'Set the type to `weekly`');
      await applyQuickFix(
        uri,
        formatDiagnostics(uri, 'invalid-next')[0],
        'Set the next 1:1 to next week (Sun 2026-11-29)',
      );
      assert.deepStrictEqual(editor.document.getText().split('\n').slice(2, 5), [
        'date: 2026-11-22 # from the invite',
        'type: weekly # check',
        'next: 2026-11-29\t# to agree',
      ]);
      await waitUntil(() => formatDiagnostics(uri).length === 0, 'the values to be valid');
    });

    it('sets the due date of a malformed token by replacing the whole token', async () => {
      const items = [
        '- [ ] Call Acme due:2026-11-200 @dana',
        '- [ ] Call Initech due:2026-11-18x',
        '- [ ] Call Umbrella due:2026-11-18T10:00 @me',
        '- [ ] Call Globex [due:: 2026-11-18 later]',
      ];
      const editor = await openNote('due.coach.md', [...HEAD, ...items, ''].join('\n'));
      const uri = editor.document.uri;
      await waitUntil(() => formatDiagnostics(uri, 'invalid-due').length === 4, 'four invalid due dates');
      for (let index = 0; index < items.length; index++) {
        const diagnostic = formatDiagnostics(uri, 'invalid-due').find(
          (problem) => problem.range.start.line === 7 + index,
        );
        assert.ok(diagnostic, `the warning on line ${7 + index}`);
        await applyQuickFix(uri, diagnostic, 'Set the due date to tomorrow (Mon 2026-11-23)');
      }
      assert.deepStrictEqual(editor.document.getText().split('\n').slice(7, 11), [
        '- [ ] Call Acme due:2026-11-23 @dana',
        '- [ ] Call Initech due:2026-11-23',
        '- [ ] Call Umbrella due:2026-11-23 @me',
        '- [ ] Call Globex due:2026-11-23',
      ]);
      await waitUntil(() => formatDiagnostics(uri).length === 0, 'no invalid due date left');
    });
  });

  describe('Mark Done', () => {
    const twins = [...HEAD, '- [ ] Call legal @me', '- [ ] Send pricing', '- [ ] Call legal @me', ''].join(
      '\n',
    );

    it('of two identical items, marks the one picked, even after unsaved edits moved the lines', async () => {
      const editor = await openNote('twins.coach.md', twins);
      const uri = editor.document.uri;
      // The user picks the second "Call legal" (line 9), e.g. in the Reps tree.
      editor.selection = new vscode.Selection(9, 4, 9, 4);
      const picked = await vscode.commands.executeCommand<boolean>('coachingNotes.markDone');
      assert.strictEqual(picked, true);
      assert.deepStrictEqual(changedLines(twins, editor.document.getText()), [9]);
      await vscode.commands.executeCommand('undo');
      assert.strictEqual(editor.document.getText(), twins);
      await editor.document.save();

      // Listed as the second of two, at line 9; then two lines are typed above (unsaved).
      const location = { uri, line: 9, text: 'Call legal @me', status: 'open', occurrence: 1, twins: 2 };
      await editor.edit((builder) => builder.insert(new vscode.Position(6, 0), 'A line.\n\n'));
      const before = editor.document.getText();
      assert.strictEqual(await vscode.commands.executeCommand('coachingNotes.markDone', location), true);
      assert.deepStrictEqual(changedLines(before, editor.document.getText()), [11]);
      assert.strictEqual(editor.document.lineAt(11).text, '- [x] Call legal @me');
      assert.ok(editor.document.isDirty, 'a note with unsaved work stays unsaved');
      await vscode.commands.executeCommand('undo');
      assert.strictEqual(editor.document.getText(), before);
    });

    it('edits nothing when the line no longer holds the item (text or status changed)', async () => {
      const editor = await openNote('changed.coach.md', twins);
      const uri = editor.document.uri;
      const location = { uri, line: 7, text: 'Call legal @me', status: 'open', occurrence: 0, twins: 2 };
      await editor.edit((builder) => builder.replace(new vscode.Range(7, 3, 7, 4), 'x'));
      const changed = editor.document.getText();
      assert.strictEqual(await vscode.commands.executeCommand('coachingNotes.markDone', location), false);
      assert.strictEqual(editor.document.getText(), changed);
      await editor.edit((builder) =>
        builder.replace(new vscode.Range(7, 0, 8, 0), '- [ ] Call finance @me\n'),
      );
      const renamed = editor.document.getText();
      assert.strictEqual(
        await vscode.commands.executeCommand('coachingNotes.markDone', { ...location, status: undefined }),
        false,
      );
      assert.strictEqual(editor.document.getText(), renamed);
    });
  });

  describe('line endings VS Code would rewrite', () => {
    const lines = [...HEAD, '- [ ] Send pricing to Acme @dana due:2026-11-25', '- [ ] Chase legal @me', ''];

    it('VS Code itself rewrites every line ending of a CR-only note when it saves a one-line edit', async () => {
      // The experiment behind editing such notes on disk: open, one-line WorkspaceEdit, save.
      const uri = await writeNote('cr-experiment.coach.md', lines.join('\r'));
      const document = await vscode.workspace.openTextDocument(uri);
      assert.strictEqual(document.eol, vscode.EndOfLine.CRLF, 'VS Code reads lone CRs as CRLF');
      const edit = new vscode.WorkspaceEdit();
      edit.replace(uri, new vscode.Range(7, 3, 7, 4), 'x');
      assert.ok(await vscode.workspace.applyEdit(edit));
      await document.save();
      const saved = await bytesOf(uri);
      assert.strictEqual(saved, lines.join('\r\n').replace('- [ ] Send', '- [x] Send'));
    });

    for (const [name, eol] of [
      ['CR-only', ['\r']],
      ['mixed LF and CRLF', ['\n', '\r\n']],
    ] as const) {
      it(`marks an item done in a ${name} note changing only its box, on disk`, async () => {
        const text = lines
          .map((line, index) => line + (index < lines.length - 1 ? eol[index % eol.length] : ''))
          .join('');
        const uri = await writeNote(`${name.replace(/\W+/gu, '-')}.coach.md`, text);
        const location = { uri, line: 7, text: 'Send pricing to Acme @dana due:2026-11-25' };
        assert.strictEqual(await vscode.commands.executeCommand('coachingNotes.markDone', location), true);
        assert.strictEqual(await bytesOf(uri), text.replace('- [ ] Send', '- [x] Send'));
        const editor = vscode.window.activeTextEditor;
        assert.strictEqual(editor?.document.uri.toString(), uri.toString(), 'the note is shown');
        await waitUntil(
          () => editor.document.lineAt(7).text.startsWith('- [x]'),
          'the editor to show the change',
        );
        assert.ok(!editor.document.isDirty);
      });
    }
  });

  describe('Toggle Task Done', () => {
    it('never edits front matter, code blocks, HTML comments or a thematic break', async () => {
      const text = [
        '---',
        'rep: Edit Tester',
        'tags:',
        '- pricing',
        '---',
        '',
        '## Follow-ups',
        '```',
        '- in a code block',
        '```',
        '<!--',
        '- in a comment',
        '-->',
        '- - -',
        '- plain line',
        '',
      ].join('\n');
      const editor = await openNote('toggle-guard.coach.md', text);
      for (const line of [3, 8, 11, 13]) {
        editor.selection = new vscode.Selection(line, 1, line, 1);
        await vscode.commands.executeCommand('coachingNotes.toggleItem');
        assert.strictEqual(editor.document.getText(), text, `line ${line} is left alone`);
      }
      editor.selection = new vscode.Selection(14, 1, 14, 1);
      await vscode.commands.executeCommand('coachingNotes.toggleItem');
      assert.strictEqual(editor.document.lineAt(14).text, '- [ ] plain line');
    });
  });
});
