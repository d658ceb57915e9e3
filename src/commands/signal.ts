/**
 * Ribbon command → task pane.
 * - Within one runtime (SharedRuntime 1.1: the command functions and the pane share a window), a command queues its
 *   request on the window and announces it; the pane drains the queue when it starts listening and on each announcement,
 *   so a request made before the pane has mounted is not lost, and none is handled twice.
 * - Across runtimes (a host without a shared runtime runs the function file apart from the pane, on the same origin),
 *   the request goes over a BroadcastChannel to a pane that is open.
 */
export type CommandKind = "check" | "report";

export const COMMAND_EVENT = "selfeval:command";
export const COMMAND_CHANNEL = "selfeval:commands";
const QUEUE = "__selfevalCommands";

type QueueHolder = { [QUEUE]?: CommandKind[] };

/** The part of BroadcastChannel used here (tests pass their own). */
export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: "message", listener: (e: { data: unknown }) => void): void;
  removeEventListener(type: "message", listener: (e: { data: unknown }) => void): void;
  close(): void;
}

export type ChannelFactory = (name: string) => ChannelLike | null;

/** A BroadcastChannel where the runtime has one (not in old Internet Explorer-based Office). */
export const defaultChannel: ChannelFactory = (name) =>
  typeof BroadcastChannel === "undefined" ? null : (new BroadcastChannel(name) as unknown as ChannelLike);

function queueOf(win: Window): CommandKind[] {
  const w = win as unknown as QueueHolder;
  return (w[QUEUE] ??= []);
}

const isKind = (x: unknown): x is CommandKind => x === "check" || x === "report";

export function sendCommand(kind: CommandKind, win: Window = window): void {
  queueOf(win).push(kind);
  win.dispatchEvent(new Event(COMMAND_EVENT));
}

/** Sends the request to a pane in another runtime; false when there is no channel to send it on. */
export function relayCommand(kind: CommandKind, channel: ChannelFactory = defaultChannel): boolean {
  const c = channel(COMMAND_CHANNEL);
  if (!c) return false;
  c.postMessage({ kind });
  c.close();
  return true;
}

/** Calls `handle` for every queued and future request (from this window or another runtime), in order; returns the unsubscribe function. */
export function listenCommands(handle: (kind: CommandKind) => void, win: Window = window, channel: ChannelFactory = defaultChannel): () => void {
  const drain = () => {
    const q = queueOf(win);
    while (q.length) handle(q.shift()!);
  };
  win.addEventListener(COMMAND_EVENT, drain);
  const c = channel(COMMAND_CHANNEL);
  const onMessage = (e: { data: unknown }) => {
    const kind = (e.data as { kind?: unknown } | null)?.kind;
    if (isKind(kind)) handle(kind);
  };
  c?.addEventListener("message", onMessage);
  drain();
  return () => {
    win.removeEventListener(COMMAND_EVENT, drain);
    c?.removeEventListener("message", onMessage);
    c?.close();
  };
}
