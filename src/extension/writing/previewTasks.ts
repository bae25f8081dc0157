// Task items in VS Code's Markdown preview of a coaching note: the box becomes a (read-only)
// checkbox, a cancelled item is struck through and a carried one is marked as carried over.
// A markdown-it plugin the built-in preview loads through `extendMarkdownIt` (package.json
// `markdown.markdownItPlugins`). It changes coaching notes only: the parse step merely marks task
// items, and the render step (which knows the document) draws them for `*.coach.md` files.
import * as vscode from 'vscode';

/** The parts of markdown-it's API this plugin uses (the extension does not bundle markdown-it). */
interface MarkdownToken {
  readonly type: string;
  content: string;
  children: MarkdownToken[] | null;
  attrs: [string, string][] | null;
  meta: unknown;
  attrJoin(name: string, value: string): void;
}

type RenderRule = (
  tokens: MarkdownToken[],
  index: number,
  options: unknown,
  env: unknown,
  renderer: { renderToken(tokens: MarkdownToken[], index: number, options: unknown): string },
) => string;

export interface MarkdownItLike {
  readonly core: {
    readonly ruler: {
      push(ruleName: string, rule: (state: { readonly tokens: MarkdownToken[] }) => void): void;
    };
  };
  readonly renderer: { readonly rules: Record<string, RenderRule | undefined> };
  readonly utils: { escapeHtml(text: string): string };
}

interface TaskMark {
  readonly coachingNoteBox: string;
  /** Length of the box and the blank after it at the start of the text token. */
  readonly boxLength: number;
}

const BOX = /^\[(.)\](?:[ \t]+|$)/u;
/** In the bullet's place: the list item has no bullet, so the box stands where the bullet stood. */
const MARKER_STYLE = 'margin:0 0.45em 0 -1.45em';
const CHECKBOX_STYLE = `${MARKER_STYLE};vertical-align:middle`;

export function extendMarkdownIt<T extends MarkdownItLike>(md: T): T {
  md.core.ruler.push('coaching-notes-task-items', (state) => markTaskItems(state.tokens));
  const rules = md.renderer.rules;
  const renderText = rules.text ?? ((tokens, index) => md.utils.escapeHtml(tokens[index].content));
  const renderListItem: RenderRule =
    rules.list_item_open ??
    ((tokens, index, options, _env, renderer) => renderer.renderToken(tokens, index, options));

  rules.text = (tokens, index, options, env, renderer) => {
    const token = tokens[index];
    const mark = taskMark(token.meta);
    if (!mark || !isCoachingNote(env)) return renderText(tokens, index, options, env, renderer);
    return boxHtml(mark.coachingNoteBox) + md.utils.escapeHtml(token.content.slice(mark.boxLength));
  };

  rules.list_item_open = (tokens, index, options, env, renderer) => {
    const token = tokens[index];
    const mark = taskMark(token.meta);
    if (!mark || !isCoachingNote(env)) return renderListItem(tokens, index, options, env, renderer);
    const saved = token.attrs?.map(([name, value]): [string, string] => [name, value]) ?? null;
    token.attrJoin('style', itemStyle(mark.coachingNoteBox));
    try {
      return renderListItem(tokens, index, options, env, renderer);
    } finally {
      token.attrs = saved;
    }
  };
  return md;
}

/** Marks `- [ ] ...` list items (their opening token and first text) for the render step. */
function markTaskItems(tokens: MarkdownToken[]): void {
  for (let index = 2; index < tokens.length; index++) {
    const inline = tokens[index];
    if (inline.type !== 'inline' || tokens[index - 1].type !== 'paragraph_open') continue;
    const listItem = tokens[index - 2];
    if (listItem.type !== 'list_item_open') continue;
    const first = inline.children?.[0];
    if (first?.type !== 'text') continue;
    const match = BOX.exec(first.content);
    if (!match) continue;
    const mark: TaskMark = { coachingNoteBox: match[1], boxLength: match[0].length };
    first.meta = mark;
    listItem.meta = mark;
  }
}

function taskMark(meta: unknown): TaskMark | undefined {
  return typeof meta === 'object' && meta !== null && 'coachingNoteBox' in meta && 'boxLength' in meta
    ? (meta as TaskMark)
    : undefined;
}

function itemStyle(box: string): string {
  if (box === '-') return 'list-style-type:none;text-decoration:line-through;opacity:0.7';
  if (box === '>') return 'list-style-type:none;opacity:0.7';
  return 'list-style-type:none';
}

function boxHtml(box: string): string {
  if (box === '>') {
    const title = escapeAttribute(vscode.l10n.t('Carried over to a later note'));
    return `<span title="${title}" style="display:inline-block;width:1em;${MARKER_STYLE}">↪</span>`;
  }
  const done = box === 'x' || box === 'X';
  // "Open" alone is the verb on buttons; here it is a task's state (another word in Spanish).
  const title =
    box === '-'
      ? vscode.l10n.t('Cancelled')
      : done
        ? vscode.l10n.t('Done')
        : vscode.l10n.t({ message: 'Open', comment: 'the state of a task that is not done yet' });
  return `<input type="checkbox" disabled${done ? ' checked' : ''} title="${escapeAttribute(title)}" style="${CHECKBOX_STYLE}">`;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;');
}

/** The preview renders with the document as `env.currentDocument` (a URI). */
function isCoachingNote(env: unknown): boolean {
  if (typeof env !== 'object' || env === null || !('currentDocument' in env)) return false;
  const document: unknown = env.currentDocument;
  return (
    typeof document === 'object' &&
    document !== null &&
    'path' in document &&
    typeof document.path === 'string' &&
    document.path.endsWith('.coach.md')
  );
}
