import * as assert from 'assert';
import { buildRepHistory, type SharedRepHistory } from '../../../../src/core/history/history';
import {
  csvField,
  historyToJson,
  ITEMS_CSV_COLUMNS,
  neutraliseFormula,
  privacyFootnote,
  renderItemsCsv,
  renderMarkdownReport,
} from '../../../../src/core/history/report';
import { danaNotes, note } from './historyFixtures';

const TODAY = '2026-03-10';

/** Splits RFC 4180 text into rows of fields, so tests read the CSV the way a spreadsheet does. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index++;
    } else field += char;
  }
  assert.strictEqual(field + row.join(''), '', 'the CSV ends with a line break');
  return rows;
}

/** The lines of the Markdown section under `## heading`. */
function section(markdown: string, heading: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(`## ${heading}`);
  assert.notStrictEqual(start, -1, `no section ${heading}`);
  const end = lines.findIndex((line, index) => index > start && (line.startsWith('## ') || line === '---'));
  return lines.slice(start + 1, end === -1 ? undefined : end).filter((line) => line !== '');
}

describe('renderMarkdownReport', () => {
  const history = buildRepHistory(danaNotes, { today: TODAY, forSharing: true });
  const markdown = renderMarkdownReport(history);

  it('starts with the title and the period', () => {
    const [title, , period] = markdown.split('\n');
    assert.strictEqual(title, '# Coaching progress: Dana Whitfield');
    assert.strictEqual(period, '**Period:** 2026-01-05 to 2026-03-10 · 4 notes · as of 2026-03-10');
    assert.ok(renderMarkdownReport(history, { title: 'Dana, Q1' }).startsWith('# Dana, Q1\n'));
  });

  it('shows the summary numbers of the history', () => {
    const summary = section(markdown, 'Summary');
    assert.ok(summary.includes('| Completion rate | 50% | 50% |'));
    assert.ok(summary.includes('| Overdue | 0 | 1 |'));
    assert.ok(summary.includes('| Dropped (carried, then not continued) | 0 | 1 |'));
    assert.ok(summary.includes('| In the period | 2 | 6 |'));
  });

  it('lists goals with status, age and carries, without the due token in the text', () => {
    assert.deepStrictEqual(section(markdown, 'Goals').slice(2), [
      '| Run three discovery calls using the question bank | Done 2026-03-02 | 2026-01-05 | 56 days | 3 | 2026-02-02 |  |',
      '| Shadow Priya on a negotiation | Cancelled 2026-01-05 | 2026-01-05 | 0 days | 0 |  |  |',
    ]);
  });

  it('lists the follow-ups that need attention, dropped ones included', () => {
    const rows = section(markdown, 'Open and dropped follow-ups').slice(2);
    assert.deepStrictEqual(
      rows.map((row) => row.split(' | ')[1]),
      ['Dropped: not carried into the 2026-01-12 note', 'Overdue by 49 days', 'Open', 'Open (carried)'],
    );
  });

  it('has a completion table with one row per month, empty months included', () => {
    const rows = section(markdown, 'Follow-up completion by month').filter((line) => line.startsWith('|'));
    assert.deepStrictEqual(rows.slice(2), [
      '| January 2026 | 3 | 5 | 2 | 0 | 2 | 1 | 1 | 1 | 50% |',
      '| February 2026 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | – |',
      '| March 2026 | 1 | 1 | 0 | 0 | 1 | 0 | 1 | 0 | – |',
    ]);
  });

  it('describes the cadence with the long gaps and the late next 1:1', () => {
    assert.deepStrictEqual(section(markdown, 'Cadence'), [
      '- Target: a 1:1 every 7 days.',
      '- 4 one-on-ones in the period, 18.7 days apart on average.',
      '- Longest gap: 35 days (2026-01-26 to 2026-03-02).',
      '- Gaps longer than 7 days: 14 days (2026-01-12 to 2026-01-26); 35 days (2026-01-26 to 2026-03-02).',
      '- Last 1:1: 2026-03-02, 8 days before 2026-03-10.',
      '- Next 1:1 was due 2026-03-09 (planned for 2026-03-16): overdue.',
    ]);
  });

  it('quotes root causes and strengths with their dates', () => {
    assert.deepStrictEqual(section(markdown, 'Root causes'), [
      '> Jumps to the demo before discovery.',
      '>',
      '> — 2026-01-05',
      '> Still demoing too early on inbound leads.',
      '>',
      '> — 2026-01-26',
    ]);
    assert.deepStrictEqual(section(markdown, 'Recurring tags'), ['- discovery: 3 notes']);
  });

  it('keeps multi-line texts inside their quote', () => {
    const multi = note(
      'm.coach.md',
      { date: '2026-03-02' },
      '## Strengths',
      'Line one',
      '',
      '### Detail',
      'Line <b>3</b>',
    );
    const history = buildRepHistory([multi], { today: TODAY, forSharing: true });
    assert.deepStrictEqual(section(renderMarkdownReport(history), 'Strengths'), [
      '> Line one',
      '>',
      '> ### Detail',
      '> Line &lt;b>3&lt;/b>',
      '>',
      '> — 2026-03-02',
    ]);
  });

  it('keeps item text from breaking the tables', () => {
    const odd = note(
      'o.coach.md',
      { date: '2026-03-02' },
      '## Agreed goals',
      '- [ ] Pick A | B <img src=x> \\| done',
    );
    const rows = section(
      renderMarkdownReport(buildRepHistory([odd], { today: TODAY, forSharing: true })),
      'Goals',
    );
    assert.strictEqual(
      rows[2],
      '| Pick A \\| B \\<img src=x\\> \\\\\\| done | Open | 2026-03-02 | 8 days | 0 |  |  |',
    );
  });

  it('says how little there is when the period has no notes', () => {
    const empty = renderMarkdownReport(
      buildRepHistory(danaNotes, {
        today: TODAY,
        forSharing: true,
        range: { from: '2026-02-01', to: '2026-02-28' },
      }),
    );
    assert.ok(empty.includes('**Period:** 2026-02-01 to 2026-02-28 · 0 notes · as of 2026-02-28'));
    assert.deepStrictEqual(section(empty, 'Cadence'), [
      '- Target: a 1:1 every 7 days.',
      '- No 1:1s in this period.',
    ]);
  });

  it('refuses a history that was not built for sharing', () => {
    const local = buildRepHistory(danaNotes, { today: TODAY });
    assert.throws(() => renderMarkdownReport(local as SharedRepHistory), /forSharing/);
    assert.throws(() => renderItemsCsv(local as SharedRepHistory), /forSharing/);
  });
});

