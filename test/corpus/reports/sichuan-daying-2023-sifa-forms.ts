/**
 * 大英县司法局 2023年度部门决算 附件: 部门预算项目支出绩效自评表 (四川 form, 万元), page 21 of the published article.
 * The page holds the close of one project's 自评表 (its head is on the previous page, not stored) and the next project's
 * 自评表 (2023年全县安可替代补助资金项目) up to its first indicator row, where the page ends. Both are typed as far as they
 * are printed on this page: "自评表1" is the tail of the first form, "自评表2" the 安可 form without its cut-off indicator rows.
 */
import type { CorpusReport } from "../types";

const S1 = "自评表1";
const S2 = "自评表2";
const NOTE =
  "1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);2.年中发生预算调整的(追加或调减),应单独说明理由;3.其他资金包括:社会投入资金、银行贷款.";
const w = (v: number) => ({ v, fmt: "0.00" });
const pct = (v: number) => ({ v, fmt: "0.00%" });

export const report: CorpusReport = {
  id: "sichuan-daying-2023-sifa-forms",
  title: "大英县司法局 部门预算项目支出绩效自评表(2023年度)(第21页:前一项目表尾及2023年全县安可替代补助资金项目)",
  url: "https://dyxrmt.cn/article-157795-21.html",
  province: "四川",
  year: 2023,
  layouts: ["multi-project", "project-form", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: S1,
        widths: [16, 14, 14, 14, 10, 10, 10, 10, 10, 10, 20],
        merges: ["A1:A2", "A3:H3", "B4:K4", "B5:K5", "B6:K6", "A7:E7", "F7:K7"],
        rows: [
          ["绩效指标(90分)", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"],
          [null, "产出指标", "经济成本指标", "成本控制数", "≤", 30, "万元", "完成", 90, 90, null],
          ["合计", null, null, null, null, null, null, null, 100, null, null],
          ["评价结论", "根据财政局资金下达的管理办法,将资金支付给项目施工方。"],
          ["存在问题", "无"],
          ["改进措施", "无"],
          ["项目负责人:查小兵", null, null, null, null, "财务负责人:唐勇"],
        ],
      },
      {
        name: S2,
        widths: [16, 16, 12, 14, 18, 12, 10, 12, 10, 10, 24],
        merges: [
          "A1:K1",
          "B2:K2",
          "B3:E3",
          "F3:G3",
          "H3:K3",
          "A4:A7",
          "B4:K4",
          "B5:F5",
          "G5:K5",
          "B6:F6",
          "G6:K6",
          "B7:C7",
          "D7:K7",
          "A8:A13",
          "I8:K8",
          "I9:K13",
        ],
        rows: [
          ["部门预算项目支出绩效自评表(2023年度)"],
          ["项目名称", "51092324T000010263357-2023年全县安可替代补助资金项目"],
          ["主管部门", "大英县司法局部门", null, null, null, "实施单位", null, "大英县司法局"],
          ["项目基本情况", "1.项目年度目标完成情况"],
          [null, "项目年度目标", null, null, null, null, "年度目标完成情况"],
          [null, "根据要求购买安可设备,并完成项目资金支付。", null, null, null, null, "完成"],
          [null, "2.项目实施内容及过程概述", null, "2023年购买13台安可电脑,并于12月前完成资金支付。"],
          ["预算执行情况(10分)", "年度预算数(万元)", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因"],
          [null, "总额", w(0), w(3.36), w(3.36), pct(1), 10, 10, NOTE],
          [null, "其中:财政资金", w(0), w(3.36), w(3.36), pct(1), "/", "/"],
          [null, "财政专户管理资金", w(0), w(0), w(0), pct(0), "/", "/"],
          [null, "单位资金", w(0), w(0), w(0), pct(0), "/", "/"],
          [null, "其他资金", null, null, null, null, "/", "/"],
          ["绩效指标(90分)", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"],
        ],
      },
    ],
  },
  slips: [
    {
      kind: 2,
      rule: "undefined-rate",
      cell: "自评表2!F11",
      arithmetic: "财政专户管理资金: 0.00 / 0.00 is undefined, printed 0.00%",
      fix: [{ reason: "no 财政专户 budget: the rate does not exist", sheet: S2, cell: "F11", set: "—" }],
    },
    {
      kind: 2,
      rule: "undefined-rate",
      cell: "自评表2!F12",
      arithmetic: "单位资金: 0.00 / 0.00 is undefined, printed 0.00%",
      fix: [{ reason: "no 单位资金 budget: the rate does not exist", sheet: S2, cell: "F12", set: "—" }],
    },
    {
      kind: 7,
      rule: "unexplained-adjustment",
      cell: "自评表2!D9",
      arithmetic:
        "年初预算 0.00 → 调整后预算数 3.36 万元 (a 3.36 万元 mid-year 追加); the 原因 cell holds only the form's printed instruction, which itself requires the reason; 过程概述 says what was bought, not why the budget was added",
      fix: [
        {
          reason: "the form asks for the reason of a mid-year 追加; supply it (marked as added)",
          sheet: S2,
          cell: "I9",
          set: `（更正稿补充）年初未安排预算,年中县财政追加下达安可替代补助资金3.36万元。${NOTE}`,
        },
      ],
    },
  ],
  mustNotFlag: [
    { cell: "自评表2!F9", figure: "100.00%", why: "3.36 / 3.36 = 100.00 % on 调整后预算数 (年初 0.00 is not the base)" },
    { cell: "自评表2!H9", figure: "得分 10", why: "权重 10 × 100.00 % = 10" },
    {
      cell: "自评表2!I9",
      figure: "预算执行率未达到90%的需说明原因",
      why: "the form's printed instruction: 90 % is the threshold that calls for a reason, not this project's rate",
    },
    { cell: "自评表2!F10", figure: "100.00%", why: "财政资金 3.36 / 3.36 = 100.00 %" },
    {
      cell: "自评表1!I3",
      figure: "合计 100",
      why: "the 权重 total of the first form: 预算执行 10 (on the previous page) + indicator 90 = 100; 绩效指标(90分) matches its one indicator's 权重 90",
    },
    { cell: "自评表1!J2", figure: "得分 90 with 完成值 '完成'", why: "≤30 万元 cost target reported met: full 权重 90" },
    { cell: "自评表2!D7", figure: "2023年购买13台安可电脑,并于12月前完成资金支付", why: "a date inside the year evaluated" },
  ],
};
