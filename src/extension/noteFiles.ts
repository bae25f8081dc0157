// Reads notes through VS Code's file system API, with the engine's rules for what is readable
// (a FIFO or device named *.coach.md is never opened; a huge file is never read).
import * as vscode from 'vscode';
import type { ParsedNote } from '../core/model';
import { parseNote } from '../core/parse';
import { noteFromRead, readNoteFile, type NoteFileStat, type NoteSource } from '../core/workspace';

/** The engine's file port over vscode.workspace.fs; files are URI strings. */
export const vscodeNoteSource: NoteSource = {
  async listNoteFiles(roots) {
    const found = await Promise.all(
      roots.map((root) =>
        vscode.workspace.findFiles(
          new vscode.RelativePattern(vscode.Uri.parse(root), '**/*.coach.md'),
          '{**/node_modules/**,**/.git/**}',
        ),
      ),
    );
    return found.flat().map((uri) => uri.toString());
  },
  async stat(file) {
    return toNoteStat(await vscode.workspace.fs.stat(vscode.Uri.parse(file)));
  },
  async readBytes(file) {
    return vscode.workspace.fs.readFile(vscode.Uri.parse(file));
  },
};

function toNoteStat(stat: vscode.FileStat): NoteFileStat {
  const kind =
    stat.type & vscode.FileType.File ? 'file' : stat.type & vscode.FileType.Directory ? 'directory' : 'other';
  return { kind, size: stat.size, mtime: stat.mtime };
}

export type NoteLoadResult =
  | { readonly kind: 'cached'; readonly note: ParsedNote }
  | {
      readonly kind: 'loaded';
      readonly stat: NoteFileStat;
      readonly note: ParsedNote;
      readonly cacheable: boolean;
    }
  | { readonly kind: 'missing' };

/** Loads a note: from `cached` when it knows this size and mtime, else by reading and parsing it. */
export async function loadNoteFile(
  uri: vscode.Uri,
  cached: (stat: NoteFileStat) => ParsedNote | undefined,
): Promise<NoteLoadResult> {
  let stat: NoteFileStat;
  try {
    stat = toNoteStat(await vscode.workspace.fs.stat(uri));
  } catch {
    return { kind: 'missing' };
  }
  const hit = stat.kind === 'file' ? cached(stat) : undefined;
  if (hit) return { kind: 'cached', note: hit };
  const loaded = noteFromRead(await readNoteFile(vscodeNoteSource, uri.toString(), stat), parseNote);
  return { kind: 'loaded', stat, note: loaded.note, cacheable: loaded.cacheable };
}
