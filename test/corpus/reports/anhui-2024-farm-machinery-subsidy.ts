/**
 * 2024年农机购置补贴项目（转移支付）绩效自评报告, a county's narrative report (万元). The stored copy is a mirror
 * (fogua.cn) of a county government "public/…" page in the layout of Anhui's county government sites; the county's name
 * and the page title are not in the stored copy, so the province is inferred from the address pattern and the title is
 * drawn from the text. The copy stops inside "2.项目资金执行情况分析", so only the first part is typed.
 */
import type { CorpusReport } from "../types";

const S = "自评报告";

export const report: CorpusReport = {
  id: "anhui-2024-farm-machinery-subsidy",
  title: "2024年农机购置补贴项目绩效自评报告（页面标题未存，按正文拟）",
  url: "http://www.fogua.cn/public/6596321/37874090.html",
  province: "安徽",
  year: 2024,
  layouts: ["narrative-only", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: S,
        widths: [120],
        wrap: true,
        rows: [
          ["2024年农机购置补贴项目绩效自评报告"],
          ["一、绩效目标分解下达情况"],
          [
            "（一）下达农机购置补贴项目转移支付预算和绩效目标情况。2024年农机购置补贴项目预算资金合计2089万元。其中省内安排农机购置与应用补贴资金312万元，中央安排农机购置补贴资金1777万元。全年预算执行数合计2089万元。通过农机购置补贴项目，改善了农机装备结构、加大了农机技术推广力度、增强了农户购机能力、实现了农业增效农民节本增收、进一步提升了农业机械化水平。",
          ],
          [
            "（二）资金安排、分解下达预算和绩效目标情况。2024年农机购置补贴中央年初下达资金合计2077万元，省内安排农机购置与应用补贴资金312万元，年初预算合计2389万元，年中调减中央财政资金300万，全年预算执行数合计2089万元。",
          ],
          ["二、绩效目标完成情况分析"],
          ["（一）资金投入情况分析。"],
          [
            "1.项目资金到位情况分析。2024年农机购置补贴项目资金全年预算数2089元：其中中央转移支付财政资金预算资金合计1777万元，占比85.06 %；省级配套农机购置补贴资金312万元，占比14.94%。",
          ],
          ["2.项目资金执行情况分析。2024年农机购置补贴项目资金调整后全年预算资金2089万元，全……（存档文本至此中断）"],
        ],
      },
    ],
  },
  slips: [
    {
      kind: 3,
      rule: "unit-slip",
      cell: `${S}!A7`,
      arithmetic:
        "全年预算数 printed 2089元, but its own 其中 parts are 1777 万元 + 312 万元 = 2089 万元 (A3, A4 and A8 all give 2089万元): the 万 is missing, a 10⁴× slip",
      fix: [
        {
          reason: "the whole is 2089 万元, as its parts and the other paragraphs say",
          sheet: S,
          replace: "全年预算数2089元",
          with: "全年预算数2089万元",
          count: 1,
        },
      ],
    },
  ],
  mustNotFlag: [
    { cell: `${S}!A3`, figure: "合计2089万元，其中省内312万元，中央1777万元；执行数2089万元", why: "312 + 1777 = 2089; executed 2089 of 2089 = 100 %" },
    {
      cell: `${S}!A4`,
      figure: "中央年初2077万元 + 省内312万元 = 年初预算2389万元，年中调减中央300万，执行数2089万元",
      why: "2077 + 312 = 2389; 2389 − 300 = 2089; the 中央 share after the cut is 2077 − 300 = 1777, as in A3",
    },
    {
      cell: `${S}!A8`,
      figure: "调整后全年预算资金2089万元",
      why: "the adjusted budget 2389 − 300 = 2089 万元, equal to the 全年预算数 in A3",
    },
    { cell: `${S}!A1`, figure: "2024年农机购置补贴项目", why: "the year in the title is the year evaluated (2024), the same year every paragraph names" },
  ],
};
