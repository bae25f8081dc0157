// The web build's stand-in for the desktop's lazy `require`. The web worker extension host resolves
// no module but `vscode`, so the parts of the engine a session may not need (the yaml package, the
// Spanish words) are files of their own beside dist/web/extension.js (scripts/lazyModules.mjs). The
// web entry reads the ones this session needs through workspace.fs in the background after
// activation, and evaluates each once, the way the host itself evaluates this extension's file;
// engineLoaded.ts holds every parse back until they are in. Only files of this extension's own
// package are ever evaluated here: nothing read from a note or a workspace.
import * as vscode from 'vscode';

const loaded = new Map<string, Record<string, unknown>>();

/** The exports of `file` (dist/web/`file`), for the bundle's lazy modules; throws before it is loaded. */
export function onDemandExports(file: string): Record<string, unknown> {
  const exports = loaded.get(file);
  if (!exports) throw new Error(`Coaching Notes: dist/web/${file} is used before it was loaded.`);
  return exports;
}

/** Reads and evaluates dist/web/`file` of the extension at `extensionUri`, once. */
export async function loadOnDemandModule(extensionUri: vscode.Uri, file: string): Promise<void> {
  if (loaded.has(file)) return;
  const uri = vscode.Uri.joinPath(extensionUri, 'dist', 'web', file);
  const source = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  const module: { exports: Record<string, unknown> } = { exports: {} };
  // A CommonJS file built by esbuild for this host, shipped in this package (see the header).
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const evaluate = new Function('module', 'exports', `${source}\n//# sourceURL=${uri.toString(true)}`) as (
    module: { exports: Record<string, unknown> },
    exports: Record<string, unknown>,
  ) => void;
  evaluate(module, module.exports);
  loaded.set(file, module.exports);
}
