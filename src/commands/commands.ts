/**
 * Ribbon commands: the functions of the ExecuteFunction buttons 一键检查 (runCheck) and 生成报告 (generateReport),
 * registered with Office.actions.associate.
 *
 * - With a shared runtime (SharedRuntime 1.1; the manifest's <Runtimes>, the function file is the task pane page):
 *   Office.addin.showAsTaskpane() opens the pane (or leaves it open) and the request goes to the pane through the window
 *   (./signal.ts). So 一键检查 checks again on every click, open pane or not, and 生成报告 switches the open pane to the
 *   report without reloading it: the findings stay. (ShowTaskpane buttons could do neither: an open pane ignores them,
 *   and a different SourceLocation reloads it.)
 * - Without one (Excel 2016/2019, older builds): the function file runs apart from the pane and cannot open it; the
 *   request goes over a BroadcastChannel to a pane that is open, and the group's 任务窗格 button (ShowTaskpane,
 *   ?autorun=1) opens one that checks at once.
 * Every path calls event.completed(), also when something fails: Office waits for it before running another command.
 */
import { type ChannelFactory, type CommandKind, defaultChannel, relayCommand, sendCommand } from "./signal";

/** The part of Office.js these functions use (the real global satisfies it; tests pass office-addin-mock's OfficeMockObject). */
export interface OfficeCommandsHost {
  context?: { requirements?: { isSetSupported(name: string, minVersion?: string): boolean } | null } | null;
  addin?: { showAsTaskpane(): Promise<void> } | null;
  actions?: { associate(name: string, action: (event: Office.AddinCommands.Event) => unknown): void } | null;
  onReady?: (() => Promise<unknown>) | null;
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

/** Where requests go without a shared runtime (tests replace it). */
let channel: ChannelFactory = defaultChannel;
export function useChannel(factory: ChannelFactory): void {
  channel = factory;
}

async function openPane(kind: CommandKind, event: Office.AddinCommands.Event): Promise<void> {
  try {
    const office = officeGlobal();
    if (office?.addin && hasSharedRuntime(office)) {
      await office.addin.showAsTaskpane();
      if (typeof window !== "undefined") sendCommand(kind, window);
    } else relayCommand(kind, channel);
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

/**
 * Initialises Office.js (a function file must, or Office never runs its functions) and associates the commands with
 * their manifest names; false when Office.actions is not available (older hosts, tests, the demo).
 */
export function register(office: OfficeCommandsHost | undefined = officeGlobal()): boolean {
  // Associating right away, not after onReady: a click that started the runtime must find its function.
  const associate = office?.actions?.associate;
  if (typeof associate === "function") for (const [name, fn] of Object.entries(COMMANDS)) associate.call(office!.actions, name, fn);
  // Hosts before Office.actions look the FunctionName up on the function file's window.
  else if (office && typeof window !== "undefined") Object.assign(window, COMMANDS);
  void office?.onReady?.()?.catch?.(() => undefined);
  return typeof associate === "function";
}

register();
