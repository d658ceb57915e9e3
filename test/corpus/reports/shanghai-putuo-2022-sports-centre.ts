/**
 * 上海市普陀区体育事业管理中心 2022年度项目自评价 (上海 普陀区): two 财政项目支出绩效自评表 of one unit, 元.
 * Typed from the PDF's text layer as stored; 自评表1 is complete, 自评表2 has its fund block and 年度总体目标
 * (its indicator values lie beyond the stored copy and are not typed).
 */
import type { CorpusReport } from "../types";

const S1 = "自评表1";
const S2 = "自评表2";

function fundHead(project: string) {
  return [
    ["财政项目支出绩效自评表"],
    ["（2022年度）"],
    ["项目名称", project],
    ["主管部门", "上海市普陀区体育局", null, null, "实施单位", "上海市普陀区体育事业管理中心"],
    ["项目资金（元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
  ];
}

const MERGES = ["A1:I1", "A2:I2", "B3:I3", "B4:D4", "F4:I4", "A5:A9", "A10:A11", "B10:E10", "F10:I10", "B11:E11", "F11:I11"];

export const report: CorpusReport = {
  id: "shanghai-putuo-2022-sports-centre",
  title: "上海市普陀区体育事业管理中心2022年度项目自评价（财政项目支出绩效自评表）",
  url: "https://pdf.chddh.cn/archives/48n5zg2zkkjxn27q6rjv.html",
  province: "上海",
  year: 2022,
  layouts: ["project-form", "multi-project", "yuan"],
  workbook: {
    sheets: [
      {
        name: S1,
        widths: [10, 16, 16, 22, 14, 14, 10, 10, 30],
        merges: [...MERGES, "A12:A17", "A18:F18"],
        boldRows: [1, 5, 12],
        rows: [
          ...fundHead("普陀体育中心与委托运营方结算费用"),
          [
            null,
            "年度资金总额",
            { v: 250000, fmt: "0.00" },
            { v: 250000, fmt: "0.00" },
            { v: 215457.6, fmt: "#,##0.0" },
            10,
            { v: 0.8619, fmt: "0.00%" },
            { v: 8.62, fmt: "0.00" },
          ],
          [null, "其中：当年财政拨款", { v: 250000, fmt: "0.00" }, { v: 250000, fmt: "0.00" }, 215457.6, null, "—"],
          [null, "上年结转资金", 0, 0, null, null, "—"],
          [null, "其他资金", 0, 0, null, null, "—"],
          ["年度总体目标", "预期目标", null, null, null, "实际完成情况"],
          [null, null, null, null, null, "已完成普陀体育中心与委托运营方费用结算。"],
          ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
          [null, "产出指标", "数量指标", "与委托运营方结算完成率", "=100%", "100%", 10, 10],
          [null, "产出指标", "质量指标", "合同结算条款完成率", "=100%", "100%", 20, 20],
          [null, "产出指标", "时效指标", "费用结算及时性", "及时", "及时", 20, 20],
          [null, "效益指标", "社会效益指标", "与委托运营方合同完成率", "=100%", "100%", 30, 30],
          [null, "满意度指标", "服务对象满意度指标", "场馆开放满意度", ">=90%", "100%", 10, 10],
          ["总分", null, null, null, null, null, 100, { v: 98.62, fmt: "0.00" }],
        ],
      },
      {
        name: S2,
        widths: [10, 16, 16, 22, 14, 14, 10, 10, 30],
        merges: MERGES,
        boldRows: [1, 5],
        rows: [
          ...fundHead("援滇对口支援及结对帮扶经费"),
          [
            null,
            "年度资金总额",
            { v: 20000, fmt: "0.00" },
            { v: 20000, fmt: "0.00" },
            { v: 9034, fmt: "#,##0" },
            10,
            { v: 0.4517, fmt: "0.00%" },
            { v: 4.52, fmt: "0.00" },
          ],
          [null, "其中：当年财政拨款", 0, 0, null, null, "—"],
          [null, "上年结转资金", 0, 0, null, null, "—"],
          [null, "其他资金", 0, 0, null, null, "—"],
          ["年度总体目标", "预期目标", null, null, null, "实际完成情况"],
          [null, null, null, null, null, "已完成援滇人员相关经费支付。"],
        ],
      },
    ],
  },
  slips: [
    {
      kind: 8,
      rule: "rate-mismatch",
      cell: `${S1}!G6`,
      arithmetic: "215457.6 / 250000 = 86.18304 %, 86.18 % at the printed 2 dp; printed 86.19 %",
      fix: [{ reason: "执行率 = 215457.6 / 250000 = 86.18 %", sheet: S1, cell: "G6", set: { v: 0.8618, fmt: "0.00%" } }],
    },
    {
      kind: 7,
      rule: "unexplained-adjustment",
      cell: `${S1}!E6`,
      arithmetic: "215457.6 / 250000 = 86.18 % < 90 %; the 偏差原因分析及改进措施 column is blank and 实际完成情况 gives no reason",
      fix: [
        {
          reason: "give the reason for 执行率 below 90 %",
          sheet: S1,
          replace: "已完成普陀体育中心与委托运营方费用结算。",
          with: "已完成普陀体育中心与委托运营方费用结算。（更正稿补充）执行率86.18%，系按合同结算条款据实结算，结算金额低于预算。",
          count: 1,
        },
      ],
    },
    {
      kind: 3,
      rule: "sum-mismatch",
      cell: `${S2}!D6`,
      arithmetic:
        "年度资金总额 20000.00 / 20000.00 / 9,034 against 当年财政拨款 0 + 上年结转资金 0 + 其他资金 0 = 0: the sources do not add up to the total (年初, 全年 and 执行 alike)",
      fix: [
        { reason: "当年财政拨款 row carries the project's money: 年初 20000.00", sheet: S2, cell: "C7", set: { v: 20000, fmt: "0.00" } },
        { reason: "当年财政拨款 row: 全年 20000.00", sheet: S2, cell: "D7", set: { v: 20000, fmt: "0.00" } },
        { reason: "当年财政拨款 row: 执行 9034", sheet: S2, cell: "E7", set: 9034 },
      ],
    },
  ],
  mustNotFlag: [
    { cell: `${S1}!H6`, figure: "8.62", why: "10 × 215457.6 / 250000 = 8.618 → 8.62 at 2 dp (and 10 × 86.19 % = 8.619 → 8.62 too)" },
    { cell: `${S1}!H18`, figure: "98.62", why: "8.62 + 10 + 20 + 20 + 30 + 10 = 98.62" },
    { cell: `${S1}!G18`, figure: "100", why: "分值 10 (执行率) + 10 + 20 + 20 + 30 + 10 = 100" },
    { cell: `${S1}!G8`, figure: "—", why: "上年结转资金 0 / 0: no rate exists, printed as a dash, not as 0.00 %" },
    { cell: `${S2}!G6`, figure: "45.17%", why: "9034 / 20000 = 45.17 % exactly" },
    { cell: `${S2}!H6`, figure: "4.52", why: "10 × 45.17 % = 4.517 → 4.52 at 2 dp" },
  ],
};
