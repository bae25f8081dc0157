import * as assert from 'assert';
import { buildRepHistory, type ItemThread, type RepHistory } from '../../../../src/core/history/history';
import { danaNotes, jan05, jan12, jan26, lineOf, mar02, note } from './historyFixtures';

const TODAY = '2026-03-10';

function thread(history: RepHistory, fragment: string): ItemThread {
  const found = history.threads.filter((t) => t.text.toLowerCase().includes(fragment.toLowerCase()));
  assert.strictEqual(found.length, 1, `expected one thread with "${fragment}", got ${found.length}`);
  return found[0];
}

describe('buildRepHistory: notes', () => {
  it('lists notes oldest first whatever the input order, ties by file name', () => {
    const sameDayB = note('dana/b.coach.md', { date: '2026-01-12' }, '## Follow-ups', '- [ ] b');
    const history = buildRepHistory([mar02, sameDayB, jan26, jan12, jan05], { today: TODAY });
    assert.deepStrictEqual(
      history.notes.map((n) => n.file),
      [
        'dana/2026-01-05.coach.md',
        'dana/2026-01-12.coach.md',
        'dana/b.coach.md',
        'dana/2026-01-26.coach.md',
        'dana/2026-03-02.coach.md',
      ],
    );
  });

  it('gives each note its type, tags and item counts', () => {
    const history = buildRepHistory(danaNotes, { today: TODAY });
    const first = history.notes[0];
    assert.strictEqual(first.type, 'weekly');
    assert.deepStrictEqual(first.tags, ['discovery', 'Demo']);
    assert.deepStrictEqual(first.counts, {
      items: 5,
      goals: 2,
      followUps: 3,
      open: 0,
      done: 1,
      cancelled: 1,
      carried: 3,
      created: 5,
    });
    // Two items of 2026-01-12 continue carries; only the QBR deck is new there.
    assert.strictEqual(history.notes[1].counts.created, 1);
  });

  it('lists notes without a valid date as undated and leaves them out of everything else', () => {
    const missing = note('dana/draft.coach.md', {}, '## Follow-ups', '- [ ] Undated item');
    const invalid = note('dana/bad.coach.md', { date: '2026-02-30' }, '## Follow-ups', '- [ ] Bad date item');
    const history = buildRepHistory([...danaNotes, missing, invalid], { today: TODAY });
    assert.deepStrictEqual(history.undated, [
      { file: 'dana/bad.coach.md', reason: 'invalid' },
      { file: 'dana/draft.coach.md', reason: 'missing' },
    ]);
    assert.strictEqual(history.notes.length, 4);
    assert.ok(history.threads.every((t) => !t.text.includes('Undated') && !t.text.includes('Bad date')));
  });

  it('names the rep from the latest note unless told', () => {
    assert.strictEqual(buildRepHistory(danaNotes, { today: TODAY }).rep, 'Dana Whitfield');
    assert.strictEqual(buildRepHistory(danaNotes, { today: TODAY, rep: 'Dana W.' }).rep, 'Dana W.');
    assert.strictEqual(buildRepHistory([], { today: TODAY }).rep, null);
  });
});

