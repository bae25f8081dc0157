import * as assert from 'assert';
import { parseRoster } from '../../../../src/core/reps/roster';
import { buildTeamOverview, teamPeriod, type TeamRepInput } from '../../../../src/core/team/teamOverview';
import {
  renderTeamCsv,
  renderTeamMarkdown,
  isSharedTeamOverview,
} from '../../../../src/core/team/teamReport';
import { note } from '../history/historyFixtures';

const TODAY = '2026-03-31';
const roster = parseRoster(
  [
    '- name: Ana Ruiz',
    '  team: East',
    '- name: Ben Cole',
    '  team: East',
    '  cadenceDays: 14',
    '- name: Cleo Park',
    '  team: West',
  ].join('\n'),
);
const entry = (name: string) => roster.entries.find((e) => e.name === name) ?? null;

function rep(name: string, entries: TeamRepInput['entries']): TeamRepInput {
  return { key: name.toLowerCase(), name, roster: entry(name), entries };
}

// Ana: weekly 1:1s kept, one overdue follow-up, a private note with a private follow-up.
const ana = rep('Ana Ruiz', [
  note(
    'ana/03-10.coach.md',
    { rep: 'Ana Ruiz', date: '2026-03-10' },
    '## Root cause',
    'Pricing objections handled late.',
    '',
    '## Agreed goals',
    '- [x] Close Acme',
    '',
    '## Follow-ups',
    '- [x] Send deck',
    '- [ ] Call Globex due:2026-03-20',
  ),
  note(
    'ana/03-17.coach.md',
    { rep: 'Ana Ruiz', date: '2026-03-17' },
    '## Follow-ups',
    '- [ ] Book demo due:2026-04-10',
  ),
  note(
    'ana/03-24.coach.md',
    { rep: 'Ana Ruiz', date: '2026-03-24', private: true },
    '## Follow-ups',
    '- [ ] Secret matter due:2026-03-25',
  ),
]);
// Ben: one 1:1 long ago (late), pricing again in the root cause.
const ben = rep('Ben Cole', [
  note(
    'ben/01-12.coach.md',
    { rep: 'Ben Cole', date: '2026-01-12' },
    '## Root cause',
    'Pricing discussed too early.',
    '',
    '## Agreed goals',
    '- [ ] Learn the pricing tool',
  ),
]);
// Cleo: every week, all done.
const cleo = rep('Cleo Park', [
  note('cleo/03-23.coach.md', { rep: 'Cleo Park', date: '2026-03-23' }, '## Follow-ups', '- [x] Update CRM'),
  note('cleo/03-30.coach.md', { rep: 'Cleo Park', date: '2026-03-30' }, '## Follow-ups', '- [x] Prep QBR'),
]);

