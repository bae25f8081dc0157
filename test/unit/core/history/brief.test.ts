import * as assert from 'assert';
import {
  dayLabel,
  relativeDays,
  renderPrepBrief,
  type PrepBriefInput,
} from '../../../../src/core/history/brief';
import { escapeInline } from '../../../../src/core/history/markdownText';
import { buildRepHistory, type HistoryNoteInput } from '../../../../src/core/history/history';
import { danaNotes, lineOf, mar02, note } from './historyFixtures';

const link = (file: string, line: number) => `file:///notes/${file}#L${line + 1}`;

function brief(
  entries: readonly HistoryNoteInput[],
  today: string,
  extra: Partial<PrepBriefInput> = {},
  cadenceDays = 7,
): string {
  const history = buildRepHistory(entries, { today, cadenceDays });
  return renderPrepBrief({ history, repName: history.rep ?? 'Dana Whitfield', link, ...extra });
}

/** The lines under `## <heading…>` up to the next `## ` heading or rule. */
function section(markdown: string, heading: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`## ${heading}`));
  assert.notStrictEqual(start, -1, `no section starting "## ${heading}" in:\n${markdown}`);
  const end = lines.findIndex((line, index) => index > start && (line.startsWith('## ') || line === '---'));
  return lines.slice(start + 1, end === -1 ? undefined : end).filter((line) => line !== '');
}

function headings(markdown: string): string[] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('## '))
    .map((line) => line.replace(/ \(.*$/u, '').replace(/,.*$/u, ''));
}

