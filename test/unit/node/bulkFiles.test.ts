// The extension host's bulk stats and reads (src/node/bulkFiles.ts) on real files in a temp folder:
// the worker's answers equal the host's own stat and read for every kind of path a note's name can
// stand for (or leave the read to the host), and a worker that cannot start or dies leaves no file
// unanswered.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { BulkFiles, type BulkStatResult } from '../../../src/node/bulkFiles';
import { readNoteBytesAsync, statAsync } from '../../../src/node/nodeFiles';

/** What the host's one-stat-per-file path answers (undefined where statAsync rejects). */
async function expectedStats(files: readonly string[]): Promise<BulkStatResult[]> {
  return Promise.all(files.map((file) => statAsync(file).catch(() => undefined)));
}

describe('BulkFiles: many stats and reads at once on a worker thread', () => {
  let root: string;
  let files: string[];
  const bulks: BulkFiles[] = [];
  const newBulkFiles = (options?: ConstructorParameters<typeof BulkFiles>[0]): BulkFiles => {
    const bulk = new BulkFiles(options);
    bulks.push(bulk);
    return bulk;
  };

  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'coaching-notes-batch-stat-'));
    const note = path.join(root, 'a.coach.md');
    fs.writeFileSync(note, '---\nrep: Dana\n---\n- [ ] call due:2026-11-01\n');
    fs.writeFileSync(path.join(root, 'empty.coach.md'), '');
    fs.mkdirSync(path.join(root, 'folder.coach.md'));
    execFileSync('mkfifo', [path.join(root, 'pipe.coach.md')]);
    fs.symlinkSync(note, path.join(root, 'link.coach.md'));
    fs.symlinkSync(path.join(root, 'nowhere'), path.join(root, 'dangling.coach.md'));
    files = [
      note,
      path.join(root, 'empty.coach.md'),
      path.join(root, 'folder.coach.md'),
      path.join(root, 'pipe.coach.md'),
      path.join(root, 'link.coach.md'),
      path.join(root, 'dangling.coach.md'),
      path.join(root, 'missing.coach.md'),
      path.join(root, 'a.coach.md', 'under-a-file.coach.md'),
    ];
  });

  after(() => {
    for (const bulk of bulks) bulk.dispose();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('answers as Node’s stat does: a file, a folder, a FIFO (never opened), a link followed, a missing file', async () => {
    const bulk = newBulkFiles();
    const stats = await bulk.stat(files);
    assert.deepEqual(stats, await expectedStats(files));
    assert.equal(bulk.usesWorker, true);
    assert.equal(bulk.fallbackReason, undefined);
    // Spelled out, so that the comparison above cannot pass by both sides answering nothing.
    const noteStat = fs.statSync(files[0] ?? '');
    assert.deepEqual(stats[0], {
      kind: 'file',
      size: noteStat.size,
      mtime: noteStat.mtimeMs,
      ctime: noteStat.ctimeMs,
    });
    assert.deepEqual(
      stats.map((stat) => stat?.kind),
      ['file', 'file', 'directory', 'other', 'file', undefined, undefined, undefined],
    );
    assert.equal(stats[4]?.size, noteStat.size, 'the link is followed to the note');
  });

  it('reads a regular note (through a link too) as the host reads it, and leaves everything else to the host', async () => {
    const bulk = newBulkFiles();
    const large = path.join(root, 'large.coach.md');
    fs.writeFileSync(large, 'x'.repeat(100));
    const limits = [...files.map(() => 1000), 99];
    const reads = await Promise.all(
      [...files, large].map((file, index) => bulk.read(file, limits[index] ?? 0)),
    );
    const hostReads = await Promise.all(
      [...files, large].map((file, index) =>
        readNoteBytesAsync(file, limits[index] ?? 0).catch(() => undefined),
      ),
    );
    // Read by the worker: the note, the empty note, the link to the note; the same bytes as the host's.
    assert.deepEqual(
      reads.map((bytes) => bytes !== undefined),
      [true, true, false, false, true, false, false, false, false],
    );
    for (const [index, bytes] of reads.entries()) {
      if (bytes) assert.deepEqual(Buffer.from(bytes), Buffer.from(hostReads[index] ?? new Uint8Array()));
    }
    assert.equal(new TextDecoder().decode(reads[0]), fs.readFileSync(files[0] ?? '', 'utf8'));
    assert.equal(reads[1]?.length, 0);
    // Left to the host: a folder, a FIFO (never waited on), a dangling link, a missing file, a file over its limit.
    assert.equal(bulk.usesWorker, true);
  });

  it('answers batches sent together each with its own files, in order', async () => {
    const bulk = newBulkFiles();
    const many = Array.from({ length: 2_000 }, (_, index) => files[index % files.length] ?? '');
    const [first, second, third] = await Promise.all([
      bulk.stat(many),
      bulk.stat(files.slice(3)),
      bulk.stat([]),
    ]);
    const expected = await expectedStats(files);
    assert.deepEqual(
      first,
      many.map((_, index) => expected[index % files.length]),
    );
    assert.deepEqual(second, expected.slice(3));
    assert.deepEqual(third, []);
  });

  it('stats on the host, and leaves reads to the host, once the worker cannot start', async () => {
    let starts = 0;
    const bulk = newBulkFiles({
      startWorker: () => {
        starts++;
        throw new Error('no threads left');
      },
    });
    assert.deepEqual(await bulk.stat(files), await expectedStats(files));
    assert.deepEqual(await bulk.stat(files.slice(0, 2)), await expectedStats(files.slice(0, 2)));
    assert.equal(await bulk.read(files[0] ?? '', 1000), undefined);
    assert.equal(bulk.usesWorker, false);
    assert.equal(starts, 1, 'a failed worker is not started again for every batch');
    assert.match(bulk.fallbackReason ?? '', /could not start .*no threads left/);
  });

  it('answers every batch a worker owed when it dies', async () => {
    // A worker that takes its requests and exits without answering any.
    const bulk = newBulkFiles({
      startWorker: () =>
        new Worker("require('node:worker_threads').parentPort.on('message', () => process.exit(3));", {
          eval: true,
        }),
    });
    const answers = await Promise.all([
      bulk.stat(files),
      bulk.stat(files.slice(1)),
      bulk.read(files[0] ?? '', 1000),
    ]);
    assert.deepEqual(answers, [await expectedStats(files), await expectedStats(files.slice(1)), undefined]);
    assert.equal(bulk.usesWorker, false);
    assert.match(bulk.fallbackReason ?? '', /exit code 3/);
  });

  it('answers what is owed on the host when disposed mid-batch', async () => {
    const bulk = newBulkFiles();
    const answer = bulk.stat(files);
    bulk.dispose();
    assert.deepEqual(await answer, await expectedStats(files));
    assert.deepEqual(await bulk.stat(files.slice(0, 1)), await expectedStats(files.slice(0, 1)));
  });
});
