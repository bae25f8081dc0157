// Installs (once) and finds the offline stand-in for desktop VS Code: code-server, which is the
// real workbench and extension host, run by the Node version it requires. Both come from the npm
// registry, the only registry this project's machines reach; they live under the git-ignored
// .vscode-test/ so a fresh clone installs them on first use and later runs reuse them.
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { log } from './log';
import { vscodeTestDir } from './paths';
import { ensureSystemPackages, KERBEROS_HEADERS } from './systemPackages';

/**
 * The one place the versions are pinned. After a bump, re-check the workbench URL payload and
 * enable-smoke-test-driver switch (browser.ts, codeServer.ts): they are VS Code internals.
 */
export const TOOLCHAIN_VERSIONS = {
  /** code-server 4.139.1 requires Node 24; the project itself stays on Node 20. */
  node: '24.21.0',
  /** Bundles VS Code 1.139.1: keep `engines.vscode` and `@types/vscode` at or below it. */
  codeServer: '4.139.1',
} as const;

export interface Toolchain {
  /** A Node 24 binary. */
  readonly nodeBinary: string;
  /** code-server's `out/node/entry.js`, run with `nodeBinary`. */
  readonly codeServerEntry: string;
}

const INSTALLED_MARKER = 'installed.json';

export const defaultToolchainDir =
  process.env.COACHING_NOTES_TOOLCHAIN_DIR ?? path.join(vscodeTestDir, 'toolchain');

/** Returns the toolchain, installing whatever part of it is missing or at another version. */
export async function ensureToolchain(toolchainDir: string = defaultToolchainDir): Promise<Toolchain> {
  const nodeDir = path.join(toolchainDir, 'node24');
  const codeServerDir = path.join(toolchainDir, 'code-server');
  const nodeBinary = path.join(nodeDir, 'node_modules', 'node', 'bin', 'node');
  const codeServerEntry = path.join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  const nodeBinDir = path.dirname(nodeBinary);

  if (nodeVersion(nodeBinary) === `v${TOOLCHAIN_VERSIONS.node}`) {
    log(`toolchain: Node ${TOOLCHAIN_VERSIONS.node} present (${nodeBinary})`);
  } else {
    log(`toolchain: installing Node ${TOOLCHAIN_VERSIONS.node} from npm into ${nodeDir} ...`);
    await npmInstall(nodeDir, 'node', TOOLCHAIN_VERSIONS.node);
    const installed = nodeVersion(nodeBinary);
    if (installed !== `v${TOOLCHAIN_VERSIONS.node}`) {
      throw new Error(`npm installed node, but ${nodeBinary} reports ${installed ?? 'nothing'}`);
    }
  }

  if (codeServerReady(codeServerDir, nodeBinary, codeServerEntry)) {
    log(`toolchain: code-server ${TOOLCHAIN_VERSIONS.codeServer} present (${codeServerDir})`);
  } else {
    log(
      `toolchain: installing code-server ${TOOLCHAIN_VERSIONS.codeServer} into ${codeServerDir} ` +
        '(compiles native modules; about 3 minutes, once) ...',
    );
    ensureSystemPackages([KERBEROS_HEADERS]);
    fs.rmSync(path.join(codeServerDir, INSTALLED_MARKER), { force: true });
    // code-server's postinstall reads the Node version from npm's user agent, so npm itself must
    // run under Node 24: put it first on PATH (npm's launcher is `#!/usr/bin/env node`).
    await npmInstall(codeServerDir, 'code-server', TOOLCHAIN_VERSIONS.codeServer, nodeBinDir);
    if (codeServerVersion(nodeBinary, codeServerEntry) !== TOOLCHAIN_VERSIONS.codeServer) {
      throw new Error(
        `code-server installed but ${codeServerEntry} does not report ${TOOLCHAIN_VERSIONS.codeServer}`,
      );
    }
    writeMarker(codeServerDir);
  }
  return { nodeBinary, codeServerEntry };
}

