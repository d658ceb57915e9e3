/** @jest-environment jsdom */
/**
 * The pane's 检查Word报告…: a .docx picked with the file input is read in the pane (the real unzip and parser) and checked
 * with the workbook as one scope; its findings name places in Word ("第3段") on chips that are not buttons, selecting and
 * marking touch only the workbook's cells, and a bad file gets its message in the pane's language.
 */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { TextDecoder as NodeTextDecoder } from "util";
import { strings } from "../../src/core/i18n";
import { App } from "../../src/taskpane/App";
import { renamedDoc, truncatedDocx } from "../helpers/bad-docx";
import { docxFromWorkbook } from "../helpers/docx-writer";
import { fakeActions, slipsWorkbook, useDomStubs } from "./fixtures";

useDomStubs();

const zh = strings("zh-CN");
const en = strings("en");

// jsdom has neither TextDecoder nor Blob.arrayBuffer, which every browser the pane runs in has.
beforeAll(() => {
  if (!("TextDecoder" in globalThis)) Object.assign(globalThis, { TextDecoder: NodeTextDecoder });
  if (!Blob.prototype.arrayBuffer) {
    Blob.prototype.arrayBuffer = function (this: Blob) {
      return new Promise<ArrayBuffer>((resolve, reject) => {
        const r = new FileReader();
        r.onload = () => resolve(r.result as ArrayBuffer);
        r.onerror = () => reject(r.error);
        r.readAsArrayBuffer(this);
      });
    };
  }
});

/**
 * The report's slips as a Word document: "1065.25元" (10,655,546.85 元 in 预算!D4) in its 4th paragraph (the title is
 * the 1st), "94.56%元" (a stray unit, found in the text alone) in its 5th.
 */
function seedDocx(): Promise<Buffer> {
  return docxFromWorkbook(
    {
      sheets: [
        {
          name: "自评报告",
          rows: [["二、项目资金使用情况"], ["资金总额-全年执行数10655546.85元，执行率94.56%。"], ["2023年政府采购支出1065.25元，均用于政务大厅外包服务。"], ["财政资金-执行率94.56%元"]],
        },
      ],
    },
    { title: "项目支出绩效自评报告" }
  );
}