describe('buildRepHistory: item threads', () => {
  const history = buildRepHistory(danaNotes, { today: TODAY });

  it('follows a goal carried three times as one thread with its age', () => {
    const goal = thread(history, 'discovery calls');
    assert.strictEqual(goal.kind, 'goal');
    assert.strictEqual(goal.state, 'done');
    assert.strictEqual(goal.created, '2026-01-05');
    assert.strictEqual(goal.ended, '2026-03-02');
    assert.strictEqual(goal.ageDays, 56); // 26 days left of January + 28 of February + 2
    assert.strictEqual(goal.timesCarried, 3);
    assert.strictEqual(goal.firstDue, '2026-01-12');
    assert.strictEqual(goal.due, '2026-02-02');
    assert.strictEqual(goal.text, 'Run three discovery calls using the question bank [due:: 2026-02-02]');
    assert.deepStrictEqual(
      goal.occurrences.map((o) => [o.file, o.line, o.status, o.link]),
      [
        [jan05.file, lineOf(jan05, 'discovery calls'), 'carried', 'new'],
        [jan12.file, lineOf(jan12, 'discovery calls'), 'carried', 'same-text'],
        [jan26.file, lineOf(jan26, 'discovery calls'), 'carried', 'same-text'],
        [mar02.file, lineOf(mar02, 'discovery calls'), 'done', 'same-text'],
      ],
    );
    assert.strictEqual(goal.id, `${jan05.file}:${lineOf(jan05, 'discovery calls')}`);
  });

  it('continues a carried item whose text was lightly edited', () => {
    const playbook = thread(history, 'pricing playbook');
    assert.strictEqual(playbook.state, 'done');
    assert.strictEqual(playbook.ended, '2026-01-12');
    assert.strictEqual(playbook.ageDays, 7);
    assert.strictEqual(playbook.text, 'Share updated pricing playbook @dana due:2026-01-16');
    assert.deepStrictEqual(
      playbook.occurrences.map((o) => o.link),
      ['new', 'similar-text'],
    );
  });

  it('reports a carry that the next note does not continue as dropped', () => {
    const acme = thread(history, 'Acme');
    assert.strictEqual(acme.state, 'dropped');
    assert.deepStrictEqual(acme.missingFrom, { file: jan12.file, date: '2026-01-12' });
    assert.strictEqual(acme.lastSeen, '2026-01-05');
    assert.strictEqual(acme.ended, '2026-01-12');
    assert.strictEqual(acme.timesCarried, 1);
    assert.strictEqual(acme.owner, 'dana');
  });

  it('keeps cancelled goals with their cancel date', () => {
    const shadow = thread(history, 'Shadow Priya');
    assert.strictEqual(shadow.state, 'cancelled');
    assert.strictEqual(shadow.ended, '2026-01-05');
    assert.strictEqual(shadow.ageDays, 0);
  });

  it('ages open items to today and marks those past due as overdue', () => {
    const qbr = thread(history, 'QBR deck');
    assert.strictEqual(qbr.state, 'overdue');
    assert.strictEqual(qbr.daysOverdue, 49); // 2026-01-20 -> 2026-03-10
    assert.strictEqual(qbr.ageDays, 57);
    assert.strictEqual(qbr.lastSeen, '2026-01-12');
    const globex = thread(history, 'Globex');
    assert.strictEqual(globex.state, 'open');
    assert.strictEqual(globex.daysOverdue, null);
  });

  it('marks an item carried in the latest note as awaiting its continuation, not dropped', () => {
    const plan = thread(history, 'mutual action plan');
    assert.strictEqual(plan.awaitingCarry, true);
    // Past due, but carried `[>]`: only an open item is overdue (format v1), as in the CLI and tree.
    assert.strictEqual(plan.state, 'open');
    assert.strictEqual(plan.missingFrom, null);
    assert.strictEqual(thread(history, 'discovery calls').awaitingCarry, false);
  });

  it('loses no item: every occurrence belongs to exactly one thread', () => {
    const occurrences = history.threads.flatMap((t) => t.occurrences.map((o) => `${o.file}:${o.line}`));
    const items = danaNotes.flatMap((n) => n.note.items.map((item) => `${n.file}:${item.line}`));
    assert.deepStrictEqual([...occurrences].sort(), [...items].sort());
  });

  it('continues into the next note of the same day (by file name)', () => {
    const morning = note(
      'dana/a.coach.md',
      { date: '2026-02-03' },
      '## Follow-ups',
      '- [>] Send the proposal',
    );
    const afternoon = note(
      'dana/b.coach.md',
      { date: '2026-02-03' },
      '## Follow-ups',
      '- [x] Send the proposal',
    );
    const sameDay = buildRepHistory([afternoon, morning], { today: TODAY });
    assert.strictEqual(sameDay.threads.length, 1);
    assert.strictEqual(sameDay.threads[0].state, 'done');
  });

  it('follows a carry past a note in between (a skip-level, a private talk) to its continuation', () => {
    const first = note('1.coach.md', { date: '2026-02-02' }, '## Follow-ups', '- [>] Send the proposal');
    const second = note('2.coach.md', { date: '2026-02-09' }, '## Follow-ups', '- [ ] Something else');
    const third = note('3.coach.md', { date: '2026-02-16' }, '## Follow-ups', '- [x] Send the proposal');
    const history3 = buildRepHistory([first, second, third], { today: TODAY });
    assert.deepStrictEqual(
      history3.threads.map((t) => [t.text, t.state, t.timesCarried, t.missingFrom]),
      [
        ['Send the proposal', 'done', 1, null],
        ['Something else', 'open', 0, null],
      ],
    );
  });

  it('calls a carry dropped, from the first note that missed it, when no later note continues it', () => {
    const first = note('1.coach.md', { date: '2026-02-02' }, '## Follow-ups', '- [>] Send the proposal');
    const second = note('2.coach.md', { date: '2026-02-09' }, '## Follow-ups', '- [ ] Something else');
    const third = note('3.coach.md', { date: '2026-02-16' }, '## Follow-ups', '- [x] Something else');
    const history3 = buildRepHistory([first, second, third], { today: TODAY });
    const proposal = history3.threads.find((t) => t.text === 'Send the proposal');
    assert.strictEqual(proposal?.state, 'dropped');
    assert.deepStrictEqual(proposal?.missingFrom, { file: '2.coach.md', date: '2026-02-09' });
  });

  it('prefers the exact text over a similar one, and pairs each carry with one item', () => {
    const first = note(
      '1.coach.md',
      { date: '2026-02-02' },
      '## Follow-ups',
      '- [>] Send the signed proposal to Acme',
      '- [>] Send the proposal to Acme',
    );
    const second = note(
      '2.coach.md',
      { date: '2026-02-09' },
      '## Follow-ups',
      '- [ ] Send the proposal to Acme due:2026-03-20',
      '- [x] Send the signed proposal to Acme today',
    );
    const history2 = buildRepHistory([first, second], { today: TODAY });
    assert.deepStrictEqual(
      history2.threads.map((t) => [t.occurrences.map((o) => o.text), t.state, t.occurrences[1]?.link]),
      [
        [
          ['Send the signed proposal to Acme', 'Send the signed proposal to Acme today'],
          'done',
          'similar-text',
        ],
        [['Send the proposal to Acme', 'Send the proposal to Acme due:2026-03-20'], 'open', 'same-text'],
      ],
    );
  });

  it('does not continue a carry with an item that merely shares a few words', () => {
    const first = note(
      '1.coach.md',
      { date: '2026-02-02' },
      '## Follow-ups',
      '- [>] Call Acme about renewal pricing',
    );
    const second = note(
      '2.coach.md',
      { date: '2026-02-09' },
      '## Follow-ups',
      '- [ ] Call Globex about onboarding',
    );
    const history2 = buildRepHistory([first, second], { today: TODAY });
    assert.deepStrictEqual(
      history2.threads.map((t) => t.state),
      ['dropped', 'open'],
    );
  });

  it('takes kind, owner and due from the latest occurrence', () => {
    const first = note(
      '1.coach.md',
      { date: '2026-02-02' },
      '## Follow-ups',
      '- [>] Review pipeline @sam due:2026-02-05',
    );
    const second = note(
      '2.coach.md',
      { date: '2026-02-09' },
      '## Agreed goals',
      '- [ ] Review pipeline @dana',
    );
    const [only] = buildRepHistory([first, second], { today: TODAY }).threads;
    assert.deepStrictEqual(
      [only.kind, only.owner, only.due, only.firstDue],
      ['goal', 'dana', null, '2026-02-05'],
    );
  });
});

