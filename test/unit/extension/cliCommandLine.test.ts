import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cliCommandLine, shellFamilyOf } from '../../../src/extension/help/cliCommandLine';

describe('Copy Command-Line Path: the command line it copies', () => {
  it('quotes the path for cmd.exe and PowerShell on Windows', () => {
    assert.strictEqual(shellFamilyOf('win32'), 'windows');
    assert.strictEqual(
      cliCommandLine(
        'C:\\Users\\Dana Whitfield\\.vscode\\extensions\\coaching-notes\\dist\\cli.js',
        'windows',
      ),
      'node "C:\\Users\\Dana Whitfield\\.vscode\\extensions\\coaching-notes\\dist\\cli.js"',
    );
  });

  it('quotes the path for a POSIX shell on macOS and Linux', () => {
    assert.strictEqual(shellFamilyOf('darwin'), 'posix');
    assert.strictEqual(shellFamilyOf('linux'), 'posix');
    assert.strictEqual(
      cliCommandLine('/Users/dana/.vscode/extensions/coaching-notes-0.1.0/dist/cli.js', 'posix'),
      'node "/Users/dana/.vscode/extensions/coaching-notes-0.1.0/dist/cli.js"',
    );
  });

  it('runs the file it names in a POSIX shell even when the path holds $, quotes or backslashes', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `coaching "notes' $HOME \\ \`x\`-`));
    try {
      const script = path.join(dir, 'cli.js');
      fs.writeFileSync(script, 'process.stdout.write(__filename)');
      const commandLine = cliCommandLine(script, 'posix').replace(/^node /, `"${process.execPath}" `);
      assert.strictEqual(execFileSync('/bin/sh', ['-c', commandLine], { encoding: 'utf8' }), script);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
