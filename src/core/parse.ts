// Parses one note's text into the engine's model. Never throws, on any input.
// (Stub: the parser is being written; see docs/format.md for the rules it follows.)
import type { ParsedNote } from './model';

export function parseNote(text: string): ParsedNote {
  return {
    frontMatter: {
      range: null,
      rep: null,
      date: null,
      type: null,
      coach: null,
      next: null,
      tags: [],
      private: false,
      extra: Object.create(null) as Record<string, unknown>,
      keyLines: Object.create(null) as Record<string, number>,
    },
    sections: [],
    items: [],
    diagnostics: [],
    lineCount: text.split('\n').length,
  };
}
