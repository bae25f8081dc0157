// The privacy matrix: every way of writing private content (the spec's markers, their misspellings
// and what a lead evidently means) through every output that may leave the machine. Each case hides
// its own secret word in a note; no shareable output may contain it. The outputs are produced as the
// product produces them: the engine and renderers the extension calls, the CLI through its entry
// function, on real files in a temp folder, and the note New 1:1 Note writes from the case's note.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../../src/cli/run';
import { planCarryOver } from '../../../src/core/newNote/carryOver';
import { buildRepHistory, type HistoryNoteInput } from '../../../src/core/history/history';
import { buildNewNote } from '../../../src/core/newNote/newNote';
import { NOTE_TYPES } from '../../../src/core/note/model';
import { parseNote } from '../../../src/core/note/parse';
import { isPrivateLine } from '../../../src/core/note/privacy';
import { renderItemsCsv, renderMarkdownReport } from '../../../src/core/history/report';
import { renderHistoryBody } from '../../../src/extension/history/historyPage';

const REP = 'Dana Whitfield';
const TODAY = '2026-11-22';

interface PrivacyCase {
  readonly name: string;
  /** The word that must not leave the machine; written in the case's private part only. */
  readonly secret: string;
  /** Front matter lines after `rep` and `date`. */
  readonly frontMatter?: readonly string[];
  /** The note's body; `SECRET` is replaced by the case's secret. */
  readonly body?: readonly string[];
  /** The whole note text instead (for front matter that is not even closed). */
  readonly text?: string;
  /** A private note's file name must not leave the machine either. */
  readonly secretInFileName?: boolean;
}

/** A shared body around a private note's content: everything in it is private by the front matter. */
const NOTE_BODY = [
  '## Root cause',
  'SECRET is why the numbers dropped.',
  '',
  '## Agreed goals',
  '- [ ] Talk to SECRET about the plan due:2026-11-30',
  '',
  '## Follow-ups',
  '- [ ] Call SECRET @coach due:2026-11-12',
  '  SECRET detail on the next line',
];

/** The front matter says private, in a way the spec defines or a lead evidently means. */
function privateNote(name: string, secret: string, ...frontMatter: string[]): PrivacyCase {
  return { name, secret, frontMatter, body: NOTE_BODY, secretInFileName: true };
}

/** A shared note with a private part: its heading and content, then shared sections after it. */
function privatePart(name: string, secret: string, ...part: string[]): PrivacyCase {
  return {
    name,
    secret,
    body: [
      '## Root cause',
      'Discovery stops at the technical fit.',
      '',
      ...part,
      '',
      '## Follow-ups',
      '- [ ] Send the shared one-pager @dana due:2026-11-28',
    ],
  };
}

