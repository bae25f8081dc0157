// Which of the note's known sections a `## ` heading names, in English or Spanish: the one table of
// section names. It also says how a new note writes each section's heading in each language, and
// which language a note's headings are written in.
import type { ParsedNote, SectionKind } from './model';
import { isPrivateHeading } from './privacy';

/** The languages a note's headings can be written in. Front matter keys stay English in both. */
export type NoteLanguage = 'en' | 'es';

export const NOTE_LANGUAGES: readonly NoteLanguage[] = ['en', 'es'];

/** A known section's names: the first one is how a new note writes it; the others are synonyms. */
const SECTION_NAMES: Record<NoteLanguage, Record<Exclude<SectionKind, 'other'>, readonly string[]>> = {
  en: {
    'root-cause': ['Root cause'],
    strengths: ['Strengths'],
    'agreed-goals': ['Agreed goals'],
    'follow-ups': ['Follow-ups', 'Follow ups', 'Followups'],
    // The coaching frameworks' sections (core/newNote/frameworks.ts).
    'check-in': ['Check-in', 'Check in', 'Checkin'],
    'selling-blockers': ['Selling blockers'],
    resistance: ['Resistance'],
    stakeholders: ['Stakeholders'],
  },
  es: {
    'root-cause': ['Causa raíz'],
    strengths: ['Fortalezas'],
    'agreed-goals': ['Metas acordadas', 'Objetivos acordados'],
    'follow-ups': ['Seguimientos', 'Compromisos'],
    'check-in': ['Apertura', 'Chequeo'],
    'selling-blockers': ['Obstáculos para vender', 'Bloqueos de venta'],
    resistance: ['Resistencia'],
    stakeholders: ['Partes interesadas', 'Interesados'],
  },
};

/** Lower case, accents dropped, runs of white space as one space: `Causa  Raiz` = `causa raíz`. */
function headingKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/\s+/u)
    .join(' ');
}

const KNOWN_SECTIONS: ReadonlyMap<string, { readonly kind: SectionKind; readonly language: NoteLanguage }> =
  new Map(
    NOTE_LANGUAGES.flatMap((language) =>
      Object.entries(SECTION_NAMES[language]).flatMap(([kind, names]) =>
        names.map((name) => [headingKey(name), { kind: kind as SectionKind, language }] as const),
      ),
    ),
  );

/** A trailing private marker, which does not change which section a heading names. */
const PRIVATE_SUFFIX = /\((?:private|privad[ao]s?)\)$/iu;

export interface HeadingMeaning {
  readonly kind: SectionKind;
  /** The heading starts a private region (the rule is core/note/privacy.ts's `isPrivateHeading`). */
  readonly private: boolean;
  /** The language of a known section's name; null for `other`. */
  readonly language: NoteLanguage | null;
}

/**
 * Recognises a heading's text (without the `#`s): letter case, accents, surrounding whitespace and
 * a trailing `:` ignored, a trailing `(private)`/`(privado)` does not change the kind. Anything
 * else is `other`.
 */
export function recogniseHeading(heading: string): HeadingMeaning {
  // Most headings are written exactly as the template has them: one map lookup.
  const exact = KNOWN_SECTIONS.get(heading.toLowerCase());
  if (exact !== undefined) return { kind: exact.kind, private: false, language: exact.language };
  let name = heading.trim();
  // Both `Strengths (private):` and `Strengths: (private)` are meant the same way.
  for (let pass = 0; pass < 2; pass++) {
    name = stripTrailingColons(name);
    const marker = PRIVATE_SUFFIX.exec(name);
    if (marker !== null) name = name.slice(0, marker.index).trimEnd();
  }
  const known = KNOWN_SECTIONS.get(headingKey(name));
  return {
    kind: known?.kind ?? 'other',
    private: isPrivateHeading(heading),
    language: known?.language ?? null,
  };
}

/** How a new note in `language` writes the heading of a known section. */
export function sectionHeading(kind: Exclude<SectionKind, 'other'>, language: NoteLanguage): string {
  return SECTION_NAMES[language][kind][0];
}

/**
 * The language a note's known section headings are written in (the most of them; English on a tie),
 * or null when it has none.
 */
export function noteHeadingLanguage(note: ParsedNote): NoteLanguage | null {
  const counts = new Map<NoteLanguage, number>();
  for (const section of note.sections) {
    const language = recogniseHeading(section.heading).language;
    if (language !== null) counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  const english = counts.get('en') ?? 0;
  const spanish = counts.get('es') ?? 0;
  if (english === 0 && spanish === 0) return null;
  return spanish > english ? 'es' : 'en';
}

function stripTrailingColons(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x3a /* : */) end--;
  return text.slice(0, end).trimEnd();
}
