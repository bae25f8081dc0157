// Recurring themes across a rep's notes: what the root causes and strengths sections said, note by
// note, and which tags keep coming back.
import type { SectionKind } from '../note/model';
import { isPrivateSection } from '../note/privacy';
import type { DatedNote } from './threads';
import type { NoteRef, SectionText, TagCount, Themes } from './types';

function sectionTexts(notes: readonly DatedNote[], kind: SectionKind): SectionText[] {
  const texts: SectionText[] = [];
  for (const { file, date, note } of notes) {
    for (const section of note.sections) {
      if (section.kind !== kind || section.text === '') continue;
      texts.push({
        date,
        file,
        line: section.headingLine,
        heading: section.heading,
        text: section.text,
        private: isPrivateSection(note, section),
      });
    }
  }
  return texts;
}

function tagCounts(notes: readonly DatedNote[]): TagCount[] {
  const byKey = new Map<string, { tag: string; notes: NoteRef[] }>();
  for (const { file, date, note } of notes) {
    const seen = new Set<string>();
    for (const tag of note.frontMatter.tags) {
      const key = tag.trim().toLowerCase();
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      const entry = byKey.get(key) ?? { tag: tag.trim(), notes: [] };
      entry.notes.push({ file, date });
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()]
    .map(({ tag, notes: tagged }) => ({ tag, count: tagged.length, notes: tagged }))
    .sort((a, b) => b.count - a.count || (a.tag.toLowerCase() < b.tag.toLowerCase() ? -1 : 1));
}

/** `notes` sorted oldest first. */
export function collectThemes(notes: readonly DatedNote[]): Themes {
  return {
    rootCauses: sectionTexts(notes, 'root-cause'),
    strengths: sectionTexts(notes, 'strengths'),
    resistance: sectionTexts(notes, 'resistance'),
    tags: tagCounts(notes),
  };
}
