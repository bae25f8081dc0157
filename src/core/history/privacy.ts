// What may leave the machine: a note with `private: true` never does, nor does a section whose
// heading ends in `(private)`, nor any task item inside such a section.
import type { IsoDate, NoteItem, NoteSection, ParsedNote } from '../model';
import type { HistoryNoteInput, PrivateSectionRef } from './types';

export interface PrivateNoteRef {
  readonly file: string;
  readonly date: IsoDate | null;
  readonly items: number;
}

export interface SharingFilterResult {
  /** The notes with private content removed (private notes left out entirely). */
  readonly shared: readonly HistoryNoteInput[];
  /** What was left out: for the export preview, never for the shared output itself. */
  readonly privateNotes: readonly PrivateNoteRef[];
  readonly privateSections: readonly PrivateSectionRef[];
}

export function filterForSharing(entries: readonly HistoryNoteInput[]): SharingFilterResult {
  const shared: HistoryNoteInput[] = [];
  const privateNotes: PrivateNoteRef[] = [];
  const privateSections: PrivateSectionRef[] = [];
  for (const entry of entries) {
    const { file, note } = entry;
    if (note.frontMatter.private) {
      privateNotes.push({ file, date: note.frontMatter.date, items: note.items.length });
      continue;
    }
    if (!note.sections.some((section) => section.private)) {
      shared.push(entry);
      continue;
    }
    for (const [index, section] of note.sections.entries()) {
      if (!section.private) continue;
      privateSections.push({
        file,
        date: note.frontMatter.date,
        heading: section.heading,
        line: section.headingLine,
        items: note.items.filter((item) => item.section === index).length,
      });
    }
    shared.push({ file, note: withoutPrivateSections(note) });
  }
  return { shared, privateNotes, privateSections };
}

/** The note without its private sections and their items; item section indexes follow the removal. */
function withoutPrivateSections(note: ParsedNote): ParsedNote {
  const newIndex = new Map<number, number>();
  const sections: NoteSection[] = [];
  note.sections.forEach((section, index) => {
    if (section.private) return;
    newIndex.set(index, sections.length);
    sections.push(section);
  });
  const items: NoteItem[] = [];
  for (const item of note.items) {
    if (item.section === -1) items.push(item);
    else {
      const section = newIndex.get(item.section);
      if (section !== undefined) items.push(section === item.section ? item : { ...item, section });
    }
  }
  return { ...note, sections, items };
}

/** True when the item sits in a private note or a private section. */
export function isPrivateItem(note: ParsedNote, item: NoteItem): boolean {
  return note.frontMatter.private || (note.sections[item.section]?.private ?? false);
}
