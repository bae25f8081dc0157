// Coaching Notes in a VS Code whose display language is Spanish (`--locale es`), over the fixture
// workspace on 2026-11-22. The words asserted here come from package.nls.es.json and
// l10n/bundle.l10n.es.json; the notes themselves stay in English, as a lead's existing notes would.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { CoachingNotesApi } from '../../../src/extension/api';
import {
  HISTORY_PANEL_STATE_COMMAND,
  type HistoryPanelState,
} from '../../../src/extension/history/historyPanel';
import type { RepsTreeNode } from '../../../src/extension/reps/repsTree';
import { coachingNotesExtension } from '../suite/manifest';
import { eventually, workspaceFile } from '../suite/notesWorkspace';
import { takeScreenshot } from '../suite/screenshot';

let api: CoachingNotesApi;

/** A manifest string as VS Code loaded it: a localized one is `{ value, original }`. */
function shown(text: string | { value: string } | undefined): string | undefined {
  return typeof text === 'object' ? text.value : text;
}

async function children(node?: RepsTreeNode): Promise<RepsTreeNode[]> {
  return (await api.repsTree.getChildren(node)) ?? [];
}

async function treeItem(node: RepsTreeNode): Promise<{ label: string; description: string }> {
  const item = await api.repsTree.getTreeItem(node);
  const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
  return { label, description: typeof item.description === 'string' ? item.description : '' };
}

async function repNode(name: string): Promise<RepsTreeNode> {
  for (const node of await children()) if ((await treeItem(node)).label === name) return node;
  throw new Error(`no rep ${name} in the tree`);
}

