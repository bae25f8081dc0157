// Nothing from a note reaches out: the Markdown Coaching Notes writes (the prep brief shown in VS
// Code's Markdown preview, the shared report) is rendered here with markdown-it, the engine of that
// preview, with its options (raw HTML allowed, bare links linkified), and must load no image, hold
// no command link and turn no note text into a link.
import * as assert from 'assert';
import MarkdownIt from 'markdown-it';
import { renderPrepBrief } from '../../../../src/core/history/brief';
import { buildRepHistory } from '../../../../src/core/history/history';
import { quoteMarkdown, withoutCommandLinks, withoutImages } from '../../../../src/core/history/markdownText';
import { renderItemsCsv, renderMarkdownReport } from '../../../../src/core/history/report';
import { note } from './historyFixtures';

const preview = new MarkdownIt({ html: true, linkify: true, typographer: true });

const HOSTILE_MARKDOWN = [
  '![pixel](https://tracker.example/open.png?rep=dana)',
  '<img src="https://tracker.example/raw.png">',
  '![reference][logo] and [logo]: https://tracker.example/ref.png',
  '',
  '[logo]: https://tracker.example/ref.png',
  '',
  '[![nested](https://tracker.example/nested.png)](https://example.com)',
  '\\\\![after an escaped backslash](https://tracker.example/backslash.png)',
  '<https://tracker.example/autolink>',
  '[Open a terminal](command:workbench.action.terminal.new)',
  '<a href="command:workbench.action.terminal.new">raw command</a>',
];

const hostile = note(
  'dana/2026-11-16.coach.md',
  { date: '2026-11-16' },
  '## Root cause',
  ...HOSTILE_MARKDOWN,
  '',
  '## Strengths',
  '![strength](https://tracker.example/strength.png)',
  '',
  '## Pipeline',
  '![pipeline](https://tracker.example/pipeline.png)',
  '',
  '## Agreed goals',
  '- [ ] Read [the plan](https://phish.example/plan) ![x](https://tracker.example/goal.png) due:2026-11-30',
  '',
  '## Follow-ups',
  '- [ ] Click [here](command:workbench.action.terminal.new) @dana due:2026-11-18',
);

function assertLoadsNothing(html: string, what: string): void {
  assert.ok(!/<img/iu.test(html), `${what} shows an image:\n${html}`);
  assert.ok(!/href="command:/iu.test(html), `${what} holds a command link:\n${html}`);
  assert.ok(
    !/<a [^>]*>(?:the plan|here|Open a terminal|raw command)<\/a>/iu.test(html),
    `${what}: a link from a note`,
  );
}

describe('nothing from a note reaches out', () => {
  it('the prep brief, as the Markdown preview renders it, loads no image and holds no command link', () => {
    const history = buildRepHistory([hostile], { today: '2026-11-22' });
    const markdown = renderPrepBrief({
      history,
      repName: 'Dana ![x](https://tracker.example/name.png)',
      team: '[Team](command:x)',
      latestNote: hostile.note,
      link: (file, line) => `/${file}#L${line + 1}`,
    });
    // The hostile text is shown (as text), so this test sees it pass through the brief.
    assert.ok(markdown.includes('tracker.example/open.png'));
    assertLoadsNothing(preview.render(markdown), 'the brief');
  });

  it('the shared report escapes link and image syntax in its tables and quotes', () => {
    const shared = buildRepHistory([hostile], { today: '2026-11-22', forSharing: true });
    const markdown = renderMarkdownReport(shared);
    assert.ok(markdown.includes('phish.example/plan'), 'the item text is in the report');
    assert.ok(markdown.includes('tracker.example/open.png'), 'the root cause is in the report');
    assertLoadsNothing(preview.render(markdown), 'the report');
    // The CSV is data, not Markdown, but a spreadsheet must not run a formula from it either.
    assert.ok(!/^[=+\-@]/mu.test(renderItemsCsv(shared).split('\r\n').join('\n')));
  });

  it('turns every image into a plain link, whatever escapes surround it', () => {
    assert.strictEqual(withoutImages('![a](b)'), '\\![a](b)');
    assert.strictEqual(withoutImages('\\![a](b)'), '\\![a](b)', 'already escaped: left alone');
    assert.strictEqual(withoutImages('\\\\![a](b)'), '\\\\\\![a](b)');
    assert.strictEqual(withoutImages('x ![a] ![b](c) !'), 'x \\![a] \\![b](c) !');
    for (const line of HOSTILE_MARKDOWN) {
      assert.ok(!/<img/iu.test(preview.render(quoteMarkdown(line).join('\n'))), line);
    }
  });

  it('keeps web links in quoted notes and turns links to editor commands into text', () => {
    assert.strictEqual(
      withoutCommandLinks('[a](command:x) [b](https://e)'),
      '[a]\\(command:x) [b](https://e)',
    );
    assert.strictEqual(withoutCommandLinks('[c]( VSCode://file/x)'), '[c]\\( VSCode://file/x)');
    assert.strictEqual(withoutCommandLinks('[r]: command:x'), '\\[r]: command:x');
    const html = preview.render(
      quoteMarkdown('See [the deal](https://crm.example/42) and [x](command:y)').join('\n'),
    );
    assert.match(html, /<a href="https:\/\/crm.example\/42">the deal<\/a>/u);
    assert.ok(!html.includes('href="command:'), html);
  });
});
