// "New 1:1 Note" in a real VS Code: the file is created from the template, the rep's open items are
// carried over and marked [>] in the old note (unsaved changes there included), an existing note
// is never overwritten, and ONE undo takes both files back.
// The notes these tests use are written here into folders of their own and removed afterwards.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { CoachingNotesApi } from '../../../src/extension/api';
import type { RepOverview } from '../../../src/core/reps/repOverview';
import type { RepsTreeNode } from '../../../src/extension/reps/repsTree';
import { changedLines, closeAllEditors } from './editors';
import { coachingNotesExtension } from './manifest';
import { eventually, repInTree, workspaceFile } from './notesWorkspace';
import { takeScreenshot } from './screenshot';
import { waitUntil } from './waitUntil';

interface NewNoteResult {
  readonly uri: vscode.Uri;
  readonly carriedFrom: vscode.Uri | undefined;
  readonly carried: number;
}

const TODAY = '2026-11-22';
/** The meeting type, given so that the command does not ask it (writingTemplates.test.ts asks). */
const WEEKLY = { type: 'weekly' };
const REP = 'Riley Carrow';
/**
 * Not the slug of the name (`riley-carrow/`): a lead keeps notes where they like, and every new note
 * goes beside the rep's latest one (notesRoot only places a rep's first note).
 */
const REP_FOLDER = 'riley';

const PREVIOUS = [
  '---',
  `rep: ${REP}`,
  'date: 2026-11-15',
  'type: weekly',
  'coach: Priya Raman',
  '---',
  '',
  '# 1:1 with Riley',
  '',
  '## Root cause',
  '',
  'Riley demos before discovery is done.',
  '',
  '## Agreed goals',
  '',
  '- [ ] Run the full discovery checklist on 6 of 6 first calls @riley due:2026-12-31',
  '  - [ ] Review two call recordings together @priya due:2026-11-27',
  '- [x] Rebuild the demo around the customer data',
  '',
  '## Follow-ups',
  '',
  '- [ ] Send the MEDDICC one-pager @priya due:2026-11-19',
  '- [?] Book the Halvorsen on-site @riley',
  '- [-] Shadow the Acme call (cancelled by Acme)',
  '',
  '## Pipeline',
  '',
  '- [ ] Update the Initech close date @riley 📅 2026-11-30',
  '',
].join('\n');

let api: CoachingNotesApi;

async function repOverview(name: string): Promise<RepOverview | undefined> {
  return repInTree(api, name);
}