describe('renderMarkdownReport: privacy', () => {
  const open = note(
    'dana/2026-04-06.coach.md',
    { date: '2026-04-06' },
    '## Root cause (private)',
    'Going through a rough patch at home.',
    '## Root cause',
    'Skips qualification.',
    '## Follow-ups (private)',
    '- [ ] Check in about workload',
    '## Follow-ups',
    '- [ ] Qualify the Hooli lead',
  );
  const secret = note(
    'dana/2026-04-15.coach.md',
    { date: '2026-04-15', private: true },
    '## Strengths',
    'Confidential praise.',
    '## Agreed goals',
    '- [ ] Talk to HR about retention',
  );
  const history = buildRepHistory([open, secret], { today: '2026-04-20', forSharing: true });
  const markdown = renderMarkdownReport(history);
  const csv = renderItemsCsv(history);

  it('leaves private notes and sections out of the report and the CSV', () => {
    for (const text of [
      'rough patch',
      'workload',
      'Confidential',
      'HR about retention',
      '2026-04-15',
      '(private)',
    ]) {
      assert.ok(!markdown.includes(text), `report reveals "${text}"`);
      assert.ok(!csv.includes(text), `CSV reveals "${text}"`);
    }
    assert.ok(markdown.includes('Skips qualification.'));
    assert.ok(markdown.includes('Qualify the Hooli lead'));
  });

  it('says in the footer how much was left out, without saying what', () => {
    const footer = markdown.trimEnd().split('\n').pop() ?? '';
    assert.strictEqual(
      footer,
      '_Generated by Coaching Notes on 2026-04-20. Left out for privacy: 1 private note and 2 private sections, ' +
        'with 2 goals and follow-ups, are not part of this report or its numbers._',
    );
  });

  it('says "is" when one private note or section was left out', () => {
    const one = (privateNotes: number, privateSections: number) =>
      privacyFootnote({
        omitted: true,
        privateNotes,
        privateSections,
        privateItems: 0,
      });
    assert.strictEqual(
      one(0, 1),
      'Left out for privacy: 1 private section is not part of this report or its numbers.',
    );
    assert.strictEqual(
      one(1, 0),
      'Left out for privacy: 1 private note is not part of this report or its numbers.',
    );
    assert.strictEqual(
      one(0, 2),
      'Left out for privacy: 2 private sections are not part of this report or its numbers.',
    );
  });

  it('says nothing was private when nothing was', () => {
    const plain = renderMarkdownReport(buildRepHistory(danaNotes, { today: TODAY, forSharing: true }));
    assert.ok(plain.includes('Nothing in this period is marked private.'));
  });
});

