/** Parts and wholes, and shares, stated in the narrative (src/core/statements.ts) and the rules that check them. */
import { checkWorkbook } from "../../src/core/check";
import type { Paragraph } from "../../src/core/model";
import { buildModel } from "../../src/core/recognize/build";
import { partsDisagree, partsStatements, shareAgrees, shareStatements } from "../../src/core/statements";
import { narrative } from "../helpers/haikou";
import { workbook } from "../helpers/workbook";

function paragraph(text: string): Paragraph {
  const p = buildModel(workbook(narrative(text))).narratives[0]!.paragraphs.find((x) => x.text === text);
  if (!p) throw new Error(`no paragraph ${text}`);
  return p;
}

/** key, severity, expected, actual of every finding on a one-paragraph report. */
function keys(text: string) {
  return checkWorkbook(workbook(narrative(text))).findings.map((f) => [
    f.message.key,
    f.severity,
    f.cells,
    f.expected && f.expected.value + f.expected.unit,
    f.actual && f.actual.value + f.actual.unit,
  ]);
}

const at = ["自评报告!A2"];

describe("a whole and the parts listed after 其中", () => {
  test("2026400 ≠ 400000 + 252000 = 652000 → error", () => {
    expect(keys("共申请资金2026400元，其中A 400000元、B 252000元。")).toEqual([["sum-mismatch.text-parts", "error", at, "652000元", "2026400元"]]);
  });

  test("twin: 652000 = 400000 + 252000 → nothing", () => {
    expect(keys("共申请资金652000元，其中A 400000元、B 252000元。")).toEqual([]);
  });

  test("the statement reads whole, parts and sum", () => {
    const [s, ...more] = partsStatements(paragraph("共申请资金2026400元，其中A 400000元、B 252000元。"));
    expect(more).toEqual([]);
    expect(s!.whole.raw).toBe("2026400元");
    expect(s!.parts.map((f) => f.raw)).toEqual(["400000元", "252000元"]);
    expect(s!.partsSum.toString()).toBe("652000");
    expect(s!.open).toBe(false);
    expect(partsDisagree(s!)).toBe(true);
  });

  test("an open list (主要包括…等) short of its whole proves nothing: 300 + 200 < 1000", () => {
    const [s] = partsStatements(paragraph("项目总投资1000万元，主要包括设备购置300万元、软件开发200万元等。"));
    expect(s!.open).toBe(true);
    expect(partsDisagree(s!)).toBe(false);
    expect(keys("项目总投资1000万元，主要包括设备购置300万元、软件开发200万元等。")).toEqual([]);
  });

  test("an open list over its whole is an error: 600 + 500 = 1100 > 1000", () => {
    expect(keys("项目总投资1000万元，主要包括设备购置600万元、软件开发500万元等。")).toEqual([
      ["sum-mismatch.text-parts", "error", at, "1100万元", "1000万元"],
    ]);
  });

  test("parts inside brackets （其中建筑工程3292万元） make no statement", () => {
    expect(partsStatements(paragraph("项目总投资5000万元（其中建筑工程3292万元），当年完成建设任务。"))).toEqual([]);
  });

  test.each(["具体是", "分别为", "包括"])("%s opens the list like 其中: 300 + 100 ≠ 500 → error", (marker) => {
    expect(keys(`项目资金500万元，${marker}设备购置300万元、运行维护100万元。`)).toEqual([["sum-mismatch.text-parts", "error", at, "400万元", "500万元"]]);
  });

  test("twin of 具体是: 400 = 300 + 100 → nothing", () => {
    expect(keys("项目资金400万元，具体是设备购置300万元、运行维护100万元。")).toEqual([]);
  });

  test("a whole in bare 万 after 安排资金: 19204.096万 ≠ 14059.11 + 1299 + 3845.886 = 19203.996万元 → error", () => {
    expect(keys("安排资金19204.096万。其中，央省14059.11万元、市级1299万元、县级3845.886万元。")).toEqual([
      ["sum-mismatch.text-parts", "error", at, "19203.996万元", "19204.096万元"],
    ]);
    expect(keys("安排资金19204.096万。其中，央省14059.11万元、市级1299万元、县级3845.986万元。")).toEqual([]);
  });
});

