// The stand-in for setImmediate in the web worker host (no setImmediate there), run in Node, whose
// MessageChannel behaves like the browser's for what it uses.
import * as assert from 'assert';
import { messageScheduler } from '../../../../src/extension/util/yieldToHost';

describe('yieldToHost: setImmediate where the host has none (the web worker)', () => {
  it('runs callbacks in order after the current work, and not a cancelled one', async () => {
    const schedule = messageScheduler();
    const ran: string[] = [];
    const done = new Promise<void>((resolve) => {
      schedule(() => ran.push('first'));
      const cancel = schedule(() => ran.push('cancelled'));
      schedule(() => ran.push('third'));
      schedule(resolve);
      cancel();
      ran.push('now');
    });
    await done;
    assert.deepStrictEqual(ran, ['now', 'first', 'third']);
  });

  it('works again after it went idle (its port closed)', async () => {
    const schedule = messageScheduler();
    for (let round = 0; round < 3; round++) {
      await new Promise<void>((resolve) => schedule(resolve));
    }
  });
});
