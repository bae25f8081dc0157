// The walk shared by the CLI (synchronous fs) and the extension host (fs.promises). The CLI tests
// run it on real folders; here a port over an in-memory tree pins down the rules themselves.
import * as assert from 'assert';
import { findNoteFiles, type FolderEntry, type FolderPort, type WalkProblem } from '../../src/core/noteWalk';

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
  return {
    listed,
    realPath: (folder) => {
      const real = resolve(folder);
      return real in folders ? Promise.resolve(real) : Promise.reject(new Error(`ENOENT ${folder}`));
    },
    list: (folder) => {
      listed.push(folder);
      const entries = folders[resolve(folder)];
      return entries ? Promise.resolve(entries) : Promise.reject(new Error(`EACCES ${folder}`));
    },
    linksToFolder: (link) => Promise.resolve(resolve(link) in folders),
    join: (folder, name) => `${folder}/${name}`,
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

  it('follows a link to a folder once, ends a loop, and keeps a dangling link named like a note', async () => {
    const port = memoryPort(
      {
        '/w': [dir('notes'), link('shared'), link('broken.coach.md')],
        '/w/notes': [file('a.coach.md'), link('loop')],
        '/elsewhere': [file('b.coach.md')],
      },
      { '/w/shared': '/elsewhere', '/w/notes/loop': '/w' },
    );
    assert.deepStrictEqual(await findNoteFiles('/w', port), [
      '/w/broken.coach.md',
      '/w/notes/a.coach.md',
      '/w/shared/b.coach.md',
    ]);
  });

  it('reports a folder it cannot list and goes on with the others', async () => {
    const port = memoryPort({ '/w': [dir('locked'), dir('open')], '/w/open': [file('a.coach.md')] });
    const problems: WalkProblem[] = [];
    assert.deepStrictEqual(await findNoteFiles('/w', port, problems), ['/w/open/a.coach.md']);
    assert.deepStrictEqual(
      problems.map((problem) => problem.folder),
      ['/w/locked'],
    );
  });
});
