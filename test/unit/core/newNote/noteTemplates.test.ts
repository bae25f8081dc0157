// Note templates per meeting type: the built-in ones, a workspace's own with placeholders, the
// diagnostics of a broken one (and the fallback to the built-in template), the default type, the
// frameworks' sections and snippets, and what the brief says about them.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { renderPrepBrief } from '../../../../src/core/history/brief';
import { planCarryOver } from '../../../../src/core/newNote/carryOver';
import { buildRepHistory } from '../../../../src/core/history/history';
import { NOTE_TYPES, type NoteType } from '../../../../src/core/note/model';
import { buildNewNote } from '../../../../src/core/newNote/newNote';
import { FRAMEWORKS } from '../../../../src/core/newNote/frameworks';
import { placeholdersIn } from '../../../../src/core/newNote/placeholders';
import {
  builtInTemplate,
  checkTemplate,
  defaultNoteType,
  loadTemplateFile,
  templateTypeOf,
} from '../../../../src/core/newNote/templates';
import { parseNote } from '../../../../src/core/note/parse';
import { isPrivateItem } from '../../../../src/core/note/privacy';
import { parseRoster } from '../../../../src/core/reps/roster';
import { recogniseHeading } from '../../../../src/core/note/sections';
import { SyncNoteFiles } from '../../../../src/node/nodeFiles';

const FRONT = [
  '---',
  'rep: {{rep}}',
  'date: {{date}}',
  'type: {{type}}',
  'coach: {{coach}}',
  'next: {{next}}',
  '---',
];

const PREVIOUS = [
  '---',
  'rep: Dana Whitfield',
  'date: 2026-11-15',
  '---',
  '## Agreed goals',
  '- [ ] Run discovery on 6 of 6 first calls @dana due:2026-12-31',
  '- [x] Rebuild the demo',
  '## Follow-ups',
  '- [ ] Send the one-pager @priya due:2026-11-19',
  '### Notes (private)',
  '- [ ] Ask about the leave @priya',
  '',
].join('\n');

function carriedFromPrevious() {
  return planCarryOver(parseNote(PREVIOUS), PREVIOUS);
}

/** One-based line numbers and messages of a template's problems of one severity. */
function problems(text: string, type: NoteType = 'weekly', severity = 'error'): string[] {
  return checkTemplate(text, type)
    .filter((diagnostic) => diagnostic.severity === severity)
    .map((diagnostic) => `${diagnostic.range.start.line + 1}: ${diagnostic.message}`);
}

describe('note templates: built in', () => {
  for (const type of NOTE_TYPES) {
    it(`${type}: a sound template that makes a note of that type, read without a diagnostic`, () => {
      assert.deepStrictEqual(checkTemplate(builtInTemplate(type), type), []);
      const built = buildNewNote({ rep: 'Dana Whitfield', date: '2026-11-22', type, next: '2026-11-29' });
      assert.strictEqual(built.template, 'built-in');
      const note = parseNote(built.text);
      assert.deepStrictEqual(note.diagnostics, []);
      assert.strictEqual(note.frontMatter.type, type);
      assert.strictEqual(note.frontMatter.rep, 'Dana Whitfield');
      const kinds = note.sections.map((section) => section.kind);
      assert.deepStrictEqual(kinds.slice(-2), ['agreed-goals', 'follow-ups']);
      // The cursor is on the empty line under the first section's heading.
      const lines = built.text.split('\n');
      assert.strictEqual(lines[built.cursor.line], '');
      assert.strictEqual(built.cursor.line, note.sections[0].headingLine + 2);
      assert.ok(!built.text.includes('{{'), 'no placeholder is left');
    });
  }

  it('gives each meeting type the framework sections it needs', () => {
    const kinds = (type: NoteType) =>
      parseNote(buildNewNote({ rep: 'D', date: '2026-11-22', type }).text).sections.map((s) => s.kind);
    assert.ok(kinds('pip').includes('check-in'));
    assert.ok(kinds('pipeline-review').includes('selling-blockers'));
    assert.ok(kinds('pipeline-review').includes('resistance'));
    assert.ok(kinds('stakeholder').includes('stakeholders'));
    assert.ok(kinds('onboarding').includes('check-in'));
    assert.deepStrictEqual(kinds('weekly'), ['root-cause', 'strengths', 'agreed-goals', 'follow-ups']);
  });

  for (const type of NOTE_TYPES) {
    it(`${type}: carries every open item over, the private one under its private heading`, () => {
      const built = buildNewNote({
        rep: 'Dana Whitfield',
        date: '2026-11-22',
        type,
        carried: carriedFromPrevious(),
      });
      const note = parseNote(built.text);
      const open = note.items.filter((item) => item.status === 'open');
      assert.deepStrictEqual(
        open.map((item) => [item.kind, isPrivateItem(note, item)]),
        [
          ['goal', false],
          ['follow-up', false],
          ['follow-up', true],
        ],
      );
    });
  }
});

