// What may leave the machine, note by note: a private note never does, nor does anything under a
// private heading (a private section, or a private part of a shared one: its text and its items).
// Whether something is private is decided by core/note/privacy.ts alone; this only takes it out.
import type { IsoDate, NoteItem, NoteSection, ParsedNote } from '../note/model';
import { isPrivateItem, isPrivateNote, isPrivateSection, sharedSectionText } from '../note/privacy';
import type { HistoryNoteInput } from './types';

/** A note left out, for the counts of what was withheld (never shown itself). */
export interface PrivateNoteRef {
  readonly date: IsoDate | null;
  readonly items: number;
}

/** The private regions of a shared note, for the counts of what was withheld. */
export interface PrivatePartsRef {
  readonly date: IsoDate | null;
  /** Private headings (outermost ones: a private heading inside another counts once). */
  readonly regions: number;
  readonly items: number;
}

export interface SharingFilterResult {
  /** The notes with private content removed (private notes left out entirely). */
  readonly shared: readonly HistoryNoteInput[];
  /** What was left out: counted in the output, never shown. */
  readonly privateNotes: readonly PrivateNoteRef[];
  readonly privateParts: readonly PrivatePartsRef[];
}

export function filterForSharing(entries: readonly HistoryNoteInput[]): SharingFilterResult {
  const shared: HistoryNoteInput[] = [];
  const privateNotes: PrivateNoteRef[] = [];
  const privateParts: PrivatePartsRef[] = [];
  for (const entry of entries) {
    const { file, note } = entry;
    if (isPrivateNote(note)) {
      privateNotes.push({ date: note.frontMatter.date, items: note.items.length });
      continue;
    }
    if (note.privateRegions.length === 0) {
      shared.push(entry);
      continue;
    }
    const withoutPrivate = withoutPrivateParts(note);
    privateParts.push({
      date: note.frontMatter.date,
      regions: note.privateRegions.length,
      items: note.items.length - withoutPrivate.items.length,
    });
    shared.push({ file, note: withoutPrivate });
  }
  return { shared, privateNotes, privateParts };
}

/**
 * The note without its private regions: private sections and the items under private headings
 * removed, the other sections' text without their private parts; item section indexes follow.
 */
function withoutPrivateParts(note: ParsedNote): ParsedNote {
  const newIndex = new Map<number, number>();
  const sections: NoteSection[] = [];
  note.sections.forEach((section, index) => {
    if (isPrivateSection(note, section)) return;
    newIndex.set(index, sections.length);
    sections.push(
      section.sharedText === null
        ? section
        : { ...section, text: sharedSectionText(section), sharedText: null },
    );
  });
  const items: NoteItem[] = [];
  for (const item of note.items) {
    if (isPrivateItem(note, item)) continue;
    if (item.section === -1) items.push(item);
    else {
      const section = newIndex.get(item.section);
      if (section !== undefined) items.push(section === item.section ? item : { ...item, section });
    }
  }
  return { ...note, sections, items, privateRegions: [] };
}
