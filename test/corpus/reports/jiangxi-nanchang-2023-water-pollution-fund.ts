/**
 * 南昌市中央水污染防治转移支付资金2023年度绩效自评报告 (市生态环境局): narrative only, 万元, abridged to its opening
 * (the stored copy stops at 二、绩效目标完成情况). Two batches of money, each split over projects.
 * Three document numbers lost their closing bracket in the stored text ("〔202248号"); typed as "〔2022〕48号" etc.
 */
import type { CorpusReport } from "../types";

export const report: CorpusReport = {
  id: "jiangxi-nanchang-2023-water-pollution-fund",
  title: "南昌市中央水污染防治转移支付资金2023年度绩效自评报告",
  url: "http://sthjj.nc.gov.cn/ncgbj/czgk/202403/24b15b37006f418bb5f7059fee26aa97.shtml",
  province: "江西",
  year: 2023,
  layouts: ["narrative-only", "multi-project", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: "自评报告",
        widths: [120],
        wrap: true,
        rows: [
          ["南昌市中央水污染防治转移支付资金2023年度绩效自评报告"],
          [
            "为推进财政支出预算绩效管理，强化预算支出责任理念，提高预算支出使用的效率和效益，确保财政资金充分发挥效用，根据《中华人民共和国预算法》和中央财政部相关文件精神，结合我市实际情况，开展了2023年中央水污染防治专项资金预算执行情况绩效自评，现将自评情况汇总如下：",
          ],
          ["一、绩效目标分解下达情况"],
          [
            "根据《江西省财政厅关于提前下达2023年中央水污染防治资金的通知》（赣财资环指〔2022〕48号）、《江西省财政厅关于下达2023年中央水污染防治资金（第二批）的通知》（赣财资环指〔2023〕21号）及《南昌市财政局关于提前下达2023年中央水污染防治资金预算的通知》（洪财资环指〔2022〕49号）、《南昌市财政局关于下达2023年中央水污染防治资金（第二批）的通知》（洪财资环指〔2023〕35号）《关于恳请拨付2023年中央水污染防治资金（第三批）的函》（洪环函〔2023〕83号）文件要求，我市获得2023年度中央水污染防治专项资金17347万元其中第一批资金9910万元，分别支持南昌市南塘湖水生态系统综合治理项目3000万元、进贤县外青岚湖水流域上游排水渠重点区域水污染综合治理项目3357.17万元、东湖区扬子洲地区电排站前池及中心渠水生态修复项目3552.83万元；第二批资金7437万元，分别支持南昌市南塘湖水生态系统综合治理项目3000万元、南桃花河水环境提升及生态修复项目（一期工程）3688万元、江西安义高新技术产业园区化工集中区地下水环境状况详细调查与风险评估项目730万元、南昌市加油站地下水环境状况初步调查评估项目19万元。",
          ],
          ["二、绩效目标完成情况"],
        ],
      },
    ],
  },
  slips: [],
  mustNotFlag: [
    {
      cell: "自评报告!A4",
      figure: "17347万元其中第一批9910万元、第二批7437万元",
      why: "9910 + 7437 = 17347; first batch 3000 + 3357.17 + 3552.83 = 9910; second batch 3000 + 3688 + 730 + 19 = 7437 (南塘湖 3000 appears in both batches on purpose)",
    },
    { cell: "自评报告!A2", figure: "2023年中央水污染防治专项资金", why: "the year evaluated" },
    { cell: "自评报告!A1", figure: "2023年度", why: "the year evaluated; the 2022 document numbers in A4 are the 提前下达 notices issued the year before" },
    { cell: "自评报告!A5", figure: "二、绩效目标完成情况", why: "a heading, no figure (the stored copy ends here)" },
  ],
};
