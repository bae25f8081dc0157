// The hostile corpus, made at test time in a temporary folder (never committed): mutations of the
// notes in examples/, YAML bombs, huge files and lines, pathological whitespace, link loops, links
// out of the folder and to devices, FIFOs, unreadable files, other encodings and odd file names.
// Each case is one folder that the probe (probe.ts) runs the engine and the CLI on.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import type { DiagnosticCode } from '../../src/core/note/model';

export interface Expectations {
  /** Codes that must each be reported for some file, by the engine and by `check --json`. */
  readonly codes?: readonly DiagnosticCode[];
  /** Every command says on stderr that something cannot be read, and `overdue` exits 2 (issue C6). */
  readonly cliCannotRead?: boolean;
  /** Exactly this many notes are found (links out of the folder are not followed; issue C1). */
  readonly notes?: number;
  /** Exactly this many open items across the notes. */
  readonly openItems?: number;
  /** The rep `history` is asked about (default: the first rep found). */
  readonly rep?: string;
  /** The CLI commands to run (default: all of CLI_COMMANDS); huge cases run the ones they attack. */
  readonly commands?: readonly CliCommand[];
  /**
   * Times the tier's limit this case may take: for the few inputs whose sheer size (200,000 items
   * parsed by the engine and again by each command) costs seconds on a loaded machine.
   */
  readonly limitFactor?: number;
  /** Also load a note cache of these notes tampered with 10k-deep nesting (issue B8). */
  readonly tamperedCache?: boolean;
}

export interface HostileCase {
  readonly name: string;
  /** What the case attacks, and the item of issue 9 that guards it when there is one. */
  readonly attacks: string;
  readonly root: string;
  /** Files (and links, FIFOs) made for the case. */
  readonly inputs: number;
  readonly expect: Expectations;
}

export const TODAY = '2026-11-22';

/** Each command the CLI has, in each output format; `history` is asked about the case's rep. */
export const CLI_COMMANDS = [
  'check',
  'check --json',
  'overdue',
  'overdue --json',
  'reps',
  'reps --json',
  'history',
  'history --json',
  'history --markdown',
] as const;
export type CliCommand = (typeof CLI_COMMANDS)[number];
const EXAMPLES = path.resolve(__dirname, '../../../examples');

/** A small, seeded pseudo-random generator (mulberry32): the same seed makes the same corpus. */
export function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A note; without a rep (null) it belongs to no rep's history. */
function note(
  rep: string | null,
  date: string,
  body: readonly string[],
  frontMatter: readonly string[] = [],
): string {
  const repLine = rep === null ? [] : [`rep: ${rep}`];
  return ['---', ...repLine, `date: ${date}`, ...frontMatter, '---', '', ...body, ''].join('\n');
}

const ONE_ITEM = ['## Follow-ups', '', '- [ ] Send the pricing to Acme @dana due:2026-11-18'];

function exampleNotes(): string[] {
  const files: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.coach.md')) files.push(full);
    }
  };
  walk(path.join(EXAMPLES, 'notes'));
  return files.sort();
}

// ---- mutations of the examples ------------------------------------------------------------------

const TOKENS = [
  '\u0000',
  '\u001b[31m',
  '\r',
  '\r\n',
  '\t',
  '\u2028',
  '\ufeff',
  '\u202e',
  '\u00a0',
  '```',
  '~~~',
  '<!--',
  '-->',
  '---',
  '...',
  '- [ ] ',
  '* [ ] ',
  '1. [ ] ',
  '[ ]',
  '[x]',
  '[?]',
  '[>]',
  'due:',
  'due:2026-13-45',
  'due:2026-11-200',
  '📅 2026-11-18',
  '[due:: 2026-11-18]',
  '@',
  '@dana',
  '#',
  '## ',
  '### ',
  '> ',
  '    ',
  '*',
  '(private)',
  'private: true',
  'rep: ',
  'date: ',
  '&a',
  '*a',
  '<<: *a',
  '{',
  '}',
  '[',
  ']',
  '"',
  "'",
  '|',
  '\\',
  ':',
  ': ',
  'é',
  '😀',
  '\ud800',
  '=== ',
  '- - -',
];

type Mutation = (lines: string[], random: () => number) => string[];

