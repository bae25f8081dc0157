import * as assert from 'assert';
import type { DiagnosticCode, ParsedNote } from '../../../../src/core/note/model';
import { parseNote } from '../../../../src/core/note/parse';

/** `[code, line]` of every diagnostic, in order. */
function codes(note: ParsedNote): Array<[DiagnosticCode, number]> {
  return note.diagnostics.map((d) => [d.code, d.range.start.line]);
}

/** Parses with both front matter readers and checks they agree before returning the result. */
function parse(text: string): ParsedNote {
  const fast = parseNote(text);
  const full = parseNote(text, { fullFrontMatter: true });
  assert.deepStrictEqual(fast, full, 'fast and full front matter readers disagree');
  return full;
}

function withFrontMatter(...lines: string[]): string {
  return ['---', ...lines, '---', '', '## Follow-ups', '- [ ] Call back'].join('\n');
}

describe('parseNote: front matter block', () => {
  it('reads a complete front matter', () => {
    const note = parse(
      withFrontMatter(
        'rep: Dana Smith',
        'date: 2026-11-20',
        'type: pipeline-review',
        'coach: Alex Lee',
        'next: 2026-11-27',
        'tags: [discovery, pricing]',
        'private: true',
      ),
    );
    assert.deepStrictEqual(codes(note), []);
    const fm = note.frontMatter;
    assert.strictEqual(fm.rep, 'Dana Smith');
    assert.strictEqual(fm.date, '2026-11-20');
    assert.strictEqual(fm.type, 'pipeline-review');
    assert.strictEqual(fm.coach, 'Alex Lee');
    assert.strictEqual(fm.next, '2026-11-27');
    assert.deepStrictEqual(fm.tags, ['discovery', 'pricing']);
    assert.strictEqual(fm.private, true);
    assert.deepStrictEqual(fm.range, { start: { line: 0, character: 0 }, end: { line: 8, character: 3 } });
    assert.deepStrictEqual(
      { ...fm.keyLines },
      { rep: 1, date: 2, type: 3, coach: 4, next: 5, tags: 6, private: 7 },
    );
    assert.strictEqual(note.items.length, 1);
    assert.strictEqual(note.items[0].line, 11);
  });

  it('accepts trailing spaces on the fences and `...` as the closing line', () => {
    const note = parse('---  \t\nrep: Dana\ndate: 2026-11-20\n... \n- [ ] Item');
    assert.deepStrictEqual(codes(note), []);
    assert.strictEqual(note.frontMatter.rep, 'Dana');
    assert.deepStrictEqual(note.frontMatter.range?.end, { line: 3, character: 4 });
    assert.strictEqual(note.items[0].line, 4);
  });

  it('reports a note without front matter on line 0 and keeps the whole text as body', () => {
    const note = parse('# Notes\n- [ ] Call Dana due:2026-11-25');
    assert.deepStrictEqual(codes(note), [['missing-front-matter', 0]]);
    assert.strictEqual(note.frontMatter.range, null);
    assert.strictEqual(note.frontMatter.rep, null);
    assert.strictEqual(note.items.length, 1);
    assert.strictEqual(note.items[0].due, '2026-11-25');
  });

  it('does not take `--- text` or a leading blank line as an opening fence', () => {
    assert.deepStrictEqual(codes(parse('--- rep: x\n---')), [['missing-front-matter', 0]]);
    assert.deepStrictEqual(codes(parse('\n---\nrep: x\ndate: 2026-11-20\n---')), [
      ['missing-front-matter', 0],
    ]);
  });

  it('reports unclosed front matter on line 0 and keeps everything after it as body', () => {
    const note = parse('---\nrep: Dana\ndate: 2026-11-20\n## Follow-ups\n- [ ] Send the deck @dana');
    assert.deepStrictEqual(codes(note), [['unclosed-front-matter', 0]]);
    assert.strictEqual(note.frontMatter.range, null);
    assert.strictEqual(note.frontMatter.rep, null);
    assert.strictEqual(note.sections.length, 1);
    assert.deepStrictEqual(
      note.items.map((i) => [i.line, i.owner]),
      [[4, 'dana']],
    );
  });

  it('reports missing rep and date on the opening line', () => {
    const note = parse(withFrontMatter('type: weekly'));
    assert.deepStrictEqual(codes(note), [
      ['missing-rep', 0],
      ['missing-date', 0],
    ]);
    assert.deepStrictEqual(note.diagnostics[0].range, {
      start: { line: 0, character: 0 },
      end: { line: 0, character: 3 },
    });
  });

  it('reports an empty front matter as missing rep and date', () => {
    assert.deepStrictEqual(codes(parse('---\n---\n')), [
      ['missing-rep', 0],
      ['missing-date', 0],
    ]);
    assert.deepStrictEqual(codes(parse('---\n# just a comment\n\n---\n')), [
      ['missing-rep', 0],
      ['missing-date', 0],
    ]);
  });

  it('reports a list or a scalar front matter as not a map, on its first content line', () => {
    assert.deepStrictEqual(codes(parse('---\n- rep\n- date\n---')), [['front-matter-not-map', 1]]);
    assert.deepStrictEqual(codes(parse('---\n# comment\n\njust words\n---')), [['front-matter-not-map', 3]]);
  });

  it('reports YAML syntax errors at their line and still reads the rest', () => {
    const note = parse(withFrontMatter('rep: Dana', 'date: 2026-11-20', 'coach: @alex', 'next: 2026-11-27'));
    assert.deepStrictEqual(codes(note), [['yaml-syntax', 3]]);
    assert.strictEqual(note.diagnostics[0].range.start.character, 7);
    assert.strictEqual(note.frontMatter.rep, 'Dana');
    assert.strictEqual(note.frontMatter.next, '2026-11-27');
  });

  it("says what is wrong and how to fix it, in plain words, with the parser's message as detail", () => {
    const list = parse(
      withFrontMatter(
        'rep: Dana',
        'date: 2026-11-20',
        'type: weekly',
        'coach: Priya',
        'tags: [pricing, acme',
        'next: 2026-11-27',
      ),
    );
    const [unclosed] = list.diagnostics;
    assert.ok(unclosed);
    assert.match(
      unclosed.message,
      /^The list opened with `\[` on line 6 is never closed with `\]`: add it at the end of that line\. \(YAML: .+\)$/u,
    );
    const expectations: Array<[string, RegExp]> = [
      ['coach: "Alex', /^The text in quotes that starts with `"` on line 4 is never closed/u],
      ['coach: @alex', /^A value cannot start with `@` unless it is in quotes/u],
      ['\tcoach: x', /^Line 4 starts with a tab: use spaces instead/u],
      ['coach: Alex: Lee', /^Line 4 has a second `: ` in its value/u],
      ['tags: [a, b]]', /^Line 4 closes a `\[` that was never opened: remove the extra `\]`/u],
    ];
    for (const [line, words] of expectations) {
      const note = parse(withFrontMatter('rep: Dana', 'date: 2026-11-20', line));
      assert.match(note.diagnostics[0]?.message ?? '', words, line);
      assert.match(note.diagnostics[0]?.message ?? '', / \(YAML: [^)]+\)$/u, line);
    }
  });

  it('reports an unclosed quote where the parser runs out of front matter', () => {
    const note = parse(withFrontMatter('rep: Dana', 'date: 2026-11-20', 'coach: "Alex', 'next: 2026-11-27'));
    assert.deepStrictEqual(codes(note), [['yaml-syntax', 4]]);
    assert.match(note.diagnostics[0].message, /quote/);
  });

  it('reports tab indentation as a syntax error on its line', () => {
    assert.deepStrictEqual(codes(parse(withFrontMatter('rep: Dana', 'date: 2026-11-20', '\tcoach: x'))), [
      ['yaml-syntax', 3],
    ]);
  });

  it('reports a key that is not plain text and ignores its entry', () => {
    const note = parse(withFrontMatter('rep: Dana', 'date: 2026-11-20', '? [a, b]', ': x'));
    assert.deepStrictEqual(codes(note), [['yaml-syntax', 3]]);
    assert.deepStrictEqual(Object.keys(note.frontMatter.extra), []);
  });

  it('reports an alias to an unknown anchor', () => {
    const note = parse(withFrontMatter('rep: Dana', 'date: 2026-11-20', 'coach: *nobody'));
    assert.deepStrictEqual(codes(note), [['yaml-syntax', 3]]);
    assert.strictEqual(note.frontMatter.coach, null);
  });

  it('resolves a simple alias', () => {
    const note = parse(withFrontMatter('rep: &who Dana', 'date: 2026-11-20', 'coach: *who'));
    assert.deepStrictEqual(codes(note), []);
    assert.strictEqual(note.frontMatter.coach, 'Dana');
  });

  it('reports a nested mapping in a compact value as a syntax error on its line', () => {
    const note = parse(withFrontMatter('rep: Dana', 'date: 2026-11-20', 'coach: Alex: Lee'));
    assert.deepStrictEqual(codes(note).slice(0, 1), [['yaml-syntax', 3]]);
  });

  it('reports a duplicate key at the second occurrence and keeps the first value', () => {
    const note = parse(withFrontMatter('rep: Dana', 'date: 2026-11-20', 'rep: Sam'));
    assert.deepStrictEqual(codes(note), [['duplicate-key', 3]]);
    assert.strictEqual(note.frontMatter.rep, 'Dana');
    assert.strictEqual(note.frontMatter.keyLines.rep, 1);
  });

  it('reports keys that are duplicates once read as text, also inside nested maps', () => {
    const quoted = parse(withFrontMatter('rep: Dana', 'date: 2026-11-20', '"rep": Sam', '1: a', "'1': b"));
    assert.deepStrictEqual(codes(quoted), [
      ['duplicate-key', 3],
      ['duplicate-key', 5],
    ]);
    const nested = parse(withFrontMatter('rep: Dana', 'date: 2026-11-20', 'meta:', '  a: 1', '  a: 2'));
    assert.deepStrictEqual(codes(nested), [['duplicate-key', 5]]);
    assert.deepStrictEqual({ ...(nested.frontMatter.extra.meta as object) }, { a: 1 });
  });

  it('maps YAML positions to note lines with CRLF and CR line endings', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = ['---', 'rep: Dana', '', 'date: 2026-11-20', 'rep: Sam', '---'].join(eol);
      const note = parse(text);
      assert.deepStrictEqual(codes(note), [['duplicate-key', 4]], JSON.stringify(eol));
      assert.deepStrictEqual(note.diagnostics[0].range, {
        start: { line: 4, character: 0 },
        end: { line: 4, character: 3 },
      });
    }
  });
});

