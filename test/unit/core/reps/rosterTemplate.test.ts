import * as assert from 'assert';
import { parseRoster } from '../../../../src/core/reps/roster';
import { ROSTER_TEMPLATE } from '../../../../src/core/reps/rosterTemplate';

/** What a lead gets by removing the "# " in front of the example entries. */
function uncommentExample(template: string): string {
  return template
    .split('\n')
    .filter((line) => /^# (?:- | {2})\w+: /u.test(line))
    .map((line) => line.slice(2))
    .join('\n');
}

describe('the example roster written by Create Team Roster', () => {
  it('as written, is a valid roster with no reps (nobody made up appears in the Reps view)', () => {
    const roster = parseRoster(ROSTER_TEMPLATE);
    assert.deepStrictEqual(roster.diagnostics, []);
    assert.deepStrictEqual(roster.entries, []);
  });

  it('with its example entries uncommented, is a valid roster with those reps', () => {
    const roster = parseRoster(uncommentExample(ROSTER_TEMPLATE));
    assert.deepStrictEqual(roster.diagnostics, []);
    assert.deepStrictEqual(
      roster.entries.map(({ name, team, role, cadenceDays, aliases }) => ({
        name,
        team,
        role,
        cadenceDays,
        aliases,
      })),
      [
        { name: 'Dana Whitfield', team: 'Enterprise', role: 'AE', cadenceDays: 7, aliases: ['Dana'] },
        { name: 'Marcus Oyelaran', team: 'Enterprise', role: 'SE', cadenceDays: 14, aliases: [] },
      ],
    );
  });
});