function pick(bytes: Uint8Array, name: string) {
  const file = new File([Uint8Array.from(bytes)], name, { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" });
  fireEvent.change(screen.getByTestId("docx-input"), { target: { files: [file] } });
}

test("a picked .docx is checked with the workbook, its places named as in Word", async () => {
  const actions = fakeActions(slipsWorkbook());
  render(<App lang="zh-CN" theme="light" actions={actions} />);
  expect(screen.getByRole("button", { name: zh.pane.docx.pick })).toBeTruthy();
  pick(await seedDocx(), "自评报告.docx");

  expect((await screen.findByTestId("docx-checked")).textContent).toBe(zh.pane.docx.checked({ file: "自评报告.docx" }));
  expect(actions.readWorkbook).toHaveBeenCalledTimes(1);
  const heading = zh.pane.docx.heading({ file: "自评报告.docx", part: "正文" });
  await waitFor(() => expect(screen.getAllByRole("heading").map((h) => h.textContent)).toContain(heading));

  // The unit slip of the document's 4th paragraph (the title is the 1st), checked against the workbook's 预算!D4.
  const chip = document.querySelector<HTMLElement>('[data-doc-cell="正文!A4"]')!;
  expect(chip).toBeTruthy();
  expect(chip.tagName).toBe("SPAN");
  expect(chip.textContent).toBe(`${zh.ui.wrongCell}第4段Word`);
  expect(chip.title).toBe(zh.pane.docx.docCell({ role: zh.ui.wrongCell, place: "第4段", file: "自评报告.docx" }));
  const item = chip.closest<HTMLElement>('[role="listitem"]')!;
  expect(within(item).getByText(/1065\.25/)).toBeTruthy();
  // Its basis is in the workbook: still a button that goes to the cell.
  const basis = within(item).getByRole("button", { name: zh.pane.goToCell({ role: zh.ui.basisCell, cell: "预算!D4" }) });

  // Activating the finding selects only what Excel has.
  fireEvent.click(item);
  await waitFor(() => expect(actions.selectCells).toHaveBeenCalledWith(["预算!D4"]));
  fireEvent.click(basis);
  await waitFor(() => expect(actions.selectCells).toHaveBeenLastCalledWith(["预算!D4"]));

  // 标记全部单元格 marks the workbook's cells only.
  fireEvent.click(screen.getByRole("button", { name: zh.pane.highlightAll }));
  await waitFor(() => expect(actions.highlightAll).toHaveBeenCalledTimes(1));
  const request = actions.highlightAll.mock.calls[0]![0] as { wrong: string[]; basis: string[] };
  expect([...request.wrong, ...request.basis].filter((c) => c.startsWith("正文!"))).toEqual([]);
  expect(request.basis).toContain("预算!D4");

  // 检查 again checks the workbook alone.
  fireEvent.click(screen.getByRole("button", { name: zh.pane.recheck }));
  await waitFor(() => expect(screen.queryByTestId("docx-checked")).toBeNull());
  expect(document.querySelector("[data-doc-cell]")).toBeNull();
});

test("a finding only in the document selects nothing in Excel", async () => {
  const actions = fakeActions(slipsWorkbook());
  render(<App lang="zh-CN" theme="light" actions={actions} />);
  pick(await seedDocx(), "r.docx");
  await screen.findByTestId("docx-checked");
  const onlyDoc = document.querySelector<HTMLElement>('[data-doc-cell="正文!A5"]')!.closest<HTMLElement>('[role="listitem"]')!;
  expect(onlyDoc.querySelector("button[data-cell]")).toBeNull();
  fireEvent.click(onlyDoc);
  expect(onlyDoc.getAttribute("aria-current")).toBe("true");
  expect(actions.selectCells).not.toHaveBeenCalled();
});

test.each([
  ["zh-CN" as const, zh],
  ["en" as const, en],
])("a .doc renamed .docx and a truncated file get their messages (%s)", async (lang, s) => {
  const actions = fakeActions(slipsWorkbook());
  render(<App lang={lang} theme="light" actions={actions} />);
  const q = (n: string) => (lang === "en" ? `"${n}"` : `“${n}”`);

  const bar = () => document.querySelector(".fui-MessageBar")?.textContent;
  pick(renamedDoc(), "报告.docx");
  await waitFor(() => expect(bar()).toBe(s.pane.docx.failed + s.docx.legacyDoc({ name: q("报告.docx") }) + "×"));
  expect(actions.readWorkbook).not.toHaveBeenCalled();

  pick(await truncatedDocx(), "cut.docx");
  await waitFor(() => expect(bar()).toContain(s.docx.corrupt({ name: q("cut.docx"), why: s.readErrors.corruptBy.truncated ?? "" })));
  expect(actions.readWorkbook).not.toHaveBeenCalled();
});

test("a host's own reader is used when given: its snapshot is checked with the workbook", async () => {
  const readDocument = jest.fn(async () => ({
    sheets: [{ name: "正文", hidden: false, rows: [[{ v: "2023年政府采购支出1065.25元。" }]], merges: [], document: { kind: "body" as const } }],
  }));
  const actions = { ...fakeActions(slipsWorkbook()), readDocument };
  render(<App lang="zh-CN" theme="light" actions={actions} />);
  pick(Buffer.from("bytes"), "host.docx");
  await screen.findByTestId("docx-checked");
  expect(readDocument).toHaveBeenCalledTimes(1);
  expect(new TextDecoder().decode((readDocument.mock.calls[0] as unknown as [ArrayBuffer])[0])).toBe("bytes");
  await waitFor(() => expect(document.querySelector('[data-doc-cell="正文!A1"]')?.textContent).toBe(`${zh.ui.wrongCell}第1段Word`));
});
