#!/usr/bin/env node
// Writes the example workspace (examples/): a made-up technical sales team's coaching notes, about four
// months of 1:1s ending near --today, a roster (reps.yaml) and a README describing what to look for.
//
//   node scripts/generate-examples.mjs --today 2026-11-22 [--out examples]
//
// The generator is TypeScript (src/examples/: team.ts is the data, generate.ts the logic on
// src/core/base/dates, main.ts writes the files); this bundles it with esbuild into out/ and runs it.
import * as esbuild from 'esbuild';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(repoRoot, 'out', 'examples', 'generate-examples.js');

await esbuild.build({
  absWorkingDir: repoRoot,
  entryPoints: ['src/examples/main.ts'],
  outfile: bundle,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
});
const { main } = createRequire(import.meta.url)(bundle);
process.exitCode = main(process.argv.slice(2), path.join(repoRoot, 'examples'));
