// The Reps tree, the overdue signals, Mark Done, Reschedule and the roster in the web worker, over
// the fixture notes on memfs: on 2026-11-22, Dana Whitfield has 6 overdue follow-ups, Marcus
// Oyelaran 4, Lena Okafor 2 and Sofía Núñez (a Spanish note) 1.
import * as vscode from 'vscode';
import type { CoachingNotesApi } from '../../../../src/extension/api';
import type { RepsTreeNode } from '../../../../src/extension/reps/repsTree';
import { DialogStub, pickByLabel } from '../../suite/dialogStub';
import { changedLines, closeAllEditors } from '../../suite/editors';
import { readText, repInTree, repsTreeReader, workspaceFile } from '../../suite/notesWorkspace';
import { eventually, waitUntil } from '../../suite/waitUntil';
import * as assert from './assert';
import { coachingNotes, takeScreenshot } from './webHarness';

let api: CoachingNotesApi;
const tree = () => repsTreeReader(api);
const children = (node?: RepsTreeNode) => tree().children(node);
const label = (node: RepsTreeNode) => tree().label(node);
const description = (node: RepsTreeNode) => tree().description(node);
const repNode = (name: string) => tree().repNode(name);

function overdueOf(rep: string): number {
  return api.overdue().filter((entry) => entry.rep === rep).length;
}