describe('parseNote: front matter fields', () => {
  it('trims rep and rejects empty, numeric or list reps at their line', () => {
    assert.strictEqual(parse(withFrontMatter('rep: "  Dana  "', 'date: 2026-11-20')).frontMatter.rep, 'Dana');
    for (const bad of ['rep: 42', 'rep: ""', 'rep:', 'rep: [a, b]', 'rep: true', 'rep: ~']) {
      const note = parse(withFrontMatter('date: 2026-11-20', bad));
      assert.deepStrictEqual(codes(note), [['invalid-rep', 2]], bad);
      assert.strictEqual(note.frontMatter.rep, null, bad);
      assert.strictEqual(note.frontMatter.keyLines.rep, 2, bad);
    }
  });

  it('puts a field diagnostic on the value when it is on the key line', () => {
    const note = parse(withFrontMatter('date: 2026-11-20', 'rep: 42  # the id'));
    assert.deepStrictEqual(note.diagnostics[0].range, {
      start: { line: 2, character: 5 },
      end: { line: 2, character: 7 },
    });
    const empty = parse(withFrontMatter('date: 2026-11-20', 'rep:'));
    assert.deepStrictEqual(empty.diagnostics[0].range, {
      start: { line: 2, character: 0 },
      end: { line: 2, character: 3 },
    });
  });

  it('accepts only real calendar dates', () => {
    assert.strictEqual(
      parse(withFrontMatter('rep: Dana', 'date: 2028-02-29')).frontMatter.date,
      '2028-02-29',
    );
    assert.strictEqual(
      parse(withFrontMatter('rep: Dana', "date: '2026-11-20'")).frontMatter.date,
      '2026-11-20',
    );
    for (const bad of [
      '2026-02-30',
      '2026-13-01',
      '2027-02-29',
      '20261120',
      'tomorrow',
      '2026-11-20T10:00',
      '26-11-20',
    ]) {
      const note = parse(withFrontMatter('rep: Dana', `date: ${bad}`));
      assert.deepStrictEqual(codes(note), [['invalid-date', 2]], bad);
      assert.strictEqual(note.frontMatter.date, null, bad);
    }
  });

  it('validates type against the allowed values and lists them', () => {
    for (const type of ['weekly', 'coaching', 'pipeline-review', 'skip-level', 'other']) {
      assert.strictEqual(
        parse(withFrontMatter('rep: Dana', 'date: 2026-11-20', `type: ${type}`)).frontMatter.type,
        type,
      );
    }
    const note = parse(withFrontMatter('rep: Dana', 'date: 2026-11-20', 'type: monthly'));
    assert.deepStrictEqual(codes(note), [['invalid-type', 3]]);
    assert.strictEqual(note.frontMatter.type, null);
    assert.match(note.diagnostics[0].message, /weekly, coaching, pipeline-review, skip-level, other/);
  });

  it('validates coach, next and private', () => {
    const note = parse(
      withFrontMatter('rep: Dana', 'date: 2026-11-20', 'coach: 7', 'next: 2026-02-30', 'private: yes'),
    );
    assert.deepStrictEqual(codes(note), [
      ['invalid-coach', 3],
      ['invalid-next', 4],
      ['invalid-private', 5],
    ]);
    assert.strictEqual(note.frontMatter.coach, null);
    assert.strictEqual(note.frontMatter.next, null);
    // A `private` that is not `false` keeps the note private (fails closed) and is reported.
    assert.strictEqual(note.frontMatter.private, true);
    assert.match(note.diagnostics[2].message, /treated as private/u);
  });

  it('treats empty optional fields as absent, except an empty private, which keeps the note private', () => {
    const note = parse(
      withFrontMatter('rep: Dana', 'date: 2026-11-20', 'type:', 'coach:', 'next:', 'tags:', 'private:'),
    );
    assert.deepStrictEqual(codes(note), [['invalid-private', 7]]);
    assert.strictEqual(note.frontMatter.type, null);
    assert.deepStrictEqual(note.frontMatter.tags, []);
    assert.strictEqual(note.frontMatter.private, true);
    assert.strictEqual(note.frontMatter.keyLines.private, 7);
  });

  it('reads tags as a flow list, a block list or a single string', () => {
    assert.deepStrictEqual(
      parse(withFrontMatter('rep: D', 'date: 2026-11-20', 'tags: [a, b]')).frontMatter.tags,
      ['a', 'b'],
    );
    assert.deepStrictEqual(
      parse(withFrontMatter('rep: D', 'date: 2026-11-20', 'tags:', '  - a', '  - b c')).frontMatter.tags,
      ['a', 'b c'],
    );
    assert.deepStrictEqual(
      parse(withFrontMatter('rep: D', 'date: 2026-11-20', 'tags: solo')).frontMatter.tags,
      ['solo'],
    );
  });

  it('reports non-string tags but keeps the string ones', () => {
    const note = parse(withFrontMatter('rep: D', 'date: 2026-11-20', 'tags: [a, 2026, b, {x: 1}]'));
    assert.deepStrictEqual(codes(note), [['invalid-tags', 3]]);
    assert.deepStrictEqual(note.frontMatter.tags, ['a', 'b']);
    const map = parse(withFrontMatter('rep: D', 'date: 2026-11-20', 'tags:', '  x: 1'));
    assert.deepStrictEqual(codes(map), [['invalid-tags', 3]]);
    assert.deepStrictEqual(map.frontMatter.tags, []);
  });

  it('keeps unknown keys in extra with null-prototype maps', () => {
    const note = parse(
      withFrontMatter(
        'rep: D',
        'date: 2026-11-20',
        'account: Acme',
        'meta:',
        '  stage: 3',
        '  owners: [a, b]',
      ),
    );
    assert.deepStrictEqual(codes(note), []);
    assert.strictEqual(note.frontMatter.extra.account, 'Acme');
    const meta = note.frontMatter.extra.meta as Record<string, unknown>;
    assert.strictEqual(Object.getPrototypeOf(meta), null);
    assert.deepStrictEqual({ ...meta }, { stage: 3, owners: ['a', 'b'] });
    assert.strictEqual(Object.getPrototypeOf(note.frontMatter.extra), null);
    assert.deepStrictEqual(note.frontMatter.keyLines.meta, 4);
  });

  it('reads dates as strings and numbers as numbers, as YAML 1.2 does', () => {
    const note = parse(
      withFrontMatter('rep: D', 'date: 2026-11-20', 'count: 0x1F', 'ratio: .5', 'flag: off'),
    );
    assert.deepStrictEqual({ ...note.frontMatter.extra }, { count: 31, ratio: 0.5, flag: 'off' });
  });

  it('makes the note JSON-serialisable even with infinite numbers', () => {
    const note = parse(withFrontMatter('rep: D', 'date: 2026-11-20', 'big: .inf', 'list: [.nan, 1]'));
    assert.deepStrictEqual(JSON.parse(JSON.stringify(note.frontMatter.extra)), {
      big: null,
      list: [null, 1],
    });
    assert.strictEqual(note.frontMatter.extra.big, null);
  });
});
