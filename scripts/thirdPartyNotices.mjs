// ThirdPartyNotices.txt: the license of every npm package bundled into dist/, found from esbuild's
// metafiles (what was really bundled, not what package.json lists). The build writes it; the .vsix
// and the npm package ship it. A bundled package without a license file fails the build.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const NOTICES_FILE = 'ThirdPartyNotices.txt';

const LICENSE_FILE = /^(licen[sc]e|copying)(\.(md|txt))?$/i;

/** `node_modules/<name>/...` (or `@scope/name`) of every bundled input, innermost package wins. */
function bundledPackageDirs(metafiles) {
  const dirs = new Set();
  for (const metafile of metafiles) {
    for (const input of Object.keys(metafile.inputs)) {
      const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input.replace(/\\/g, '/'));
      if (match) dirs.add(match[1]);
    }
  }
  return [...dirs].sort();
}

function noticeFor(repoRoot, dir) {
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, dir, 'package.json'), 'utf8'));
  const licenseFile = fs.readdirSync(path.join(repoRoot, dir)).find((file) => LICENSE_FILE.test(file));
  if (!licenseFile) {
    throw new Error(`${dir} is bundled into dist/ but has no license file to put in ${NOTICES_FILE}`);
  }
  const text = fs.readFileSync(path.join(repoRoot, dir, licenseFile), 'utf8').trim();
  const source = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
  return [
    `${manifest.name} ${manifest.version} (${manifest.license ?? 'see below'})`,
    ...(source ? [`Source: ${source}`] : []),
    '',
    text,
  ].join('\n');
}

/** Writes the notices for what the metafiles say was bundled; returns the package names. */
export function writeThirdPartyNotices(repoRoot, metafiles) {
  const dirs = bundledPackageDirs(metafiles);
  const separator = `\n\n${'-'.repeat(78)}\n\n`;
  const header =
    'Coaching Notes bundles the following third-party software into its files in dist/\n' +
    '(the extension, the web extension, the parts they load on demand and the CLI). Each\n' +
    'is used under the license reproduced below.';
  const body = dirs.map((dir) => noticeFor(repoRoot, dir)).join(separator);
  fs.writeFileSync(path.join(repoRoot, NOTICES_FILE), `${header}${separator}${body}\n`);
  return dirs.map((dir) => dir.replace(/^.*node_modules\//, ''));
}
