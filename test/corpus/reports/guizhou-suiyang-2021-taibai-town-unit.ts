/**
 * 绥阳县太白镇人民政府 部门整体支出绩效自评表 (filled 2022年2月3日, so the 2021 budget year; 万元). The fund block scores
 * each source row by the form's own rule "执行率*该指标分值,最高不得超过分值上限". The stored copy stops at the indicator
 * header, so only the fund block and 年度总体目标 (abridged) are typed.
 * 全年执行数 1268.72 exceeds the form's only budget, 年初预算数 1172.55 (项目支出 353.75 against 187.36), with no word on it;
 * the form has no 全年预算 column, so the twin only adds the missing explanation (the adjusted budget is not printed anywhere).
 */
import type { CorpusReport } from "../types";

export const report: CorpusReport = {
  id: "guizhou-suiyang-2021-taibai-town-unit",
  title: "部门整体支出绩效自评表（绥阳县太白镇人民政府，2021年度）",
  url: "https://www.suiyang.gov.cn/xzjd_5682378/tbz_5682388/zfxxgk_5682340/fdzdgknr_5682343/czyjs_5865203/202208/t20220824_76240024.html",
  province: "贵州",
  year: 2021,
  layouts: ["unit-level", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: "自评表",
        merges: ["A1:H1", "B3:H3", "A4:A8", "A9:A10", "B9:D9", "E9:H9", "B10:D10", "E10:H10"],
        rows: [
          ["部门整体支出绩效自评表"],
          ["单位（盖章）：绥阳县太白镇人民政府", null, null, null, null, "填报日期：2022年2月3日"],
          ["部门（单位）名称", "绥阳县太白镇人民政府"],
          ["部门（单位）总体资金（万元）", "资金来源", "年初预算数（A）", "全年执行数（B）", "分值（10分）", "得分", "得分计算方法"],
          [null, "年度资金总额：", 1172.55, 1268.72, 10, 10, "执行率*该指标分值,最高不得超过分值上限。"],
          [null, "基本支出", 985.19, 914.97, 10, 10],
          [null, "项目支出", 187.36, 353.75, 10, 10],
          [null, "其他"],
          ["年度总体目标", "年初设定目标", null, null, "年度总体目标完成情况"],
          [
            null,
            "(1)制定和组织实施经济、科技和社会发展计划……(2)制定并组织实施村镇建设规划……(3)按计划组织本级财政收入和地方税的征收……(4)完成上级政府交办的其它事项。",
            null,
            null,
            "(1)积极履职,强化管理,较好地完成本年工作任务。(2)通过加强预算收支管理,不断建立健全内部管理制度,部门整体支出管理水平得到提升……(5)完成上级政府交办的其它事项。",
          ],
          ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值（A）", "全年实际值（B）", "分值", "得分计算方法"],
        ],
      },
    ],
  },
  slips: [
    {
      kind: 2,
      rule: "score-mismatch",
      cell: "自评表!F6",
      arithmetic: "基本支出: 914.97 / 985.19 = 92.87 %; by the form's own rule 10 × 92.87 % = 9.29; printed 10",
      fix: [{ reason: "执行率 × 分值 = 9.29", sheet: "自评表", cell: "F6", set: 9.29 }],
    },
    {
      kind: 7,
      rule: "over-budget",
      cell: "自评表!D5",
      arithmetic: "全年执行数 1268.72 > 年初预算数 1172.55 by 96.17 万元 (108.2 %); 项目支出 353.75 against 187.36; the form gives no reason",
      fix: [
        {
          reason: "explain the spending above the 年初预算",
          sheet: "自评表",
          replace: "(1)积极履职,强化管理,较好地完成本年工作任务。",
          with: "(1)积极履职,强化管理,较好地完成本年工作任务（更正稿补充：年中追加项目支出资金，故全年执行数高于年初预算数）。",
          count: 1,
        },
      ],
    },
  ],
  mustNotFlag: [
    { cell: "自评表!C5", figure: "1172.55", why: "基本支出 985.19 + 项目支出 187.36 = 1172.55" },
    { cell: "自评表!D6", figure: "914.97 (基本支出)", why: "914.97 / 985.19 = 92.87 % — under budget and above 90 %, so no reason is needed" },
    { cell: "自评表!F5", figure: "10", why: "1268.72 / 1172.55 = 108.2 %; 10 × 108.2 % capped at 分值 10" },
    { cell: "自评表!F7", figure: "10 (项目支出)", why: "353.75 / 187.36 = 188.8 %; capped at 10" },
  ],
};
