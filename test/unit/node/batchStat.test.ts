// The extension host's bulk stat (src/node/batchStat.ts) on real files in a temp folder: the worker's
// answers equal Node's own stat for every kind of path a note's name can stand for, and a worker that
// cannot start or dies leaves no file unanswered.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { BatchStat, type BatchStatResult } from '../../../src/node/batchStat';
import { statAsync } from '../../../src/node/nodeFiles';

/** What the host's one-stat-per-file path answers (undefined where statAsync rejects). */
async function expectedStats(files: readonly string[]): Promise<BatchStatResult[]> {
  return Promise.all(files.map((file) => statAsync(file).catch(() => undefined)));
}

describe('BatchStat: many stats at once on a worker thread', () => {
  let root: string;
  let files: string[];
  const batchStats: BatchStat[] = [];
  const newBatchStat = (options?: ConstructorParameters<typeof BatchStat>[0]): BatchStat => {
    const batchStat = new BatchStat(options);
    batchStats.push(batchStat);
    return batchStat;
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
    for (const batchStat of batchStats) batchStat.dispose();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('answers as Node’s stat does: a file, a folder, a FIFO (never opened), a link followed, a missing file', async () => {
    const batchStat = newBatchStat();
    const stats = await batchStat.stat(files);
    assert.deepEqual(stats, await expectedStats(files));
    assert.equal(batchStat.usesWorker, true);
    assert.equal(batchStat.fallbackReason, undefined);
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

  it('answers batches sent together each with its own files, in order', async () => {
    const batchStat = newBatchStat();
    const many = Array.from({ length: 2_000 }, (_, index) => files[index % files.length] ?? '');
    const [first, second, third] = await Promise.all([
      batchStat.stat(many),
      batchStat.stat(files.slice(3)),
      batchStat.stat([]),
    ]);
    const expected = await expectedStats(files);
    assert.deepEqual(
      first,
      many.map((_, index) => expected[index % files.length]),
    );
    assert.deepEqual(second, expected.slice(3));
    assert.deepEqual(third, []);
  });

  it('stats on the host, once, when the worker cannot start', async () => {
    let starts = 0;
    const batchStat = newBatchStat({
      startWorker: () => {
        starts++;
        throw new Error('no threads left');
      },
    });
    assert.deepEqual(await batchStat.stat(files), await expectedStats(files));
    assert.deepEqual(await batchStat.stat(files.slice(0, 2)), await expectedStats(files.slice(0, 2)));
    assert.equal(batchStat.usesWorker, false);
    assert.equal(starts, 1, 'a failed worker is not started again for every batch');
    assert.match(batchStat.fallbackReason ?? '', /could not start .*no threads left/);
  });

  it('answers every batch a worker owed when it dies', async () => {
    // A worker that takes its requests and exits without answering any.
    const batchStat = newBatchStat({
      startWorker: () =>
        new Worker("require('node:worker_threads').parentPort.on('message', () => process.exit(3));", {
          eval: true,
        }),
    });
    const answers = await Promise.all([batchStat.stat(files), batchStat.stat(files.slice(1))]);
    assert.deepEqual(answers, [await expectedStats(files), await expectedStats(files.slice(1))]);
    assert.equal(batchStat.usesWorker, false);
    assert.match(batchStat.fallbackReason ?? '', /exit code 3/);
  });

  it('answers what is owed on the host when disposed mid-batch', async () => {
    const batchStat = newBatchStat();
    const answer = batchStat.stat(files);
    batchStat.dispose();
    assert.deepEqual(await answer, await expectedStats(files));
    assert.deepEqual(await batchStat.stat(files.slice(0, 1)), await expectedStats(files.slice(0, 1)));
  });
});
