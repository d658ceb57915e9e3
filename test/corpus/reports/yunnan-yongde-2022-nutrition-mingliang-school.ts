/**
 * 永德县明朗中学 2022年度项目支出绩效自评表（公开14表）：义务教育营养改善计划专项资金 (Yunnan variant with 指标性质 / 指标值 /
 * 度量单位 columns; amounts in 元). Each fund row shows two amounts after an empty cell; they are typed as 全年预算数 and
 * 全年执行数 with 年初预算数 empty. Arithmetic holds throughout (Σ分值 100, 总分 96); the one slip is the 政策知晓率 row,
 * short of its target with nothing in 偏差原因分析及改进措施.
 */
import type { CorpusReport } from "../types";

const yuan = (v: number) => ({ v, fmt: "#,##0.00" });
const pct = (v: number) => ({ v, fmt: "0%" });

export const report: CorpusReport = {
  id: "yunnan-yongde-2022-nutrition-mingliang-school",
  title: "2022年度项目支出绩效自评表 义务教育营养改善计划专项资金（临沧市永德县明朗中学）",
  url: "https://www.yongde.gov.cn/info/3003/116104.htm",
  province: "云南",
  year: 2022,
  layouts: ["project-form", "yuan"],
  workbook: {
    sheets: [
      {
        name: "自评表",
        merges: ["A1:K1", "A2:K2", "B3:K3", "B4:D4", "F4:K4", "A5:A9", "A10:A11", "B10:E10", "F10:K10", "B11:E11", "F11:K11", "A12:A23"],
        rows: [
          ["2022年度项目支出绩效自评表"],
          ["部门：临沧市永德县明朗中学", null, null, null, null, null, null, null, null, null, "公开14表"],
          ["项目名称", "义务教育营养改善计划专项资金"],
          ["主管部门", "永德县教育体育局", null, null, "实施单位", "永德县明朗中学"],
          ["项目资金（元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
          [null, "年度资金总额", null, yuan(387664.62), yuan(387664.62), 10, pct(1), 10],
          [null, "其中：当年财政拨款", null, yuan(387664.62), yuan(387664.62), "—", null, "—"],
          [null, "上年结转资金", null, null, null, "—", null, "—"],
          [null, "其他资金", "—", "—", "—", "—", null, "—"],
          ["年度总体目标", "预期目标", null, null, null, "实际完成情况"],
          [null, "确保每一个学生都能享受到国家政策福利，改善学生体质", null, null, null, "确保每一个学生都能享受到国家政策福利，改善学生体质"],
          ["绩效指标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
          [null, "产出指标", "数量指标", "学生受资助人数", "≧", 735, "人次", 735, 10, 10],
          [null, null, "质量指标", "营养改善计划覆盖率", "≧", 100, "%", pct(1), 10, 10],
          [null, null, "时效指标", "资金到位及时率", "≧", 100, "%", pct(1), 10, 7],
          [null, null, "成本指标", "生均补助标准达标率", "═", 100, "%", pct(1), 10, 10],
          [null, "效益指标", "经济效益指标", "减轻贫困学生家庭经济负担", null, "有效", null, "有效", 10, 10],
          [null, null, "社会效益指标", "政策知晓率", "═", 100, "%", pct(0.98), 10, 9],
          [null, null, "生态效益指标"],
          [null, null, "可持续影响指标", "促进学校教育事业健康发展", "≧", 100, "%", pct(1), 10, 10],
          [null, "满意度指标", "服务对象满意度指标等", "学生满意度", "≧", 95, "%", pct(1), 10, 10],
          [null, null, null, "家长满意度", "≧", 95, "%", pct(1), 10, 10],
          [null, "其他需要说明事项", "无"],
          ["总分", null, null, null, null, null, null, null, 100, 96, "优"],
        ],
      },
    ],
  },
  slips: [
    {
      kind: 7,
      rule: "unexplained-adjustment",
      cell: "自评表!H18",
      arithmetic: "政策知晓率 target ═100 %, achieved 98 % (short by 2 points, scored 9 of 10), and 偏差原因分析及改进措施 is empty",
      fix: [
        {
          reason: "explain the shortfall",
          sheet: "自评表",
          cell: "K18",
          set: "（更正稿补充）部分家长外出务工，政策宣传未覆盖到位；下一步通过家长会和家访加强政策宣传。",
        },
      ],
    },
  ],
  mustNotFlag: [
    { cell: "自评表!G6", figure: "100%", why: "387664.62 / 387664.62 = 100 %" },
    { cell: "自评表!J24", figure: "96", why: "10 (执行率) + 10 + 10 + 7 + 10 + 10 + 9 + 10 + 10 + 10 = 96" },
    { cell: "自评表!I24", figure: "100", why: "分值 10 + 9 × 10 = 100" },
    { cell: "自评表!J18", figure: "9 (═100% → 98%)", why: "10 × 98 % = 9.8; a score of 9 is below the allowance" },
    { cell: "自评表!H21", figure: "100% (≧95%)", why: "5.3 % over a ≥ target is not a deviation that needs a reason" },
  ],
};
