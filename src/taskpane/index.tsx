/**
 * The task pane's entry (webpack entry "taskpane", page taskpane.html): once Office is ready, the pane in Excel, a short
 * bilingual notice anywhere else. `?autorun=1` (the ribbon's 一键检查) checks on opening; `?action=report` opens the report panel.
 *
 * The browser demo should import { mount } from "./mount" (re-exported here too): this module only starts itself when the
 * page has loaded office.js (a global `Office`), which the demo page does not.
 */
import { officeHost } from "../excel/host"; // src/excel/host.ts: the Office.js HostActions, being written alongside this pane.
import { start } from "./bootstrap";

export { mount, type MountedPane } from "./mount";
export type { AppProps, PaneActions } from "./App";

if (typeof Office !== "undefined") {
  const element = document.getElementById("root");
  if (element) {
    void start({ office: Office, element, search: window.location.search, createActions: () => officeHost() });
  }
}