describe('note templates: a workspace template', () => {
  const template = [
    ...FRONT.slice(0, -1),
    'tags: [plan]',
    '---',
    '',
    '# Plan review: {{ rep }} on {{date}}',
    '',
    '## Check-in',
    '',
    'Next time: {{next}}. {{cursor}}',
    '',
    '## Goals we keep',
    '',
    '{{carried.goals}}',
    '',
    '## Follow-ups',
    '',
    '{{carried.followUps}}',
  ].join('\n');

  it('fills the placeholders: YAML-safe in the front matter, as written in the body', () => {
    const rep = 'Dana: "the closer" #1';
    const built = buildNewNote({ rep, date: '2026-11-22', type: 'pip', next: '2026-11-29', template });
    assert.strictEqual(built.template, 'workspace');
    const note = parseNote(built.text);
    assert.deepStrictEqual(note.diagnostics, []);
    assert.strictEqual(note.frontMatter.rep, rep);
    assert.strictEqual(note.frontMatter.type, 'pip');
    assert.deepStrictEqual(note.frontMatter.tags, ['plan']);
    assert.strictEqual(note.frontMatter.coach, null, 'a key whose value is unknown is left out');
    const lines = built.text.split('\n');
    assert.ok(lines.includes(`# Plan review: ${rep} on 2026-11-22`));
    assert.strictEqual(lines[built.cursor.line], 'Next time: 2026-11-29. ');
    assert.strictEqual(built.cursor.character, 'Next time: 2026-11-29. '.length);
  });

  it('puts the carried items at its placeholders, the private ones still private', () => {
    const built = buildNewNote({
      rep: 'Dana Whitfield',
      date: '2026-11-22',
      type: 'pip',
      template,
      carried: carriedFromPrevious(),
    });
    assert.strictEqual(built.template, 'workspace');
    const note = parseNote(built.text);
    const sectionOf = (text: string) => {
      const item = note.items.find((candidate) => candidate.text.startsWith(text));
      assert.ok(item, text);
      return [note.sections[item.section].heading, isPrivateItem(note, item)];
    };
    assert.deepStrictEqual(sectionOf('Run discovery'), ['Goals we keep', false]);
    assert.deepStrictEqual(sectionOf('Send the one-pager'), ['Follow-ups', false]);
    assert.deepStrictEqual(sectionOf('Ask about the leave'), ['Follow-ups', true]);
  });

  it('without carried placeholders, adds the sections the carried items need at the end', () => {
    const bare = [...FRONT, '', '# {{rep}}', '', '## Check-in', ''].join('\n');
    assert.deepStrictEqual(problems(bare), []);
    assert.strictEqual(problems(bare, 'weekly', 'info').length, 2, 'a hint for each missing placeholder');
    const built = buildNewNote({
      rep: 'Dana Whitfield',
      date: '2026-11-22',
      template: bare,
      carried: carriedFromPrevious(),
    });
    assert.strictEqual(built.template, 'workspace');
    const note = parseNote(built.text);
    assert.deepStrictEqual(
      note.sections.map((section) => section.kind),
      ['check-in', 'agreed-goals', 'follow-ups'],
    );
    assert.strictEqual(note.items.filter((item) => item.status === 'open').length, 3);
    assert.ok(
      isPrivateItem(
        note,
        note.items.find((item) => item.text.startsWith('Ask about'))!,
      ),
    );
  });

  it('is refused when it would turn carried items into something else: the built-in one is used', () => {
    const fenced = [...FRONT, '', '## Follow-ups', '', '```', '{{carried.followUps}}', '```'].join('\n');
    const built = buildNewNote({
      rep: 'Dana Whitfield',
      date: '2026-11-22',
      template: fenced,
      carried: carriedFromPrevious(),
    });
    assert.strictEqual(built.template, 'built-in');
    assert.strictEqual(parseNote(built.text).items.filter((item) => item.status === 'open').length, 3);
  });
});

