// Which language a new note's headings are written in: the rep's previous note's, else the
// `coachingNotes.noteLanguage` setting (`auto` follows the display language).
import { normalizeLang } from '../i18n/lang';
import type { NoteLanguage } from '../note/sections';

/** The values of the `coachingNotes.noteLanguage` setting. */
export const NOTE_LANGUAGE_SETTINGS = ['auto', 'en', 'es'] as const;
export type NoteLanguageSetting = (typeof NOTE_LANGUAGE_SETTINGS)[number];

/**
 * The previous note's heading language wins: a lead who writes one rep's notes in Spanish keeps
 * doing so whatever the editor's language. Without one, the setting; an unknown value is `auto`.
 */
export function newNoteLanguage(
  /** The rep's previous note's heading language (core/note/sections.ts's `noteHeadingLanguage`), if any. */
  previous: NoteLanguage | null,
  setting: string | undefined,
  displayLanguage: string,
): NoteLanguage {
  if (previous !== null) return previous;
  if (setting === 'en' || setting === 'es') return setting;
  return normalizeLang(displayLanguage);
}
