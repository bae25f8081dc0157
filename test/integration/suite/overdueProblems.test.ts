// The Problems panel's overdue warnings, capped by coachingNotes.overdue.problemsLimit: the most
// overdue first, and one note that says how many more there are.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CoachingNotesApi } from '../../../src/extension/api';
import { coachingNotesExtension } from './manifest';
import { waitUntil } from './waitUntil';

function problems(code: string): { file: string; line: number; message: string }[] {
  return vscode.languages.getDiagnostics().flatMap(([uri, diagnostics]) =>
    diagnostics
      .filter((diagnostic) => diagnostic.code === code)
      .map((diagnostic) => ({
        file: uri.toString(),
        line: diagnostic.range.start.line,
        message: diagnostic.message,
      })),
  );
}

const key = (entry: { file: string; line: number }) => `${entry.file}:${entry.line}`;

describe('Overdue warnings in the Problems panel', () => {
  let api: CoachingNotesApi;

  before(async () => {
    api = (await coachingNotesExtension().activate()) as CoachingNotesApi;
    await api.whenIndexed();
  });

  it('shows at most the limit, most overdue first, and says how many more are overdue', async () => {
    const overdue = api.overdue();
    assert.ok(overdue.length > 3, 'the fixture has more than 3 overdue follow-ups');
    await waitUntil(() => problems('overdue').length === overdue.length, 'every overdue warning, uncapped');
    assert.deepStrictEqual(problems('overdue-limit'), [], 'no note while every overdue item is shown');
    const settings = vscode.workspace.getConfiguration('coachingNotes');
    await settings.update('overdue.problemsLimit', 3, vscode.ConfigurationTarget.Workspace);
    try {
      await waitUntil(() => problems('overdue').length === 3, 'three overdue warnings');
      assert.deepStrictEqual(
        problems('overdue').map(key).sort(),
        overdue.slice(0, 3).map(key).sort(),
        'the three most overdue, in the order of Show Overdue Follow-ups',
      );
      const notes = problems('overdue-limit');
      assert.strictEqual(notes.length, 1, 'one note that more are overdue');
      assert.strictEqual(notes[0]?.file, overdue[0]?.file, 'on the note of the most overdue follow-up');
      assert.match(
        notes[0]?.message ?? '',
        new RegExp(
          `^Showing the 3 most overdue follow-ups of ${overdue.length}: ${overdue.length - 3} more are overdue\\.`,
        ),
      );
    } finally {
      await settings.update('overdue.problemsLimit', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitUntil(() => problems('overdue').length === overdue.length, 'every overdue warning again');
    assert.deepStrictEqual(problems('overdue-limit'), []);
  });
});
