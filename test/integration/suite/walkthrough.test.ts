// The first run in a real VS Code: "Get Started" opens the walkthrough, steps already done show as
// done, running a step's command completes it, Create Team Roster writes the example roster (and
// never overwrites one), and the walkthrough opens by itself only once.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CoachingNotesApi } from '../../../src/extension/api';
import { openWalkthroughOnce, WALKTHROUGH_SHOWN_KEY } from '../../../src/extension/firstRun/walkthrough';
import { ROSTER_TEMPLATE } from '../../../src/core/reps/rosterTemplate';
import { coachingNotesExtension, EXTENSION_ID } from './manifest';
import { takeScreenshot } from './screenshot';
import { waitUntil } from './waitUntil';

const WALKTHROUGH_TITLE = 'Get started with Coaching Notes';
/** What VS Code's walkthrough page says about a checked step (its checkbox's accessible name). */
const completed = (stepTitle: string) => `${stepTitle}: Completed`;

function workspaceFile(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests run with the fixture workspace open');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
}

/** A globalState stand-in, so the test decides what "already shown" means. */
class MemoryMemento implements vscode.Memento {
  private readonly values = new Map<string, unknown>();
  keys(): readonly string[] {
    return [...this.values.keys()];
  }
  get<T>(key: string, defaultValue?: T): T | undefined {
    return this.values.has(key) ? (this.values.get(key) as T) : defaultValue;
  }
  update(key: string, value: unknown): Thenable<void> {
    this.values.set(key, value);
    return Promise.resolve();
  }
}

describe('Get started walkthrough', function () {
  // Each screenshot waits for what it shows; a few of them take longer than mocha's default.
  this.timeout(120_000);
  const roster = () => workspaceFile('reps.yaml');

  before(async () => {
    const api = (await coachingNotesExtension().activate()) as CoachingNotesApi;
    await api.whenIndexed();
    assert.strictEqual(await exists(roster()), false, 'the fixture workspace has no roster');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    if (await exists(roster())) await vscode.workspace.fs.delete(roster());
  });

  it('opens from Get Started; a step completes when its command runs', async () => {
    await vscode.commands.executeCommand('coachingNotes.getStarted');
    await takeScreenshot('walkthrough-opened', { waitForText: [WALKTHROUGH_TITLE, 'Add your team roster'] });

    // The roster step's button: an example roster appears, opened in an editor, and the step is done.
    const created = await vscode.commands.executeCommand<vscode.Uri | undefined>(
      'coachingNotes.createRoster',
    );
    assert.strictEqual(created?.toString(), roster().toString());
    assert.strictEqual(
      new TextDecoder().decode(await vscode.workspace.fs.readFile(roster())),
      ROSTER_TEMPLATE,
    );
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), roster().toString());

    await vscode.commands.executeCommand('coachingNotes.getStarted');
    await takeScreenshot('walkthrough', {
      // Not the step's media: VS Code hides it when the editor is narrow (as after the Reps tests).
      waitForText: [WALKTHROUGH_TITLE, 'Prepare for the next 1:1'],
      waitForLabel: [completed('Add your team roster')],
    });
  });

  it('Create Team Roster opens an existing roster and never changes it', async () => {
    const mine = '- name: Someone Real\n  cadenceDays: 14\n';
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    if (await exists(roster())) await vscode.workspace.fs.delete(roster());
    await vscode.workspace.fs.writeFile(roster(), new TextEncoder().encode(mine));

    const opened = await vscode.commands.executeCommand<vscode.Uri | undefined>('coachingNotes.createRoster');

    assert.strictEqual(opened?.toString(), roster().toString());
    assert.strictEqual(new TextDecoder().decode(await vscode.workspace.fs.readFile(roster())), mine);
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), roster().toString());
    // The first test had it open with the example text: the editor catches up with the disk.
    await waitUntil(
      () => vscode.window.activeTextEditor?.document.getText() === mine,
      'the roster as written',
    );
  });

  it('opens by itself once, never again, and not when the user turned walkthroughs off', async () => {
    const setting = () => vscode.workspace.getConfiguration('workbench.welcomePage');
    const memento = new MemoryMemento();
    // The test profile turns it off (as a user can): then it never opens, and nothing is recorded.
    assert.strictEqual(setting().get('walkthroughs.openOnInstall'), false);
    assert.strictEqual(await openWalkthroughOnce(EXTENSION_ID, memento), false);
    assert.strictEqual(memento.get(WALKTHROUGH_SHOWN_KEY), undefined);

    await setting().update('walkthroughs.openOnInstall', true, vscode.ConfigurationTarget.Global);
    try {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      assert.strictEqual(await openWalkthroughOnce(EXTENSION_ID, memento), true, 'the first time');
      await takeScreenshot('walkthrough-first-run', { waitForText: [WALKTHROUGH_TITLE] });
      await waitUntil(
        () => vscode.window.tabGroups.all.some((group) => group.tabs.length > 0),
        'the walkthrough to open in an editor tab',
      );
      assert.strictEqual(await openWalkthroughOnce(EXTENSION_ID, memento), false, 'a later start');
      assert.strictEqual(memento.get(WALKTHROUGH_SHOWN_KEY), true);
    } finally {
      await setting().update('walkthroughs.openOnInstall', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
