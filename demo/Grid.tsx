/** The demo's stand-in for Excel's window: sheet tabs, a name box and a grid of the active sheet, redrawn after every sync. */
import { columnLetters } from "../src/core/address";
import { displayText } from "../src/core/display";
import type { ExcelEmulator } from "../src/emulator";

/** Rows drawn around the selection: enough to see context, few enough for a 200,000-row ledger. */
const WINDOW = 60;

export interface GridProps {
  emu: ExcelEmulator;
}

function parseRange(address: string): { r0: number; c0: number; r1: number; c1: number } {
  const cell = (a: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(a.replace(/\$/g, ""))!;
    let c = 0;
    for (const ch of m[1]!) c = c * 26 + ch.charCodeAt(0) - 64;
    return { r: Number(m[2]) - 1, c: c - 1 };
  };
  const [a, b] = address.split(":");
  const p = cell(a!);
  const q = cell(b ?? a!);
  return { r0: Math.min(p.r, q.r), c0: Math.min(p.c, q.c), r1: Math.max(p.r, q.r), c1: Math.max(p.c, q.c) };
}

export function Grid({ emu }: GridProps) {
  const selection = emu.selection();
  const snapshot = emu.snapshot({ text: true });
  const sheet = snapshot.sheets.find((s) => s.name === selection.sheet) ?? snapshot.sheets[0];
  const sel = parseRange(selection.address);
  const rows = sheet?.rows ?? [];
  const width = Math.min(26, Math.max(1, ...rows.slice(0, 2000).map((r) => r?.length ?? 0)));
  const from = Math.max(0, sel.r0 - 10);
  const to = Math.min(Math.max(rows.length, sel.r1 + 1), from + WINDOW);
  const body = [];
  for (let r = from; r < to; r++) {
    const cells = [];
    for (let c = 0; c < width; c++) {
      const address = `${columnLetters(c)}${r + 1}`;
      const look = sheet ? emu.cell(sheet.name, address) : null;
      const selected = r >= sel.r0 && r <= sel.r1 && c >= sel.c0 && c <= sel.c1;
      cells.push(
        <td
          key={c}
          data-address={address}
          aria-selected={selected}
          style={{ background: look?.fill ?? undefined, color: look?.fontColor ?? undefined, fontWeight: look?.bold ? 600 : undefined, outline: selected ? "2px solid #107c41" : undefined, outlineOffset: -2 }}
          onClick={() => sheet && emu.userSelect(sheet.name, address)}
        >
          {displayText(rows[r]?.[c])}
        </td>,
      );
    }
    body.push(
      <tr key={r}>
        <th scope="row">{r + 1}</th>
        {cells}
      </tr>,
    );
  }
  return (
    <div className="excel">
      <div className="formula-bar">
        <input className="name-box" data-testid="name-box" aria-label="名称框 Name Box" readOnly value={selection.activeCell} />
        <span className="formula">{sheet ? displayText(rows[sel.r0]?.[sel.c0]) : ""}</span>
      </div>
      <div className="grid-scroll">
        <table className="grid" data-testid="grid" data-sheet={sheet?.name}>
          <thead>
            <tr>
              <th />
              {Array.from({ length: width }, (_, c) => (
                <th key={c} scope="col">
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{body}</tbody>
        </table>
      </div>
      <div className="tabs" role="tablist">
        {snapshot.sheets
          .filter((s) => emu.visibility(s.name) === "Visible")
          .map((s) => (
            <button key={s.name} role="tab" aria-selected={s.name === sheet?.name} onClick={() => emu.userSelect(s.name, "A1")}>
              {s.name}
            </button>
          ))}
      </div>
    </div>
  );
}
