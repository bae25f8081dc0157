import * as assert from 'assert';
import fc from 'fast-check';
import { planCarryOver } from '../../../../src/core/newNote/carryOver';
import type { ParsedNote, SectionKind } from '../../../../src/core/note/model';
import { parseNote } from '../../../../src/core/note/parse';
import { noteHeadingLanguage, recogniseHeading, sectionHeading } from '../../../../src/core/note/sections';

type KnownKind = Exclude<SectionKind, 'other'>;

/** How a Spanish writer may spell each section: with or without accents, any letter case. */
const SPANISH_SPELLINGS: Record<KnownKind, readonly string[]> = {
  'root-cause': ['Causa raíz', 'Causa raiz', 'CAUSA RAÍZ', 'causa  raíz'],
  strengths: ['Fortalezas', 'fortalezas', 'FORTALEZAS'],
  'agreed-goals': ['Metas acordadas', 'Objetivos acordados', 'metas acordadas', 'Objetivos Acordados'],
  'follow-ups': ['Seguimientos', 'Compromisos', 'seguimientos', 'COMPROMISOS'],
  'check-in': ['Apertura', 'Chequeo', 'apertura'],
  'selling-blockers': ['Obstáculos para vender', 'Obstaculos para vender', 'Bloqueos de venta'],
  resistance: ['Resistencia', 'RESISTENCIA'],
  stakeholders: ['Partes interesadas', 'Interesados'],
};
const ENGLISH: Record<KnownKind, string> = {
  'root-cause': 'Root cause',
  strengths: 'Strengths',
  'agreed-goals': 'Agreed goals',
  'follow-ups': 'Follow-ups',
  'check-in': 'Check-in',
  'selling-blockers': 'Selling blockers',
  resistance: 'Resistance',
  stakeholders: 'Stakeholders',
};
const KINDS = Object.keys(ENGLISH) as KnownKind[];

