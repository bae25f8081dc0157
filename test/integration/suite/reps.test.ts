// The Reps tree and the overdue surfaces, in a real VS Code, over the fixture workspace on
// 2026-11-22: Dana Whitfield has 6 overdue follow-ups, Marcus Oyelaran 4, Lena Okafor 2.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { CoachingNotesApi } from '../../../src/extension/api';
import type { RepsTreeNode } from '../../../src/extension/reps/repsTree';
import { coachingNotesExtension } from './manifest';
import { repsTreeReader } from './notesWorkspace';
import { takeScreenshot } from './screenshot';
import { waitUntil } from './waitUntil';

function workspaceFile(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests run with the fixture workspace open');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

const DANA_LATEST = ['dana-whitfield', '2026-11-17.coach.md'];
const MARCUS_LATEST = ['marcus-oyelaran', '2026-11-19.coach.md'];

let api: CoachingNotesApi;

const tree = () => repsTreeReader(api);
const children = (node?: RepsTreeNode) => tree().children(node);
const label = (node: RepsTreeNode) => tree().label(node);
const description = (node: RepsTreeNode) => tree().description(node);
const repNode = (name: string) => tree().repNode(name);

function writeText(uri: vscode.Uri, text: string): Thenable<void> {
  return vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

function overdueOf(rep: string): number {
  return api.overdue().filter((entry) => entry.rep === rep).length;
}

/** Resolves on the extension's next change event after `action`, then once `condition` holds. */
async function afterChange(
  action: () => Thenable<unknown>,
  condition: () => boolean,
  what: string,
): Promise<void> {
  await action();
  await waitUntil(condition, what, 10_000);
}

describe('Reps tree', () => {
  before(async () => {
    api = (await coachingNotesExtension().activate()) as CoachingNotesApi;
    await api.whenIndexed();
  });

  it('shows each rep with overdue count and days since the last 1:1', async () => {
    const dana = await repNode('Dana Whitfield');
    const marcus = await repNode('Marcus Oyelaran');
    assert.strictEqual(await description(dana), '6 overdue · 5d ago');
    assert.strictEqual(await description(marcus), '4 overdue · 3d ago');
  });

  it('groups a rep into Overdue, Open follow-ups, Agreed goals and Notes (newest first)', async () => {
    const dana = await repNode('Dana Whitfield');
    const groups = await children(dana);
    assert.deepStrictEqual(await Promise.all(groups.map(label)), [
      'Overdue (6)',
      'Open follow-ups (5)',
      'Agreed goals (4)',
      'Notes (2)',
    ]);
    const [overdue, , goals, notes] = groups;
    assert.ok(overdue && goals && notes);
    assert.deepStrictEqual(await Promise.all((await children(overdue)).map(label)), [
      'Intro Dana to the finance champion at Acme @priya',
      'Send pricing to Acme @dana',
      'Send pricing to Acme @dana',
      'Request discount approval the same day a customer asks for pricing',
      'Approve the 12% Acme discount @priya',
      "Multi-thread Acme: get a meeting with the CFO before the quarter's last forecast call",
    ]);
    assert.deepStrictEqual(await Promise.all((await children(notes)).map(label)), [
      '2026-11-17',
      '2026-11-03',
    ]);
    const firstOverdue = (await children(overdue))[0];
    assert.ok(firstOverdue);
    assert.strictEqual(await description(firstOverdue), '15d overdue');
  });

  it('counts in "Open follow-ups" and "Agreed goals" every open item of the kind, overdue ones included', async () => {
    const groups = await children(await repNode('Dana Whitfield'));
    const [overdue, followUps, goals] = groups;
    assert.ok(overdue && followUps && goals);
    const overdueLabels = await Promise.all((await children(overdue)).map(label));
    const followUpLabels = await Promise.all((await children(followUps)).map(label));
    const goalLabels = await Promise.all((await children(goals)).map(label));
    // Every overdue item is in the group of its kind too, and the count is the number listed.
    for (const text of overdueLabels) assert.ok([...followUpLabels, ...goalLabels].includes(text), text);
    assert.strictEqual(await label(followUps), `Open follow-ups (${followUpLabels.length})`);
    assert.strictEqual(await label(goals), `Agreed goals (${goalLabels.length})`);
    const goalDescriptions = await Promise.all((await children(goals)).map(description));
    const overdueGoals = goalDescriptions.filter((text) => text.endsWith('d overdue')).length;
    assert.strictEqual(await description(goals), overdueGoals > 0 ? `${overdueGoals} overdue` : '');
    const tooltip = (await api.repsTree.getTreeItem(goals)).tooltip;
    assert.strictEqual(tooltip, 'Every open agreed goal, overdue ones included');
  });

  it('keeps "Notes without a rep" under the overdue-only filter when they have overdue items, as the badge counts them', async () => {
    const noRep = workspaceFile('unfiled', '2026-11-10.coach.md');
    const undated = workspaceFile('undated-rep', 'first.coach.md');
    await afterChange(
      async () => {
        await writeText(
          noRep,
          '---\ndate: 2026-11-10\n---\n## Follow-ups\n- [ ] Call back @me due:2026-11-12\n',
        );
        await writeText(
          undated,
          '---\nrep: Undated Rep\ndate: 2026-13-45\n---\n## Follow-ups\n- [ ] Book a call\n',
        );
      },
      () => api.overdue().some((entry) => entry.rep === null) && api.overdue().length === api.repsBadge(),
      'the note without a rep to be counted',
    );
    const repNames = () =>
      ((api.repsTree.getChildren() ?? []) as RepsTreeNode[]).map((node) =>
        node.kind === 'rep' ? node.rep.name : '',
      );
    await waitUntil(() => repNames().includes('Undated Rep'), 'the undated note to be indexed');
    try {
      // A rep whose only note has an unreadable date has had a 1:1: the tree says the date is the problem.
      assert.strictEqual(await description(await repNode('Undated Rep')), 'note date unreadable');
      await vscode.commands.executeCommand('coachingNotes.showOnlyOverdueReps');
      const roots = await children();
      const noRepNode = roots.find((node) => node.kind === 'noRep');
      assert.ok(noRepNode, 'Notes without a rep stays under the filter');
      const files = (await children(noRepNode)).map((node) => (node.kind === 'note' ? node.note.file : ''));
      assert.deepStrictEqual(files, [noRep.toString()]);
      // The tree shows every overdue item the badge counts.
      const shownReps = new Set<string>();
      for (const node of roots) {
        if (node.kind === 'rep') shownReps.add(node.rep.name);
        if (node.kind === 'team') for (const rep of node.reps) shownReps.add(rep.name);
      }
      for (const entry of api.overdue()) {
        if (entry.rep === null) assert.ok(files.includes(entry.file), entry.file);
        else assert.ok(shownReps.has(entry.rep), entry.rep);
      }
      assert.strictEqual(api.repsBadge(), api.overdue().length);
      assert.ok(!shownReps.has('Undated Rep'), 'a rep with nothing overdue is filtered out');
    } finally {
      await vscode.commands.executeCommand('coachingNotes.showAllReps');
      await afterChange(
        async () => {
          await vscode.workspace.fs.delete(vscode.Uri.joinPath(noRep, '..'), { recursive: true });
          await vscode.workspace.fs.delete(vscode.Uri.joinPath(undated, '..'), { recursive: true });
        },
        () => !api.overdue().some((entry) => entry.rep === null),
        'the test notes to be forgotten',
      );
    }
  });

  it('opens the note at the item line when an item is chosen', async () => {
    const overdue = (await children(await repNode('Marcus Oyelaran')))[0];
    assert.ok(overdue);
    const [first] = await children(overdue);
    assert.ok(first);
    const item = await api.repsTree.getTreeItem(first);
    assert.ok(item.command, 'an item node has a command');
    await vscode.commands.executeCommand(
      item.command.command,
      ...((item.command.arguments ?? []) as unknown[]),
    );
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    assert.strictEqual(editor.document.uri.path.endsWith('marcus-oyelaran/2026-10-29.coach.md'), true);
    assert.match(editor.document.lineAt(editor.selection.active.line).text, /Send the procurement checklist/);
  });

  it('is what a lead sees: badges, the tree and the status bar', async () => {
    // The side bar at its default width: the descriptions are short enough to read there.
    await vscode.commands.executeCommand('workbench.view.extension.coachingNotes');
    // Open the first rep (Dana) with the keyboard, showing her overdue items.
    await vscode.commands.executeCommand('coachingNotes.reps.focus');
    await vscode.commands.executeCommand('list.focusFirst');
    await vscode.commands.executeCommand('list.expand');
    await takeScreenshot('reps-tree', {
      waitForText: [
        'Dana Whitfield',
        '6 overdue · 5d ago',
        'Overdue (6)',
        'Send pricing to Acme @dana',
        '12 overdue',
      ],
    });
  });
});

describe('Overdue follow-ups', () => {
  before(async () => {
    api = (await coachingNotesExtension().activate()) as CoachingNotesApi;
    await api.whenIndexed();
  });

  it('lists every overdue item, most overdue first', () => {
    assert.deepStrictEqual(
      api.overdue().map((entry) => [entry.rep, entry.daysOverdue, entry.text.split(' due:')[0]]),
      [
        ['Marcus Oyelaran', 16, 'Send the procurement checklist template to the team @marcus'],
        ['Dana Whitfield', 15, 'Intro Dana to the finance champion at Acme @priya'],
        ['Dana Whitfield', 12, 'Send pricing to Acme @dana'],
        ['Marcus Oyelaran', 8, 'Send the Umbrella redline summary to legal @marcus'],
        ['Marcus Oyelaran', 7, 'Map procurement steps and owners in every deal over $50k at stage 2'],
        ['Dana Whitfield', 4, 'Send pricing to Acme @dana'],
        ['Lena Okafor', 4, 'Send the Fenwick give/get list to Priya for review @lena'],
        ['Dana Whitfield', 3, 'Request discount approval the same day a customer asks for pricing'],
        ['Dana Whitfield', 3, 'Approve the 12% Acme discount @priya'],
        [
          'Dana Whitfield',
          2,
          "Multi-thread Acme: get a meeting with the CFO before the quarter's last forecast call",
        ],
        ['Lena Okafor', 2, 'Book Lena a seat at the January negotiation workshop @priya'],
        ['Marcus Oyelaran', 1, 'Send the signed NDA to Umbrella @marcus'],
      ],
    );
  });

  it('shows them in a quick pick from the command', async () => {
    await vscode.commands.executeCommand('coachingNotes.showOverdue');
    try {
      await takeScreenshot('overdue-quick-pick', {
        waitForText: ['Overdue follow-ups (12)', 'Marcus Oyelaran · overdue by 16 days'],
      });
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    }
  });

  it('keeps the selection in place when an item is marked done from the list', async () => {
    // The extension and the tests share the vscode API object: record the quick pick it creates.
    type Pick = vscode.QuickPickItem & {
      entry: { ref: { file: string; item: { line: number; text: string } } };
    };
    const window = vscode.window as unknown as Record<string, unknown>;
    const original = vscode.window.createQuickPick;
    let quickPick: vscode.QuickPick<Pick> | undefined;
    window.createQuickPick = (...args: unknown[]) => {
      quickPick = (original as (...a: unknown[]) => vscode.QuickPick<Pick>)(...args);
      return quickPick;
    };
    let restore: (() => Thenable<void>) | undefined;
    try {
      await vscode.commands.executeCommand('coachingNotes.showOverdue');
      const pick = quickPick;
      assert.ok(pick, 'the quick pick was created');
      const items = [...pick.items];
      const chosen = items[2];
      const following = items[3];
      assert.ok(chosen && following);
      const uri = vscode.Uri.parse(chosen.entry.ref.file);
      const before = await vscode.workspace.fs.readFile(uri);
      restore = () => vscode.workspace.fs.writeFile(uri, before);
      pick.activeItems = [chosen];
      await vscode.commands.executeCommand('coachingNotes.markDone', {
        uri,
        line: chosen.entry.ref.item.line,
        text: chosen.entry.ref.item.text,
      });
      await waitUntil(() => pick.items.length === items.length - 1, 'the done item to leave the list');
      const active = pick.activeItems[0]?.entry.ref;
      assert.deepStrictEqual(
        [active?.file, active?.item.line],
        [following.entry.ref.file, following.entry.ref.item.line],
        'the next item is selected, not the first',
      );
    } finally {
      window.createQuickPick = original;
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      if (restore) {
        const total = api.overdue().length + 1;
        await afterChange(restore, () => api.overdue().length === total, 'the item to be open again');
      }
    }
  });

  it('puts overdue items in the Problems panel as warnings at their lines', () => {
    const overdue = vscode.languages
      .getDiagnostics(workspaceFile(...DANA_LATEST))
      .filter((diagnostic) => diagnostic.code === 'overdue');
    assert.deepStrictEqual(
      overdue.map((diagnostic) => [diagnostic.range.start.line, diagnostic.severity]),
      [
        [23, vscode.DiagnosticSeverity.Warning],
        [28, vscode.DiagnosticSeverity.Warning],
        [29, vscode.DiagnosticSeverity.Warning],
      ],
    );
    // The due date once: in the words, not again as the item's `due:` token.
    assert.strictEqual(overdue[1]?.message, 'Overdue by 4 days (due 2026-11-18): Send pricing to Acme @dana');
  });

  it('marks an item done by changing only its line, and undo restores it', async () => {
    const uri = workspaceFile(...MARCUS_LATEST);
    const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    const line = 25;
    const text = 'Send the signed NDA to Umbrella @marcus due:2026-11-21';
    await afterChange(
      () => vscode.commands.executeCommand('coachingNotes.markDone', { uri, line, text }),
      () => overdueOf('Marcus Oyelaran') === 3,
      'Marcus to have 3 overdue items',
    );
    const after = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    const changed = before
      .split('\n')
      .flatMap((row, index) => (row === after.split('\n')[index] ? [] : [index]));
    assert.deepStrictEqual(changed, [line], 'only the item line changed, and the note was saved');
    assert.strictEqual(after.split('\n')[line], `- [x] ${text}`);

    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document.uri.toString() === uri.toString(), 'the edited note is shown');
    await afterChange(
      () => vscode.commands.executeCommand('undo'),
      () => overdueOf('Marcus Oyelaran') === 4,
      'undo to bring the item back',
    );
    assert.strictEqual(editor.document.getText(), before);
    await editor.document.save();
  });

  it('counts unsaved edits, and forgets them when they are reverted', async () => {
    const uri = workspaceFile(...DANA_LATEST);
    const editor = await vscode.window.showTextDocument(uri);
    const box = new vscode.Range(28, 3, 28, 4); // "- [ ] Send pricing to Acme @dana due:2026-11-18"
    await afterChange(
      () => editor.edit((builder) => builder.replace(box, 'x')),
      () => overdueOf('Dana Whitfield') === 5,
      'the unsaved edit to lower Dana to 5 overdue',
    );
    assert.ok(editor.document.isDirty, 'the change is not saved');
    await afterChange(
      () => vscode.commands.executeCommand('workbench.action.files.revert'),
      () => overdueOf('Dana Whitfield') === 6,
      'the revert to restore Dana to 6 overdue',
    );
  });

  it('adds a new note and forgets a deleted one', async () => {
    const uri = workspaceFile('temp-rep', '2026-11-20.coach.md');
    const overdueBefore = api.overdue().length;
    const note =
      '---\nrep: Temporary Rep\ndate: 2026-11-20\n---\n## Follow-ups\n- [ ] Call back @me due:2026-11-21\n';
    await afterChange(
      () => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(note)),
      () => overdueOf('Temporary Rep') === 1,
      'the new note to be indexed',
    );
    assert.strictEqual(await description(await repNode('Temporary Rep')), '1 overdue · 2d ago');
    await afterChange(
      () => vscode.workspace.fs.delete(vscode.Uri.joinPath(uri, '..'), { recursive: true }),
      () => overdueOf('Temporary Rep') === 0 && api.overdue().length === overdueBefore,
      'the deleted note to be forgotten',
    );
    const reps = await Promise.all((await children()).map(label));
    assert.ok(!reps.includes('Temporary Rep'), `no Temporary Rep in ${reps.join(', ')}`);
  });

  it('leaves out archive folders matched by coachingNotes.exclude or files.exclude', async () => {
    const archived = workspaceFile('dana-whitfield', 'archive', '2025-06-02.coach.md');
    const hidden = workspaceFile('old-team', '2025-01-01.coach.md');
    const config = (section: string) => vscode.workspace.getConfiguration(section);
    const repNames = async () => (await Promise.all((await children()).map(label))).join(', ');
    await config('coachingNotes').update('exclude', ['**/archive'], vscode.ConfigurationTarget.Workspace);
    await config('files').update('exclude', { 'old-team': true }, vscode.ConfigurationTarget.Workspace);
    try {
      await writeText(
        archived,
        '---\nrep: Archived Rep\ndate: 2025-06-02\n---\n- [ ] Old @me due:2025-06-03\n',
      );
      await writeText(hidden, '---\nrep: Hidden Rep\ndate: 2025-01-01\n---\n- [ ] Old @me due:2025-01-02\n');
      // A rescan settles the watcher's events; neither note joins the index.
      await vscode.commands.executeCommand('coachingNotes.refreshIndex');
      await api.whenIndexed();
      let names = await repNames();
      assert.ok(!names.includes('Archived Rep') && !names.includes('Hidden Rep'), names);
      assert.ok(!api.overdue().some((entry) => entry.file.includes('archive')));
      // Clearing the setting brings the archive back.
      await config('coachingNotes').update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
      await waitUntil(() => overdueOf('Archived Rep') === 1, 'the archive to be indexed once included');
      names = await repNames();
      assert.ok(!names.includes('Hidden Rep'), names);
    } finally {
      await config('coachingNotes').update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
      await config('files').update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(archived, '..'), { recursive: true });
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(hidden, '..'), { recursive: true });
      await waitUntil(
        () => overdueOf('Archived Rep') === 0 && overdueOf('Hidden Rep') === 0,
        'the test notes to be forgotten',
      );
    }
  });

  it('indexes the notes of a folder moved into the workspace (reported only as a new folder)', async () => {
    const folder = workspaceFile('moved-rep');
    // Written beside the workspace, then moved in with one rename, as a lead moving a rep's notes in.
    const staging = path.join(path.dirname(workspaceFile().fsPath), 'moved-rep');
    fs.mkdirSync(path.join(staging, '2026'), { recursive: true });
    const note = (date: string): string =>
      `---\nrep: Moved Rep\ndate: ${date}\n---\n## Follow-ups\n- [ ] Send the deck @me due:${date}\n`;
    fs.writeFileSync(path.join(staging, '2026', '2026-11-10.coach.md'), note('2026-11-10'));
    fs.writeFileSync(path.join(staging, '2026-11-12.coach.md'), note('2026-11-12'));
    try {
      await afterChange(
        () => fs.promises.rename(staging, folder.fsPath),
        () => overdueOf('Moved Rep') === 2,
        'both notes of the moved folder to be indexed',
      );
    } finally {
      fs.rmSync(staging, { recursive: true, force: true });
      fs.rmSync(folder.fsPath, { recursive: true, force: true });
    }
    await waitUntil(() => overdueOf('Moved Rep') === 0, 'the removed folder to be forgotten', 10_000);
  });
});
