// The note templates that ship with the extension, one per meeting type, in the template language
// of core/newNote/placeholders.ts. A workspace overrides one with `.coaching/templates/<type>.coach.md`
// (docs/format.md). Each has `{{cursor}}` in its first section and both carried placeholders.
import type { NoteType, SectionKind } from '../note/model';
import { sectionHeading, type NoteLanguage } from '../note/sections';

const FRONT_MATTER = [
  '---',
  'rep: {{rep}}',
  'date: {{date}}',
  'type: {{type}}',
  'coach: {{coach}}',
  'next: {{next}}',
  '---',
  '',
];

/** A section left empty for writing: the heading, a blank line, the line to write on, a blank line. */
function section(heading: string, body = ''): string[] {
  return [`## ${heading}`, '', body, ''];
}

/** A heading: a known section (written in the note's language by core/note/sections.ts) or free text in each language. */
type Heading = Exclude<SectionKind, 'other'> | Readonly<Record<NoteLanguage, string>>;

function headingText(heading: Heading, language: NoteLanguage): string {
  return typeof heading === 'string' ? sectionHeading(heading, language) : heading[language];
}

function goalsAndFollowUps(language: NoteLanguage): string[] {
  return [
    `## ${sectionHeading('agreed-goals', language)}`,
    '',
    '{{carried.goals}}',
    '',
    `## ${sectionHeading('follow-ups', language)}`,
    '',
    '{{carried.followUps}}',
  ];
}

interface TemplateShape {
  /** The title, `{{rep}}` included. */
  readonly title: Readonly<Record<NoteLanguage, string>>;
  /** The sections before Agreed goals and Follow-ups, which every template ends with. */
  readonly sections: readonly Heading[];
}

function render(shape: TemplateShape, language: NoteLanguage): string {
  const [first, ...rest] = shape.sections.map((heading) => headingText(heading, language));
  return [
    ...FRONT_MATTER,
    `# ${shape.title[language]}`,
    '',
    ...section(first, '{{cursor}}'),
    ...rest.flatMap((heading) => section(heading)),
    ...goalsAndFollowUps(language),
    '',
  ].join('\n');
}

/** The regular 1:1: the format's four sections. */
const WEEKLY: TemplateShape = {
  title: { en: '1:1 with {{rep}}', es: '1:1 con {{rep}}' },
  sections: ['root-cause', 'strengths'],
};

const SHAPES: Readonly<Record<NoteType, TemplateShape>> = {
  weekly: WEEKLY,
  coaching: WEEKLY,
  other: WEEKLY,
  'pipeline-review': {
    title: { en: 'Pipeline review with {{rep}}', es: 'Revisión de pipeline con {{rep}}' },
    sections: [{ en: 'Deals', es: 'Oportunidades' }, 'selling-blockers', 'resistance', 'strengths'],
  },
  pip: {
    title: { en: 'Performance plan with {{rep}}', es: 'Plan de mejora con {{rep}}' },
    sections: ['check-in', 'root-cause', 'strengths'],
  },
  'skip-level': {
    title: { en: 'Skip-level with {{rep}}', es: 'Skip-level con {{rep}}' },
    sections: ['check-in', 'selling-blockers', 'strengths'],
  },
  onboarding: {
    title: { en: 'Onboarding check-in with {{rep}}', es: 'Seguimiento de incorporación con {{rep}}' },
    sections: [
      'check-in',
      { en: 'Ramp progress', es: 'Avance en la incorporación' },
      'selling-blockers',
      'strengths',
    ],
  },
  stakeholder: {
    title: { en: 'Stakeholder meeting: {{rep}}', es: 'Reunión con partes interesadas: {{rep}}' },
    sections: ['stakeholders', 'resistance'],
  },
};

/** The built-in template of a meeting type, its title and headings in `language`. */
export function builtInTemplateText(type: NoteType, language: NoteLanguage): string {
  return render(SHAPES[type], language);
}