describe("two-level lists collapse their subtotals", () => {
  // 第一批 3000 + 3357.17 + 3552.83 = 9910; 第二批 4000 + 3437 = 7437; 9910 + 7437 = 17347.
  const list = (whole: string) =>
    `下达资金${whole}万元，其中第一批9910万元，分别支持A县3000万元、B县3357.17万元、C县3552.83万元；第二批7437万元，分别支持D县4000万元、E县3437万元。`;

  test("the parts are the two batches", () => {
    const [s] = partsStatements(paragraph(list("17347")));
    expect(s!.parts.map((f) => f.raw)).toEqual(["9910万元", "7437万元"]);
    expect(partsDisagree(s!)).toBe(false);
    expect(keys(list("17347"))).toEqual([]);
  });

  test("a whole 100万元 off the batches (17447) → error", () => {
    expect(keys(list("17447"))).toEqual([["sum-mismatch.text-parts", "error", at, "17347万元", "17447万元"]]);
  });

  // The list prints 万元 to 2 decimals (3357.17): 9910 and 7437 are 9910.00 and 7437.00, and 17348 ≠ 17347.00.
  test("a whole 1万元 off the batches, in a list printed to the 分 of 万元 (17348) → error", () => {
    expect(keys(list("17348")).map((k) => k.slice(0, 3))).toEqual([["sum-mismatch.text-parts", "error", at]]);
  });
});

describe("lengths, counts, units", () => {
  test("a list that reaches its whole early stops there: 3.133 + 0.617 = 3.75, then 人行道 0.23 is another thing", () => {
    expect(keys("新建道路3.75km，其中主路3.133km，支路0.617km；人行道改造0.23km。")).toEqual([]);
  });

  test("twin: 3.133 + 0.627 + 0.23 = 3.99 never reaches 3.75 → a warning (not money)", () => {
    expect(keys("新建道路3.75km，其中主路3.133km，支路0.627km；人行道改造0.23km。")).toEqual([
      ["sum-mismatch.text-parts", "warning", at, "3.990km", "3.750km"],
    ]);
  });

  test("counts in 套 and 台 add up as pieces: 12 + 6 = 18 ≠ 20 → warning", () => {
    expect(keys("购置设备20套，其中电脑12台、打印机6台。")).toEqual([["sum-mismatch.text-parts", "warning", at, "18件", "20件"]]);
  });

  test("twin: 18套 = 12台 + 6台 → nothing", () => {
    expect(keys("购置设备18套，其中电脑12台、打印机6台。")).toEqual([]);
  });

  test("counts 2 + 9 = 11 ≠ 15 → warning", () => {
    expect(keys("共建设站点15个，其中县级站点2个、乡镇站点9个。")).toEqual([["sum-mismatch.text-parts", "warning", at, "11个", "15个"]]);
  });

  // Counted things are exact: 2个 + 9个 is 11, never 12; no rounding slack belongs to them.
  test("counts 2 + 9 = 11 ≠ 12 → warning", () => {
    expect(keys("共建设站点12个，其中县级站点2个、乡镇站点9个。").map((k) => k.slice(0, 3))).toEqual([["sum-mismatch.text-parts", "warning", at]]);
  });

  test("2089元 over 1777万元 + 312万元 = 2089万元 is the whole's unit slip, not a sum mismatch", () => {
    expect(keys("全年预算数2089元：其中中央资金1777万元，省级资金312万元。")).toEqual([["unit-slip.text-parts", "error", at, "20890000.00元", "2089元"]]);
  });

  test("twin: 2089万元 → nothing", () => {
    expect(keys("全年预算数2089万元：其中中央资金1777万元，省级资金312万元。")).toEqual([]);
  });
});

describe("the list's precision", () => {
  // Beside 29.99万元, 30万元 is 30.00: 30 + 30 + 29.99 = 89.99.
  test("89.97 ≠ 89.99 → error", () => {
    expect(keys("项目资金89.97万元，其中A 30万元、B 30万元、C 29.99万元。")).toEqual([["sum-mismatch.text-parts", "error", at, "89.99万元", "89.97万元"]]);
  });

  test("twin: 89.99 agrees", () => {
    expect(keys("项目资金89.99万元，其中A 30万元、B 30万元、C 29.99万元。")).toEqual([]);
  });
});

describe("shares", () => {
  const text = (share: string) => `抽审的41个项目中，35个项目评为中，占评定项目的${share}%。`;

  test("35 / 41 = 85.3658… prints 85.37: 85.36 → rate-mismatch.share error", () => {
    const [s, ...more] = shareStatements(paragraph(text("85.36")));
    expect(more).toEqual([]);
    expect(s!.part.raw).toBe("35个");
    expect(s!.wholes.map((w) => w.raw)).toEqual(["41个"]);
    expect(shareAgrees(s!)).toBe(false);
    expect(keys(text("85.36"))).toEqual([["rate-mismatch.share", "error", at, "85.37%", "85.36%"]]);
  });

  test("twin: 85.37 → nothing", () => {
    expect(shareAgrees(shareStatements(paragraph(text("85.37")))[0]!)).toBe(true);
    expect(keys(text("85.37"))).toEqual([]);
  });
});
