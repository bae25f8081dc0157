// The exclude globs (files.exclude, coachingNotes.exclude, --exclude): VS Code's glob syntax over
// paths relative to the folder searched; a matched folder leaves out everything in it.
import * as assert from 'assert';
import { excludeMatcher } from '../../../../src/core/files/excludeGlobs';

describe('exclude globs', () => {
  it('leaves out a folder and everything in it, at any depth with **/', () => {
    const excluded = excludeMatcher(['**/archive']);
    assert.ok(excluded('archive'));
    assert.ok(excluded('archive/2025-01-01.coach.md'));
    assert.ok(excluded('dana/archive/old/2025-01-01.coach.md'));
    assert.ok(!excluded('dana/2026-11-02.coach.md'));
    assert.ok(!excluded('archived/2026-11-02.coach.md'), 'a whole name, not a prefix');
  });

  it('anchors a pattern without **/ at the folder searched', () => {
    const excluded = excludeMatcher(['old', 'notes/2024-*']);
    assert.ok(excluded('old/a.coach.md'));
    assert.ok(!excluded('dana/old/a.coach.md'));
    assert.ok(excluded('notes/2024-03-01.coach.md'));
    assert.ok(!excluded('notes/2025-03-01.coach.md'));
  });

  it('knows *, ?, {a,b}, [abc], a trailing /** and backslashes', () => {
    const excluded = excludeMatcher([
      '**/*.draft.coach.md',
      '{tmp,scratch}/**',
      'q?/x',
      '[ab]c',
      'win\\old\\',
    ]);
    assert.ok(excluded('dana/x.draft.coach.md'));
    assert.ok(excluded('tmp/a/b.coach.md'));
    assert.ok(excluded('scratch/b.coach.md'));
    assert.ok(excluded('q1/x'));
    assert.ok(excluded('bc/n.coach.md'));
    assert.ok(excluded('win/old/n.coach.md'));
    assert.ok(!excluded('dana/x.coach.md'));
    assert.ok(!excluded('cc/n.coach.md'));
  });

  it('takes regular expression characters literally and excludes nothing without patterns', () => {
    assert.ok(excludeMatcher(['a+b (1).coach.md'])('a+b (1).coach.md'));
    assert.ok(!excludeMatcher(['a+b (1).coach.md'])('aab (1).coach.md'));
    assert.ok(!excludeMatcher([])('anything'));
    assert.ok(!excludeMatcher(['', '  '])('anything'));
  });
});
