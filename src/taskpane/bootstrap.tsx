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
import { loadStrings } from "./strings";

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
 * `?action=report` generates the report (when the pane has the report feature).
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
  onGenerateReport?: () => Promise<void>;
  /** Where ribbon commands of a shared runtime announce themselves (src/commands/signal.ts); window by default. */
  win?: Window;
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

  let props: AppProps = {
    actions: o.createActions(),
    lang: settings.lang,
    theme: settings.theme,
    autoRun: settings.autoRun,
    ...(o.onGenerateReport ? { onGenerateReport: o.onGenerateReport } : {}),
    ...(settings.command ? { command: settings.command } : {}),
  };
  const pane = mount(o.element, props);
  let seq = settings.command?.seq ?? 0;
  const stop = listenCommands((kind: CommandKind) => {
    seq += 1;
    props = { ...props, command: { kind, seq } };
    pane.update(props);
  }, o.win ?? doc.defaultView ?? window);
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
