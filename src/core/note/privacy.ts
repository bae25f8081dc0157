// Is this private? The one owner of the answer, for every output that may leave the machine (the
// report, the CSV, the CLI's history, the history panel with "Hide private", a new note's carried
// items). The rules fail closed: when a marker is misspelt or cannot be read, the content counts as
// private, and `check` says what to fix.
//
// - A note is private when any front matter key spelt `private` in any case has a value other than
//   the boolean `false`, or when its front matter could not be fully read and a raw line of it
//   looks like a `private` key.
// - A heading of any level whose text holds the word "private" (or Spanish "privado", "privada",
//   plural too) as a whole word starts a private region, which ends at the next heading of the same
//   or a higher level. Everything in it (text, items, deeper headings) is private.
import type { NoteItem, NoteSection, ParsedNote, PrivateRegion } from './model';

/** The marker words, whole words only: `Private notes`, `Notas privadas`, but not `Privately`. */
const PRIVATE_WORD = /(?<![\p{L}\p{M}\p{N}])(?:private|privad[ao]s?)(?![\p{L}\p{M}\p{N}])/iu;

/** A line of raw front matter that holds a `private` key, at any indentation, quoted or not. */
const RAW_PRIVATE_KEY = /^[ \t\-?{]*["']?private["']?[ \t]*:/iu;

/** Whether a heading's text (without its `#`s) starts a private region. */
export function isPrivateHeading(headingText: string): boolean {
  return PRIVATE_WORD.test(headingText);
}

/** Whether a front matter key is the privacy marker: `private` in any letter case. */
export function isPrivateKey(key: string): boolean {
  return key.length === 7 && key.toLowerCase() === 'private';
}

/** A `private` key makes the note private unless its value is the boolean `false`. */
export function privateValueKeepsNoteShared(value: unknown): boolean {
  return value === false;
}

/**
 * Whether front matter that could not be fully read (a syntax error, unclosed, too large...) still
 * shows a `private` key: then the note is private, whatever value the key was meant to have.
 */
export function rawFrontMatterMarksPrivate(lines: readonly string[]): boolean {
  return lines.some((line) => RAW_PRIVATE_KEY.test(line));
}

/** The whole note is private (its front matter says so, or fails closed). */
export function isPrivateNote(note: ParsedNote): boolean {
  return note.frontMatter.private;
}

/** The private region holding the 0-based `line`, or null. Regions are sorted and never overlap. */
export function privateRegionAt(note: ParsedNote, line: number): PrivateRegion | null {
  const regions = note.privateRegions;
  let low = 0;
  let high = regions.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const region = regions[middle];
    if (line < region.headingLine) high = middle - 1;
    else if (line >= region.endLine) low = middle + 1;
    else return region;
  }
  return null;
}

/** The line is private: in a private note, or inside a private region of the body. */
export function isPrivateLine(note: ParsedNote, line: number): boolean {
  return isPrivateNote(note) || privateRegionAt(note, line) !== null;
}

/** The item is private: in a private note, or under a private heading. */
export function isPrivateItem(note: ParsedNote, item: NoteItem): boolean {
  return isPrivateLine(note, item.line);
}

/** The section is private: in a private note, or its heading is in a private region. */
export function isPrivateSection(note: ParsedNote, section: NoteSection): boolean {
  return isPrivateNote(note) || section.private;
}

/** What a section may show outside the machine: its text without its private sub-headings' parts. */
export function sharedSectionText(section: NoteSection): string {
  return section.sharedText ?? section.text;
}
