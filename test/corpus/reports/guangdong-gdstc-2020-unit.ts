/**
 * 广东省科学技术厅 2020年度绩效自评情况 (广东, unit-level summary over the 部门整体 and two 专项资金 self-evaluations,
 * narrative only, 万元). The page's title is not in the stored copy; its three attached reports are not typed.
 * No slip found: its figures serve as must-not-flag.
 */
import type { CorpusReport } from "../types";

const S = "自评报告";

export const report: CorpusReport = {
  id: "guangdong-gdstc-2020-unit",
  title: "广东省科学技术厅2020年度绩效自评情况（页面标题未存，按正文拟）",
  url: "http://gdstc.gd.gov.cn/zwgk_n/jggk/czyjs/bmys/content/post_3595577.html",
  province: "广东",
  year: 2020,
  layouts: ["narrative-only", "unit-level", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: S,
        widths: [120],
        wrap: true,
        rows: [
          ["广东省科学技术厅2020年度绩效自评情况"],
          [
            "根据财政预算管理要求，2020年度我厅开展了部门整体支出绩效自评（含预算归口管理单位25个），涉及一般公共预算支出282,796.90万元。同时，还专门组织对经管的“科技创新战略专项资金——国际科技创新中心建设与区域创新能力提升”、“乡村振兴战略专项资金——农业产业发展”等专项资金开展绩效自评，共涉及资金593,697.88万元，占专项资金支出总额的100%。另外，省财政厅委托第三方机构对“科技创新战略专项资金——重点领域研发计划”专项资金开展了重点绩效评价。",
          ],
          [
            "我厅严格按照省财政厅绩效评价工作的有关要求开展绩效自评工作，2020年度部门整体支出、“科技创新战略专项资金——国际科技创新中心建设与区域创新能力提升”、“乡村振兴战略专项资金——农业产业发展”等专项资金绩效自评等次均为优秀。",
          ],
          ["附件：1.广东省科学技术厅2020年度部门整体支出绩效自评报告"],
          ["2.2020 年度“科技发展战略专项资金——国际科技创新中心建设与区域创新能力提升”绩效自评报告"],
          ["3.2020年度“乡村振兴战略专项资金——农业产业发展”绩效自评报告"],
        ],
      },
    ],
  },
  slips: [],
  mustNotFlag: [
    {
      cell: `${S}!A2`,
      figure: "一般公共预算支出282,796.90万元；专项资金593,697.88万元，占专项资金支出总额的100%",
      why: "two scopes: the department's own 一般公共预算 spending, and the special funds it manages (mostly passed on to others), so the larger figure is no part-whole slip; 100 % says every special fund was self-evaluated",
    },
    {
      cell: `${S}!A5`,
      figure: "2.2020 年度",
      why: "attachment number 2 followed by the year 2020, not a figure 2.2020",
    },
    { cell: `${S}!A4`, figure: "2020年度", why: "the evaluated year, matching the report" },
    { cell: `${S}!A3`, figure: "等次均为优秀", why: "a grade, not a figure to check" },
  ],
};
