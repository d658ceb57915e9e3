/**
 * 稷山县项目支出绩效自评表（2020年度）建档立卡个人缴费县级配套资金 (稷山县医疗保障局 / 稷山县医疗保险服务中心; national form, 万元),
 * as stored in a text extraction of the published .xlsx. The extraction shows only two figures on each fund row
 * (65.66 and 65.07); they are typed as 全年预算数 and 全年执行数, which the printed 执行率 99 % confirms (65.07 / 65.66),
 * and 年初预算数 is left empty. The 执行率得分 is 9 for a rate of 99.10 %, and the 总分 94 is one more than the printed scores add to.
 */
import type { CorpusReport } from "../types";

const pct = (v: number) => ({ v, fmt: "0%" });

export const report: CorpusReport = {
  id: "shanxi-jishan-2020-poverty-insurance-match",
  title: "稷山县项目支出绩效自评表（2020年度）建档立卡个人缴费县级配套资金",
  url: "https://keke.chddh.cn/archives/bqg98jldqdz7y2xm7pe6.html",
  province: "山西",
  year: 2020,
  layouts: ["project-form", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: "自评表",
        merges: ["A1:I1", "A2:I2", "B3:I3", "B4:D4", "F4:I4", "A5:A9", "A10:A11", "B10:E10", "F10:I10", "B11:E11", "F11:I11", "A12:A18", "B13:B16", "A19:F19"],
        rows: [
          ["稷山县项目支出绩效自评表"],
          ["（2020年度）"],
          ["项目名称", "建档立卡个人缴费县级配套资金"],
          ["主管部门", "稷山县医疗保障局", null, null, "实施单位", "稷山县医疗保险服务中心"],
          ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
          [null, "年度资金总额", null, 65.66, 65.07, 10, pct(0.99), 9],
          [null, "其中：当年财政拨款", null, 65.66, 65.07, "—", pct(0.99), "—"],
          [null, "上年结转资金", null, null, null, "—", null, "—"],
          [null, "其他资金", null, null, null, "—", null, "—"],
          ["年度总体目标", "预期目标", null, null, null, "实际完成情况"],
          [null, "提高医疗保障水平，推进因病致贫问题的根本性解决", null, null, null, "提高医疗保障水平，推进了因病致贫问题的基本性解决"],
          ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
          [null, "产出指标（50分）", "数量指标", "指标1：全县参合人数", 8755, 8676, 15, 13, "建档立卡中有新增死亡人员，导致有偏差"],
          [null, null, "质量指标", "指标1：资金是否全部纳入医保统筹", pct(1), pct(1), 15, 15],
          [null, null, "时效指标", "指标1：资金是否全部及时纳入", pct(1), pct(1), 10, 10],
          [null, null, "成本指标", "指标1：配套资金每人每年", "75元", "75元", 10, 10],
          [null, "效益指标（30分）", "社会效益指标", "指标1：是否解决建档立卡人员看病难贵问题", pct(0.95), pct(0.95), 30, 27],
          [null, "满意度指标（10分）", "服务对象满意度指标", "指标1：是否满意", pct(0.95), pct(0.95), 10, 9],
          ["总分", null, null, null, null, null, 100, 94],
        ],
      },
    ],
  },
  slips: [
    {
      kind: 2,
      rule: "score-mismatch",
      cell: "自评表!H6",
      arithmetic: "执行率得分 = 分值 10 × 65.07 / 65.66 = 10 × 99.10 % = 9.91, which is 10 at the printed (integer) precision; printed 9",
      fix: [{ reason: "执行率得分 = 10 × 99.10 % = 9.91 → 10", sheet: "自评表", cell: "H6", set: 10 }],
    },
    {
      kind: 2,
      // A total of scores is score-mismatch's (contract: "totals").
      rule: "score-mismatch",
      cell: "自评表!H19",
      arithmetic:
        "总分 94, but the printed scores add to 9 (执行率) + 13 + 15 + 10 + 10 (产出) + 27 (效益) + 9 (满意度) = 93; with the 执行率得分 put right (10) they add to 94",
      fix: [],
    },
  ],
  mustNotFlag: [
    { cell: "自评表!G6", figure: "99%", why: "65.07 / 65.66 = 99.10 %, printed to 0 dp as 99 %" },
    { cell: "自评表!G7", figure: "99%", why: "the only source row, 65.07 / 65.66 = 99.10 % → 99 %" },
    { cell: "自评表!B13", figure: "产出指标（50分）", why: "分值 15 + 15 + 10 + 10 = 50" },
    {
      cell: "自评表!H13",
      figure: "13 (8755 → 8676)",
      why: "15 × 8676 / 8755 = 14.86; a score below that is allowed, and the shortfall carries its reason (新增死亡人员)",
    },
    { cell: "自评表!G19", figure: "100", why: "分值 10 + 15 + 15 + 10 + 10 + 30 + 10 = 100" },
    { cell: "自评表!H17", figure: "27 (95% → 95%)", why: "a score below 分值 on a met target is the evaluator's deduction, not an arithmetic slip" },
  ],
};
