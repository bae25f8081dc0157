// New 1:1 Note in the web worker, on memfs: the note is created through VS Code's file system,
// the open items of the rep's latest note (a Spanish one) are carried over and marked [>] there,
// an existing note is never overwritten, and one undo takes both files back.
import * as vscode from 'vscode';
import type { CoachingNotesApi } from '../../../../src/extension/api';
import type { NewNoteResult } from '../../../../src/extension/writing/newNote';
import { closeAllEditors } from '../../suite/editors';
import { eventually, fileExists, readText, repInTree, workspaceFile } from '../../suite/notesWorkspace';
import { waitUntil } from '../../suite/waitUntil';
import * as assert from './assert';
import { coachingNotes } from './webHarness';

const REP = 'Sofía Núñez';
const WEEKLY = { type: 'weekly' };

describe('Web: New 1:1 Note', () => {
  let api: CoachingNotesApi;
  const previous = workspaceFile('sofia-nunez', '2026-11-13.coach.md');
  const created = workspaceFile('sofia-nunez', '2026-11-22.coach.md');
  const second = workspaceFile('sofia-nunez', '2026-11-22-2.coach.md');
  let previousText = '';

  async function newNote(): Promise<NewNoteResult> {
    const rep = await repInTree(api, REP);
    assert.ok(rep, `${REP} is in the Reps tree`);
    const result = await vscode.commands.executeCommand<NewNoteResult | undefined>(
      'coachingNotes.newNoteForRep',
      { kind: 'rep', rep },
      WEEKLY,
    );
    assert.ok(result, 'the command reports the note it created');
    return result;
  }

  before(async () => {
    api = await coachingNotes();
    await api.whenIndexed();
    previousText = await readText(previous);
  });

  after(async () => {
    await closeAllEditors();
    for (const uri of [created, second]) if (await fileExists(uri)) await vscode.workspace.fs.delete(uri);
    await vscode.workspace.fs.writeFile(previous, new TextEncoder().encode(previousText));
    await eventually(
      async () => (await repInTree(api, REP))?.notes.length === 1 && api.overdue().length === 13,
      `${REP} to have only the first note again`,
    );
  });

  it('creates the note on memfs, carrying the open items over and marking them [>] in the old note', async () => {
    const result = await newNote();
    assert.strictEqual(result.uri.toString(), created.toString());
    assert.strictEqual(result.carriedFrom?.toString(), previous.toString());
    assert.strictEqual(result.carried, 3);
    const text = await readText(created);
    assert.ok(text.startsWith(`---\nrep: ${REP}\ndate: 2026-11-22\ntype: weekly\n`), text);
    for (const item of [
      '- [ ] Cerrar la renovación de Ñandú antes del cierre del trimestre due:2026-12-18',
      '- [ ] Enviar el acta a Ñandú @sofía due:2026-11-20',
      '- [ ] Pedir el caso de éxito a Logística Ibérica due:2026-12-02',
    ])
      assert.ok(text.includes(`\n${item}\n`), `the new note carries "${item}"`);
    // The old note had no unsaved changes: it is saved with its carried items marked [>].
    await eventually(
      async () => (await readText(previous)).includes('- [>] Enviar el acta'),
      'the old note saved',
    );
    assert.strictEqual(await readText(previous), previousText.replace(/- \[ \]/gu, '- [>]'));
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), created.toString());
    await waitUntil(
      () => api.overdue().every((entry) => entry.rep !== REP || entry.file === created.toString()),
      'the index to follow',
    );
  });

  it('never overwrites an existing note: a second note that day gets -2', async () => {
    await closeAllEditors();
    const mine = `---\nrep: ${REP}\ndate: 2026-11-22\n---\nEscrita a mano esta mañana.\n`;
    await vscode.workspace.fs.writeFile(created, new TextEncoder().encode(mine));
    await eventually(async () => {
      const notes = (await repInTree(api, REP))?.notes ?? [];
      return notes.some((note) => note.file === created.toString() && note.openItems === 0);
    }, 'the index to see the note written by hand');
    const result = await newNote();
    assert.strictEqual(result.uri.toString(), second.toString());
    assert.strictEqual(await readText(created), mine, 'the existing note is untouched');
    assert.ok((await readText(second)).startsWith(`---\nrep: ${REP}\ndate: 2026-11-22\n`));
  });

  it('is undone, in both files, by one undo', async () => {
    await closeAllEditors();
    for (const uri of [created, second]) if (await fileExists(uri)) await vscode.workspace.fs.delete(uri);
    await vscode.workspace.fs.writeFile(previous, new TextEncoder().encode(previousText));
    await eventually(async () => (await repInTree(api, REP))?.notes.length === 1, `${REP} to have one note`);
    const result = await newNote();
    assert.strictEqual(result.uri.toString(), created.toString());
    const oldDocument = await vscode.workspace.openTextDocument(previous);
    await vscode.commands.executeCommand('undo');
    await eventually(
      async () => !(await fileExists(created)) && oldDocument.getText() === previousText,
      'the new note to be deleted and the old note restored',
    );
    await oldDocument.save();
    assert.strictEqual(await readText(previous), previousText);
  });
});
