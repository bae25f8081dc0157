// The file port: SyncNoteFiles over real files, and the engine's read rules over a scripted source
// (a file that vanishes or grows between stat and read cannot be staged reliably on disk).
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SyncNoteFiles } from '../../../src/node/nodeFiles';
import { parseNote } from '../../../src/core/note/parse';
import {
  decodeNoteFile,
  loadNote,
  MAX_NOTE_BYTES,
  NotRegularFileError,
  readNoteFile,
  readOpenedFile,
  readOpenedFileSync,
  type NoteFileStat,
  type ReadOutcome,
  type NoteSource,
} from '../../../src/core/files/noteSource';

function scriptedSource(stat: () => Promise<NoteFileStat>, read: () => Promise<Uint8Array>): NoteSource {
  let reads = 0;
  return {
    listNoteFiles: () => Promise.resolve(['n.coach.md']),
    stat,
    readBytes: () => {
      reads++;
      return read();
    },
    get reads() {
      return reads;
    },
  } as NoteSource & { readonly reads: number };
}

const regular = (size: number): Promise<NoteFileStat> => Promise.resolve({ kind: 'file', size, mtime: 1 });
const noteBytes = new TextEncoder().encode('---\nrep: Dana\ndate: 2026-11-02\n---\n- [ ] x due:2026-11-01\n');

describe('reading a note through the port', () => {
  it('parses the text of a readable file', async () => {
    const loaded = await loadNote(
      scriptedSource(
        () => regular(noteBytes.length),
        () => Promise.resolve(noteBytes),
      ),
      'n.coach.md',
      parseNote,
    );
    assert.equal(loaded.note.frontMatter.rep, 'Dana');
    assert.equal(loaded.note.items.length, 1);
    assert.equal(loaded.cacheable, true);
  });

  it('turns a file that vanishes between stat and read into file-unreadable, not a crash', async () => {
    const gone = Object.assign(new Error('ENOENT: no such file or directory, open /secret/path'), {
      code: 'ENOENT',
    });
    const loaded = await loadNote(
      scriptedSource(
        () => regular(10),
        () => Promise.reject(gone),
      ),
      'n.coach.md',
      parseNote,
    );
    assert.deepEqual(
      loaded.note.diagnostics.map((d) => [d.code, d.severity, d.range.start.line, d.message]),
      [['file-unreadable', 'error', 0, 'The file could not be read (no such file).']],
    );
    assert.equal(loaded.note.items.length, 0);
    assert.equal(loaded.note.frontMatter.rep, null);
    assert.equal(loaded.cacheable, false, 'a missing file may be back next time');
  });

  it('never reads a file that stat says is too large or not regular', async () => {
    const tooLarge = scriptedSource(
      () => regular(MAX_NOTE_BYTES + 1),
      () => Promise.reject(new Error('must not read')),
    ) as NoteSource & { reads: number };
    assert.equal((await readNoteFile(tooLarge, 'n.coach.md')).outcome.kind, 'too-large');
    const device = scriptedSource(
      () => Promise.resolve({ kind: 'other', size: 0, mtime: 1 }),
      () => Promise.reject(new Error('must not read')),
    ) as NoteSource & { reads: number };
    assert.equal((await readNoteFile(device, 'n.coach.md')).outcome.kind, 'not-regular-file');
    assert.equal(tooLarge.reads + device.reads, 0);
  });

  it('catches a file that grew past the limit or was swapped for a FIFO after stat', async () => {
    const grown = await readNoteFile(
      scriptedSource(
        () => regular(10),
        () => Promise.resolve(new Uint8Array(MAX_NOTE_BYTES + 1)),
      ),
      'n.coach.md',
    );
    assert.equal(grown.outcome.kind, 'too-large');
    const swapped = await readNoteFile(
      scriptedSource(
        () => regular(10),
        () => Promise.reject(new NotRegularFileError('n.coach.md')),
      ),
      'n.coach.md',
    );
    assert.equal(swapped.outcome.kind, 'not-regular-file');
  });

  it('decodes UTF-8 strictly and drops a byte order mark', () => {
    const withBom = decodeNoteFile({
      kind: 'bytes',
      bytes: new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0xc3, 0xa9]),
    });
    assert.deepEqual(withBom, { text: 'h\u00e9' });
    for (const bytes of [
      [0x68, 0xe9], // Latin-1 é
      [0xc3], // truncated sequence
      [0xed, 0xa0, 0x80], // UTF-16 surrogate encoded in UTF-8
      [0xff, 0xfe, 0x68, 0x00], // UTF-16 with BOM
    ]) {
      const decoded = decodeNoteFile({ kind: 'bytes', bytes: new Uint8Array(bytes) });
      assert.ok('diagnostic' in decoded && decoded.diagnostic.code === 'not-utf8', JSON.stringify(bytes));
    }
  });
});

