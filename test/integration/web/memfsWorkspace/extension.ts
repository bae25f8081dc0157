// Test-only extension for the web tier (never shipped): a `memfs:` file system held in the web
// worker's memory, filled at activation with the notes the harness staged beside it, plus the
// proposed FileSearchProvider so `workspace.findFiles` answers on `memfs:` (without one it waits
// forever). It also pins the worker's clock to the suite's day: the web worker has no
// `process.env`, so COACHING_NOTES_TODAY cannot reach the extension there.
import * as vscode from 'vscode';

/** What the harness writes beside this extension (`harness.json`) for the suite to read. */
export interface WebHarnessConfig {
  /** The day the suite runs "on" (YYYY-MM-DD), as SUITE_ENV pins it for the Node host. */
  readonly today: string;
  /** Where the harness writes the screenshots it is asked for (a path on the server). */
  readonly screenshotsDir: string;
  /** COACHING_NOTES_TEST_GREP, passed on: run only the tests whose title matches. */
  readonly grep: string;
}

/** What activate() returns, for the suite. */
export interface MemfsWorkspaceApi {
  readonly config: WebHarnessConfig;
  /** This extension's folder on the server (a vscode-remote: URI). */
  readonly extensionUri: vscode.Uri;
  /** The paths (from the root, with a leading /) of the files it was filled with. */
  readonly seededFiles: readonly string[];
}

type Entry = { kind: 'file'; data: Uint8Array; ctime: number; mtime: number } | DirectoryEntry;
interface DirectoryEntry {
  kind: 'directory';
  children: Map<string, Entry>;
  ctime: number;
  mtime: number;
}

function directory(): DirectoryEntry {
  const now = Date.now();
  return { kind: 'directory', children: new Map(), ctime: now, mtime: now };
}

/** A file system in memory, like VS Code's own memfs sample, with change events for watchers. */
class MemoryFileSystem implements vscode.FileSystemProvider {
  private readonly root = directory();
  private readonly changes = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changes.event;

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  stat(uri: vscode.Uri): vscode.FileStat {
    const entry = this.lookup(uri);
    return {
      type: entry.kind === 'file' ? vscode.FileType.File : vscode.FileType.Directory,
      ctime: entry.ctime,
      mtime: entry.mtime,
      size: entry.kind === 'file' ? entry.data.byteLength : 0,
    };
  }

  readDirectory(uri: vscode.Uri): [string, vscode.FileType][] {
    const entry = this.lookupDirectory(uri);
    return [...entry.children].map(([name, child]) => [
      name,
      child.kind === 'file' ? vscode.FileType.File : vscode.FileType.Directory,
    ]);
  }

  readFile(uri: vscode.Uri): Uint8Array {
    const entry = this.lookup(uri);
    if (entry.kind !== 'file') throw vscode.FileSystemError.FileIsADirectory(uri);
    return entry.data;
  }

  writeFile(uri: vscode.Uri, content: Uint8Array, options: { create: boolean; overwrite: boolean }): void {
    const { parent, name } = this.parentOf(uri);
    const existing = parent.children.get(name);
    if (existing?.kind === 'directory') throw vscode.FileSystemError.FileIsADirectory(uri);
    if (!existing && !options.create) throw vscode.FileSystemError.FileNotFound(uri);
    if (existing && !options.overwrite) throw vscode.FileSystemError.FileExists(uri);
    const now = Date.now();
    parent.children.set(name, {
      kind: 'file',
      data: content.slice(),
      ctime: existing?.ctime ?? now,
      mtime: Math.max(now, (existing?.mtime ?? 0) + 1),
    });
    parent.mtime = now;
    this.changes.fire([
      { type: existing ? vscode.FileChangeType.Changed : vscode.FileChangeType.Created, uri },
    ]);
  }

  createDirectory(uri: vscode.Uri): void {
    const { parent, name } = this.parentOf(uri);
    if (parent.children.has(name)) throw vscode.FileSystemError.FileExists(uri);
    parent.children.set(name, directory());
    this.changes.fire([{ type: vscode.FileChangeType.Created, uri }]);
  }

  delete(uri: vscode.Uri, options: { recursive: boolean }): void {
    const { parent, name } = this.parentOf(uri);
    const entry = parent.children.get(name);
    if (!entry) throw vscode.FileSystemError.FileNotFound(uri);
    if (entry.kind === 'directory' && entry.children.size > 0 && !options.recursive)
      throw vscode.FileSystemError.NoPermissions(`${uri.toString()} is not empty`);
    const deleted = this.filesUnder(entry, uri).map((file) => ({
      type: vscode.FileChangeType.Deleted,
      uri: file,
    }));
    parent.children.delete(name);
    this.changes.fire([...deleted, { type: vscode.FileChangeType.Deleted, uri }]);
  }

  rename(from: vscode.Uri, to: vscode.Uri, options: { overwrite: boolean }): void {
    const source = this.parentOf(from);
    const entry = source.parent.children.get(source.name);
    if (!entry) throw vscode.FileSystemError.FileNotFound(from);
    const target = this.parentOf(to);
    if (target.parent.children.has(target.name) && !options.overwrite)
      throw vscode.FileSystemError.FileExists(to);
    source.parent.children.delete(source.name);
    target.parent.children.set(target.name, entry);
    this.changes.fire([
      { type: vscode.FileChangeType.Deleted, uri: from },
      { type: vscode.FileChangeType.Created, uri: to },
    ]);
  }

  /** Every file at or under `uri` (for search and for delete events). */
  filesUnder(entry: Entry, uri: vscode.Uri): vscode.Uri[] {
    if (entry.kind === 'file') return [uri];
    const files: vscode.Uri[] = [];
    for (const [name, child] of entry.children) {
      for (const file of this.filesUnder(child, vscode.Uri.joinPath(uri, name))) files.push(file);
    }
    return files;
  }

