/**
 * 海南省农垦实验中学 2023年项目绩效自评表公开 — first form, 46000021T000000002749-学生事务补助 (Hainan system form, 元;
 * 执行率(%) printed as a bare number, 完成率 column, 未完成原因分析 column).
 * The page carries further forms (教育教学管理与监督 …); the stored copy stops inside the second one, so only the first is typed.
 * The low execution (25) is explained in 年度目标完成情况 (砺耕计划由省厅、滋慧计划由中央直接拨付到个人), so it is not annotated.
 */
import type { CorpusReport } from "../types";

const yuan = (v: number) => ({ v, fmt: "#,##0.00" });
const two = (v: number) => ({ v, fmt: "0.00" });
const pct = (v: number) => ({ v, fmt: "0.00%" });

export const report: CorpusReport = {
  id: "hainan-nongken-2023-student-aid",
  title: "项目支出绩效自评表 46000021T000000002749-学生事务补助（省农垦实验中学，2023年）",
  url: "https://nksz.com/newsinfo/7370034.html",
  province: "海南",
  year: 2023,
  layouts: ["project-form", "yuan"],
  workbook: {
    sheets: [
      {
        name: "自评表",
        merges: ["A1:K1", "A10:E10", "F10:K10", "A11:E11", "F11:K11"],
        rows: [
          ["项目支出绩效自评表"],
          ["项目名称:", "46000021T000000002749-学生事务补助", null, null, null, "填报人:", "李姣", null, "联系方式:", "13178966329"],
          ["主管部门:", "203-省教育厅", null, null, null, "实施单位:", "203045-省农垦实验中学"],
          ["是否公开:", null, null, null, null, "网址:"],
          ["资金构成(元)", "年初预算数", "全年预算数", "执行数", "分值", "执行率(%)", "得分"],
          ["资金总额:", yuan(120000), yuan(120000), yuan(30000), two(10), 25, 2.5],
          ["其中:财政资金:", yuan(0), yuan(0), yuan(0), null, 0],
          ["单位资金:", yuan(120000), yuan(120000), yuan(30000), null, 25],
          ["财政专户管理资金:", yuan(0), yuan(0), yuan(0), null, 0],
          ["年度目标", null, null, null, null, "年度目标完成情况"],
          [
            "用于资助贫困教师及学生",
            null,
            null,
            null,
            null,
            "发放成长计划资助资助学生10人次,砺耕计划由省厅直接拨付到个人银行账户。滋慧计划由中央直接拨付到个人银行账户。",
          ],
          ["一级指标", "二级指标", "三级指标", "指标性质", "年度指标值", "度量单位", "实际完成值", "完成率", "分值", "得分", "未完成原因分析"],
          ["产出指标", "数量指标", "资助困难教师及学生", null, 52, null, 10, pct(0.1923), two(20), 3.85, "滋慧计划由中央直接拨付到个人银行账户。"],
          ["产出指标", "质量指标", "困难教师", null, 2, null, 0, pct(0), two(30), 0, "砺耕计划由省厅直接拨付到个人银行账户。"],
          ["效益指标", "社会效益指标", "帮助困难教师和学生提高生活水平", null, 95, "%", 100, pct(1), two(30), 30],
          ["满意度指标", "服务对象满意度", "资助困难教师及学生", null, 52, null, 100, pct(1), two(10), 10],
          ["合计", null, null, null, null, null, null, null, two(100), 46.35],
        ],
      },
    ],
  },
  slips: [
    {
      kind: 7,
      rule: "unexplained-adjustment",
      cell: "自评表!G16",
      arithmetic:
        "满意度 row: 年度指标值 52 (the head-count of the 数量指标 row, no unit), 实际完成值 100 → 100 / 52 = 192.31 %, 92 % over target, printed 完成率 100.00 % with 未完成原因分析 empty",
      fix: [
        {
          reason: "explain the deviation",
          sheet: "自评表",
          cell: "K16",
          set: "（更正稿补充）年度指标值52误填为资助人数，满意度目标应为百分比，实际调查满意度100%。",
        },
      ],
    },
    {
      kind: 2,
      rule: "undefined-rate",
      cell: "自评表!F7",
      arithmetic: "财政资金 row: 执行数 0.00 / 全年预算数 0.00 has no rate; printed 执行率 0",
      fix: [{ reason: "0/0 has no rate", sheet: "自评表", cell: "F7", set: "—" }],
    },
    {
      kind: 2,
      rule: "undefined-rate",
      cell: "自评表!F9",
      arithmetic: "财政专户管理资金 row: 0.00 / 0.00 has no rate; printed 执行率 0",
      fix: [{ reason: "0/0 has no rate", sheet: "自评表", cell: "F9", set: "—" }],
    },
  ],
  mustNotFlag: [
    { cell: "自评表!F6", figure: "25 (执行率%)", why: "30,000.00 / 120,000.00 = 25 %" },
    { cell: "自评表!G6", figure: "2.5", why: "分值 10.00 × 25 % = 2.5" },
    { cell: "自评表!J13", figure: "3.85", why: "完成率 10 / 52 = 19.23 %; 20.00 × 19.23 % = 3.846 → 3.85" },
    { cell: "自评表!J17", figure: "46.35", why: "2.5 + 3.85 + 0 + 30 + 10 = 46.35; 分值 10 + 20 + 30 + 30 + 10 = 100.00" },
    { cell: "自评表!B6", figure: "120,000.00", why: "= 财政资金 0.00 + 单位资金 120,000.00 + 财政专户 0.00" },
  ],
};
