/**
 * 海南省商务厅 社会服务与管理项目 2023年度绩效自评报告 (海南, narrative only, 万元), published 2024-07 on
 * dofcom.hainan.gov.cn. The page title is blank in the stored copy; the year follows from "截止2023年12月31日".
 * Abridged to the sections the stored copy holds. No slip found: its figures serve as must-not-flag.
 */
import type { CorpusReport } from "../types";

const S = "自评报告";

export const report: CorpusReport = {
  id: "hainan-commerce-2023-social-services",
  title: "海南省商务厅社会服务与管理项目2023年度绩效自评报告（页面标题未存，按正文拟）",
  url: "https://dofcom.hainan.gov.cn/dofcom/0702/202407/6072da00ab4d425c94dc4820d4b20c59.shtml",
  province: "海南",
  year: 2023,
  layouts: ["narrative-only", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: S,
        widths: [120],
        wrap: true,
        rows: [
          ["海南省商务厅社会服务与管理项目2023年度绩效自评报告"],
          ["一、项目概括"],
          ["（一）项目基本情况"],
          [
            "社会服务与管理项目为省商务厅本级的经常性项目，项目资金用途为保障我厅各处室履行职能，确保商务工作正常运行，主要包括：业务会议、培训、督导检查、市场监管、考察调研、审计、课题规划、宣传、法律服务、外资工作等工作经费。",
          ],
          ["（二）项目绩效目标"],
          [
            "项目当年度目标：服务驻点人员在岗大于250天，推动建立1个县域商业审核，机制，完成至少7个调研课题，完成评估、考核、审计等报告不少于7篇，协助草拟、修改、审查合同、章程等法律文书和文件制度，组织培训班（会议）不少于7次，评估、考核等建议采纳率大于80%，商务合同、协议、办法等条款修改采纳率大于80%，研究成果被采纳或引用次数大于5次，满意度大于90%等。",
          ],
          ["二、项目资金使用及管理情况"],
          ["（一）项目资金到位情况"],
          ["年初预算1086.95万元，资金到位率100%。全部属于财政资金。"],
          ["（二）项目资金使用情况分析"],
          ["截止2023年12月31日，项目实际使用资金1076.47万元，资金使用率99%。"],
          ["（三）项目资金管理情况分析"],
          ["项目资金管理均严格按照省有关会议、培训、差旅的标准和内控制度执行……保证资金专款专用。此次绩效评价过程中未发现有截留、挤占或挪用项目资金的情况。"],
          ["三、项目组织实施情况"],
        ],
      },
    ],
  },
  slips: [],
  mustNotFlag: [
    {
      cell: `${S}!A11`,
      figure: "截止2023年12月31日，1076.47万元，资金使用率99%",
      why: "1076.47 / 1086.95 = 99.04 %, printed to 0 dp as 99 %; 2023年12月31日 is the evaluated year's end, inside the period",
    },
    {
      cell: `${S}!A9`,
      figure: "年初预算1086.95万元，资金到位率100%",
      why: "到位率 is money received against budget, not spending; 100 % with 99 % spent is no contradiction",
    },
    {
      cell: `${S}!A4`,
      figure: "经常性项目",
      why: "a recurring project: one year's 年初预算 only, no 全年 adjustment to explain",
    },
    {
      cell: `${S}!A6`,
      figure: "采纳率大于80%；满意度大于90%；不少于7篇/7次",
      why: "targets stated as thresholds, not rates computed from figures in the report",
    },
  ],
};