describe('Writing: New 1:1 Note', () => {
  const previousUri = () => workspaceFile(REP_FOLDER, '2026-11-15.coach.md');
  const newUri = () => workspaceFile(REP_FOLDER, `${TODAY}.coach.md`);

  before(async () => {
    api = (await coachingNotesExtension().activate()) as CoachingNotesApi;
    await api.whenIndexed();
    // In the browser VS Code saves edited files after a second by default; these tests check what
    // is saved and what is not, so they turn that off (as desktop VS Code has it) while they run.
    await vscode.workspace
      .getConfiguration('files')
      .update('autoSave', 'off', vscode.ConfigurationTarget.Global);
  });

  after(async () => {
    await vscode.workspace
      .getConfiguration('files')
      .update('autoSave', undefined, vscode.ConfigurationTarget.Global);
  });

  /** Riley has exactly the previous note, as written on disk (5 open items), in the Reps tree. */
  async function waitForPreviousNoteOnly(): Promise<void> {
    await eventually(async () => {
      const notes = (await repOverview(REP))?.notes ?? [];
      return notes.length === 1 && notes[0].openItems === 5;
    }, `${REP} to have only the previous note, with its 5 open items`).catch(async (error: unknown) => {
      const rep = await repOverview(REP);
      throw new Error(`${String(error)}: ${JSON.stringify(rep?.notes)}`);
    });
  }

  // Files are written and deleted through VS Code, whose watchers then report them at once. The
  // folder stays between tests: each starts from the previous note alone, as on disk.
  beforeEach(async () => {
    await vscode.workspace.fs.writeFile(previousUri(), new TextEncoder().encode(PREVIOUS));
    for (const [name] of await vscode.workspace.fs.readDirectory(workspaceFile(REP_FOLDER))) {
      const uri = workspaceFile(REP_FOLDER, name);
      if (uri.toString() !== previousUri().toString())
        await vscode.workspace.fs.delete(uri, { useTrash: false });
    }
    await waitForPreviousNoteOnly();
  });

  afterEach(closeAllEditors);

  after(async () => {
    // Editors reverted in afterEach re-index their text a moment later: let that settle first.
    await waitForPreviousNoteOnly();
    for (const folder of [REP_FOLDER, 'jordan-lee']) {
      const uri = workspaceFile(folder);
      if (fs.existsSync(uri.fsPath))
        await vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false });
    }
    await eventually(async () => (await repOverview(REP)) === undefined, `${REP} to leave the Reps tree`);
  });

  it('creates the note, carries every open item over and marks each [>] in the unsaved old note', async () => {
    // The old note is open with an unsaved follow-up: the carry-over must see it and keep it.
    const oldDocument = await vscode.workspace.openTextDocument(previousUri());
    const oldEditor = await vscode.window.showTextDocument(oldDocument);
    const unsavedLine = '- [ ] Ask Riley for the Halvorsen org chart @riley due:2026-11-25';
    await oldEditor.edit((builder) => builder.insert(new vscode.Position(21, 0), unsavedLine + '\n'));
    assert.ok(oldDocument.isDirty);
    const oldText = oldDocument.getText();

    const rep = await repOverview(REP);
    assert.ok(rep);
    const node: RepsTreeNode = { kind: 'rep', rep };
    const result = await vscode.commands.executeCommand<NewNoteResult | undefined>(
      'coachingNotes.newNoteForRep',
      node,
      WEEKLY,
    );
    assert.ok(result, 'the command reports the note it created');
    assert.strictEqual(result.uri.toString(), newUri().toString());
    assert.strictEqual(result.carried, 6);

    const created = fs.readFileSync(newUri().fsPath, 'utf8');
    assert.strictEqual(
      created,
      [
        '---',
        `rep: ${REP}`,
        `date: ${TODAY}`,
        'type: weekly',
        'coach: Priya Raman',
        'next: 2026-11-29',
        '---',
        '',
        `# 1:1 with ${REP}`,
        '',
        '## Root cause',
        '',
        '',
        '',
        '## Strengths',
        '',
        '',
        '',
        '## Agreed goals',
        '',
        '- [ ] Run the full discovery checklist on 6 of 6 first calls @riley due:2026-12-31',
        '  - [ ] Review two call recordings together @priya due:2026-11-27',
        '',
        '## Follow-ups',
        '',
        unsavedLine,
        '- [ ] Send the MEDDICC one-pager @priya due:2026-11-19',
        '- [ ] Book the Halvorsen on-site @riley',
        '- [ ] Update the Initech close date @riley 📅 2026-11-30',
        '',
      ].join('\n'),
    );

    // The new note is open in the editor, the cursor on the empty line of Root cause.
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    assert.strictEqual(editor.document.uri.toString(), newUri().toString());
    assert.strictEqual(editor.document.languageId, 'coaching-note');
    assert.deepStrictEqual([editor.selection.active.line, editor.selection.active.character], [12, 0]);

    // In the old note only the box characters of the carried items changed, and its unsaved work
    // is still unsaved (nothing was saved behind the user's back).
    const newOldText = oldDocument.getText();
    assert.deepStrictEqual(changedLines(oldText, newOldText), [15, 16, 21, 22, 23, 28]);
    for (const line of changedLines(oldText, newOldText)) {
      assert.strictEqual(newOldText.split('\n')[line], oldText.split('\n')[line].replace(/\[[ ?]\]/u, '[>]'));
    }
    assert.ok(oldDocument.isDirty);
    assert.strictEqual(fs.readFileSync(previousUri().fsPath, 'utf8'), PREVIOUS);
  });

  it('is undone, in both files, by one undo', async () => {
    const rep = await repOverview(REP);
    assert.ok(rep);
    const result = await vscode.commands.executeCommand<NewNoteResult | undefined>(
      'coachingNotes.newNoteForRep',
      {
        kind: 'rep',
        rep,
      },
      WEEKLY,
    );
    assert.ok(result && fs.existsSync(newUri().fsPath));
    const oldDocument = await vscode.workspace.openTextDocument(previousUri());
    // The previous note had no unsaved changes, so it was saved with the [>] marks.
    await waitUntil(() => !oldDocument.isDirty, 'the previous note to be saved');
    assert.strictEqual(
      fs.readFileSync(previousUri().fsPath, 'utf8'),
      PREVIOUS.replace(/- \[[ ?]\]/gu, '- [>]'),
    );
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), newUri().toString());

    // Ctrl+Z in the new note: VS Code undoes the whole workspace edit (its file creation and the
    // text edits in the other file are one undo group), without asking.
    await vscode.commands.executeCommand('undo');
    await waitUntil(
      () => !fs.existsSync(newUri().fsPath) && oldDocument.getText() === PREVIOUS,
      'the new note to be deleted and the old note restored',
    );
    // The restored text is unsaved (the disk still has the [>] marks): saving it restores the file.
    await oldDocument.save();
    assert.strictEqual(fs.readFileSync(previousUri().fsPath, 'utf8'), PREVIOUS);
  });

  it('never overwrites an existing note: a second note that day gets -2', async () => {
    const mine = '---\nrep: Riley Carrow\ndate: 2026-11-22\n---\nWritten by hand this morning.\n';
    await vscode.workspace.fs.writeFile(newUri(), new TextEncoder().encode(mine));
    const rep = await repOverview(REP);
    assert.ok(rep);
    const result = await vscode.commands.executeCommand<NewNoteResult | undefined>(
      'coachingNotes.newNoteForRep',
      {
        kind: 'rep',
        rep,
      },
      WEEKLY,
    );
    assert.ok(result);
    assert.strictEqual(result.uri.toString(), workspaceFile(REP_FOLDER, `${TODAY}-2.coach.md`).toString());
    assert.strictEqual(fs.readFileSync(newUri().fsPath, 'utf8'), mine);
    assert.ok(fs.readFileSync(result.uri.fsPath, 'utf8').startsWith(`---\nrep: ${REP}\ndate: ${TODAY}\n`));
  });

  it("from the palette: offers the reps with their last 1:1, preselects the open note's rep, and undoes", async () => {
    const marcusLatest = workspaceFile('marcus-oyelaran', '2026-11-19.coach.md');
    const original = fs.readFileSync(marcusLatest.fsPath, 'utf8');
    const oldDocument = await vscode.workspace.openTextDocument(marcusLatest);
    await vscode.window.showTextDocument(oldDocument);

    let settled = false;
    const pending = vscode.commands
      .executeCommand<NewNoteResult | undefined>('coachingNotes.newNote')
      .then((result) => {
        settled = true;
        return result;
      });
    await takeScreenshot('new-note-pick', {
      waitForText: ['New 1:1 Note', 'Marcus Oyelaran', '4 overdue · 3d ago'],
    });
    // Enter on the preselected rep (polled until the quick pick has taken it, as waitUntil polls).
    const deadline = Date.now() + 10_000;
    while (!settled) {
      if (Date.now() > deadline) throw new Error('the quick pick never accepted a rep');
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const result = await pending;
    assert.ok(result);
    const created = workspaceFile('marcus-oyelaran', `${TODAY}.coach.md`);
    assert.strictEqual(result.uri.toString(), created.toString());
    assert.strictEqual(result.carriedFrom?.toString(), marcusLatest.toString());
    assert.strictEqual(result.carried, 2);
    assert.ok(
      fs
        .readFileSync(created.fsPath, 'utf8')
        .includes('- [ ] Send the signed NDA to Umbrella @marcus due:2026-11-21'),
    );
    assert.deepStrictEqual(changedLines(original, oldDocument.getText()).length, 2);

    await vscode.commands.executeCommand('undo');
    await waitUntil(
      () => !fs.existsSync(created.fsPath) && oldDocument.getText() === original,
      'the new note to be deleted and the fixture note restored',
    );
    await oldDocument.save();
    assert.strictEqual(fs.readFileSync(marcusLatest.fsPath, 'utf8'), original);
  });

  it('starts the first note of a new rep in a new folder, with nothing to carry', async () => {
    const rep: RepOverview = {
      key: 'jordan lee',
      name: 'Jordan Lee',
      roster: null,
      cadenceDays: 14,
      notes: [],
      overdue: [],
      openFollowUps: [],
      openGoals: [],
      lastDate: null,
      daysSinceLast: null,
      nextMeeting: null,
      tags: [],
      oneOnOneOverdue: false,
    };
    const result = await vscode.commands.executeCommand<NewNoteResult | undefined>(
      'coachingNotes.newNoteForRep',
      {
        kind: 'rep',
        rep,
      },
      WEEKLY,
    );
    assert.ok(result);
    assert.strictEqual(result.uri.toString(), workspaceFile('jordan-lee', `${TODAY}.coach.md`).toString());
    assert.strictEqual(result.carried, 0);
    const text = fs.readFileSync(result.uri.fsPath, 'utf8');
    assert.ok(
      text.startsWith('---\nrep: Jordan Lee\ndate: 2026-11-22\ntype: weekly\nnext: 2026-12-06\n---\n'),
      text,
    );
    assert.ok(!text.includes('- ['), 'no items');

    // Undo takes the note back, and the folder made for it: no empty `jordan-lee/` is left behind.
    await vscode.window.showTextDocument(result.uri);
    await vscode.commands.executeCommand('undo');
    await waitUntil(
      () => !fs.existsSync(result.uri.fsPath) && !fs.existsSync(workspaceFile('jordan-lee').fsPath),
      'the new note and its new folder to be gone after undo',
    );
  });
});
