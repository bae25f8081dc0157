import * as assert from 'assert';
import { buildTeamOverview } from '../../../src/core/team/teamOverview';
import { parseTeamMessage } from '../../../src/extension/team/teamMessages';
import { renderTeamBody } from '../../../src/extension/team/teamPage';
import { note } from '../core/history/historyFixtures';

const TODAY = '2026-03-31';
const hostile = {
  key: '<img src=x>',
  name: '<img src=x onerror=alert(1)>',
  roster: null,
  entries: [
    note(
      'a.coach.md',
      { rep: 'x', date: '2026-03-20' },
      '## Root cause',
      'pricing <script>',
      '## Follow-ups',
      '- [ ] a due:2026-03-25',
    ),
  ],
};
const plain = {
  key: 'bo',
  name: 'Bo',
  roster: null,
  entries: [
    note(
      'b.coach.md',
      { rep: 'Bo', date: '2026-03-24', private: true },
      '## Follow-ups',
      '- [ ] Secret due:2026-03-26',
    ),
    note(
      'c.coach.md',
      { rep: 'Bo', date: '2026-03-17' },
      '## Root cause',
      'pricing again',
      '## Follow-ups',
      '- [x] ok',
    ),
  ],
};

describe('team overview page', () => {
  it('escapes every name and text, and has a data table beside each chart', () => {
    const html = renderTeamBody({
      overview: buildTeamOverview([hostile, plain], { today: TODAY }),
      weeks: 12,
      hidePrivate: false,
    });
    assert.ok(!html.includes('<img') && !html.includes('<script'), html);
    assert.strictEqual((html.match(/<svg class="chart"/gu) ?? []).length, 1);
    assert.strictEqual((html.match(/<table>/gu) ?? []).length, 2, 'the chart table and the themes table');
    assert.strictEqual((html.match(/<tr data-note=/gu) ?? []).length, 2);
    assert.match(html, /Includes 1 private note: use <strong>Hide private<\/strong>/u);
  });

  it('leaves private notes out of the page with Hide private', () => {
    const html = renderTeamBody({
      overview: buildTeamOverview([plain], { today: TODAY, forSharing: true }),
      weeks: 12,
      hidePrivate: true,
    });
    assert.ok(!html.includes('Secret'));
    assert.match(html, /Private content hidden: 1 private note left out/u);
    assert.match(html, /data-command="togglePrivate" class="secondary" aria-pressed="true">Show private/u);
  });
});

describe('team overview messages', () => {
  it('accepts the page buttons and refuses anything else', () => {
    assert.deepStrictEqual(parseTeamMessage({ type: 'command', command: 'period:26' }), {
      type: 'command',
      command: { kind: 'period', weeks: 26 },
    });
    assert.deepStrictEqual(parseTeamMessage({ type: 'command', command: 'team:' }), {
      type: 'command',
      command: { kind: 'team', team: null },
    });
    assert.deepStrictEqual(parseTeamMessage({ type: 'command', command: 'history:dana' }), {
      type: 'command',
      command: { kind: 'history', rep: 'dana' },
    });
    for (const bad of [
      { type: 'command', command: 'period:5' },
      { type: 'command', command: 'runShell' },
      { type: 'command', command: 'history:' },
      { type: 'command', command: 7 },
      { type: 'eval', code: 'x' },
      null,
    ]) {
      assert.strictEqual(parseTeamMessage(bad), undefined, JSON.stringify(bad));
    }
    assert.deepStrictEqual(parseTeamMessage({ type: 'ready' }), { type: 'ready' });
  });
});
