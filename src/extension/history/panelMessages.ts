// Messages the history webview may send. A webview is a page showing note text: treat what it
// sends as untrusted and accept only these shapes. Pure, so it is unit-tested.

export type PanelCommand = 'prepareBrief' | 'exportReport' | 'togglePrivate';
const PANEL_COMMANDS: readonly string[] = ['prepareBrief', 'exportReport', 'togglePrivate'];

export type PanelMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'open'; readonly file: string; readonly line: number }
  | { readonly type: 'command'; readonly command: PanelCommand }
  | { readonly type: 'rendered'; readonly notes: number; readonly points: number; readonly charts: number }
  | { readonly type: 'problem'; readonly message: string };

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** The message when it has one of the expected shapes, otherwise undefined. */
export function parsePanelMessage(raw: unknown): PanelMessage | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const message = raw as Record<string, unknown>;
  switch (message.type) {
    case 'ready':
      return { type: 'ready' };
    case 'open': {
      const { file, line } = message;
      if (typeof file !== 'string' || file.length === 0 || file.length > 4096 || !isCount(line))
        return undefined;
      return { type: 'open', file, line };
    }
    case 'command': {
      const { command } = message;
      return typeof command === 'string' && PANEL_COMMANDS.includes(command)
        ? { type: 'command', command: command as PanelCommand }
        : undefined;
    }
    case 'rendered': {
      const { notes, points, charts } = message;
      return isCount(notes) && isCount(points) && isCount(charts)
        ? { type: 'rendered', notes, points, charts }
        : undefined;
    }
    case 'problem':
      return typeof message.message === 'string'
        ? { type: 'problem', message: message.message.slice(0, 500) }
        : undefined;
    default:
      return undefined;
  }
}
