// Note text inside the Markdown that Coaching Notes writes (the prep brief, the shared report). Notes
// are untrusted input, and a Markdown viewer fetches images as soon as it shows them: nothing from a
// note may make the viewer load anything, run anything, or turn into a link the note did not hold.

/** One line of user text as literal Markdown: no formatting, links, images, HTML or line breaks. */
export function escapeInline(text: string): string {
  return text
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[\\`*_{}[\]<>#|~!]/gu, '\\$&');
}

/**
 * The user's own Markdown (a section of a note) as a block quote: formatting and web links are
 * kept, raw HTML is shown as text, images become plain links (`!` escaped), which load nothing,
 * and links to editor commands (`command:`, `vscode:`) become plain text.
 */
export function quoteMarkdown(text: string): string[] {
  return text
    .split('\n')
    .map((line) => withoutCommandLinks(withoutImages(line.replace(/</gu, '&lt;'))))
    .map((line) => (line.trim() === '' ? '>' : `> ${line}`));
}

/** `](` before a `command:` or `vscode…:` destination, and such a link reference definition. */
const COMMAND_LINK = /\]\(\s*(?:<\s*)?(?=(?:command|vscode[\w-]*):)/giu;
const COMMAND_DEFINITION = /^( {0,3})\[(?=[^\]]*\]:\s*(?:<\s*)?(?:command|vscode[\w-]*):)/iu;

/** Escapes what would make a link to an editor command: the text stays, the link does not. */
export function withoutCommandLinks(line: string): string {
  if (!line.includes(':')) return line;
  return line.replace(COMMAND_LINK, (match) => `]\\${match.slice(1)}`).replace(COMMAND_DEFINITION, '$1\\[');
}

/**
 * Escapes the `!` of every `![`: an image (inline, reference or nested in a link) then renders as
 * a `!` and a link. A `!` already escaped (after an odd number of backslashes) is left as it is.
 */
export function withoutImages(line: string): string {
  if (!line.includes('![')) return line;
  let result = '';
  let backslashes = 0;
  for (let index = 0; index < line.length; index++) {
    const character = line[index];
    if (character === '!' && line[index + 1] === '[' && backslashes % 2 === 0) result += '\\';
    backslashes = character === '\\' ? backslashes + 1 : 0;
    result += character;
  }
  return result;
}
