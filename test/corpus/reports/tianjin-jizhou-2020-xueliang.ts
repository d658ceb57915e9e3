/** 天津市雪亮工程转移支付 2020 年度绩效自评报告 (天津 蓟州区, 公安蓟州分局, 直达资金专栏附件3, narrative only, 万元). The stored copy ends inside 二（三）(1). */
import type { CorpusReport } from "../types";

const S = "自评报告";

export const report: CorpusReport = {
  id: "tianjin-jizhou-2020-xueliang",
  title: "天津市雪亮工程转移支付2020年度绩效自评报告",
  url: "https://www.tjjz.gov.cn/ztzl/jzczzjzdjc/202108/t20210823_5548899.html",
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
          ["天津市雪亮工程转移支付2020年度绩效自评报告"],
          ["一、绩效目标分解下达情况"],
          [
            "2020年中央下达我市用于疫情防控的天津市蓟州区公共全视频监控建设联网应用项目（雪亮工程）建设（简称：雪亮工程）转移支付预算2842.5157万元，要建设公共视频联网共享总平台，综合分平台和公安分平台，第一包围圈、第二包围圈、区块前端布控点位完善，手机移动终端管控系统及人脸识别系统，两处精品智慧社区、光纤租用和机房托管。共建设和安装软硬件设备共16954套（台、块、项），其中：总平台安装软硬件设备558套（台、块、项）；综治分平台安装软硬件设备1488套（台、块、项），公安分平台安装软硬件设备34套（台、块、项）；前端视频监控补点建设安装设备14666台（套）；综治精品社区软硬件设备242套（台、块、项）。年内完成项目总体30%投入。",
          ],
          ["二、绩效目标完成情况分析"],
          ["（一）资金投入情况分析。"],
          ["1.资金到位情况分析；"],
          ["2020年度该项目资金2842.5157万元转移支付资金全部及时拨付到位。"],
          ["2.资金执行情况分析；"],
          ["2020年度该项目资金2842.5157万元，已执行支付2668万元，全部用于雪亮工程项目建设费用支出，执行率93.86%。"],
          ["3.资金管理情况分析。"],
          [
            "2020年度该项目资金2842.5157万元，已执行部分严格按照财政部门相关规定及《公安蓟州分局财经管理规定》进行管理使用审批，专款专用，款项支付给施工企业。未执行部分结转下年为该项目继续建设资金使用。",
          ],
          ["（二）总体绩效目标完成情况分析。"],
          ["雪亮工程绩效目标完成了年内完成项目总体30%投入的目标，但因疫情影响，项目未能全部完工，其他指标均无法评估，未能完成绩效任务目标。"],
          ["（三）绩效指标完成情况分析。"],
          ["（1）数量指标；"],
          ["完成了公共全视频监控建设联网应用1座的30%投入，未完成绩效目标任务，主要原因是因疫情影响，延……"],
        ],
      },
    ],
  },
  slips: [
    {
      kind: 3,
      rule: "sum-mismatch",
      cell: "自评报告!A3",
      arithmetic: "558 + 1488 + 34 + 14666 + 242 = 16988 套; printed 共16954套 (short by 34, the 公安分平台 share)",
      fix: [
        {
          reason: "the five 其中 parts add up to 16988, so the total is put right",
          sheet: S,
          replace: "共建设和安装软硬件设备共16954套",
          with: "共建设和安装软硬件设备共16988套",
          count: 1,
        },
      ],
    },
  ],
  mustNotFlag: [
    { cell: "自评报告!A9", figure: "2842.5157万元 … 已执行支付2668万元 … 执行率93.86%", why: "2668 / 2842.5157 = 93.8605 % → 93.86 % at 2 dp" },
    {
      cell: "自评报告!A7",
      figure: "2842.5157万元转移支付资金全部及时拨付到位",
      why: "到位 (received by the unit) is 100 %; it is not a claim that all was spent, so it does not contradict the 93.86 % executed in A9",
    },
    {
      cell: "自评报告!A11",
      figure: "未执行部分结转下年",
      why: "2842.5157 − 2668 = 174.5157 万元 carried into the next year, as stated; 执行率 93.86 % is above 90 %",
    },
    {
      cell: "自评报告!A13",
      figure: "年内完成项目总体30%投入",
      why: "30 % is a share of the whole multi-year project, a different base from the 93.86 % of this year's funds",
    },
  ],
};
