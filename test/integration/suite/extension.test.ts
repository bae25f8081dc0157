// The extension inside a real VS Code: it activates on a note, its contributions are wired up, and
// its view shows.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { coachingNotesExtension, contributes } from './manifest';
import { takeScreenshot } from './screenshot';
import { waitUntil } from './waitUntil';

function workspaceFile(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests run with the fixture workspace open');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

describe('Opening a note', () => {
  it('opens a *.coach.md file as a coaching note and activates the extension', async () => {
    const document = await vscode.workspace.openTextDocument(
      workspaceFile('dana-whitfield', '2026-11-17.coach.md'),
    );
    await vscode.window.showTextDocument(document);

    assert.strictEqual(document.languageId, 'coaching-note');
    const extension = coachingNotesExtension();
    try {
      await waitUntil(() => extension.isActive, 'the extension to activate');
    } catch (timeout) {
      // Activating again surfaces the reason it failed, if it threw.
      const reason: unknown = await extension.activate().then(
        () => 'it activated only when asked',
        (error: unknown) => error,
      );
      throw new Error(`${String(timeout)}; ${String(reason)}`);
    }
  });
});

describe('Contributions', () => {
  before(async () => {
    await coachingNotesExtension().activate();
  });

  it('registers every command declared in package.json', async () => {
    const declared = (contributes().commands ?? []).map((entry) => entry.command);
    assert.ok(declared.length > 0, 'package.json declares commands');
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepStrictEqual(
      declared.filter((command) => !registered.has(command)),
      [],
      'declared but not registered',
    );
  });

  it('points every menu item and key binding at a declared command', () => {
    const { commands = [], menus = {}, keybindings = [] } = contributes();
    const declared = new Set(commands.map((entry) => entry.command));
    const referenced = [
      ...Object.values(menus).flatMap((items) => items.map((item) => item.command)),
      ...keybindings.map((binding) => binding.command),
    ].filter((command): command is string => command !== undefined);
    assert.deepStrictEqual(
      referenced.filter((command) => !declared.has(command)),
      [],
      'referenced but not declared',
    );
  });

  it('shows the Coaching view container and each of its views', async () => {
    const { viewsContainers = {}, views = {} } = contributes();
    const container = viewsContainers.activitybar?.find((entry) => entry.id === 'coachingNotes');
    assert.ok(container, 'package.json declares the coachingNotes activity bar container');
    const containerViews = views[container.id] ?? [];
    assert.ok(containerViews.length > 0, 'the container has views');

    await vscode.commands.executeCommand(`workbench.view.extension.${container.id}`);
    for (const view of containerViews) {
      // `<view id>.focus` exists only for a registered view and fails if it cannot be shown.
      await vscode.commands.executeCommand(`${view.id}.focus`);
    }

    await takeScreenshot('coaching-view', {
      waitForText: [container.title, ...containerViews.map((view) => view.name)],
    });
  });
});