describe('renderItemsCsv', () => {
  const history = buildRepHistory(danaNotes, { today: TODAY, forSharing: true });
  const rows = parseCsv(renderItemsCsv(history));

  it('has a header and one row per thread, with CRLF line endings', () => {
    assert.deepStrictEqual(rows[0], [...ITEMS_CSV_COLUMNS]);
    assert.strictEqual(rows.length, history.threads.length + 1);
    assert.ok(renderItemsCsv(history).endsWith('\r\n'));
  });

  it('writes each thread as the report does', () => {
    const goal = rows.find((row) => row[1].startsWith('Run three discovery'));
    assert.deepStrictEqual(goal, [
      'goal',
      'Run three discovery calls using the question bank',
      'done',
      '2026-01-05',
      '2026-03-02',
      '56',
      '3',
      '2026-02-02',
      '2026-01-12',
      '',
      '',
      '2026-03-02',
      'no',
    ]);
    const plan = rows.find((row) => row[1].startsWith('Draft mutual action plan'));
    assert.deepStrictEqual([plan?.[2], plan?.[9], plan?.[10], plan?.[12]], ['open', '', 'dana', 'yes']);
  });

  it('quotes commas and double quotes (RFC 4180)', () => {
    const quoted = note(
      'q.coach.md',
      { date: '2026-03-02' },
      '## Follow-ups',
      '- [ ] Send "final" deck, then call',
    );
    const text = renderItemsCsv(buildRepHistory([quoted], { today: TODAY, forSharing: true }));
    assert.ok(text.includes('"Send ""final"" deck, then call"'));
    assert.strictEqual(parseCsv(text)[1][1], 'Send "final" deck, then call');
    assert.strictEqual(csvField('two\nlines'), '"two\nlines"');
    assert.strictEqual(csvField('plain'), 'plain');
  });

  it('keeps spreadsheets from running cells as formulas', () => {
    const risky = note(
      'r.coach.md',
      { date: '2026-03-02' },
      '## Follow-ups',
      '- [ ] =HYPERLINK("http://x.invalid","click")',
      '- [ ] +1 the proposal',
      '- [ ] -5% discount for Acme',
      '- [ ] @dana to call Acme',
      '- [ ] Safe = text',
    );
    const items = parseCsv(renderItemsCsv(buildRepHistory([risky], { today: TODAY, forSharing: true })))
      .slice(1)
      .map((row) => row[1]);
    assert.deepStrictEqual(items, [
      `'=HYPERLINK("http://x.invalid","click")`,
      `'+1 the proposal`,
      `'-5% discount for Acme`,
      `'@dana to call Acme`,
      'Safe = text',
    ]);
    assert.strictEqual(neutraliseFormula('\t=1+1'), "'\t=1+1");
    assert.strictEqual(neutraliseFormula('2026-01-05'), '2026-01-05');
    // No apostrophe where no formula starts: a leading tab alone, or a formula sign later on.
    assert.strictEqual(neutraliseFormula('\tIndented note'), '\tIndented note');
    assert.strictEqual(neutraliseFormula('\r\n'), '\r\n');
    assert.strictEqual(neutraliseFormula('Ask @dana = owner'), 'Ask @dana = owner');
  });
});

describe('historyToJson', () => {
  const history = buildRepHistory(danaNotes, { today: TODAY, range: { from: '2026-01-01' } });
  const json = historyToJson(history);

  it('is plain data that survives JSON unchanged', () => {
    assert.strictEqual(json.schemaVersion, 2);
    assert.deepStrictEqual(JSON.parse(JSON.stringify(json)), json);
    assert.strictEqual(json.summary.followUps.completionPercent, history.summary.followUps.completionPercent);
  });

  it('writes dates as YYYY-MM-DD', () => {
    assert.deepStrictEqual(json.range, { from: '2026-01-01', to: null });
    assert.strictEqual(json.threads[0].created, '2026-01-05');
    assert.strictEqual(json.cadence.nextDue, '2026-03-09');
  });

  it('is a copy: changing it leaves the history alone', () => {
    const occurrence: { line: number } = json.threads[0].occurrences[0]; // readonly only in type
    occurrence.line = -1;
    assert.notStrictEqual(history.threads[0].occurrences[0].line, -1);
  });
});
