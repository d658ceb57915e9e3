/**
 * 忠县涂井乡 2021年度项目绩效自评表: 中央、市级专项转移支付绩效目标自评表（2021年度）, 忠县涂井乡龙滩村农村移民安置区精准帮扶项目
 * (重庆, Chongqing's transfer form without scores, 万元), published 2023-04-12 on zhongxian.gov.cn. The stored copy stops inside
 * the 社会效益指标 row, so the rest (满意度 rows, notes) is not typed; the responsible person's phone number is left out.
 * Amounts are printed with their unit in the cell ("372.29万元"), lengths with m / km.
 */
import type { CorpusReport } from "../types";

const S = "自评表";
const wan = (v: number) => ({ v, fmt: '0.00"万元"' });
const wan0 = (v: number) => ({ v, fmt: '0"万元"' });
const m = (v: number) => ({ v, fmt: '0"m"' });
const km = (v: number) => ({ v, fmt: '0.0"km"' });
const pct = (v: number) => ({ v, fmt: "0%" });

export const report: CorpusReport = {
  id: "chongqing-zhongxian-2021-tujing-resettlement-roads",
  title: "涂井乡2021年度项目绩效自评表（中央、市级专项转移支付绩效目标自评表：忠县涂井乡龙滩村农村移民安置区精准帮扶项目）",
  url: "http://www.zhongxian.gov.cn/jd/zxtjx/zwgk_34997/fdzdgknr_35002/ysjs/jsgk/202304/t20230412_11869955.html",
  province: "重庆",
  year: 2021,
  layouts: ["project-form", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: S,
        merges: ["A1:G1", "A2:G2", "A13:A22", "B14:B20", "B21:B22"],
        rows: [
          ["中央、市级专项转移支付绩效目标自评表"],
          ["（2021年度）"],
          ["专项（项目）名称", "忠县涂井乡龙滩村农村移民安置区精准帮扶项目", null, null, "负责人及电话", "廖朝伟"],
          ["市级主管部门", "重庆市水利局"],
          ["县级主管部门", "忠县水利局", null, null, "实施单位", "忠县涂井乡人民政府"],
          ["项目资金（万元）", null, "全年预算数（A）", "全年执行数（B）", "执行率（B/A）"],
          [null, "年度资金总额：", wan(372.29), wan(372.29), pct(1)],
          [null, "其中：中央、市级补助", wan(372.29), wan(372.29), pct(1)],
          [null, "县级资金"],
          [null, "其他资金"],
          ["年度总体目标", "年初设定目标", null, null, "全年实际完成情况"],
          [null, "新建道路 524m；硬化道路5719m；人行便道硬化 14.7km。", null, null, "新建道路 524m；硬化道路5719m；人行便道硬化 14.7km。"],
          ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值", "未完成原因和改进措施"],
          [null, "产出指标", "数量指标", "指标1：新建道路", m(524), m(524)],
          [null, null, null, "指标2：硬化道路", m(5719), m(5719)],
          [null, null, null, "指标3：人行便道硬化", km(14.7), km(14.7)],
          [null, null, "质量指标", "指标1：工程完工率", pct(1), pct(1)],
          [null, null, null, "指标2：工程验收合格率", pct(1), pct(1)],
          [null, null, "时效指标", "道路交通设施完成时间", "2021年", "2021年"],
          [null, null, "成本指标", "道路交通设施", wan0(713), wan0(713)],
          [null, "效益指标", "经济效益指标", "道路交通设施", "降低村民出行和农产品运输成本", "降低村民出行和农产品运输成本"],
          [null, null, "社会效益指标", "道路交通设施", "提高村民收入", "提高村民收……（存档文本至此中断）"],
        ],
      },
    ],
  },
  slips: [
    {
      kind: 5,
      rule: "indicator-contradiction",
      cell: `${S}!F20`,
      arithmetic:
        "成本指标 道路交通设施 全年完成值 713万元, but the whole year's money is 372.29 万元 budgeted and 372.29 万元 spent (县级、其他资金 empty): a 2021 cost of 713 万元 is 340.71 万元 more than was spent, and 713 matches no figure in the form",
      fix: [
        { reason: "the year's cost is what the year's funds paid", sheet: S, cell: "F20", set: wan(372.29) },
        { reason: "the cost ceiling for the year is the year's budget", sheet: S, cell: "E20", set: wan(372.29) },
      ],
    },
  ],
  mustNotFlag: [
    { cell: `${S}!E7`, figure: "372.29万元 / 372.29万元, 100%", why: "372.29 / 372.29 = 100 %; the only source row repeats the total" },
    {
      cell: `${S}!F16`,
      figure: "人行便道硬化 14.7km (other lengths in m)",
      why: "a length in km next to lengths in m is a different unit of the same family, not a 10³ slip: B12 prints the same 14.7km for the footpaths",
    },
    { cell: `${S}!F14`, figure: "新建道路 524m", why: "equals its target and the 524m in 总体目标 (B12 / E12)" },
    { cell: `${S}!F15`, figure: "硬化道路 5719m", why: "equals its target and the 5719m in 总体目标" },
    { cell: `${S}!F19`, figure: "道路交通设施完成时间 2021年", why: "the year evaluated" },
  ],
};