describe('buildRepHistory: completion per month', () => {
  const history = buildRepHistory(danaNotes, { today: TODAY });

  it('has a row for every month of the period, including months without notes', () => {
    assert.deepStrictEqual(
      history.followUpsByMonth.map((row) => [row.month, row.notes]),
      [
        ['2026-01', 3],
        ['2026-02', 0],
        ['2026-03', 1],
      ],
    );
    const february = history.followUpsByMonth[1];
    assert.deepStrictEqual(
      [february.created, february.done, february.open, february.overdue, february.completionRate],
      [0, 0, 0, 0, null],
    );
  });

  it('counts each follow-up once, in the month its outcome is known', () => {
    const [january, , march] = history.followUpsByMonth;
    // January: recording and playbook done, Acme dropped, QBR deck overdue, Globex open.
    assert.deepStrictEqual(
      { ...january, completionRate: undefined },
      {
        month: '2026-01',
        notes: 3,
        created: 5,
        carried: 2,
        done: 2,
        cancelled: 0,
        dropped: 1,
        open: 1,
        overdue: 1,
        completionRate: undefined,
        completionPercent: 50,
      },
    );
    assert.strictEqual(january.completionRate, 0.5);
    // March: the action plan, carried in the latest note: awaiting the next note, not overdue.
    assert.deepStrictEqual(
      [march.created, march.carried, march.open, march.overdue, march.completionPercent],
      [1, 1, 1, 0, null],
    );
  });

  it('counts goals in their own rows', () => {
    assert.deepStrictEqual(
      history.goalsByMonth.map((row) => [row.month, row.created, row.carried, row.done, row.cancelled]),
      [
        ['2026-01', 2, 3, 0, 1],
        ['2026-02', 0, 0, 0, 0],
        ['2026-03', 0, 0, 1, 0],
      ],
    );
  });

  it('sums the month rows into the summary', () => {
    assert.deepStrictEqual(history.summary.followUps, {
      total: 6,
      created: 6,
      carried: 3,
      done: 2,
      cancelled: 0,
      dropped: 1,
      open: 2,
      overdue: 1,
      completionRate: 0.5,
      completionPercent: 50,
    });
    assert.strictEqual(history.summary.goals.total, 2);
    assert.strictEqual(history.summary.goals.completionPercent, 50);
    assert.strictEqual(history.summary.notes, 4);
  });

  it('runs the months up to today when the last note is older', () => {
    const later = buildRepHistory(danaNotes, { today: '2026-05-04' });
    assert.deepStrictEqual(
      later.followUpsByMonth.map((row) => row.month),
      ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05'],
    );
  });
});

