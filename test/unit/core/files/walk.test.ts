// The walk shared by the CLI (synchronous fs) and the extension host (fs.promises). The CLI tests
// run it on real folders; here a port over an in-memory tree pins down the rules themselves.
import * as assert from 'assert';
import {
  findNoteFiles,
  folderEntryOf,
  isInsideFolder,
  type FolderEntry,
  type FolderPort,
  type SkippedPath,
  type WalkProblem,
} from '../../../../src/core/files/walk';

/** Folders as `path -> entries`; `links` maps a link path to the real folder it leads to. */
function memoryPort(
  folders: Record<string, readonly FolderEntry[]>,
  links: Record<string, string> = {},
): FolderPort & { listed: string[] } {
  const listed: string[] = [];
  const resolve = (path: string): string => {
    for (const [link, target] of Object.entries(links)) {
      if (path === link || path.startsWith(link + '/')) return resolve(target + path.slice(link.length));
    }
    return path;
  };
  const files = new Set(
    Object.entries(folders).flatMap(([folder, entries]) =>
      entries.filter((entry) => entry.kind === 'file').map((entry) => `${folder}/${entry.name}`),
    ),
  );
  return {
    listed,
    realPath: (path) => {
      const real = resolve(path);
      return real in folders || files.has(real)
        ? Promise.resolve(real)
        : Promise.reject(new Error(`ENOENT ${path}`));
    },
    list: (folder) => {
      listed.push(folder);
      const entries = folders[resolve(folder)];
      return entries ? Promise.resolve(entries) : Promise.reject(new Error(`EACCES ${folder}`));
    },
    linksToFolder: (link) => Promise.resolve(resolve(link) in folders),
    join: (folder, name) => `${folder}/${name}`,
    separator: '/',
  };
}

const file = (name: string): FolderEntry => ({ name, kind: 'file' });
const dir = (name: string): FolderEntry => ({ name, kind: 'directory' });
const link = (name: string): FolderEntry => ({ name, kind: 'symlink' });

