/**
 * 鄂州市财政局 2019年度项目支出绩效自评表 (national form, 万元), published as one page with several projects:
 * 自评表1 购买第三方服务 (complete), 自评表2 财政政务管理 (the stored copy stops at its 满意度 row, so its 满意度 row and 总分 are
 * not typed; further projects on the page are not in the stored copy). 自评表1 weights its indicators to 100 on their own
 * (15 + 20 + 15 + 20 + 15 + 15) on top of the 10-point 执行率 item, and its 总分 row (100 / 90) leaves the 执行率 item out.
 */
import type { CorpusReport } from "../types";

const pct = (v: number) => ({ v, fmt: "0%" });
const fundHead = ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"];
const header = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"];
const top = (name: string) => [
  ["项目支出绩效自评表"],
  ["（2019年度）"],
  ["项目名称", name],
  ["主管部门", "市财政局", null, null, "实施单位", "市财政局"],
  fundHead,
];
const merges = ["A1:H1", "A2:H2", "B3:H3", "B4:D4", "F4:H4", "A5:A9", "A10:A11", "B10:E10", "F10:H10", "B11:E11", "F11:H11"];

export const report: CorpusReport = {
  id: "hubei-ezhou-2019-finance-bureau-projects",
  title: "市财政局2019年度项目支出绩效自评表（购买第三方服务；财政政务管理）（鄂州市财政局）",
  url: "https://czj.ezhou.gov.cn/ztzl/czyjsgk/202008/t20200825_350895.html",
  province: "湖北",
  year: 2019,
  layouts: ["project-form", "multi-project", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: "自评表1",
        merges: [...merges, "A13:A16"],
        rows: [
          ...top("购买第三方服务"),
          [null, "年度资金总额", 287, 287, 171, 10, pct(0.6), 6],
          [null, "其中：当年财政拨款", 287, 287, 171],
          [null, "上年结转资金"],
          [null, "其他资金"],
          ["年度总体目标", "预期目标", null, null, null, "实际完成情况"],
          [null, 287, null, null, null, 171],
          header,
          ["产出指标", "数量指标", "服务对象人数", "100人次", "100人次", 15, 15],
          [null, "质量指标", "服务达标率", pct(0.8), pct(0.8), 20, 20],
          [null, "时效指标", "完成时限", "2019年", "2019年", 15, 15],
          [null, "成本指标", "计划完成率", pct(0.9), pct(0.6), 20, 10, "部分项目延续至下年"],
          [null, "社会效益指标", "财政工作运行效率", "≥80%", "≥80%", 15, 15],
          ["满意度指标", "服务对象满意度指标", "受益群体满意度", pct(0.9), pct(0.9), 15, 15],
          ["总分", null, null, null, null, 100, 90],
        ],
      },
      {
        name: "自评表2",
        merges: [...merges, "A13:A15"],
        rows: [
          ...top("财政政务管理"),
          [null, "年度资金总额", 202, 202, 100, 10, pct(0.5), 5],
          [null, "其中：当年财政拨款", 202, 202, 100],
          [null, "上年结转资金"],
          [null, "其他资金"],
          ["年度总体目标", "预期目标", null, null, null, "实际完成情况"],
          [null, 202, null, null, null, 100],
          header,
          ["产出指标", "质量指标", "项目合格率", pct(0.9), pct(0.6), 20, 10, "部分项目延续至下年"],
          [null, "时效指标", "完成时限", "2019年", "2020年", 20, 10, "部分项目延续至下年"],
          [null, "成本指标", "成本控制率", pct(0.9), pct(0.9), 20, 20],
          ["效益指标", "社会效益指标", "财政工作运行效率", "≥80%", "≥80%", 20, 20],
          ["满意度指标"],
        ],
      },
    ],
  },
  slips: [
    {
      kind: 2,
      // A total of scores is score-mismatch's (contract: "totals").
      rule: "score-mismatch",
      cell: "自评表1!F19",
      arithmetic: "总分 分值 printed 100, but 执行率 10 + indicators 15 + 20 + 15 + 20 + 15 + 15 = 110 (the indicators alone are weighted to 100)",
      fix: [
        { reason: "bring the indicator weights to 90: 效益 15 → 10", sheet: "自评表1", cell: "F17", set: 10 },
        { reason: "效益 met in full, score = its new weight", sheet: "自评表1", cell: "G17", set: 10 },
        { reason: "满意度 15 → 10 (the national form's 满意度 weight)", sheet: "自评表1", cell: "F18", set: 10 },
        { reason: "满意度 met in full, score = its new weight", sheet: "自评表1", cell: "G18", set: 10 },
      ],
    },
    {
      kind: 2,
      // A total of scores is score-mismatch's (contract: "totals").
      rule: "score-mismatch",
      cell: "自评表1!G19",
      arithmetic:
        "总分 得分 printed 90, but 执行率得分 6 + 15 + 20 + 15 + 10 + 15 + 15 = 96 (90 leaves out the 执行率 item); with the weights above put right, 6 + 15 + 20 + 15 + 10 + 10 + 10 = 86",
      fix: [{ reason: "总分 = Σ scores including the 执行率 item", sheet: "自评表1", cell: "G19", set: 86 }],
    },
  ],
  mustNotFlag: [
    { cell: "自评表1!G6", figure: "60%", why: "171 / 287 = 59.58 %, printed to 0 dp as 60 %" },
    { cell: "自评表1!H6", figure: "6", why: "10 × 59.58 % = 5.96 → 6" },
    { cell: "自评表1!E6", figure: "171 of 287 (59.58 %)", why: "the low rate carries its reason in the 成本指标 row: 部分项目延续至下年" },
    { cell: "自评表1!G16", figure: "10 (90% → 60%)", why: "20 × 60 / 90 = 13.3; a score of 10 is below it, and the reason is given" },
    { cell: "自评表2!G6", figure: "50%", why: "100 / 202 = 49.50 %, which rounds to 50 %" },
    { cell: "自评表2!H6", figure: "5", why: "10 × 49.50 % = 4.95 → 5" },
    {
      cell: "自评表2!E14",
      figure: "2020年 (完成时限 2019年)",
      why: "a late completion reported as such, with its reason (部分项目延续至下年) and a reduced score",
    },
  ],
};
