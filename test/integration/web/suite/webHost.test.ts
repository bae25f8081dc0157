// First, that the web tier tests what it claims: Coaching Notes running in the web worker
// extension host (no Node), on a workspace that is not on disk (`memfs:`).
import * as vscode from 'vscode';
import type { CoachingNotesApi } from '../../../../src/extension/api';
import * as assert from './assert';
import { waitUntil } from '../../suite/waitUntil';
import { COACHING_NOTES_ID, coachingNotes, memfsWorkspace } from './webHarness';

describe('The web tier', () => {
  it('runs in the web worker extension host, without Node', () => {
    const worker = globalThis as { WorkerGlobalScope?: unknown; process?: unknown };
    assert.ok(typeof worker.WorkerGlobalScope !== 'undefined', 'WorkerGlobalScope exists in a web worker');
    assert.strictEqual(typeof worker.process, 'undefined', 'typeof process');
    assert.strictEqual(vscode.env.uiKind, vscode.UIKind.Web, 'env.uiKind');
  });

  it('opens a memfs: workspace filled with the fixture notes', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'a workspace folder is open');
    assert.strictEqual(folder.uri.scheme, 'memfs');
    const { seededFiles } = await memfsWorkspace();
    assert.ok(seededFiles.includes('/dana-whitfield/2026-11-17.coach.md'), 'a fixture note is seeded');
    const found = await vscode.workspace.findFiles('**/*.coach.md');
    assert.strictEqual(
      found.length,
      seededFiles.filter((file) => file.endsWith('.coach.md')).length,
      'findFiles',
    );
  });

  it('loads Coaching Notes from its browser entry', async () => {
    const extension = vscode.extensions.getExtension(COACHING_NOTES_ID);
    assert.ok(extension, 'Coaching Notes is loaded');
    const api = (await extension.activate()) as Partial<CoachingNotesApi> | undefined;
    // An extension's exports reach only the host it runs in: this one, the web worker.
    assert.ok(typeof api?.whenIndexed === 'function', 'its API is reachable from this host');
    const manifest = extension.packageJSON as { browser?: unknown };
    assert.strictEqual(typeof manifest.browser, 'string', 'package.json names a browser entry');
    assert.strictEqual(
      extension.extensionKind,
      vscode.ExtensionKind.UI,
      'extensionKind (the web worker is UI side)',
    );
  });

  it("saves the warm-start cache in the extension's storage through workspace.fs", async () => {
    const api = await coachingNotes();
    await api.whenIndexed();
    await waitUntil(
      () => api.stats().cacheSaves.saves > 0 && !api.stats().cacheSaves.pending,
      'the note cache to be saved',
      20_000,
    );
    const { seededFiles } = await memfsWorkspace();
    const notes = seededFiles.filter((file) => file.endsWith('.coach.md')).length;
    assert.strictEqual(api.stats().notes, notes, 'every seeded note is indexed');
  });
});
