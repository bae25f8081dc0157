// The Debian packages the code-server path needs, installed on first use when this process may
// (root with apt-get), so that `npm ci && npm test` and `npm start` set up a fresh machine by
// themselves. Elsewhere it stops with the one command to run.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import { log } from './log';

export interface SystemPackage {
  /** The Debian package name. */
  readonly name: string;
  /** What needs it, for the message. */
  readonly purpose: string;
  readonly isPresent: () => boolean;
}

export function debianPackageInstalled(name: string): boolean {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes('install ok installed');
}

export function chromiumPackage(executablePath: string): SystemPackage {
  return {
    name: 'chromium',
    purpose: 'headless Chromium shows the VS Code workbench',
    isPresent: () => fs.existsSync(executablePath),
  };
}

export const KERBEROS_HEADERS: SystemPackage = {
  name: 'libkrb5-dev',
  purpose: "code-server's native kerberos module compiles against it",
  isPresent: () => debianPackageInstalled('libkrb5-dev'),
};

export function ensureSystemPackages(packages: readonly SystemPackage[]): void {
  const missing = packages.filter((candidate) => !candidate.isPresent());
  if (missing.length === 0) return;
  const names = missing.map((candidate) => candidate.name);
  const command = `apt-get update && apt-get install -y --no-install-recommends ${names.join(' ')}`;
  const canInstall = process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).status === 0;
  if (!canInstall) {
    const why = missing.map((candidate) => `${candidate.name} (${candidate.purpose})`).join(', ');
    throw new Error(`missing system packages: ${why}. Install them with: sudo ${command}`);
  }
  log(`installing system packages: ${names.join(', ')} (apt-get)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', ...names]]) {
    const result = spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env });
    if (result.status !== 0)
      throw new Error(`apt-get ${args.join(' ')} failed (exit ${String(result.status)})`);
  }
  const stillMissing = missing
    .filter((candidate) => !candidate.isPresent())
    .map((candidate) => candidate.name);
  if (stillMissing.length > 0) throw new Error(`apt-get did not install ${stillMissing.join(', ')}`);
}
