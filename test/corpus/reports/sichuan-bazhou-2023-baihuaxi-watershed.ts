/**
 * 巴州区百花溪小流域综合治理提质增效项目支出绩效评价报告 (四川 巴中 巴州区, narrative, 万元; the unit's own 项目支出 report
 * in Sichuan's 自评 layout), on bzqzf.gov.cn. The stored copy's title begins "区百花溪…" (typed as printed) and the copy
 * stops inside "二、（一）项目资金申报及批复情况", so the rest is not typed.
 */
import type { CorpusReport } from "../types";

const S = "自评报告";

export const report: CorpusReport = {
  id: "sichuan-bazhou-2023-baihuaxi-watershed",
  title: "（巴州）区百花溪小流域综合治理提质增效项目支出绩效评价报告",
  url: "http://bzqzf.gov.cn/public/6596941/11657073.html",
  province: "四川",
  year: 2023,
  layouts: ["narrative-only", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: S,
        widths: [120],
        wrap: true,
        rows: [
          ["区百花溪小流域综合治理提质增效项目支出绩效评价报告"],
          ["一、项目概况"],
          ["（一）项目基本情况"],
          [
            "巴中市巴州区地处四川省东北部，米仓山南麓，全区幅员面积1320平方公里，水土流失面积631.63km2，属嘉陵江及沱江中下游国家级水土流失重点治理区。2023年，巴州区申报实施了百花溪小流域综合治理提质增效项目，并被水利部纳入“我为群众办实事”实践活动，获得中省水利发展资金2000万元。……",
          ],
          ["（二）项目绩效目标"],
          [
            "规划治理水土流失面积19.69 km²， 建设内容包括坡改梯21.5 hm2，整修梯田76.99 hm2，封禁治理1763.56 hm2，保土耕作107.52 hm2，修建沟渠9489.83m，生产道路8325.31m，沉沙池31座，蓄水池2口，山坪塘整治9口，人居环境整治39户，科普宣传设施1处，库周截污整治工程1处（百花溪水库饮用水源地），沟道综合治理长度1004m。项目概算总投资3150万元。",
          ],
          ["项目设立的整体绩效目标依据充分，符合国家相关法律法规、符合国民经济发展规划，……申报目标合理可行。"],
          ["二、项目资金申报及使用情况"],
          ["（一）项目资金申报及批复情况"],
          ["2023年6月26日，巴中市水利局组织专家对《巴中市巴州区百花溪……（存档文本至此中断）"],
        ],
      },
    ],
  },
  slips: [
    {
      kind: 8,
      rule: "sum-mismatch",
      cell: `${S}!A6`,
      arithmetic:
        "治理面积 = 坡改梯 21.5 + 整修梯田 76.99 + 封禁治理 1763.56 + 保土耕作 107.52 = 1969.57 hm² = 19.6957 km², which is 19.70 km² at the printed 2 dp; printed 19.69 km² (cut off, not rounded). (Reading: the four area measures listed make up the 治理面积; without 整修梯田 they give 18.93 km², further off.)",
      fix: [
        {
          reason: "1969.57 hm² = 19.6957 km² → 19.70 km²",
          sheet: S,
          replace: "规划治理水土流失面积19.69 km²",
          with: "规划治理水土流失面积19.70 km²",
          count: 1,
        },
      ],
    },
  ],
  mustNotFlag: [
    {
      cell: `${S}!A4`,
      figure: "幅员面积1320平方公里，水土流失面积631.63km2；中省水利发展资金2000万元",
      why: "平方公里 and km2 are the same unit; 631.63 ≤ 1320; 2000 万元 is the central-provincial share of the 3150 万元 project (A6), not the whole",
    },
    { cell: `${S}!A10`, figure: "2023年6月26日", why: "inside the year evaluated" },
    { cell: `${S}!A7`, figure: "申报目标合理可行", why: "a judgement with no figure against it" },
    { cell: `${S}!A1`, figure: "区百花溪…（title without 巴州）", why: "the title is cut in the stored copy; no figure" },
  ],
};
