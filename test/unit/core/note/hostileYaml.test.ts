// Front matter is untrusted input: a shared folder or a synced note can hold anything. Each case must
// end in a diagnostic at the right line, with no exception, no hang and no prototype pollution.
import * as assert from 'assert';
import type { DiagnosticCode, ParsedNote } from '../../../../src/core/note/model';
import { parseNote } from '../../../../src/core/note/parse';

const BODY = ['## Follow-ups', '- [ ] Still indexed due:2026-12-01 @dana'];

function noteWith(frontMatterLines: readonly string[]): string {
  return ['---', ...frontMatterLines, '---', ...BODY].join('\n');
}

/** Both readers (fast path and full YAML) must agree on hostile input too. */
function parseBoth(text: string): ParsedNote {
  const full = parseNote(text, { fullFrontMatter: true });
  assert.deepStrictEqual(parseNote(text), full);
  return full;
}

function codes(note: ParsedNote): Array<[DiagnosticCode, number]> {
  return note.diagnostics.map((d) => [d.code, d.range.start.line]);
}

function assertBodyStillIndexed(note: ParsedNote, frontMatterLineCount: number): void {
  assert.strictEqual(note.items.length, 1);
  assert.strictEqual(note.items[0].line, frontMatterLineCount + 3);
  assert.strictEqual(note.items[0].due, '2026-12-01');
}

