/**
 * 原州区农技中心 马铃薯种薯繁育示范推广项目绩效目标自评表（2022年度） (Ningxia variant: 产出40 / 效益40 / 满意度20, no 执行率 score;
 * 万元), as stored in an OCR text of the published file. The OCR garbles some characters: the project name cell
 * ("碟令薯樽轴示施项目") is typed from the title, and "≥" comes out as "2", "工", "^" or "5="; those values are typed with "≥".
 * The 指标3 row (一级种薯繁育基地 8000亩 → 8535.5亩) shows no 分值 or 得分, consistent with the 产出 label's 40 = 5 × 8.
 * The fund block prints 300 / 259.45 / 86.5% on the 自治区补助 row and only 300 on the 年度资金总额 row; with 中央 and 市县 empty the
 * total equals the 自治区 row, so its 执行数 and 执行率 are typed from it. The stored copy stops inside the 满意度 row.
 */
import type { CorpusReport } from "../types";

const rate = { v: 0.865, fmt: "0.0%" };

export const report: CorpusReport = {
  id: "ningxia-yuanzhou-2022-potato-seed",
  title: "马铃薯种薯繁育示范推广项目绩效目标自评表（2022年度）（原州区农技中心）",
  url: "https://www.bigxun.com/view/1651813082920488962",
  province: "宁夏",
  year: 2022,
  layouts: ["project-form", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: "自评表",
        merges: ["A1:I1", "B3:I3", "A7:A11", "B12:I12", "A13:A25", "B14:B19", "B20:B24"],
        rows: [
          ["马铃薯种薯繁育示范推广项目绩效目标自评表（2022年度）"],
          ["项目总得分", "99分"],
          ["项目名称", "马铃薯种薯繁育示范推广项目"],
          ["项目实施单位/项目负责人", "原州区农技中心/杨勃兴", null, null, "自治区主管部门", "农业农村厅"],
          ["专项实施期", "2022年3月-2022年11月", null, null, "市县财政部门", "原州区财政局"],
          ["市县主管部门", "原州区农业农村局"],
          ["资金情况（万元）", null, "全年预算数（A）", "全年执行数（B）", "执行率（B/A）"],
          [null, "年度资金总额", 300, 259.45, rate],
          [null, "其中：中央补助"],
          [null, "自治区补助", "300万元", "259.45万元", rate],
          [null, "市县资金"],
          [
            "年度总体目标",
            "一是通过政府招标采购方式，采购马铃薯原原种425万粒，免费向全区农户、种植大户、合作社和企业发放，完成马铃薯原种繁育田850亩；二是企业自行采购马铃薯原原种200万粒，建成原种基地400亩，共计建成原种繁育基地1250亩，平均亩产马铃薯原种2500公斤",
          ],
          ["绩效指标", "一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分", "未完成原因及改进措施"],
          [null, "产出指标（40分）", "数量指标", "指标1：免费发放原原种", 8, "550万粒", "550万粒", 8],
          [null, null, null, "指标2：企业自行采购", 8, "200万粒", "200万粒", 8],
          [null, null, null, "指标3：一级种薯繁育基地", null, "8000亩", "8535.5亩"],
          [null, null, "质量指标", "指标1：采购的原原种合格率", 8, "采购的原原种合格率≥90%", "≥90%", 8],
          [null, null, "时效指标", "指标1：2021年11月30日前完成资金支付", 8, "11月底完成100%", "100%", 8],
          [null, null, "成本指标", "指标1：种薯采购价格不高于市场价", 8, "是", "是", 8],
          [null, "效益指标（40分）", "经济效益指标", "指标1：种薯亩均收入较鲜薯亩均收入", 8, "≥5%", "≥5%", 8],
          [null, null, "社会效益指标", "指标1：一级种薯推广面积占总面积比例", 8, "≥80%", "≥80%", 8],
          [null, null, null, "指标2：群众对脱毒种薯和主食化专用品种的认知度", 8, "≥50%", "≥50%", 8],
          [null, null, "生态效益指标", "指标1：病害减少，防治病虫害使用的化学农药量较上年减少", 8, "2%", "2%", 8],
          [
            null,
            null,
            "可持续影响指标",
            "持续完善马铃薯种薯繁育体系，保障脱毒马铃薯种薯供应，促进主食化产业衔接",
            8,
            "是",
            "基本达到",
            7,
            "加强技术指导，加大宣传力度；加大项目支持力度",
          ],
          [null, "满意度指标（20分）", "服务对象满意度", "种薯繁育企业、种植农户调"],
        ],
      },
    ],
  },
  slips: [
    {
      kind: 6,
      rule: "year-mismatch",
      cell: "自评表!D18",
      arithmetic: "the 2022 form (专项实施期 2022年3月-2022年11月) sets its payment deadline at 2021年11月30日, before the project began",
      fix: [
        {
          reason: "the deadline falls in the year of the project",
          sheet: "自评表",
          replace: "2021年11月30日前完成资金支付",
          with: "2022年11月30日前完成资金支付",
          count: 1,
        },
      ],
    },
    {
      kind: 5,
      rule: "indicator-contradiction",
      cell: "自评表!G18",
      arithmetic:
        "时效指标 reports 资金支付 100% done and scores the full 8, but the fund block shows 259.45 of 300 万元 paid (执行率 86.5 %); 8 × 86.5 % = 6.92",
      fix: [
        { reason: "the payment indicator reports the real share paid", sheet: "自评表", cell: "G18", set: { v: 0.865, fmt: "0.0%" } },
        { reason: "score it by the share paid, 8 × 86.5 % = 6.92 → 6.9", sheet: "自评表", cell: "H18", set: 6.9 },
        {
          reason: "the overall score drops by the same 1.1 (assuming the 满意度 rows, not in the stored copy, are unchanged)",
          sheet: "自评表",
          cell: "B2",
          set: "97.9分",
        },
      ],
    },
    {
      kind: 7,
      rule: "unexplained-adjustment",
      cell: "自评表!D8",
      arithmetic: "执行率 259.45 / 300 = 86.5 % < 90 %, and no reason is given anywhere in the form (the 未完成原因 column is empty except on the 可持续 row)",
      fix: [
        {
          reason: "state why 40.55 万元 was not paid",
          sheet: "自评表",
          cell: "I18",
          set: "（更正稿补充）部分原原种采购款待验收后结算，40.55万元未在年内支付；下年度加快结算进度。",
        },
      ],
    },
  ],
  mustNotFlag: [
    { cell: "自评表!E8", figure: "86.5%", why: "259.45 / 300 = 86.48 %, printed to 1 dp as 86.5 %" },
    { cell: "自评表!E10", figure: "86.5%", why: "the 自治区补助 row, same figures" },
    { cell: "自评表!B12", figure: "850亩 + 400亩 = 1250亩", why: "850 + 400 = 1250" },
    { cell: "自评表!B14", figure: "产出指标（40分）", why: "scored rows 8 + 8 + 8 + 8 + 8 = 40 (指标3 carries no 分值)" },
    { cell: "自评表!B20", figure: "效益指标（40分）", why: "8 + 8 + 8 + 8 + 8 = 40" },
    { cell: "自评表!H24", figure: "7 (是 → 基本达到)", why: "a partial score for a partly met qualitative target, with its reason given" },
  ],
};