const CASES: readonly PrivacyCase[] = [
  // The whole note, by its front matter.
  privateNote('private: true', 'Aardvark', 'private: true'),
  privateNote('private: True # comment', 'Bison', 'private: True # keep this to myself'),
  privateNote('private: yes', 'Caracal', 'private: yes'),
  privateNote('private: "true"', 'Dugong', 'private: "true"'),
  privateNote('private: 1', 'Echidna', 'private: 1'),
  privateNote('private: on', 'Fennec', 'private: on'),
  privateNote('Private: true', 'Gharial', 'Private: true'),
  privateNote('PRIVATE: Yes', 'Hoatzin', 'PRIVATE: Yes'),
  privateNote('private: (empty)', 'Ibex', 'private:'),
  privateNote('an unclosed quote before private: true', 'Jacana', 'coach: "Priya', 'private: true'),
  privateNote('bad indentation before private: true', 'Kinkajou', 'tags:', '  - a', ' - b', 'private: true'),
  privateNote('private: false, then private: true again', 'Lemur', 'private: false', 'private: true'),
  privateNote(
    'a broken line that loses the date, then private: true',
    'Margay',
    '  coach: x',
    'private: true',
  ),
  {
    name: 'front matter never closed, with private: true',
    secret: 'Numbat',
    text: ['---', `rep: ${REP}`, 'date: 2026-11-10', 'private: true', '', ...NOTE_BODY]
      .join('\n')
      .replace(/SECRET/gu, 'Numbat'),
    secretInFileName: true,
  },
  // A part of the note, by a heading.
  privatePart(
    '## Observations (private)',
    'Okapi',
    '## Observations (private)',
    'Okapi seemed tired.',
    '- [ ] Ask Okapi how she is',
  ),
  privatePart(
    '## Career (private)',
    'Pangolin',
    '## Career (private)',
    '- [ ] Introduce Dana to Pangolin @coach',
  ),
  privatePart('## Private notes', 'Quokka', '## Private notes', 'Quokka: divorce.', '- [ ] Quokka check-in'),
  privatePart(
    '### Notes (private) inside Follow-ups',
    'Rhea',
    '## Follow-ups',
    '- [ ] A shared follow-up @dana',
    '### Notes (private)',
    '- [ ] Rhea: ask about the leave @coach due:2026-11-12',
  ),
  privatePart(
    '### Private inside Root cause',
    'Saola',
    '## Root cause',
    'Shared cause.',
    '### Private',
    'Saola is going through a divorce.',
    '- [ ] Saola follow-up',
  ),
  privatePart('## Notas privadas (Spanish)', 'Tapir', '## Notas privadas', 'Tapir: su padre.', '- [ ] Tapir'),
  privatePart('## Observaciones (privado)', 'Uakari', '## Observaciones (privado)', '- [ ] Uakari'),
  privatePart(
    '### Privada inside Agreed goals',
    'Vicuna',
    '## Agreed goals',
    '- [ ] A shared goal due:2026-12-31',
    '### Privada',
    '- [ ] Vicuna goal due:2026-12-15',
  ),
  privatePart(
    '# Private (level 1) over several sections',
    'Wombat',
    '# Private',
    '## Root cause',
    'Wombat at home.',
    '## Agreed goals',
    '- [ ] Wombat goal',
    '## Follow-ups',
    '- [ ] Wombat follow-up',
    '# Back to the 1:1',
  ),
  privatePart('## PRIVATE', 'Xerus', '## PRIVATE', '- [ ] Xerus'),
  privatePart('## Strengths (Private):', 'Yapok', '## Strengths (Private):', 'Yapok handled the escalation.'),
  privatePart('setext heading Private notes', 'Zorilla', 'Private notes', '-------------', '- [ ] Zorilla'),
  privatePart(
    '#### Personal – private, deep in Agreed goals',
    'Agouti',
    '## Agreed goals',
    '#### Personal – private',
    '- [ ] Agouti goal',
  ),
  privatePart('## Root cause (private)', 'Binturong', '## Root cause (private)', 'Binturong is burnt out.'),
  privatePart('## Private: career', 'Coati', '## Private: career', '- [ ] Coati'),
  privatePart('## Feedback [private]', 'Dhole', '## Feedback [private]', '- [ ] Dhole'),
  privatePart('## Private ## (closing hashes)', 'Eland', '## Private ##', '- [ ] Eland'),
  privatePart('###### private (level 6)', 'Fossa', '###### private', '- [ ] Fossa'),
  privatePart('## *Private* notes (emphasis)', 'Gerenuk', '## *Private* notes', '- [ ] Gerenuk'),
  privatePart('setext level 1 Private', 'Hyrax', 'Private', '=======', '- [ ] Hyrax', '# After'),
  privatePart('### Datos privados', 'Indri', '## Follow-ups', '### Datos privados', '- [ ] Indri'),
  privatePart(
    'a private item’s continuation lines and sub-bullets',
    'Jerboa',
    '## Follow-ups',
    '### Notes (private)',
    '- [ ] Check in about the hospital schedule @coach',
    '  Jerboa is the reason, on the line below the item.',
    '  - and Jerboa in a sub-bullet',
  ),
  // The coaching frameworks' sections, marked private.
  privatePart(
    '## Resistance (private)',
    'Kudu',
    '## Resistance (private)',
    '- Their perception is incorrect: Kudu thinks the plan is a demotion',
  ),
  privatePart(
    '## Stakeholders (private), with a commitment',
    'Liger',
    '## Stakeholders (private)',
    '- Where we are: Liger went dark after the pricing call',
    '- [ ] Liger commits to the security review @cfo due:2026-11-30',
  ),
];

