/**
 * 绵阳市科学技术局 2021年 项目绩效自评报告 (narrative only, 万元).
 * Stored as the first of fifteen reports republished on a collection page ("项目绩效自评报告1"); typed from its opening
 * (绩效目标情况, 资金安排情况) up to where the stored page ends, mid-list (marked "……"). The title is written from the content.
 */
import type { CorpusReport } from "../types";

const S = "自评报告";

export const report: CorpusReport = {
  id: "sichuan-mianyang-2021-science-bureau",
  title: "绵阳市科学技术局2021年项目绩效自评报告(标题据内容拟)",
  url: "https://beiku.com/zipingbaogao/article_538282.html",
  province: "四川",
  year: 2021,
  layouts: ["unit-level", "narrative-only", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: S,
        widths: [120],
        wrap: true,
        rows: [
          ["绵阳市科学技术局2021年项目绩效自评报告(标题据内容拟)"],
          ["一、项目基本情况"],
          ["(一)绩效目标情况"],
          ["绵阳市科学技术局主要有部门预算项目支出、专项预算支出二类支出,项目资金总预算为2455.5万元,其中部门预算项目支出87.5万元,专项预算支出2350万元。"],
          [
            "部门预算项目支出主要用于积极引进、培养人才,开展核心技术攻关、提升产品性能、促进企业发展,解决行业关键技术难题,深化科技金融结合试点,……专项预算主要用于推进我市科技创新发展,……",
          ],
          ["(二)资金安排情况"],
          [
            "2021年部门预算项目支出87.5万元,分别是科技活动交流经费5万元,科技项目评审及系统维护费18万元,绵阳市外国专家工作经费2.5万元,省级科技计划项目验收工作经费16万元,科技型中小企业办公室(双创办)工作经费18万元,科技项目监管和科技项目组织经费9万元,……",
          ],
        ],
      },
    ],
  },
  slips: [
    {
      kind: 3,
      rule: "sum-mismatch",
      cell: "自评报告!A4",
      arithmetic:
        "two kinds of spending only (二类支出): 87.5 + 2350 = 2437.5 万元, printed 总预算 2455.5 万元 (18 万元 more). 87.5 is repeated in A7, so the total (or the 2350) is the wrong figure; the correction sets the total to the sum of its parts.",
      fix: [
        {
          reason: "总预算 is the sum of its two kinds: 87.5 + 2350 = 2437.5 万元",
          sheet: S,
          replace: "项目资金总预算为2455.5万元",
          with: "项目资金总预算为2437.5万元",
          count: 1,
        },
      ],
    },
  ],
  mustNotFlag: [
    {
      cell: "自评报告!A7",
      figure: "部门预算项目支出87.5万元,分别是 5 + 18 + 2.5 + 16 + 18 + 9 … (……)",
      why: "the list is cut where the stored page ends: the six items shown (68.5 万元) are a part of 87.5, not the whole; 87.5 agrees with A4",
    },
    { cell: "自评报告!A1", figure: "2021年", why: "the year evaluated" },
  ],
};