function assertPrototypesClean(): void {
  const probe = {} as Record<string, unknown>;
  assert.strictEqual(probe.polluted, undefined);
  assert.strictEqual(probe.isAdmin, undefined);
  assert.strictEqual(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
  assert.strictEqual(Object.prototype.hasOwnProperty.call(Object.prototype, 'isAdmin'), false);
  assert.strictEqual(Object.prototype.hasOwnProperty.call(Array.prototype, 'polluted'), false);
}

describe('hostile front matter', () => {
  it('refuses front matter over 64 KiB without parsing it, and still indexes the body', () => {
    const filler = Array.from({ length: 3000 }, (_, i) => `key${i}: ${'x'.repeat(20)}`);
    const lines = ['rep: Dana', 'date: 2026-11-20', ...filler];
    const note = parseBoth(noteWith(lines));
    assert.deepStrictEqual(codes(note), [['front-matter-too-large', 0]]);
    assert.strictEqual(note.frontMatter.rep, null);
    assert.strictEqual(note.frontMatter.date, null);
    assert.notStrictEqual(note.frontMatter.range, null);
    assertBodyStillIndexed(note, lines.length);
  });

  it('measures the 64 KiB limit in UTF-8 bytes', () => {
    // 22,000 × 'é' is 22,000 UTF-16 units but 44,000 bytes; 'ü' × 33,000 is 66,000 bytes.
    const under = parseBoth(noteWith(['rep: Dana', 'date: 2026-11-20', `bio: ${'é'.repeat(22000)}`]));
    assert.deepStrictEqual(codes(under), []);
    const over = parseBoth(noteWith(['rep: Dana', 'date: 2026-11-20', `bio: ${'ü'.repeat(33000)}`]));
    assert.deepStrictEqual(codes(over), [['front-matter-too-large', 0]]);
    const astral = parseBoth(noteWith(['rep: Dana', 'date: 2026-11-20', `bio: ${'😀'.repeat(16500)}`]));
    assert.deepStrictEqual(codes(astral), [['front-matter-too-large', 0]]);
  });

  it('refuses a multi-megabyte front matter quickly', () => {
    const lines = ['rep: Dana', `blob: "${'A'.repeat(4 * 1024 * 1024)}"`];
    const note = parseBoth(noteWith(lines));
    assert.deepStrictEqual(codes(note), [['front-matter-too-large', 0]]);
    assertBodyStillIndexed(note, lines.length);
  });

  it('stops a billion laughs alias bomb at the expanding line', () => {
    const lines = [
      'rep: Dana',
      'date: 2026-11-20',
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
      'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
      'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
      'i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
    ];
    const note = parseBoth(noteWith(lines));
    // `a` to `d` expand to about 9,200 values in all; `e` would need another 74,000.
    assert.deepStrictEqual(codes(note), [['yaml-too-complex', 7]]);
    assert.strictEqual(note.frontMatter.rep, null);
    assertBodyStillIndexed(note, lines.length);
  });

  it('stops an alias that refers to itself', () => {
    const note = parseBoth(noteWith(['rep: Dana', 'date: 2026-11-20', 'loop: &x [1, *x]']));
    assert.deepStrictEqual(codes(note), [['yaml-too-complex', 3]]);
  });

  it('survives flow collections nested thousands deep', () => {
    for (const [open, close] of [
      ['[', ']'],
      ['{', '}'],
      ['{a: ', '}'],
    ]) {
      const deep = `deep: ${open.repeat(5000)}${close.repeat(5000)}`;
      const note = parseBoth(noteWith(['rep: Dana', 'date: 2026-11-20', deep]));
      assert.deepStrictEqual(codes(note), [['yaml-too-complex', 3]], open);
      assertBodyStillIndexed(note, 3);
      const unclosed = parseBoth(
        noteWith(['rep: Dana', 'date: 2026-11-20', `deep: ${open.repeat(40000 / open.length)}`]),
      );
      assert.deepStrictEqual(codes(unclosed), [['yaml-too-complex', 3]], `${open} unclosed`);
    }
  });

  it('survives block sequences nested on one line and deeply indented maps', () => {
    const dashes = parseBoth(
      noteWith(['rep: Dana', 'date: 2026-11-20', 'deep:', `  ${'- '.repeat(10000)}x`]),
    );
    assert.deepStrictEqual(codes(dashes), [['yaml-too-complex', 4]]);
    const indented = Array.from({ length: 200 }, (_, depth) => `${'  '.repeat(depth)}k${depth}:`);
    const maps = parseBoth(noteWith(['rep: Dana', 'date: 2026-11-20', ...indented]));
    assert.strictEqual(maps.diagnostics.length, 1);
    assert.strictEqual(maps.diagnostics[0].code, 'yaml-too-complex');
    // The 65th nested map is the first one too deep.
    assert.ok(maps.diagnostics[0].range.start.line >= 60 && maps.diagnostics[0].range.start.line <= 75);
  });

  it('accepts nesting up to the depth limit', () => {
    const value = `${'['.repeat(63)}1${']'.repeat(63)}`;
    const note = parseBoth(noteWith(['rep: Dana', 'date: 2026-11-20', `deep: ${value}`]));
    assert.deepStrictEqual(codes(note), []);
    assert.strictEqual(JSON.stringify(note.frontMatter.extra.deep), value);
  });

  it('drops __proto__, constructor and prototype keys with a diagnostic, at top level and nested', () => {
    const lines = [
      'rep: Dana',
      'date: 2026-11-20',
      '__proto__: {polluted: yes}',
      'constructor: {prototype: {isAdmin: true}}',
      'prototype: x',
      'meta:',
      '  __proto__:',
      '    polluted: true',
      '  ok: 1',
      'list: [{__proto__: {polluted: 1}}]',
    ];
    const note = parseBoth(noteWith(lines));
    assert.deepStrictEqual(codes(note), [
      ['forbidden-key', 3],
      ['forbidden-key', 4],
      ['forbidden-key', 5],
      ['forbidden-key', 7],
      ['forbidden-key', 10],
    ]);
    assert.deepStrictEqual(Object.keys(note.frontMatter.extra), ['meta', 'list']);
    const meta = note.frontMatter.extra.meta as Record<string, unknown>;
    assert.deepStrictEqual(Object.keys(meta), ['ok']);
    assert.strictEqual(Object.getPrototypeOf(meta), null);
    assert.strictEqual(note.frontMatter.rep, 'Dana');
    assertPrototypesClean();
    // The result stays plain data that survives the cache round trip.
    const copied = JSON.parse(JSON.stringify(note.frontMatter)) as Record<string, unknown>;
    assert.strictEqual(({} as Record<string, unknown>).polluted, undefined);
    assert.ok(copied);
    assertPrototypesClean();
  });

  it('refuses merge keys instead of merging', () => {
    const lines = [
      'base: &base {rep: Sam, date: 2026-01-01}',
      '<<: *base',
      'rep: Dana',
      'date: 2026-11-20',
      'meta:',
      '  <<: *base',
      '  x: 1',
    ];
    const note = parseBoth(noteWith(lines));
    assert.deepStrictEqual(codes(note), [
      ['merge-key', 2],
      ['merge-key', 6],
    ]);
    assert.strictEqual(note.frontMatter.rep, 'Dana');
    assert.deepStrictEqual(Object.keys(note.frontMatter.extra.meta as object), ['x']);
  });

  it('reports a forbidden key once even when an alias repeats it', () => {
    const note = parseBoth(
      noteWith(['rep: Dana', 'date: 2026-11-20', 'a: &a {__proto__: 1, ok: 2}', 'b: *a', 'c: *a']),
    );
    assert.deepStrictEqual(codes(note), [['forbidden-key', 3]]);
    assert.deepStrictEqual({ ...(note.frontMatter.extra.c as object) }, { ok: 2 });
  });

  it('caps the number of syntax diagnostics from a garbage front matter', () => {
    const garbage = Array.from({ length: 2000 }, () => 'a: "\n: : [ ] } {');
    const note = parseBoth(noteWith(garbage));
    const syntax = note.diagnostics.filter((d) => d.code === 'yaml-syntax');
    assert.strictEqual(syntax.length, 10);
    assert.ok(syntax.every((d) => d.range.start.line >= 1 && d.range.start.line <= 10));
    assert.deepStrictEqual(
      note.diagnostics.filter((d) => d.code !== 'yaml-syntax').map((d) => d.code),
      ['missing-rep', 'missing-date'],
    );
  });

  it('parses control characters, lone surrogates and NUL bytes without throwing', () => {
    const weird = ['rep: Da\u0000na', 'date: 2026-11-20', 'x: \ud800', 'y: \u0085\u2028z', '\u0007: 1'];
    const note = parseBoth(noteWith(weird));
    assert.ok(Array.isArray(note.diagnostics));
    assertBodyStillIndexed(note, weird.length);
  });
});
