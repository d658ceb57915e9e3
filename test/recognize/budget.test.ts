/** Budget tables in the layouts people file: sheet names, header synonyms, 万元 captions, title rows, merged headers, English. */
import { buildModel } from "../../src/core/recognize/build";
import { budgetRows, roles } from "../helpers/model";
import { num, sheet, workbook } from "../helpers/workbook";

describe("budget table recognition", () => {
  test("plain layout in 元 under a title and a 单位：元 caption, on a sheet named 预算", () => {
    const model = buildModel(
      workbook(
        sheet(
          "预算",
          [
            ["2023年度项目资金预算执行情况"],
            ["单位：元"],
            ["资金来源", "年初预算数", "全年预算数", "全年执行数", "执行率", "备注"],
            ["资金总额", 1500000, 1530000, 1450000, num(0.9477, "0.00%"), ""],
            ["财政资金", 1200000, 1230000, 1180000, num(0.9593, "0.00%"), "年中追加3万元用于设备维护"],
            ["财政专户管理资金", 200000, 200000, 190000, num(0.95, "0.00%"), ""],
            ["单位资金", 80000, 80000, 60000, num(0.75, "0.00%"), ""],
            ["其他资金", 20000, 20000, 20000, num(1, "0.00%"), ""],
          ],
          { merges: ["A1:F1"] }
        )
      )
    );
    expect(roles(model)).toEqual([["预算", "budget"]]);
    expect(model.budgets).toHaveLength(1);
    const t = model.budgets[0]!;
    expect(t.headerRow).toBe(2);
    expect(t.scale).toBe("元");
    expect(t.scaleStated).toBe(true);
    expect(budgetRows(model)).toEqual([
      ["total", "1500000.00", "1530000.00", "1450000.00"],
      ["fiscal", "1200000.00", "1230000.00", "1180000.00"],
      ["special", "200000.00", "200000.00", "190000.00"],
      ["unit", "80000.00", "80000.00", "60000.00"],
      ["other", "20000.00", "20000.00", "20000.00"],
    ]);
    // The rate cell reads as a percentage, 0.9593 stored → 95.93 shown.
    const fiscal = t.rows[1]!;
    expect(fiscal.rate?.num?.percent).toBe(true);
    expect(fiscal.rate?.num?.value.toString()).toBe("95.93");
    expect(fiscal.note).toBe("年中追加3万元用于设备维护");
    expect(fiscal.labelRef).toEqual({ sheet: "预算", row: 4, col: 0 });
  });

  test("synonyms 年初预算 / 调整后预算数 / 预算执行数 and 合计 / 财政拨款 / 财政专户 / 单位自筹, 单位：万元 beside the title, sheet Sheet1", () => {
    const model = buildModel(
      workbook(
        sheet("Sheet1", [
          ["海口市政务服务中心", undefined, undefined, undefined, "单位：万元"],
          ["2023年项目资金情况表"],
          [],
          ["资金来源", "年初预算", "调整后预算数", "预算执行数", "预算执行率"],
          ["合计", 1126.55, 1126.853096, 1065.554685, num(0.9456, "0.00%")],
          ["财政拨款", 1000, 1000.303096, 950.004685, num(0.9497, "0.00%")],
          ["财政专户", 100, 100, 90.55, num(0.9055, "0.00%")],
          ["单位自筹", 26.55, 26.55, 25, num(0.9416, "0.00%")],
        ])
      )
    );
    expect(roles(model)).toEqual([["Sheet1", "budget"]]);
    expect(model.budgets[0]!.scale).toBe("万元");
    expect(model.budgets[0]!.headerRow).toBe(3);
    expect(budgetRows(model)).toEqual([
      ["total", "11265500.00", "11268530.96", "10655546.85"],
      ["fiscal", "10000000.00", "10003030.96", "9500046.85"],
      ["special", "1000000.00", "1000000.00", "905500.00"],
      ["unit", "265500.00", "265500.00", "250000.00"],
    ]);
    // The figure as shown stays in its own unit.
    expect(model.budgets[0]!.rows[0]!.executed?.num?.value.toString()).toBe("1065.554685");
  });

  test("unit captions in the header cells (年初预算数（万元）), 全年执行数 as 执行数, 当年财政拨款 / 上年结转资金 / 单位资金 / 其他资金, sheet 表2", () => {
    const model = buildModel(
      workbook(
        sheet("表2", [
          ["表2  项目资金执行表"],
          ["资金来源", "年初预算数（万元）", "全年预算数（万元）", "执行数（万元）"],
          ["年度资金总额", 300, 320.5, 310.25],
          ["其中：当年财政拨款", 250, 260, 255.25],
          ["上年结转资金", 0, 10.5, 10],
          ["单位资金", 30, 30, 27],
          ["其他资金", 20, 20, 18],
        ])
      )
    );
    expect(roles(model)).toEqual([["表2", "budget"]]);
    const t = model.budgets[0]!;
    expect(t.scale).toBe("万元");
    expect(t.scaleStated).toBe(true);
    expect(budgetRows(model)).toEqual([
      ["total", "3000000.00", "3205000.00", "3102500.00"],
      ["fiscal", "2500000.00", "2600000.00", "2552500.00"],
      ["prior", "0.00", "105000.00", "100000.00"],
      ["unit", "300000.00", "300000.00", "270000.00"],
      ["other", "200000.00", "200000.00", "180000.00"],
    ]);
  });

  test("a two-row header: 项目资金（万元） merged over the three amount columns, 资金来源 and 执行率 merged down", () => {
    const model = buildModel(
      workbook(
        sheet(
          "预算执行",
          [
            ["2023年度预算执行情况"],
            ["资金来源", "项目资金（万元）", undefined, undefined, "执行率"],
            [undefined, "年初预算数", "全年预算数", "全年执行数", undefined],
            ["资金总额", 1126.55, 1126.853096, 1065.554685, num(0.9456, "0.00%")],
            ["财政资金", 1126.55, 1126.853096, 1065.554685, num(0.9456, "0.00%")],
            ["财政专户管理资金", 0, 0, 0, "—"],
            ["单位资金", 0, 0, 0, "—"],
          ],
          { merges: ["A1:E1", "A2:A3", "B2:D2", "E2:E3"] }
        )
      )
    );
    expect(roles(model)).toEqual([["预算执行", "budget"]]);
    expect(model.budgets).toHaveLength(1);
    const t = model.budgets[0]!;
    expect(t.headerRow).toBe(2);
    expect(t.scale).toBe("万元");
    expect(budgetRows(model)).toEqual([
      ["total", "11265500.00", "11268530.96", "10655546.85"],
      ["fiscal", "11265500.00", "11268530.96", "10655546.85"],
      ["special", "0.00", "0.00", "0.00"],
      ["unit", "0.00", "0.00", "0.00"],
    ]);
    expect(t.rows[0]!.rate?.num?.value.toString()).toBe("94.56");
    expect(t.rows[2]!.rate?.num).toBeNull();
  });

  test("the national 自评表 form: 项目资金（万元） merged down column A beside the row labels, then the indicator block", () => {
    const model = buildModel(
      workbook(
        sheet(
          "自评表",
          [
            ["项目支出绩效自评表（2023年度）"],
            ["项目名称", "政务服务外包项目"],
            ["主管部门", "海口市营商环境建设局", undefined, "实施单位", "海口市政务服务中心"],
            ["项目资金（万元）", undefined, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            [undefined, "年度资金总额", 1126.55, 1126.853096, 1065.554685, 10, num(0.9456, "0.00%"), 9.46],
            [undefined, "其中：当年财政拨款", 1126.55, 1126.853096, 1065.554685, "—", num(0.9456, "0.00%"), "—"],
            [undefined, "上年结转资金", 0, 0, 0, "—", "—", "—"],
            [undefined, "其他资金", 0, 0, 0, "—", "—", "—"],
            ["年度总体目标", "预期目标", undefined, undefined, "实际完成情况"],
            [undefined, "为政务大厅提供窗口服务外包", undefined, undefined, "已完成"],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
            ["产出指标", "数量指标", "窗口工作人员数", "≥128人", "128人", 20, 20, ""],
            [undefined, "质量指标", "群众满意度", "≥95%", "98%", 30, 30, ""],
            ["总分", undefined, undefined, undefined, undefined, 100, 59.46, ""],
          ],
          { merges: ["A1:H1", "A4:A8", "A9:A10", "A12:A13"] }
        )
      )
    );
    expect(roles(model)).toEqual([["自评表", "evaluation-form"]]);
    expect(model.year).toBe(2023);
    const t = model.budgets[0]!;
    expect(t.scale).toBe("万元");
    expect(budgetRows(model)).toEqual([
      ["total", "11265500.00", "11268530.96", "10655546.85"],
      ["fiscal", "11265500.00", "11268530.96", "10655546.85"],
      ["prior", "0.00", "0.00", "0.00"],
      ["other", "0.00", "0.00", "0.00"],
    ]);
    expect(t.rows.map((r) => r.label)).toEqual(["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"]);
    expect(t.rows[0]!.labelRef).toEqual({ sheet: "自评表", row: 4, col: 1 });
    expect(t.rows[0]!.weight?.num?.value.toString()).toBe("10");
    expect(t.rows[0]!.score?.num?.value.toString()).toBe("9.46");
    expect(model.indicators).toHaveLength(1);
    expect(model.indicators[0]!.indicators.map((i) => [i.level1, i.level2, i.level3])).toEqual([
      ["产出指标", "数量指标", "窗口工作人员数"],
      ["产出指标", "质量指标", "群众满意度"],
    ]);
  });

  test("English headers on a sheet named Budget: Initial budget / Adjusted budget / Executed", () => {
    const model = buildModel(
      workbook(
        sheet("Budget", [
          ["Project budget execution 2023 (unit: yuan)"],
          ["Fund source", "Initial budget", "Adjusted budget", "Executed", "Execution rate"],
          ["Total", 1500000, 1530000, 1450000, num(0.9477, "0.00%")],
          ["Fiscal funds", 1200000, 1230000, 1180000, num(0.9593, "0.00%")],
          ["Special account funds", 200000, 200000, 190000, num(0.95, "0.00%")],
          ["Own funds", 80000, 80000, 60000, num(0.75, "0.00%")],
          ["Other funds", 20000, 20000, 20000, num(1, "0.00%")],
        ])
      )
    );
    expect(roles(model)).toEqual([["Budget", "budget"]]);
    expect(model.budgets[0]!.scale).toBe("元");
    expect(model.budgets[0]!.scaleStated).toBe(true);
    expect(budgetRows(model)).toEqual([
      ["total", "1500000.00", "1530000.00", "1450000.00"],
      ["fiscal", "1200000.00", "1230000.00", "1180000.00"],
      ["special", "200000.00", "200000.00", "190000.00"],
      ["unit", "80000.00", "80000.00", "60000.00"],
      ["other", "20000.00", "20000.00", "20000.00"],
    ]);
  });

  test("湖北-style 预算数 | 执行数 | 执行率: the one budget column is the 全年 budget the rate divides by", () => {
    const model = buildModel(
      workbook(
        sheet("表1", [
          ["单位：万元"],
          ["资金来源", "预算数", "执行数", "执行率", "得分"],
          ["资金总额", 238.93, 251.89, num(1.0542, "0.00%"), 10],
          ["财政拨款", 238.93, 251.89, num(1.0542, "0.00%"), "—"],
        ])
      )
    );
    expect(roles(model)).toEqual([["表1", "budget"]]);
    expect(budgetRows(model)).toEqual([
      ["total", null, "2389300.00", "2518900.00"],
      ["fiscal", null, "2389300.00", "2518900.00"],
    ]);
  });

  test("fund sources named by level or fund: 一般公共预算 / 政府性基金 / 中央补助 / 事业收入 / 社会资金", () => {
    const model = buildModel(
      workbook(
        sheet("预算", [
          ["资金来源", "年初预算数", "全年预算数", "全年执行数"],
          ["资金总额", 1000, 1000, 900],
          ["一般公共预算资金", 400, 400, 380],
          ["政府性基金预算资金", 300, 300, 270],
          ["中央补助资金", 200, 200, 170],
          ["事业收入", 60, 60, 50],
          ["社会资金", 40, 40, 30],
        ])
      )
    );
    expect(budgetRows(model).map((r) => r[0])).toEqual(["total", "fiscal", "fiscal", "fiscal", "unit", "other"]);
  });

  test("no caption anywhere: the table is taken to be in 元, and says the unit was assumed", () => {
    const model = buildModel(
      workbook(
        sheet("资金", [
          ["资金来源", "年初预算数", "全年预算数", "全年执行数"],
          ["资金总额", 500000, 500000, 480000.5],
          ["财政资金", 500000, 500000, 480000.5],
        ])
      )
    );
    expect(model.budgets[0]!.scale).toBe("元");
    expect(model.budgets[0]!.scaleStated).toBe(false);
    expect(budgetRows(model)).toEqual([
      ["total", "500000.00", "500000.00", "480000.50"],
      ["fiscal", "500000.00", "500000.00", "480000.50"],
    ]);
  });

  test("a blank row inside the table is skipped and a labelled row that is no fund source ends it", () => {
    const model = buildModel(
      workbook(
        sheet("预算", [
          ["资金来源", "年初预算数", "全年预算数", "全年执行数"],
          ["资金总额", 100, 100, 90],
          [],
          ["财政资金", 100, 100, 90],
          ["填表人", "张三"],
          ["单位资金", 999, 999, 999],
        ])
      )
    );
    expect(budgetRows(model)).toEqual([
      ["total", "100.00", "100.00", "90.00"],
      ["fiscal", "100.00", "100.00", "90.00"],
    ]);
  });

  test("numbers typed as text are read, in the column's unit, and marked as text", () => {
    const model = buildModel(
      workbook(sheet("预算", [["单位：万元"], ["资金来源", "年初预算数", "全年预算数", "全年执行数"], ["资金总额", "1,126.55", 1126.853096, "1065.554685"]]))
    );
    const row = model.budgets[0]!.rows[0]!;
    expect(budgetRows(model)).toEqual([["total", "11265500.00", "11268530.96", "10655546.85"]]);
    expect(row.initial?.num?.asText).toBe(true);
    expect(row.annual?.num?.asText).toBe(false);
  });
});
