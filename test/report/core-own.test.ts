/** A later run knows the sheets an earlier one made, with nothing printed to mark them: by name and content; and never takes a user's sheet for one. */
import { planReport } from "../../src/core/report";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { sheet, workbook } from "../helpers/workbook";
import { applyPlan } from "./core-helpers";

function base(): WorkbookSnapshot {
  return workbook(
    sheet("预算", [
      ["资金来源", "年初预算数", "全年预算数", "全年执行数"],
      ["资金总额", 1000000, 1000000, 900000],
    ])
  );
}

test("in both languages the second run writes the same sheets again, under the same names", () => {
  for (const lang of ["zh-CN", "en"] as const) {
    const first = planReport(base(), { lang });
    const again = planReport(applyPlan(base(), first), { lang });
    expect(again.sheets.map((s) => s.name)).toEqual(first.sheets.map((s) => s.name));
    expect(again.sources).toEqual(["预算"]);
  }
});

test("a run in the other language makes its own sheets beside the first run's, which it neither reads nor touches", () => {
  const zh = applyPlan(base(), planReport(base()));
  const en = planReport(zh, { lang: "en" });
  expect(en.sheets.map((s) => s.name)).toEqual(["Self-evaluation form", "Self-eval report (generated)"]);
  expect(en.sources).toEqual(["预算", "绩效自评表", "自评报告（生成）"]);
  // Not read as data: the same plan as on the workbook without them (sources apart).
  const alone = planReport(base(), { lang: "en" });
  expect(en.sheets).toEqual(alone.sheets);
  expect(en.score).toEqual(alone.score);
});

test("a sheet of an older version, known by its footer, is replaced too", () => {
  const old = sheet("绩效自评表", [["项目支出绩效自评表（2023年度）"], [], ["注：本表由绩效自评助手根据工作簿数据生成，标有【待填写】的内容须人工补充。"]]);
  const plan = planReport(workbook(...base().sheets, old));
  expect(plan.sheets[0]!.name).toBe("绩效自评表");
  expect(plan.sources).toEqual(["预算"]);
});

test("a user's sheet under one of the report's names is not taken for ours: ours gets （2）", () => {
  const user = workbook(
    ...base().sheets,
    sheet("绩效自评表", [["我的笔记", "随手记"]]),
    sheet("自评报告（生成）", [["第一段", "旁注"]]),
    sheet("支出进度", [["月份", "计划"]])
  );
  const plan = planReport(user);
  expect(plan.sheets.map((s) => s.name)).toEqual(["绩效自评表（2）", "自评报告（生成）（2）"]);
  expect(plan.sources).toEqual(["预算", "绩效自评表", "自评报告（生成）", "支出进度"]);
});
