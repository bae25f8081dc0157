// The few parts of markdown-it (the Markdown parser behind VS Code's preview) that the hostile tier
// uses as its independent reader of notes.
declare module 'markdown-it' {
  interface Token {
    readonly type: string;
    readonly content: string;
    /** [first line, line after the last], 0-based; null for inline tokens. */
    readonly map: [number, number] | null;
  }
  interface Options {
    readonly html?: boolean;
  }
  class MarkdownIt {
    constructor(options?: Options);
    parse(source: string, env: object): Token[];
  }
  export = MarkdownIt;
}
