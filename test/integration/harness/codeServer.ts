// One code-server process: the real VS Code server and workbench, listening on loopback only,
// with all of its state inside a folder the caller owns. It runs in its own process group so
// stopping it also ends the extension host and anything else it started.
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { log } from './log';
import type { Toolchain } from './toolchain';

export interface CodeServerOptions {
  readonly toolchain: Toolchain;
  /** Holds the config file, TMPDIR and XDG folders; the caller removes it. */
  readonly stateDir: string;
  readonly userDataDir: string;
  readonly extensionsDir: string;
  /** Every line code-server prints goes here. */
  readonly logFile: string;
  /** Extra environment for the server, which its extension host inherits. */
  readonly env?: Readonly<Record<string, string>>;
  /** 0 (the default) lets the system pick a free port. */
  readonly port?: number;
  /** Lets the workbench take extensionDevelopmentPath/extensionTestsPath from the URL payload. */
  readonly acceptUrlPayload: boolean;
  /** The display language (`--locale`), e.g. `es`; code-server's default (English) when absent. */
  readonly locale?: string;
  readonly onOutputLine?: (line: string) => void;
}

export interface CodeServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** Resolves with the exit code (or signal name) when the server process ends. */
  readonly exited: Promise<number | string>;
  /** Ends the whole process group: politely, then by force after a few seconds. Idempotent. */
  stop(): Promise<void>;
}

const STARTUP_TIMEOUT_MS = 60_000;

type StateOptions = Pick<
  CodeServerOptions,
  'toolchain' | 'stateDir' | 'userDataDir' | 'extensionsDir' | 'env'
>;

/** Creates the state folders; returns the arguments every code-server invocation shares. */
function prepareState(options: StateOptions): string[] {
  for (const dir of ['tmp', 'xdg'].map((name) => path.join(options.stateDir, name)))
    fs.mkdirSync(dir, { recursive: true });
  for (const dir of [options.userDataDir, options.extensionsDir]) fs.mkdirSync(dir, { recursive: true });
  const configFile = path.join(options.stateDir, 'config.yaml');
  // Without --config (and the XDG folders) code-server writes into ~/.config and ~/.local.
  fs.writeFileSync(configFile, 'cert: false\n');
  return [
    options.toolchain.codeServerEntry,
    '--user-data-dir',
    options.userDataDir,
    '--extensions-dir',
    options.extensionsDir,
    '--config',
    configFile,
  ];
}

function serverEnvironment(options: StateOptions): NodeJS.ProcessEnv {
  const nodeBinDir = path.dirname(options.toolchain.nodeBinary);
  const xdgDir = path.join(options.stateDir, 'xdg');
  return {
    ...process.env,
    ...options.env,
    PATH: `${nodeBinDir}${path.delimiter}${process.env.PATH ?? ''}`,
    // VS Code leaves IPC sockets in TMPDIR; keep them (and XDG state) in the state folder.
    TMPDIR: path.join(options.stateDir, 'tmp'),
    XDG_CONFIG_HOME: path.join(xdgDir, 'config'),
    XDG_DATA_HOME: path.join(xdgDir, 'data'),
    XDG_CACHE_HOME: path.join(xdgDir, 'cache'),
  };
}

/**
 * Installs a .vsix into `extensionsDir` as a user would (`code-server --install-extension`), so a
 * server started on the same folders loads it like any installed extension.
 */
export function installExtension(options: StateOptions & { readonly vsix: string }): void {
  const args = [...prepareState(options), '--install-extension', options.vsix];
  const result = spawnSync(options.toolchain.nodeBinary, args, {
    env: serverEnvironment(options),
    encoding: 'utf8',
    timeout: STARTUP_TIMEOUT_MS,
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  if (result.status !== 0 || !/successfully installed/i.test(output)) {
    throw new Error(
      `code-server --install-extension ${options.vsix} failed (${result.error?.message ?? `exit ${result.status}`}): ${output}`,
    );
  }
  log(`installed ${path.basename(options.vsix)}: ${output.split('\n').pop() ?? ''}`);
}

export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  const args = [
    ...prepareState(options),
    '--bind-addr',
    `127.0.0.1:${options.port ?? 0}`,
    '--auth',
    'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
  ];
  // The built workbench ignores the URL payload unless the server enables the smoke-test driver.
  if (options.acceptUrlPayload) args.push('--vscode-option', 'enable-smoke-test-driver');
  if (options.locale) args.push('--locale', options.locale);

  const child = spawn(options.toolchain.nodeBinary, args, {
    detached: true, // its own process group, killed as a whole in stop()
    stdio: ['ignore', 'pipe', 'pipe'],
    env: serverEnvironment(options),
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`Could not start ${options.toolchain.nodeBinary}`);

  const exited = new Promise<number | string>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  const killGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // already gone
    }
  };
  // Last resort if this process exits without calling stop(): never leave a server behind.
  const onExit = () => killGroup('SIGKILL');
  process.on('exit', onExit);

  const logStream = fs.createWriteStream(options.logFile);
  let listeningOn: ((origin: string) => void) | undefined;
  const listening = new Promise<string>((resolve) => (listeningOn = resolve));
  let pending = '';
  const onData = (chunk: Buffer) => {
    // Output can still arrive after 'exit', when stop() has closed the log.
    if (!logStream.writableEnded) logStream.write(chunk);
    const lines = (pending + chunk.toString()).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const address = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(line);
      if (address?.[1]) listeningOn?.(address[1]);
      options.onOutputLine?.(line);
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      killGroup('SIGTERM');
      const forced = await Promise.race([
        exited.then(() => false),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 5_000).unref()),
      ]);
      // The server may be gone while its children (extension host, watchers) are not.
      killGroup('SIGKILL');
      if (forced) log('code-server did not stop within 5 s; killed');
      process.off('exit', onExit);
      await new Promise<void>((resolve) => logStream.end(resolve));
    })();
    return stopping;
  };

  let startupTimer: NodeJS.Timeout | undefined;
  const startup = new Promise<string>((resolve, reject) => {
    void listening.then(resolve);
    // Settling an already settled promise is a no-op, so a later exit changes nothing here.
    void exited.then((code) =>
      reject(new Error(`code-server exited during startup (${code}); see ${options.logFile}`)),
    );
    startupTimer = setTimeout(
      () => reject(new Error(`code-server did not listen within ${STARTUP_TIMEOUT_MS / 1000} s`)),
      STARTUP_TIMEOUT_MS,
    );
  });
  try {
    return { origin: await startup, exited, stop };
  } catch (error) {
    await stop();
    throw error;
  } finally {
    clearTimeout(startupTimer);
  }
}
