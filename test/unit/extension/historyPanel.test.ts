// The history panel's page (pure rendering), the messages its webview may send, and the export's
// date ranges and file names.
import * as assert from 'assert';
import { buildRepHistory, type HistoryNoteInput } from '../../../src/core/history/history';
import { cadenceChart, niceScale, shortDate } from '../../../src/extension/history/historyCharts';
import { messagesFor } from '../../../src/core/i18n/messages';
import {
  countOneOnOnes,
  renderHistoryBody,
  renderHistoryPage,
  type HistoryView,
} from '../../../src/extension/history/historyPage';
import { escapeHtml, truncate } from '../../../src/extension/history/html';
import { parsePanelMessage } from '../../../src/extension/history/panelMessages';
import {
  dateProblem,
  lastDays,
  recentMonths,
  reportBaseName,
  sinceMonth,
} from '../../../src/extension/history/reportRange';
import { danaNotes, note } from '../core/history/historyFixtures';

const TODAY = '2026-03-10';

function view(entries: readonly HistoryNoteInput[], hidePrivate = false, today = TODAY): HistoryView {
  const history = buildRepHistory(entries, { today, forSharing: hidePrivate });
  return { history, repName: history.rep ?? 'Dana Whitfield', team: null, role: null, hidePrivate };
}

function count(html: string, pattern: RegExp): number {
  return (html.match(new RegExp(pattern.source, 'gu')) ?? []).length;
}

const page = (body: string) =>
  renderHistoryPage(body, {
    cspSource: 'https://webview.example',
    nonce: 'abc123',
    styleUri: 'https://webview.example/history.css',
    scriptUri: 'https://webview.example/history.js',
    repKey: 'dana whitfield',
    title: 'History: Dana Whitfield',
  });

