/**
 * 衡山县商务和粮食局 2020年度县级专项资金绩效目标自评表：县级储备粮 (Hunan's county special-fund form: 全年预算数(A) /
 * 全年执行数(B) / 执行率(B/A), indicators with 年度指标值 / 全年完成值 / 未完成原因和改进措施, no scores; 万元), as stored on a
 * document-sharing site. OCR renders "≥90%" as "290%"; typed as "≥90%". The trailing 注 is cut off and not typed.
 * A form whose figures agree: kept for its must-not-flag items (a shortfall that carries its reason, a target of 0, ≥ targets met).
 */
import type { CorpusReport } from "../types";

const pct = (v: number) => ({ v, fmt: "0%" });

export const report: CorpusReport = {
  id: "hunan-hengshan-2020-county-grain-reserve",
  title: "2020年度县级专项资金绩效目标自评表（县级储备粮，衡山县商务和粮食局）",
  url: "https://taowenge.com/p-72820237.html",
  province: "湖南",
  year: 2020,
  layouts: ["project-form", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: "自评表",
        merges: ["A1:G1", "B2:D2", "F2:G2", "B3:D3", "F3:G3", "A4:A7", "A8:A9", "B8:D8", "E8:G8", "B9:D9", "E9:G9", "A10:A26", "B11:B19", "B20:B24", "B25:B26"],
        rows: [
          ["2020年度县级专项资金绩效目标自评表"],
          ["专项资金名称", "县级储备粮", null, null, "负责人及电话", "旷建成、向建军"],
          ["县级主管部门", "衡山县商务和粮食局", null, null, "实施单位", "粮食调控储备与产业发展股"],
          ["项目资金（万元）", null, "全年预算数（A）", "全年执行数（B）", "执行率（B/A）"],
          [null, "年度资金总额", 194.9, 194.9, pct(1)],
          [null, "其中：中央、省、市补助县级资金", 194.9, 194.9, pct(1)],
          [null, "其他资金"],
          ["年度总体目标", "年初设定目标", null, null, "全年实际完成情况"],
          [null, "保持和稳定地方粮食储备机制", null, null, "地方储备粮食规模达标"],
          ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值", "未完成原因和改进措施"],
          [null, "产出指标", "数量指标", "5000吨稻谷、500吨成品粮储备到位率", pct(1), pct(1)],
          [null, null, null, "库存数量真实率", pct(1), pct(1)],
          [null, null, "质量指标", "县级储备粮管理制度严格执行率", pct(1), pct(1)],
          [null, null, null, "储备粮管理专户管理率", pct(1), pct(1)],
          [null, null, null, "县级储备粮库存粮食明显变质比例", 0, 0],
          [null, null, "时效指标", "县级储备粮贷款付息及时率", pct(1), pct(1)],
          [null, null, null, "县级储备粮应急保障率", pct(1), pct(1)],
          [null, null, "成本指标", "国家政策性粮收购价格执行率", pct(1), pct(1)],
          [null, null, null, "县级储备粮库存成本核算率", pct(1), pct(1)],
          [null, "效益指标", "经济效益指标", "利息费用保障率", pct(1), pct(1)],
          [null, null, null, "政策性挂账利息补贴保障率", pct(1), "无", "没有轮换、动用库存"],
          [null, null, "生态效益指标", "低温、低氧、低剂量科学保粮率", pct(1), pct(1)],
          [null, null, null, "食品安全指标达标率", pct(1), pct(1)],
          [null, null, "可持续影响指标", "粮食储备设备维护及安全性", "高", "高"],
          [null, "满意度指标", "服务对象满意度指标", "因粮食市场波动引起的粮食安全事件发生数", "0起", "0起"],
          [null, null, null, "市民满意度调查", "≥90%", pct(1)],
          ["说明", "无"],
        ],
      },
    ],
  },
  slips: [],
  mustNotFlag: [
    { cell: "自评表!E5", figure: "100%", why: "194.9 / 194.9 = 100 %" },
    { cell: "自评表!C5", figure: "194.9", why: "the only source row (中央、省、市补助县级资金) is 194.9; 其他资金 empty" },
    {
      cell: "自评表!F21",
      figure: "无 (政策性挂账利息补贴保障率 100%)",
      why: "nothing to pay because no reserve was rotated; the reason stands in the 未完成原因 column",
    },
    { cell: "自评表!F15", figure: "0 (变质比例 target 0)", why: "a target of 0 met with 0 is not a 0/0 rate" },
    { cell: "自评表!F26", figure: "100% (≥90%)", why: "11 % over a ≥ target: not a deviation that needs a reason" },
  ],
};