/** The outputs that may leave the machine, named as a user would name them. */
const OUTPUTS = [
  'Markdown report',
  'CSV',
  'history --markdown',
  'history --json',
  'history (terminal)',
  'history panel with Hide private',
  'new note after carry-over',
] as const;

type Output = (typeof OUTPUTS)[number];

const BASELINE = [
  '---',
  `rep: ${REP}`,
  'date: 2026-11-03',
  '---',
  '## Root cause',
  'Demos before discovery.',
  '## Follow-ups',
  '- [x] Share the demo recording @dana due:2026-11-05',
].join('\n');

async function cli(root: string, ...argv: string[]): Promise<string> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['history', REP, root, '--today', TODAY, ...argv], {
    cwd: root,
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text) },
    env: {},
  });
  assert.strictEqual(code, 0, stderr);
  return stdout;
}

function caseText(privacyCase: PrivacyCase): string {
  if (privacyCase.text !== undefined) return privacyCase.text;
  const body = (privacyCase.body ?? []).map((line) => line.replace(/SECRET/gu, privacyCase.secret));
  return ['---', `rep: ${REP}`, 'date: 2026-11-10', ...(privacyCase.frontMatter ?? []), '---', ...body].join(
    '\n',
  );
}

/** Every output for one case, from its note, a shared note before it and the note carried from it. */
async function outputsOf(privacyCase: PrivacyCase, root: string): Promise<Map<Output, string>> {
  const text = caseText(privacyCase);
  const caseFile = `dana/2026-11-10${privacyCase.secretInFileName ? `-${privacyCase.secret}` : ''}.coach.md`;
  const carried = planCarryOver(parseNote(text), text);
  const newNote = buildNewNote({ rep: REP, date: '2026-11-17', carried }).text;
  const files: [string, string][] = [
    ['dana/2026-11-03.coach.md', BASELINE],
    [caseFile, text],
    ['dana/2026-11-17.coach.md', newNote],
  ];
  for (const [file, content] of files) {
    fs.mkdirSync(path.join(root, path.dirname(file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), content);
  }
  const entries: HistoryNoteInput[] = files.map(([file, content]) => ({ file, note: parseNote(content) }));
  const shared = buildRepHistory(entries, { today: TODAY, forSharing: true, rep: REP });
  const parsedNew = parseNote(newNote);
  const sharedLinesOfNewNote = newNote
    .split('\n')
    .filter((_, line) => !isPrivateLine(parsedNew, line))
    .join('\n');
  return new Map<Output, string>([
    ['Markdown report', renderMarkdownReport(shared)],
    ['CSV', renderItemsCsv(shared)],
    ['history --markdown', await cli(root, '--markdown')],
    ['history --json', await cli(root, '--json')],
    ['history (terminal)', await cli(root)],
    [
      'history panel with Hide private',
      renderHistoryBody({ history: shared, repName: REP, team: null, role: null, hidePrivate: true }),
    ],
    ['new note after carry-over', sharedLinesOfNewNote],
  ]);
}

describe('privacy matrix: no private content in any shareable output', () => {
  let root = '';
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'coaching-privacy-'));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it(`covers ${CASES.length} ways of writing private content × ${OUTPUTS.length} outputs, each with its own secret`, () => {
    assert.ok(CASES.length >= 25);
    const secrets = CASES.map((privacyCase) => privacyCase.secret.toLowerCase());
    assert.strictEqual(new Set(secrets).size, secrets.length, 'one secret per case');
    for (const secret of secrets) {
      assert.ok(!secrets.some((other) => other !== secret && other.includes(secret)), secret);
      assert.ok(!BASELINE.toLowerCase().includes(secret), secret);
    }
  });

  for (const privacyCase of CASES) {
    it(privacyCase.name, async () => {
      const text = caseText(privacyCase);
      const secret = privacyCase.secret;
      assert.ok(text.includes(secret), 'the case hides its secret in the note');
      // The coach's own view (the history as the coach sees it, or what carry-over takes along)
      // shows the secret: what the shareable outputs leave out is there to leave out.
      const parsed = parseNote(text);
      const ownView =
        JSON.stringify(buildRepHistory([{ file: 'own.coach.md', note: parsed }], { today: TODAY })) +
        JSON.stringify(planCarryOver(parsed, text));
      assert.ok(ownView.includes(secret), 'the coach’s own view shows the secret');
      const outputs = await outputsOf(privacyCase, root);
      const leaks = [...outputs].filter(([, output]) => output.toLowerCase().includes(secret.toLowerCase()));
      assert.deepStrictEqual(
        leaks.map(([name]) => name),
        [],
        `${secret} leaked:\n${leaks.map(([name, output]) => `--- ${name}\n${output}`).join('\n')}`,
      );
      const report = outputs.get('Markdown report') ?? '';
      assert.match(report, /Left out for privacy: /u, 'the footer says that something was left out');
      assert.ok(!report.includes('Nothing in this period is marked private'));
    });
  }
});

