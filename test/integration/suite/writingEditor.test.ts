// Writing a note in a real VS Code: the language, the snippets, live diagnostics with their quick
// fixes, completion, date hovers, the outline, the toggle command and the preview. Notes written
// here live in a folder of their own, removed afterwards; fixture notes are only read.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CoachingNotesApi } from '../../../src/extension/api';
import { closeAllEditors, completionLabels, formatDiagnostics, hoverText } from './editors';
import { coachingNotesExtension } from './manifest';
import { waitUntil } from './waitUntil';

const SCRATCH = 'writing-scratch';

function workspaceFile(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests run with the fixture workspace open');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

/** Writes a note into the scratch folder and opens it in an editor. */
async function openNote(name: string, text: string): Promise<vscode.TextEditor> {
  const uri = workspaceFile(SCRATCH, name);
  // Written through VS Code, whose watchers then report it at once.
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document);
}

async function codeActions(
  uri: vscode.Uri,
  range: vscode.Range,
  kind?: string,
): Promise<vscode.CodeAction[]> {
  return vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    uri,
    range,
    kind,
  );
}

async function applyAction(actions: readonly vscode.CodeAction[], title: string): Promise<void> {
  const action = actions.find((candidate) => candidate.title === title);
  assert.ok(
    action?.edit,
    `a "${title}" action among: ${actions.map((candidate) => candidate.title).join(' | ')}`,
  );
  assert.ok(await vscode.workspace.applyEdit(action.edit));
}

