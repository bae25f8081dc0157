import * as assert from 'assert';
import { buildRepHistory, filterForSharing } from '../../../../src/core/history/history';
import { lineOf, note } from './historyFixtures';

const TODAY = '2026-05-01';

const open = note(
  'dana/2026-04-06.coach.md',
  { date: '2026-04-06' },
  '## Root cause (private)',
  'Going through a rough patch at home.',
  '',
  '## Root cause',
  'Skips qualification on small deals.',
  '',
  '## Follow-ups (private)',
  '- [ ] Check in about workload @coach',
  '',
  '## Follow-ups',
  '- [ ] Qualify the Hooli lead @dana due:2026-04-10',
);

const secret = note(
  'dana/2026-04-13.coach.md',
  { date: '2026-04-13', private: true, tags: ['personal'] },
  '## Root cause',
  'Considering leaving the company.',
  '',
  '## Follow-ups',
  '- [ ] Talk to HR about retention @coach',
);

const later = note(
  'dana/2026-04-20.coach.md',
  { date: '2026-04-20', tags: ['qualification'] },
  '## Strengths',
  'Good questions.',
  '',
  '## Follow-ups',
  '- [x] Send the MEDDICC template @coach',
);

const notes = [open, secret, later];
const SECRETS = ['rough patch', 'workload', 'leaving the company', 'HR about retention', 'personal'];

describe('buildRepHistory for sharing', () => {
  const shared = buildRepHistory(notes, { today: TODAY, forSharing: true });

  it('leaves private notes, private sections and their items out of everything', () => {
    const everything =
      JSON.stringify(shared.notes) + JSON.stringify(shared.threads) + JSON.stringify(shared.themes);
    for (const text of SECRETS) assert.ok(!everything.includes(text), `"${text}" leaked`);
    assert.deepStrictEqual(
      shared.notes.map((n) => n.date),
      ['2026-04-06', '2026-04-20'],
    );
    assert.deepStrictEqual(
      shared.threads.map((t) => t.text),
      ['Qualify the Hooli lead @dana due:2026-04-10', 'Send the MEDDICC template @coach'],
    );
    assert.deepStrictEqual(
      shared.themes.rootCauses.map((t) => t.text),
      ['Skips qualification on small deals.'],
    );
    assert.strictEqual(shared.cadence.meetings, 2, 'the private note is not a visible 1:1 either');
    assert.strictEqual(shared.summary.followUps.total, 2);
  });

  it('keeps the public items of a note with private sections at their own lines', () => {
    const hooli = shared.threads[0];
    assert.strictEqual(hooli.occurrences[0].line, lineOf(open, 'Hooli'));
    assert.strictEqual(hooli.kind, 'follow-up');
    assert.strictEqual(shared.notes[0].counts.items, 1);
  });

  it('says how much was left out, by count only: no heading, line or file name', () => {
    assert.strictEqual(shared.forSharing, true);
    assert.deepStrictEqual(shared.privacy, {
      omitted: true,
      privateNotes: 1,
      privateSections: 2,
      privateItems: 2,
    });
  });

  it('only reports private content inside the period', () => {
    const may = buildRepHistory(notes, { today: TODAY, forSharing: true, range: { from: '2026-04-14' } });
    assert.deepStrictEqual(
      [may.privacy.privateNotes, may.privacy.privateSections, may.privacy.privateItems],
      [0, 0, 0],
    );
  });

  it('keeps everything, marked private, when not for sharing', () => {
    const local = buildRepHistory(notes, { today: TODAY });
    assert.strictEqual(local.forSharing, false);
    assert.strictEqual(local.privacy.omitted, false);
    assert.strictEqual(local.privacy.privateItems, 2);
    assert.deepStrictEqual(
      local.notes.map((n) => n.private),
      [false, true, false],
    );
    const workload = local.threads.find((t) => t.text.includes('workload'));
    assert.ok(workload);
    assert.strictEqual(workload.occurrences[0].private, true);
    assert.deepStrictEqual(
      local.themes.rootCauses.map((t) => [t.text, t.private]),
      [
        ['Going through a rough patch at home.', true],
        ['Skips qualification on small deals.', false],
        ['Considering leaving the company.', true],
      ],
    );
  });
});

describe('filterForSharing', () => {
  it('returns the notes without private content and lists what it removed', () => {
    const result = filterForSharing(notes);
    assert.deepStrictEqual(
      result.shared.map((entry) => entry.file),
      [open.file, later.file],
    );
    const filtered = result.shared[0].note;
    assert.deepStrictEqual(
      filtered.sections.map((s) => s.heading),
      ['Root cause', 'Follow-ups'],
    );
    assert.deepStrictEqual(
      filtered.items.map((item) => [item.text, filtered.sections[item.section].heading]),
      [['Qualify the Hooli lead @dana due:2026-04-10', 'Follow-ups']],
    );
    assert.deepStrictEqual(result.privateNotes, [{ date: '2026-04-13', items: 1 }]);
    assert.deepStrictEqual(result.privateParts, [{ date: '2026-04-06', regions: 2, items: 1 }]);
    assert.strictEqual(result.shared[1], later, 'a note with nothing private is passed through as is');
  });

  it('also leaves out undated private notes', () => {
    const undatedSecret = note(
      'dana/draft.coach.md',
      { private: true },
      '## Follow-ups',
      '- [ ] Secret item',
    );
    const shared = buildRepHistory([undatedSecret], { today: TODAY, forSharing: true });
    assert.deepStrictEqual(shared.undated, []);
    assert.deepStrictEqual(filterForSharing([undatedSecret]).privateNotes, [{ date: null, items: 1 }]);
    // Its date is unknown, so it may belong to the period: the footer counts it as withheld.
    assert.deepStrictEqual(shared.privacy, {
      omitted: true,
      privateNotes: 1,
      privateSections: 0,
      privateItems: 1,
    });
  });
});
