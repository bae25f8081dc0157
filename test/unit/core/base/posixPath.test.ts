import * as assert from 'assert';
import * as path from 'path';
import * as fc from 'fast-check';
import { basename, dirname, relative } from '../../../../src/core/base/posixPath';

/** Absolute paths of short names, some shared, so that relative() meets common prefixes. */
const absolutePath = fc
  .array(fc.constantFrom('a', 'b', 'notes', 'Ana López', 'x.coach.md', '.templates'), { maxLength: 5 })
  .map((parts) => `/${parts.join('/')}`);

describe('posixPath: the URI-path helpers the web extension host can use', () => {
  it('answers like Node path.posix for absolute paths', () => {
    fc.assert(
      fc.property(absolutePath, absolutePath, (from, to) => {
        assert.strictEqual(relative(from, to), path.posix.relative(from, to));
        assert.strictEqual(basename(to), path.posix.basename(to));
        assert.strictEqual(dirname(to), path.posix.dirname(to));
      }),
    );
  });

  it('names the file, its folder, and the way from one folder to another', () => {
    assert.strictEqual(basename('/team/Ana/2026-01-05.coach.md'), '2026-01-05.coach.md');
    assert.strictEqual(dirname('/ws/.coaching/templates/x.coach.md'), '/ws/.coaching/templates');
    assert.strictEqual(relative('/ws/one', '/ws/two/n.coach.md'), '../two/n.coach.md');
    assert.strictEqual(relative('/ws', '/ws'), '');
    assert.strictEqual(dirname('.coaching/templates/x.coach.md'), '.coaching/templates');
    assert.strictEqual(dirname('x.coach.md'), '.');
  });
});
