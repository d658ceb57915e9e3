/** Fund source of a budget row label: 资金总额, 财政资金, 财政专户管理资金, 单位资金, 其他资金, 上年结转. */
import type { FundSource } from "../figures/types";
import { norm } from "./text";

const SOURCES: Array<[FundSource, RegExp]> = [
  ["special", /(财政专户|专户|specialaccount)/],
  ["prior", /(上年结转|结转资金)/],
  [
    "fiscal",
    /(财政资金|财政拨款|财政补助|一般公共预算|政府性基金|国有资本经营|当年财政|本年财政|(中央|省级|省|市级|县级|区级|上级|本级|地方|自治区|市县|市|县|区)(财政|补助|专项|转移支付)*资金|中央补助|fiscal|government)/,
  ],
  ["unit", /(单位资金|单位自筹|自筹|单位自有|自有资金|事业收入|经营收入|ownfunds|unitfunds)/],
  ["other", /(其他资金|其它资金|社会资金|社会捐赠|银行贷款|other)/],
  ["basic", /^(基本支出|人员经费|公用经费|basicexpenditure)/],
  ["project", /^(项目支出|项目经费|projectexpenditure)/],
  ["total", /(资金总额|年度资金总额|总额|合计|总计|小计|total)/],
];

export function fundSource(label: string): FundSource | null {
  const t = norm(label).replace(/^其中[:：]?/, "");
  for (const [s, re] of SOURCES) if (re.test(t)) return s;
  return null;
}

/** A 合计/总计 label marks a total row in a ledger or indicator table; ledgers exported from accounts say 本月合计, 本年累计. */
export function isTotalLabel(text: string): boolean {
  // Cheap test first: ledgers ask this of every payee and memo cell.
  if (!/计|总分|total|sum/i.test(text)) return false;
  return /^((本月|本年|本期|本季|本页|全年)?(合计|总计|小计)|(本月|本年|本期|本季)累计|总分|total|sum|subtotal)/.test(norm(text).replace(/[:：]/g, ""));
}
