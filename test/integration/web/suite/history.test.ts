// The brief, the progress history panel and Export in the web worker, on memfs: Lena Okafor has
// ten notes (one private, one with a private section) and two overdue follow-ups on 2026-11-22.
import * as vscode from 'vscode';
import type { CoachingNotesApi } from '../../../../src/extension/api';
import type { HistoryPanelState } from '../../../../src/extension/history/historyPanel';
import type { TeamPanelState } from '../../../../src/extension/team/teamPanel';
import { DialogStub, pickByLabel } from '../../suite/dialogStub';
import { eventually, fileExists, readText, workspaceFile } from '../../suite/notesWorkspace';
import * as assert from './assert';
import { coachingNotes, takeScreenshot } from './webHarness';

/** The extension's test-only commands that report its panels (historyPanel.ts, teamPanel.ts). */
const HISTORY_PANEL_STATE_COMMAND = 'coachingNotes.test.historyPanelState';
const TEAM_PANEL_STATE_COMMAND = 'coachingNotes.test.teamPanelState';

function tabLabels(): string[] {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs).map((tab) => tab.label);
}

describe('Web: the brief, the history and team panels, and Export', () => {
  let api: CoachingNotesApi;

  before(async () => {
    api = await coachingNotes();
    await api.whenIndexed();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens the 1:1 brief in the Markdown preview', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('coachingNotes.prepareBrief', 'Lena Okafor');
    assert.ok(uri, 'the command resolves with the brief');
    const text = (await vscode.workspace.openTextDocument(uri)).getText();
    assert.strictEqual(text.split('\n')[0], '# 1:1 prep: Lena Okafor');
    assert.match(text, /At a glance: \*\*2 overdue\*\* · 2 open follow-ups · 1 open goal\./u);
    assert.match(
      text,
      /^- \*\*Send the Fenwick give\/get list to Priya for review @lena\*\* — \*\*4 days overdue\*\*/mu,
    );
    assert.match(text, /## Last root cause\n\n> Partner-sourced/u);
    await vscode.commands.executeCommand('coachingNotes.prepareBrief', 'Lena Okafor');
    await eventually(
      () => Promise.resolve(tabLabels().some((label) => label.includes('Lena Okafor – 1:1 prep'))),
      'the brief preview tab',
    );
    await takeScreenshot('web-prep-brief', {
      waitForText: ['Lena Okafor – 1:1 prep', '1:1 prep: Lena Okafor', 'Overdue (2)'],
    });
  });

  it('opens the history panel, which renders every note and its charts', async () => {
    const key = await vscode.commands.executeCommand<string>('coachingNotes.showHistory', 'Lena Okafor');
    assert.strictEqual(key, 'lena okafor');
    let state: HistoryPanelState | undefined;
    await eventually(async () => {
      const states = await vscode.commands.executeCommand<HistoryPanelState[]>(HISTORY_PANEL_STATE_COMMAND);
      state = states?.find((candidate) => candidate.rep === 'lena okafor');
      return state?.rendered !== null && state?.rendered !== undefined;
    }, 'the history page to render');
    assert.ok(state);
    assert.strictEqual(state.title, 'History: Lena Okafor');
    assert.deepStrictEqual(state.problems, []);
    assert.strictEqual(state.rendered?.notes, 10, 'one timeline entry per note');
    assert.strictEqual(state.rendered?.charts, 3);
  });

  it('opens the Team Overview, which renders a row per rep and nothing private', async () => {
    await vscode.commands.executeCommand('coachingNotes.showTeamOverview', {
      weeks: 12,
      team: null,
      hidePrivate: true,
    });
    let state: TeamPanelState | undefined;
    await eventually(async () => {
      state = await vscode.commands.executeCommand<TeamPanelState | undefined>(TEAM_PANEL_STATE_COMMAND);
      return state?.rendered !== null && state?.rendered !== undefined;
    }, 'the team page to render');
    assert.ok(state);
    assert.deepStrictEqual(state.problems, []);
    assert.strictEqual(
      state.rendered?.reps,
      (await api.repsTree.getChildren())?.length,
      'one row per rep in the tree',
    );
    for (const text of ['vacation she postponed', 'lead a team in 12 to 18 months'])
      assert.ok(!state.html.includes(text), `the page leaves out "${text}"`);
  });

  describe('Export Progress Report', () => {
    const base = 'lena-okafor-progress-2026-08-24-to-2026-11-22';
    const markdownUri = workspaceFile('lena-okafor', `${base}.md`);
    const csvUri = workspaceFile('lena-okafor', `${base}.csv`);
    const exportReport = async () => {
      const dialogs = new DialogStub({
        quickPick: (items) => pickByLabel('All notes')(items) ?? pickByLabel('Next to the notes')(items),
        message: (text) => (text.startsWith('Export the progress report') ? 'Export' : undefined),
      });
      try {
        const result = await vscode.commands.executeCommand<{ markdown: vscode.Uri } | undefined>(
          'coachingNotes.exportReport',
          'Lena Okafor',
        );
        return { result, asked: dialogs.asked };
      } finally {
        dialogs.restore();
      }
    };

    after(async () => {
      for (const uri of [markdownUri, csvUri])
        if (await fileExists(uri)) await vscode.workspace.fs.delete(uri);
    });

    it('writes the report and the CSV next to the notes on memfs, without anything private', async () => {
      const { result, asked } = await exportReport();
      assert.ok(result, `exported (asked: ${asked.join(' | ')})`);
      assert.strictEqual(result.markdown.toString(), markdownUri.toString());
      const markdown = await readText(markdownUri);
      assert.strictEqual(markdown.split('\n')[0], '# Coaching progress: Lena Okafor');
      assert.match(markdown, /\*\*Period:\*\* 2026-08-24 to 2026-11-22 · 9 notes · as of 2026-11-22/u);
      const csv = await readText(csvUri);
      for (const secret of ['Quieter than usual', 'mentor', '12 to 18 months']) {
        assert.ok(!markdown.includes(secret) && !csv.includes(secret), `the export leaves out "${secret}"`);
      }
      assert.strictEqual(csv.trimEnd().split('\r\n').length, 1 + 19, 'a header and one row per shared item');
    });

    it('never replaces an existing report: the next export takes the next free name', async () => {
      await vscode.workspace.fs.delete(csvUri);
      await vscode.workspace.fs.writeFile(markdownUri, new TextEncoder().encode('keep me\n'));
      const numbered = vscode.Uri.joinPath(markdownUri, '..', `${base}-2.md`);
      const { result, asked } = await exportReport();
      try {
        assert.strictEqual(result?.markdown.toString(), numbered.toString(), asked.join(' | '));
        assert.match(await readText(numbered), /^# Coaching progress: Lena Okafor/u);
        assert.strictEqual(await readText(markdownUri), 'keep me\n', 'the existing file is untouched');
      } finally {
        for (const extension of ['.md', '.csv'])
          await vscode.workspace.fs.delete(vscode.Uri.joinPath(markdownUri, '..', `${base}-2${extension}`));
      }
    });
  });
});