const pick = <T>(list: readonly T[], random: () => number): T => list[Math.floor(random() * list.length)];
const at = (lines: readonly string[], random: () => number): number => Math.floor(random() * lines.length);

const MUTATIONS: readonly Mutation[] = [
  (lines, random) => lines.filter((_, i) => i !== at(lines, random)),
  (lines, random) => {
    const i = at(lines, random);
    return [...lines.slice(0, i + 1), lines[i], ...lines.slice(i + 1)];
  },
  (lines, random) => {
    const i = at(lines, random);
    const copy = [...lines];
    if (i + 1 < copy.length) [copy[i], copy[i + 1]] = [copy[i + 1], copy[i]];
    return copy;
  },
  (lines, random) => {
    const i = at(lines, random);
    const line = lines[i];
    const column = Math.floor(random() * (line.length + 1));
    const copy = [...lines];
    copy[i] = line.slice(0, column) + pick(TOKENS, random) + line.slice(column);
    return copy;
  },
  (lines, random) => {
    const i = at(lines, random);
    return [...lines.slice(0, i), pick(TOKENS, random), ...lines.slice(i)];
  },
  (lines, random) => {
    const i = at(lines, random);
    const copy = [...lines];
    copy[i] = copy[i].slice(0, Math.floor(random() * (copy[i].length + 1)));
    return copy.slice(0, i + 1 + Math.floor(random() * (copy.length - i)));
  },
  (lines, random) =>
    lines.map((line) =>
      line.replace(/\[[ x\->]\]/u, () => `[${pick(['', ' ', 'X', '?', '  ', '\t'], random)}]`),
    ),
  (lines, random) => {
    const i = at(lines, random);
    const copy = [...lines];
    copy[i] = pick(['', ' ', '  ', '    ', '\t', ' \t'], random) + copy[i];
    return copy;
  },
];

/** One mutant of an example note: 1 to 4 mutations, then sometimes other line endings or bytes. */
export function mutate(text: string, random: () => number): Buffer {
  let lines = text.split('\n');
  const count = 1 + Math.floor(random() * 4);
  for (let i = 0; i < count && lines.length > 0; i++) lines = pick(MUTATIONS, random)(lines, random);
  const ending = random();
  const joined = lines.join(ending < 0.1 ? '\r\n' : ending < 0.15 ? '\r' : '\n');
  const bytes = Buffer.from(joined, 'utf8');
  if (random() < 0.05 && bytes.length > 0)
    bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
  return bytes;
}

// ---- the cases ----------------------------------------------------------------------------------

class CaseBuilder {
  private inputs = 0;

  constructor(readonly root: string) {
    fs.mkdirSync(root, { recursive: true });
  }

  file(name: string | Buffer, content: string | Buffer, mode?: number): void {
    const full =
      typeof name === 'string'
        ? path.join(this.root, name)
        : Buffer.concat([Buffer.from(this.root + '/'), name]);
    if (typeof name === 'string') fs.mkdirSync(path.dirname(full as string), { recursive: true });
    fs.writeFileSync(full, content);
    if (mode !== undefined) fs.chmodSync(full, mode);
    this.inputs++;
  }

  link(name: string, target: string): void {
    const full = path.join(this.root, name);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.symlinkSync(target, full);
    this.inputs++;
  }

  fifo(name: string): void {
    execFileSync('mkfifo', [path.join(this.root, name)]);
    this.inputs++;
  }

  done(name: string, attacks: string, expect: Expectations = {}): HostileCase {
    return { name, attacks, root: this.root, inputs: this.inputs, expect };
  }
}

const DANA = 'Dana Whitfield';

function billionLaughs(): string[] {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let level = 1; level < 9; level++) {
    const previous = String.fromCharCode(0x61 + level - 1);
    const name = String.fromCharCode(0x61 + level);
    lines.push(`${name}: &${name} [${Array.from({ length: 9 }, () => `*${previous}`).join(',')}]`);
  }
  return lines;
}

