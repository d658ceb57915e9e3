/** The pure mappings from Office's environment: display language → pane language, body background → light or dark theme. */
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { autoRunFromQuery, fluentTheme, langFromOffice, loadTheme, themeFromBackground } from "../../src/taskpane/environment";

describe("langFromOffice", () => {
  test.each([
    ["zh-CN", "zh-CN"],
    ["zh-cn", "zh-CN"],
    ["zh-TW", "zh-CN"],
    ["zh-HK", "zh-CN"],
    ["zh-Hans-CN", "zh-CN"],
    ["zh", "zh-CN"],
    ["ZH_cn", "zh-CN"],
    ["en-US", "en"],
    ["en-GB", "en"],
    ["fr-FR", "en"],
    ["ja-JP", "en"],
    ["zu-ZA", "en"],
    ["", "en"],
    [undefined, "en"],
    [null, "en"],
  ])("%s → %s", (display, lang) => {
    expect(langFromOffice(display)).toBe(lang);
  });
});

describe("themeFromBackground", () => {
  test.each([
    // Office's themes: White, Colorful (light body), Dark Gray, Black.
    ["#FFFFFF", "light"],
    ["#ffffff", "light"],
    ["#F3F2F1", "light"],
    ["#E6E6E6", "light"],
    ["#666666", "dark"],
    ["#444444", "dark"],
    ["#262626", "dark"],
    ["#000000", "dark"],
    ["#000", "dark"],
    ["fff", "light"],
    // A saturated colour is judged by perceived brightness: pure blue is dark, yellow light.
    ["#0000FF", "dark"],
    ["#FFFF00", "light"],
  ])("%s → %s", (color, theme) => {
    expect(themeFromBackground(color)).toBe(theme);
  });

  test("an unknown or missing colour is light", () => {
    for (const c of [undefined, null, "", "white", "rgb(0,0,0)", "#12345"]) expect(themeFromBackground(c)).toBe("light");
  });
});

describe("fluentTheme", () => {
  test("dark → webDarkTheme once loaded (light until then), light → webLightTheme", async () => {
    expect(fluentTheme("dark", "en")).toBe(webLightTheme);
    await loadTheme("dark");
    expect(fluentTheme("dark", "en")).toBe(webDarkTheme);
    expect(fluentTheme("light", "en")).toBe(webLightTheme);
    expect(fluentTheme("dark", "zh-CN").colorNeutralBackground1).toBe(webDarkTheme.colorNeutralBackground1);
    expect(fluentTheme("light", "zh-CN").colorNeutralBackground1).toBe(webLightTheme.colorNeutralBackground1);
  });

  test("Chinese puts locally installed Chinese UI fonts in the stack, and no web font", () => {
    const font = fluentTheme("light", "zh-CN").fontFamilyBase;
    expect(font).toContain("Microsoft YaHei");
    expect(font).toContain("PingFang SC");
    expect(font).not.toMatch(/url\(|https?:/);
  });
});

describe("autoRunFromQuery", () => {
  test.each([
    ["?autorun=1", true],
    ["?autorun=true", true],
    ["?foo=bar&autorun=1", true],
    ["?autorun=0", false],
    ["?autorun=", false],
    ["", false],
    ["?action=report", false],
  ])("%s → %s", (q, v) => {
    expect(autoRunFromQuery(q)).toBe(v);
  });
});