describe('history panel page', () => {
  const body = renderHistoryBody(view(danaNotes));

  it('has a strict Content-Security-Policy: no inline script or style, nothing remote', () => {
    const html = page(body);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/u.exec(html)?.[1];
    assert.strictEqual(
      csp,
      'default-src &#39;none&#39;; style-src https://webview.example; script-src &#39;nonce-abc123&#39;; img-src https://webview.example data:',
    );
    assert.strictEqual(count(html, /<script/u), 1);
    assert.match(html, /<script nonce="abc123" src="https:\/\/webview\.example\/history\.js"><\/script>/u);
    assert.strictEqual(count(html, /style=/u), 0, 'no inline style attributes (the CSP would block them)');
    assert.strictEqual(count(html, /<style/u), 0);
    assert.strictEqual(count(html, /https?:\/\/(?!webview\.example)/u), 0, 'no other origin');
  });

  it('shows one timeline entry per note, three charts, and the headline numbers of the history', () => {
    const history = view(danaNotes).history;
    assert.strictEqual(count(body, /data-note="/u), history.notes.length);
    assert.strictEqual(count(body, /<svg class="chart/u), 3);
    const { followUps } = history.summary;
    const decided = followUps.done + followUps.cancelled + followUps.dropped + followUps.overdue;
    assert.ok(
      body.includes(
        `Follow-ups completed</div><div class="tile-value">${followUps.completionPercent}%</div><div class="tile-detail">${followUps.done} done of ${decided} decided`,
      ),
      'the tile shows the engine’s completion rate',
    );
    assert.ok(body.includes(`<div class="tile-value">${history.cadence.averageGapDays} d</div>`));
  });

  it('draws one stacked bar per month and a data table row for each', () => {
    const history = view(danaNotes).history;
    const months = history.followUpsByMonth.map((row) => row.month);
    assert.deepStrictEqual(months, ['2026-01', '2026-02', '2026-03']);
    const chart = body.slice(body.indexOf('Follow-ups by month'), body.indexOf('Days between 1:1s'));
    for (const name of ['January 2026', 'February 2026', 'March 2026']) {
      assert.match(chart, new RegExp(`<tr><th scope="row">${name}</th>`, 'u'));
    }
    // The January bar: one segment per kind, as the engine counted them.
    const january = history.followUpsByMonth[0];
    assert.ok(
      chart.includes(
        `aria-label="January 2026: ${january.done} done, ${january.open} open, ${january.dropped} dropped, ${january.overdue} overdue; carried over ${january.carried} times; ${january.completionPercent}% completed. Open the note."`,
      ),
    );
    assert.strictEqual(
      count(chart, /<rect class="s-/u),
      4 + 1,
      'January has four outcomes, March one (its carry is no segment), February none',
    );
  });

  it('counts each follow-up once per bar: a carried one is not counted again', () => {
    const history = view(danaNotes).history;
    const chart = body.slice(body.indexOf('Follow-ups by month'), body.indexOf('Days between 1:1s'));
    const january = history.followUpsByMonth[0];
    assert.ok(january.carried > 0 && january.open > 0, 'January has an item carried and still open');
    const outcomes = january.done + january.cancelled + january.open + january.dropped + january.overdue;
    // The value printed on top of the bar is the number of follow-ups in the table's outcome columns.
    const bar = chart.slice(chart.indexOf('aria-label="January 2026'));
    assert.match(bar, new RegExp(`<text class="value"[^>]*>${outcomes}</text>`, 'u'));
    assert.ok(!chart.includes('s-carried'), 'carries are not a segment of the bar');
    assert.match(chart, /<th scope="col" class="num">Carried over<\/th>/u);
  });

  it('says "one 1:1", never "1 1:1"', () => {
    assert.strictEqual(countOneOnOnes(1), 'one 1:1');
    assert.strictEqual(countOneOnOnes(3), '3 1:1s');
    assert.strictEqual(countOneOnOnes(0), '0 1:1s');
  });

  it('marks the gaps longer than the cadence and draws the cadence as a reference line', () => {
    const history = view(danaNotes).history;
    const chart = body.slice(body.indexOf('Days between 1:1s'), body.indexOf('Goals over time'));
    assert.strictEqual(count(chart, /class="gap-late"/u), history.cadence.gapsOverCadence.length);
    assert.strictEqual(
      count(chart, /class="gap-ok"/u),
      history.cadence.gaps.length - history.cadence.gapsOverCadence.length,
    );
    assert.strictEqual(
      count(chart, /class="gap-now-late"/u),
      1,
      '8 days since the last 1:1 on 2026-03-10: past the 7-day cadence',
    );
  });

  it('links every clickable point to a line of one of the notes', () => {
    const files = new Set(danaNotes.map((entry) => entry.file));
    const targets = [...body.matchAll(/data-file="([^"]*)" data-line="(\d+)"/gu)];
    assert.ok(targets.length > danaNotes.length);
    for (const [, file, line] of targets) {
      assert.ok(files.has(file ?? ''), `${file} is a note`);
      assert.ok(Number(line) >= 0);
    }
    assert.strictEqual(count(body, /tabindex="0"/u) > 0, true, 'chart points take keyboard focus');
  });

  it('shows note text as text, never as markup', () => {
    const hostile = note(
      'eve/2026-03-01.coach.md',
      { rep: 'Eve <img src=x onerror=alert(1)>', date: '2026-03-01' },
      '## Root cause',
      '<script>alert(1)</script> "quoted" & more',
      '',
      '## Agreed goals',
      '- [ ] <b onclick="steal">Bold</b> goal due:2026-03-05',
    );
    const html = renderHistoryBody(view([hostile]));
    assert.ok(!html.includes('<script>'));
    assert.ok(!html.includes('<img'));
    assert.ok(!html.includes('<b onclick'));
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &amp; more'));
    assert.ok(html.includes('&lt;b onclick=&quot;steal&quot;&gt;Bold&lt;/b&gt; goal'));
  });

  it('leaves private notes and sections out when asked to hide them, and says so', () => {
    const secret = note(
      'dana/2026-03-05.coach.md',
      { date: '2026-03-05', private: true },
      '## Root cause',
      'A private matter.',
    );
    const section = note(
      'dana/2026-03-06.coach.md',
      { date: '2026-03-06' },
      '## Career (private)',
      '- [ ] Talk about the promotion due:2026-03-07',
    );
    const shown = renderHistoryBody(view([...danaNotes, secret, section]));
    assert.match(shown, /Includes 1 private note and 1 private section/u);
    assert.match(shown, /A private matter\./u);
    const hidden = renderHistoryBody(view([...danaNotes, secret, section], true));
    assert.match(hidden, /Private content hidden: 1 private note and 1 private section/u);
    assert.doesNotMatch(hidden, /A private matter|promotion/u);
    assert.strictEqual(count(hidden, /data-note="/u), danaNotes.length + 1);
    assert.match(hidden, /aria-pressed="true">Show private</u);
  });

  it('renders a rep without notes as empty states', () => {
    const html = renderHistoryBody(view([note('x/undated.coach.md', { rep: 'Sam' }, '- [ ] Something')]));
    assert.match(html, /No follow-ups yet\./u);
    assert.match(html, /No 1:1s yet\./u);
    assert.match(html, /No goals agreed yet\./u);
    assert.match(html, /1 note without a valid date is not included\./u);
    assert.strictEqual(count(html, /data-note="/u), 0);
  });
});

describe('history chart helpers', () => {
  it('picks round axis maxima', () => {
    assert.deepStrictEqual(niceScale(0), { max: 1, step: 1 });
    assert.deepStrictEqual(niceScale(3), { max: 3, step: 1 });
    assert.deepStrictEqual(niceScale(8), { max: 8, step: 2 });
    assert.deepStrictEqual(niceScale(14), { max: 15, step: 5 });
    assert.deepStrictEqual(niceScale(93), { max: 100, step: 50 });
  });

  it('formats short dates and cuts long text at a word', () => {
    assert.strictEqual(shortDate('2026-11-09'), 'Nov 9');
    assert.strictEqual(truncate('Confirm the decision process on every deal', 20), 'Confirm the…');
    assert.strictEqual(truncate('short', 20), 'short');
    assert.strictEqual(
      escapeHtml(`<a href="x">'&'</a>`),
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });
});

describe('the days-between-1:1s chart axis', () => {
  // A 1:1 every week from July to December: 25 gaps, September's among them.
  const weekly = Array.from({ length: 26 }, (_, week) => {
    const date = new Date(Date.UTC(2026, 6, 6 + 7 * week)).toISOString().slice(0, 10);
    return note(`dana/${date}.coach.md`, { date }, '## Strengths', 'Prepared.');
  });
  const history = buildRepHistory(weekly, { today: '2026-12-30' });

  /** The axis labels under the bars, left to right: their centre and text. */
  function axisLabels(chart: string): { x: number; text: string }[] {
    return [
      ...chart.matchAll(/<text class="axis" x="([\d.]+)" y="(\d+)" text-anchor="middle">([^<]*)<\/text>/gu),
    ]
      .filter((match) => match[2] === String(250 - 40 + 15))
      .map((match) => ({ x: Number(match[1]), text: match[3] ?? '' }));
  }

  for (const language of ['en', 'es'] as const) {
    it(`never lets two dates touch (${language})`, () => {
      const words = messagesFor(language);
      const labels = axisLabels(cadenceChart(history, words));
      assert.ok(
        labels.length >= 6,
        `enough dates to read the axis: ${labels.map((label) => label.text).join(', ')}`,
      );
      assert.strictEqual(labels.at(-1)?.text, words.text('chart.cadence.now'), 'the last bar is "now"');
      if (language === 'es')
        assert.ok(
          labels.some((label) => label.text.includes('sept')),
          'September is among them',
        );
      for (let index = 1; index < labels.length; index++) {
        const [left, right] = [labels[index - 1], labels[index]];
        // Half of each label's width at 10.5px (at least 5.5 units a character), and a little air.
        const needed = ((left?.text.length ?? 0) + (right?.text.length ?? 0)) * 2.75 + 2;
        assert.ok(
          (right?.x ?? 0) - (left?.x ?? 0) >= needed,
          `"${left?.text}" and "${right?.text}" are ${((right?.x ?? 0) - (left?.x ?? 0)).toFixed(1)} apart`,
        );
      }
    });
  }
});

describe('history panel messages', () => {
  it('accepts the expected shapes only', () => {
    assert.deepStrictEqual(parsePanelMessage({ type: 'open', file: 'file:///a.coach.md', line: 3 }), {
      type: 'open',
      file: 'file:///a.coach.md',
      line: 3,
    });
    assert.deepStrictEqual(parsePanelMessage({ type: 'command', command: 'exportReport' }), {
      type: 'command',
      command: 'exportReport',
    });
    assert.deepStrictEqual(parsePanelMessage({ type: 'rendered', notes: 2, points: 5, charts: 3 }), {
      type: 'rendered',
      notes: 2,
      points: 5,
      charts: 3,
    });
    for (const bad of [
      null,
      'open',
      { type: 'open', file: 'file:///a', line: -1 },
      { type: 'open', file: 'file:///a', line: 1.5 },
      { type: 'open', file: 42, line: 1 },
      { type: 'open', file: '', line: 1 },
      { type: 'command', command: 'workbench.action.terminal.new' },
      { type: 'rendered', notes: '2', points: 5, charts: 3 },
      { type: 'eval', code: 'x' },
    ]) {
      assert.strictEqual(parsePanelMessage(bad), undefined, JSON.stringify(bad));
    }
  });
});

describe('export ranges and file names', () => {
  it('computes the preset ranges, today included', () => {
    assert.deepStrictEqual(lastDays('2026-11-22', 30), { from: '2026-10-24', to: '2026-11-22' });
    assert.deepStrictEqual(lastDays('2026-03-01', 90), { from: '2025-12-02', to: '2026-03-01' });
    assert.deepStrictEqual(sinceMonth('2026-10'), { from: '2026-10-01', to: null });
    assert.deepStrictEqual(recentMonths('2026-02-14', 4), ['2026-02', '2026-01', '2025-12', '2025-11']);
  });

  it('validates typed dates', () => {
    assert.strictEqual(dateProblem(' 2026-11-22 '), undefined);
    assert.strictEqual(dateProblem('2026-02-30'), 'Write a calendar date as YYYY-MM-DD.');
    assert.strictEqual(dateProblem('22/11/2026'), 'Write a calendar date as YYYY-MM-DD.');
    assert.strictEqual(
      dateProblem('2026-11-01', '2026-11-02'),
      'The end must be on or after the start (2026-11-02).',
    );
    assert.strictEqual(dateProblem('2026-11-02', '2026-11-02'), undefined);
  });

  it('names the files after the rep and the period', () => {
    assert.strictEqual(
      reportBaseName('Dana Whitfield', '2026-08-24', '2026-11-22'),
      'dana-whitfield-progress-2026-08-24-to-2026-11-22',
    );
    // The rep's part is repSlug, the one slug rule (see newNote.test.ts): never a path, and a name in
    // any script keeps its letters rather than every such rep's report being `rep-progress-…`.
    assert.strictEqual(
      reportBaseName('  Zoë  O’Brien-Núñez ', '2026-08-24', '2026-11-22'),
      'zoe-o-brien-nunez-progress-2026-08-24-to-2026-11-22',
    );
    assert.strictEqual(
      reportBaseName('../../etc/passwd', '2026-08-24', '2026-11-22'),
      'etc-passwd-progress-2026-08-24-to-2026-11-22',
    );
    assert.strictEqual(
      reportBaseName('李雷', '2026-08-24', '2026-11-22'),
      '李雷-progress-2026-08-24-to-2026-11-22',
    );
  });
});
