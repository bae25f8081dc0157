import * as vscode from 'vscode';
import { nodeProcess } from './nodeProcess';
import { isIsoDate, localIsoDate } from '../../core/base/dates';
import type { IsoDate } from '../../core/note/model';
import { DisposableStore } from './dispose';

/**
 * "Today" as the local calendar date. It changes at local midnight without a reload: a timer aims
 * at the next midnight, and window focus re-checks in case the machine slept through it.
 */
export class TodayClock extends DisposableStore {
  private readonly changed = this.register(new vscode.EventEmitter<IsoDate>());
  readonly onDidChange = this.changed.event;
  private current: IsoDate;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly now: () => Date = () => new Date()) {
    super();
    this.current = localIsoDate(this.now());
    // Tests and screenshots pin the day with COACHING_NOTES_TODAY=YYYY-MM-DD (then it never changes).
    const pinned = nodeProcess?.env['COACHING_NOTES_TODAY'];
    if (pinned !== undefined && isIsoDate(pinned)) {
      this.current = pinned;
      return;
    }
    this.schedule();
    this.register(vscode.window.onDidChangeWindowState((state) => state.focused && this.check()));
    this.register({ dispose: () => clearTimeout(this.timer) });
  }

  get today(): IsoDate {
    return this.current;
  }

  private check(): void {
    const today = localIsoDate(this.now());
    if (today !== this.current) {
      this.current = today;
      this.changed.fire(today);
    }
  }

  private schedule(): void {
    const now = this.now();
    const nextMidnight = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 1);
    this.timer = setTimeout(() => {
      this.check();
      this.schedule();
    }, nextMidnight.getTime() - now.getTime());
  }
}
