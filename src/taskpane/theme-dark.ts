/** The dark theme, in a chunk of its own. */
export { webDarkTheme } from "@fluentui/react-components";