describe('team overview', () => {
  it('defaults the period to the 12 weeks ending today', () => {
    assert.deepStrictEqual(teamPeriod(TODAY), { from: '2026-01-07', to: TODAY });
    assert.throws(() => teamPeriod(TODAY, { from: '2026-04-02' }), RangeError);
  });

  it('groups reps by roster team, teams alphabetically, reps by name', () => {
    const overview = buildTeamOverview([cleo, ben, ana], { today: TODAY });
    assert.deepStrictEqual(
      overview.groups.map((g) => [g.team, g.reps.map((r) => r.name)]),
      [
        ['East', ['Ana Ruiz', 'Ben Cole']],
        ['West', ['Cleo Park']],
      ],
    );
    assert.deepStrictEqual(overview.teams, ['East', 'West']);
  });

  it('computes each rep row from the rep history', () => {
    const overview = buildTeamOverview([ana, ben, cleo], { today: TODAY, forSharing: true });
    const row = overview.groups[0].reps[0];
    assert.strictEqual(row.name, 'Ana Ruiz');
    assert.strictEqual(row.meetings, 2, 'the private note is left out when sharing');
    assert.strictEqual(row.overdueNow, 1);
    assert.strictEqual(row.followUpCompletionPercent, 50, '1 done of 2 decided (done + overdue)');
    assert.strictEqual(row.closedGoals, 1);
    assert.strictEqual(row.lastOneOnOne, '2026-03-17');
    assert.strictEqual(row.daysSinceLast, 14);
    assert.strictEqual(row.cadenceKeptPercent, 50, 'one gap of 7 days kept, the running 14 days not');
    assert.deepStrictEqual(row.privacy, {
      omitted: true,
      privateNotes: 1,
      privateSections: 0,
      privateItems: 1,
    });
    const cleoRow = overview.groups[1].reps[0];
    assert.strictEqual(cleoRow.cadenceKeptPercent, 100);
    assert.strictEqual(cleoRow.followUpCompletionPercent, 100);
    assert.deepStrictEqual(cleoRow.attention, []);
  });

  it('includes private notes when not sharing', () => {
    const overview = buildTeamOverview([ana], { today: TODAY });
    const row = overview.groups[0].reps[0];
    assert.strictEqual(row.meetings, 3);
    assert.strictEqual(row.overdueNow, 2);
    assert.strictEqual(row.lastOneOnOne, '2026-03-24');
  });

  it('lists the reps needing attention first, most reasons first', () => {
    const overview = buildTeamOverview([ana, ben, cleo], { today: TODAY, forSharing: true });
    assert.deepStrictEqual(
      overview.attention.map((r) => [r.name, r.attention]),
      [
        ['Ana Ruiz', ['overdue', 'one-on-one-late']],
        ['Ben Cole', ['one-on-one-late']],
      ],
    );
  });

  it('finds root-cause words and tags recurring across reps', () => {
    const overview = buildTeamOverview([ana, ben, cleo], { today: TODAY });
    assert.deepStrictEqual(
      overview.themes.map((t) => [t.theme, t.kind, t.reps]),
      [['pricing', 'root-cause', ['Ana Ruiz', 'Ben Cole']]],
    );
  });

  it('filters by team, case-insensitively', () => {
    const overview = buildTeamOverview([ana, ben, cleo], { today: TODAY, team: 'west' });
    assert.deepStrictEqual(
      overview.groups.map((g) => g.team),
      ['West'],
    );
    assert.strictEqual(overview.totals.reps, 1);
  });

  it('pools the team completion rate over every decided follow-up', () => {
    const overview = buildTeamOverview([ana, cleo], { today: TODAY, forSharing: true });
    // Ana 1 done of 2, Cleo 2 done of 2: 3 of 4.
    assert.strictEqual(overview.totals.followUpCompletionPercent, 75);
  });
});

describe('team report', () => {
  it('refuses an overview that was not built for sharing', () => {
    const overview = buildTeamOverview([ana], { today: TODAY });
    assert.strictEqual(isSharedTeamOverview(overview), false);
    assert.throws(() => renderTeamMarkdown(overview as never));
    assert.throws(() => renderTeamCsv(overview as never));
  });

  it('leaves private content out and says how much in the footer', () => {
    const overview = buildTeamOverview([ana, ben, cleo], { today: TODAY, forSharing: true });
    assert.ok(isSharedTeamOverview(overview));
    const markdown = renderTeamMarkdown(overview);
    const csv = renderTeamCsv(overview);
    for (const output of [markdown, csv]) assert.ok(!output.includes('Secret'), output);
    assert.match(markdown, /Left out for privacy: 1 private note, with 1 goal or follow-up, is not part/u);
    assert.match(markdown, /\| Ana Ruiz \| 2 \| 50% \| 50% \|/u);
    const lines = csv.split('\r\n');
    assert.strictEqual(lines[0].split(',')[0], 'team');
    assert.strictEqual(lines[1].split(',').slice(0, 3).join(','), 'East,Ana Ruiz,2');
    assert.strictEqual(lines.length, 5, 'header, three reps, and the empty string after the last CRLF');
  });

  it('neutralises formulas and escapes Markdown in rep names', () => {
    const hostile = rep('=cmd|x', [
      note('h/a.coach.md', { rep: '=cmd|x', date: '2026-03-30' }, '## Follow-ups', '- [x] a'),
    ]);
    const overview = buildTeamOverview([hostile], { today: TODAY, forSharing: true });
    assert.ok(isSharedTeamOverview(overview));
    assert.ok(renderTeamCsv(overview).includes(`,'=cmd|x,`));
    assert.ok(!renderTeamCsv(overview).includes(`,'-`), 'numbers are never prefixed');
    assert.ok(renderTeamMarkdown(overview).includes('=cmd\\|x'));
  });
});
