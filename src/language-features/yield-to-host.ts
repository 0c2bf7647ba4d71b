/**
 * Lets the extension host handle what waits (requests from the window, other extensions) between slices of long
 * work. `setTimeout(0)` waits at least 1 ms in Node and 4 ms in a web worker once nested: over the hundreds of
 * slices of indexing 15,000 articles that is seconds of nothing. `setImmediate` (Node) and a message to itself (web
 * worker) give the turn without the wait.
 */
type Resume = () => void;

const immediate = (globalThis as { setImmediate?: (callback: Resume) => unknown }).setImmediate;

/** A web worker's message channel (typed here as the web has it: the extension's types are Node's). */
interface Channel {
  port1: { onmessage: (() => void) | null };
  port2: { postMessage(message: unknown): void };
}

let channel: Channel | undefined;
const waiting: Resume[] = [];

function viaMessage(resume: Resume): void {
  if (!channel) {
    channel = new MessageChannel() as unknown as Channel;
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  waiting.push(resume);
  channel.port2.postMessage(undefined);
}

export function yieldToHost(): Promise<void> {
  return new Promise<void>((resolve) =>
    immediate
      ? immediate(resolve)
      : typeof MessageChannel === 'function'
        ? viaMessage(resolve)
        : setTimeout(resolve, 0),
  );
}
