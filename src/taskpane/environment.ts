/** What the pane takes from its host, as pure functions: the language, the theme and the autorun query. No Office globals here. */
import { type Theme, webLightTheme } from "@fluentui/react-components";
import type { Lang } from "../core/i18n";

export type PaneTheme = "light" | "dark";

/** Office's display language ("zh-CN", "zh-TW", "en-US", …) → the pane's language: any Chinese → zh-CN, everything else → en. */
export function langFromOffice(displayLanguage: string | null | undefined): Lang {
  return /^zh(?:[-_]|$)/i.test((displayLanguage ?? "").trim()) ? "zh-CN" : "en";
}

/** "#RGB" or "#RRGGBB" (the leading # optional) → [r, g, b] 0–255; null for anything else. */
function parseHex(color: string): [number, number, number] | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return null;
  let hex = m[1]!;
  if (hex.length === 3) hex = [...hex].map((c) => c + c).join("");
  const n = parseInt(hex, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/**
 * Office's theme (Office.context.officeTheme.bodyBackgroundColor) → light or dark: dark when the background's perceived
 * brightness (ITU-R BT.601 weights) is under half. Office's White and Colorful themes are light, Dark Gray and Black dark.
 * An unknown or missing colour (officeTheme is not available on every platform) gives light.
 */
export function themeFromBackground(bodyBackgroundColor: string | null | undefined): PaneTheme {
  const rgb = bodyBackgroundColor ? parseHex(bodyBackgroundColor) : null;
  if (!rgb) return "light";
  const [r, g, b] = rgb;
  const brightness = (0.299 * r + 0.587 * g + 0.114 * b) / 255;
  return brightness < 0.5 ? "dark" : "light";
}

// Locally installed fonts only (no web fonts): Segoe UI for Latin, then the platform's Simplified Chinese UI fonts.
const ZH_FONTS =
  "'Segoe UI', 'Microsoft YaHei UI', 'Microsoft YaHei', 'PingFang SC', 'Hiragino Sans GB', 'Noto Sans CJK SC', 'Source Han Sans SC', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif";

let darkTheme: Theme | null = null;

/** Fetches the dark theme's tokens (their own chunk; most users never need them). The pane awaits this before it renders. */
export async function loadTheme(theme: PaneTheme): Promise<void> {
  if (theme === "dark" && !darkTheme) darkTheme = (await import(/* webpackChunkName: "theme-dark" */ "./theme-dark")).webDarkTheme;
}

/** The Fluent theme for the pane: webLightTheme, or webDarkTheme once loaded, with Chinese UI fonts first in line for zh-CN. */
export function fluentTheme(theme: PaneTheme, lang: Lang): Theme {
  const base = theme === "dark" && darkTheme ? darkTheme : webLightTheme;
  return lang === "zh-CN" ? { ...base, fontFamilyBase: ZH_FONTS } : base;
}

/** `?autorun=1` (the ribbon's 一键检查 opens the pane with it) → check on open. Accepts "1" and "true". */
export function autoRunFromQuery(search: string): boolean {
  const v = new URLSearchParams(search).get("autorun");
  return v === "1" || v === "true";
}
