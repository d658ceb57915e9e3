/**
 * Ribbon commands: functions for ExecuteFunction buttons, registered with Office.actions.associate.
 *
 * How the ribbon reaches the pane — the choice made here:
 * - The manifest's 一键检查 and 生成报告 buttons are ShowTaskpane actions whose SourceLocation carries the request
 *   (taskpane.html?autorun=1, taskpane.html?action=report). That works on every Excel that has add-in commands and needs no
 *   shared runtime: a function file running in its own hidden runtime cannot open the task pane.
 * - These functions are for ExecuteFunction buttons when the add-in runs with a shared runtime (SharedRuntime 1.1: the
 *   function file is the task pane page). There `Office.addin.showAsTaskpane()` opens the pane and the request goes to the
 *   pane through the window (./signal.ts) — so 一键检查 also checks again when the pane is already open, which a
 *   ShowTaskpane button cannot do. Without a shared runtime they only complete the event.
 * Every path calls event.completed(), also when something fails: Office waits for it before running another command.
 */
import { type CommandKind, sendCommand } from "./signal";

/** The part of Office.js these functions use (the real global satisfies it; tests pass office-addin-mock's OfficeMockObject). */
export interface OfficeCommandsHost {
  context?: { requirements?: { isSetSupported(name: string, minVersion?: string): boolean } | null } | null;
  addin?: { showAsTaskpane(): Promise<void> } | null;
  actions?: { associate(name: string, action: (event: Office.AddinCommands.Event) => unknown): void } | null;
}

function officeGlobal(): OfficeCommandsHost | undefined {
  return typeof Office === "undefined" ? undefined : (Office as unknown as OfficeCommandsHost);
}

/** Whether the add-in runs in a shared runtime, where a command can open the pane and talk to it. */
export function hasSharedRuntime(office: OfficeCommandsHost | undefined = officeGlobal()): boolean {
  try {
    return Boolean(office?.context?.requirements?.isSetSupported("SharedRuntime", "1.1"));
  } catch {
    return false;
  }
}

async function openPane(kind: CommandKind, event: Office.AddinCommands.Event): Promise<void> {
  try {
    const office = officeGlobal();
    if (office?.addin && hasSharedRuntime(office)) {
      await office.addin.showAsTaskpane();
      if (typeof window !== "undefined") sendCommand(kind, window);
    }
  } catch (e) {
    // A function file has no UI to tell the user; the pane's own buttons remain.
    console.error(`selfeval: ${kind} command failed`, e);
  } finally {
    event.completed();
  }
}

/** 一键检查: opens the task pane and checks the workbook. */
export function runCheck(event: Office.AddinCommands.Event): Promise<void> {
  return openPane("check", event);
}

/** 生成报告: opens the task pane and asks it for the report. */
export function generateReport(event: Office.AddinCommands.Event): Promise<void> {
  return openPane("report", event);
}

/** The FunctionName values a manifest's ExecuteFunction actions may use. */
export const COMMANDS = { runCheck, generateReport } as const;

/** Associates the commands with their manifest names; false when Office.actions is not available (older hosts, tests, the demo). */
export function register(office: OfficeCommandsHost | undefined = officeGlobal()): boolean {
  const associate = office?.actions?.associate;
  if (typeof associate !== "function") return false;
  for (const [name, fn] of Object.entries(COMMANDS)) associate.call(office!.actions, name, fn);
  return true;
}

register();
