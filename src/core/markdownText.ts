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
 * The user's own Markdown (a section of a note) as a block quote: formatting and links are kept,
 * raw HTML is shown as text, and images become plain links (`!` escaped), which load nothing.
 */
export function quoteMarkdown(text: string): string[] {
  return text
    .split('\n')
    .map((line) => withoutImages(line.replace(/</gu, '&lt;')))
    .map((line) => (line.trim() === '' ? '>' : `> ${line}`));
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