/**
 * Workspace templates that put the carried items in unusual places: none at all, under a private
 * heading, in a blockquote or a code fence (where they would stop being items), after a private
 * level-1 heading. Each either keeps every private item private or is refused for the built-in one.
 */
const FRONT = ['---', 'rep: {{rep}}', 'date: {{date}}', 'type: {{type}}', '---', ''];
const AWKWARD_TEMPLATES: Readonly<Record<string, string>> = {
  'no carried placeholders': [...FRONT, '# {{rep}}', '', '## Check-in', '', '{{cursor}}'].join('\n'),
  'goals under a private heading': [
    ...FRONT,
    '## Agreed goals (private)',
    '',
    '{{carried.goals}}',
    '',
    '## Follow-ups',
    '',
    '{{carried.followUps}}',
  ].join('\n'),
  'follow-ups in a blockquote': [...FRONT, '## Follow-ups', '', '> {{carried.followUps}}'].join('\n'),
  'follow-ups in an open code fence': [...FRONT, '## Follow-ups', '', '```', '{{carried.followUps}}'].join(
    '\n',
  ),
  'a shared section after the placeholders': [
    ...FRONT,
    '## Agreed goals',
    '{{carried.goals}}',
    '## Follow-ups',
    '{{carried.followUps}}',
    '## Stakeholders',
    '',
    '## Resistance',
  ].join('\n'),
  'a private level-1 heading at the end': [
    ...FRONT,
    '## Follow-ups',
    '{{carried.followUps}}',
    '# Private notes',
    '',
  ].join('\n'),
};

describe('privacy matrix: every template keeps private carried items private', () => {
  const templates: [string, NewNoteTemplate][] = [
    ...NOTE_TYPES.map((type): [string, NewNoteTemplate] => [`built-in ${type}`, { type, template: null }]),
    ...Object.entries(AWKWARD_TEMPLATES).map(([name, template]): [string, NewNoteTemplate] => [
      `workspace: ${name}`,
      { type: 'weekly', template },
    ]),
  ];
  for (const [templateName, { type, template }] of templates) {
    it(`${templateName}: ${CASES.length} cases, no secret in the new note's shared lines, no item lost`, () => {
      for (const privacyCase of CASES) {
        const text = caseText(privacyCase);
        const plan = planCarryOver(parseNote(text), text);
        const built = buildNewNote({ rep: REP, date: '2026-11-17', type, template, carried: plan });
        const parsed = parseNote(built.text);
        const shared = built.text
          .split('\n')
          .filter((_, line) => !isPrivateLine(parsed, line))
          .join('\n');
        assert.ok(
          !shared.toLowerCase().includes(privacyCase.secret.toLowerCase()),
          `${privacyCase.name}: ${privacyCase.secret} is in a shared line of\n${built.text}`,
        );
        const open = parsed.items.filter((item) => item.status === 'open').length;
        assert.strictEqual(
          open,
          plan.edits.length,
          `${privacyCase.name}: every carried item is an open item`,
        );
      }
    });
  }
});

interface NewNoteTemplate {
  readonly type: (typeof NOTE_TYPES)[number];
  readonly template: string | null;
}
