// Command titles a lead types in full in the Command Palette: typing one must not also match another
// command, or the palette (which lists matches alphabetically after the recently used ones) may put
// the other first and Enter runs it. The match below is the palette's word match: every typed word
// starts a word of the title, in order.
import * as assert from 'assert';
import { localizedManifest } from './manifestText';

interface ContributedCommand {
  readonly command: string;
  readonly title: string;
  readonly category?: string;
}

function paletteLabel(command: ContributedCommand): string {
  return command.category ? `${command.category}: ${command.title}` : command.title;
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\s:]+/u)
    .filter((word) => word !== '');
}

/** Every word of `typed` starts a word of `label`, in order (words of `label` may be skipped). */
function matchesWords(typed: string, label: string): boolean {
  const targets = words(label);
  let next = 0;
  for (const word of words(typed)) {
    while (next < targets.length && !targets[next].startsWith(word)) next++;
    if (next === targets.length) return false;
    next++;
  }
  return true;
}

describe('Command titles in the Command Palette', () => {
  const commandsIn = (language: 'en' | 'es') =>
    (localizedManifest(language) as { contributes: { commands: ContributedCommand[] } }).contributes.commands;
  const commands = commandsIn('en');
  const spanishCommands = commandsIn('es');

  it('the word match does what the palette does', () => {
    assert.ok(
      matchesWords('Coaching: Show Overdue Follow-ups', 'Coaching: Show Only Reps with Overdue Follow-ups'),
    );
    assert.ok(!matchesWords('Coaching: Show Overdue Follow-ups', 'Coaching: Filter Reps: Overdue Only'));
  });

  it('typing "Coaching: Show Overdue Follow-ups" in full matches that command only', () => {
    const matching = commands.filter((command) =>
      matchesWords('Coaching: Show Overdue Follow-ups', paletteLabel(command)),
    );
    assert.deepStrictEqual(
      matching.map((command) => command.command),
      ['coachingNotes.showOverdue'],
    );
  });

  it('no full title of a command matches another command, in English or in Spanish', () => {
    for (const typed of [...commands, ...spanishCommands]) {
      const sameLanguage = commands.includes(typed) ? commands : spanishCommands;
      const others = sameLanguage.filter(
        (command) => command !== typed && matchesWords(paletteLabel(typed), paletteLabel(command)),
      );
      assert.deepStrictEqual(
        others.map(paletteLabel),
        [],
        `typing "${paletteLabel(typed)}" also matches these`,
      );
    }
  });
});
