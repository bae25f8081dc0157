// Which of the note's known sections a `## ` heading names.
import type { SectionKind } from './model';
import { isPrivateHeading } from './privacy';

const KNOWN_SECTIONS: ReadonlyMap<string, SectionKind> = new Map<string, SectionKind>([
  ['root cause', 'root-cause'],
  ['strengths', 'strengths'],
  ['agreed goals', 'agreed-goals'],
  ['follow-ups', 'follow-ups'],
  ['follow ups', 'follow-ups'],
  ['followups', 'follow-ups'],
  // The coaching frameworks' sections (core/newNote/frameworks.ts).
  ['check-in', 'check-in'],
  ['check in', 'check-in'],
  ['checkin', 'check-in'],
  ['selling blockers', 'selling-blockers'],
  ['resistance', 'resistance'],
  ['stakeholders', 'stakeholders'],
]);

/** A trailing private marker, which does not change which section a heading names. */
const PRIVATE_SUFFIX = /\((?:private|privad[ao]s?)\)$/iu;

export interface HeadingMeaning {
  readonly kind: SectionKind;
  /** The heading starts a private region (the rule is core/privacy.ts's `isPrivateHeading`). */
  readonly private: boolean;
}

/**
 * Recognises a heading's text (without the `#`s): case-insensitive, surrounding whitespace and a
 * trailing `:` ignored, a trailing `(private)` does not change the kind. Anything else is `other`.
 */
export function recogniseHeading(heading: string): HeadingMeaning {
  // Most headings are written exactly as the template has them: one map lookup.
  const exact = KNOWN_SECTIONS.get(heading.toLowerCase());
  if (exact !== undefined) return { kind: exact, private: false };
  let name = heading.trim();
  // Both `Strengths (private):` and `Strengths: (private)` are meant the same way.
  for (let pass = 0; pass < 2; pass++) {
    name = stripTrailingColons(name);
    const marker = PRIVATE_SUFFIX.exec(name);
    if (marker !== null) name = name.slice(0, marker.index).trimEnd();
  }
  const normalised = name.toLowerCase().split(/\s+/).join(' ');
  return { kind: KNOWN_SECTIONS.get(normalised) ?? 'other', private: isPrivateHeading(heading) };
}

function stripTrailingColons(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x3a /* : */) end--;
  return text.slice(0, end).trimEnd();
}
