/**
 * A workbook holding two projects, through the file reader and the JSON of `selfeval check`: the entry lists the projects
 * and each finding names its own (contract: `projects` on the entry, `project` on a finding, both absent for one project).
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeWorkbookDef } from "../../samples/build-samples";
import { projectForm } from "../helpers/project-form";
import type { WorkbookDef } from "../../samples/workbook-def";
import { checkFile } from "../../src/cli/report-json";

async function entryOf(def: WorkbookDef) {
  const file = join(mkdtempSync(join(tmpdir(), "projects-")), "two.xlsx");
  await writeWorkbookDef(def, file);
  return checkFile(file, "zh-CN");
}

test("two 自评表: projects listed, and the wrong rate of the second named as its own", async () => {
  // 乡村学校维修经费 95 / 100 = 95.00 % (right); 农村公路建设项目 90 / 120 = 75.00 %, printed 90.00 %.
  const e = await entryOf({ sheets: [projectForm("乡村学校维修经费", "自评表1", 100, 95, 0.95), projectForm("农村公路建设项目", "自评表2", 120, 90, 0.9)] });
  expect(e.projects).toEqual([
    { name: "乡村学校维修经费", sheets: ["自评表1"] },
    { name: "农村公路建设项目", sheets: ["自评表2"] },
  ]);
  const rates = e.findings.filter((f) => f.rule === "rate-mismatch");
  expect(rates.map((f) => [f.project, f.cells[0], f.expected?.value])).toEqual([["农村公路建设项目", "自评表2!G4", "75.00"]]);
});

test("one project: no projects list and no project on findings", async () => {
  const e = await entryOf({ sheets: [projectForm("农村公路建设项目", "自评表", 120, 90, 0.9)] });
  expect(e.projects).toBeUndefined();
  expect(e.findings.filter((f) => f.rule === "rate-mismatch").map((f) => [f.project, f.cells[0]])).toEqual([[undefined, "自评表!G4"]]);
});

test("the overview has a line per project, with its own budget, spending and rate from the amounts", async () => {
  const e = await entryOf({ sheets: [projectForm("乡村学校维修经费", "自评表1", 100, 95, 0.95), projectForm("农村公路建设项目", "自评表2", 120, 90, 0.9)] });
  expect(e.overview?.map((o) => [o.project, o.annual, o.executed, o.rate, o.year])).toEqual([
    ["乡村学校维修经费", "1000000.00", "950000.00", "95.00", 2023],
    ["农村公路建设项目", "1200000.00", "900000.00", "75.00", 2023],
  ]);
});

test("the sample's overview: its unit, year, 全年预算数, 全年执行数 and 执行率", async () => {
  const e = await checkFile(join(__dirname, "../../samples/haikou-2023.xlsx"), "zh-CN");
  expect(e.overview).toEqual([
    { project: "海口市政务服务中心服务外包项目", unit: "海口市政务服务中心", year: 2023, annual: "11268530.96", executed: "10655546.85", rate: "94.56" },
  ]);
});
