/** The Haikou 2023 workbook with every slip put right, written as edits on the filed one. */
import { haikou2023 } from "./haikou-2023.def";
import { applyEdits, type Edit, PERCENT, type WorkbookDef } from "./workbook-def";

const ADJUSTMENT_NOTE = "年中调增3,030.96元（示例说明：追加外包服务费结算差额）";

export const corrections: readonly Edit[] = [
  {
    reason: "政府采购支出 is the year's spending, 10,655,546.85 元 = 1065.55 万元: the unit is 万元 and the digits were 1065.25.",
    sheet: "自评报告",
    replace: "2023年政府采购支出1065.25元",
    with: "2023年政府采购支出1065.55万元",
    count: 2,
  },
  {
    reason: "The contract's annual amount is 33,795,422.10 / 3 = 11,265,140.70 元; the filed figure dropped a 5.",
    sheet: "自评报告",
    replace: "一年1126140.7元",
    with: "一年11265140.70元",
    count: 1,
  },
  {
    reason: "A rate carries no 元.",
    sheet: "自评报告",
    replace: "资金总额-执行率94.56%元",
    with: "资金总额-执行率94.56%",
    count: 1,
  },
  {
    reason: "专户 had no budget: 0/0 is not a rate of 0.",
    sheet: "自评报告",
    replace: "专户-执行率0",
    with: "专户-执行率—（无预算）",
    count: 1,
  },
  {
    reason: "单位资金 had no budget: 0/0 is not a rate of 0.00%.",
    sheet: "自评报告",
    replace: "单位全年执行率0.00%",
    with: "单位全年执行率—（无预算）",
    count: 1,
  },
  {
    reason: "财政专户管理资金 has no budget, so its 执行率 shows — instead of 0.00%.",
    sheet: "预算执行",
    cell: "E6",
    set: { f: 'IF(C6=0,"—",D6/C6)', v: "—", fmt: PERCENT },
  },
  {
    reason: "单位资金 has no budget, so its 执行率 shows — instead of 0.00%.",
    sheet: "预算执行",
    cell: "E7",
    set: { f: 'IF(C7=0,"—",D7/C7)', v: "—", fmt: PERCENT },
  },
  {
    reason: "全年预算数 exceeds 年初预算数 by 3,030.96 元; the adjustment needs a reason.",
    sheet: "预算执行",
    cell: "F4",
    set: ADJUSTMENT_NOTE,
  },
  {
    reason: "Same reason on the 财政资金 row, where the adjustment happened.",
    sheet: "预算执行",
    cell: "F5",
    set: ADJUSTMENT_NOTE,
  },
  {
    reason: "The narrative must explain the adjustment too, right after the 预算情况 lines.",
    sheet: "自评报告",
    after: "单位年初预算数0元，单位全年预算数0元。",
    insert: ["全年预算数较年初预算数调增3,030.96元，原因为年中追加外包服务费结算差额（示例说明）。"],
  },
];

export const haikou2023Corrected: WorkbookDef = applyEdits(haikou2023, corrections);
