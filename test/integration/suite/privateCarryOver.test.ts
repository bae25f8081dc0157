// "New 1:1 Note" in a real VS Code keeps private items private: an open item under a private
// heading is carried under a heading of the same name, with the lines that belong to it, and the
// new note's outline shows that part as private. The notes are written here into a folder of their
// own and removed afterwards.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { RepOverview } from '../../../src/core/reps/repOverview';
import type { CoachingNotesApi } from '../../../src/extension/api';
import { coachingNotesExtension } from './manifest';
import { eventually, repInTree, workspaceFile } from './notesWorkspace';

const TODAY = '2026-11-22';
const REP = 'Avery Quinn';
const FOLDER = 'avery-quinn';

const PREVIOUS = [
  '---',
  `rep: ${REP}`,
  'date: 2026-11-15',
  'coach: Priya Raman',
  '---',
  '',
  '## Follow-ups',
  '',
  '- [ ] Send the pricing one-pager @avery due:2026-11-28',
  '  She wants the EMEA version.',
  '  - ask finance for the FX table',
  '',
  '### Notes (private)',
  '',
  '- [ ] Check in about the hospital schedule @priya',
  '',
  '## Career (private)',
  '',
  '- [ ] Introduce Avery to the PMM lead @priya',
  '  Thinking of leaving sales.',
  '',
].join('\n');

describe('Writing: New 1:1 Note keeps private items private', () => {
  let api: CoachingNotesApi;
  const previousUri = () => workspaceFile(FOLDER, '2026-11-15.coach.md');
  const newUri = () => workspaceFile(FOLDER, `${TODAY}.coach.md`);

  const rep = (): Promise<RepOverview | undefined> => repInTree(api, REP);

  before(async () => {
    api = (await coachingNotesExtension().activate()) as CoachingNotesApi;
    await api.whenIndexed();
    await vscode.workspace.fs.writeFile(previousUri(), new TextEncoder().encode(PREVIOUS));
    await eventually(async () => {
      const found = await rep();
      return found !== undefined && found.notes.length === 1 && found.notes[0].openItems === 3;
    }, `${REP} to be indexed with 3 open items`);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const folder = workspaceFile(FOLDER);
    if (fs.existsSync(folder.fsPath))
      await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
  });

  it('carries a private item under a private heading of the same name, with its own lines', async () => {
    const overview = await rep();
    assert.ok(overview);
    const result = await vscode.commands.executeCommand<{ uri: vscode.Uri; carried: number } | undefined>(
      'coachingNotes.newNoteForRep',
      { kind: 'rep', rep: overview },
      { type: 'weekly' }, // given, so the command does not ask it
    );
    assert.ok(result);
    assert.strictEqual(result.uri.toString(), newUri().toString());
    assert.strictEqual(result.carried, 3);
    const created = fs.readFileSync(newUri().fsPath, 'utf8');
    assert.strictEqual(
      created.slice(created.indexOf('## Follow-ups')),
      [
        '## Follow-ups',
        '',
        '- [ ] Send the pricing one-pager @avery due:2026-11-28',
        '  She wants the EMEA version.',
        '  - ask finance for the FX table',
        '',
        '### Notes (private)',
        '',
        '- [ ] Check in about the hospital schedule @priya',
        '',
        '## Career (private)',
        '',
        '- [ ] Introduce Avery to the PMM lead @priya',
        '  Thinking of leaving sales.',
        '',
      ].join('\n'),
    );

    // What the user sees of it: the outline marks the private section and each private item.
    const document = await vscode.workspace.openTextDocument(newUri());
    let symbols: vscode.DocumentSymbol[] = [];
    await eventually(async () => {
      symbols =
        (await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>(
          'vscode.executeDocumentSymbolProvider',
          document.uri,
        )) ?? [];
      return symbols.some((symbol) => symbol.name === 'Career (private)');
    }, 'the outline of the new note');
    const outline = symbols.flatMap((symbol) => [symbol, ...symbol.children]);
    const isMarkedPrivate = (name: string): boolean => {
      const symbol = outline.find((candidate) => candidate.name.startsWith(name));
      assert.ok(symbol, `${name} is in the outline`);
      return symbol.detail.split(' · ').includes('private');
    };
    assert.deepStrictEqual(
      [
        'Follow-ups',
        'Send the pricing one-pager',
        'Check in about the hospital schedule',
        'Career (private)',
        'Introduce Avery to the PMM lead',
      ].map(isMarkedPrivate),
      [false, false, true, true, true],
    );

    // In the old note, every carried item is marked [>].
    const old = (await vscode.workspace.openTextDocument(previousUri())).getText();
    assert.strictEqual(old, PREVIOUS.replace(/- \[ \]/gu, '- [>]'));
  });
});
