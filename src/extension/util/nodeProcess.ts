// Node's `process`, when the extension runs in a Node host (desktop, Remote); undefined in the web
// worker host, which has none. Read through globalThis so that the web type check
// (tsconfig.web.json, without Node's types) sees every use of Node's globals go through here.

/** The parts of Node's `process` the extension reads. */
interface NodeProcess {
  readonly platform: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export const nodeProcess: NodeProcess | undefined = (globalThis as { process?: NodeProcess }).process;
