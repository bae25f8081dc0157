// The web extension's file reader (vscode.workspace.fs, behind the engine's ports) in the desktop
// host, where it can be compared with Node's: workspace.fs behaves the same in both hosts, so this
// proves the adapter. This test's own copy of noteFileAccess never gets the Node reader (only the
// desktop entry calls useLocalFiles), so findNotesIn and loadNoteFile here take the path the web
// worker host takes. The web worker host itself is proven by the web-worker suite.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { findNoteFiles } from '../../../src/core/files/walk';
import { parseNote } from '../../../src/core/note/parse';
import { findNotesIn, loadNoteFile } from '../../../src/extension/notes/noteFileAccess';
import { asyncFolderPort } from '../../../src/node/nodeFiles';

function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests run with the fixture workspace open');
  return folder.uri;
}

const sorted = (uris: readonly vscode.Uri[]): string[] => uris.map((uri) => uri.toString()).sort();

describe('Web reader: notes through vscode.workspace.fs', () => {
  it('finds the same notes as the Node reader and reads each as the engine parses it', async () => {
    const folder = workspaceFolder();
    const found = await findNotesIn(folder);
    const byNode = await findNoteFiles(folder.fsPath, asyncFolderPort);
    assert.ok(byNode.length >= 15, `the fixture has 15 notes, Node found ${byNode.length}`);
    assert.deepStrictEqual(sorted(found.notes), sorted(byNode.map((file) => vscode.Uri.file(file))));
    assert.deepStrictEqual(found.skipped, []);
    for (const uri of found.notes) {
      const loaded = await loadNoteFile(uri, () => undefined);
      assert.strictEqual(loaded.kind, 'loaded', uri.toString());
      if (loaded.kind !== 'loaded') continue;
      assert.deepStrictEqual(loaded.note, parseNote(fs.readFileSync(uri.fsPath, 'utf8')), uri.toString());
    }
  });

  it('never follows a link, whose target workspace.fs cannot tell, and says so', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'coaching-notes-web-reader-'));
    try {
      fs.mkdirSync(path.join(outside, 'team'));
      fs.mkdirSync(path.join(outside, 'node_modules'));
      fs.writeFileSync(path.join(outside, 'team', '2026-11-02.coach.md'), '# note\n');
      fs.writeFileSync(path.join(outside, 'node_modules', 'x.coach.md'), '# not a note\n');
      fs.symlinkSync(path.join(outside, 'team'), path.join(outside, 'linked-team'));
      fs.symlinkSync(
        path.join(outside, 'team', '2026-11-02.coach.md'),
        path.join(outside, 'linked.coach.md'),
      );
      const folder = vscode.Uri.file(outside);
      const found = await findNotesIn(folder);
      const uri = (...segments: string[]) => vscode.Uri.joinPath(folder, ...segments).toString();
      assert.deepStrictEqual(sorted(found.notes), [uri('team', '2026-11-02.coach.md')]);
      assert.deepStrictEqual(
        found.skipped.map(({ path: at, folder: isFolder, reason }) => ({ at, isFolder, reason })),
        [
          { at: uri('linked-team'), isFolder: true, reason: 'link-outside' },
          { at: uri('linked.coach.md'), isFolder: false, reason: 'link-outside' },
        ],
      );
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });
});
