// Runs a callback after the extension host has handled what is waiting (messages from the workbench,
// other extensions): between slices of a long job. Node's host has setImmediate; the web worker host
// does not, and there setTimeout(0) is clamped to 4 ms once nested, so a message round trip stands in.

type Schedule = (callback: () => void) => () => void;

interface Pending {
  readonly callback: () => void;
  cancelled: boolean;
}

/**
 * The stand-in for setImmediate: each callback after a message sent to itself, in order. The
 * channel is closed whenever nothing is waiting, so that an idle host holds no open port.
 */
export function messageScheduler(): Schedule {
  let channel: InstanceType<typeof MessageChannel> | undefined;
  const queue: Pending[] = [];
  const open = (): InstanceType<typeof MessageChannel> => {
    const opened = new MessageChannel();
    // addEventListener + start(): the calls both Node's and the browser's MessagePort have.
    opened.port1.addEventListener('message', () => {
      const next = queue.shift();
      if (queue.length === 0) {
        opened.port1.close();
        if (channel === opened) channel = undefined;
      }
      if (next && !next.cancelled) next.callback();
    });
    opened.port1.start();
    return opened;
  };
  return (callback) => {
    const pending: Pending = { callback, cancelled: false };
    channel ??= open();
    queue.push(pending);
    channel.port2.postMessage(undefined);
    return () => {
      pending.cancelled = true;
    };
  };
}

/** Node's setImmediate, when there (read through globalThis: the web type check has no Node types). */
interface NodeImmediate {
  readonly setImmediate: (callback: () => void) => unknown;
  readonly clearImmediate: (handle: unknown) => void;
}
const { setImmediate: nodeSetImmediate, clearImmediate: nodeClearImmediate } =
  globalThis as Partial<NodeImmediate>;

/** Calls `callback` soon, after pending work; the returned function cancels it. */
export const scheduleSoon: Schedule =
  nodeSetImmediate && nodeClearImmediate
    ? (callback) => {
        const handle = nodeSetImmediate(callback);
        return () => nodeClearImmediate(handle);
      }
    : messageScheduler();

/** Resolves soon, after pending work: `await yieldToHost()` between slices. */
export function yieldToHost(): Promise<void> {
  return new Promise((resolve) => scheduleSoon(resolve));
}
