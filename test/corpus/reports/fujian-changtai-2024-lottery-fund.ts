/**
 * 漳州市长泰区 2024年中央专项彩票公益金支持地方社会公益事业项目资金 绩效自评 (福建, narrative only, 万元):
 * one fund split over three projects. From a bidding-site copy dated 2025-06-27 whose stored text opens at
 * 一、中央专项彩票公益金下达情况 (the title is not held) and stops inside 资金目标 (2).
 */
import type { CorpusReport } from "../types";

const S = "自评报告";

const PAID =
  "1.资金目标：（1）武安镇京元村状元故居文化公园及周边配套工程项目资金拨付率100%。该项目按工程施工进度及时拨付资金，截至2025年6月工程进度款已拨付资金100.6万元，及时率71.86%；";

export const report: CorpusReport = {
  id: "fujian-changtai-2024-lottery-fund",
  title: "长泰区2024年中央专项彩票公益金支持地方社会公益事业项目资金绩效自评报告（标题未存，按正文拟）",
  url: "https://bid.jszhaobiao.com/projectinfo-detail-314766026.html",
  province: "福建",
  year: 2024,
  layouts: ["narrative-only", "wan-yuan", "programme-blocks"],
  workbook: {
    sheets: [
      {
        name: S,
        widths: [120],
        wrap: true,
        rows: [
          ["长泰区2024年中央专项彩票公益金支持地方社会公益事业项目资金绩效自评报告"],
          ["一、中央专项彩票公益金下达情况"],
          [
            "根据《福建省财政厅关于2025年中央专项彩票公益金支持社会公益事业项目资金的通知》（闽财综指﹝2025﹞2号）、闽财综指﹝2024﹞8号）文件，2024年省财政下达我区中央专项彩票公益金支持其他社会公益项目资金440万元，支持长泰区地方社会公益项目建设。",
          ],
          ["二、绩效情况分析"],
          ["（一）资金投入情况分析"],
          [
            "长泰区2024年中央专项彩票公益金支持地方社会公益事业项目资金440万元，项目资金已经分配下达到项目建设单位：武安镇京元村状元故居文化公园及周边配套工程项目资金140万元、漳州市长泰区坂里乡乡村振兴项目-乡村生产道路改造提升工程（华侨片区）项目资金140万元、林墩乐动谷基础配套设施建设项目-林溪乡村振兴试点村建设工程项目资金160万元。",
          ],
          ["（二）资金管理情况分析"],
          [
            "我区收到文件后，及时将该资金分配拨付到项目建设单位，用于支持我区项目建设发展。……定期跟踪项目进度，及时掌握项目实施进度、存在问题及下一步工作计划，每月向上级部门报送项目执行情况表。",
          ],
          ["（三）支出绩效目标完成情况分析"],
          [PAID],
          ["（2）漳州市长泰区林墩乐动谷基础配套设施建设项目-林溪乡村振兴试点村建设工程项目资金拨付率100%。"],
        ],
      },
    ],
  },
  slips: [
    {
      kind: 6,
      rule: "year-mismatch",
      cell: `${S}!A10`,
      arithmetic:
        "the 2024 self-evaluation states the project's payments 截至2025年6月 (100.6 万元, 100.6 / 140 = 71.86 %), six months after the evaluated year ended (2024-12-31): not the year's execution",
      fix: [
        {
          reason: "label the post-year payment status as such",
          sheet: S,
          replace: "截至2025年6月工程进度款已拨付资金100.6万元",
          with: "（期后进展，非2024年末数）截至2025年6月工程进度款已拨付资金100.6万元",
          count: 1,
        },
      ],
    },
  ],
  mustNotFlag: [
    {
      cell: `${S}!A6`,
      figure: "资金440万元：140万元、140万元、160万元",
      why: "140 + 140 + 160 = 440: the three projects add up to the fund",
    },
    {
      cell: `${S}!A3`,
      figure: "闽财综指﹝2025﹞2号；闽财综指﹝2024﹞8号；2024年省财政下达…440万元",
      why: "years inside document numbers and a notice's title, not periods of this evaluation",
    },
    {
      cell: `${S}!A11`,
      figure: "项目资金拨付率100%",
      why: "拨付 to the project unit (分配下达, A6), which is the whole allocation; a claim about transfer, not about contractor payments",
    },
  ],
};
