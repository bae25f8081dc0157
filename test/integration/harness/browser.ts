// Headless Chromium (Debian's, driven by playwright-core) showing the code-server workbench.
import * as fs from 'fs';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumPackage, ensureSystemPackages } from './systemPackages';

export const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Workbench {
  readonly context: BrowserContext;
  readonly page: Page;
}

/** Starts Chromium with a fresh profile in `profileDir`; the caller closes `context`. */
export async function launchBrowser(profileDir: string): Promise<Workbench> {
  if (process.env.CHROMIUM === undefined) ensureSystemPackages([chromiumPackage(chromiumPath)]);
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(`No Chromium at ${chromiumPath}: install it (apt-get install chromium) or set CHROMIUM`);
  }
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1400, height: 850 },
    // The harness handles signals itself and closes the browser in its cleanup.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  // Copy commands write through the browser's clipboard; tests read it back.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}

export interface WorkbenchUrlOptions {
  readonly folder: string;
  readonly extensionDevelopmentPath: string;
  readonly extensionTestsPath?: string;
}

/**
 * The URL that opens `folder` with the extension under development loaded (and, for tests, the
 * mocha runner started). Paths are on the server's file system, hence the vscode-remote:// URIs.
 * This payload is VS Code plumbing honoured only with enable-smoke-test-driver: re-check it when
 * code-server is bumped.
 */
export function workbenchUrl(origin: string, options: WorkbenchUrlOptions): string {
  const host = new URL(origin).host;
  const remote = (file: string) => `vscode-remote://${host}${file}`;
  const payload: [string, string][] = [
    ['extensionDevelopmentPath', remote(options.extensionDevelopmentPath)],
  ];
  if (options.extensionTestsPath) payload.push(['extensionTestsPath', remote(options.extensionTestsPath)]);
  payload.push(['skipWelcome', 'true']);
  return `${origin}/?folder=${encodeURIComponent(options.folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}
