/**
 * 鄂州市行政审批局 项目支出绩效自评表（2021年度）：市民中心运行维护费 (national form; amounts printed with a trailing 万, e.g.
 * "150万", typed as numbers formatted to print so). 主管部门 and 实施单位 are blank on the form. The stored copy stops at the
 * 社会效益指标 row ("岗…"), so the remaining 效益/满意度 rows and the 总分 are not typed; empty spacer rows are left out.
 * The fund row prints 分值 100 and 得分 98 against an 执行率 of 83.5 %, the 预算执行率 indicator scores 18 of 20 for 83.5 %, and
 * the 成本指标 reports 150万 spent where 125.25万 was.
 */
import type { CorpusReport } from "../types";

const wan = (v: number) => ({ v, fmt: Number.isInteger(v) ? '0"万"' : '0.00"万"' });
const pct = (v: number) => ({ v, fmt: "0%" });

export const report: CorpusReport = {
  id: "hubei-ezhou-2021-citizen-centre-upkeep",
  title: "项目支出绩效自评表（2021年度）市民中心运行维护费（鄂州市行政审批局）",
  url: "https://zwfwzx.ezhou.gov.cn/zwgk/fdzdgknr/sgjfxx/202211/t20221108_506320.html",
  province: "湖北",
  year: 2021,
  layouts: ["project-form", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: "自评表",
        merges: ["A1:I1", "A2:I2", "B3:I3", "B4:D4", "F4:I4", "A5:A9", "A10:A11", "B10:E10", "F10:I10", "B11:E11", "F11:I11", "A12:A20", "B13:B18", "B19:B20"],
        rows: [
          ["项目支出绩效自评表"],
          ["（2021年度）"],
          ["项目名称", "市民中心运行维护费"],
          ["主管部门", null, null, null, "实施单位"],
          ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
          [null, "年度资金总额", wan(150), wan(150), wan(125.25), 100, { v: 0.835, fmt: "0.0%" }, 98],
          [null, "其中：当年财政拨款", wan(150), wan(150), wan(125.25), "—", null, "—"],
          [null, "上年结转资金", 0, 0, 0, "—", null, "—"],
          [null, "其他资金", 0, 0, 0, "—", null, "—"],
          ["年度总体目标", "预期目标", null, null, null, "实际完成情况"],
          [
            null,
            "为更好的建设行政服务大厅窗口建设和全市行政服务工作的组织协调、业务指导及督办检查；市政务服务大厅及周边设施日常维修升级改造费用。",
            null,
            null,
            null,
            "本年度财政拨款为150万元：执行数为125.25万元，完成预算的83.50%。",
          ],
          ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
          [null, "产出指标", "数量指标", "预算执行率", pct(1), { v: 0.835, fmt: "0.0%" }, 20, 18],
          [null, null, null, "预算资金拨款率", pct(1), pct(1), 10, 10],
          [null, null, "质量指标", "政务服务工作办结率", pct(1), pct(1), 10, 10],
          [null, null, null, "大厅业务日常考核结果", pct(1), pct(1), 10, 10],
          [null, null, "时效指标"],
          [null, null, "成本指标", "市民中心运行维护费", wan(150), wan(150), 10, 10],
          [null, "效益指标", "经济效益指标", "大厅运行正常率", pct(1), pct(1), 10, 10],
          [null, null, "社会效益指标"],
        ],
      },
    ],
  },
  slips: [
    {
      kind: 2,
      rule: "score-mismatch",
      cell: "自评表!H6",
      arithmetic:
        "执行率得分 printed 98 against 分值 100 and 执行率 83.5 %: 100 × 83.5 % = 83.5 ≠ 98 (on the national form the item is worth 10: 10 × 83.5 % = 8.35)",
      fix: [
        { reason: "the 执行率 item is worth 10 points", sheet: "自评表", cell: "F6", set: 10 },
        { reason: "执行率得分 = 10 × 125.25 / 150 = 8.35", sheet: "自评表", cell: "H6", set: 8.35 },
      ],
    },
    {
      kind: 7,
      rule: "unexplained-adjustment",
      cell: "自评表!E6",
      arithmetic: "执行率 125.25 / 150 = 83.5 % < 90 %; the 实际完成情况 states the rate but gives no reason, and no 偏差原因 is filled",
      fix: [
        {
          reason: "state why 24.75 万 was not spent",
          sheet: "自评表",
          replace: "完成预算的83.50%。",
          with: "完成预算的83.50%（更正稿补充：部分大厅维修改造项目结算延至下年，24.75万元未在年内支付）。",
          count: 1,
        },
      ],
    },
    {
      kind: 2,
      rule: "score-mismatch",
      cell: "自评表!H13",
      arithmetic: "预算执行率 100% → 83.5 %: 分值 20 × 83.5 % = 16.7; printed 18, above what the shortfall allows",
      fix: [{ reason: "score = 20 × 83.5 % = 16.7", sheet: "自评表", cell: "H13", set: 16.7 }],
    },
    {
      kind: 7,
      rule: "unexplained-adjustment",
      cell: "自评表!F13",
      arithmetic: "预算执行率 指标值 100 %, 完成值 83.5 % (short by 16.5 points), and the 偏差原因分析及改进措施 cell is empty",
      fix: [
        {
          reason: "explain the shortfall",
          sheet: "自评表",
          cell: "I13",
          set: "（更正稿补充）部分维修改造项目年底未完成结算，资金未支付；下年度加快项目结算。",
        },
      ],
    },
    {
      kind: 5,
      rule: "indicator-contradiction",
      cell: "自评表!F18",
      arithmetic: "成本指标 市民中心运行维护费 实际完成值 150万, but the fund block's 全年执行数 is 125.25万 (the value repeats the budget)",
      fix: [{ reason: "the cost actually incurred is the amount spent", sheet: "自评表", cell: "F18", set: wan(125.25) }],
    },
  ],
  mustNotFlag: [
    { cell: "自评表!G6", figure: "83.5%", why: "125.25 / 150 = 83.5 % exactly" },
    { cell: "自评表!F11", figure: "150万元、125.25万元、83.50%", why: "the text repeats the fund row: 125.25 / 150 = 83.50 %" },
    { cell: "自评表!H14", figure: "10 (拨款率 100% → 100%)", why: "met in full; full score is right" },
    { cell: "自评表!C8", figure: "0 / 0 / 0", why: "上年结转 empty, with no rate printed (— in 分值/得分)" },
  ],
};
