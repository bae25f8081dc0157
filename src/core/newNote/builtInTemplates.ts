// The note templates that ship with the extension, one per meeting type, in the template language
// of core/newNote/placeholders.ts. A workspace overrides one with `.coaching/templates/<type>.coach.md`
// (docs/format.md). Each has `{{cursor}}` in its first section and both carried placeholders.
import type { NoteType } from '../model';

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

const GOALS_AND_FOLLOW_UPS = [
  '## Agreed goals',
  '',
  '{{carried.goals}}',
  '',
  '## Follow-ups',
  '',
  '{{carried.followUps}}',
];

function template(title: string, sections: readonly string[]): string {
  const [first, ...rest] = sections;
  return [
    ...FRONT_MATTER,
    `# ${title}`,
    '',
    ...section(first, '{{cursor}}'),
    ...rest.flatMap((heading) => section(heading)),
    ...GOALS_AND_FOLLOW_UPS,
    '',
  ].join('\n');
}

/** The regular 1:1: the format's four sections. */
const WEEKLY = template('1:1 with {{rep}}', ['Root cause', 'Strengths']);

export const BUILT_IN_TEMPLATES: Readonly<Record<NoteType, string>> = {
  weekly: WEEKLY,
  coaching: WEEKLY,
  other: WEEKLY,
  'pipeline-review': template('Pipeline review with {{rep}}', [
    'Deals',
    'Selling blockers',
    'Resistance',
    'Strengths',
  ]),
  pip: template('Performance plan with {{rep}}', ['Check-in', 'Root cause', 'Strengths']),
  'skip-level': template('Skip-level with {{rep}}', ['Check-in', 'Selling blockers', 'Strengths']),
  onboarding: template('Onboarding check-in with {{rep}}', [
    'Check-in',
    'Ramp progress',
    'Selling blockers',
    'Strengths',
  ]),
  stakeholder: template('Stakeholder meeting: {{rep}}', ['Stakeholders', 'Resistance']),
};