function nodeVersion(nodeBinary: string): string | null {
  if (!fs.existsSync(nodeBinary)) return null;
  const result = spawnSync(nodeBinary, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

/**
 * True when a complete install of the pinned version is there. An install this module finished
 * leaves a marker; one made by hand is adopted when it runs and its native modules were built.
 */
function codeServerReady(codeServerDir: string, nodeBinary: string, entry: string): boolean {
  const markerPath = path.join(codeServerDir, INSTALLED_MARKER);
  if (fs.existsSync(markerPath)) {
    const marker = JSON.parse(fs.readFileSync(markerPath, 'utf8')) as { codeServer?: string; node?: string };
    if (marker.codeServer === TOOLCHAIN_VERSIONS.codeServer && marker.node === TOOLCHAIN_VERSIONS.node) {
      return fs.existsSync(entry);
    }
    return false;
  }
  const vscodeModules = path.join(
    codeServerDir,
    'node_modules',
    'code-server',
    'lib',
    'vscode',
    'node_modules',
  );
  const nativeModules = ['@vscode/spdlog/build/Release/spdlog.node', 'kerberos/build/Release/kerberos.node'];
  const complete =
    nativeModules.every((file) => fs.existsSync(path.join(vscodeModules, file))) &&
    codeServerVersion(nodeBinary, entry) === TOOLCHAIN_VERSIONS.codeServer;
  if (complete) writeMarker(codeServerDir);
  return complete;
}

function writeMarker(codeServerDir: string): void {
  const marker = { codeServer: TOOLCHAIN_VERSIONS.codeServer, node: TOOLCHAIN_VERSIONS.node };
  fs.writeFileSync(path.join(codeServerDir, INSTALLED_MARKER), JSON.stringify(marker, null, 2) + '\n');
}

/** `code-server --version`, kept from writing into ~/.config (it does, without --config). */
function codeServerVersion(nodeBinary: string, entry: string): string | null {
  if (!fs.existsSync(entry) || !fs.existsSync(nodeBinary)) return null;
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'code-server-version-'));
  try {
    const result = spawnSync(
      nodeBinary,
      [entry, '--version', '--config', path.join(scratch, 'config.yaml')],
      {
        encoding: 'utf8',
        env: { ...process.env, XDG_CONFIG_HOME: scratch, XDG_DATA_HOME: scratch },
      },
    );
    if (result.status !== 0) return null;
    return /^(\d+\.\d+\.\d+)\s/m.exec(result.stdout)?.[1] ?? null;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Packages whose install scripts the toolchain needs: `node` fetches its binary in preinstall,
 * code-server builds VS Code's native modules in postinstall, argon2 builds its addon. npm 11
 * only warns about unlisted ones; npm 12 skips their scripts, which would break the install.
 */
const ALLOWED_INSTALL_SCRIPTS: Readonly<Record<string, boolean>> = {
  node: true,
  'code-server': true,
  argon2: true,
};

/** `npm install <name>@<version>` into its own folder, output streamed with a prefix. */
async function npmInstall(
  dir: string,
  name: string,
  version: string,
  nodeBinDirFirst?: string,
): Promise<void> {
  fs.mkdirSync(dir, { recursive: true });
  const manifest = {
    private: true,
    description: 'Test toolchain; see test/integration/harness/toolchain.ts',
    dependencies: { [name]: version },
    allowScripts: ALLOWED_INSTALL_SCRIPTS,
  };
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
  const startedAt = Date.now();
  const env = withoutNpmConfig(process.env);
  if (nodeBinDirFirst) env.PATH = `${nodeBinDirFirst}${path.delimiter}${process.env.PATH ?? ''}`;
  const code = await new Promise<number | null>((resolve, reject) => {
    const npm = spawn(
      'npm',
      ['install', '--no-audit', '--no-fund', '--no-update-notifier', '--loglevel=warn'],
      {
        cwd: dir,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const relay = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n'))
        if (line.trim()) process.stdout.write(`  [npm ${name}] ${line}\n`);
    };
    npm.stdout.on('data', relay);
    npm.stderr.on('data', relay);
    npm.on('error', reject);
    npm.on('close', resolve);
  });
  if (code !== 0) throw new Error(`npm install ${name}@${version} in ${dir} failed (exit ${code})`);
  log(`toolchain: ${name}@${version} installed in ${((Date.now() - startedAt) / 1000).toFixed(0)} s`);
}

/**
 * The environment minus npm's own variables. When the harness runs under `npm test` (Node 20),
 * npm_config_user_agent would tell the nested npm it runs on Node 20 and code-server's
 * postinstall would refuse to build.
 */
function withoutNpmConfig(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !/^npm_/i.test(key)));
}