describe('Coaching Notes in Spanish (VS Code display language es)', () => {
  before(async () => {
    api = (await coachingNotesExtension().activate()) as CoachingNotesApi;
    await api.whenIndexed();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('runs in a VS Code whose display language is Spanish', () => {
    assert.match(vscode.env.language, /^es\b/u);
  });

  it('shows commands, the view and settings in Spanish (package.nls.es.json)', () => {
    const extension = coachingNotesExtension();
    const spanish = JSON.parse(
      fs.readFileSync(path.join(extension.extensionPath, 'package.nls.es.json'), 'utf8'),
    ) as Record<string, string>;
    const manifest = extension.packageJSON as {
      contributes: {
        commands: { command: string; title: string | { value: string } }[];
        views: Record<string, { id: string; name: string | { value: string } }[]>;
      };
    };
    const showOverdue = manifest.contributes.commands.find(
      (command) => command.command === 'coachingNotes.showOverdue',
    );
    assert.strictEqual(shown(showOverdue?.title), 'Mostrar seguimientos vencidos');
    assert.strictEqual(spanish['command.showOverdue.title'], 'Mostrar seguimientos vencidos');
    const newNote = manifest.contributes.commands.find(
      (command) => command.command === 'coachingNotes.newNote',
    );
    assert.strictEqual(shown(newNote?.title), 'Nueva nota 1:1…');
    assert.strictEqual(shown(manifest.contributes.views.coachingNotes?.[0]?.name), 'Representantes');
  });

  it('shows the Reps tree in Spanish (l10n bundle)', async function () {
    this.timeout(90_000);
    const dana = await repNode('Dana Whitfield');
    assert.strictEqual((await treeItem(dana)).description, '6 vencidos · hace 5 d');
    const groups = await Promise.all(
      (await children(dana)).map(async (node) => (await treeItem(node)).label),
    );
    assert.deepStrictEqual(groups.slice(0, 3), [
      'Vencidos (6)',
      'Seguimientos abiertos (5)',
      'Metas acordadas (4)',
    ]);
    assert.match(groups[3] ?? '', /^Notas \(\d+\)$/u);

    await vscode.commands.executeCommand('workbench.view.extension.coachingNotes');
    await vscode.commands.executeCommand('coachingNotes.reps.focus');
    // The view must show its reps before the keyboard can open the first one.
    await takeScreenshot('reps-view-es', { waitForText: ['Dana Whitfield', '6 vencidos · hace 5 d'] });
    await vscode.commands.executeCommand('list.focusFirst');
    await vscode.commands.executeCommand('list.expand');
    await takeScreenshot('reps-tree-es', {
      waitForText: ['Dana Whitfield', '6 vencidos · hace 5 d', 'Vencidos (6)', 'Send pricing to Acme @dana'],
    });
  });

  it('puts overdue items in the Problems panel with Spanish words', () => {
    const overdue = vscode.languages
      .getDiagnostics(workspaceFile('dana-whitfield', '2026-11-17.coach.md'))
      .filter((diagnostic) => diagnostic.code === 'overdue');
    assert.strictEqual(
      overdue[1]?.message,
      'Vencido hace 4 días (vencía 2026-11-18): Send pricing to Acme @dana',
    );
  });

  it('lists overdue follow-ups under a Spanish title', async () => {
    await vscode.commands.executeCommand('coachingNotes.showOverdue');
    try {
      await takeScreenshot('overdue-quick-pick-es', {
        waitForText: ['Seguimientos vencidos (12)', 'Marcus Oyelaran'],
      });
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    }
  });

  it('opens the brief, and the history panel with its body in Spanish', async () => {
    const brief = await vscode.commands.executeCommand<vscode.Uri>(
      'coachingNotes.prepareBrief',
      'Lena Okafor',
    );
    assert.ok(brief, 'the brief opens');
    const key = await vscode.commands.executeCommand<string>('coachingNotes.showHistory', 'Lena Okafor');
    let panel: HistoryPanelState | undefined;
    await eventually(async () => {
      const states =
        (await vscode.commands.executeCommand<HistoryPanelState[]>(HISTORY_PANEL_STATE_COMMAND)) ?? [];
      panel = states.find((state) => state.rep === key);
      return panel?.rendered !== null && panel?.rendered !== undefined;
    }, 'the history panel to render');
    assert.strictEqual(panel?.title, 'Historial: Lena Okafor');
    // The page's own words: its headings, a chart and the timeline, from the engine's catalogue.
    await takeScreenshot('history-panel-es', {
      waitForText: ['Historial: Lena Okafor', 'Seguimientos por mes', 'Días entre 1:1', 'Cronología'],
    });
  });

  it("writes a new rep's first note with Spanish headings, and offers the Spanish snippets", async () => {
    // A rep of the roster with no note yet: the note's language comes from the display language.
    await vscode.workspace.fs.writeFile(
      workspaceFile('reps.yaml'),
      new TextEncoder().encode('- name: Sofía Ramírez\n  cadenceDays: 7\n'),
    );
    let sofia: RepsTreeNode | undefined;
    await eventually(async () => {
      sofia = await repNode('Sofía Ramírez').catch(() => undefined);
      return sofia !== undefined;
    }, 'the roster rep in the tree');
    const result = await vscode.commands.executeCommand<{ uri: vscode.Uri } | undefined>(
      'coachingNotes.newNoteForRep',
      sofia,
      // The meeting type, which New 1:1 Note otherwise asks for: the weekly template, in Spanish.
      { type: 'weekly' },
    );
    assert.ok(result, 'a note was created');
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(result.uri));
    assert.deepStrictEqual(
      text.split('\n').filter((line) => line.startsWith('#')),
      ['# 1:1 con Sofía Ramírez', '## Causa raíz', '## Fortalezas', '## Metas acordadas', '## Seguimientos'],
    );

    const editor = await vscode.window.showTextDocument(result.uri);
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    await editor.edit((builder) => builder.insert(end, '\nresistencia'));
    const position = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    const completions = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      editor.document.uri,
      position,
    );
    const labels = completions.items.map((item) =>
      typeof item.label === 'string' ? item.label : item.label.label,
    );
    assert.ok(labels.includes('resistencia'), `the Spanish snippets are offered: ${labels.join(', ')}`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
