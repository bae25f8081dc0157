// Settings for a throwaway VS Code profile: quiet, offline, nothing that competes for the screen.
import * as fs from 'fs';
import * as path from 'path';

export const QUIET_SETTINGS: Readonly<Record<string, unknown>> = {
  'workbench.startupEditor': 'none',
  // The extension's walkthrough opens by itself on a fresh profile otherwise (it honours this setting).
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.enableExperiments': false,
  'chat.disableAIFeatures': true,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
};

/**
 * Writes `User/settings.json` into a user-data folder, and the same as `Machine/settings.json`:
 * code-server's extension host reads machine-scoped settings (walkthroughs.openOnInstall) only there.
 */
export function writeUserSettings(userDataDir: string, settings: Readonly<Record<string, unknown>>): void {
  for (const scope of ['User', 'Machine']) {
    const dir = path.join(userDataDir, scope);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify(settings, null, 2) + '\n');
  }
}
