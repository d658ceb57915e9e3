/**
 * 海南湾岭农产品加工物流园复式标准厂房（南区）项目支出绩效自评报告 (海南 琼中, narrative only, 元).
 * Typed from a bidding-site copy published 2025-06-26 that masks dates and the 主管部门; the year evaluated (2024) is
 * inferred from that publication date. Abridged to the opening sections the stored copy holds.
 */
import type { CorpusReport } from "../types";

const S = "自评报告";

const AREAS_BAD =
  "项目建设规模及主要内容：（1）拟新建3栋4层的复式标准厂房，总建筑面积为68540.39m；（2）新建道路广场，占地面积约为4978.48m；（3）配套室外公共工程设施，包括给排水、电气、景观绿化等。";
const OUTLINE_BAD =
  "项目概述如下：：（1）拟新建3栋4层的复式标准厂房，总建筑面积为68540.39m；（2）新建道路广场，占地面积约为4978.48m；（3）配套室外公共工程设施，包括给排水、电气、景观绿化等。";
const COST_BAD =
  "项目概算总投资为269,847,166.9元，其中：工程费为218,431,364.09元，工程建设其他费用为34,695,937.72元，预备费用为12,656,365元，建设期利息4,063,500元。";

export const report: CorpusReport = {
  id: "hainan-qiongzhong-2024-wanling-factory",
  title: "海南湾岭农产品加工物流园复式标准厂房（南区）项目支出绩效自评报告",
  url: "http://8.149.230.151:7000/inviteBid/detail/20250626_518330038.html",
  province: "海南",
  year: 2024,
  layouts: ["narrative-only", "yuan"],
  workbook: {
    sheets: [
      {
        name: S,
        widths: [120],
        wrap: true,
        rows: [
          ["海南湾岭农产品加工物流园复式标准厂房（南区）项目支出绩效自评报告"],
          ["一、项目概况"],
          ["（一）项目基本情况：立项情况、实施主体项目、资金及主要内容"],
          ["项目名称：海南湾岭农产品加工物流园复式标准厂房（南区）"],
          ["项目单位：海南中部绿色产业园投资发展有限公司"],
          [AREAS_BAD],
          [COST_BAD],
          ["项目开工日期为****，预计竣工日期为****，目前项目工程形象进度为95%。"],
          [OUTLINE_BAD],
          ["（二）项目年度预算绩效目标和绩效指标设定情况"],
          ["总体目标：新建3栋4层的复式标准厂房，总建筑面积为68540.39㎡；（2）新建道路广场，占地面积约为4978.48m2；"],
        ],
      },
    ],
  },
  slips: [
    {
      kind: 4,
      rule: "stray-unit",
      cell: `${S}!A6`,
      arithmetic: "总建筑面积 68540.39 and 占地面积 4978.48 are areas printed in m (a length unit); 总体目标 (A11) prints the same figures in ㎡ / m2",
      fix: [
        {
          reason: "areas in ㎡, as in 总体目标",
          sheet: S,
          cell: "A6",
          set: AREAS_BAD.replace("68540.39m；", "68540.39㎡；").replace("4978.48m；", "4978.48㎡；"),
        },
      ],
    },
    {
      kind: 4,
      rule: "stray-unit",
      cell: `${S}!A9`,
      arithmetic: "项目概述 repeats the areas 68540.39 and 4978.48 in m (a length unit) instead of ㎡",
      fix: [
        {
          reason: "areas in ㎡, as in 总体目标",
          sheet: S,
          cell: "A9",
          set: OUTLINE_BAD.replace("68540.39m；", "68540.39㎡；").replace("4978.48m；", "4978.48㎡；"),
        },
      ],
    },
    {
      kind: 3,
      rule: "sum-mismatch",
      cell: `${S}!A7`,
      arithmetic:
        "218,431,364.09 + 34,695,937.72 + 12,656,365 + 4,063,500 = 269,847,166.81; printed total 269,847,166.9 (0.09 元 over; 166.81 rounds to 166.8 at 1 dp, not 166.9)",
      fix: [
        {
          reason: "总投资 = Σ of its four parts",
          sheet: S,
          cell: "A7",
          set: COST_BAD.replace("269,847,166.9元", "269,847,166.81元"),
        },
      ],
    },
  ],
  mustNotFlag: [
    {
      cell: `${S}!A11`,
      figure: "68540.39㎡；4978.48m2",
      why: "the same areas as 概况, in ㎡ and m2 (square metres): the right unit family, and the figures agree",
    },
    {
      cell: `${S}!A8`,
      figure: "形象进度为95%",
      why: "a physical-progress share of the works, not a rate of money; nothing to divide it against",
    },
  ],
};
