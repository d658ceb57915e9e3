/** What a reviewer reads first about a project: its unit, year, 全年预算数, 全年执行数 and 执行率, from the facts the rules use. */
import { fixed } from "./decimal";
import type { Facts } from "./facts";
import { infoValue } from "./info";
import type { WorkbookModel } from "./model";

export interface Overview {
  /** The project's name (its scope's, else 项目名称), or null when the workbook names none. */
  project: string | null;
  /** 预算单位, else 实施单位 or 项目单位, else 主管部门. */
  unit: string | null;
  year: number | null;
  /** 全年预算数 and 全年执行数 of the total row, in 元, exact decimal strings. */
  annual: string | null;
  executed: string | null;
  /** 全年执行数 / 全年预算数 in percent to 2 places (half up), from the amounts; null when either is missing or the budget is 0. */
  rate: string | null;
}

export function overviewOf(model: WorkbookModel, facts: Facts, name: string | null): Overview {
  const total = (q: "annual" | "executed") => facts.known.find((k) => k.quantity === q && k.source === "total") ?? null;
  const annual = total("annual");
  const executed = total("executed");
  const rate = annual && executed && !annual.yuan.eq(0) ? fixed(executed.yuan.times(100).div(annual.yuan), 2) : null;
  return {
    project: name ?? infoValue(model, /^(项目名称|projectname)/),
    unit:
      infoValue(model, /^(预算单位|budgetunit)/) ??
      infoValue(model, /^(实施单位|项目单位|implementingunit)/) ??
      infoValue(model, /^(主管部门|主管单位|supervisingdepartment)/),
    year: model.year,
    annual: annual ? fixed(annual.yuan, 2) : null,
    executed: executed ? fixed(executed.yuan, 2) : null,
    rate,
  };
}