/** Every case, made under `base`. `seed` drives the mutations; `mutants` is how many to make. */
export function buildCorpus(base: string, seed: number, mutants: number): HostileCase[] {
  const cases: HostileCase[] = [];
  const make = (slug: string) => new CaseBuilder(path.join(base, slug));
  const examples = exampleNotes();

  {
    const c = make('examples');
    for (const file of examples) c.file(path.relative(EXAMPLES, file), fs.readFileSync(file));
    c.file('reps.yaml', fs.readFileSync(path.join(EXAMPLES, 'reps.yaml')));
    cases.push(
      c.done('examples as shipped', 'baseline: every example note and the roster', {
        notes: examples.length,
      }),
    );
  }

  const random = randomFrom(seed);
  const groups = 4;
  for (let group = 0; group < groups; group++) {
    const c = make(`mutants-${group}`);
    const count = Math.ceil(mutants / groups);
    for (let i = 0; i < count; i++) {
      const source = pick(examples, random);
      const name = `${path.basename(path.dirname(source))}-${String(group * count + i).padStart(4, '0')}.coach.md`;
      c.file(name, mutate(fs.readFileSync(source, 'utf8'), random));
    }
    cases.push(
      c.done(`mutants ${group + 1}/${groups} (seed ${seed})`, 'seeded mutations of the example notes'),
    );
  }

  {
    const c = make('yaml-billion-laughs');
    c.file('bomb.coach.md', note(DANA, '2026-11-17', ONE_ITEM, billionLaughs()));
    cases.push(
      c.done('YAML billion laughs', 'alias expansion in front matter', {
        codes: ['yaml-too-complex'],
        openItems: 1,
      }),
    );
  }
  {
    const c = make('yaml-deep-nesting');
    c.file(
      'flow.coach.md',
      note(DANA, '2026-11-17', ONE_ITEM, [`deep: ${'['.repeat(10000)}${']'.repeat(10000)}`]),
    );
    c.file(
      'map.coach.md',
      note(DANA, '2026-11-18', ONE_ITEM, [`deep: ${'{a: '.repeat(5000)}1${'}'.repeat(5000)}`]),
    );
    cases.push(
      c.done('YAML 10k-deep nesting', 'recursion in the YAML reader', {
        codes: ['yaml-too-complex'],
        openItems: 2,
      }),
    );
  }
  {
    const c = make('yaml-huge-keys');
    c.file('under.coach.md', note(DANA, '2026-11-17', ONE_ITEM, [`${'k'.repeat(60000)}: 1`]));
    c.file('over.coach.md', note(DANA, '2026-11-18', ONE_ITEM, [`${'k'.repeat(70000)}: 1`]));
    c.file('long-value.coach.md', note(DANA, '2026-11-19', ONE_ITEM, [`tags: [${'x,'.repeat(30000)}x]`]));
    cases.push(
      c.done('YAML huge keys', 'keys and values near and over 64 KiB', {
        codes: ['front-matter-too-large'],
        openItems: 3,
      }),
    );
  }
  {
    const c = make('yaml-proto');
    c.file(
      'proto.coach.md',
      note(DANA, '2026-11-17', ONE_ITEM, [
        '__proto__: {polluted: yes}',
        'constructor: {prototype: {polluted: yes}}',
      ]),
    );
    c.file(
      'proto-block.coach.md',
      note(DANA, '2026-11-18', ONE_ITEM, ['extra:', '  __proto__:', '    polluted: yes']),
    );
    cases.push(
      c.done('YAML __proto__ keys', 'prototype pollution through front matter', {
        codes: ['forbidden-key'],
        openItems: 2,
      }),
    );
  }
  {
    const c = make('file-6mb');
    const prose = 'The customer asked again about the discount and the timeline. '.repeat(100000);
    c.file('big.coach.md', note(DANA, '2026-11-17', ['## Root cause', '', prose, ...ONE_ITEM]));
    c.file('small.coach.md', note(DANA, '2026-11-18', ONE_ITEM));
    cases.push(
      c.done('6 MB note', 'a note over the 5 MB limit', { codes: ['file-too-large'], openItems: 1 }),
    );
  }
  {
    const c = make('file-20mb-line');
    c.file('line.coach.md', '- [ ] x '.repeat(20 * 1024 * 128));
    c.file('small.coach.md', note(DANA, '2026-11-18', ONE_ITEM));
    cases.push(c.done('20 MB single line', 'one line of 20 MB', { codes: ['file-too-large'], openItems: 1 }));
  }
  {
    const c = make('items-200k');
    // `[?]`: 200,000 items and as many diagnostics (an unknown box counts as open). No rep: a
    // history of 200,000 items is minutes of work under load by its sheer size (the 200k-line root
    // cause and the 20k-vs-20k cases cover history); this case is about the index and `check`.
    const items = Array.from({ length: 200000 }, () => '- [?] a');
    c.file('many.coach.md', note(null, '2026-11-17', ['## Follow-ups', '', ...items]));
    cases.push(
      c.done('200k items in one note', '200,000 items and diagnostics spread into a call (C5)', {
        codes: ['unknown-status'],
        openItems: 200000,
        commands: ['check'],
        limitFactor: 2,
      }),
    );
  }
  {
    const c = make('items-20k-bad-dates');
    const items = Array.from({ length: 20000 }, (_, i) => `- [ ] item ${i} due:2026-13-01`);
    c.file('dates.coach.md', note(null, '2026-11-17', ['## Follow-ups', '', ...items]));
    cases.push(
      c.done('20k items with bad dates', '20,000 diagnostics in one note (C5)', {
        codes: ['invalid-due'],
        openItems: 20000,
        commands: ['check', 'check --json'],
      }),
    );
  }
  {
    const c = make('root-cause-200k-lines');
    const cause = Array.from({ length: 200000 }, (_, i) => `Deal ${i} slipped.`);
    c.file('long.coach.md', note(DANA, '2026-11-17', ['## Root cause', '', ...cause, '', ...ONE_ITEM]));
    cases.push(
      c.done('200k-line root cause', 'history, Markdown report and brief of a huge section (C5)', {
        openItems: 1,
        rep: DANA,
        commands: ['check', 'history --markdown'],
      }),
    );
  }
  {
    const c = make('spaces-80k');
    const spaces = ' '.repeat(80000);
    c.file(
      'rep.coach.md',
      ['---', `rep:${spaces}Dana Whitfield${spaces}`, 'date: 2026-11-17', '---', ...ONE_ITEM, ''].join('\n'),
    );
    c.file(
      'items.coach.md',
      note(DANA, '2026-11-18', [
        '## Follow-ups',
        '',
        `- [ ] trailing spaces then a word${spaces}x`,
        `- [ ] spaces before the date${spaces}due:2026-11-01`,
        `-${' '.repeat(40000)}[ ] bullet then spaces`,
        `- [ ]${spaces}`,
        `${'> '.repeat(2000)}- [ ] deep quote`,
        `*${spaces}`,
        `- [ ] ${'@'.repeat(40000)} ${'due:'.repeat(20000)}`,
      ]),
    );
    cases.push(
      c.done('40-80k spaces in lines', 'super-linear regular expressions on note text (C3)', { rep: DANA }),
    );
  }
  {
    const c = make('history-20k-vs-20k');
    const texts = Array.from(
      { length: 20000 },
      (_, i) => `Call customer ${i} about the renewal of plan ${i % 97}`,
    );
    c.file(
      '2026-11-10.coach.md',
      note(DANA, '2026-11-10', ['## Follow-ups', '', ...texts.map((t) => `- [>] ${t}`)]),
    );
    c.file(
      '2026-11-17.coach.md',
      note(DANA, '2026-11-17', ['## Follow-ups', '', ...texts.map((t) => `- [ ] ${t} again`)]),
    );
    cases.push(
      c.done('history: 20k carried vs 20k similar', 'quadratic history matching (C4)', {
        openItems: 20000,
        rep: DANA,
        commands: ['history --json'],
      }),
    );
  }
  {
    const c = make('link-loops');
    c.file('a.coach.md', note(DANA, '2026-11-17', ONE_ITEM));
    c.link('sub/up', '..');
    c.link('sub/self', 'self');
    c.link('sub/deeper/root-again', '../..');
    cases.push(
      c.done('folder link loops', 'links to a parent and to themselves (C1)', { notes: 1, openItems: 1 }),
    );
  }
  {
    const c = make('link-loop-note');
    c.file('a.coach.md', note(DANA, '2026-11-17', ONE_ITEM));
    c.link('x.coach.md', 'y.coach.md');
    c.link('y.coach.md', 'x.coach.md');
    cases.push(
      c.done('note link loop', 'a note that is a loop of links (C6)', {
        codes: ['file-unreadable'],
        cliCannotRead: true,
        openItems: 1,
      }),
    );
  }
  {
    const c = make('link-to-root');
    c.file('a.coach.md', note(DANA, '2026-11-17', ONE_ITEM));
    c.link('root', '/');
    c.link('proc', '/proc');
    cases.push(c.done('links to / and /proc', 'walking the whole machine (C1)', { notes: 1, openItems: 1 }));
  }
  {
    const c = make('link-outside');
    c.file('a.coach.md', note(DANA, '2026-11-17', ONE_ITEM));
    const outside = path.join(base, 'outside-folder');
    fs.mkdirSync(outside, { recursive: true });
    fs.writeFileSync(path.join(outside, 'other-team.coach.md'), note('Someone Else', '2026-11-17', ONE_ITEM));
    c.link('elsewhere', outside);
    cases.push(
      c.done('link to another folder', 'notes from outside the folder (C1)', { notes: 1, openItems: 1 }),
    );
  }
  {
    const c = make('link-inside-twice');
    c.file('team/a.coach.md', note(DANA, '2026-11-17', ONE_ITEM));
    c.link('alias', 'team');
    c.link('team/again', '.');
    cases.push(
      c.done('two links to one folder inside', 'a folder reached twice is read once (C1)', {
        notes: 1,
        openItems: 1,
      }),
    );
  }
  {
    const c = make('devices');
    c.file('a.coach.md', note(DANA, '2026-11-17', ONE_ITEM));
    c.link('zero.coach.md', '/dev/zero');
    c.link('random.coach.md', '/dev/urandom');
    c.fifo('pipe.coach.md');
    cases.push(
      c.done('/dev/zero, /dev/urandom and a FIFO as notes', 'reads that never end', {
        codes: ['not-regular-file'],
        openItems: 1,
      }),
    );
  }
  {
    const c = make('roster-fifo');
    c.file('a.coach.md', note(DANA, '2026-11-17', ONE_ITEM));
    c.fifo('reps.yaml');
    cases.push(c.done('FIFO named reps.yaml', 'a roster read that blocks (C2)', { openItems: 1 }));
  }
  {
    const c = make('roster-dev-zero');
    c.file('a.coach.md', note(DANA, '2026-11-17', ONE_ITEM));
    c.link('reps.yaml', '/dev/zero');
    cases.push(
      c.done('reps.yaml linked to /dev/zero', 'a roster read that never ends (C2)', { openItems: 1 }),
    );
  }
  {
    const c = make('roster-20mb');
    c.file('a.coach.md', note(DANA, '2026-11-17', ONE_ITEM));
    const entries = Array.from({ length: 400000 }, (_, i) => `  - name: Rep ${i}\n    team: T${i % 50}`);
    c.file('reps.yaml', ['reps:', ...entries, ''].join('\n'));
    cases.push(
      c.done('20 MB roster', 'a roster far over any size limit (C2)', {
        openItems: 1,
        commands: ['check', 'reps', 'history'],
      }),
    );
  }
  {
    const c = make('roster-bomb');
    c.file('a.coach.md', note(DANA, '2026-11-17', ONE_ITEM));
    c.file('reps.yaml', [...billionLaughs(), 'reps:', '  - name: *i', ''].join('\n'));
    cases.push(
      c.done('roster billion laughs', 'alias expansion in reps.yaml', {
        codes: ['roster-invalid'],
        openItems: 1,
      }),
    );
  }
  {
    const c = make('unreadable-note');
    c.file('a.coach.md', note(DANA, '2026-11-17', ONE_ITEM));
    c.file('locked.coach.md', note(DANA, '2026-11-18', ONE_ITEM), 0o000);
    cases.push(
      c.done('note without read permission', 'a note the CLI cannot read (C6)', {
        codes: ['file-unreadable'],
        cliCannotRead: true,
        openItems: 1,
      }),
    );
  }
  {
    const c = make('unreadable-folder');
    c.file('a.coach.md', note(DANA, '2026-11-17', ONE_ITEM));
    c.file('locked/b.coach.md', note(DANA, '2026-11-18', ONE_ITEM));
    fs.chmodSync(path.join(c.root, 'locked'), 0o000);
    cases.push(
      c.done('folder without permission', 'a folder the CLI cannot list (C6)', {
        cliCannotRead: true,
        openItems: 1,
      }),
    );
  }
  {
    const c = make('utf16-note');
    c.file('a.coach.md', note(DANA, '2026-11-17', ONE_ITEM));
    const text = note(DANA, '2026-11-18', ONE_ITEM);
    c.file('utf16.coach.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    c.file(
      'utf16be.coach.md',
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
    );
    cases.push(
      c.done('UTF-16 notes', 'notes in another encoding (C6)', {
        codes: ['not-utf8'],
        cliCannotRead: true,
        openItems: 1,
      }),
    );
  }
  {
    const c = make('odd-names');
    c.file('new\nline.coach.md', note(DANA, '2026-11-17', ONE_ITEM));
    c.file('esc\u001b[2J\u001b]0;owned\u0007.coach.md', note(DANA, '2026-11-18', ONE_ITEM));
    c.file('c1-\u009b31m.coach.md', note(DANA, '2026-11-19', ONE_ITEM));
    cases.push(
      c.done('file names with newline, ESC, C1', 'terminal control in file names (C7)', {
        notes: 3,
        openItems: 3,
      }),
    );
  }
  {
    const c = make('invalid-utf8-name');
    c.file('a.coach.md', note(DANA, '2026-11-17', ONE_ITEM));
    c.file(
      Buffer.from([0x62, 0x61, 0x64, 0xff, 0xfe, ...Buffer.from('.coach.md')]),
      note(DANA, '2026-11-18', ONE_ITEM),
    );
    cases.push(
      c.done('file name with invalid UTF-8', 'a name that cannot be decoded (C6)', {
        cliCannotRead: true,
        openItems: 1,
      }),
    );
  }
  {
    const c = make('control-text');
    const body = [
      '## Follow-ups',
      '',
      '- [ ] Wipe \u001b[2J the screen \u001b]0;owned\u0007 @dana due:2026-11-01',
      '- [ ] C1 \u009b31m red @dana due:2026-11-02',
    ];
    c.file('a.coach.md', note('Dana \u001b[31mWhitfield\u001b[0m', '2026-11-17', body));
    cases.push(
      c.done('ESC and C1 in rep names and items', 'terminal control in note text (C7)', { openItems: 2 }),
    );
  }
  {
    const c = make('line-endings');
    const text = note(DANA, '2026-11-17', ['## Follow-ups', '', '- [ ] one', '- [ ] two', '- [x] three']);
    c.file('cr.coach.md', text.replaceAll('\n', '\r'));
    c.file('crlf.coach.md', text.replaceAll('\n', '\r\n'));
    c.file(
      'mixed.coach.md',
      text
        .split('\n')
        .map((line, i) => line + ['\n', '\r\n', '\r'][i % 3])
        .join(''),
    );
    c.file('bom-nul.coach.md', '\ufeff' + text.replace('one', 'o\u0000ne'));
    cases.push(
      c.done('CR, CRLF, mixed endings, BOM, NUL', 'line ending and byte oddities', { openItems: 8 }),
    );
  }
  {
    const c = make('deep-body');
    const nested = Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- [ ] level ${i}`);
    c.file('nested.coach.md', note(DANA, '2026-11-17', ['## Follow-ups', '', ...nested]));
    c.file(
      'fences.coach.md',
      note(DANA, '2026-11-18', [
        '## Follow-ups',
        '',
        ...Array.from({ length: 10000 }, (_, i) => (i % 2 === 0 ? '```' : '- [ ] between')),
      ]),
    );
    c.file(
      'headings.coach.md',
      note(
        DANA,
        '2026-11-19',
        Array.from({ length: 10000 }, (_, i) => (i % 2 === 0 ? `## Follow-ups ${i}` : '- [ ] x')),
      ),
    );
    cases.push(
      c.done('1000-deep list, 5k fences, 5k sections', 'depth and count in the body', {
        rep: DANA,
        commands: ['check', 'overdue', 'history --json'],
      }),
    );
  }
  {
    const c = make('note-cache-tampered');
    c.file('a.coach.md', note(DANA, '2026-11-17', ONE_ITEM));
    cases.push(
      c.done('tampered note cache', 'a 10k-deep cache entry (B8)', { openItems: 1, tamperedCache: true }),
    );
  }
  return cases;
}
