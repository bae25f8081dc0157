// The coaching frameworks a note can hold, one per framework section: the heading a template writes,
// two lines of help for the heading's hover, and the snippet completion offers inside the section.
// Snippet bodies use VS Code's snippet syntax (`${1:placeholder}`, `${1|a,b|}`); the core only keeps
// them as text.
import type { SectionKind } from '../note/model';

export type FrameworkKind = Extract<
  SectionKind,
  'check-in' | 'selling-blockers' | 'resistance' | 'stakeholders'
>;

export interface Framework {
  readonly kind: FrameworkKind;
  /** The heading as templates write it, without `## `. */
  readonly heading: string;
  /** What completion shows. */
  readonly label: string;
  /** Two lines on how to use it, for the heading's hover. */
  readonly help: readonly [string, string];
  /** The snippet's lines (without the heading). */
  readonly snippet: readonly string[];
}

export const FRAMEWORKS: readonly Framework[] = [
  {
    kind: 'check-in',
    heading: 'Check-in',
    label: 'Check-in with a defensive rep',
    help: [
      'Defensive usually means stuck or short of confidence: acknowledge their view first and say you are on their side.',
      'Ask one open question, name one strength you have seen and mean it, then make the problem a shared one.',
    ],
    snippet: [
      '- Acknowledged: ${1:what they said, in their words}',
      '- Open question: ${2|What is in the way right now?,Where do you see the biggest lever?,How can I help you most this week?|}',
      '- Strength I named: ${3:a specific thing they did well, and where}',
      '- Our shared problem: ${4:the problem, said as ours to solve}',
      '- Small win to rebuild confidence: ${5:one step they can finish this week}',
    ],
  },
  {
    kind: 'selling-blockers',
    heading: 'Selling blockers',
    label: 'Make selling easier',
    help: [
      'Look for what makes selling harder than it should be: weak leads, fuzzy qualification, time wasted in the week.',
      'For each blocker: eliminate, simplify or automate; split what the rep controls from what you must remove.',
    ],
    snippet: [
      '- Lead quality: ${1:where the good leads come from, and the bad ones}',
      "- Qualification criteria: ${2:what a lead must have before it takes the rep's time}",
      '- Time waster: ${3:what eats the week} → ${4|eliminate,simplify,automate|}',
      "- In the rep's control: ${5:what they change themselves}",
      '- Mine to remove: ${6:what I take off their plate, and by when}',
    ],
  },
  {
    kind: 'resistance',
    heading: 'Resistance',
    label: 'Resistance: align, clarify, assure',
    help: [
      'Resistance is a perception that is missing, incomplete or incorrect: find out which before you answer it.',
      'Align with their goals, challenges and needs; clarify what they lack; assure only what you can keep.',
    ],
    snippet: [
      '- Who resists: ${1|the rep,the customer,a stakeholder|}: ${2:what they said}',
      '- Their perception is ${3|missing,incomplete,incorrect|}: ${4:what they do not see, or see differently}',
      '- Align: ${5:how this serves their goals, challenges and needs}',
      '- Clarify: ${6:the fact, example or proof they lack}',
      '- Assure: ${7:what we commit to, and nothing more}',
    ],
  },
  {
    kind: 'stakeholders',
    heading: 'Stakeholders',
    label: 'Stakeholder recap and commitments',
    help: [
      'Open every call with a thirty-second recap: where we are, why this call, their role, the next step.',
      'Write each commitment as a task with an owner and a date, so the next call starts from what was kept.',
    ],
    snippet: [
      '- Where we are: ${1:the state of the deal or project, in one line}',
      '- Why this call: ${2:the one decision or answer we need}',
      '- Your role: ${3:what we need from this stakeholder}',
      '- Next step: ${4:the step, who takes it, when}',
      '- [ ] ${5:Stakeholder} commits to ${6:what} @${7:owner} due:${8:$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE}',
    ],
  },
];

/** The framework of a section, or undefined for a section that is not one. */
export function frameworkOf(kind: SectionKind): Framework | undefined {
  return FRAMEWORKS.find((framework) => framework.kind === kind);
}