  /** Every file under `folder`, or none when it does not exist. */
  allFiles(folder: vscode.Uri): vscode.Uri[] {
    try {
      return this.filesUnder(this.lookup(folder), folder);
    } catch {
      return [];
    }
  }

  /** Adds a file during seeding, creating its folders, with no change events. */
  seed(path: string, data: Uint8Array): void {
    const names = path.split('/').filter(Boolean);
    const fileName = names.pop();
    if (!fileName) return;
    let folder = this.root;
    for (const name of names) {
      let next = folder.children.get(name);
      if (!next) folder.children.set(name, (next = directory()));
      if (next.kind !== 'directory') throw new Error(`${path}: ${name} is a file`);
      folder = next;
    }
    const now = Date.now();
    folder.children.set(fileName, { kind: 'file', data, ctime: now, mtime: now });
  }

  private lookup(uri: vscode.Uri): Entry {
    let entry: Entry = this.root;
    for (const name of uri.path.split('/').filter(Boolean)) {
      const next: Entry | undefined = entry.kind === 'directory' ? entry.children.get(name) : undefined;
      if (!next) throw vscode.FileSystemError.FileNotFound(uri);
      entry = next;
    }
    return entry;
  }

  private lookupDirectory(uri: vscode.Uri): DirectoryEntry {
    const entry = this.lookup(uri);
    if (entry.kind !== 'directory') throw vscode.FileSystemError.FileNotADirectory(uri);
    return entry;
  }

  private parentOf(uri: vscode.Uri): { parent: DirectoryEntry; name: string } {
    const names = uri.path.split('/').filter(Boolean);
    const name = names.pop();
    if (name === undefined) throw vscode.FileSystemError.NoPermissions('the root cannot be changed');
    return { parent: this.lookupDirectory(uri.with({ path: '/' + names.join('/') })), name };
  }
}

/** The parts of the proposed `fileSearchProvider` API this extension uses (not in @types/vscode). */
interface FileSearchQuery {
  readonly pattern: string;
}
interface FileSearchOptions {
  readonly folder: vscode.Uri;
  readonly maxResults?: number;
}
interface FileSearchProvider {
  provideFileSearchResults(
    query: FileSearchQuery,
    options: FileSearchOptions,
    token: vscode.CancellationToken,
  ): vscode.ProviderResult<vscode.Uri[]>;
}
type WorkspaceWithFileSearch = typeof vscode.workspace & {
  registerFileSearchProvider?: (scheme: string, provider: FileSearchProvider) => vscode.Disposable;
};

/**
 * Every file whose path holds the query's characters in order (VS Code's quick open matches that
 * way); VS Code itself then applies the include and exclude globs of `findFiles`.
 */
function fileSearch(memfs: MemoryFileSystem): FileSearchProvider {
  return {
    provideFileSearchResults(query, options) {
      const wanted = query.pattern.toLowerCase().replace(/\s+/gu, '');
      const matches = (path: string) => {
        let at = 0;
        for (const char of path.toLowerCase()) if (char === wanted[at]) at++;
        return at === wanted.length;
      };
      const files = memfs.allFiles(options.folder).filter((file) => matches(file.path));
      return files.slice(0, options.maxResults ?? files.length);
    },
  };
}

/**
 * Makes every `new Date()` and `Date.now()` in this worker read `today` at noon (local time), with
 * time still passing from there: the extension host's clock for the tests, like COACHING_NOTES_TODAY.
 */
function pinClock(today: string): void {
  const [year, month, day] = today.split('-').map(Number);
  if (!year || !month || !day) throw new Error(`harness.json: "${today}" is not YYYY-MM-DD`);
  const RealDate = Date;
  const offset = new RealDate(year, month - 1, day, 12).getTime() - RealDate.now();
  class PinnedDate extends RealDate {
    constructor(...args: ConstructorParameters<DateConstructor> | []) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...args);
    }
    static override now(): number {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = PinnedDate as DateConstructor;
}

/** Reads the staged `seed/` folder beside this extension on the server into memory. */
async function seedFrom(memfs: MemoryFileSystem, folder: vscode.Uri, prefix = ''): Promise<string[]> {
  const seeded: string[] = [];
  for (const [name, type] of await vscode.workspace.fs.readDirectory(folder)) {
    const child = vscode.Uri.joinPath(folder, name);
    const path = `${prefix}/${name}`;
    if (type === vscode.FileType.Directory) {
      for (const file of await seedFrom(memfs, child, path)) seeded.push(file);
    } else if (type === vscode.FileType.File) {
      memfs.seed(path, await vscode.workspace.fs.readFile(child));
      seeded.push(path);
    }
  }
  return seeded;
}

export async function activate(context: vscode.ExtensionContext): Promise<MemfsWorkspaceApi> {
  const configFile = vscode.Uri.joinPath(context.extensionUri, 'harness.json');
  const config = JSON.parse(
    new TextDecoder().decode(await vscode.workspace.fs.readFile(configFile)),
  ) as WebHarnessConfig;
  pinClock(config.today);
  const memfs = new MemoryFileSystem();
  const seededFiles = await seedFrom(memfs, vscode.Uri.joinPath(context.extensionUri, 'seed'));
  context.subscriptions.push(
    vscode.workspace.registerFileSystemProvider('memfs', memfs, { isCaseSensitive: true }),
  );
  const workspace = vscode.workspace as WorkspaceWithFileSearch;
  if (workspace.registerFileSearchProvider)
    context.subscriptions.push(workspace.registerFileSearchProvider('memfs', fileSearch(memfs)));
  return { config, extensionUri: context.extensionUri, seededFiles };
}