describe('Spanish section headings', () => {
  it('names every known section in Spanish, accents and letter case as a Spanish writer types them', () => {
    for (const kind of KINDS) {
      for (const spelling of SPANISH_SPELLINGS[kind]) {
        assert.deepStrictEqual(
          recogniseHeading(spelling),
          { kind, private: false, language: 'es' },
          spelling,
        );
      }
    }
    assert.deepStrictEqual(recogniseHeading('Causa raíz (privado):'), {
      kind: 'root-cause',
      private: true,
      language: 'es',
    });
    assert.deepStrictEqual(recogniseHeading('Metas acordadas (privadas)'), {
      kind: 'agreed-goals',
      private: true,
      language: 'es',
    });
    // NFD input (a decomposed í, as some keyboards and file systems write it) reads the same.
    assert.strictEqual(recogniseHeading('Causa rai\u0301z').kind, 'root-cause');
    assert.strictEqual(recogniseHeading('Preguntas abiertas').kind, 'other');
    assert.strictEqual(recogniseHeading('Causas').kind, 'other');
  });

  it('writes each section in each language with a heading it reads back', () => {
    for (const kind of KINDS) {
      assert.deepStrictEqual(recogniseHeading(sectionHeading(kind, 'es')), {
        kind,
        private: false,
        language: 'es',
      });
      assert.deepStrictEqual(recogniseHeading(sectionHeading(kind, 'en')), {
        kind,
        private: false,
        language: 'en',
      });
    }
  });

  it("tells a note's heading language from most of its known headings", () => {
    const spanish = parseNote('# 1:1\n\n## Causa raíz\n\n## Fortalezas\n\n## Follow-ups\n');
    assert.strictEqual(noteHeadingLanguage(spanish), 'es');
    assert.strictEqual(noteHeadingLanguage(parseNote('## Root cause\n\n## Seguimientos\n')), 'en');
    assert.strictEqual(noteHeadingLanguage(parseNote('# Title\n\n## Notas\n')), null);
  });

  // ---- a Spanish note parses exactly like its English twin ------------------------------------

  type Line =
    | {
        readonly type: 'section';
        readonly kind: KnownKind;
        readonly spelling: number;
        readonly privacy: string;
      }
    | { readonly type: 'plain'; readonly text: string };

  const sectionLine = fc
    .record({ kind: fc.constantFrom(...KINDS), spelling: fc.nat(10), privacy: fc.nat(4) })
    .map((line): Line => ({ type: 'section', ...line, privacy: String(line.privacy) }));
  const plainLine = fc
    .constantFrom(
      '',
      '# 1:1 with Dana',
      '### Detail',
      '## Notes',
      '- [ ] Call the customer @dana due:2026-11-25',
      '- [x] Sent the proposal due:2026-11-10',
      '  - [ ] Nested step due:2026-12-01',
      '- [?] Unknown box',
      '- [>] Carried already',
      '* [ ] Star bullet @me',
      'Some text about the call.',
      '```',
      '## Observations (private)',
      '### Private',
    )
    .map((text): Line => ({ type: 'plain', text }));
  const body = fc.array(fc.oneof(sectionLine, plainLine, plainLine), { maxLength: 25 });

  // One English mark per Spanish one: headings that differ in one language differ in the other
  // (carry-over groups private items by their heading's text).
  const MARKS = [
    ['', ''],
    [' (private)', ' (privado)'],
    [' (Private)', ' (privada)'],
    [' (private):', ' (privadas):'],
    [':', ':'],
  ] as const;

  function render(lines: readonly Line[], language: 'en' | 'es', privateNote: boolean): string {
    const frontMatter = [
      '---',
      'rep: Dana',
      'date: 2026-11-20',
      ...(privateNote ? ['private: true'] : []),
      '---',
    ];
    // One Spanish spelling per section kind in a note: two synonyms (`Bloqueos de venta`,
    // `Obstáculos para vender`) are two headings to carry-over, while their English twin is one.
    const spellingOf = new Map<KnownKind, number>();
    const bodyLines = lines.map((line) => {
      if (line.type === 'plain') return line.text;
      const mark = MARKS[Number(line.privacy)];
      const spellings = SPANISH_SPELLINGS[line.kind];
      if (!spellingOf.has(line.kind)) spellingOf.set(line.kind, line.spelling);
      const spelling = spellingOf.get(line.kind) ?? line.spelling;
      const name = language === 'en' ? ENGLISH[line.kind] : spellings[spelling % spellings.length];
      return `## ${name}${language === 'en' ? mark[0] : mark[1]}`;
    });
    return [...frontMatter, ...bodyLines].join('\n');
  }

  /** Everything the engine reads from a note, but the heading's own words. */
  function meaning(note: ParsedNote): unknown {
    return {
      frontMatter: note.frontMatter,
      // A section's text may hold a heading in a code block: only whether it has shared text counts.
      sections: note.sections.map(({ heading: _heading, text: _text, sharedText, ...section }) => ({
        ...section,
        shared: sharedText !== null,
      })),
      privateRegions: note.privateRegions.map(({ heading: _heading, ...region }) => region),
      items: note.items,
      diagnostics: note.diagnostics.map((diagnostic) => [
        diagnostic.code,
        diagnostic.range,
        diagnostic.severity,
      ]),
    };
  }

  it('parses a Spanish note exactly like its English twin: sections, items, goals, privacy, carry-over', () => {
    fc.assert(
      fc.property(body, fc.boolean(), (lines, privateNote) => {
        const englishText = render(lines, 'en', privateNote);
        const spanishText = render(lines, 'es', privateNote);
        const english = parseNote(englishText);
        const spanish = parseNote(spanishText);
        assert.deepStrictEqual(meaning(spanish), meaning(english));
        const englishPlan = planCarryOver(english, englishText);
        const spanishPlan = planCarryOver(spanish, spanishText);
        assert.deepStrictEqual(spanishPlan.goals, englishPlan.goals);
        assert.deepStrictEqual(spanishPlan.followUps, englishPlan.followUps);
        assert.deepStrictEqual(spanishPlan.edits, englishPlan.edits);
        assert.deepStrictEqual(
          spanishPlan.privateGroups.map((group) => [group.placement, group.items, group.headings.length]),
          englishPlan.privateGroups.map((group) => [group.placement, group.items, group.headings.length]),
        );
      }),
      { numRuns: 300 },
    );
  });
});
