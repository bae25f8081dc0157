// Coaching Notes in the web worker for a Spanish reader: the engine's Spanish words, which the web
// build loads on demand after activation (dist/web/catalogue-es.js, beside yaml), reach the Problems
// panel. Same fixture notes and pinned day (2026-11-22) as the English web suite.
import * as vscode from 'vscode';
import { formatDiagnostics } from '../../suite/editors';
import { workspaceFile } from '../../suite/notesWorkspace';
import { waitUntil } from '../../suite/waitUntil';
import * as assert from './assert';
import { coachingNotes } from './webHarness';

describe('Web, in Spanish: the words loaded on demand', () => {
  before(async () => {
    const api = await coachingNotes();
    await api.whenIndexed();
  });

  it('runs in the web worker with Spanish as the display language', () => {
    assert.strictEqual(vscode.env.uiKind, vscode.UIKind.Web, 'env.uiKind');
    assert.strictEqual(typeof (globalThis as { process?: unknown }).process, 'undefined', 'typeof process');
    assert.strictEqual(vscode.env.language, 'es');
  });

  it('writes a broken front matter (read by yaml) in Spanish, at its line', async () => {
    const uri = workspaceFile('marcus-oyelaran', '2026-11-19.coach.md');
    await waitUntil(() => formatDiagnostics(uri).length > 0, 'diagnostics for the broken note');
    const invalidType = formatDiagnostics(uri).find((diagnostic) => diagnostic.code === 'invalid-type');
    assert.strictEqual(invalidType?.range.start.line, 3, 'the line of `type: [weekly`');
    assert.match(invalidType?.message ?? '', /^`type` debe ser uno de /u);
  });

  it('puts overdue items in the Problems panel with Spanish words', async () => {
    const uri = workspaceFile('dana-whitfield', '2026-11-17.coach.md');
    const overdue = () =>
      vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.code === 'overdue');
    await waitUntil(() => overdue().length > 1, 'the overdue items of Dana Whitfield’s note');
    assert.strictEqual(
      overdue()[1]?.message,
      'Vencido hace 4 días (vencía 2026-11-18): Send pricing to Acme @dana',
    );
  });
});