describe('note templates: diagnostics', () => {
  const body = ['', '## Agreed goals', '{{carried.goals}}', '## Follow-ups', '{{carried.followUps}}'];

  it('names an unknown placeholder on its line, and the note falls back to the built-in template', () => {
    const text = [...FRONT, '', '# Meeting with {{rep}} about {{deal}}', ...body].join('\n');
    assert.deepStrictEqual(problems(text), [
      '9: Unknown placeholder `{{deal}}`: use one of {{rep}}, {{date}}, {{next}}, {{coach}}, {{type}}, {{cursor}}, {{carried.goals}}, {{carried.followUps}}.',
    ]);
    const [diagnostic] = checkTemplate(text, 'weekly');
    assert.deepStrictEqual(diagnostic.range, {
      start: { line: 8, character: 29 },
      end: { line: 8, character: 37 },
    });
    const built = buildNewNote({ rep: 'Dana', date: '2026-11-22', template: text });
    assert.strictEqual(built.template, 'built-in');
    assert.ok(!built.text.includes('{{'));
  });

  it('reports broken placeholders: unclosed, not alone on a line, twice, in the front matter', () => {
    const text = [
      '---',
      'rep: {{rep}}',
      'date: {{date}}',
      'note: {{carried.goals}}',
      'cursor: {{cursor}}',
      '---',
      '# {{rep',
      'Goals: {{carried.goals}}',
      '{{carried.followUps}}',
      '{{carried.followUps}}',
    ].join('\n');
    assert.deepStrictEqual(problems(text), [
      '4: `{{carried.goals}}` must stand alone on its line.',
      "5: `{{cursor}}` belongs in the note's body, not in its front matter.",
      '7: `{{` is not closed with `}}` on this line.',
      '8: `{{carried.goals}}` must stand alone on its line.',
      '10: `{{carried.followUps}}` is already on line 9: the items go in one place.',
    ]);
  });

  it('reports front matter that would not make a readable note, on its line', () => {
    const text = ['---', 'rep: {{rep}}', 'date: {{date}}', 'tags: [a, b', '---', ...body].join('\n');
    const found = problems(text);
    assert.strictEqual(found.length >= 1, true, found.join('\n'));
    assert.ok(
      found.every((line) => line.startsWith('4: ') || line.startsWith('5: ')),
      found.join('\n'),
    );
    assert.match(found[0], /broken note/u);
    const noRep = ['---', 'date: {{date}}', '---', ...body].join('\n');
    assert.ok(
      problems(noRep).some((line) => line.includes('`rep: {{rep}}`')),
      problems(noRep).join('\n'),
    );
    assert.ok(problems('# no front matter at all').length > 0);
  });

  it('warns when a template writes another type than its file name says', () => {
    const text = ['---', 'rep: {{rep}}', 'date: {{date}}', 'type: weekly', '---', ...body].join('\n');
    assert.deepStrictEqual(problems(text, 'pip', 'warning'), [
      '4: This template is for `pip` notes but writes `type: weekly`; `type: {{type}}` writes the chosen type.',
    ]);
    assert.deepStrictEqual(problems(text, 'weekly', 'warning'), []);
  });

  it('refuses a template larger than 64 KiB', () => {
    assert.strictEqual(problems('x'.repeat(64 * 1024 + 1)).length, 1);
  });

  it('reads a template through the file port: missing is null, not UTF-8 is a diagnostic', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'coaching-templates-'));
    try {
      const source = new SyncNoteFiles();
      assert.strictEqual(await loadTemplateFile(source, path.join(root, 'pip.coach.md')), null);
      fs.writeFileSync(path.join(root, 'pip.coach.md'), builtInTemplate('pip'));
      assert.deepStrictEqual(await loadTemplateFile(source, path.join(root, 'pip.coach.md')), {
        text: builtInTemplate('pip'),
      });
      fs.writeFileSync(path.join(root, 'bad.coach.md'), Buffer.from([0xff, 0xfe, 0x00]));
      const bad = await loadTemplateFile(source, path.join(root, 'bad.coach.md'));
      assert.ok(bad !== null && 'diagnostic' in bad && bad.diagnostic.code === 'not-utf8');
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('finds placeholders with their columns, and an unclosed one', () => {
    assert.deepStrictEqual(placeholdersIn('a {{ rep }} b {{x'), {
      placeholders: [{ name: 'rep', start: 2, end: 11 }],
      unclosed: 14,
    });
  });

  it('knows a template file by its meeting type', () => {
    assert.strictEqual(templateTypeOf('pip.coach.md'), 'pip');
    assert.strictEqual(templateTypeOf('pipeline-review.coach.md'), 'pipeline-review');
    assert.strictEqual(templateTypeOf('quarterly.coach.md'), null);
  });
});

