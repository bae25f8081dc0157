// The progress-history features in a real VS Code, over the fixture workspace on 2026-11-22: the
// 1:1 prep brief, the history panel (a webview) and the report export. Lena Okafor has ten notes
// (one private, one with a private section), two overdue follow-ups and a dropped one.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CoachingNotesApi } from '../../../src/extension/api';
import {
  HISTORY_PANEL_STATE_COMMAND,
  type HistoryPanelState,
} from '../../../src/extension/history/historyPanel';
import type { ExportResult } from '../../../src/extension/history/exportReport';
import { noteLineLink } from '../../../src/extension/history/prepBrief';
import { DialogStub, pickByLabel } from './dialogStub';
import { coachingNotesExtension } from './manifest';
import { fileExists, readText } from './notesWorkspace';
import { takeScreenshot } from './screenshot';

function workspaceFile(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests run with the fixture workspace open');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

const LENA_LATEST = workspaceFile('lena-okafor', '2026-11-16.coach.md');

/** Polls an asynchronous condition until it holds (a deadline, never a fixed sleep). */
async function eventually<T>(
  read: () => Thenable<T> | T,
  holds: (value: T) => boolean,
  what: string,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (holds(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function panelStates(): Promise<HistoryPanelState[]> {
  return (await vscode.commands.executeCommand<HistoryPanelState[]>(HISTORY_PANEL_STATE_COMMAND)) ?? [];
}

async function panelOf(rep: string): Promise<HistoryPanelState | undefined> {
  return (await panelStates()).find((state) => state.rep === rep);
}

let api: CoachingNotesApi;

/**
 * The brief's preview is a webview: wait for the Markdown extension and its renderer (the first
 * preview waits for both) and for the preview tab, then for the brief's own text inside the
 * webview (the harness's waitForText searches nested frames too).
 */
async function screenshotBrief(uri: vscode.Uri): Promise<void> {
  // Scratch documents of earlier tests would crowd the tab bar: revert and close them.
  for (const document of vscode.workspace.textDocuments) {
    if (!document.isUntitled || !document.isDirty) continue;
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  const markdown = vscode.extensions.getExtension('vscode.markdown-language-features');
  await markdown?.activate();
  const text = (await vscode.workspace.openTextDocument(uri)).getText();
  await vscode.commands.executeCommand<string>('markdown.api.render', text);
  await vscode.commands.executeCommand('coachingNotes.prepareBrief', 'Lena Okafor');
  await eventually(
    () => vscode.window.tabGroups.activeTabGroup.activeTab?.label ?? '',
    (label) => label.includes('Lena Okafor – 1:1 prep'),
    'the brief preview to be the active tab',
  );
  await takeScreenshot('prep-brief', {
    waitForText: ['Lena Okafor – 1:1 prep', '1:1 prep: Lena Okafor', 'Overdue (2)'],
  });
}

describe('Prepare for 1:1', () => {
  before(async () => {
    api = (await coachingNotesExtension().activate()) as CoachingNotesApi;
    await api.whenIndexed();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens a read-only brief: late or not, overdue items, goals, last root cause, with links to the lines', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('coachingNotes.prepareBrief', 'Lena Okafor');
    assert.ok(uri, 'the command resolves with the brief');
    const brief = await vscode.workspace.openTextDocument(uri);
    const text = brief.getText();
    const lines = text.split('\n');
    assert.strictEqual(lines[0], '# 1:1 prep: Lena Okafor');
    assert.match(
      text,
      /\*\*Last 1:1:\*\* \[Mon 2026-11-16\]\(.*\) \(weekly\), 6 days ago\. \*\*Next:\*\* Mon 2026-11-23 \(tomorrow\), as planned\./u,
    );
    assert.match(text, /At a glance: \*\*2 overdue\*\* · 2 open follow-ups · 1 open goal\./u);

    const overdue = lines.slice(lines.indexOf('## Overdue (2)') + 2, lines.indexOf('## Overdue (2)') + 4);
    assert.match(
      overdue[0] ?? '',
      /^- \*\*Send the Fenwick give\/get list to Priya for review @lena\*\* — \*\*4 days overdue\*\*/u,
    );
    assert.match(
      overdue[1] ?? '',
      /^- \*\*Book Lena a seat at the January negotiation workshop @priya\*\* — \*\*2 days overdue\*\*/u,
    );
    // Links point at the item's line in the note (1-based in the fragment).
    const note = await vscode.workspace.openTextDocument(LENA_LATEST);
    const itemLine =
      note
        .getText()
        .split('\n')
        .findIndex((line) => line.includes('Send the Fenwick give/get list')) + 1;
    // Workspace-root-relative: the Markdown preview opens those at the line (it refuses file: links).
    assert.ok(overdue[0]?.includes(`(</lena-okafor/2026-11-16.coach.md#L${itemLine}>`), overdue[0]);

    assert.match(text, /## Goals \(1 open, 1 closed in the last 30 days\)/u);
    assert.match(
      text,
      /- \*\*Bring three new qualified opportunities from the partner channel\*\* — open, due Mon 2026-11-30/u,
    );
    assert.match(text, /## Last root cause\n\n> Partner-sourced/u);
    assert.match(text, /> Partner-sourced deals stall after the first meeting/u);
    assert.match(text, /## Strengths noted\n\n> - Held the Fenwick price/u);
    assert.match(text, /- 10 1:1s since 2026-08-17, 10\.1 days apart on average \(target: every 7 days\)\./u);

    // Shown in the Markdown preview.
    await eventually(
      () => vscode.window.tabGroups.all.flatMap((group) => group.tabs).map((tab) => tab.label),
      (labels) => labels.some((label) => label.includes('Lena Okafor – 1:1 prep')),
      'the brief preview tab',
    );
  });

  it('stays open while the lead opens another Markdown file and previews it, as Export does', async () => {
    await vscode.commands.executeCommand('coachingNotes.prepareBrief', 'Lena Okafor');
    const briefTabs = () =>
      vscode.window.tabGroups.all
        .flatMap((group) => group.tabs)
        .filter((tab) => tab.label.includes('Lena Okafor – 1:1 prep'));
    await eventually(briefTabs, (tabs) => tabs.length === 1, 'the brief preview tab');
    const other = workspaceFile('agenda.md');
    await vscode.workspace.fs.writeFile(
      other,
      new TextEncoder().encode('# Team agenda\n\nPipeline review.\n'),
    );
    try {
      await vscode.window.showTextDocument(other, { preview: false });
      await vscode.commands.executeCommand('markdown.showPreview', other);
      await eventually(
        () => vscode.window.tabGroups.all.flatMap((group) => group.tabs).map((tab) => tab.label),
        (labels) => labels.some((label) => label.includes('agenda.md') && label.includes('Preview')),
        'the preview of the other file',
      );
      assert.strictEqual(briefTabs().length, 1, 'the brief is still open in its own preview');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(other);
    }
  });

  it("links a note outside the first folder (multi-root) so that VS Code's Markdown resolves it", async () => {
    const first = vscode.workspace.workspaceFolders?.[0]?.uri;
    assert.ok(first);
    // Beside the workspace folder, as the second folder of a multi-root workspace would be.
    const secondRoot = vscode.Uri.joinPath(first, '..', 'second root');
    const elsewhere = vscode.Uri.joinPath(secondRoot, 'dana #2', '2026-11-17.coach.md');
    await vscode.workspace.fs.writeFile(elsewhere, new TextEncoder().encode('---\nrep: Dana\n---\n'));
    try {
      const link = noteLineLink(elsewhere.toString(), 4);
      assert.strictEqual(link, '/../second%20root/dana%20%232/2026-11-17.coach.md#L5');
      // The Markdown language service resolves links for the preview's clicks as well; a brief's
      // own links (to notes in the first folder) resolve the same way.
      const markdown = await vscode.workspace.openTextDocument({
        language: 'markdown',
        content: `[n](<${link}>)\n`,
      });
      const [resolved] = await eventually(
        () =>
          vscode.commands.executeCommand<vscode.DocumentLink[]>(
            'vscode.executeLinkProvider',
            markdown.uri,
            1,
          ),
        (links) => links[0]?.target !== undefined,
        'the Markdown link to be resolved',
      );
      assert.strictEqual(resolved?.target?.with({ fragment: '' }).toString(), elsewhere.toString());
      assert.match(resolved?.target?.fragment ?? '', /^L5\b/u);
    } finally {
      await vscode.workspace.fs.delete(secondRoot, { recursive: true });
    }
    // A note in the first folder keeps its short path.
    assert.strictEqual(noteLineLink(LENA_LATEST.toString(), 0), '/lena-okafor/2026-11-16.coach.md#L1');
  });

  it('follows the notes: an unsaved edit to a note updates the open brief, and so does undoing it', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('coachingNotes.prepareBrief', 'Lena Okafor');
    assert.ok(uri);
    const briefText = async () => (await vscode.workspace.openTextDocument(uri)).getText();
    assert.match(await briefText(), /## Overdue \(2\)/u);
    const note = await vscode.workspace.openTextDocument(LENA_LATEST);
    const line = note
      .getText()
      .split('\n')
      .findIndex((text) => text.includes('Book Lena a seat'));
    const box = new vscode.Range(line, 3, line, 4);
    const setBox = async (char: string) => {
      const edit = new vscode.WorkspaceEdit();
      edit.replace(LENA_LATEST, box, char);
      assert.ok(await vscode.workspace.applyEdit(edit));
    };
    try {
      await setBox('x');
      assert.ok(note.isDirty, 'an unsaved change');
      await eventually(
        briefText,
        (text) => text.includes('## Overdue (1)') && !text.includes('2 days overdue'),
        'the brief to drop the item marked done',
      );
    } finally {
      // Put the box back and save: the file holds exactly what it held before.
      await setBox(' ');
      await note.save();
    }
    assert.strictEqual(note.isDirty, false);
    await eventually(
      briefText,
      (text) => text.includes('## Overdue (2)'),
      'the brief to follow the box put back',
    );
    await screenshotBrief(uri);
  });
});

describe('Progress history panel', () => {
  before(async () => {
    api = (await coachingNotesExtension().activate()) as CoachingNotesApi;
    await api.whenIndexed();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens a panel whose page shows every note, three charts, and no script or CSP problem', async () => {
    const key = await vscode.commands.executeCommand<string>('coachingNotes.showHistory', 'Lena Okafor');
    assert.strictEqual(key, 'lena okafor');
    const state = await eventually(
      () => panelOf('lena okafor'),
      (panel) => panel !== undefined && panel.rendered !== null,
      'the page to render',
    );
    assert.ok(state);
    assert.strictEqual(state.title, 'History: Lena Okafor');
    assert.deepStrictEqual(state.problems, []);
    assert.strictEqual(state.rendered?.notes, 10, 'one timeline entry per note');
    assert.strictEqual(state.rendered?.charts, 3);
    assert.ok((state.rendered?.points ?? 0) > 20, `clickable points and notes: ${state.rendered?.points}`);
    await takeScreenshot('history-panel', { waitForText: ['History: Lena Okafor'] });
  });

  it('reuses the panel of a rep, and takes the rep from a Reps tree node', async () => {
    const rep = (await api.repsTree.getChildren())?.find(
      (node) => node.kind === 'rep' && node.rep.name === 'Lena Okafor',
    );
    assert.ok(rep, 'Lena is in the Reps tree');
    await vscode.commands.executeCommand('coachingNotes.showHistory', rep);
    const states = await panelStates();
    assert.strictEqual(states.filter((state) => state.rep === 'lena okafor').length, 1);
  });

  it('updates in place when a note of the rep is added or removed', async () => {
    const before = await panelOf('lena okafor');
    assert.ok(before?.rendered);
    const uri = workspaceFile('lena-okafor', '2026-11-20.coach.md');
    const text =
      '---\nrep: Lena Okafor\ndate: 2026-11-20\ntype: coaching\n---\n## Follow-ups\n- [ ] Send the Castell pilot plan @lena due:2026-11-27\n';
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    try {
      const after = await eventually(
        () => panelOf('lena okafor'),
        (panel) => panel?.rendered?.notes === 11,
        'the page to show the new note',
      );
      assert.ok((after?.renders ?? 0) > before.renders);
      assert.deepStrictEqual(after?.problems, []);
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
    await eventually(
      () => panelOf('lena okafor'),
      (panel) => panel?.rendered?.notes === 10,
      'the page to forget the deleted note',
    );
  });
});

describe('Export Progress Report', () => {
  const folder = workspaceFile('lena-okafor');
  const base = 'lena-okafor-progress-2026-08-24-to-2026-11-22';
  const markdownUri = vscode.Uri.joinPath(folder, `${base}.md`);
  const csvUri = vscode.Uri.joinPath(folder, `${base}.csv`);

  before(async () => {
    api = (await coachingNotesExtension().activate()) as CoachingNotesApi;
    await api.whenIndexed();
  });

  after(async () => {
    for (const uri of [markdownUri, csvUri]) if (await fileExists(uri)) await vscode.workspace.fs.delete(uri);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('writes the Markdown report and the CSV next to the notes, without anything private', async () => {
    const dialogs = new DialogStub({
      quickPick: (items) => pickByLabel('All notes')(items) ?? pickByLabel('Next to the notes')(items),
      message: (text) => (text.startsWith('Export the progress report') ? 'Export' : undefined),
    });
    let result: { markdown: vscode.Uri; csv: vscode.Uri } | undefined;
    try {
      result = await vscode.commands.executeCommand('coachingNotes.exportReport', 'Lena Okafor');
    } finally {
      dialogs.restore();
    }
    assert.ok(result, `exported (asked: ${dialogs.asked.join(' | ')})`);
    assert.strictEqual(result.markdown.toString(), markdownUri.toString());
    assert.ok(
      dialogs.asked.includes('info: Export the progress report of Lena Okafor?'),
      dialogs.asked.join(' | '),
    );

    const markdown = await readText(markdownUri);
    assert.strictEqual(markdown.split('\n')[0], '# Coaching progress: Lena Okafor');
    assert.match(markdown, /\*\*Period:\*\* 2026-08-24 to 2026-11-22 · 9 notes · as of 2026-11-22/u);
    assert.match(
      markdown,
      /Left out for privacy: 1 private note and 1 private section, with 2 goals and follow-ups, are not part of this report or its numbers\./u,
    );
    const csv = await readText(csvUri);
    // Words only in the private note (2026-08-17) and the private section of 2026-11-16.
    const secrets = [
      'Quieter than usual',
      'postponed in October',
      'Observations',
      'Career',
      'mentor',
      '12 to 18 months',
    ];
    for (const secret of secrets) {
      assert.ok(!markdown.includes(secret), `the report leaves out "${secret}"`);
      assert.ok(!csv.includes(secret), `the CSV leaves out "${secret}"`);
    }
    const csvBytes = await vscode.workspace.fs.readFile(csvUri);
    assert.deepStrictEqual(
      [...csvBytes.subarray(0, 3)],
      [0xef, 0xbb, 0xbf],
      'a UTF-8 byte order mark for spreadsheets',
    );
    assert.match(
      csv,
      /^kind,item,status,created,ended,age_days,times_carried,due,first_due,days_overdue,owner,last_seen,awaiting_carry\r\n/u,
    );
    assert.strictEqual(
      csv.trimEnd().split('\r\n').length,
      1 + 19,
      'a header and one row per shared goal or follow-up',
    );
    assert.match(
      csv,
      /\r\nfollow-up,Send the Fenwick give\/get list to Priya for review @lena,overdue,2026-11-09,,13,1,2026-11-18,2026-11-13,4,lena,2026-11-16,no\r\n/u,
    );
  });

  it('never replaces an existing report: next to the notes it takes the next free name', async () => {
    if (await fileExists(csvUri)) await vscode.workspace.fs.delete(csvUri);
    await vscode.workspace.fs.writeFile(markdownUri, new TextEncoder().encode('keep me\n'));
    const numbered = (extension: string) => vscode.Uri.joinPath(folder, `${base}-2${extension}`);
    const dialogs = new DialogStub({
      quickPick: (items) => pickByLabel('All notes')(items) ?? pickByLabel('Next to the notes')(items),
      message: (text) => (text.startsWith('Export the progress report') ? 'Export' : undefined),
    });
    try {
      const result = await vscode.commands.executeCommand<ExportResult>(
        'coachingNotes.exportReport',
        'Lena Okafor',
      );
      assert.strictEqual(result?.markdown.toString(), numbered('.md').toString(), dialogs.asked.join(' | '));
      assert.strictEqual(result?.csv.toString(), numbered('.csv').toString());
      assert.match(await readText(numbered('.md')), /^# Coaching progress: Lena Okafor/u);
      assert.strictEqual(await readText(markdownUri), 'keep me\n', 'the existing file is untouched');
      assert.ok(!(await fileExists(csvUri)), 'no CSV under the taken name either');
    } finally {
      dialogs.restore();
      for (const extension of ['.md', '.csv']) await vscode.workspace.fs.delete(numbered(extension));
    }
  });

  it('refuses a chosen file that exists, and leaves it untouched', async () => {
    await vscode.workspace.fs.writeFile(markdownUri, new TextEncoder().encode('keep me\n'));
    const dialogs = new DialogStub({
      quickPick: (items) => pickByLabel('All notes')(items) ?? pickByLabel('Choose location')(items),
      message: (text) => (text.startsWith('Export the progress report') ? 'Export' : undefined),
      saveDialog: () => markdownUri,
    });
    try {
      const result = await vscode.commands.executeCommand('coachingNotes.exportReport', 'Lena Okafor');
      assert.strictEqual(result, undefined);
      assert.ok(
        dialogs.asked.includes(
          `error: ${base}.md already exists; choose another name (an export never replaces a file).`,
        ),
        dialogs.asked.join(' | '),
      );
      assert.strictEqual(await readText(markdownUri), 'keep me\n', 'the existing file is untouched');
      assert.ok(!(await fileExists(csvUri)), 'nothing written beside it');
    } finally {
      dialogs.restore();
    }
  });
});
