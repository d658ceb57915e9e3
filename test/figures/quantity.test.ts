/** Units beyond money (src/core/figures/quantity.ts) and the stray-unit rule's family check. */
import { checkWorkbook } from "../../src/core/check";
import { Big } from "../../src/core/decimal";
import { extractFigures } from "../../src/core/figures/extract";
import { measuredFamily, sameKind, unitInfo } from "../../src/core/figures/quantity";
import { narrative } from "../helpers/haikou";
import { workbook } from "../helpers/workbook";

/** Base units per one unit, as a decimal string. */
function factor(unit: string): string {
  const u = unitInfo(unit);
  if (!u) throw new Error(`no unit ${unit}`);
  return u.factor.toFixed();
}

describe("unitInfo", () => {
  test("areas convert to ㎡: 公顷 10000, hm2 10000, km2/km² 10⁶, 平方米 1", () => {
    expect(["㎡", "平方米", "公顷", "hm2", "hm²", "km2", "km²"].map((u) => [unitInfo(u)!.family, factor(u)])).toEqual([
      ["area", "1"],
      ["area", "1"],
      ["area", "10000"],
      ["area", "10000"],
      ["area", "10000"],
      ["area", "1000000"],
      ["area", "1000000"],
    ]);
  });

  test("1亩 = 10000/15 ㎡, so 15亩 = 1公顷 (to the decimal precision)", () => {
    const mu = unitInfo("亩")!;
    expect(mu.family).toBe("area");
    expect(mu.factor.times(15).round(10).eq(unitInfo("公顷")!.factor)).toBe(true);
    expect(mu.factor.round(4).toFixed(4)).toBe("666.6667");
    expect(mu.factor.times(3).round(6).toFixed(6)).toBe("2000.000000");
  });

  test("lengths: km 1000 m, 公里 1000 m, 米 1 m", () => {
    expect(["km", "公里", "米"].map((u) => [unitInfo(u)!.family, factor(u)])).toEqual([
      ["length", "1000"],
      ["length", "1000"],
      ["length", "1"],
    ]);
  });

  test("万人 is 10⁴ 人, the same kind as 人; 人次 is another", () => {
    const wan = unitInfo("万人")!;
    expect(wan).toMatchObject({ family: "count", thing: "人" });
    expect(wan.factor.toFixed()).toBe("10000");
    expect(sameKind(wan, unitInfo("人")!)).toBe(true);
    expect(sameKind(unitInfo("人")!, unitInfo("人次")!)).toBe(false);
  });

  test("套 and 台 are both pieces; 个 and 人 do not mix", () => {
    expect(sameKind(unitInfo("套")!, unitInfo("台")!)).toBe(true);
    expect(sameKind(unitInfo("个")!, unitInfo("人")!)).toBe(false);
    expect(sameKind(unitInfo("亩")!, unitInfo("㎡")!)).toBe(true);
    expect(sameKind(unitInfo("km")!, unitInfo("㎡")!)).toBe(false);
  });

  test("money: 万元 10⁴ 元; no unit → null", () => {
    expect(unitInfo("万元")).toEqual({ family: "money", factor: new Big(10000) });
    expect(unitInfo(null)).toBeNull();
    expect(unitInfo("")).toBeNull();
  });
});

describe("measuredFamily", () => {
  test.each([
    ["总建筑面积为", "area"],
    ["绿化面积约", "area"],
    ["道路长度", "length"],
    ["新增里程达到", "length"],
    ["垃圾清运重量", "weight"],
    ["项目资金", null],
  ])("%s → %s", (label, family) => {
    expect(measuredFamily(label)).toBe(family);
  });
});

describe("stray-unit.family: a unit of another family than the words name", () => {
  function keys(text: string) {
    return checkWorkbook(workbook(narrative(text)))
      .findings.filter((f) => f.rule === "stray-unit")
      .map((f) => [f.message.key, f.severity, f.cells, f.expected && f.expected.value + f.expected.unit, f.actual && f.actual.value + f.actual.unit]);
  }

  test("“总建筑面积为68540.39m”: a length on an area → error", () => {
    expect(keys("项目总建筑面积为68540.39m，已全部竣工验收。")).toEqual([["stray-unit.family", "error", ["自评报告!A2"], "68540.39㎡", "68540.39m"]]);
  });

  test("twin: 68540.39㎡ → nothing", () => {
    expect(keys("项目总建筑面积为68540.39㎡，已全部竣工验收。")).toEqual([]);
  });

  test("“道路长度12km”: a length on a length → nothing", () => {
    expect(keys("新建道路长度12km，已全部竣工验收。")).toEqual([]);
  });

  test("the figure reads its unit: 1.5公顷 is 15000 ㎡", () => {
    const f = extractFigures("绿化面积1.5公顷").find((x) => x.number.unit === "公顷")!;
    expect(f.number.value.times(unitInfo(f.number.unit)!.factor).toFixed()).toBe("15000");
  });
});
