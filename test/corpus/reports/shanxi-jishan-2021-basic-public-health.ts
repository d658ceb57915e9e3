/**
 * 稷山县项目支出绩效自评表（2021年度）国家基本公共卫生服务 (稷山县卫生健康和体育局 / 稷山县翟店镇卫生院; national form, 万元),
 * as stored in a text extraction of the published .xlsx. The extraction stops inside the 质量指标 block ("指标1：提升国家基本…"),
 * so the 质量/时效/成本/效益/满意度 rows and the 总分 are not typed. The names of 数量指标 指标3 and 指标4 did not survive the
 * extraction (their figures did) and are typed as bare "指标3：" / "指标4：". The fund rows show 年初预算数 0 and one amount,
 * 207.4538, with 执行率 100 %; since 100 % = 执行数 / 全年预算数, the amount is typed as both 全年预算数 and 全年执行数.
 * No text stands in the 偏差原因 column for any 数量指标 row (the extraction carries such text inline where a form has it).
 * Several partial scores exceed 分值 × 完成值 / 指标值; others are cut down (1.946 → 1.9), which is the form's own precision.
 */
import type { CorpusReport, MustNotFlag, Slip } from "../types";
import type { RowDef } from "../../../samples/workbook-def";

/** 三级指标, 年度指标值, 实际完成值, 分值, 得分; n/d = the numeric target and actual where they compare. */
const ind: Array<[string, string | { v: number; fmt: string }, string | { v: number; fmt: string }, number, number, number?, number?]> = [
  ["指标1：居民健康档案", "38508人", "37442人", 3, 3, 38508, 37442],
  ["指标2：发放健康教育资料", "不少于12种", "14种", 1, 1, 12, 14],
  ["指标3：", "不少于6种", "28种", 1, 1, 6, 28],
  ["指标4：", "116次", "150次", 1, 1, 116, 150],
  ["指标5：举办健康教育知识讲座", "6次", "150次", 1, 1, 6, 150],
  ["指标6：举办健康教育宣传咨询活动", "12次", "96次", 1, 1, 12, 96],
  ["指标7：建立预防接种证", "221人", "221人", 2, 2, 221, 221],
  ["指标8：适龄儿童疫苗接种率", { v: 1, fmt: "0.00%" }, { v: 0.973, fmt: "0.00%" }, 2, 1.9, 100, 97.3],
  ["指标9：0-6岁儿童健康管理数", "2089人", "2089人", 2, 2, 2089, 2089],
  ["指标10：0-6岁儿童眼保健操覆盖数", "2089人", "2089人", 2, 2, 2089, 2089],
  ["指标11：新生入访视数", "214人", "214人", 2, 2, 214, 214],
  ["指标12：孕产妇7天访视数", "214人", "203人", 2, 1.8, 214, 203],
  ["指标13：孕产妇42天访视数", "214人", "203人", 2, 1.8, 214, 203],
  ["指标14：早孕建册数", "120人", "69人", 2, 1, 120, 69],
  ["指标15：老年人体检数", "5662人", "4044人", 2, 1.4, 5662, 4044],
  ["指标16：高血压规范管理数", "3807人", "3224人", 2, 1.9, 3807, 3224],
  ["指标17：高血压随访控制数", "3807人", "3220人", 2, 1.8, 3807, 3220],
  ["指标18：糖尿病规范管理数", "863人", "695人", 2, 1.8, 863, 695],
  ["指标19：糖尿病随访控制数", "863人", "683人", 2, 1.7, 863, 683],
  ["指标20：严重精神障碍患者管理数", "212人", "209人", 2, 1.8, 212, 209],
  ["指标21：肺结核健康规范管理数", "8例", "8例", 2, 2, 8, 8],
  ["指标22：老年人中医药规范管理数", "5662人", "4044人", 2, 1.4, 5662, 4044],
  ["指标23：0-36月龄中医药规范管理数", "1228人", "770人", 2, 1.8, 1228, 770],
  ["指标24：传染病及突发公共卫生事件报告数", "14例", "14例", 2, 2, 14, 14],
  ["指标25：家庭医生签约率", "24694人", "22584人", 2, 1.7, 24694, 22584],
];

const FIRST = 13; // sheet row of 指标1
const rowOf = (i: number) => FIRST + i;

const indicatorRows: RowDef[] = ind.map(([name, target, actual, w, s], i) => [
  null,
  i === 0 ? "产出指标" : null,
  i === 0 ? "数量指标" : null,
  name,
  target,
  actual,
  w,
  s,
]);

/** Scores above 分值 × 完成值 / 指标值 even at the form's 1-dp precision, with the cut-down score the form's own practice gives. */
const over: Array<[number, number]> = [
  [15, 1.6], // 指标16 2 × 3224 / 3807 = 1.694
  [16, 1.6], // 指标17 2 × 3220 / 3807 = 1.692
  [17, 1.6], // 指标18 2 × 695 / 863 = 1.611
  [18, 1.5], // 指标19 2 × 683 / 863 = 1.583
  [22, 1.2], // 指标23 2 × 770 / 1228 = 1.254
];

