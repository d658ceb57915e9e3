/**
 * 海口市财政支出项目绩效自评报告（云龙产业园基础设施配套路网项目）, 海口国家高新区, 2022 (海南, narrative only, 万元).
 * Abridged to the sections the stored copy holds; the contact line is left out. No slip found: its figures serve as
 * must-not-flag.
 */
import type { CorpusReport } from "../types";

const S = "自评报告";

export const report: CorpusReport = {
  id: "hainan-haikou-2022-yunlong-roads",
  title: "海口市财政支出项目绩效自评报告（云龙产业园基础设施配套路网项目）",
  url: "http://gxq.haikou.gov.cn/xxgk/czxx/202306/t1288834.shtml",
  province: "海南",
  year: 2022,
  layouts: ["narrative-only", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: S,
        widths: [120],
        wrap: true,
        rows: [
          ["海口市财政支出项目绩效自评报告（云龙产业园基础设施配套路网项目）"],
          ["来源：海口国家高新区 发布时间：2023-07-24 16:47"],
          ["一、项目概况"],
          ["（一）项目基本情况："],
          [
            "1.项目主要内容：包括云龙产业园区范围内5条市政道路，道路总长度为4335.943m，均为规划支路，红线宽度为14、20m不等。主要建设内容包括：道路工程、交通工程、桥涵工程、给排水工程、照明工程、电力管沟工程和绿化工程等。燃气等管线仅预留管位，不考虑具体设计。",
          ],
          ["2.资金：2022年云龙产业园基础设施配套路网项目预算经费为3483万元，2022年支付3483万元。"],
          ["预算单位海口国家高新区管委会（行政主管部门）的云龙产业园基础设施配套路网项目。"],
          ["项目概述如下：保障经费的支出，保障项目正常开展建设。"],
          ["（二）项目年度预算绩效目标和绩效指标设定情况"],
          ["总体目标：完成项目改造建设总量50%。"],
          ["当年年度目标完成情况：2022年预算价为3483万元，2022年完成支付3483万元。"],
          ["二、项目决策及资金使用管理情况"],
          ["（一）项目决策情况：2022年云龙产业园基础设施配套路网项目列入部门预算经费为3483万元，2022年实际支付3483万元。"],
          [
            "（二）项目资金安排落实、总投入等情况：2022年云龙产业园基础设施配套路网项目资金3483万元列入2022年部门预算，2022年已完成支付3483万元。预算情况如下：2022年度云龙产业园基础设施配套路网项目部门预算，预算金额为3483万元。",
          ],
        ],
      },
    ],
  },
  slips: [],
  mustNotFlag: [
    { cell: `${S}!A2`, figure: "发布时间：2023-07-24", why: "publication of the 2022 report in the following year, on purpose" },
    { cell: `${S}!A6`, figure: "预算经费为3483万元，2022年支付3483万元", why: "3483 / 3483 = 100 %: budget and payment agree" },
    { cell: `${S}!A5`, figure: "道路总长度为4335.943m；红线宽度为14、20m", why: "lengths and widths of roads in m: the right unit family" },
    {
      cell: `${S}!A10`,
      figure: "完成项目改造建设总量50%",
      why: "a share of the multi-year works set as the target, not a rate computed from the report's money",
    },
    {
      cell: `${S}!A14`,
      figure: "资金3483万元列入2022年部门预算，已完成支付3483万元；预算金额为3483万元",
      why: "the same 3483 万元 throughout; nothing to reconcile",
    },
  ],
};
