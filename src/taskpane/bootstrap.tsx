/**
 * Starting the pane in Office: wait for Office.onReady, then either the pane (in Excel) or a bilingual notice (elsewhere).
 * Everything it needs comes in as options, so tests run it with a fake Office; index.tsx passes the real globals.
 */
import { createRoot } from "react-dom/client";
import type { Lang } from "../core/i18n";
import { type CommandKind, listenCommands } from "../commands/signal";
import type { AppProps, PaneActions, PaneCommand } from "./App";
import { autoRunFromQuery, langFromOffice, loadTheme, type PaneTheme, themeFromBackground } from "./environment";
import { mount, type MountedPane } from "./mount";
import { NotInExcel } from "./Notice";
import type { ReportRunOptions } from "./report";
import { loadStrings } from "./strings";
import { warmUp } from "./warm-up";

/** The part of the Office global the entry reads (the real `Office` satisfies it). */
export interface OfficeLike {
  onReady(): Promise<{ host: unknown }>;
  context?: { displayLanguage?: string; officeTheme?: { bodyBackgroundColor?: string } | null } | null;
}

export interface PaneSettings {
  lang: Lang;
  theme: PaneTheme;
  autoRun: boolean;
  /** A request in the URL other than checking (?action=report), handled once the pane is up. */
  command?: PaneCommand;
}

/**
 * Language and theme from Office.context; what to do on opening from the query: `?autorun=1` (or `?action=check`) checks,
 * `?action=report` opens the report panel.
 */
export function settingsFrom(office: OfficeLike, search: string): PaneSettings {
  let displayLanguage: string | undefined;
  let background: string | undefined;
  try {
    // Outside Office (or before initialisation) Office.context may be missing or throw.
    displayLanguage = office.context?.displayLanguage;
    background = office.context?.officeTheme?.bodyBackgroundColor;
  } catch {
    /* defaults below */
  }
  const action = new URLSearchParams(search).get("action");
  return {
    lang: langFromOffice(displayLanguage),
    theme: themeFromBackground(background),
    autoRun: autoRunFromQuery(search) || action === "check",
    ...(action === "report" ? { command: { kind: "report" as const, seq: 1 } } : {}),
  };
}

export interface StartOptions {
  office: OfficeLike;
  element: HTMLElement;
  /** location.search */
  search: string;
  /** The host actions; called only when the host is Excel. */
  createActions(): PaneActions;
  /** The report; by default reportAction over the host actions (read, plan in the pane's language, write with consent). */
  onGenerateReport?: AppProps["onGenerateReport"];
  /** The Word report's download; by default wordReportAction over the host actions, saved as a browser download. */
  onSaveWordReport?: AppProps["onSaveWordReport"];
  /** Where ribbon commands of a shared runtime announce themselves (src/commands/signal.ts); window by default. */
  win?: Window;
}

/**
 * The pane's report over the host actions (src/taskpane/report.ts: reportAction). Its code comes with the first 生成, in one
 * chunk with the planner (same chunk name): opening the pane fetches none of it.
 */
export function defaultReport(actions: PaneActions, lang: Lang): NonNullable<AppProps["onGenerateReport"]> {
  return async (options: ReportRunOptions) => (await import(/* webpackChunkName: "report" */ "./report")).reportAction(actions, lang)(options);
}

/** The Word report over the host actions, offered as a download; its code (the planner, the .docx writer) comes with the first click. */
export function defaultWordReport(actions: PaneActions, lang: Lang): NonNullable<AppProps["onSaveWordReport"]> {
  return async (options) => {
    const [{ wordReportAction }, { downloadFile }] = await Promise.all([
      import(/* webpackChunkName: "report" */ "./report"),
      import(/* webpackChunkName: "report" */ "./download"),
    ]);
    return wordReportAction(actions, lang, (name, bytes) => downloadFile(name, bytes))(options);
  };
}

/** Resolves with the mounted pane (unmounting it also stops listening for ribbon commands), or null when not in Excel (the notice is shown instead). */
export async function start(o: StartOptions): Promise<MountedPane | null> {
  const info = await o.office.onReady();
  if (String(info?.host ?? "") !== "Excel") {
    await Promise.all([loadStrings("zh-CN"), loadStrings("en")]);
    createRoot(o.element).render(<NotInExcel />);
    return null;
  }
  const settings = settingsFrom(o.office, o.search);
  await Promise.all([loadTheme(settings.theme), loadStrings(settings.lang)]);
  // The page itself is left alone (the demo hosts the pane in its own page): the pane's root carries lang="…".
  const doc = o.element.ownerDocument;

  const actions = o.createActions();
  let props: AppProps = {
    actions,
    lang: settings.lang,
    theme: settings.theme,
    autoRun: settings.autoRun,
    onGenerateReport: o.onGenerateReport ?? defaultReport(actions, settings.lang),
    onSaveWordReport: o.onSaveWordReport ?? defaultWordReport(actions, settings.lang),
    ...(settings.command ? { command: settings.command } : {}),
  };
  const pane = mount(o.element, props);
  // A check asked for on opening compiles the engine itself.
  if (!settings.autoRun) void warmUp(o.win ?? doc.defaultView ?? window, actions.prepare?.bind(actions));
  let seq = settings.command?.seq ?? 0;
  const stop = listenCommands(
    (kind: CommandKind) => {
      seq += 1;
      props = { ...props, command: { kind, seq } };
      pane.update(props);
    },
    o.win ?? doc.defaultView ?? window
  );
  return {
    update: (p) => {
      props = p;
      pane.update(p);
    },
    unmount: () => {
      stop();
      pane.unmount();
    },
  };
}
