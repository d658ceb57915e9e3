/** Hand-made report plans over samples/haikou-2023.xlsx, for the writer tests (independent of the planner). */
import { createHash } from "crypto";
import { mkdtempSync, readFileSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { SaxesParser } from "saxes";
import type { CellWrite, ReportPlan, SheetPlan } from "../../src/core/report/plan";

export const HAIKOU_SOURCES = ["项目信息", "预算执行", "支付台账", "合同", "绩效指标", "自评报告"];

// The sample ledger's monthly payments in 分, and the budget (元).
const MONTHLY_FEN = [88153240, 87960015, 88421736, 88307482, 88519063, 88276951, 88642318, 78264317, 84488555, 84488555, 84488555, 115543898];
const BUDGET_ANNUAL = 11268530.96;
const SPENT = 10655546.85;

const W = (address: string, value: CellWrite["value"], extra: Partial<CellWrite> = {}): CellWrite => ({ address, value, ...extra });

/** The 自评表 with its chart data in K2:M13 and the chart under the form. */
export function formSheet(name = "项目支出绩效自评表"): SheetPlan {
  const writes: CellWrite[] = [
    W("A1", "项目支出绩效自评表（2023年度）", { bold: true, align: "center" }),
    W("A2", "项目名称", { bold: true }),
    W("B2", "海口市政务服务中心服务外包项目", { formula: "项目信息!B1" }),
    W("A3", "主管部门", { bold: true }),
    W("B3", "海口市营商环境建设局"),
    W("A4", "项目资金（万元）", { bold: true, align: "center" }),
    W("B4", "年初预算数", { bold: true, align: "center" }),
    W("C4", "全年预算数", { bold: true, align: "center" }),
    W("D4", "全年执行数", { bold: true, align: "center" }),
    W("E4", "分值", { bold: true, align: "center" }),
    W("F4", "执行率", { bold: true, align: "center" }),
    W("G4", "得分", { bold: true, align: "center" }),
    W("A5", "年度资金总额"),
    W("B5", 1126.55, { formula: "ROUND(预算执行!B4/10000,2)", numberFormat: "#,##0.00" }),
    W("C5", 1126.85, { formula: "ROUND(预算执行!C4/10000,2)", numberFormat: "#,##0.00" }),
    W("D5", 1065.55, { formula: "ROUND(预算执行!D4/10000,2)", numberFormat: "#,##0.00" }),
    W("E5", 10, { align: "center" }),
    W("F5", SPENT / BUDGET_ANNUAL, { formula: "预算执行!D4/预算执行!C4", numberFormat: "0.00%" }),
    W("G5", 9.46, { formula: "ROUND(E5*F5,2)", numberFormat: "0.00" }),
    W("A6", "偏差原因分析", { bold: true }),
    W("B6", "待填写：全年预算数比年初预算数调增3,030.96元的原因", { prompt: true, wrap: true }),
    W("A7", "总分", { bold: true }),
    W("B7", 99.46, { numberFormat: "0.00" }),
    W("C7", "等级", { bold: true }),
    W("D7", "优"),
    W("A8", "年度总体目标完成情况", { bold: true, wrap: true }),
    W("B8", "会同相关部门对政务服务一窗人员进行监督检查，负责对政务服务质量进行评估。项目涉及工作人员128人，2023年全年执行数1,065.55万元，预算执行率94.56%。", {
      wrap: true,
    }),
    W("K1", "月份", { bold: true }),
    W("L1", "累计支出", { bold: true }),
    W("M1", "全年预算数", { bold: true }),
  ];
  let cum = 0;
  MONTHLY_FEN.forEach((fen, i) => {
    cum += fen;
    writes.push(W(`K${i + 2}`, `${i + 1}月`));
    writes.push(W(`L${i + 2}`, Math.round(cum / 100) / 10000, { numberFormat: "#,##0.00" }));
    writes.push(W(`M${i + 2}`, 1126.85, { formula: "$C$5", numberFormat: "#,##0.00" }));
  });
  return {
    name,
    create: true,
    needsConsent: false,
    writes,
    merges: ["A1:G1", "B2:G2", "B3:G3", "B6:G6", "D7:G7", "B8:G8"],
    widths: { A: 20, B: 12, C: 12, D: 12, E: 8, F: 10, G: 10, K: 8, L: 12, M: 12 },
    chart: {
      title: "支出进度",
      from: "A10",
      to: "G28",
      categories: "K2:K13",
      series: [
        { name: "累计支出", values: "L2:L13" },
        { name: "全年预算数", values: "M2:M13" },
      ],
    },
  };
}

export function handPlan(): ReportPlan {
  return { sheets: [formSheet()], sources: [...HAIKOU_SOURCES] };
}

// ---------------------------------------------------------------------------------------------------------------
// File and XML helpers for the writer tests

export const ROOT = resolve(__dirname, "../..");
export const SAMPLE = join(ROOT, "samples/haikou-2023.xlsx");

export function tempDir(prefix = "selfeval-writer-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Removes a test's temporary folder (kept with KEEP_TMP=1, to look at the files). */
export function removeTemp(dir: string): void {
  if (process.env.KEEP_TMP !== "1") rmSync(dir, { recursive: true, force: true });
}

/** What "unchanged" means for an input file: same bytes, same size, same modification time. */
export function fileState(file: string): { sha256: string; size: number; mtimeMs: number } {
  const st = statSync(file);
  return { sha256: createHash("sha256").update(readFileSync(file)).digest("hex"), size: st.size, mtimeMs: st.mtimeMs };
}

export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

/** Parses XML strictly (namespace-aware, throws on anything malformed) into a small tree. */
export function parseXml(xml: string): XmlNode {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlNode[] = [];
  let root: XmlNode | undefined;
  parser.on("error", (e) => {
    throw e;
  });
  parser.on("opentag", (t) => {
    const attrs: Record<string, string> = {};
    for (const [k, a] of Object.entries(t.attributes)) attrs[k] = typeof a === "string" ? a : a.value;
    const node: XmlNode = { name: t.name, attrs, children: [], text: "" };
    if (stack.length) stack[stack.length - 1]!.children.push(node);
    else root = node;
    stack.push(node);
  });
  parser.on("text", (t) => {
    if (stack.length) stack[stack.length - 1]!.text += t;
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.write(xml).close();
  if (!root) throw new Error("no root element");
  return root;
}

/** Every descendant (or self) with the given qualified name, in document order. */
export function findAll(node: XmlNode, name: string): XmlNode[] {
  const out: XmlNode[] = [];
  const walk = (n: XmlNode) => {
    if (n.name === name) out.push(n);
    n.children.forEach(walk);
  };
  walk(node);
  return out;
}

export function child(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((c) => c.name === name);
}