describe('note templates: the default type', () => {
  it("is the roster's type, else the latest note's, else weekly", () => {
    assert.strictEqual(defaultNoteType('pip', 'weekly'), 'pip');
    assert.strictEqual(defaultNoteType(null, 'stakeholder'), 'stakeholder');
    assert.strictEqual(defaultNoteType(undefined, null), 'weekly');
  });

  it('reads a per-rep type from the roster, and warns about an unknown one', () => {
    const roster = parseRoster(
      ['- name: Dana Whitfield', '  type: pip', '- name: Lena Okafor', '  type: quarterly'].join('\n'),
    );
    assert.strictEqual(roster.entries[0].type, 'pip');
    assert.strictEqual(roster.entries[1].type, undefined);
    assert.deepStrictEqual(
      roster.diagnostics.map((diagnostic) => [diagnostic.range.start.line + 1, diagnostic.severity]),
      [[4, 'warning']],
    );
  });
});

describe('coaching frameworks', () => {
  it('each has a recognised section, two lines of help and a snippet that fits in its section', () => {
    for (const framework of FRAMEWORKS) {
      assert.strictEqual(recogniseHeading(framework.heading).kind, framework.kind);
      assert.strictEqual(recogniseHeading(`${framework.heading} (private)`).kind, framework.kind);
      assert.strictEqual(framework.help.length, 2);
      // The snippet with its placeholders' default text, in its section: no diagnostic.
      const expanded = framework.snippet.map((line) =>
        line
          .replace(/\$\{\d+\|([^,|]*)[^}]*\}/gu, '$1')
          .replace(/\$CURRENT_YEAR-\$CURRENT_MONTH-\$CURRENT_DATE/gu, '2026-11-22')
          .replace(/\$\{\d+:([^}]*)\}/gu, '$1'),
      );
      const note = parseNote(
        ['---', 'rep: Dana', 'date: 2026-11-22', '---', `## ${framework.heading}`, ...expanded].join('\n'),
      );
      assert.deepStrictEqual(note.diagnostics, [], framework.kind);
      assert.ok(
        expanded.every((line) => !line.includes('$')),
        expanded.join('\n'),
      );
    }
  });
});

describe('the brief and the frameworks', () => {
  it('shows the last resistance noted and the open stakeholder commitments', () => {
    const file = (name: string, text: string) => ({ file: name, note: parseNote(text) });
    const history = buildRepHistory(
      [
        file(
          'dana/2026-11-08.coach.md',
          [
            '---',
            'rep: Dana',
            'date: 2026-11-08',
            '---',
            '## Resistance',
            'The CFO thinks the rollout is too slow.',
          ].join('\n'),
        ),
        file(
          'dana/2026-11-15.coach.md',
          [
            '---',
            'rep: Dana',
            'date: 2026-11-15',
            '---',
            '## Resistance',
            'Their perception is incomplete: they have not seen the pilot numbers.',
            '',
            '## Stakeholders',
            '- [ ] Marta commits to the security review @marta due:2026-11-30',
            '- [x] Legal sends the redlines @legal',
            '',
            '## Follow-ups',
            '- [ ] Send the recap @dana',
          ].join('\n'),
        ),
      ],
      { today: '2026-11-22' },
    );
    const markdown = renderPrepBrief({
      history,
      repName: 'Dana',
      link: (name, line) => `${name}#L${line + 1}`,
    });
    const after = (heading: string) => markdown.slice(markdown.indexOf(heading)).split('\n## ')[0];
    assert.match(after('## Last resistance noted'), /pilot numbers/u);
    assert.doesNotMatch(after('## Last resistance noted'), /too slow/u);
    const commitments = after('## Open stakeholder commitments (1)');
    assert.match(commitments, /Marta commits to the security review/u);
    assert.doesNotMatch(commitments, /Send the recap|redlines/u);
  });
});