describe('buildRepHistory: cadence', () => {
  const history = buildRepHistory(danaNotes, { today: TODAY });

  it('measures the gaps between 1:1s against the cadence', () => {
    const { cadence } = history;
    assert.deepStrictEqual(
      cadence.gaps.map((gap) => [gap.from, gap.to, gap.days]),
      [
        ['2026-01-05', '2026-01-12', 7],
        ['2026-01-12', '2026-01-26', 14],
        ['2026-01-26', '2026-03-02', 35],
      ],
    );
    assert.strictEqual(cadence.averageGapDays, 18.7); // 56 / 3
    assert.deepStrictEqual(cadence.longestGap, { from: '2026-01-26', to: '2026-03-02', days: 35 });
    assert.deepStrictEqual(
      cadence.gapsOverCadence.map((gap) => gap.days),
      [14, 35],
    );
    assert.strictEqual(cadence.meetings, 4);
  });

  it('uses the given cadence', () => {
    const fortnightly = buildRepHistory(danaNotes, { today: TODAY, cadenceDays: 14 });
    assert.deepStrictEqual(
      fortnightly.cadence.gapsOverCadence.map((gap) => gap.days),
      [35],
    );
    assert.strictEqual(fortnightly.cadence.nextOverdue, false);
    assert.strictEqual(fortnightly.cadence.nextDue, '2026-03-16');
  });

  it('says how long since the last 1:1 and whether the next one is late', () => {
    const { cadence } = history;
    assert.strictEqual(cadence.lastMeeting, '2026-03-02');
    assert.strictEqual(cadence.daysSinceLast, 8);
    assert.strictEqual(cadence.plannedNext, '2026-03-16');
    assert.strictEqual(cadence.nextDue, '2026-03-09');
    assert.strictEqual(cadence.nextOverdue, true);
    assert.deepStrictEqual(cadence.nextOverdueReasons, ['cadence']);
  });

  it('flags a planned next 1:1 that passed without a newer note', () => {
    const planned = note('1.coach.md', { date: '2026-03-02', next: '2026-03-05' });
    const { cadence } = buildRepHistory([planned], { today: '2026-03-06' });
    assert.deepStrictEqual(
      [cadence.nextDue, cadence.nextOverdue, cadence.nextOverdueReasons],
      ['2026-03-05', true, ['planned-date-passed']],
    );
    const onTime = buildRepHistory([planned], { today: '2026-03-05' }).cadence;
    assert.strictEqual(onTime.nextOverdue, false);
  });

  it('counts two notes on one day as one 1:1', () => {
    const extra = note('dana/2026-01-12-pipeline.coach.md', { date: '2026-01-12', type: 'pipeline-review' });
    const { cadence } = buildRepHistory([...danaNotes, extra], { today: TODAY });
    assert.strictEqual(cadence.meetings, 4);
    assert.ok(cadence.gaps.every((gap) => gap.days > 0));
  });

  it('has no gaps or last meeting without notes', () => {
    const { cadence } = buildRepHistory([], { today: TODAY });
    assert.deepStrictEqual(
      [
        cadence.meetings,
        cadence.averageGapDays,
        cadence.longestGap,
        cadence.daysSinceLast,
        cadence.nextOverdue,
      ],
      [0, null, null, null, false],
    );
  });
});

