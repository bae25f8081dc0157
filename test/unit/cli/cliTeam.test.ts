// `coaching-notes team` and `coaching-notes calendar`: real note files in a temp folder, run
// through the CLI's entry function.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ICAL from 'ical.js';
import { runCapturing } from './cliRun';

let root = '';

function write(relative: string, lines: readonly string[]): void {
  const file = path.join(root, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, lines.join('\n') + '\n');
}

const TODAY = ['--today', '2026-11-22'];

describe('coaching-notes team and calendar', () => {
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'cn-team-'));
    write('reps.yaml', ['- name: Sam Lee', '  team: East', '- name: Kim Ito', '  team: West']);
    write('sam/a.coach.md', [
      '---',
      'rep: Sam Lee',
      'date: 2026-11-02',
      '---',
      '## Follow-ups',
      '- [ ] Send deck due:2026-11-10',
      '- [x] Call back',
    ]);
    write('sam/b.coach.md', [
      '---',
      'rep: Sam Lee',
      'date: 2026-11-16',
      'private: true',
      '---',
      '## Follow-ups',
      '- [ ] Secret thing due:2026-11-30',
    ]);
    write('kim/a.coach.md', [
      '---',
      'rep: Kim Ito',
      'date: 2026-11-20',
      'next: 2026-11-27',
      '---',
      '## Follow-ups',
      '- [ ] Ship the plan due:2026-11-25',
      '### Private notes',
      '- [ ] Sensitive due:2026-11-26',
    ]);
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('team --json gives the shared overview, private content left out', async () => {
    const result = await runCapturing(['team', ...TODAY, '--json'], root);
    assert.equal(result.code, 0, result.stderr);
    assert.ok(!result.stdout.includes('Secret') && !result.stdout.includes('Sensitive'));
    const json = JSON.parse(result.stdout) as {
      schemaVersion: number;
      groups: { team: string; reps: { name: string; overdueNow: number; meetings: number }[] }[];
      privacy: { privateNotes: number; privateSections: number };
    };
    assert.equal(json.schemaVersion, 1);
    assert.deepEqual(
      json.groups.map((g) => [g.team, g.reps.map((r) => [r.name, r.meetings, r.overdueNow])]),
      [
        ['East', [['Sam Lee', 1, 1]]],
        ['West', [['Kim Ito', 1, 0]]],
      ],
    );
    assert.equal(json.privacy.privateNotes, 1);
    assert.equal(json.privacy.privateSections, 1);
  });

  it('team --team filters, --markdown writes the report with its privacy footer', async () => {
    const result = await runCapturing(['team', ...TODAY, '--team', 'west', '--markdown'], root);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^# Team coaching report: west\n/u);
    assert.ok(result.stdout.includes('| Kim Ito |') && !result.stdout.includes('Sam Lee'));
    assert.match(result.stdout, /Left out for privacy: 1 private section/u);
    const unknown = await runCapturing(['team', ...TODAY, '--team', 'North'], root);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /no reps in team 'North' \(teams: East, West\)/u);
  });

  it('team --lang es writes the table, the report and the footer in Spanish; --json stays the same', async () => {
    const text = await runCapturing(['team', ...TODAY, '--lang', 'es'], root);
    assert.equal(text.code, 0, text.stderr);
    for (const words of [
      'Equipo East',
      'Representante',
      'Tendencia',
      'Desde el último 1:1',
      'Necesitan atención',
    ]) {
      assert.ok(text.stdout.includes(words), `missing ${words} in\n${text.stdout}`);
    }
    assert.match(
      text.stdout,
      /Del \d{4}-\d\d-\d\d al 2026-11-22 · 2 representantes · seguimientos cumplidos \S+ % · 1 vencido\n/u,
    );
    assert.ok(!/\b(Team|Rep|Trend|Overdue|never|late)\b/u.test(text.stdout), text.stdout);
    const markdown = await runCapturing(['team', ...TODAY, '--lang', 'es', '--markdown'], root);
    assert.match(markdown.stdout, /^# Informe de coaching del equipo\n/u);
    assert.match(markdown.stdout, /\| Representante \| 1:1 \| Cadencia cumplida \|/u);
    assert.ok(!markdown.stdout.includes('Team coaching report') && !markdown.stdout.includes('Summary'));
    const english = await runCapturing(['team', ...TODAY, '--json'], root);
    const spanish = await runCapturing(['team', ...TODAY, '--json', '--lang', 'es'], root);
    assert.equal(spanish.stdout, english.stdout);
  });

  it('calendar --lang es names the events in Spanish, with the same UIDs as in English', async () => {
    const english = await runCapturing(['calendar', ...TODAY], root);
    const spanish = await runCapturing(
      ['calendar', ...TODAY, '--lang', 'es', '--private', 'placeholder'],
      root,
    );
    assert.equal(spanish.code, 0, spanish.stderr);
    const events = (ics: string) =>
      new ICAL.Component(ICAL.parse(ics) as unknown[])
        .getAllSubcomponents('vevent')
        .map((event) => new ICAL.Event(event));
    const summaries = new Set(events(spanish.stdout).map((event) => event.summary));
    for (const summary of [
      '1:1 con Sam Lee',
      '1:1 con Kim Ito',
      'Seguimiento (Sam Lee): Send deck',
      'Seguimiento (Kim Ito): Ship the plan',
      'Seguimiento privado',
    ]) {
      assert.ok(summaries.has(summary), `${summary} in ${[...summaries].join(' | ')}`);
    }
    assert.ok(
      !/Follow-up|1:1 with|Private follow-up|Agreed in|Every \d/u.test(spanish.stdout),
      spanish.stdout,
    );
    const uids = (ics: string) => new Set(events(ics).map((event) => event.uid));
    for (const uid of uids(english.stdout)) assert.ok(uids(spanish.stdout).has(uid), uid);
  });

  it('team rejects bad usage with exit 2', async () => {
    for (const argv of [
      ['--from', '2026-13-01'],
      ['--json', '--markdown'],
      ['--nope'],
      ['--from', '2026-11-10', '--to', '2026-11-01'],
    ]) {
      const result = await runCapturing(['team', ...argv], root);
      assert.equal(result.code, 2, argv.join(' '));
      assert.match(result.stderr, /^coaching-notes: /u);
    }
  });

  it('calendar writes a file ical.js reads, never overwrites one, and leaves private follow-ups out', async () => {
    const result = await runCapturing(['calendar', ...TODAY, '-o', 'out.ics'], root);
    assert.equal(result.code, 0, result.stderr);
    const ics = fs.readFileSync(path.join(root, 'out.ics'), 'utf8');
    assert.ok(!ics.includes('Secret') && !ics.includes('Sensitive') && !ics.includes('Private follow-up'));
    const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
    const summaries = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event).summary);
    assert.deepEqual(summaries, [
      'Follow-up (Sam Lee): Send deck',
      '1:1 with Sam Lee', // from the private note's date: a date is not private content
      'Follow-up (Kim Ito): Ship the plan',
      '1:1 with Kim Ito',
    ]);
    const again = await runCapturing(['calendar', ...TODAY, '-o', 'out.ics'], root);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /already exists: not overwritten/u);
    assert.equal(fs.readFileSync(path.join(root, 'out.ics'), 'utf8'), ics);
  });

  it('calendar --private placeholder writes private follow-ups without text, to stdout', async () => {
    const result = await runCapturing(
      ['calendar', ...TODAY, '--private', 'placeholder', '--from', '2026-11-26'],
      root,
    );
    assert.equal(result.code, 0, result.stderr);
    assert.ok(!result.stdout.includes('Secret') && !result.stdout.includes('Sensitive'));
    assert.equal((result.stdout.match(/SUMMARY:Private follow-up\r\n/gu) ?? []).length, 2);
  });
});
