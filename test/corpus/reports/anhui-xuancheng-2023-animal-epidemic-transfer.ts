/**
 * 宣城市转移支付区域（项目）绩效目标自评表（2023年度）：中央农业防灾减灾（动物防疫补助）及省级农业高质量发展（“两强一增”行动）,
 * 宣城市农业农村局 (the transfer-payment variant: 全年预算数(A) / 全年执行数(B) / 预算执行率(B/A×100%), then 资金管理情况; 万元).
 * The stored copy (a mirror of the bureau's disclosure page) stops inside the 执行准确性 row's 存在问题和改进措施 text
 * ("因使用了往年结余资金采…"), so the 绩效指标 part is not typed and that text is typed only as far as it survives.
 * The total rate is printed 31.00 % for 46 / 148 = 31.08 %.
 */
import type { CorpusReport } from "../types";

export const report: CorpusReport = {
  id: "anhui-xuancheng-2023-animal-epidemic-transfer",
  title: "宣城市中央财政转移支付区域（动物防疫补助）及省级农业高质量发展（“两强一增”行动）绩效目标自评表（2023年度）",
  url: "http://www.996630.com/OpennessContent/download/3259760.html",
  province: "安徽",
  year: 2023,
  layouts: ["project-form", "wan-yuan"],
  workbook: {
    sheets: [
      {
        name: "自评表",
        merges: ["A1:F1", "A2:F2", "B3:F3", "B4:F4", "A6:A10", "A11:A16"],
        rows: [
          ["宣城市转移支付区域（项目）绩效目标自评表"],
          ["（2023年度）"],
          ["转移支付（项目）名称", "中央农业防灾减灾（动物防疫补助）及省级农业高质量发展（“两强一增”行动）"],
          ["中央主管部门", "农业农村部"],
          ["地方主管部门", "省农业农村厅", null, "资金使用单位", "宣城市农业农村局"],
          ["资金投入情况（万元）", null, "全年预算数（A）", "全年执行数（B）", "预算执行率（B/A×100%）"],
          [null, "年度资金总额：", 148, 46, { v: 0.31, fmt: "0.00%" }],
          [null, "其中：中央财政资金", 102, 0, { v: 0, fmt: "0%" }],
          [null, "地方资金", 46, 46, { v: 1, fmt: "0%" }],
          [null, "其他资金"],
          ["资金管理情况", null, "情况说明", null, "存在问题和改进措施"],
          [null, "分配科学性", "分配科学", null, "无"],
          [null, "下达及时性", "下达及时", null, "无"],
          [null, "拨付合规性", "拨付合规", null, "无"],
          [null, "使用规范性", "使用规范", null, "无"],
          [null, "执行准确性", "执行准确", null, "因使用了往年结余资金采"],
        ],
      },
    ],
  },
  slips: [
    {
      kind: 8,
      rule: "rate-mismatch",
      cell: "自评表!E7",
      arithmetic: "预算执行率 = 46 / 148 = 31.081 % → 31.08 % at the printed 2 dp; printed 31.00 %",
      fix: [{ reason: "执行率 = 46 / 148 = 31.08 %", sheet: "自评表", cell: "E7", set: { v: 0.3108, fmt: "0.00%" } }],
    },
  ],
  mustNotFlag: [
    { cell: "自评表!C7", figure: "148", why: "中央 102 + 地方 46 = 148" },
    { cell: "自评表!D7", figure: "46", why: "中央 0 + 地方 46 = 46; the low rate carries a reason in the 执行准确性 row (因使用了往年结余资金…)" },
    { cell: "自评表!E8", figure: "0%", why: "0 / 102 = 0 %, a real rate (the budget is not 0)" },
    { cell: "自评表!E9", figure: "100%", why: "46 / 46 = 100 %" },
  ],
};
