/**
 * The Haikou 2023 report: the real seed from shared/ beside the repository, or, in a clone without it, a short report of
 * our own that keeps the seed's figures and the sentences the tests need (the slips as filed, and the figures that agree).
 */
import { readFileSync } from "fs";
import { hasShared, sharedPath } from "./shared";

export const SEED_PARTS = ["seed", "haikou-2023-self-evaluation.txt"];
export const SEED_PATH = sharedPath(...SEED_PARTS);

export function hasSeed(): boolean {
  return hasShared(...SEED_PARTS);
}

/** The real seed; only tests gated by describeShared/testShared(SEED_PARTS) may call it. */
export function seedText(): string {
  return readFileSync(SEED_PATH, "utf8");
}

/**
 * Our own short report with the seed's figures, one paragraph a line. Each slip stands as filed: "1065.25元" twice
 * (10,655,546.85 元 = 1065.55 万元), "一年1126140.7元" (33,795,422.10 / 3 = 11,265,140.70), "执行率94.56%元", the 0/0
 * rates printed "0" and "0.00%"; the adjustment of 3,030.96 元 has no reason. The rest agree with the tables: 94.56%,
 * 余61.3万元, 1126.55万元, 1065.55万元, ￥33796500.00元/三年 and ￥11265500.00元/年.
 */
export const REPORT_FIXTURE = [
  "海口市政务服务中心2023年度项目支出绩效自评报告",
  "一、项目概况",
  "本项目为政务大厅服务外包，项目总预算：￥33796500.00元/三年；￥11265500.00元/年。",
  "年度预算用于128名工作人员的人员成本、其他费用及服务费，共计1126.55万元。",
  "当年年度目标完成情况：128名工作人员在岗，人员成本、其他费用及服务费共计1065.55万元。",
  "二、项目资金使用情况",
  "资金总额-年初预算数11265500元，资金总额-全年预算数11268530.96元，",
  "专户-年初预算数0元，专户全年预算数0元，",
  "资金总额-全年执行数10655546.85元，资金总额-执行率94.56%元",
  "财政资金-全年执行数10655546.85元，财政资金-执行率94.56%",
  "专户全年执行数0元，专户-执行率0",
  "单位全年执行数0元，单位全年执行率0.00%",
  "三、项目组织实施情况",
  "项目经公开招标，合同金额三年33795422.10元，一年1126140.7元。",
  "2023年政府采购支出1065.25元，均用于政务大厅外包服务。",
  "四、项目绩效情况",
  "项目绩效目标基本完成，2023年政府采购支出1065.25元，余61.3万元未支付。完成预算94.56%。",
].join("\n");

/** The report the rule and recognition tests read: the real seed where shared/ is there, else REPORT_FIXTURE. */
export function reportText(): string {
  return hasSeed() ? seedText() : REPORT_FIXTURE;
}
