import * as assert from 'node:assert/strict';
import { workspaceRelativePath } from '../../../../src/core/files/settingPaths';

describe('settings that name a place inside the workspace folder', () => {
  it('gives the segments of a relative path, `.` and inner `..` resolved', () => {
    for (const [setting, segments] of [
      ['', []],
      ['reps.yaml', ['reps.yaml']],
      ['  team/reps.yaml ', ['team', 'reps.yaml']],
      ['team\\coaching\\', ['team', 'coaching']],
      ['./notes//2026', ['notes', '2026']],
      ['notes/../team/reps.yaml', ['team', 'reps.yaml']],
      ['a/b/../../c', ['c']],
      ['~/notes', ['~', 'notes']], // not expanded: a folder named ~ inside the workspace
    ] as const) {
      assert.deepEqual(workspaceRelativePath(setting), { kind: 'inside', segments }, setting);
    }
  });

  it('rejects absolute paths and `..` leading out, saying why', () => {
    for (const setting of ['/etc/passwd', '\\\\server\\share', '\\notes', 'C:\\notes', 'c:notes', ' /tmp']) {
      assert.deepEqual(
        workspaceRelativePath(setting),
        { kind: 'rejected', reason: 'it is an absolute path' },
        setting,
      );
    }
    for (const setting of ['..', '../reps.yaml', 'notes/../../x', 'a\\..\\..\\b', './..']) {
      assert.deepEqual(
        workspaceRelativePath(setting),
        { kind: 'rejected', reason: '`..` leads out of the workspace folder' },
        setting,
      );
    }
  });
});
