// The .vsix as a user gets it: installed with `--install-extension` into code-server's extensions
// folder, then opened on a copy of examples/. Proves the package itself works (not the
// development folder): it activates, the Reps view lists the roster's reps, Show Overdue
// Follow-ups lists the overdue items, and the help commands find their shipped files.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import type { CoachingNotesApi } from '../../../src/extension/api';
import type { RepsTreeNode } from '../../../src/extension/reps/repsTree';
import { EXTENSIONS_DIR_ENV } from '../harnessProtocol';
import { coachingNotesExtension } from '../suite/manifest';
import { takeScreenshot } from '../suite/screenshot';
import { waitUntil } from '../suite/waitUntil';

function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the smoke test runs with a copy of examples/ open');
  return folder.uri;
}

async function repNames(api: CoachingNotesApi, nodes?: readonly RepsTreeNode[]): Promise<string[]> {
  const names: string[] = [];
  for (const node of nodes ?? (await api.repsTree.getChildren()) ?? []) {
    if (node.kind === 'rep') names.push(node.rep.name);
    else if (node.kind === 'team')
      names.push(...(await repNames(api, (await api.repsTree.getChildren(node)) ?? [])));
  }
  return names;
}

describe('The installed .vsix', () => {
  let api: CoachingNotesApi;

  it('is the copy installed in the extensions folder, not a development folder', () => {
    const extensionsDir = process.env[EXTENSIONS_DIR_ENV];
    assert.ok(extensionsDir, `the harness names the extensions folder in ${EXTENSIONS_DIR_ENV}`);
    const extension = coachingNotesExtension();
    const relative = path.relative(fs.realpathSync(extensionsDir), fs.realpathSync(extension.extensionPath));
    assert.ok(
      relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative),
      `${extension.extensionPath} is inside ${extensionsDir}`,
    );
    // What the .vsix must carry for the features below (the package tier checks the whole list).
    for (const file of ['dist/extension.js', 'dist/cli.js', 'docs/format.md', 'ThirdPartyNotices.txt'])
      assert.ok(fs.existsSync(path.join(extension.extensionPath, file)), `the package holds ${file}`);
  });

  it('activates by itself on a folder of notes (examples/)', async () => {
    const extension = coachingNotesExtension();
    // No activate() call: workspaceContains:**/*.coach.md must do it, as for a user.
    await waitUntil(() => extension.isActive, 'the installed extension to activate', 20_000);
    api = extension.exports as CoachingNotesApi;
    await api.whenIndexed();
  });

  it('lists every rep of the roster in the Reps view', async () => {
    const roster = parse(
      fs.readFileSync(vscode.Uri.joinPath(workspaceRoot(), 'reps.yaml').fsPath, 'utf8'),
    ) as { name: string }[];
    const rosterNames = roster.map((entry) => entry.name);
    assert.ok(rosterNames.length > 0, 'examples/reps.yaml names reps');
    const listed = await repNames(api);
    assert.deepStrictEqual(
      rosterNames.filter((name) => !listed.includes(name)),
      [],
      'roster reps missing from the Reps view',
    );
    await vscode.commands.executeCommand('coachingNotes.reps.focus');
    await takeScreenshot('installed-reps', { waitForText: rosterNames.slice(0, 3) });
  });

  it('lists the overdue follow-ups in Show Overdue Follow-ups', async () => {
    const overdue = api.overdue();
    assert.ok(overdue.length > 0, 'the examples have overdue follow-ups on the suite day');
    const first = overdue[0];
    assert.ok(first);
    await vscode.commands.executeCommand('coachingNotes.showOverdue');
    // The quick pick lists the most overdue item first (its label leaves out the due: token).
    const label = first.text.replace(/\s*due:\S+/g, '').slice(0, 40);
    await takeScreenshot('installed-overdue', { waitForText: [label] });
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
  });

  it('opens the shipped format guide in the Markdown preview', async () => {
    await vscode.commands.executeCommand('coachingNotes.openFormatGuide');
    await waitUntil(
      () =>
        vscode.window.tabGroups.all
          .flatMap((group) => group.tabs)
          .some((tab) => tab.input instanceof vscode.TabInputWebview && tab.label.includes('format.md')),
      'a preview tab of format.md',
      15_000,
    );
    await takeScreenshot('installed-format-guide', { waitForText: ['The coaching-note format, version 1'] });
  });

  it('copies a command line that runs the bundled coaching-notes', async () => {
    await vscode.commands.executeCommand('coachingNotes.copyCliCommandLine');
    const commandLine = await vscode.env.clipboard.readText();
    const cli = path.join(coachingNotesExtension().extensionPath, 'dist', 'cli.js');
    assert.strictEqual(commandLine, `node "${cli}"`);
    const version = (coachingNotesExtension().packageJSON as { version: string }).version;
    const { execFileSync } = await import('child_process');
    const output = execFileSync(process.execPath, [cli, '--version'], {
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    });
    assert.strictEqual(output.trim(), version);
  });

  it('shows its README on its page in the Extensions view', async () => {
    await vscode.commands.executeCommand('extension.open', coachingNotesExtension().id);
    await takeScreenshot('extension-details', {
      waitForText: ['What it does', 'Your notes never leave your machine.'],
    });
  });
});
