/** Column roles and their header synonyms, Chinese and English; a header is matched after normalisation. */
import { norm, stripCaption } from "./text";

export type ColumnRole =
  // budget by fund source
  | "source"
  | "initial"
  | "annual"
  | "executed"
  | "rate"
  | "weight"
  | "score"
  | "note"
  // payment ledger
  | "date"
  | "payee"
  | "memo"
  | "amount"
  | "voucher"
  // contracts
  | "contract-id"
  | "contract-name"
  | "contract-amount"
  | "annual-amount"
  | "years"
  | "sign-date"
  | "start-date"
  | "end-date"
  // indicators
  | "level1"
  | "level2"
  | "level3"
  | "direction"
  | "target"
  | "measure-unit"
  | "actual"
  | "reason";

// Order matters: the first pattern that matches wins, so specific headers come before general ones.
const PATTERNS: Array<[ColumnRole, RegExp]> = [
  ["initial", /^(年初预算(数|金额)?|年初数|年初安排|initialbudget|originalbudget|budgetatstart)/],
  [
    "annual",
    /^(全年预算(数|金额)?|调整后预算(数)?|调整预算(数)?|预算调整数|全年预算数\(a\)|adjustedbudget|annualbudget|revisedbudget|(预算数|预算金额|budget)$)/,
  ],
  ["rate", /(执行率|完成率|executionrate|spendingrate)/],
  ["executed", /^(全年执行数|预算执行数|执行数|实际执行数|实际支出(数|金额)?|支出数|已支出|全年执行数\(b\)|expenditure|executed|actualspending|spent)/],
  ["weight", /^(分值|权重|满分|参考分值|标准分值|指标分值|指标权重|分值权重|权重分值|weight|maxscore|points)$/],
  ["score", /^(得分|自评得分|评分|指标得分|实际得分|自评分|score)$/],
  ["reason", /(偏差原因|未完成原因|原因分析|改进措施|deviationreason|reasonforgap)/],
  ["note", /^(备注|说明|调整原因|原因|note|notes|remark|remarks|comment)$/],
  ["contract-id", /^(合同编号|合同号|contractno\.?|contractnumber|contractid)$/],
  ["contract-name", /^(合同名称|contractname|contracttitle)$/],
  ["contract-amount", /^(合同金额|合同总金额|合同总价|中标金额|签约金额|contractamount|contractvalue)/],
  ["annual-amount", /^(年度金额|年度合同金额|每年金额|年均金额|annualamount|peryear)/],
  ["years", /^(服务期限|合同期限|期限|年限|term|years|duration)/],
  ["sign-date", /^(签订日期|签约日期|合同签订日期|signdate|signedon|dateofsigning)/],
  ["start-date", /^(服务起始日期|起始日期|开始日期|服务开始日期|startdate|from)$/],
  ["end-date", /^(服务截止日期|截止日期|结束日期|终止日期|enddate|to|until)$/],
  ["level1", /^(一级指标|level1|level-1indicator|firstlevel)/],
  ["level2", /^(二级指标|level2|level-2indicator|secondlevel)/],
  ["level3", /^(三级指标|指标名称|具体指标|level3|level-3indicator|indicator|indicatorname)$/],
  ["direction", /^(指标性质|指标方向|方向|比较|direction|operator)$/],
  ["target", /^(年度指标值|指标值|目标值|预期值|年度目标值|年初指标值|调整指标值|调整后指标值|年初目标值|target|targetvalue)/],
  ["measure-unit", /^(度量单位|计量单位|指标单位|unitofmeasure|measure)$/],
  ["actual", /^(实际完成值|完成值|实际值|全年实际值|全年完成值|全年实际完成值|actual|actualvalue)/],
  ["date", /^(支付日期|付款日期|拨付日期|记账日期|凭证日期|日期|paymentdate|date|paidon)$/],
  ["payee", /^(收款单位|收款人|收款方|收款单位名称|供应商|供应商名称|中标单位|乙方|payee|vendor|supplier|beneficiary)$/],
  ["memo", /^(摘要|用途|事由|款项用途|支付内容|description|memo|purpose)$/],
  ["amount", /^(金额|支付金额|付款金额|发生额|借方金额|支出金额|拨付金额|amount|paymentamount|paid)$/],
  ["voucher", /^(凭证号|凭证编号|凭证字号|voucher|voucherno\.?)$/],
  ["source", /^(资金来源|资金性质|资金类别|项目资金|来源|fundsource|source|sourceoffunds)$/],
];

/** The role a header names, or null. Unit captions such as （元） are ignored. */
export function columnRole(header: string): ColumnRole | null {
  const h = norm(stripCaption(norm(header)));
  if (!h) return null;
  for (const [role, re] of PATTERNS) if (re.test(h)) return role;
  return null;
}
