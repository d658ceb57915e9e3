/**
 * 青神县发展和改革局 部门预算项目支出绩效自评表(2023年度) — 工资性支出 (四川 form 510000_0013zp, 万元).
 * Filed with 完成值, 得分, 年度目标完成情况 and 评价结论 left as the template's own prompts; typed as published.
 */
import type { CorpusReport } from "../types";

const S = "自评表";
const NOTE =
  "1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);2.年中发生预算调整的(追加或调减),应单独说明理由;3.其他资金包括:社会投入资金、银行贷款.";
const w = (v: number) => ({ v, fmt: "0.00" });
const pct = (v: number) => ({ v, fmt: "0.00%" });

export const report: CorpusReport = {
  id: "sichuan-qingshen-2023-wages",
  title: "部门预算项目支出绩效自评表(2023年度) 51000021R000000019951-工资性支出",
  url: "https://www.scqs.gov.cn/info/13206/211004.htm",
  province: "四川",
  year: 2023,
  layouts: ["project-form", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: S,
        widths: [16, 16, 12, 14, 18, 12, 10, 12, 10, 10, 24],
        merges: [
          "A2:K2",
          "B3:K3",
          "B4:E4",
          "F4:G4",
          "H4:K4",
          "A5:A8",
          "B5:K5",
          "B6:F6",
          "G6:K6",
          "B7:F7",
          "G7:K7",
          "B8:C8",
          "D8:K8",
          "A9:A14",
          "I9:K9",
          "I10:K14",
          "A15:A17",
          "A18:H18",
          "B19:K19",
          "B20:K20",
          "B21:K21",
          "A22:E22",
          "F22:K22",
        ],
        rows: [
          ["报表编号:510000_0013zp"],
          ["部门预算项目支出绩效自评表(2023年度)"],
          ["项目名称", "51000021R000000019951-工资性支出"],
          ["主管部门", "青神县发展和改革局本级", null, null, null, "实施单位 (盖章)", null, "青神县发展和改革局"],
          ["项目基本情况", "1.项目年度目标完成情况"],
          [null, "项目年度目标", null, null, null, null, "年度目标完成情况"],
          [
            null,
            "严格执行相关政策,保障工资及时、足额发放或社保及时、足额缴纳,预算编制科学合理,减少结余资金。",
            null,
            null,
            null,
            null,
            "对照年度目标,说明相关任务目标的完成情况(100字以内)",
          ],
          [null, "2.项目实施内容及过程概述"],
          ["预算执行情况(10分)", "年度预算数(万元)", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因"],
          [null, "总额", w(238.93), w(251.89), w(251.89), pct(1), 10, null, NOTE],
          [null, "其中:财政资金", w(238.93), w(251.89), w(251.89), pct(1), "/", "/"],
          [null, "财政专户管理资金", w(0), w(0), w(0), pct(0), "/", "/"],
          [null, "单位资金", w(0), w(0), w(0), pct(0), "/", "/"],
          [null, "其他资金", null, null, null, null, "/", "/"],
          ["绩效指标(90分)", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"],
          [null, "产出指标", "数量指标", "发放(缴纳)覆盖率", "=", 100, "%", null, 60, null, null],
          [null, "效益指标", "社会效益指标", "足额保障率(参保率)", "=", 100, "%", null, 30, null, null],
          ["合计", null, null, null, null, null, null, null, 100, null, null],
          ["评价结论", "结合自评情况,说明项目自评总分,说明项目实施取得的成效或成果。(200字以内)"],
          ["存在问题", "结合自评情况,分析存在的问题及原因。(200字以内)"],
          ["改进措施", "针对项目自评中发现的问题,提出下一步改进完善的意见及有关政策性建议。(200字以内)"],
          ["项目负责人:", null, null, null, null, "财务负责人:"],
        ],
      },
    ],
  },
  slips: [
    {
      kind: 2,
      rule: "undefined-rate",
      cell: "自评表!F12",
      arithmetic: "财政专户管理资金: 0.00 / 0.00 is undefined (no budget), printed 0.00%",
      fix: [{ reason: "no 财政专户 budget: the rate does not exist", sheet: S, cell: "F12", set: "—" }],
    },
    {
      kind: 2,
      rule: "undefined-rate",
      cell: "自评表!F13",
      arithmetic: "单位资金: 0.00 / 0.00 is undefined (no budget), printed 0.00%",
      fix: [{ reason: "no 单位资金 budget: the rate does not exist", sheet: S, cell: "F13", set: "—" }],
    },
    {
      kind: 7,
      rule: "unexplained-adjustment",
      cell: "自评表!D10",
      arithmetic:
        "调整后预算数 251.89 − 年初预算 238.93 = 12.96 万元 追加 (+5.42 %); the 原因 cell holds only the form's printed instruction (which itself asks for the reason), 年度目标完成情况 and 过程概述 are unfilled: no reason anywhere",
      fix: [
        {
          reason: "the form asks for the reason of a mid-year 追加; supply it (marked as added)",
          sheet: S,
          cell: "I10",
          set: `（更正稿补充）年中追加预算12.96万元,用于人员工资及社保缴费政策性调整。${NOTE}`,
        },
      ],
    },
  ],
  mustNotFlag: [
    { cell: "自评表!F10", figure: "100.00%", why: "251.89 / 251.89 = 100.00 % (rate on 调整后预算数, as the form's note defines it)" },
    { cell: "自评表!F11", figure: "100.00%", why: "财政资金 251.89 / 251.89 = 100.00 %" },
    { cell: "自评表!A15", figure: "绩效指标(90分)", why: "权重 60 + 30 = 90" },
    { cell: "自评表!I18", figure: "合计 100", why: "预算执行 10 + 指标权重 60 + 30 = 100: the 权重 total (the 得分 column is empty, not a wrong figure)" },
    { cell: "自评表!A9", figure: "预算执行情况(10分)", why: "the 权重 beside it is 10" },
    {
      cell: "自评表!I10",
      figure: "预算执行率未达到90%的需说明原因",
      why: "the form's printed instruction: 90 % is the threshold that calls for a reason, not this project's rate (which is 100.00 %)",
    },
  ],
};