describe('Web: the Reps tree and overdue signals', () => {
  before(async () => {
    api = await coachingNotes();
    await api.whenIndexed();
  });

  after(closeAllEditors);

  it('is what a lead sees in the browser: the Reps view and the status bar', async () => {
    // First, before the tests below change notes: the tree is settled.
    await closeAllEditors();
    await vscode.commands.executeCommand('workbench.view.extension.coachingNotes');
    await vscode.commands.executeCommand('coachingNotes.reps.focus');
    await vscode.commands.executeCommand('list.focusFirst');
    await vscode.commands.executeCommand('list.expand');
    await takeScreenshot('web-reps-tree', {
      waitForText: ['Dana Whitfield', '6 overdue · 5d ago', 'Overdue (6)', 'Sofía Núñez', '13 overdue'],
    });
  });
  it('shows each rep with overdue count and days since the last 1:1, the Spanish note too', async () => {
    assert.deepStrictEqual(await Promise.all((await children()).map(label)), [
      'Dana Whitfield',
      'José Ángel Peña',
      'Lena Okafor',
      'Marcus Oyelaran',
      'Sofía Núñez',
    ]);
    assert.strictEqual(await description(await repNode('Dana Whitfield')), '6 overdue · 5d ago');
    assert.strictEqual(await description(await repNode('Marcus Oyelaran')), '4 overdue · 3d ago');
    // Her last 1:1 was 9 days ago, later than the default 7-day cadence.
    assert.strictEqual(await description(await repNode('Sofía Núñez')), '1 overdue · 1:1 late');
  });

  it('groups a rep into Overdue, Open follow-ups, Agreed goals and Notes', async () => {
    const groups = await children(await repNode('Dana Whitfield'));
    assert.deepStrictEqual(await Promise.all(groups.map(label)), [
      'Overdue (6)',
      'Open follow-ups (5)',
      'Agreed goals (4)',
      'Notes (2)',
    ]);
    const [overdue, , , notes] = groups;
    assert.ok(overdue && notes);
    const first = (await children(overdue))[0];
    assert.ok(first);
    assert.strictEqual(await label(first), 'Intro Dana to the finance champion at Acme @priya');
    assert.strictEqual(await description(first), '15d overdue');
    assert.deepStrictEqual(await Promise.all((await children(notes)).map(label)), [
      '2026-11-17',
      '2026-11-03',
    ]);
  });

  it('counts 13 overdue items, most overdue first, on the badge and in the Problems panel', () => {
    const overdue = api.overdue();
    assert.strictEqual(overdue.length, 13);
    assert.deepStrictEqual(
      overdue.slice(0, 2).map((entry) => [entry.rep, entry.daysOverdue]),
      [
        ['Marcus Oyelaran', 16],
        ['Dana Whitfield', 15],
      ],
    );
    assert.ok(
      overdue.some((entry) => entry.rep === 'Sofía Núñez' && entry.text.startsWith('Enviar el acta a Ñandú')),
      'the Spanish follow-up is overdue',
    );
    assert.strictEqual(api.repsBadge(), 13);
    const warnings = vscode.languages
      .getDiagnostics(workspaceFile('dana-whitfield', '2026-11-17.coach.md'))
      .filter((diagnostic) => diagnostic.code === 'overdue');
    assert.deepStrictEqual(
      warnings.map((diagnostic) => [diagnostic.range.start.line, diagnostic.severity]),
      [
        [23, vscode.DiagnosticSeverity.Warning],
        [28, vscode.DiagnosticSeverity.Warning],
        [29, vscode.DiagnosticSeverity.Warning],
      ],
    );
    assert.strictEqual(
      warnings[1]?.message,
      'Overdue by 4 days (due 2026-11-18): Send pricing to Acme @dana',
    );
  });

  it('marks an item done by changing only its line on memfs, and undo restores it', async () => {
    const uri = workspaceFile('marcus-oyelaran', '2026-11-19.coach.md');
    const before = await readText(uri);
    const line = 25;
    const text = 'Send the signed NDA to Umbrella @marcus due:2026-11-21';
    assert.strictEqual(
      await vscode.commands.executeCommand('coachingNotes.markDone', { uri, line, text }),
      true,
    );
    await waitUntil(() => overdueOf('Marcus Oyelaran') === 3, 'Marcus to have 3 overdue items');
    const after = await readText(uri);
    assert.deepStrictEqual(
      changedLines(before, after),
      [line],
      'only the item line changed, and it was saved',
    );
    assert.strictEqual(after.split('\n')[line], `- [x] ${text}`);

    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document.uri.toString() === uri.toString(), 'the edited note is shown');
    await vscode.commands.executeCommand('undo');
    await waitUntil(() => overdueOf('Marcus Oyelaran') === 4, 'undo to bring the item back');
    assert.strictEqual(editor.document.getText(), before);
    await editor.document.save();
    assert.strictEqual(await readText(uri), before);
  });

  it('reschedules an item to the date picked, and undo restores it', async () => {
    const uri = workspaceFile('sofia-nunez', '2026-11-13.coach.md');
    const before = await readText(uri);
    const line = before.split('\n').findIndex((row) => row.includes('Enviar el acta a Ñandú'));
    const text = 'Enviar el acta a Ñandú @sofía due:2026-11-20';
    const dialogs = new DialogStub({ quickPick: pickByLabel('Tomorrow') });
    try {
      assert.strictEqual(
        await vscode.commands.executeCommand('coachingNotes.reschedule', { uri, line, text, status: 'open' }),
        true,
      );
    } finally {
      dialogs.restore();
    }
    await waitUntil(() => overdueOf('Sofía Núñez') === 0, 'Sofía to have nothing overdue');
    const after = await readText(uri);
    assert.deepStrictEqual(changedLines(before, after), [line]);
    assert.strictEqual(after.split('\n')[line], '- [ ] Enviar el acta a Ñandú @sofía due:2026-11-23');
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document.uri.toString() === uri.toString(), 'the edited note is shown');
    await vscode.commands.executeCommand('undo');
    await waitUntil(() => overdueOf('Sofía Núñez') === 1, 'undo to make it overdue again');
    await editor.document.save();
    assert.strictEqual(await readText(uri), before);
  });

  it('opens a note in a folder named with spaces and accents, and marks an item done keeping its CRLF', async () => {
    const groups = await children(await repNode('José Ángel Peña'));
    const notesGroup = groups.find((node) => node.kind === 'group' && node.group === 'notes');
    assert.ok(notesGroup, `a Notes group among ${JSON.stringify(await Promise.all(groups.map(label)))}`);
    const [noteNode] = await children(notesGroup);
    assert.ok(noteNode);
    const { command } = await api.repsTree.getTreeItem(noteNode);
    assert.ok(command, 'a note node opens the note');
    await vscode.commands.executeCommand(command.command, ...((command.arguments ?? []) as unknown[]));
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    const uri = editor.document.uri;
    assert.strictEqual(uri.path, '/equipo sur/José Ángel 2026-11-18.coach.md');
    assert.strictEqual(editor.document.eol, vscode.EndOfLine.CRLF);

    const before = await readText(uri);
    const text = 'Revisar el forecast de «Cañón & Hijos» @josé due:2026-12-01';
    const line = before.split('\r\n').indexOf(`- [ ] ${text}`);
    assert.ok(line > 0, 'the follow-up is in the note');
    assert.strictEqual(
      await vscode.commands.executeCommand('coachingNotes.markDone', { uri, line, text }),
      true,
    );
    const after = await readText(uri);
    assert.strictEqual(
      after,
      before.replace(`- [ ] ${text}`, `- [x] ${text}`),
      'only the box changed, CRLF kept',
    );
    await vscode.commands.executeCommand('undo');
    await waitUntil(() => editor.document.getText() === before, 'undo to reopen the item');
    await editor.document.save();
  });

  it('reads the roster from reps.yaml on memfs: a rep without notes appears, under a team', async () => {
    const roster = workspaceFile('reps.yaml');
    const yaml = [
      '- name: Dana Whitfield',
      '  team: Enterprise West',
      '- name: Noor Haddad',
      '  team: Enterprise West',
      '',
    ].join('\n');
    await vscode.workspace.fs.writeFile(roster, new TextEncoder().encode(yaml));
    const teamNamed = async (name: string) =>
      (await children()).find((node) => node.kind === 'team' && node.team === name);
    try {
      let team: RepsTreeNode | undefined;
      await eventually(
        async () => (team = await teamNamed('Enterprise West')) !== undefined,
        'the "Enterprise West" team of the roster in the tree',
      );
      assert.ok(team);
      assert.deepStrictEqual(await Promise.all((await children(team)).map(label)), [
        'Dana Whitfield',
        'Noor Haddad',
      ]);
    } finally {
      await vscode.workspace.fs.delete(roster);
    }
    await eventually(
      async () => (await teamNamed('Enterprise West')) === undefined,
      'the roster to be forgotten',
    );
  });

  it('reads a front matter only the yaml package can read (quoted values): yaml is loaded on demand', async () => {
    // The fast line scanner declines quoted scalars, so this note goes through the yaml package,
    // which the web build reads from dist/web/yaml.js after activation.
    const note = workspaceFile('quinn-ohara/2026-11-20.coach.md');
    const text = [
      '---',
      'rep: "Quinn O\'Hara"',
      "date: '2026-11-20'",
      '---',
      '',
      '## Follow-ups',
      '',
      '- [ ] Send the pricing sheet @quinn due:2026-11-21',
      '',
    ].join('\n');
    await vscode.workspace.fs.writeFile(note, new TextEncoder().encode(text));
    try {
      await eventually(
        async () => (await repInTree(api, "Quinn O'Hara")) !== undefined,
        "Quinn O'Hara in the tree",
      );
      assert.strictEqual(overdueOf("Quinn O'Hara"), 1, "Quinn O'Hara's overdue follow-ups");
    } finally {
      await vscode.workspace.fs.delete(note);
    }
    await eventually(
      async () => (await repInTree(api, "Quinn O'Hara")) === undefined,
      'the note to be forgotten',
    );
  });
});