describe('buildRepHistory: themes', () => {
  const history = buildRepHistory(danaNotes, { today: TODAY });

  it('collects root causes and strengths by note, with where they are', () => {
    assert.deepStrictEqual(
      history.themes.rootCauses.map((t) => [t.date, t.text, t.file, t.line]),
      [
        ['2026-01-05', 'Jumps to the demo before discovery.', jan05.file, lineOf(jan05, '## Root cause')],
        [
          '2026-01-26',
          'Still demoing too early on inbound leads.',
          jan26.file,
          lineOf(jan26, '## Root cause'),
        ],
      ],
    );
    assert.deepStrictEqual(
      history.themes.strengths.map((t) => [t.date, t.text]),
      [
        ['2026-01-05', 'Warm rapport with champions.'],
        ['2026-03-02', 'Ran a crisp discovery call with Initech.'],
      ],
    );
  });

  it('counts tags case-insensitively, most frequent first', () => {
    assert.deepStrictEqual(
      history.themes.tags.map((t) => [t.tag, t.count, t.notes.map((n) => n.date)]),
      [
        ['discovery', 3, ['2026-01-05', '2026-01-12', '2026-01-26']],
        ['Demo', 1, ['2026-01-05']],
        ['negotiation', 1, ['2026-01-26']],
      ],
    );
  });
});

describe('buildRepHistory: date range', () => {
  it('stops at the end of the range: later notes do not exist for it', () => {
    const history = buildRepHistory(danaNotes, {
      today: TODAY,
      range: { from: '2026-01-12', to: '2026-01-31' },
    });
    assert.strictEqual(history.asOf, '2026-01-31');
    assert.deepStrictEqual(history.period, { start: '2026-01-12', end: '2026-01-31' });
    assert.deepStrictEqual(
      history.notes.map((n) => n.date),
      ['2026-01-12', '2026-01-26'],
    );
    const goal = thread(history, 'discovery calls');
    assert.deepStrictEqual(
      [goal.state, goal.awaitingCarry, goal.created, goal.ageDays, goal.timesCarried],
      ['open', true, '2026-01-05', 26, 3],
    );
    assert.deepStrictEqual(
      history.followUpsByMonth.map((row) => row.month),
      ['2026-01'],
    );
    assert.strictEqual(history.cadence.gaps.length, 1);
    assert.strictEqual(history.cadence.daysSinceLast, 5);
  });

  it('leaves out threads that ended before the range, keeps those ending or open in it', () => {
    const history = buildRepHistory(danaNotes, {
      today: TODAY,
      range: { from: '2026-01-12', to: '2026-01-31' },
    });
    const texts = history.threads.map((t) => t.text);
    assert.ok(!texts.some((text) => text.includes('recording')), 'done before the range');
    assert.ok(!texts.some((text) => text.includes('Shadow')), 'cancelled before the range');
    assert.ok(
      texts.some((text) => text.includes('pricing playbook')),
      'done in the range',
    );
    assert.strictEqual(thread(history, 'Acme').state, 'dropped', 'found missing in the range');
    // Created before the range: not counted as created in it.
    assert.strictEqual(history.followUpsByMonth[0].created, 2);
  });

  it('counts items still open from before the range in its first month', () => {
    const history = buildRepHistory(danaNotes, { today: TODAY, range: { from: '2026-02-01' } });
    assert.deepStrictEqual(
      history.followUpsByMonth.map((row) => [row.month, row.notes, row.open, row.overdue, row.created]),
      [
        ['2026-02', 0, 1, 1, 0],
        ['2026-03', 1, 1, 0, 1],
      ],
    );
    assert.deepStrictEqual(
      history.notes.map((n) => n.date),
      ['2026-03-02'],
    );
    assert.deepStrictEqual(
      history.themes.rootCauses.map((t) => t.date),
      [],
    );
  });

  it('rejects an invalid range, today or cadence', () => {
    assert.throws(() => buildRepHistory(danaNotes, { today: '2026-02-30' }), RangeError);
    assert.throws(
      () => buildRepHistory(danaNotes, { today: TODAY, range: { from: '2026-13-01' } }),
      RangeError,
    );
    assert.throws(
      () => buildRepHistory(danaNotes, { today: TODAY, range: { from: '2026-03-01', to: '2026-02-01' } }),
      RangeError,
    );
    assert.throws(() => buildRepHistory(danaNotes, { today: TODAY, cadenceDays: 0 }), RangeError);
    assert.throws(() => buildRepHistory(danaNotes, { today: TODAY, cadenceDays: 1.5 }), RangeError);
  });
});
