// Runs a callback after the extension host has handled what is waiting (messages from the workbench,
// other extensions): between slices of a long job. Node's host has setImmediate; the web worker host
// does not, and there setTimeout(0) is clamped to 4 ms once nested, so a message round trip stands in.

type Pending = { callback: () => void; cancelled: boolean };

/** Node's setImmediate, when there (read through globalThis: the web type check has no Node types). */
interface NodeImmediate {
  readonly setImmediate: (callback: () => void) => unknown;
  readonly clearImmediate: (handle: unknown) => void;
}
const { setImmediate: nodeSetImmediate, clearImmediate: nodeClearImmediate } =
  globalThis as Partial<NodeImmediate>;

let channel: InstanceType<typeof MessageChannel> | undefined;
const queue: Pending[] = [];

function postSoon(pending: Pending): void {
  if (!channel) {
    channel = new MessageChannel();
    // addEventListener + start(): the calls both Node's and the browser's MessagePort have.
    channel.port1.addEventListener('message', () => {
      const next = queue.shift();
      if (next && !next.cancelled) next.callback();
    });
    channel.port1.start();
  }
  queue.push(pending);
  channel.port2.postMessage(undefined);
}

/** Calls `callback` soon, after pending work; the returned function cancels it. */
export function scheduleSoon(callback: () => void): () => void {
  if (nodeSetImmediate && nodeClearImmediate) {
    const handle = nodeSetImmediate(callback);
    return () => nodeClearImmediate(handle);
  }
  const pending: Pending = { callback, cancelled: false };
  postSoon(pending);
  return () => {
    pending.cancelled = true;
  };
}

/** Resolves soon, after pending work: `await yieldToHost()` between slices. */
export function yieldToHost(): Promise<void> {
  return new Promise((resolve) => scheduleSoon(resolve));
}
