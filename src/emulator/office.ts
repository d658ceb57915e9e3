/** The `Office` namespace as an Excel add-in sees it: onReady, context (language, theme, requirement sets) and ribbon actions. */
import { versionAtLeast } from "./proxy";
import type { EmulatedOfficeNamespace, OfficeThemeColors } from "./types";

export interface OfficeSetup {
  apiVersion: number[];
  displayLanguage: string;
  theme: OfficeThemeColors;
  actions: Map<string, (event: unknown) => unknown>;
}

export const DEFAULT_THEME: OfficeThemeColors = {
  bodyBackgroundColor: "#FFFFFF",
  bodyForegroundColor: "#000000",
  controlBackgroundColor: "#FFFFFF",
  controlForegroundColor: "#000000",
};

export function createOffice(setup: OfficeSetup): EmulatedOfficeNamespace {
  const info = { host: "Excel", platform: "PC" };
  return {
    onReady(callback?: (i: { host: string; platform: string }) => void) {
      if (callback) callback({ ...info });
      return Promise.resolve({ ...info });
    },
    context: {
      displayLanguage: setup.displayLanguage,
      contentLanguage: setup.displayLanguage,
      officeTheme: { ...setup.theme },
      host: "Excel",
      platform: "PC",
      diagnostics: { host: "Excel", platform: "PC", version: "16.0.0.0" },
      requirements: {
        /** Only the ExcelApi sets are answered (up to apiVersion); any other set is reported unsupported. */
        isSetSupported(name: string, minVersion?: string | number): boolean {
          if (typeof name !== "string" || name.toLowerCase() !== "excelapi") return false;
          const want = minVersion === undefined ? "1.1" : String(minVersion);
          return versionAtLeast(setup.apiVersion, want);
        },
      },
    },
    actions: {
      associate(id: string, handler: (event: unknown) => unknown): void {
        setup.actions.set(id, handler);
      },
    },
    HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" },
  };
}