describe('SyncNoteFiles', () => {
  let root = '';
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'coaching-notes-source-'));
  });
  afterEach(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('lists the notes the folder listing calls regular files, to open without a stat first', async () => {
    fs.writeFileSync(path.join(root, 'plain.coach.md'), '---\n');
    fs.symlinkSync(path.join(root, 'plain.coach.md'), path.join(root, 'link.coach.md'));
    execFileSync('mkfifo', [path.join(root, 'pipe.coach.md')]);
    const source = new SyncNoteFiles();
    const files = await source.listNoteFiles([root]);
    assert.equal(files.length, 3);
    assert.deepEqual([...source.listedAsFiles], [path.join(root, 'plain.coach.md')]);
    // Opened without a stat, a FIFO is still told apart once open, never waited on.
    const pipe = await readOpenedFile(source, path.join(root, 'pipe.coach.md'), MAX_NOTE_BYTES);
    assert.equal(pipe.kind, 'not-regular-file');
    const gone = await readOpenedFile(source, path.join(root, 'gone.coach.md'), MAX_NOTE_BYTES);
    assert.deepEqual(gone, { kind: 'unreadable', reason: 'no such file', missing: true });
    fs.writeFileSync(path.join(root, 'big.coach.md'), 'x'.repeat(11));
    const big = await readOpenedFile(source, path.join(root, 'big.coach.md'), 10);
    assert.deepEqual(big, { kind: 'too-large', size: 11 });
  });

  it('reads a file exactly, including an empty one and one at the limit', async () => {
    const source = new SyncNoteFiles();
    const small = path.join(root, 'small.coach.md');
    fs.writeFileSync(small, noteBytes);
    assert.deepEqual(Buffer.from(await source.readBytes(small, MAX_NOTE_BYTES)), Buffer.from(noteBytes));
    const empty = path.join(root, 'empty.coach.md');
    fs.writeFileSync(empty, '');
    assert.equal((await source.readBytes(empty, MAX_NOTE_BYTES)).length, 0);
    const atLimit = path.join(root, 'limit.coach.md');
    fs.writeFileSync(atLimit, Buffer.alloc(1000, 0x61));
    assert.equal((await source.readBytes(atLimit, 1000)).length, 1000);
    assert.equal(
      (await source.readBytes(atLimit, 999)).length,
      1000,
      'one byte more than the limit says too large',
    );
  });

  it('reads note after note into one reused buffer with the same guards and limit', () => {
    const source = new SyncNoteFiles();
    const read = (file: string, maxBytes: number): Uint8Array => source.readBorrowedBytes(file, maxBytes);
    const large = path.join(root, 'large.coach.md');
    fs.writeFileSync(large, Buffer.alloc(200 * 1024, 0x62)); // larger than the buffer's first size
    const small = path.join(root, 'small.coach.md');
    fs.writeFileSync(small, noteBytes);
    const empty = path.join(root, 'empty.coach.md');
    fs.writeFileSync(empty, '');
    const first = readOpenedFileSync(read, large, MAX_NOTE_BYTES);
    assert.ok(first.kind === 'bytes' && first.bytes.length === 200 * 1024 && first.bytes[0] === 0x62);
    // The next note, shorter, in the same buffer: exactly its bytes, nothing of the one before.
    const second = readOpenedFileSync(read, small, MAX_NOTE_BYTES);
    assert.ok(second.kind === 'bytes');
    assert.deepEqual(Buffer.from(second.bytes), Buffer.from(noteBytes));
    const none = readOpenedFileSync(read, empty, MAX_NOTE_BYTES);
    assert.ok(none.kind === 'bytes' && none.bytes.length === 0);
    // One byte past the limit, never more, says too large, whatever the buffer's size.
    assert.deepEqual(readOpenedFileSync(read, large, 1000), { kind: 'too-large', size: 1001 });
    execFileSync('mkfifo', [path.join(root, 'pipe.coach.md')]);
    assert.deepEqual(readOpenedFileSync(read, path.join(root, 'pipe.coach.md'), MAX_NOTE_BYTES), {
      kind: 'not-regular-file',
    });
    assert.deepEqual(readOpenedFileSync(read, '/dev/zero', MAX_NOTE_BYTES), { kind: 'not-regular-file' });
    assert.deepEqual(readOpenedFileSync(read, path.join(root, 'gone.coach.md'), MAX_NOTE_BYTES), {
      kind: 'unreadable',
      reason: 'no such file',
      missing: true,
    });
  });

  it('reads a batch of notes back to back, each view exactly its file until the batch is released', () => {
    const source = new SyncNoteFiles();
    const read = (file: string): ReadOutcome =>
      readOpenedFileSync(source.readBorrowedBytes.bind(source), file, MAX_NOTE_BYTES);
    // Sizes that fill the batch's buffer and go past it: a new buffer starts, earlier views stay.
    const sizes = [
      0,
      1,
      1700,
      70 * 1024,
      300 * 1024,
      600 * 1024,
      ...Array.from({ length: 400 }, (_, i) => 500 + i * 7),
    ];
    const files = sizes.map((size, index) => {
      const file = path.join(root, `batch-${index}.coach.md`);
      fs.writeFileSync(file, Buffer.alloc(size, 0x41 + (index % 26)));
      return file;
    });
    const check = (): void => {
      const views = files.map(read);
      views.forEach((outcome, index) => {
        assert.ok(outcome.kind === 'bytes', `note ${index} read`);
        assert.deepEqual(
          Buffer.from(outcome.bytes),
          fs.readFileSync(files[index] ?? ''),
          `note ${index} intact`,
        );
      });
      source.releaseBorrowed();
    };
    check();
    check(); // the released buffer read into again
  });

  it('stats files, folders and devices by what a link points to', async () => {
    const source = new SyncNoteFiles();
    fs.writeFileSync(path.join(root, 'a.coach.md'), 'abc');
    fs.symlinkSync('/dev/null', path.join(root, 'null.coach.md'));
    const file = await source.stat(path.join(root, 'a.coach.md'));
    assert.equal(file.kind, 'file');
    assert.equal(file.size, 3);
    assert.equal((await source.stat(root)).kind, 'directory');
    assert.equal((await source.stat(path.join(root, 'null.coach.md'))).kind, 'other');
    await assert.rejects(source.stat(path.join(root, 'missing.coach.md')));
  });

  it('refuses to read a device even when asked directly', async () => {
    await assert.rejects(new SyncNoteFiles().readBytes('/dev/zero', MAX_NOTE_BYTES), NotRegularFileError);
  });

  it('lists note files sorted within each folder and reports folders it cannot search', async () => {
    const source = new SyncNoteFiles();
    for (const name of ['b.coach.md', 'a.coach.md', 'notes.md', 'sub/c.coach.md', 'A.COACH.MD']) {
      fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      fs.writeFileSync(path.join(root, name), '');
    }
    const files = await source.listNoteFiles([root]);
    assert.deepEqual(
      files.map((file) => path.relative(root, file)),
      ['a.coach.md', 'b.coach.md', path.join('sub', 'c.coach.md')],
    );
    // Permissions do not stop root; elsewhere an unreadable folder is reported and the walk goes on.
    if (process.getuid?.() !== 0) {
      fs.mkdirSync(path.join(root, 'locked'));
      fs.chmodSync(path.join(root, 'locked'), 0o000);
      const again = new SyncNoteFiles();
      assert.equal((await again.listNoteFiles([root])).length, 3);
      assert.deepEqual(
        again.walkProblems.map((problem) => path.basename(problem.folder)),
        ['locked'],
      );
      fs.chmodSync(path.join(root, 'locked'), 0o700);
    }
  });
});
