/** Indicator tables: merged 一级/二级 cells, direction from a column or from the target text, the 总分 row. */
import { buildModel } from "../../src/core/recognize/build";
import { roles } from "../helpers/model";
import { sheet, workbook } from "../helpers/workbook";

describe("indicator table recognition", () => {
  test("四川-style table: 指标性质 column, merged 一级/二级 cells, a 总分 row", () => {
    const model = buildModel(
      workbook(
        sheet(
          "绩效指标",
          [
            ["2023年度绩效指标完成情况"],
            ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "分值", "得分", "未完成原因分析"],
            ["产出指标", "数量指标", "窗口工作人员数", "≥", 128, "人", 128, 20, 20, ""],
            [undefined, undefined, "政务服务事项数", "≥", 2000, "项", 2087, 10, 10, ""],
            [undefined, "时效指标", "办件按时办结率", "≥", 0.98, "%", 0.95, 10, 9.7, "7月换签供应商，衔接期办件积压"],
            ["满意度指标", "服务对象满意度指标", "群众满意度", "≥", 95, "%", 98, 10, 10, ""],
            ["总分", undefined, undefined, undefined, undefined, undefined, undefined, 50, 49.7, ""],
          ],
          { merges: ["A3:A5", "B3:B4"] }
        )
      )
    );
    expect(roles(model)).toEqual([["绩效指标", "indicators"]]);
    const t = model.indicators[0]!;
    expect(t.headerRow).toBe(1);
    expect(
      t.indicators.map((i) => [
        i.row,
        i.level1,
        i.level2,
        i.level3,
        i.direction,
        i.target?.num?.value.toString(),
        i.measureUnit,
        i.actual?.num?.value.toString(),
        i.weight?.num?.value.toString(),
        i.score?.num?.value.toString(),
      ])
    ).toEqual([
      [2, "产出指标", "数量指标", "窗口工作人员数", ">=", "128", "人", "128", "20", "20"],
      [3, "产出指标", "数量指标", "政务服务事项数", ">=", "2000", "项", "2087", "10", "10"],
      [4, "产出指标", "时效指标", "办件按时办结率", ">=", "0.98", "%", "0.95", "10", "9.7"],
      [5, "满意度指标", "服务对象满意度指标", "群众满意度", ">=", "95", "%", "98", "10", "10"],
    ]);
    expect(t.indicators[2]!.reason).toBe("7月换签供应商，衔接期办件积压");
    expect(t.indicators[2]!.reasonRef).toEqual({ sheet: "绩效指标", row: 4, col: 9 });
    expect(t.total?.weight?.num?.value.toString()).toBe("50");
    expect(t.total?.score?.num?.value.toString()).toBe("49.7");
  });

  test("national layout: direction and unit written into the target (≥128人, ≤5个工作日, ≥95%)", () => {
    const model = buildModel(
      workbook(
        sheet("表4", [
          ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
          ["产出指标", "数量指标", "窗口工作人员数", "≥128人", "128人", 20, 20, ""],
          [undefined, "时效指标", "平均办结时间", "≤5个工作日", "4个工作日", 10, 10, ""],
          ["满意度指标", "服务对象满意度", "群众满意度", "≥95%", "98%", 10, 10, ""],
        ])
      )
    );
    expect(roles(model)).toEqual([["表4", "indicators"]]);
    const inds = model.indicators[0]!.indicators;
    expect(inds.map((i) => [i.level1, i.level3, i.direction, i.target?.num?.value.toString(), i.actual?.num?.value.toString()])).toEqual([
      ["产出指标", "窗口工作人员数", ">=", "128", "128"],
      ["产出指标", "平均办结时间", "<=", "5", "4"],
      ["满意度指标", "群众满意度", ">=", "95", "98"],
    ]);
    expect(inds[2]!.target?.num?.percent).toBe(true);
  });
});
