/**
 * 零陵区林业局 部门整体支出绩效自评表（2021年度） (Hunan's unit-level form: 年度预算申请 with 按收入性质分 / 按支出性质分 breakdowns,
 * then indicators; amounts printed with "万元"). The page text loses the first characters of two cells ("级预算单位名称",
 * "陵区林业局"; typed as 一级预算单位名称 / 零陵区林业局 from the publishing unit) and of one indicator ("育补助", typed as printed).
 * "……" placeholder rows are left out. The stored copy stops at the 生态效益指标 row, so the rest of the 效益 block, the 满意度
 * block and the 总分 are not typed. The fund row prints 执行率 100 % and 得分 10 for 3824.26 of 4753.66 万元.
 */
import type { CorpusReport } from "../types";

const wan = (v: number) => ({ v, fmt: '0.00"万元"' });
const pct = (v: number) => ({ v, fmt: "0%" });

export const report: CorpusReport = {
  id: "hunan-yongzhou-2021-lingling-forestry-unit",
  title: "2021年林业局部门整体支出绩效自评表（零陵区林业局）",
  url: "http://admin.yzcity.gov.cn:8888/llqlinyj/gknb/202204/cd04d310d5364b2f9983a7843fb6a17d.shtml",
  province: "湖南",
  year: 2021,
  layouts: ["unit-level", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: "自评表",
        merges: [
          "A1:H1",
          "A2:H2",
          "B3:H3",
          "A4:B4",
          "A5:B5",
          "A6:A10",
          "A11:A12",
          "B11:D11",
          "E11:H11",
          "B12:D12",
          "E12:H12",
          "A14:A20",
          "A21:A24",
          "B14:B16",
          "B19:B20",
          "B21:B22",
        ],
        rows: [
          ["部门整体支出绩效自评表"],
          ["（2021年度）"],
          ["一级预算单位名称", "零陵区林业局"],
          ["年度预算申请（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
          ["年度资金总额", null, wan(4753.66), wan(4753.66), wan(3824.26), 10, pct(1), 10],
          [null, "按收入性质分：", null, null, "按支出性质分："],
          [null, "其中：一般公共预算：1873.66万元", null, null, "其中：基本支出：1768.16万元"],
          [null, "政府性基金拨款：", null, null, "项目支出：2985.5万元"],
          [null, "纳入专户管理的非税收入拨款："],
          [null, "其他资金：2880万元"],
          ["年度总体目标", "预期目标", null, null, "实际完成情况"],
          [
            null,
            "目标1：造林1.2万亩，目标2森林经营16.3万亩目标3：病虫害防治3.45万亩",
            null,
            null,
            "目标1：造林1.2万亩，目标2森林经营16.3万亩目标3：病虫害防治3.45万亩",
          ],
          ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
          ["产出指标（50）", "数量指标", "造林面积", "1.2万亩", "1.2万亩", 10, 10],
          [null, null, "病虫害防治面积", "3.45万亩", "3.45万亩", 7, 7],
          [null, null, "森林经营面积", "16.3万亩", "16.3万亩", 7, 7],
          [null, "质量指标", "造林成活率", pct(0.85), pct(0.85), 7, 7],
          [null, "时效指标", "当期完成", pct(0.9), pct(1), 7, 7],
          [null, "成本指标", "造林补助", "每亩300", "每亩300", 6, 6],
          [null, null, "育补助", "每亩100", "每亩100", 6, 6],
          // The stored copy stops inside this block, so its label's "（30分）" is left off: the weight of a block typed in part
          // cannot be checked against the rows that survive.
          ["效益指标", "经济效益指标", "木材销售收入", "1100万元", "1093万元", 6, 5],
          [null, null, "林产品收入", "2.6亿元", "2.45亿元", 6, 5],
          [null, "社会效益指标", "提高就业率", "显著", "显著", 6, 6],
          [null, "生态效益指标"],
        ],
      },
    ],
  },
  slips: [
    {
      kind: 8,
      rule: "rate-mismatch",
      cell: "自评表!G5",
      arithmetic: "执行率 = 3824.26 / 4753.66 = 80.45 % → 80 % at the printed precision; printed 100 %",
      fix: [{ reason: "执行率 = 3824.26 / 4753.66 = 80 %", sheet: "自评表", cell: "G5", set: pct(0.8) }],
    },
    {
      kind: 2,
      rule: "score-mismatch",
      cell: "自评表!H5",
      arithmetic: "执行率得分 = 10 × 3824.26 / 4753.66 = 8.04 → 8; printed 10",
      fix: [{ reason: "执行率得分 = 10 × 80.45 % = 8.04 → 8", sheet: "自评表", cell: "H5", set: 8 }],
    },
    {
      kind: 7,
      rule: "unexplained-adjustment",
      cell: "自评表!E5",
      arithmetic: "执行率 80.45 % < 90 % (929.4 万元 unspent) and the form gives no reason anywhere",
      fix: [
        {
          reason: "state why 929.4 万元 was not spent",
          sheet: "自评表",
          cell: "E12",
          set: "目标1：造林1.2万亩，目标2森林经营16.3万亩目标3：病虫害防治3.45万亩（更正稿补充：部分林业项目资金年底下达，929.4万元结转下年使用）",
        },
      ],
    },
    {
      kind: 7,
      rule: "unexplained-adjustment",
      cell: "自评表!E21",
      arithmetic: "木材销售收入 指标值 1100万元, 完成值 1093万元 (−0.6 %, scored 5 of 6), and the 偏差原因分析及改进措施 cell is empty",
      fix: [{ reason: "explain the shortfall", sheet: "自评表", cell: "H21", set: "（更正稿补充）木材市场价格下行，销售收入略低于预期。" }],
    },
    {
      kind: 7,
      rule: "unexplained-adjustment",
      cell: "自评表!E22",
      arithmetic: "林产品收入 指标值 2.6亿元, 完成值 2.45亿元 (−5.8 %, scored 5 of 6), and the 偏差原因分析及改进措施 cell is empty",
      fix: [
        { reason: "explain the shortfall", sheet: "自评表", cell: "H22", set: "（更正稿补充）受市场行情影响，林产品收入低于年初预期；下年度加强产销对接。" },
      ],
    },
  ],
  mustNotFlag: [
    { cell: "自评表!B7", figure: "一般公共预算 1873.66万元 (+ 其他资金 2880万元)", why: "1873.66 + 2880 = 4753.66 = 年度资金总额" },
    { cell: "自评表!E7", figure: "基本支出 1768.16万元 (+ 项目支出 2985.5万元)", why: "1768.16 + 2985.5 = 4753.66" },
    { cell: "自评表!A14", figure: "产出指标（50）", why: "10 + 7 + 7 + 7 + 7 + 6 + 6 = 50" },
    { cell: "自评表!G21", figure: "5 (1100万元 → 1093万元)", why: "6 × 1093 / 1100 = 5.96; a score of 5 is below the allowance" },
    { cell: "自评表!E18", figure: "100% (当期完成 90%)", why: "11 % over a completion target is not a deviation that needs a reason" },
  ],
};