const scoreSlips: Slip[] = over.map(([i, to]) => {
  const [name, , , w, s, n, d] = ind[i]!;
  const exact = (w * d!) / n!;
  return {
    kind: 2,
    rule: "score-mismatch",
    cell: `自评表!H${rowOf(i)}`,
    arithmetic: `${name} ${n} → ${d}: 分值 ${w} × ${d} / ${n} = ${exact.toFixed(3)}; printed ${s}, above what the shortfall allows`,
    fix: [
      { reason: `score ${name} at ${w} × ${d} / ${n} = ${exact.toFixed(3)}, cut to 1 dp as the form does`, sheet: "自评表", cell: `H${rowOf(i)}`, set: to },
    ],
  };
});

/** Rows short of target, or more than 50 % over it, with an empty 偏差原因 cell. */
const reasonSlips: Slip[] = ind.flatMap(([name, , , , , n, d], i): Slip[] => {
  if (n === undefined || d === undefined || (d >= n && d <= n * 1.5)) return [];
  const short = d < n;
  const pct = (((d - n) / n) * 100).toFixed(1);
  return [
    {
      kind: 7,
      rule: "unexplained-adjustment",
      cell: `自评表!F${rowOf(i)}`,
      arithmetic: `${name}: 指标值 ${n}, 完成值 ${d} (${short ? "" : "+"}${pct} %), and the 偏差原因分析及改进措施 cell is empty`,
      fix: [
        {
          reason: `explain why ${name} is ${short ? "short of" : "far over"} its target`,
          sheet: "自评表",
          cell: `I${rowOf(i)}`,
          set: short
            ? "（更正稿补充）服务对象实际人数少于年初测算数，未完成部分下年度加强入户随访和宣传动员。"
            : "（更正稿补充）年初指标值设定偏低，实际开展次数超出较多，下年度据实设定指标值。",
        },
      ],
    },
  ];
});

export const report: CorpusReport = {
  id: "shanxi-jishan-2021-basic-public-health",
  title: "稷山县项目支出绩效自评表（2021年度）国家基本公共卫生服务（稷山县翟店镇卫生院）",
  url: "https://keke.chddh.cn/archives/p4q58rogpx4emom7ewb9.html",
  province: "山西",
  year: 2021,
  layouts: ["project-form", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: "自评表",
        merges: [
          "A1:I1",
          "A2:I2",
          "B3:I3",
          "B4:D4",
          "F4:I4",
          "A5:A9",
          "A10:A11",
          "B10:E10",
          "F10:I10",
          "B11:E11",
          "F11:I11",
          `A12:A${rowOf(ind.length - 1)}`,
          `B13:B${rowOf(ind.length - 1)}`,
          `C13:C${rowOf(ind.length - 1)}`,
        ],
        rows: [
          ["稷山县项目支出绩效自评表"],
          ["（2021年度）"],
          ["项目名称", "国家基本公共卫生服务"],
          ["主管部门", "稷山县卫生健康和体育局", null, null, "实施单位", "稷山县翟店镇卫生院"],
          ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
          [null, "年度资金总额", 0, 207.4538, 207.4538, 10, { v: 1, fmt: "0%" }, 10],
          [null, "其中：当年财政拨款", null, 207.4538, 207.4538, "—", { v: 1, fmt: "0%" }, "—"],
          [null, "上年结转资金", null, null, null, "—", null, "—"],
          [null, "其他资金", null, null, null, "—", null, "—"],
          ["年度总体目标", "预期目标", null, null, null, "实际完成情况"],
          [null, "国家基本公共卫生服务", null, null, null, "国家基本公共卫生服务"],
          ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
          ...indicatorRows,
        ],
      },
    ],
  },
  slips: [
    {
      kind: 7,
      rule: "unexplained-adjustment",
      cell: "自评表!D6",
      arithmetic: "年初预算数 0, 全年预算数 207.4538 (资金全部为年中追加); the form gives no reason for the adjustment",
      fix: [
        {
          reason: "state why the whole budget was added during the year",
          sheet: "自评表",
          cell: "F11",
          set: "国家基本公共卫生服务（更正稿补充：年初未编列预算，年中按上级下达的基本公共卫生服务补助资金追加预算207.4538万元）",
        },
      ],
    },
    ...scoreSlips,
    ...reasonSlips,
  ],
  mustNotFlag: [
    { cell: "自评表!G6", figure: "100%", why: "207.4538 / 207.4538 = 100 %" },
    { cell: "自评表!H13", figure: "3 (38508人 → 37442人)", why: "3 × 37442 / 38508 = 2.917, which is 3 at the printed integer precision" },
    { cell: `自评表!H${rowOf(7)}`, figure: "1.9 (100% → 97.30%)", why: "2 × 97.30 % = 1.946, cut to 1.9 at the printed precision (not above the allowance)" },
    { cell: `自评表!H${rowOf(11)}`, figure: "1.8 (214人 → 203人)", why: "2 × 203 / 214 = 1.897, cut to 1.8" },
    { cell: `自评表!H${rowOf(14)}`, figure: "1.4 (5662人 → 4044人)", why: "2 × 4044 / 5662 = 1.428 → 1.4" },
    { cell: `自评表!H${rowOf(13)}`, figure: "1 (120人 → 69人)", why: "2 × 69 / 120 = 1.15; a score of 1 is below the allowance, not above it" },
    { cell: `自评表!H${rowOf(24)}`, figure: "1.7 (24694人 → 22584人)", why: "2 × 22584 / 24694 = 1.829; 1.7 is below it" },
  ] satisfies MustNotFlag[],
};
