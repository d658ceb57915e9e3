/**
 * The demo page: the real task pane and the real Office.js adapter, running in a browser through Microsoft's Excel
 * client library (loaded by demo.html from this origin) against the emulated host, beside a grid and a name box. It opens samples/haikou-2023.xlsx; "打开 .xlsx" opens the user's own file (read by the local demo server).
 */
import { useEffect, useReducer, useRef, useState } from "react";
import { createRoot } from "react-dom/client";
import type { PlainWorkbook } from "../src/core/snapshot";
import { createExcelEmulator, serveClientLibrary, type ClientLibrary, type ExcelEmulator } from "../src/emulator";
import { officeHost } from "../src/excel/host";
import { start } from "../src/taskpane/bootstrap";
import type { MountedPane } from "../src/taskpane/mount";
import { Grid } from "./Grid";

const CLIENT = { Excel: window.Excel, OfficeExtension: window.OfficeExtension } as ClientLibrary;
if (typeof CLIENT.Excel?.run !== "function") throw new Error("demo.html did not load Microsoft's Excel client library (office-js/excel-web-16.00.js)");
const query = new URLSearchParams(location.search);
const lang = query.get("lang") === "en" ? "en" : "zh-CN";
const dark = query.get("theme") === "dark";
const THEME = dark
  ? { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#3A3A3A", controlForegroundColor: "#FFFFFF" }
  : { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000", controlBackgroundColor: "#FFFFFF", controlForegroundColor: "#000000" };

// JSON turns the snapshot's sparse rows into nulls; the engine expects holes.
function revive(s: PlainWorkbook): PlainWorkbook {
  for (const sheet of s.sheets) {
    sheet.rows = sheet.rows.map((row) => (row ? row.map((c) => c ?? undefined) : undefined));
  }
  return s;
}

async function fetchSnapshot(res: Promise<Response>): Promise<PlainWorkbook> {
  const r = await res;
  const json = (await r.json()) as PlainWorkbook | { error: string };
  if ("error" in json) throw new Error(json.error);
  return revive(json);
}

function Demo() {
  const [emu, setEmu] = useState<ExcelEmulator | null>(null);
  const [file, setFile] = useState("samples/haikou-2023.xlsx");
  const [error, setError] = useState<string | null>(null);
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const paneRef = useRef<HTMLDivElement>(null);

  const open = async (snapshot: Promise<PlainWorkbook>, name: string) => {
    try {
      const next = createExcelEmulator(await snapshot, { displayLanguage: lang === "en" ? "en-US" : "zh-CN", theme: THEME });
      setError(null);
      setFile(name);
      setEmu(next);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  useEffect(() => {
    void open(fetchSnapshot(fetch(`/api/sample?lang=${lang}`)), "samples/haikou-2023.xlsx");
  }, []);

  useEffect(() => {
    if (!emu || !paneRef.current) return;
    // The globals excel-web-16.00.js defined, with Excel.run answered by the emulated host; Office is the emulation's.
    const served = serveClientLibrary(CLIENT, emu);
    emu.install(window, served.namespaces);
    (window as unknown as { selfevalDemo: unknown }).selfevalDemo = emu;
    (window as unknown as { selfevalHost: unknown }).selfevalHost = served.host;
    const off = emu.onChange(redraw);
    const host = document.createElement("div");
    host.style.height = "100%";
    paneRef.current.replaceChildren(host);
    let pane: MountedPane | null = null;
    void start({ office: emu.Office as never, element: host, search: location.search, createActions: () => officeHost({ env: served.env }) }).then(
      (p) => (pane = p)
    );
    return () => {
      off();
      pane?.unmount();
      emu.uninstall();
    };
  }, [emu]);

  return (
    <div className="demo">
      <header>
        <strong>绩效自评助手 · {lang === "en" ? "demo" : "演示"}</strong>
        <span className="file" data-testid="file">
          {file}
        </span>
        <label className="open">
          {lang === "en" ? "Open .xlsx…" : "打开 .xlsx…"}
          <input
            type="file"
            accept=".xlsx,.xlsm"
            data-testid="open-file"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) void open(fetchSnapshot(fetch(`/api/read?lang=${lang}`, { method: "POST", body: f })), f.name);
            }}
          />
        </label>
        {error && (
          <span role="alert" className="error">
            {error}
          </span>
        )}
      </header>
      <main>
        <section className="workbook">{emu && <Grid emu={emu} />}</section>
        <aside className="pane" data-testid="pane" ref={paneRef} />
      </main>
    </div>
  );
}

const css = `
.demo { display: flex; flex-direction: column; height: 100%; background: ${dark ? "#1f1f1f" : "#f3f3f3"}; color: ${dark ? "#fff" : "#000"}; }
header { display: flex; gap: 12px; align-items: center; padding: 6px 10px; background: #107c41; color: #fff; }
header .open input { margin-left: 6px; }
header .error { background: #fde7e9; color: #a4262c; padding: 2px 6px; }
main { flex: 1; display: flex; min-height: 0; }
.workbook { flex: 1; min-width: 0; display: flex; flex-direction: column; }
.excel { display: flex; flex-direction: column; height: 100%; }
.formula-bar { display: flex; gap: 8px; padding: 4px; background: ${dark ? "#2b2b2b" : "#fff"}; border-bottom: 1px solid #c8c8c8; }
.name-box { width: 90px; font: inherit; }
.grid-scroll { flex: 1; overflow: auto; background: ${dark ? "#1f1f1f" : "#fff"}; }
.grid { border-collapse: collapse; font-size: 12px; }
.grid th { background: ${dark ? "#333" : "#f0f0f0"}; font-weight: normal; color: #666; padding: 0 4px; border: 1px solid #d4d4d4; position: sticky; top: 0; }
.grid tbody th { position: static; }
.grid td { border: 1px solid #e1e1e1; padding: 1px 4px; max-width: 320px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; cursor: cell; }
.tabs { display: flex; gap: 2px; padding: 2px 6px; background: ${dark ? "#2b2b2b" : "#e6e6e6"}; overflow-x: auto; }
.tabs button { border: none; background: transparent; padding: 4px 10px; font: inherit; color: inherit; }
.tabs button[aria-selected="true"] { background: ${dark ? "#1f1f1f" : "#fff"}; color: #107c41; font-weight: 600; border-bottom: 2px solid #107c41; }
.pane { width: 350px; flex: none; box-shadow: -1px 0 0 #c8c8c8; background: ${dark ? "#262626" : "#fff"}; overflow-y: auto; overflow-x: auto; }
`;
const style = document.createElement("style");
style.textContent = css;
document.head.appendChild(style);
document.documentElement.lang = lang;
createRoot(document.getElementById("root")!).render(<Demo />);