/** The text the current local date gives a snippet's $CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE. */
function snippetToday(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const NOTE = [
  '---',
  'rep: Dana Whitfield',
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
  '- [?] Book the on-site @priya',
  '- [ ] Chase legal @me due:2026-11-31',
  '- Plain note line',
  '',
].join('\n');

let api: CoachingNotesApi;

describe('Writing: the editor', () => {
  before(async () => {
    api = (await coachingNotesExtension().activate()) as CoachingNotesApi;
    await api.whenIndexed();
  });

  afterEach(closeAllEditors);

  after(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.delete(workspaceFile(SCRATCH), { recursive: true, useTrash: false });
  });

  it('opens *.coach.md files as coaching notes', async () => {
    const document = await vscode.workspace.openTextDocument(
      workspaceFile('dana-whitfield', '2026-11-17.coach.md'),
    );
    assert.strictEqual(document.languageId, 'coaching-note');
    const editor = await openNote('language.coach.md', NOTE);
    assert.strictEqual(editor.document.languageId, 'coaching-note');
  });

  describe('snippets', () => {
    const today = snippetToday();
    const expansions: Record<string, string> = {
      'Coaching note': [
        '---',
        'rep: Rep name',
        `date: ${today}`,
        'type: weekly',
        `next: ${today}`,
        '---',
        '',
        '# 1:1 with Rep name',
        '',
        '## Root cause',
        '',
        '- Symptom: what the numbers or the call showed',
        "- The rep's view is missing: what they say, in their words",
        '- Why? ask until the answer is something the rep can change',
        '- Cause we agreed together: the cause, in words you both accept',
        '',
        '## Strengths',
        '',
        '- What went well, specifically: the evidence, what you saw or heard. Impact: what it changed',
        '',
        '## Agreed goals',
        '',
        `- [ ] Specific, measurable goal @owner due:${today}`,
        '',
        '## Follow-ups',
        '',
        `- [ ] Task @me due:${today}`,
        '',
      ].join('\n'),
      'Root cause section': [
        '## Root cause',
        '',
        '- Symptom: what the numbers or the call showed',
        '- What the rep says: their explanation, in their words',
        "- the rep's view is missing: what they do not see, see only in part, or see differently",
        '- Why? the first answer',
        '  - Why? the answer behind it',
        '    - Why? keep asking until it is something the rep can change',
        '- Cause we agreed together: the cause, in words you both accept',
        '',
      ].join('\n'),
      'Strengths section': [
        '## Strengths',
        '',
        '- What went well, specifically (where: the call, the demo, the deal): the evidence, what you saw or heard. Impact: what it changed for the customer, the deal or the team',
        '',
      ].join('\n'),
      'Agreed goal': `- [ ] Specific outcome (how it is measured, e.g. 6 of 6 first calls) @owner due:${today}`,
      'Follow-up': `- [ ] Task @me due:${today}`,
      'Open question': "What's one area you think could unlock better results?",
    };

    for (const [name, expected] of Object.entries(expansions)) {
      it(`expands "${name}"`, async () => {
        const document = await vscode.workspace.openTextDocument({ language: 'coaching-note', content: '' });
        await vscode.window.showTextDocument(document);
        await vscode.commands.executeCommand('editor.action.insertSnippet', {
          langId: 'coaching-note',
          name,
        });
        assert.strictEqual(document.getText(), expected);
      });
    }

    it('expands "Open questions" into a heading and a bank of questions', async () => {
      const document = await vscode.workspace.openTextDocument({ language: 'coaching-note', content: '' });
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('editor.action.insertSnippet', {
        langId: 'coaching-note',
        name: 'Open questions',
      });
      const lines = document.getText().split('\n');
      assert.strictEqual(lines[0], '### Questions to ask');
      assert.strictEqual(lines.filter((line) => line.startsWith('- ') && line.endsWith('?')).length, 18);
    });
  });

  describe('diagnostics and quick fixes', () => {
    it('shows the broken front matter of a fixture note at its line', async () => {
      const uri = workspaceFile('marcus-oyelaran', '2026-11-19.coach.md');
      await waitUntil(() => formatDiagnostics(uri).length > 0, 'diagnostics for the broken note');
      const diagnostics = formatDiagnostics(uri);
      // `type: [weekly` opens a list that never closes: the value is refused on its line, and YAML
      // reports the syntax error where it noticed it, on the next line.
      assert.deepStrictEqual(
        diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start.line]),
        [
          ['invalid-type', 3],
          ['yaml-syntax', 4],
        ],
      );
      assert.ok(diagnostics.every((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Error));
    });

    it('updates as the user types (unsaved) and offers fixes that clear the problem', async () => {
      const editor = await openNote('typing.coach.md', NOTE);
      const uri = editor.document.uri;
      await waitUntil(
        () => formatDiagnostics(uri, 'invalid-due').length === 1,
        'the invalid due date warning',
      );
      assert.strictEqual(formatDiagnostics(uri, 'invalid-due')[0].range.start.line, 15);
      assert.strictEqual(formatDiagnostics(uri, 'unknown-status')[0].range.start.line, 14);

      // Break the date, without saving: the Problems panel follows the editor.
      await editor.edit((builder) => builder.replace(new vscode.Range(2, 6, 2, 16), '2026-11-2'));
      await waitUntil(
        () => formatDiagnostics(uri, 'invalid-date').length === 1,
        'an invalid-date error while typing',
      );
      const invalidDate = formatDiagnostics(uri, 'invalid-date')[0];
      assert.strictEqual(invalidDate.range.start.line, 2);
      assert.strictEqual(invalidDate.severity, vscode.DiagnosticSeverity.Error);
      await applyAction(await codeActions(uri, invalidDate.range), 'Set the date to today (Sun 2026-11-22)');
      assert.strictEqual(editor.document.lineAt(2).text, 'date: 2026-11-22');
      await waitUntil(() => formatDiagnostics(uri, 'invalid-date').length === 0, 'the error to go');

      // Remove the date line: missing-date, fixed by adding today's date before the closing ---.
      await editor.edit((builder) => builder.delete(new vscode.Range(2, 0, 3, 0)));
      await waitUntil(() => formatDiagnostics(uri, 'missing-date').length === 1, 'missing-date');
      const missing = formatDiagnostics(uri, 'missing-date')[0];
      assert.strictEqual(missing.range.start.line, 0);
      await applyAction(await codeActions(uri, missing.range), 'Add `date: 2026-11-22` (today)');
      assert.deepStrictEqual(editor.document.getText().split('\n').slice(0, 5), [
        '---',
        'rep: Dana Whitfield',
        'next: 2026-11-27',
        'date: 2026-11-22',
        '---',
      ]);
      await waitUntil(() => formatDiagnostics(uri, 'missing-date').length === 0, 'missing-date to go');

      // A malformed due date: set it to tomorrow, keeping the rest of the line.
      const due = formatDiagnostics(uri, 'invalid-due')[0];
      const dueActions = await codeActions(uri, due.range);
      assert.deepStrictEqual(
        dueActions.filter((action) => action.kind?.value === 'quickfix').map((action) => action.title),
        [
          // VS Code lists the preferred fix first.
          'Set the due date to tomorrow (Mon 2026-11-23)',
          'Set the due date to today (Sun 2026-11-22)',
          'Set the due date to next week (Sun 2026-11-29)',
          'Remove the due date',
        ],
      );
      await applyAction(dueActions, 'Set the due date to tomorrow (Mon 2026-11-23)');
      assert.strictEqual(
        editor.document.lineAt(due.range.start.line).text,
        '- [ ] Chase legal @me due:2026-11-23',
      );

      // An unknown box: read as open; the fix writes it as open.
      const unknown = formatDiagnostics(uri, 'unknown-status')[0];
      await applyAction(await codeActions(uri, unknown.range), 'Mark as open `[ ]`');
      assert.strictEqual(
        editor.document.lineAt(unknown.range.start.line).text,
        '- [ ] Book the on-site @priya',
      );
      await waitUntil(() => formatDiagnostics(uri).length === 0, 'a note without problems');
    });

    it('offers "Mark done" on an open item line', async () => {
      const editor = await openNote('mark-done.coach.md', NOTE);
      const uri = editor.document.uri;
      const line = new vscode.Range(8, 3, 8, 3);
      const actions = await codeActions(uri, line, vscode.CodeActionKind.RefactorRewrite.value);
      await applyAction(actions, 'Mark done');
      assert.strictEqual(editor.document.lineAt(8).text, '- [x] Multi-thread Acme @dana due:2026-11-23');
      const onDone = await codeActions(
        uri,
        new vscode.Range(13, 0, 13, 0),
        vscode.CodeActionKind.RefactorRewrite.value,
      );
      assert.ok(!onDone.some((action) => action.title === 'Mark done'), 'nothing to mark on a done item');
    });

    it('drops the diagnostics of a deleted note', async () => {
      const uri = workspaceFile(SCRATCH, 'deleted.coach.md');
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('---\nrep: Dana\n---\n'));
      await waitUntil(
        () => formatDiagnostics(uri, 'missing-date').length === 1,
        'missing-date on the new file',
      );
      await vscode.workspace.fs.delete(uri, { useTrash: false });
      await waitUntil(() => formatDiagnostics(uri).length === 0, 'the diagnostics to go with the file');
    });
  });

  describe('completion', () => {
    it('offers dates after due:, labelled with the day', async () => {
      const editor = await openNote('complete-due.coach.md', NOTE);
      const uri = editor.document.uri;
      await editor.edit((builder) =>
        builder.insert(new vscode.Position(17, 0), '- [ ] Send the one-pager @dana due:'),
      );
      const labels = await completionLabels(
        uri,
        new vscode.Position(17, 35),
        ':',
        vscode.CompletionItemKind.Value,
      );
      assert.deepStrictEqual(labels, [
        'today — Sun 2026-11-22',
        'tomorrow — Mon 2026-11-23',
        'next meeting — Fri 2026-11-27',
        'next week — Sun 2026-11-29',
        'end of month — Mon 2026-11-30',
      ]);
      const list = await vscode.commands.executeCommand<vscode.CompletionList>(
        'vscode.executeCompletionItemProvider',
        uri,
        new vscode.Position(17, 35),
        ':',
      );
      const tomorrow = list.items.find((item) => item.label === 'tomorrow — Mon 2026-11-23');
      assert.strictEqual(tomorrow?.insertText, '2026-11-23');

      // Obsidian Tasks' calendar emoji works the same way.
      await editor.edit((builder) => builder.insert(new vscode.Position(18, 0), '- [ ] Call back 📅 '));
      const emojiLabels = await completionLabels(
        uri,
        new vscode.Position(18, '- [ ] Call back 📅 '.length),
        ' ',
        vscode.CompletionItemKind.Value,
      );
      assert.ok(emojiLabels.includes('tomorrow — Mon 2026-11-23'), emojiLabels.join(', '));
    });

    it('offers owners seen in the workspace after @, and front matter keys, reps and types', async () => {
      const editor = await openNote('complete-names.coach.md', '---\n\nrep: \ntype: \n---\n- [ ] Call @\n');
      const uri = editor.document.uri;
      const owners = await completionLabels(
        uri,
        new vscode.Position(5, 12),
        '@',
        vscode.CompletionItemKind.User,
      );
      for (const owner of ['dana', 'priya', 'marcus', 'me'])
        assert.ok(owners.includes(owner), owners.join(', '));

      const keys = await completionLabels(
        uri,
        new vscode.Position(1, 0),
        undefined,
        vscode.CompletionItemKind.Property,
      );
      assert.deepStrictEqual(keys, ['date', 'coach', 'next', 'tags', 'private']);

      const reps = await completionLabels(
        uri,
        new vscode.Position(2, 5),
        ' ',
        vscode.CompletionItemKind.User,
      );
      assert.ok(reps.includes('Dana Whitfield') && reps.includes('Marcus Oyelaran'), reps.join(', '));

      const types = await completionLabels(
        uri,
        new vscode.Position(3, 6),
        ' ',
        vscode.CompletionItemKind.EnumMember,
      );
      assert.deepStrictEqual(types, [
        'weekly',
        'coaching',
        'pipeline-review',
        'skip-level',
        'other',
        'pip',
        'onboarding',
        'stakeholder',
      ]);
    });
  });

  it('explains dates on hover: weekday and how far from today', async () => {
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
    assert.strictEqual(
      await hoverText(uri, new vscode.Position(13, 45)),
      '**Due Wednesday 2026-11-18** · was due 4 days ago',
    );
    assert.strictEqual(
      await hoverText(uri, new vscode.Position(2, 8)),
      '**1:1 on Friday 2026-11-20** · 2 days ago',
    );
    assert.strictEqual(
      await hoverText(uri, new vscode.Position(3, 8)),
      '**Next 1:1 on Friday 2026-11-27** · in 5 days',
    );
    assert.strictEqual(await hoverText(uri, new vscode.Position(8, 10)), '', 'no hover away from a date');
  });

  it('outlines the note: front matter, then sections with their items', async () => {
    const editor = await openNote('outline.coach.md', NOTE);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider',
      editor.document.uri,
    );
    const outline = symbols.map((symbol) => [symbol.name, symbol.children.map((child) => child.name)]);
    assert.deepStrictEqual(outline, [
      ['Dana Whitfield', []],
      ['Agreed goals', ['Multi-thread Acme @dana due:2026-11-23']],
      [
        'Follow-ups',
        [
          'Send pricing to Acme @dana due:2026-11-20',
          'Share the security answers @dana due:2026-11-18',
          'Book the on-site @priya',
          'Chase legal @me due:2026-11-31',
        ],
      ],
    ]);
    assert.strictEqual(symbols[2].detail, '3 open');
  });

  it('toggles the task under each cursor between open and done with Toggle Task Done', async () => {
    const editor = await openNote('toggle.coach.md', NOTE);
    editor.selections = [new vscode.Selection(12, 5, 12, 5)];
    await vscode.commands.executeCommand('coachingNotes.toggleItem');
    assert.strictEqual(editor.document.lineAt(12).text, '- [x] Send pricing to Acme @dana due:2026-11-20');
    await vscode.commands.executeCommand('coachingNotes.toggleItem');
    assert.strictEqual(editor.document.lineAt(12).text, '- [ ] Send pricing to Acme @dana due:2026-11-20');

    // Two cursors, one open item and one done: both end up done; then both open again.
    editor.selections = [new vscode.Selection(12, 0, 12, 0), new vscode.Selection(13, 0, 13, 0)];
    await vscode.commands.executeCommand('coachingNotes.toggleItem');
    assert.deepStrictEqual(
      [editor.document.lineAt(12).text.slice(0, 5), editor.document.lineAt(13).text.slice(0, 5)],
      ['- [x]', '- [x]'],
    );
    await vscode.commands.executeCommand('coachingNotes.toggleItem');
    assert.deepStrictEqual(
      [editor.document.lineAt(12).text.slice(0, 5), editor.document.lineAt(13).text.slice(0, 5)],
      ['- [ ]', '- [ ]'],
    );

    // A plain list line becomes a task.
    editor.selections = [new vscode.Selection(16, 3, 16, 3)];
    await vscode.commands.executeCommand('coachingNotes.toggleItem');
    assert.strictEqual(editor.document.lineAt(16).text, '- [ ] Plain note line');

    // One undo takes one toggle back.
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.lineAt(16).text, '- Plain note line');
  });

  it('binds Toggle Task Done to Ctrl+Alt+Enter (Cmd+Alt+Enter on macOS) in coaching notes', () => {
    const manifest = coachingNotesExtension().packageJSON as {
      contributes: { keybindings: { command: string; key: string; mac?: string; when?: string }[] };
    };
    const binding = manifest.contributes.keybindings.find(
      (entry) => entry.command === 'coachingNotes.toggleItem',
    );
    assert.ok(binding);
    assert.strictEqual(binding.key, 'ctrl+alt+enter');
    assert.strictEqual(binding.mac, 'cmd+alt+enter');
    assert.ok(binding.when?.includes('editorLangId == coaching-note'));
  });
});
