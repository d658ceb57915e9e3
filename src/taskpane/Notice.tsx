/** What the pane shows outside Excel (both language packs must be loaded) (office.js loaded in a plain browser tab, or another Office app): a short note in both languages. */
import { FluentProvider, Text } from "@fluentui/react-components";
import { fluentTheme, type PaneTheme } from "./environment";
import { paneStrings } from "./strings";

export function NotInExcel({ theme = "light" }: { theme?: PaneTheme }) {
  return (
    <FluentProvider theme={fluentTheme(theme, "zh-CN")}>
      <div role="status" style={{ padding: "12px", display: "flex", flexDirection: "column", gap: "4px", overflowWrap: "anywhere" }}>
        {(["zh-CN", "en"] as const).map((lang) => (
          <Text key={lang} lang={lang}>
            <Text weight="semibold">{paneStrings(lang).pane.title}</Text>
            {paneStrings(lang).ui.colon}
            {paneStrings(lang).pane.notInExcel}
          </Text>
        ))}
      </div>
    </FluentProvider>
  );
}
