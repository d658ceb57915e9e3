/** （直达资金）天津市东丽湖新建光辉路（智景东道-星宇道）工程项目 2020 年度绩效自评报告 (天津 东丽区, narrative only, 万元), complete as published. */
import type { CorpusReport } from "../types";

const S = "自评报告";

export const report: CorpusReport = {
  id: "tianjin-dongli-2020-guanghui-road",
  title: "天津市东丽湖新建光辉路（智景东道-星宇道）工程项目2020年度绩效自评报告",
  url: "https://www.tjdl.gov.cn/gongkai/czzjzdjc/202105/t20210514_5450772.html",
  province: "天津",
  year: 2020,
  layouts: ["narrative-only", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: S,
        widths: [120],
        wrap: true,
        rows: [
          ["天津市东丽湖新建光辉路（智景东道-星宇道）工程项目2020年度绩效自评报告"],
          ["发布时间：2021-05-14 11:40 来源：天津市东丽区财政局"],
          ["一、绩效目标分解下达情况"],
          ["东丽区雨污分流改造工程项目估算投资2082.48万元，区财政通过抗疫特别国债安排资金700万元。"],
          ["二、绩效目标完成情况分析"],
          ["（一）资金投入情况分析。"],
          ["该项目已拨付工程款700万元，前期费、剩余工程款待申请，项目完工后质保期满，再支付尾款。"],
          ["（二）总体绩效目标完成情况分析。"],
          [
            "按照东丽区东丽湖新建光辉路（智景东道-星宇道）工程方案设定，制定项目绩效目标：1.保质保量完成道路建设座；2.符合工程施工质量验收相关要求，按时投入使用；3.改善周边居民出行需求。",
          ],
          ["总体绩效目标基本完成。"],
          ["（三）绩效指标完成情况分析。"],
          ["1.产出指标完成情况分析。"],
          ["数量指标：完成道路建设491米，已完成；"],
          ["质量指标：确保天桥质量，已完成；"],
          ["时效指标：按时完成建设，随项目进度把控；"],
          ["2.效益指标完成情况分析。"],
          ["社会效益指标：方便周边居民出行，已完成；"],
          ["可持续影响指标：持续改善周边居民出行，已完成。"],
          ["3.满意度指标完成情况分析。"],
          ["服务对象满意度指标：提升周边居民满意度，已完成。"],
          ["三、偏离绩效目标的原因和下一步改进措施"],
          ["四、绩效自评结果拟应用和公开情况"],
          ["按规定申请公开"],
          ["五、其他需要说明的问题"],
        ],
      },
    ],
  },
  slips: [],
  mustNotFlag: [
    {
      cell: "自评报告!A4",
      figure: "估算投资2082.48万元，区财政通过抗疫特别国债安排资金700万元",
      why: "700 万元 is the 2020 国债 share of a 2082.48 万元 estimate, a part on purpose, not a budget cut",
    },
    {
      cell: "自评报告!A7",
      figure: "已拨付工程款700万元",
      why: "700 paid of 700 arranged = 100 %; the rest of the 2082.48 estimate is to be applied for later, as the sentence says",
    },
    { cell: "自评报告!A2", figure: "2021-05-14", why: "publication date of the 2020 report, in the following year on purpose" },
    { cell: "自评报告!A13", figure: "完成道路建设491米", why: "a length for a road in 米: the right unit family" },
  ],
};
