// Note texts shared by the history and report tests, parsed with the real parser.
import { parseNote } from '../../../../src/core/note/parse';
import type { HistoryNoteInput } from '../../../../src/core/history/history';

export interface Header {
  readonly rep?: string;
  readonly date?: string;
  readonly next?: string;
  readonly tags?: readonly string[];
  readonly private?: boolean;
  readonly type?: string;
}

export function noteText(header: Header, ...body: string[]): string {
  const lines = ['---', `rep: ${header.rep ?? 'Dana Whitfield'}`];
  if (header.date !== undefined) lines.push(`date: ${header.date}`);
  if (header.type !== undefined) lines.push(`type: ${header.type}`);
  if (header.next !== undefined) lines.push(`next: ${header.next}`);
  if (header.tags !== undefined) lines.push(`tags: [${header.tags.join(', ')}]`);
  if (header.private !== undefined) lines.push(`private: ${String(header.private)}`);
  lines.push('---', ...body, '');
  return lines.join('\n');
}

export function note(file: string, header: Header, ...body: string[]): HistoryNoteInput & { text: string } {
  const text = noteText(header, ...body);
  return { file, note: parseNote(text), text };
}

/** 0-based line of the first line containing `fragment` (fails loudly when absent). */
export function lineOf(entry: { text: string }, fragment: string): number {
  const line = entry.text.split('\n').findIndex((text) => text.includes(fragment));
  if (line === -1) throw new Error(`fixture has no line with ${fragment}`);
  return line;
}

/**
 * Four weekly-ish notes for Dana in January to March 2026 (no note in February):
 * - a discovery goal carried three times (due token rewritten each time) and done on 2026-03-02;
 * - a goal cancelled in the first note;
 * - a follow-up whose text was lightly edited when carried, done in the second note;
 * - a carried follow-up the second note forgot (dropped);
 * - follow-ups left open (one overdue) and one carried in the latest note.
 */
export const jan05 = note(
  'dana/2026-01-05.coach.md',
  { date: '2026-01-05', type: 'weekly', tags: ['discovery', 'Demo'] },
  '## Root cause',
  'Jumps to the demo before discovery.',
  '',
  '## Strengths',
  'Warm rapport with champions.',
  '',
  '## Agreed goals',
  '- [>] Run three discovery calls using the question bank due:2026-01-12',
  '- [-] Shadow Priya on a negotiation',
  '',
  '## Follow-ups',
  '- [x] Send call recording @coach due:2026-01-06',
  '- [>] Share pricing playbook @dana due:2026-01-09',
  '- [>] Book the Acme call @dana due:2026-01-08',
);

export const jan12 = note(
  'dana/2026-01-12.coach.md',
  { date: '2026-01-12', tags: ['discovery'] },
  '## Agreed goals',
  '- [>] Run three discovery calls using the question bank due:2026-01-19',
  '',
  '## Follow-ups',
  '- [x] Share updated pricing playbook @dana due:2026-01-16',
  '- [ ] Prepare QBR deck @dana due:2026-01-20',
);

export const jan26 = note(
  'dana/2026-01-26.coach.md',
  { date: '2026-01-26', tags: ['DISCOVERY', 'negotiation'] },
  '## Root cause',
  'Still demoing too early on inbound leads.',
  '',
  '## Agreed goals',
  '- [>] run three  discovery calls using the Question Bank 📅 2026-02-02',
  '',
  '## Follow-ups',
  '- [ ] Call back Globex @dana due:2026-03-20',
);

export const mar02 = note(
  'dana/2026-03-02.coach.md',
  { date: '2026-03-02', next: '2026-03-16' },
  '## Strengths',
  'Ran a crisp discovery call with Initech.',
  '',
  '## Agreed goals',
  '- [x] Run three discovery calls using the question bank [due:: 2026-02-02]',
  '',
  '## Follow-ups',
  '- [>] Draft mutual action plan for Initech @dana due:2026-03-05',
);

export const danaNotes = [jan05, jan12, jan26, mar02];
