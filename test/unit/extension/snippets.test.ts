// The snippets the extension contributes: valid files, complete entries, and templates that expand
// into notes the parser reads without a single diagnostic.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { NOTE_TYPES, type ParsedNote } from '../../../src/core/note/model';
import { buildNewNote } from '../../../src/core/newNote/newNote';
import { parseNote } from '../../../src/core/note/parse';
import { REPO_ROOT } from '../../repoPaths';

interface Snippet {
  readonly prefix: string | readonly string[];
  readonly body: string | readonly string[];
  readonly description: string;
}

interface SnippetFile {
  readonly language: string;
  readonly path: string;
  readonly snippets: ReadonlyMap<string, Snippet>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringOrStrings(value: unknown): value is string | string[] {
  return (
    typeof value === 'string' || (Array.isArray(value) && value.every((entry) => typeof entry === 'string'))
  );
}

/** The snippet files package.json contributes, each parsed as strict JSON and checked entry by entry. */
function contributedSnippetFiles(): SnippetFile[] {
  const manifest: unknown = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
  assert.ok(isRecord(manifest) && isRecord(manifest.contributes), 'package.json has contributes');
  const contributions = manifest.contributes.snippets;
  assert.ok(Array.isArray(contributions), 'package.json contributes snippets');
  return contributions.map((contribution: unknown) => {
    assert.ok(isRecord(contribution), 'a snippet contribution is an object');
    const { language, path: relativePath } = contribution;
    assert.ok(
      typeof language === 'string' && typeof relativePath === 'string',
      'it names a language and a path',
    );
    const text = fs.readFileSync(path.join(REPO_ROOT, relativePath), 'utf8');
    const parsed: unknown = JSON.parse(text); // strict JSON: no comments, no trailing commas
    assert.ok(isRecord(parsed), `${relativePath} holds an object of snippets`);
    const snippets = new Map<string, Snippet>();
    for (const [name, entry] of Object.entries(parsed)) {
      assert.ok(isRecord(entry), `${relativePath}: "${name}" is an object`);
      const { prefix, body, description } = entry;
      assert.ok(isStringOrStrings(prefix), `${relativePath}: "${name}" has a prefix`);
      assert.ok(isStringOrStrings(body), `${relativePath}: "${name}" has a body`);
      assert.ok(typeof description === 'string', `${relativePath}: "${name}" has a description`);
      snippets.set(name, { prefix, body, description });
    }
    return { language, path: relativePath, snippets };
  });
}

/** Spanish snippets: not contributed (a completion provider offers them), checked like the others. */
function spanishFile(): SnippetFile {
  const relativePath = 'snippets/coaching-note.es.json';
  const parsed: unknown = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, relativePath), 'utf8'));
  assert.ok(isRecord(parsed), `${relativePath} holds an object of snippets`);
  const snippets = new Map<string, Snippet>();
  for (const [name, entry] of Object.entries(parsed)) {
    assert.ok(isRecord(entry), `${relativePath}: "${name}" is an object`);
    const { prefix, body, description } = entry;
    assert.ok(isStringOrStrings(prefix) && Array.isArray(body) && typeof description === 'string', name);
    assert.ok(isStringOrStrings(body), name);
    snippets.set(name, { prefix, body, description });
  }
  return { language: 'coaching-note', path: relativePath, snippets };
}

function fileFor(language: string): SnippetFile {
  const file = contributedSnippetFiles().find((candidate) => candidate.language === language);
  assert.ok(file, `a snippet file is contributed for ${language}`);
  return file;
}

function snippet(file: SnippetFile, name: string): Snippet {
  const found = file.snippets.get(name);
  assert.ok(found, `${file.path} has a snippet "${name}"`);
  return found;
}

const asList = (value: string | readonly string[]): readonly string[] =>
  typeof value === 'string' ? [value] : value;
const bodyText = (entry: Snippet): string => asList(entry.body).join('\n');

// --- A small expander for VS Code's snippet syntax (tab stops, placeholders, choices, variables) ---

type SnippetNode =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'tabstop'; readonly index: number; readonly content: readonly SnippetNode[] | null }
  | { readonly kind: 'choice'; readonly index: number; readonly options: readonly string[] }
  | { readonly kind: 'variable'; readonly name: string; readonly fallback: readonly SnippetNode[] | null };

