// Which of the note's known sections a `## ` heading names.
import type { SectionKind } from './model';

const KNOWN_SECTIONS: ReadonlyMap<string, SectionKind> = new Map<string, SectionKind>([
  ['root cause', 'root-cause'],
  ['strengths', 'strengths'],
  ['agreed goals', 'agreed-goals'],
  ['follow-ups', 'follow-ups'],
  ['follow ups', 'follow-ups'],
  ['followups', 'follow-ups'],
]);

const PRIVATE_SUFFIX = '(private)';

export interface HeadingMeaning {
  readonly kind: SectionKind;
  /** The heading ends in `(private)`: the section never leaves the machine in an export. */
  readonly private: boolean;
}

/**
 * Recognises a heading's text (without the `#`s): case-insensitive, surrounding whitespace and a
 * trailing `:` ignored, a trailing `(private)` marks the section private. Anything else is `other`.
 */
export function recogniseHeading(heading: string): HeadingMeaning {
  // Most headings are written exactly as the template has them: one map lookup.
  const exact = KNOWN_SECTIONS.get(heading.toLowerCase());
  if (exact !== undefined) return { kind: exact, private: false };
  let name = heading.trim();
  let isPrivate = false;
  // Both `Strengths (private):` and `Strengths: (private)` are meant the same way.
  for (let pass = 0; pass < 2; pass++) {
    name = stripTrailingColons(name);
    if (
      name.length >= PRIVATE_SUFFIX.length &&
      name.slice(-PRIVATE_SUFFIX.length).toLowerCase() === PRIVATE_SUFFIX
    ) {
      isPrivate = true;
      name = name.slice(0, -PRIVATE_SUFFIX.length).trimEnd();
    }
  }
  const normalised = name.toLowerCase().split(/\s+/).join(' ');
  return { kind: KNOWN_SECTIONS.get(normalised) ?? 'other', private: isPrivate };
}

function stripTrailingColons(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x3a /* : */) end--;
  return text.slice(0, end).trimEnd();
}
