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
import { fileExists } from '../../../src/extension/util/fileExists';
import { asyncFolderPort } from '../../../src/node/nodeFiles';

function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests run with the fixture workspace open');
  return folder.uri;
}

/**
 * A read-only in-memory file system with no search provider, like `memfs:` in the web tests: there
 * findFiles would never answer. `refused` paths fail to stat with an error other than "not found".
 */
class MemoryFiles implements vscode.FileSystemProvider {
  private readonly emitter = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.emitter.event;
  constructor(
    private readonly files: ReadonlyMap<string, string>,
    private readonly links: ReadonlySet<string>,
    private readonly refused: ReadonlySet<string>,
  ) {}

  private typeOf(path: string): vscode.FileType | undefined {
    const link = this.links.has(path) ? vscode.FileType.SymbolicLink : 0;
    if (this.files.has(path)) return vscode.FileType.File | link;
    const prefix = path === '/' ? '/' : `${path}/`;
    if ([...this.files.keys()].some((file) => file.startsWith(prefix)))
      return vscode.FileType.Directory | link;
    return undefined;
  }

  stat(uri: vscode.Uri): vscode.FileStat {
    if (this.refused.has(uri.path)) throw vscode.FileSystemError.Unavailable(uri);
    const type = this.typeOf(uri.path);
    if (type === undefined) throw vscode.FileSystemError.FileNotFound(uri);
    const size = new TextEncoder().encode(this.files.get(uri.path) ?? '').length;
    return { type, ctime: 1, mtime: 1, size };
  }

  readDirectory(uri: vscode.Uri): [string, vscode.FileType][] {
    const prefix = uri.path === '/' ? '/' : `${uri.path}/`;
    const names = new Set(
      [...this.files.keys()]
        .filter((file) => file.startsWith(prefix))
        .map((file) => file.slice(prefix.length).split('/')[0] ?? ''),
    );
    return [...names].map((name) => [name, this.typeOf(prefix + name) ?? vscode.FileType.Unknown]);
  }

  readFile(uri: vscode.Uri): Uint8Array {
    const text = this.files.get(uri.path);
    if (text === undefined) throw vscode.FileSystemError.FileNotFound(uri);
    return new TextEncoder().encode(text);
  }

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }
  createDirectory(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }
  writeFile(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }
  delete(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }
  rename(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }
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

  it('walks and reads a file system with no search provider, and never takes an unreadable path as free', async () => {
    const note =
      '---\nrep: Ana Ruiz\ndate: 2026-11-02\n---\n## Follow-ups\n- [ ] Send the plan due:2026-11-20\n';
    const files = new Map([
      ['/team/ana/2026-11-02.coach.md', note],
      ['/team/ana/linked.coach.md', note],
      ['/node_modules/pkg/x.coach.md', note],
      ['/team/readme.md', '# not a note\n'],
    ]);
    const provider = new MemoryFiles(
      files,
      new Set(['/team/ana/linked.coach.md']),
      new Set(['/team/locked.md']),
    );
    const registration = vscode.workspace.registerFileSystemProvider('coaching-web-reader', provider, {
      isReadonly: true,
    });
    try {
      const root = vscode.Uri.parse('coaching-web-reader:/');
      const found = await findNotesIn(root);
      assert.deepStrictEqual(sorted(found.notes), ['coaching-web-reader:/team/ana/2026-11-02.coach.md']);
      assert.deepStrictEqual(
        found.skipped.map(({ path: at, reason }) => ({ at, reason })),
        [{ at: 'coaching-web-reader:/team/ana/linked.coach.md', reason: 'link-outside' }],
      );
      const [only] = found.notes;
      assert.ok(only);
      const loaded = await loadNoteFile(only, () => undefined);
      assert.strictEqual(loaded.kind, 'loaded');
      if (loaded.kind === 'loaded') assert.deepStrictEqual(loaded.note, parseNote(note));
      // Never overwrite: only "not found" means a name is free.
      assert.strictEqual(await fileExists(vscode.Uri.parse('coaching-web-reader:/team/new.md')), false);
      assert.strictEqual(await fileExists(vscode.Uri.parse('coaching-web-reader:/team/readme.md')), true);
      assert.strictEqual(await fileExists(vscode.Uri.parse('coaching-web-reader:/team/locked.md')), true);
    } finally {
      registration.dispose();
    }
  });
});
