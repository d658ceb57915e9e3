/** 扎兰屯市国家现代农业产业园项目 2022 年度绩效自评报告 (内蒙古, narrative only, 万元). The stored copy is a mirror in traditional characters; typed here in the original simplified form. */
import type { CorpusReport } from "../types";

const S = "自评报告";

export const report: CorpusReport = {
  id: "neimenggu-zhalantun-2022-soybean-park",
  title: "扎兰屯市国家现代农业产业园项目2022年度绩效自评报告",
  url: "http://m.cdsnjd.com/zt/xdncy/dt/2023/0306/18745.html",
  province: "内蒙古",
  year: 2022,
  layouts: ["narrative-only", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: S,
        widths: [120],
        wrap: true,
        rows: [
          ["扎兰屯市国家现代农业产业园项目2022年度绩效自评报告"],
          ["一、绩效目标分解下达情况"],
          [
            "（一）中央下达扎兰屯市国家现代农业产业园转移支付预算和绩效目标情况。2022年，中央财政资金专项资金3000万元，计划实施8个项目，促进国家现代农业产业园（大豆）有效实施招商引资计划，有序推进园区规划、建设、发展。实际支付2700万元，全部用于设备采购和软件开发。其中：用于园区综合管理服务中心建设项目200万元、专家工作站建设项目270万元、大数据中心建设项目513万元、高素质职业农民培训及创业基地建设项目90万元、大豆区域公共品牌及农产品建设项目261万元、大豆新品种培育研发示范项目805万元、大豆种植社会化服务组织推广项目391万元、生态肥料基地改造提升项目170万元。",
          ],
          ["（二）盟市分解下达预算和绩效目标情况。无。"],
          ["二、绩效目标完成情况分析"],
          ["（一）资金投入情况分析。"],
          [
            "中央财政下达专项资金3000万元，实际支付2700万元，使用率90%，全部用项目设备采购和软件开发。资金使用全部通过政府采购招标程序实施，实行财政专款专户管理。",
          ],
          ["（二）总体绩效目标完成情况分析。"],
          [
            "2022年产业园收到中央财政奖补资金3000万元，已制定《内蒙古自治区扎兰屯市国家现代农业产业园（大豆）财政奖补资金使用方案》，实际完成2700万元，完成率达到90%。中央奖补资金全部用于创建方案明确的重点工程项目建设，总体进度符合预期。",
          ],
          ["（三）绩效指标完成情况分析。"],
          ["根据年初设定的各项绩效指标分析，我市全部完成了预期指标任务。"],
          ["数量指标：建设产业园综合管理服务中心、产业园专家工作站、大数据中心等8个项目，年度指标值3000万元，实际支出2700万元，完成率90%。"],
        ],
      },
    ],
  },
  slips: [
    {
      kind: 5,
      rule: "indicator-contradiction",
      cell: "自评报告!A11",
      arithmetic:
        "the 数量指标 in A12 has 年度指标值 3000 万元 and 实际 2700 万元: 2700 / 3000 = 90 % < 100 %, so not every indicator was met; A11 claims 全部完成了预期指标任务",
      fix: [
        {
          reason: "the 数量指标 was met at 90 % only, so the claim of full completion is softened",
          sheet: S,
          replace: "我市全部完成了预期指标任务。",
          with: "我市基本完成了预期指标任务，其中数量指标完成率90%。",
          count: 1,
        },
      ],
    },
  ],
  mustNotFlag: [
    {
      cell: "自评报告!A3",
      figure: "3000万元 … 实际支付2700万元 … 其中：200、270、513、90、261、805、391、170万元",
      why: "200 + 270 + 513 + 90 + 261 + 805 + 391 + 170 = 2700: the 其中 parts break down the 2700 paid, not the 3000 granted; and the list names exactly 8 projects (计划实施8个项目)",
    },
    { cell: "自评报告!A7", figure: "3000万元 … 2700万元，使用率90%", why: "2700 / 3000 = 90 % exactly" },
    { cell: "自评报告!A9", figure: "3000万元 … 实际完成2700万元，完成率达到90%", why: "2700 / 3000 = 90 % exactly" },
    {
      cell: "自评报告!A12",
      figure: "年度指标值3000万元，实际支出2700万元，完成率90%",
      why: "2700 / 3000 = 90 %; the indicator's own rate is right (the claim in A11 is what is wrong)",
    },
  ],
};