describe('renderPrepBrief', () => {
  // Two notes a week apart; on 2026-11-22 two follow-ups are overdue and one goal is carried.
  const nov09 = note(
    'lena/2026-11-09.coach.md',
    { rep: 'Lena Okafor', date: '2026-11-09', type: 'weekly' },
    '## Root cause',
    'Waits for perfect information.',
    '',
    '## Agreed goals',
    '- [>] Bring three partner opportunities due:2026-11-15',
    '- [x] Finish the MEDDICC certification',
    '',
    '## Follow-ups',
    '- [>] Send the give/get list to Priya @lena due:2026-11-13',
    '- [>] Record a pricing talk track @lena due:2026-11-12',
  );
  const nov16 = note(
    'lena/2026-11-16.coach.md',
    { rep: 'Lena Okafor', date: '2026-11-16', type: 'weekly', next: '2026-11-23' },
    '## Root cause',
    'Treats partner AEs as a lead source, not as co-sellers.',
    '',
    '## Strengths',
    '- Held the Fenwick price.',
    '',
    '## Agreed goals',
    '- [ ] Bring three partner opportunities due:2026-11-30',
    '',
    '## Follow-ups',
    '- [ ] Send the give/get list to Priya @lena due:2026-11-18',
    '- [ ] Book the negotiation workshop @priya due:2026-11-20',
    '- [ ] Set up a joint account plan @lena due:2026-11-27',
    '',
    '## Observations (private)',
    'Quieter than usual.',
  );
  const markdown = brief([nov09, nov16], '2026-11-22');

  it('opens with the rep, the last 1:1 (date, type, how long ago) and whether the next one is late', () => {
    const lines = markdown.split('\n');
    assert.strictEqual(lines[0], '# 1:1 prep: Lena Okafor');
    const last = lines.find((line) => line.startsWith('**Last 1:1:**'));
    assert.ok(last, markdown);
    assert.match(last, /\[Mon 2026-11-16\]\(<file:\/\/\/notes\/lena\/2026-11-16\.coach\.md#L1>/u);
    assert.match(last, /\(weekly\), 6 days ago\./u);
    assert.match(last, /\*\*Next:\*\* Mon 2026-11-23 \(tomorrow\), as planned\. Cadence: every 7 days\.$/u);
    assert.doesNotMatch(markdown, /late/u);
  });

  it('puts the most actionable things first: overdue, then what to pick up, then open items and goals', () => {
    assert.deepStrictEqual(headings(markdown).slice(0, 5), [
      '## Overdue',
      '## To pick up',
      '## Open follow-ups',
      '## Goals',
      '## Last root cause',
    ]);
    assert.match(
      markdown,
      /At a glance: \*\*2 overdue\*\* · 1 to pick up · 1 open follow-up · 1 open goal\./u,
    );
  });

  it('lists overdue items most overdue first, with days overdue, age, carries and a link to their line', () => {
    const overdue = section(markdown, 'Overdue (2)');
    assert.strictEqual(overdue.length, 2);
    assert.match(
      overdue[0],
      /^- \*\*Send the give\/get list to Priya @lena\*\* — \*\*4 days overdue\*\* \(due 2026-11-18\)/u,
    );
    assert.match(overdue[0], / · open 13 days · carried once · /u);
    const line = lineOf(nov16, 'Send the give/get list') + 1;
    assert.ok(
      overdue[0].endsWith(
        `(<file:///notes/lena/2026-11-16.coach.md#L${line}> "Open lena/2026-11-16.coach.md at line ${line}")`,
      ),
      overdue[0],
    );
    assert.match(overdue[1], /^- \*\*Book the negotiation workshop @priya\*\* — \*\*2 days overdue\*\*/u);
  });

  it('lists open follow-ups by due date with how far off they are, and goals with their status', () => {
    assert.deepStrictEqual(
      section(markdown, 'Open follow-ups').map((line) => line.replace(/ · \[.*$/u, '')),
      ['- **Set up a joint account plan @lena** — due Fri 2026-11-27 (in 5 days) · open 6 days'],
    );
    const goals = section(markdown, 'Goals');
    assert.match(
      goals[0],
      /^- \*\*Bring three partner opportunities\*\* — open, due Mon 2026-11-30 \(in 8 days\) · 13 days since agreed on 2026-11-09 · carried once · \[2026-11-16\]/u,
    );
    assert.match(goals[1] ?? '', /^- \*\*Finish the MEDDICC certification\*\* — ✓ done 2026-11-09/u);
  });

  it('says what was dropped last time and what was carried, so nothing is lost in the meeting', () => {
    const dropped = section(markdown, 'To pick up');
    assert.strictEqual(dropped.length, 1);
    assert.match(
      dropped[0],
      /^- \*\*Record a pricing talk track @lena\*\* — carried on 2026-11-09 but missing from the 2026-11-16 note/u,
    );

    const carriedLast = note(
      'lena/2026-11-20.coach.md',
      { rep: 'Lena Okafor', date: '2026-11-20' },
      '## Follow-ups',
      '- [>] Call Castell about the pilot @lena due:2026-11-25',
    );
    const withCarry = brief([nov09, nov16, carriedLast], '2026-11-22');
    const pickUp = section(withCarry, 'To pick up');
    assert.match(
      pickUp.join('\n'),
      /Call Castell about the pilot @lena\*\* — marked \[>\] last time: write it into this 1:1/u,
    );
  });

  it('quotes the latest root cause and strengths, with links to their headings', () => {
    const heading = lineOf(nov16, '## Root cause') + 1;
    assert.deepStrictEqual(section(markdown, 'Last root cause'), [
      '> Treats partner AEs as a lead source, not as co-sellers.',
      `— [Mon 2026-11-16](<file:///notes/lena/2026-11-16.coach.md#L${heading}> "Open lena/2026-11-16.coach.md at line ${heading}")`,
    ]);
    assert.deepStrictEqual(section(markdown, 'Strengths noted').slice(0, 1), ['> - Held the Fenwick price.']);
  });

  it('marks private items, so the coach does not read them out', () => {
    const withPrivate = note(
      'lena/2026-11-20.coach.md',
      { rep: 'Lena Okafor', date: '2026-11-20' },
      '## Follow-ups',
      '- [ ] Share the agenda @lena due:2026-11-30',
      '',
      '## Career (private)',
      '- [ ] Ask about the team-lead role @priya due:2026-11-30',
    );
    const open = section(brief([withPrivate], '2026-11-22'), 'Open follow-ups');
    const career = open.find((line) => line.includes('team-lead role'));
    const agenda = open.find((line) => line.includes('Share the agenda'));
    assert.match(
      career ?? '',
      /— due Mon 2026-11-30 \(in 8 days\) · open 2 days · _private_ · \[2026-11-20\]/u,
    );
    assert.doesNotMatch(agenda ?? '_private_', /_private_/u);
  });

  it('shows the other sections of the last note (private ones too: the brief is for the coach)', () => {
    const withLatest = brief([nov09, nov16], '2026-11-22', { latestNote: nov16.note });
    const other = section(withLatest, 'Also in the last note');
    assert.match(
      other[0],
      /^### \[Observations \(private\)\]\(<file:\/\/\/notes\/lena\/2026-11-16\.coach\.md#L\d+>/u,
    );
    assert.strictEqual(other[1], '> Quieter than usual.');
  });

  it('warns first when the 1:1 is late, and why', () => {
    const late = brief([nov09, nov16], '2026-12-01');
    const lines = late.split('\n');
    assert.strictEqual(
      lines[2],
      '> **⚠ This 1:1 is late:** 15 days since the last one, the cadence is 7 days; it was planned for Mon 2026-11-23.',
    );
  });

  it('sums up the rhythm and the completion rates from the history', () => {
    const rhythm = section(markdown, 'Rhythm');
    assert.deepStrictEqual(rhythm.slice(0, 1), [
      '- 2 1:1s since 2026-11-09, 7 days apart on average (target: every 7 days).',
    ]);
    assert.match(
      rhythm.join('\n'),
      /Follow-ups: 0% completed \(0 done, 2 overdue, 1 dropped, 0 cancelled; carried 2 times\)/u,
    );
  });

  it('lists recent notes newest first, with links and what happened in each', () => {
    const notes = section(markdown, 'Recent notes');
    assert.strictEqual(notes.length, 2);
    assert.match(
      notes[0],
      /^- \[Mon 2026-11-16\]\(<file:\/\/\/notes\/lena\/2026-11-16\.coach\.md#L1>.*\) · weekly — 2 new items, 4 open$/u,
    );
    assert.match(notes[1], /^- \[Mon 2026-11-09\]/u);
  });

  it('keeps older goals out of the list but counts them', () => {
    const markdownDana = brief(danaNotes, '2026-06-01');
    assert.deepStrictEqual(section(markdownDana, 'Goals (0 open)'), [
      '_No open goals._',
      '_2 earlier goals not listed; 1 goal done in all (completion 50%)._',
    ]);
  });

  it('renders note text literally: no links, formatting or HTML from the notes', () => {
    const hostile = note(
      'x/2026-11-20.coach.md',
      { rep: 'Eve', date: '2026-11-20' },
      '## Follow-ups',
      '- [ ] Click [here](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> **now** @eve due:2026-11-21',
      '',
      '## Root cause',
      '<script>alert(1)</script>',
    );
    const text = brief([hostile], '2026-11-22');
    assert.ok(!text.includes('[here](command:'), text);
    assert.ok(
      text.includes(
        'Click \\[here\\](command:workbench.action.terminal.new) \\<img src=x onerror=alert(1)\\> \\*\\*now\\*\\*',
      ),
      text,
    );
    assert.ok(!text.includes('<script>'), text);
    assert.ok(text.includes('> &lt;script>alert(1)&lt;/script>'), text);
  });

  it('says so when there is no note yet, and mentions notes without a valid date', () => {
    const undated = note('x/undated.coach.md', { rep: 'Sam Lee' }, '## Follow-ups', '- [ ] Something');
    const text = brief([undated], '2026-11-22', { repName: 'Sam Lee' });
    assert.match(text, /\*\*No 1:1 written down yet\.\*\*/u);
    assert.match(text, /1 note without a valid date is not included/u);
    assert.doesNotMatch(text, /## Overdue/u);
  });

  it('uses the roster role and team under the title', () => {
    const text = brief([mar02], '2026-03-05', { role: 'AE', team: 'Enterprise West' });
    assert.deepStrictEqual(text.split('\n').slice(0, 3), [
      '# 1:1 prep: Dana Whitfield',
      '',
      'AE · Enterprise West',
    ]);
  });
});

describe('brief helpers', () => {
  it('labels days with their weekday and relative distance', () => {
    assert.strictEqual(dayLabel('2026-11-22'), 'Sun 2026-11-22');
    assert.strictEqual(relativeDays('2026-11-22', '2026-11-22'), 'today');
    assert.strictEqual(relativeDays('2026-11-21', '2026-11-22'), 'yesterday');
    assert.strictEqual(relativeDays('2026-11-23', '2026-11-22'), 'tomorrow');
    assert.strictEqual(relativeDays('2026-11-12', '2026-11-22'), '10 days ago');
    assert.strictEqual(relativeDays('2026-12-02', '2026-11-22'), 'in 10 days');
  });

  it('escapes Markdown so text stays text', () => {
    assert.strictEqual(
      escapeInline('a *b* [c](d) <e> `f` | g\n h'),
      'a \\*b\\* \\[c\\](d) \\<e\\> \\`f\\` \\| g h',
    );
  });
});