describe('findNoteFiles', () => {
  it('lists notes depth first in name order, skipping node_modules and .git', async () => {
    const port = memoryPort({
      '/w': [
        file('z.coach.md'),
        dir('dana'),
        file('readme.md'),
        dir('node_modules'),
        dir('.git'),
        dir('ben'),
      ],
      '/w/dana': [file('2026-11-17.coach.md'), file('2026-11-03.coach.md')],
      '/w/ben': [file('2026-11-20.coach.md')],
      '/w/node_modules': [file('x.coach.md')],
      '/w/.git': [file('y.coach.md')],
    });
    assert.deepStrictEqual(await findNoteFiles('/w', port), [
      '/w/z.coach.md',
      '/w/ben/2026-11-20.coach.md',
      '/w/dana/2026-11-03.coach.md',
      '/w/dana/2026-11-17.coach.md',
    ]);
    assert.ok(!port.listed.includes('/w/node_modules'), 'skipped folders are not even listed');
  });

  it('follows a link inside the folder once, ends a loop, and keeps a dangling link named like a note', async () => {
    const port = memoryPort(
      {
        '/w': [dir('notes'), link('shared'), link('broken.coach.md'), dir('team')],
        '/w/notes': [file('a.coach.md'), link('loop'), link('alias.coach.md')],
        '/w/team': [file('b.coach.md')],
      },
      { '/w/shared': '/w/team', '/w/notes/loop': '/w', '/w/notes/alias.coach.md': '/w/team/b.coach.md' },
    );
    const skipped: SkippedPath[] = [];
    assert.deepStrictEqual(await findNoteFiles('/w', port, { skipped }), [
      '/w/broken.coach.md',
      '/w/notes/a.coach.md',
      '/w/notes/alias.coach.md',
      '/w/shared/b.coach.md',
    ]);
    assert.deepStrictEqual(skipped, []);
    assert.equal(
      port.listed.filter((folder) => folder === '/w/team').length,
      0,
      'the team folder is searched once',
    );
  });

  it('does not follow a link to a folder outside, nor read a note that links outside', async () => {
    const port = memoryPort(
      {
        '/': [dir('w'), dir('etc'), dir('other')],
        '/w': [link('root'), link('neighbours'), link('passwd.coach.md'), file('mine.coach.md')],
        '/w2': [file('prefix-sibling.coach.md')],
        '/etc': [file('passwd')],
        '/other': [file('theirs.coach.md')],
      },
      {
        '/w/root': '/',
        '/w/neighbours': '/w2',
        '/w/passwd.coach.md': '/etc/passwd',
      },
    );
    const skipped: SkippedPath[] = [];
    assert.deepStrictEqual(await findNoteFiles('/w', port, { skipped }), ['/w/mine.coach.md']);
    assert.deepStrictEqual(skipped, [
      { path: '/w/neighbours', folder: true, reason: 'link-outside' },
      { path: '/w/passwd.coach.md', folder: false, reason: 'link-outside' },
      { path: '/w/root', folder: true, reason: 'link-outside' },
    ]);
    assert.deepStrictEqual(port.listed, ['/w'], 'nothing outside is even listed');
  });

  it('bounds the walk of a folder inside a larger one by the larger one', async () => {
    const port = memoryPort(
      { '/w': [dir('new'), dir('old')], '/w/new': [link('up')], '/w/old': [file('a.coach.md')], '/x': [] },
      { '/w/new/up': '/w/old', '/w/linked-out': '/x' },
    );
    assert.deepStrictEqual(await findNoteFiles('/w/new', port, { boundary: '/w' }), ['/w/new/up/a.coach.md']);
    const skipped: SkippedPath[] = [];
    assert.deepStrictEqual(await findNoteFiles('/w/linked-out', port, { boundary: '/w', skipped }), []);
    assert.deepStrictEqual(skipped, [{ path: '/w/linked-out', folder: true, reason: 'link-outside' }]);
  });

  it('tells names that are not UTF-8 apart, and neither searches nor reads them', async () => {
    const bytes = (text: string, ...raw: number[]) => new Uint8Array([...Buffer.from(text), ...raw]);
    const dirent = (name: Uint8Array, kind: 'file' | 'directory') => ({
      name,
      isDirectory: () => kind === 'directory',
      isFile: () => kind === 'file',
      isSymbolicLink: () => false,
    });
    const odd = folderEntryOf(dirent(bytes('caf', 0xe9, ...Buffer.from('.coach.md')), 'file'));
    assert.equal(odd.undecodable, true);
    assert.equal(odd.name, 'caf\ufffd.coach.md');
    assert.deepStrictEqual(folderEntryOf(dirent(bytes('café.coach.md'), 'file')), {
      name: 'café.coach.md',
      kind: 'file',
    });
    const port = memoryPort({
      '/w': [odd, { ...folderEntryOf(dirent(bytes('d', 0xff), 'directory')) }, file('ok.coach.md')],
    });
    const skipped: SkippedPath[] = [];
    assert.deepStrictEqual(await findNoteFiles('/w', port, { skipped }), ['/w/ok.coach.md']);
    assert.deepStrictEqual(skipped, [
      { path: '/w/caf\ufffd.coach.md', folder: false, reason: 'undecodable-name' },
      { path: '/w/d\ufffd', folder: true, reason: 'undecodable-name' },
    ]);
  });

  it('tells a path inside a folder from a sibling that shares its prefix', () => {
    assert.equal(isInsideFolder('/w', '/w', '/'), true);
    assert.equal(isInsideFolder('/w/a', '/w', '/'), true);
    assert.equal(isInsideFolder('/w2', '/w', '/'), false);
    assert.equal(isInsideFolder('/', '/w', '/'), false);
    assert.equal(isInsideFolder('/anything', '/', '/'), true);
    assert.equal(isInsideFolder('C:\\w\\a', 'C:\\w', '\\'), true);
  });

  it('reports a folder it cannot list and goes on with the others', async () => {
    const port = memoryPort({ '/w': [dir('locked'), dir('open')], '/w/open': [file('a.coach.md')] });
    const problems: WalkProblem[] = [];
    assert.deepStrictEqual(await findNoteFiles('/w', port, { problems }), ['/w/open/a.coach.md']);
    assert.deepStrictEqual(
      problems.map((problem) => problem.folder),
      ['/w/locked'],
    );
  });
});