/** Parses a snippet body; throws on anything malformed, or a transform (which none of ours uses). */
function parseSnippet(source: string): SnippetNode[] {
  let position = 0;

  const parseSequence = (insidePlaceholder: boolean): SnippetNode[] => {
    const nodes: SnippetNode[] = [];
    let text = '';
    const flushText = () => {
      if (text !== '') nodes.push({ kind: 'text', text });
      text = '';
    };
    while (position < source.length) {
      const character = source[position];
      if (character === '\\' && '$}\\'.includes(source[position + 1] ?? '')) {
        text += source[position + 1];
        position += 2;
      } else if (character === '}' && insidePlaceholder) {
        break;
      } else if (character === '$') {
        const node = parseDollar();
        if (node === null) {
          text += '$';
          position++;
        } else {
          flushText();
          nodes.push(node);
        }
      } else {
        text += character;
        position++;
      }
    }
    flushText();
    return nodes;
  };

  const expect = (character: string) => {
    if (source[position] !== character)
      throw new Error(`expected "${character}" at ${position} in ${source}`);
    position++;
  };

  const parseDollar = (): SnippetNode | null => {
    const rest = source.slice(position + 1);
    const simple = /^(?:(\d+)|([A-Za-z_][A-Za-z0-9_]*))/.exec(rest);
    if (simple !== null) {
      position += 1 + simple[0].length;
      return simple[1] !== undefined
        ? { kind: 'tabstop', index: Number(simple[1]), content: null }
        : { kind: 'variable', name: simple[2], fallback: null };
    }
    const braced = /^\{(?:(\d+)|([A-Za-z_][A-Za-z0-9_]*))/.exec(rest);
    if (braced === null) return null;
    position += 1 + braced[0].length;
    const index = braced[1] !== undefined ? Number(braced[1]) : null;
    const name = braced[2];
    const next = source[position];
    if (next === '}') {
      position++;
      return index !== null
        ? { kind: 'tabstop', index, content: null }
        : { kind: 'variable', name, fallback: null };
    }
    if (next === ':') {
      position++;
      const content = parseSequence(true);
      expect('}');
      return index !== null
        ? { kind: 'tabstop', index, content }
        : { kind: 'variable', name, fallback: content };
    }
    if (next === '|' && index !== null) {
      position++;
      const options: string[] = [];
      let option = '';
      for (;;) {
        const character = source[position];
        if (character === undefined) throw new Error(`unterminated choice in ${source}`);
        if (character === '\\' && ',|\\'.includes(source[position + 1] ?? '')) {
          option += source[position + 1];
          position += 2;
        } else if (character === ',' || character === '|') {
          options.push(option);
          option = '';
          position++;
          if (character === '|') break;
        } else {
          option += character;
          position++;
        }
      }
      expect('}');
      return { kind: 'choice', index, options };
    }
    throw new Error(`unsupported snippet syntax at ${position} in ${source}`);
  };

  const nodes = parseSequence(false);
  if (position !== source.length) throw new Error(`unbalanced "}" at ${position} in ${source}`);
  return nodes;
}

interface Expansion {
  readonly variables: Readonly<Record<string, string>>;
  /** Choice to take per tab stop (the first option when not given). */
  readonly choices?: Readonly<Record<number, string>>;
}

/** The text a user gets by accepting every default: placeholders as written, choices as picked. */
function expand(source: string, expansion: Expansion): string {
  const nodes = parseSnippet(source);
  const tabStopValues = new Map<number, string>();

  const render = (sequence: readonly SnippetNode[]): string =>
    sequence
      .map((node) => {
        switch (node.kind) {
          case 'text':
            return node.text;
          case 'choice': {
            const picked = expansion.choices?.[node.index] ?? node.options[0];
            assert.ok(node.options.includes(picked), `choice ${node.index} offers ${picked}`);
            tabStopValues.set(node.index, picked);
            return picked;
          }
          case 'tabstop': {
            if (node.content === null) return tabStopValues.get(node.index) ?? '';
            const value = render(node.content);
            if (!tabStopValues.has(node.index)) tabStopValues.set(node.index, value);
            return value;
          }
          case 'variable': {
            const value = expansion.variables[node.name];
            if (value !== undefined) return value;
            if (node.fallback !== null) return render(node.fallback);
            throw new Error(`snippet variable $${node.name} has no value in this test`);
          }
        }
      })
      .join('');

  return render(nodes);
}

/** Every variable our snippets may use, as VS Code fills them in on 2026-11-22. */
const ON_2026_11_22 = { CURRENT_YEAR: '2026', CURRENT_MONTH: '11', CURRENT_DATE: '22' } as const;

function assertNoDiagnostics(note: ParsedNote): void {
  assert.deepStrictEqual(
    note.diagnostics.map(
      (diagnostic) => `${diagnostic.range.start.line + 1}: ${diagnostic.code} ${diagnostic.message}`,
    ),
    [],
  );
}

describe('snippets', () => {
  it('are contributed for coaching notes and for Markdown, in files that are strict JSON', () => {
    const files = contributedSnippetFiles();
    assert.deepStrictEqual(files.map((file) => file.language).sort(), ['coaching-note', 'markdown']);
    for (const file of files) assert.ok(file.snippets.size > 0, `${file.path} holds snippets`);
  });

  it('each have a short prefix, a body and a helpful description', () => {
    for (const file of [...contributedSnippetFiles(), spanishFile()]) {
      const seenPrefixes = new Set<string>();
      for (const [name, entry] of file.snippets) {
        const prefixes = asList(entry.prefix);
        assert.ok(prefixes.length > 0, `${name} has a prefix`);
        for (const prefix of prefixes) {
          assert.match(
            prefix,
            /^[a-z][a-z-]{2,19}$/,
            `${name}: prefix "${prefix}" is a short lower-case word`,
          );
          assert.ok(!seenPrefixes.has(prefix), `${file.path}: prefix "${prefix}" is used once`);
          seenPrefixes.add(prefix);
        }
        assert.ok(bodyText(entry).trim() !== '', `${name} has a body`);
        assert.ok(entry.description.length >= 30, `${name}: the description says what the snippet is for`);
      }
    }
  });

  it('offer the prefixes users look for', () => {
    const prefixes = [...fileFor('coaching-note').snippets.values()].flatMap((entry) => asList(entry.prefix));
    for (const expected of ['note', 'rootcause', 'strengths', 'goal', 'followup', 'questions']) {
      assert.ok(prefixes.includes(expected), `a snippet has the prefix "${expected}"`);
    }
  });

  it('are all well-formed snippet syntax using only the date variables', () => {
    for (const file of [...contributedSnippetFiles(), spanishFile()]) {
      for (const [name, entry] of file.snippets) {
        assert.doesNotThrow(
          () => expand(bodyText(entry), { variables: ON_2026_11_22 }),
          `${file.path}: ${name}`,
        );
      }
    }
  });

  it('expand the whole-note template into a note the parser reads without a diagnostic', () => {
    const template = bodyText(snippet(fileFor('coaching-note'), 'Coaching note'));
    const note = parseNote(expand(template, { variables: ON_2026_11_22 }));

    assertNoDiagnostics(note);
    assert.strictEqual(note.frontMatter.rep, 'Rep name');
    assert.strictEqual(note.frontMatter.date, '2026-11-22');
    assert.strictEqual(note.frontMatter.next, '2026-11-22');
    assert.strictEqual(note.frontMatter.type, 'weekly');
    assert.deepStrictEqual(
      note.sections.map((section) => section.kind),
      ['root-cause', 'strengths', 'agreed-goals', 'follow-ups'],
    );
    assert.deepStrictEqual(
      note.items.map((item) => [item.kind, item.status, item.owner, item.due]),
      [
        ['goal', 'open', 'owner', '2026-11-22'],
        ['follow-up', 'open', 'me', '2026-11-22'],
      ],
    );
  });

  it('date the template by the day it is inserted', () => {
    const template = bodyText(snippet(fileFor('coaching-note'), 'Coaching note'));
    const note = parseNote(
      expand(template, { variables: { CURRENT_YEAR: '2027', CURRENT_MONTH: '01', CURRENT_DATE: '05' } }),
    );
    assertNoDiagnostics(note);
    assert.strictEqual(note.frontMatter.date, '2027-01-05');
    assert.deepStrictEqual(
      note.items.map((item) => item.due),
      ['2027-01-05', '2027-01-05'],
    );
  });

  it('offer every note type in the template, each of which parses', () => {
    const template = bodyText(snippet(fileFor('coaching-note'), 'Coaching note'));
    const typeChoice = parseSnippet(template).find((node) => node.kind === 'choice' && node.index === 3);
    assert.ok(typeChoice?.kind === 'choice', 'tab stop 3 chooses the note type');
    assert.deepStrictEqual([...typeChoice.options].sort(), [...NOTE_TYPES].sort());
    for (const type of NOTE_TYPES) {
      const note = parseNote(expand(template, { variables: ON_2026_11_22, choices: { 3: type } }));
      assertNoDiagnostics(note);
      assert.strictEqual(note.frontMatter.type, type);
    }
  });

  it('insert goals and follow-ups that are read as dated, owned items', () => {
    const file = fileFor('coaching-note');
    const goal = expand(bodyText(snippet(file, 'Agreed goal')), { variables: ON_2026_11_22 });
    const followUp = expand(bodyText(snippet(file, 'Follow-up')), { variables: ON_2026_11_22 });
    const note = parseNote(
      [
        '---',
        'rep: Dana',
        'date: 2026-11-22',
        '---',
        '## Agreed goals',
        goal,
        '## Follow-ups',
        followUp,
      ].join('\n'),
    );
    assertNoDiagnostics(note);
    assert.deepStrictEqual(
      note.items.map((item) => [item.kind, item.status, item.owner, item.due]),
      [
        ['goal', 'open', 'owner', '2026-11-22'],
        ['follow-up', 'open', 'me', '2026-11-22'],
      ],
    );
  });

  it('insert Root cause and Strengths sections the parser recognises, with no stray items', () => {
    const file = fileFor('coaching-note');
    const sections = ['Root cause section', 'Strengths section', 'Open questions'].map((name) =>
      expand(bodyText(snippet(file, name)), { variables: ON_2026_11_22 }),
    );
    const note = parseNote(['---', 'rep: Dana', 'date: 2026-11-22', '---', ...sections].join('\n'));
    assertNoDiagnostics(note);
    assert.deepStrictEqual(
      note.sections.map((section) => section.kind),
      ['root-cause', 'strengths'],
    );
    assert.deepStrictEqual(note.items, []);
  });

  it('ask open questions, and offer the same ones one at a time', () => {
    const file = fileFor('coaching-note');
    const bank = asList(snippet(file, 'Open questions').body)
      .filter((line) => line.startsWith('- '))
      .map((line) => line.slice(2));
    // Short enough to read before a 1:1; it covers the frameworks' questions (issue 13).
    assert.ok(bank.length >= 8 && bank.length <= 20, `${bank.length} questions`);
    for (const phrase of [
      'in the way',
      'biggest lever',
      'help you',
      'eliminate, simplify or automate',
      'in your control',
      'commit',
    ]) {
      assert.ok(
        bank.some((question) => question.includes(phrase)),
        phrase,
      );
    }
    for (const question of bank) {
      assert.match(
        question,
        /^(What|Where|Who|How|Why|When|Which)\b.*\?$/,
        `"${question}" is an open question`,
      );
    }
    const single = parseSnippet(bodyText(snippet(file, 'Open question'))).find(
      (node) => node.kind === 'choice',
    );
    assert.ok(single?.kind === 'choice');
    assert.deepStrictEqual(single.options, bank);
  });

  it('give plain Markdown files only the whole-note template, the one that makes sense before a note is saved as .coach.md', () => {
    const coaching = fileFor('coaching-note');
    const markdown = fileFor('markdown');
    // A follow-up or goal typed into a plain Markdown file would look tracked but is never read.
    assert.deepStrictEqual([...markdown.snippets.keys()], ['Coaching note']);
    assert.deepStrictEqual(snippet(markdown, 'Coaching note').body, snippet(coaching, 'Coaching note').body);
    // "note" alone would come up in every README; the Markdown prefix says whose template it is.
    assert.deepStrictEqual(asList(snippet(markdown, 'Coaching note').prefix), ['coaching-note']);
  });
});

describe('Spanish snippets (snippets/coaching-note.es.json)', () => {
  const file = spanishFile();
  const body = (name: string) => expand(bodyText(snippet(file, name)), { variables: ON_2026_11_22 });
  const prefixes = [...file.snippets.values()].flatMap((entry) => asList(entry.prefix));

  it('offer the prefixes a Spanish speaker types, none of them an English prefix', () => {
    for (const expected of [
      'nota',
      'causa',
      'fortalezas',
      'meta',
      'seguimiento',
      'preguntas',
      'resistencia',
    ]) {
      assert.ok(prefixes.includes(expected), `a snippet has the prefix "${expected}"`);
    }
    const english = [...fileFor('coaching-note').snippets.values()].flatMap((entry) => asList(entry.prefix));
    assert.deepStrictEqual(
      prefixes.filter((prefix) => english.includes(prefix)),
      [],
    );
  });

  it('expand the whole note into a note with the Spanish headings New 1:1 Note writes, without a diagnostic', () => {
    const note = parseNote(body('Nota de coaching'));
    assertNoDiagnostics(note);
    assert.deepStrictEqual(
      note.sections.map((section) => section.kind),
      ['root-cause', 'strengths', 'agreed-goals', 'follow-ups'],
    );
    const written = buildNewNote({ rep: 'Lucía', date: '2026-11-22', language: 'es' }).text;
    const headings = (text: string) => text.split('\n').filter((line) => /^#{1,2} /u.test(line));
    assert.deepStrictEqual(headings(body('Nota de coaching')).slice(1), headings(written).slice(1));
    assert.deepStrictEqual(
      note.items.map((item) => [item.kind, item.status, item.owner, item.due]),
      [
        ['goal', 'open', 'responsable', '2026-11-22'],
        ['follow-up', 'open', 'yo', '2026-11-22'],
      ],
    );
  });

  it('name a missing, incomplete or incorrect perception in the root cause', () => {
    for (const name of ['Nota de coaching', 'Sección Causa raíz']) {
      const choice = parseSnippet(bodyText(snippet(file, name))).find(
        (node) => node.kind === 'choice' && node.options.length === 3,
      );
      assert.ok(choice?.kind === 'choice', name);
      assert.deepStrictEqual(choice.options, ['faltante', 'incompleta', 'incorrecta']);
    }
  });

  it('insert sections, goals, follow-ups, questions and resistance handling that read as their English twins', () => {
    const note = parseNote(
      [
        '---',
        'rep: Lucía',
        'date: 2026-11-22',
        '---',
        body('Sección Causa raíz'),
        body('Sección Fortalezas'),
        body('Preguntas abiertas'),
        body('Manejo de resistencia'),
        '## Metas acordadas',
        body('Meta acordada'),
        '## Seguimientos',
        body('Seguimiento'),
      ].join('\n'),
    );
    assertNoDiagnostics(note);
    assert.deepStrictEqual(
      note.sections.map((section) => section.kind),
      ['root-cause', 'strengths', 'agreed-goals', 'follow-ups'],
    );
    assert.deepStrictEqual(
      note.items.map((item) => [item.kind, item.owner, item.due]),
      [
        ['goal', 'responsable', '2026-11-22'],
        ['follow-up', 'yo', '2026-11-22'],
      ],
    );
  });

  it('handle resistance in three steps: alinear, aclarar, asegurar', () => {
    const steps = body('Manejo de resistencia')
      .split('\n')
      .filter((line) => line.startsWith('- '))
      .map((line) => line.slice(2, line.indexOf(':')));
    assert.deepStrictEqual(steps.slice(0, 3), ['Alinear', 'Aclarar', 'Asegurar']);
  });

  it('ask open questions, and offer the same ones one at a time', () => {
    const bank = asList(snippet(file, 'Preguntas abiertas').body)
      .filter((line) => line.startsWith('- '))
      .map((line) => line.slice(2));
    assert.strictEqual(bank.length, 10);
    for (const question of bank) {
      assert.match(question, /^¿(Qué|Quién|Cómo|Dónde|Cuándo|Cuál|Por qué|En qué|De qué)\s.*\?$/u, question);
    }
    const single = parseSnippet(bodyText(snippet(file, 'Pregunta abierta'))).find(
      (node) => node.kind === 'choice',
    );
    assert.ok(single?.kind === 'choice');
    assert.deepStrictEqual(single.options, bank);
  });
});
