// Messages the Team Overview's webview may send. It runs the history panel's script, so the shapes
// are the history panel's (panelMessages.ts), except the commands: the team page's buttons name a
// filter, an export or a rep. Anything else is refused. Pure, so it is unit-tested.
import { parsePanelMessage, type PanelMessage } from '../history/panelMessages';
import { TEAM_PERIOD_WEEKS, type TeamPeriodWeeks } from './teamPage';

export type TeamCommand =
  | { readonly kind: 'togglePrivate' | 'exportTeamReport' | 'exportCalendar' }
  | { readonly kind: 'team'; readonly team: string | null }
  | { readonly kind: 'period'; readonly weeks: TeamPeriodWeeks }
  | { readonly kind: 'history' | 'brief'; readonly rep: string };

export type TeamMessage =
  | Exclude<PanelMessage, { readonly type: 'command' }>
  | { readonly type: 'command'; readonly command: TeamCommand };

function parseCommand(command: string): TeamCommand | undefined {
  if (command === 'togglePrivate' || command === 'exportTeamReport' || command === 'exportCalendar')
    return { kind: command };
  const colon = command.indexOf(':');
  if (colon === -1) return undefined;
  const name = command.slice(0, colon);
  const value = command.slice(colon + 1);
  switch (name) {
    case 'team':
      return { kind: 'team', team: value === '' ? null : value };
    case 'period': {
      const weeks = TEAM_PERIOD_WEEKS.find((option) => String(option) === value);
      return weeks === undefined ? undefined : { kind: 'period', weeks };
    }
    case 'history':
    case 'brief':
      return value === '' ? undefined : { kind: name, rep: value };
    default:
      return undefined;
  }
}

/** The message when it has one of the expected shapes, otherwise undefined. */
export function parseTeamMessage(raw: unknown): TeamMessage | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const message = raw as Record<string, unknown>;
  if (message.type === 'command') {
    const { command } = message;
    if (typeof command !== 'string' || command.length > 500) return undefined;
    const parsed = parseCommand(command);
    return parsed === undefined ? undefined : { type: 'command', command: parsed };
  }
  const other = parsePanelMessage(raw);
  return other?.type === 'command' ? undefined : other;
}
