/**
 * 农机购置补贴支出绩效自评报告 of 新疆生产建设兵团第十四师农业农村局, 2019年度 (新疆, narrative, 万元). The stored copy is item 1
 * of a compilation page ("农机购置补贴支出绩效自评报告（通用5篇）") and stops inside "2.项目资金执行情况分析", so only the opening
 * is typed; the compilation's own title and blurb are left out.
 */
import type { CorpusReport } from "../types";

const S = "自评报告";

export const report: CorpusReport = {
  id: "xinjiang-bingtuan-2019-14th-division-farm-machinery",
  title: "农机购置补贴支出绩效自评报告（第十四师农业农村局，2019年度）",
  url: "http://crossfitfinalpush.com/baogao/6594694.html",
  province: "新疆",
  year: 2019,
  layouts: ["narrative-only", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: S,
        widths: [120],
        wrap: true,
        rows: [
          ["农机购置补贴支出绩效自评报告"],
          ["一、绩效目标分解下达情况"],
          ["（一）中央下达兵团农机购置补贴资金转移支付预算和绩效目标情况。"],
          ["补贴第十四师农业农村局农机购置补贴2019年度预算：兵团农机补贴资金60万元。"],
          ["（二）兵团内部资金安排、分解下达预算和绩效目标情况。"],
          ["第十四师农机购置补贴2019年度预算：第十四师师市补贴资金60万元。"],
          ["二、绩效目标完成情况分析"],
          ["（一）资金投入情况分析。"],
          ["1.项目资金到位情况分析。"],
          [
            "第十四师2019年度农机购置补贴资金预算数60万元，其中包括兵团补贴农机购置补贴资金60万， 2018年度农机购置补贴结余资金12.664万元。2019年度的农机购置补贴资金指标在2019年9月25日已全部到位。",
          ],
          ["2.项目资金执行情况分析。"],
          ["第十四师2019年度实际……（存档文本至此中断）"],
        ],
      },
    ],
  },
  slips: [
    {
      kind: 3,
      rule: "sum-mismatch",
      cell: `${S}!A10`,
      arithmetic:
        "预算数 60 万元 “其中包括” 兵团补贴 60 万 + 2018年度结余 12.664 万元 = 72.664 万元 ≠ 60: the carry-over is listed as part of a total that the 兵团 money alone already fills",
      fix: [
        {
          reason: "the 2019 budget is the 兵团 60 万元; the 2018 carry-over comes on top (72.664 万元 available)",
          sheet: S,
          replace: "预算数60万元，其中包括兵团补贴农机购置补贴资金60万， 2018年度农机购置补贴结余资金12.664万元。",
          with: "预算数60万元，即兵团补贴农机购置补贴资金60万，另有2018年度农机购置补贴结余资金12.664万元，可用资金共72.664万元（更正稿）。",
          count: 1,
        },
      ],
    },
  ],
  mustNotFlag: [
    { cell: `${S}!A4`, figure: "兵团农机补贴资金60万元", why: "the 2019 budget; A6 and A10 give the same 60" },
    { cell: `${S}!A6`, figure: "第十四师师市补贴资金60万元", why: "the same 60 万元 passed down inside the 兵团 (A4); a relabelled figure, not a second sum" },
    {
      cell: `${S}!A3`,
      figure: "（一）中央下达兵团…转移支付",
      why: "a heading of the national template; its paragraph (A4) names the 兵团 money, no figure here",
    },
    { cell: `${S}!A5`, figure: "（二）兵团内部资金安排", why: "a heading; no figure" },
  ],
};
