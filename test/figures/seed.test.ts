import { extractFigures } from "../../src/core/figures/extract";
import { brief, count, date, money, year } from "./helpers";
import { hasSeed, SEED_PARTS, seedText } from "../helpers/seed";
import { describeShared } from "../helpers/shared";

/** The real 自评报告 (海口市政务服务中心 2023); each expectation below was worked out by hand from the text. */
// The real seed, line by line: where shared/ is absent these tests are skipped (rules and roles run on REPORT_FIXTURE).
const SEED = hasSeed() ? seedText() : "";
const LINES = SEED.split("\n");

function line(prefix: string): string {
  const hits = LINES.filter((l) => l.startsWith(prefix));
  if (hits.length !== 1) throw new Error(`expected one line starting ${prefix}, found ${hits.length}`);
  return hits[0]!;
}

/** Lines with figures, by how they start, with every figure each holds, in order. */
const EXPECTED: Array<[string, object[]]> = [
  [
    "项目概述如下",
    [
      count("4300 ㎡", "4300", "㎡"),
      count("59 家", "59", "家"),
      count("273 名", "273", "名"),
      count("2087 项", "2087", "项"),
      count("3200 人次", "3200", "人次"),
      // 33796500.00 / 3 = 11265500.00: a three-year budget and its yearly share.
      money("￥33796500.00 元", "33796500.00", "元", "33796500", "budget", null, 3),
      money("￥11265500.00 元", "11265500.00", "元", "11265500", "budget", null, 1),
    ],
  ],
  ["总体目标", [count("128人", "128", "人"), money("1126.55万元", "1126.55", "万元", "11265500", null, "total")]],
  ["2023年年度目标", [year("2023年", 2023), count("128人", "128", "人"), money("1126.55万元", "1126.55", "万元", "11265500", null, "total")]],
  // 1065.55 万元 = 10655500 元 (the ledger's 10655546.85 元 rounded to 万元 at 2 dp).
  ["当年年度目标完成情况", [count("128人", "128", "人"), money("1065.55万元", "1065.55", "万元", "10655500", null, "total")]],
  [
    "资金总额-年初预算数",
    [
      money("11265500元", "11265500", "元", "11265500", "budget-initial", "total"),
      money("11268530.96元", "11268530.96", "元", "11268530.96", "budget-annual", "total"),
    ],
  ],
  [
    "财政资金-年初预算数",
    [
      money("11265500元", "11265500", "元", "11265500", "budget-initial", "fiscal"),
      money("11268530.96元", "11268530.96", "元", "11268530.96", "budget-annual", "fiscal"),
    ],
  ],
  ["专户-年初预算数", [money("0元", "0", "元", "0", "budget-initial", "special"), money("0元", "0", "元", "0", "budget-annual", "special")]],
  ["单位年初预算数", [money("0元", "0", "元", "0", "budget-initial", "unit"), money("0元", "0", "元", "0", "budget-annual", "unit")]],
  [
    "资金总额-全年执行数",
    [
      money("10655546.85元", "10655546.85", "元", "10655546.85", "executed", "total"),
      { raw: "94.56%元", kind: "percent", value: "94.56", unit: "%", strayUnit: "元", concept: "rate", source: "total", periodYears: null },
    ],
  ],
  [
    "财政资金-全年执行数",
    [
      money("10655546.85元", "10655546.85", "元", "10655546.85", "executed", "fiscal"),
      { raw: "94.56%", kind: "percent", value: "94.56", unit: "%", concept: "rate", source: "fiscal", periodYears: null },
    ],
  ],
  [
    "专户全年执行数",
    [
      money("0元", "0", "元", "0", "executed", "special"),
      { raw: "0", kind: "plain", value: "0", unit: null, concept: "rate", source: "special", periodYears: null },
    ],
  ],
  [
    "单位全年执行数",
    [
      money("0元", "0", "元", "0", "executed", "unit"),
      { raw: "0.00%", kind: "percent", value: "0.00", unit: "%", concept: "rate", source: "unit", periodYears: null },
    ],
  ],
  [
    "单位委托中经国际",
    [
      // 33795422.10 / 3 = 11265140.70, printed 1126140.7: the checker's dropped-digit case.
      money("33795422.10元", "33795422.10", "元", "33795422.1", "contract", null, 3),
      money("1126140.7元", "1126140.7", "元", "1126140.7", "contract", null, 1),
    ],
  ],
  ["2023年政府采购支出", [year("2023年", 2023), money("1065.25元", "1065.25", "元", "1065.25", "executed")]],
  [
    "项目绩效目标基本完成",
    [
      year("2023年", 2023),
      money("1065.25元", "1065.25", "元", "1065.25", "executed"),
      // 11268530.96 − 10655546.85 = 612984.11 元 ≈ 61.30 万元
      money("61.3万元", "61.3", "万元", "613000", "balance"),
      { raw: "94.56%", kind: "percent", value: "94.56", unit: "%", concept: "rate", source: null },
    ],
  ],
  [
    "因市政务服务中心",
    [
      date("2023年7月", 2023, 7, null),
      date("2023年8月4日", 2023, 8, 4),
      year("2023年度", 2023),
      { raw: "10%", kind: "percent", value: "10", concept: "other" },
      date("1", null, 1, null),
      date("7月份", null, 7, null),
      { raw: "10%", kind: "percent", value: "10", concept: "other" },
      year("2023年", 2023),
      year("2023年度", 2023),
      date("2023年1月", 2023, 1, null),
      date("7月", null, 7, null),
      year("2023年度", 2023),
      count("5个月", "5", "个月"),
      date("8月", null, 8, null),
      date("12月", null, 12, null),
      year("2023年度", 2023),
      count("4个月", "4", "个月"),
      date("8月", null, 8, null),
      date("11月", null, 11, null),
    ],
  ],
];

