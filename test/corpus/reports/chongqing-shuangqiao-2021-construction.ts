/**
 * 重庆市双桥经济技术开发区建设管理局 2021年度项目资金绩效自评报告 (narrative, a unit's report over its 73 budget projects, 万元).
 * Typed from the opening: the list of 73 projects is cut after its eleventh item (marked "……"), where the stored page ends.
 * No slips in what is typed.
 */
import type { CorpusReport } from "../types";

const S = "自评报告";

export const report: CorpusReport = {
  id: "chongqing-shuangqiao-2021-construction",
  title: "重庆市双桥经济技术开发区建设管理局 2021年度项目资金绩效自评报告",
  url: "http://www.dazu.gov.cn/jkq/qzfcxjw/zwgk_53321/fdzdgknr_53323/ysjs/ys/202203/t20220318_10525403.html",
  province: "重庆",
  year: 2021,
  layouts: ["unit-level", "narrative-only", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: S,
        widths: [120],
        wrap: true,
        rows: [
          ["重庆市双桥经济技术开发区建设管理局 2021年度项目资金绩效自评报告"],
          [
            "根据双桥经开区财务局《重庆市双桥经开区财务局关于开展2021年度预算项目资金绩效自评工作的通知》(双桥经开财务发〔20226号)文件要求,我局组织开展了项目绩效自评工作,现将我局2021年度项目资金绩效自评情况报告如下:",
          ],
          ["一、基本情况"],
          ["(一)项目基本情况"],
          ["1、预算项目情况分析。"],
          [
            "为顺利开展城市工作,我局2021年年初预算项目73个,预算项目经费15690.38万元,具体包括:交通秩序综合整治155.85万元,双桥经开区数字化城管管理系统运维费84.69万元、市容环境综合整治84.62万元、拆除违章建筑9.45万元、会计服务费5万元、路灯维修169.85万元、大足委宣委【2020】83号文创建全国文明城区项目经费16.86万元、东环大道南延伸段绿化工程(续建)30.3万元、主干道行道树造型管护及景观树复壮37.85万元、渝财教【2019】208号 公共体育场馆向社会免费低收费开放补助资金4.39万元、鲜花港屋面瓦维修170.01万元、……",
          ],
        ],
      },
    ],
  },
  slips: [],
  mustNotFlag: [
    {
      cell: "自评报告!A6",
      figure: "年初预算项目73个,预算项目经费15690.38万元,具体包括: … (11 items, 768.87万元, ……)",
      why: "the list is cut where the page ends (……): 11 of 73 items summing to 768.87 万元 are a part, not the whole, so 15690.38 is not their total; 大足委宣委【2020】83号 and 渝财教【2019】208号 are document numbers whose years name earlier allocations, not the period",
    },
    {
      cell: "自评报告!A2",
      figure: "双桥经开财务发〔20226号",
      why: "a document number printed without its closing bracket (〔2022〕6号): the 2022 notice that launched the 2021 self-evaluation, not a year 20226 or a period slip",
    },
    {
      cell: "自评报告!A1",
      figure: "2021年度",
      why: "the year evaluated; published 2022-03-17",
    },
  ],
};
