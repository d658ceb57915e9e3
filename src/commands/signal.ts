/**
 * Ribbon command → open task pane, within one runtime (SharedRuntime 1.1: the command functions and the pane share a window).
 * A command queues its request on the window and announces it; the pane drains the queue when it starts listening and on each
 * announcement, so a request made before the pane has mounted is not lost, and none is handled twice.
 */
export type CommandKind = "check" | "report";

export const COMMAND_EVENT = "selfeval:command";
const QUEUE = "__selfevalCommands";

type QueueHolder = { [QUEUE]?: CommandKind[] };

function queueOf(win: Window): CommandKind[] {
  const w = win as unknown as QueueHolder;
  return (w[QUEUE] ??= []);
}

export function sendCommand(kind: CommandKind, win: Window = window): void {
  queueOf(win).push(kind);
  win.dispatchEvent(new Event(COMMAND_EVENT));
}

/** Calls `handle` for every queued and future request, in order; returns the unsubscribe function. */
export function listenCommands(handle: (kind: CommandKind) => void, win: Window = window): () => void {
  const drain = () => {
    const q = queueOf(win);
    while (q.length) handle(q.shift()!);
  };
  win.addEventListener(COMMAND_EVENT, drain);
  drain();
  return () => win.removeEventListener(COMMAND_EVENT, drain);
}
