// Relays what the workbench hands to window.codeAutomationLog(type, args): its own log and, at
// "info" level among it, the extension host's console, where the suite marks mocha's report (see
// ../harnessProtocol.ts). Everything goes to a log file; the terminal gets the report and the
// first line of each error. Screenshot requests are passed on.
import * as fs from 'fs';
import * as util from 'util';
import { parseScreenshotRequest, SUITE_OUTPUT_MARKER, type ScreenshotRequest } from '../harnessProtocol';

export interface MochaSummary {
  readonly passing: number;
  readonly failing: number;
}

export class WorkbenchLogRelay {
  private readonly file: fs.WriteStream;
  private passing: number | null = null;
  private failing = 0;

  constructor(
    logFile: string,
    private readonly onScreenshotRequest: (request: ScreenshotRequest) => void,
  ) {
    this.file = fs.createWriteStream(logFile);
  }

  /** The counts from mocha's closing lines, or null before mocha has reported them. */
  get summary(): MochaSummary | null {
    return this.passing === null ? null : { passing: this.passing, failing: this.failing };
  }

  relay(type: string, args: unknown): void {
    const text = util.format(...(Array.isArray(args) ? (args as unknown[]) : [args]));
    this.file.write(`[${type}] ${text}\n`);
    const request = parseScreenshotRequest(text);
    if (request) {
      this.onScreenshotRequest(request);
    } else if (text.startsWith(SUITE_OUTPUT_MARKER)) {
      const output = text.slice(SUITE_OUTPUT_MARKER.length);
      this.countResults(output);
      process.stdout.write(`${output}\n`);
    } else if (type === 'error') {
      // Long stacks; the log file has them whole.
      process.stdout.write(`[workbench error] ${text.split('\n')[0]}\n`);
    }
  }

  private countResults(text: string): void {
    for (const line of text.split('\n')) {
      const passing = /^\s*(\d+) passing\b/.exec(line);
      if (passing) this.passing = Number(passing[1]);
      const failing = /^\s*(\d+) failing\b/.exec(line);
      if (failing) this.failing = Number(failing[1]);
    }
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.file.end(resolve));
  }
}