describeShared(SEED_PARTS, "seed report: every line with figures", () => {
  test.each(EXPECTED)("line starting %s", (prefix, want) => {
    const got = extractFigures(line(prefix)).map(brief);
    expect(got).toHaveLength(want.length);
    want.forEach((w, k) => expect(got[k]).toMatchObject(w));
  });

  test("every other line has no figures: headings, ordinals, 一是…二是, document numbers, the phone number", () => {
    const covered = new Set(EXPECTED.map(([p]) => line(p)));
    const rest = LINES.filter((l) => !covered.has(l));
    expect(rest.length).toBeGreaterThan(40);
    for (const l of rest) expect([l, extractFigures(l).map((f) => f.raw)]).toEqual([l, []]);
  });

  test("the phone number, the 〔2018〕45 号 document numbers and section ordinals give nothing", () => {
    expect(extractFigures(line("联系电话"))).toEqual([]);
    const overview = extractFigures(line("项目概述如下")).map((f) => f.raw);
    for (const bad of ["2018", "45", "2022", "5", "2014", "159", "一", "一 次", "13138999588"]) expect(overview).not.toContain(bad);
    expect(extractFigures(line("（一）项目基本情况"))).toEqual([]);
    expect(extractFigures(line("一是项目业务经理未到位"))).toEqual([]);
  });

  test("the whole text gives the same figures as its lines, at the right offsets", () => {
    const whole = extractFigures(SEED);
    let offset = 0;
    const byLine = LINES.flatMap((l) => {
      const figs = extractFigures(l).map((f) => ({ ...brief(f), start: f.start + offset, label: f.label }));
      offset += l.length + 1;
      return figs;
    });
    expect(whole.map((f) => ({ ...brief(f), start: f.start, label: f.label }))).toEqual(byLine);
    for (const f of whole) expect(SEED.slice(f.start, f.end)).toBe(f.raw);
  });

  test("only the 资金总额 执行率 carries a stray unit", () => {
    const stray = extractFigures(SEED).filter((f) => f.strayUnit !== undefined);
    expect(stray.map((f) => [f.raw, f.strayUnit, f.number.unit])).toEqual([["94.56%元", "元", "%"]]);
  });

  test("every money figure's yuan is its value scaled by its unit", () => {
    const moneyFigs = extractFigures(SEED).filter((f) => f.kind === "money");
    expect(moneyFigs.map((f) => f.yuan!.toFixed())).toEqual([
      "33796500",
      "11265500",
      "11265500",
      "11265500",
      "10655500",
      "11265500",
      "11268530.96",
      "11265500",
      "11268530.96",
      "0",
      "0",
      "0",
      "0",
      "10655546.85",
      "10655546.85",
      "0",
      "0",
      "33795422.1",
      "1126140.7",
      "1065.25",
      "1065.25",
      "613000",
    ]);
  });

  test("labels: the words since the previous figure, within the clause", () => {
    const figs = extractFigures(line("资金总额-全年执行数"));
    expect(figs.map((f) => f.label)).toEqual(["资金总额-全年执行数", "，资金总额-执行率"]);
    const contract = extractFigures(line("单位委托中经国际"));
    expect(contract[0]!.label.endsWith("此笔政府采购项目授予央国企合同金额三年")).toBe(true);
    expect(contract[1]!.label).toBe("，一年");
    // years do not end a label
    const spend = extractFigures(line("2023年政府采购支出"));
    expect(spend[1]!.label).toBe("2023年政府采购支出");
    // a count does: 共计 … is read after 128人
    const goal = extractFigures(line("总体目标"));
    expect(goal[1]!.label).toBe("人员成本、其他费用及服务费，共计");
  });
});
