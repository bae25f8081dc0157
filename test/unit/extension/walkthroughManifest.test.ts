// The first-run contributions in package.json: every button leads somewhere, every step can
// complete, and the walkthrough's media ship in the package (.vscodeignore is an allowlist).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { localizedManifest } from './manifestText';
import { REPO_ROOT } from '../../repoPaths';

const repoRoot = REPO_ROOT;

interface Step {
  readonly id: string;
  readonly description: string;
  readonly media: { readonly image?: string; readonly markdown?: string };
  readonly completionEvents?: readonly string[];
}
interface Manifest {
  readonly contributes: {
    readonly commands: readonly { readonly command: string }[];
    readonly viewsWelcome: readonly { readonly contents: string }[];
    readonly walkthroughs: readonly { readonly title: string; readonly steps: readonly Step[] }[];
  };
}

const manifest = localizedManifest('en') as Manifest;
const declared = new Set(manifest.contributes.commands.map((entry) => entry.command));
/** VS Code's own commands the first run points at. */
const WORKBENCH_COMMANDS = new Set(['workbench.action.files.openFolder']);
const commandLinks = (text: string) => [...text.matchAll(/\(command:([\w.]+)\)/gu)].map((match) => match[1]);

/** Whether vsce keeps `file` in the package: some `!pattern` line of .vscodeignore names it. */
function shipped(file: string): boolean {
  const patterns = fs
    .readFileSync(path.join(repoRoot, '.vscodeignore'), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('!'))
    .map((line) => line.slice(1).trim());
  return patterns.some((pattern) =>
    pattern.endsWith('/**') ? file.startsWith(pattern.slice(0, -2)) : pattern === file,
  );
}

describe('the first-run contributions (package.json)', () => {
  const [walkthrough] = manifest.contributes.walkthroughs;

  it('has the walkthrough "Get started with Coaching Notes" with a step for each part of the first week', () => {
    assert.ok(walkthrough);
    assert.strictEqual(walkthrough.title, 'Get started with Coaching Notes');
    assert.deepStrictEqual(
      walkthrough.steps.map((step) => step.id),
      ['openFolder', 'roster', 'firstNote', 'overdue', 'prepare', 'export'],
    );
  });

  it('gives every step a button that runs a command, and completes the step when that command runs', () => {
    for (const step of walkthrough?.steps ?? []) {
      const links = commandLinks(step.description);
      assert.strictEqual(links.length, 1, `${step.id}: one button`);
      const [command] = links;
      assert.ok(command !== undefined && (declared.has(command) || WORKBENCH_COMMANDS.has(command)), command);
      assert.ok(
        step.completionEvents?.includes(`onCommand:${command}`),
        `${step.id} completes on its command`,
      );
    }
  });

  it('ships every step medium inside the package, so the walkthrough works offline', () => {
    for (const step of walkthrough?.steps ?? []) {
      const file = step.media.image ?? step.media.markdown;
      assert.ok(file, `${step.id} has an image or Markdown`);
      assert.ok(fs.existsSync(path.join(repoRoot, file)), `${file} exists`);
      assert.ok(shipped(file), `${file} is in the .vscodeignore allowlist`);
    }
  });

  it('shows Spanish pages beside the steps when VS Code is in Spanish', () => {
    const spanish = (localizedManifest('es') as Manifest).contributes.walkthroughs[0]?.steps ?? [];
    const pages = spanish.flatMap((step) => (step.media.markdown ? [step.media.markdown] : []));
    assert.ok(pages.length >= 3, pages.join(', '));
    for (const page of pages) {
      assert.match(page, /\.es\.md$/u);
      assert.ok(shipped(page), `${page} is in the .vscodeignore allowlist`);
      const text = fs.readFileSync(path.join(repoRoot, page), 'utf8');
      const english = fs.readFileSync(path.join(repoRoot, page.replace(/\.es\.md$/u, '.md')), 'utf8');
      assert.match(text, /^# .*\n/u);
      // The same code blocks (file names and YAML keys stay as they are), in Spanish words.
      const blocks = (markdown: string) => markdown.match(/```[\s\S]*?```/gu) ?? [];
      assert.deepStrictEqual(blocks(text), blocks(english), page);
      assert.match(text, /\b(tu|tus|las|los|nota|notas)\b/u, page);
    }
  });

  it('leads every empty state of the Reps view to a declared command', () => {
    for (const { contents } of manifest.contributes.viewsWelcome) {
      for (const command of commandLinks(contents)) {
        assert.ok(declared.has(command) || WORKBENCH_COMMANDS.has(command), command);
      }
    }
    const all = manifest.contributes.viewsWelcome.map((entry) => entry.contents).join('\n');
    for (const next of ['coachingNotes.createRoster', 'coachingNotes.newNote', 'coachingNotes.getStarted']) {
      assert.ok(commandLinks(all).includes(next), `an empty state offers ${next}`);
    }
  });
});
