/** Scoring per domain.md §4, with figures worked by hand: 执行率, ≥/≤/= ratios, qualitative bands, not-applicable rescaling, presets, grades. */
import { Big } from "../../src/core/decimal";
import { bandOf, gradeOf, type IndicatorInput, judgeIndicator, scoreAll, scoreRate, sectionOf } from "../../src/core/report/scoring";

const b = (x: string | number) => new Big(x);

function ind(p: Partial<IndicatorInput> & { name: string }): IndicatorInput {
  return {
    level1: "产出指标",
    level2: "数量指标",
    direction: ">=",
    target: null,
    actual: null,
    targetText: "",
    actualText: "",
    weight: null,
    ...p,
  };
}

function q(name: string, direction: IndicatorInput["direction"], target: number, actual: number, weight: number, level1 = "产出指标"): IndicatorInput {
  return ind({ name, level1, direction, target: b(target), actual: b(actual), targetText: String(target), actualText: String(actual), weight: b(weight) });
}

describe("执行率", () => {
  test("Haikou: 10,655,546.85 / 11,268,530.96 = 94.5602 %, score 10 × 0.945602 = 9.456 → 9.46", () => {
    const r = scoreRate(b("10655546.85"), b("11268530.96"), b(10));
    expect(r.rate!.toFixed(4)).toBe("94.5602");
    expect(r.score!.round(2, Big.roundHalfUp).toFixed(2)).toBe("9.46");
    expect(r.flag).toBeNull();
    expect(scoreAll({ executed: b("10655546.85"), annual: b("11268530.96"), indicators: [] }).rateScore!.toFixed(2)).toBe("9.46");
  });

  test("0/0 has no rate and no score, and is flagged", () => {
    expect(scoreRate(b(0), b(0), b(10))).toEqual({ rate: null, weight: b(10), score: null, flag: "undefined" });
    expect(scoreRate(b(5), b(0), b(10)).flag).toBe("undefined");
  });

  test("spending above budget: score capped at 分值, flagged", () => {
    const r = scoreRate(b(1200000), b(1000000), b(10));
    expect(r.rate!.toFixed(2)).toBe("120.00");
    expect(r.score!.toFixed(2)).toBe("10.00");
    expect(r.flag).toBe("over-budget");
  });

  test("no 执行率 weight (宁夏): rate computed, not scored", () => {
    const r = scoreRate(b(75), b(100), null);
    expect(r.rate!.toFixed(2)).toBe("75.00");
    expect(r.score).toBeNull();
  });
});

describe("quantitative indicators", () => {
  test("≥: 150 of 200 人 at 分值 20 → 20 × 150/200 = 15; met or passed → full", () => {
    const s = scoreAll({
      executed: null,
      annual: null,
      indicators: [q("培训人数", ">=", 200, 150, 20), q("事项数", ">=", 2087, 2087, 15), q("人次", ">=", 3000, 3200, 15)],
    });
    expect(s.indicators.map((i) => i.score!.toFixed(2))).toEqual(["15.00", "15.00", "15.00"]);
    expect(s.indicators[0]!.short).toBe(true);
    expect(s.indicators[2]!.short).toBe(false);
  });

  test("≤: 550 元 against ≤ 500 元 at 分值 15 → 15 × 500/550 = 13.636… → 13.64; at or under → full", () => {
    const over = judgeIndicator(q("人均成本", "<=", 500, 550, 15));
    expect(over.ratio!.toFixed(6)).toBe("0.909091");
    const s = scoreAll({ executed: null, annual: null, indicators: [q("人均成本", "<=", 500, 550, 15), q("投诉", "<=", 5, 3, 15), q("差错", "<=", 5, 0, 20)] });
    expect(s.indicators.map((i) => i.score!.toFixed(2))).toEqual(["13.64", "15.00", "20.00"]);
  });

  test("=: full only when equal, else smaller ÷ larger (80 of 100 → 0.8; 120 vs 100 → 0.8333)", () => {
    expect(judgeIndicator(q("a", "=", 100, 100, 10)).ratio!.toFixed(4)).toBe("1.0000");
    expect(judgeIndicator(q("a", "=", 100, 80, 10)).ratio!.toFixed(4)).toBe("0.8000");
    expect(judgeIndicator(q("a", "=", 100, 120, 10)).ratio!.toFixed(4)).toBe("0.8333");
    const s = scoreAll({ executed: null, annual: null, indicators: [q("a", "=", 100, 120, 12)] });
    // 50 × 0.8333… = 41.67: the only 产出 row carries the section's 50.
    expect(s.indicators[0]!.weight!.toFixed(2)).toBe("50.00");
    expect(s.indicators[0]!.score!.toFixed(2)).toBe("41.67");
  });

  test("no direction written: scored as ≥ and said so", () => {
    const j = judgeIndicator(q("a", null, 10, 8, 10));
    expect(j.direction).toBe(">=");
    expect(j.assumed).toBe(true);
    expect(j.ratio!.toFixed(2)).toBe("0.80");
  });

  test("a bare 0.95 beside a 90% target reads as 95%", () => {
    const j = judgeIndicator(ind({ name: "满意度", target: b(90), targetPercent: true, actual: b("0.95"), actualPercent: false, weight: b(10) }));
    expect(j.ratio!.toFixed(2)).toBe("1.00");
  });

  test("far over a ≥ target (≥ 150 %) asks for analysis, at full score", () => {
    const j = judgeIndicator(q("示范点", ">=", 10, 16, 15));
    expect(j.farOver).toBe(true);
    expect(j.short).toBe(false);
    expect(judgeIndicator(q("示范点", ">=", 10, 14, 15)).farOver).toBe(false);
  });
});

describe("qualitative indicators", () => {
  test("bands: 达成 100 %, 部分达成并具有一定效果 80 %, 未达成且效果较差 60 % of 分值", () => {
    const mk = (actual: string) => ind({ name: actual, level1: "效益指标", level2: "社会效益指标", targetText: "明显提升", actualText: actual, weight: b(10) });
    const satisfied = q("满意度", ">=", 90, 95, 10, "满意度指标");
    const s = scoreAll({ executed: null, annual: null, indicators: [mk("达成"), mk("部分达成并具有一定效果"), mk("未达成且效果较差"), satisfied] });
    const rows = s.indicators.slice(0, 3);
    expect(rows.map((i) => i.weight!.toFixed(2))).toEqual(["10.00", "10.00", "10.00"]);
    expect(rows.map((i) => i.score!.toFixed(2))).toEqual(["10.00", "8.00", "6.00"]);
    expect(rows.map((i) => i.band)).toEqual(["achieved", "partial", "not-achieved"]);
    expect(rows.map((i) => i.short)).toEqual([false, true, true]);
  });

  test("bands are configurable", () => {
    const s = scoreAll({
      executed: null,
      annual: null,
      indicators: [ind({ name: "知晓度", level1: "效益指标", actualText: "部分达成", weight: b(30) })],
      bands: { achieved: b(1), partial: b("0.7"), notAchieved: b("0.4") },
    });
    // 效益 30 + 满意度 10 moved to it = 40; × 0.7 = 28.
    expect(s.indicators[0]!.score!.toFixed(2)).toBe("28.00");
  });

  test("band words", () => {
    expect(bandOf("已完成")).toBe("achieved");
    expect(bandOf("基本完成")).toBe("partial");
    expect(bandOf("未完成")).toBe("not-achieved");
    expect(bandOf("合格", "合格")).toBe("achieved");
    expect(bandOf("待定")).toBeNull();
  });

  test("an unreadable 完成值 is left unscored (a prompt on the form), not guessed", () => {
    const s = scoreAll({ executed: null, annual: null, indicators: [ind({ name: "x", actualText: "待定", weight: b(50) }), q("y", ">=", 1, 1, 0)] });
    expect(s.indicators[0]!.kind).toBe("unscored");
    expect(s.indicators[0]!.score).toBeNull();
    expect(s.incomplete).toBe(true);
  });
});

describe("not-applicable indicators", () => {
  test("dropped, the others rescaled to the section total: 20 and 15 share 50 → 28.57 and 21.43", () => {
    const na = ind({ name: "减排", targetText: "不适用", actualText: "不适用", weight: b(15) });
    const s = scoreAll({ executed: null, annual: null, indicators: [q("a", ">=", 1, 1, 20), na, q("b", ">=", 1, 1, 15)] });
    const [a, n, c] = s.indicators;
    expect(n!.kind).toBe("not-applicable");
    expect(n!.weight).toBeNull();
    expect(n!.score).toBeNull();
    expect(a!.weight!.toFixed(2)).toBe("28.57"); // 50 × 20/35
    expect(c!.weight!.toFixed(2)).toBe("21.43"); // 50 × 15/35
    expect(a!.score!.plus(c!.score!).toFixed(2)).toBe("50.00");
  });

  test("N/A, —, 不适用 are recognised", () => {
    for (const t of ["N/A", "n/a", "—", "不适用"]) expect(judgeIndicator(ind({ name: "x", actualText: t })).kind).toBe("not-applicable");
  });
});

describe("section weights and presets", () => {
  const haikou = () => [
    q("外包窗口服务人员数", ">=", 128, 128, 20),
    q("可办理政务服务事项数", ">=", 2087, 2087, 15),
    q("服务费支付及时率", ">=", 100, 100, 15),
    q("日均服务人次", ">=", 3000, 3200, 30, "效益指标"),
    q("办事群众满意度", ">=", 90, 95, 10, "满意度指标"),
  ];

  test("national 10/50/30/10: the Haikou indicators keep their 分值; 总分 90 + 9.46 = 99.46, 优", () => {
    const s = scoreAll({ executed: b("10655546.85"), annual: b("11268530.96"), indicators: haikou() });
    expect(s.indicators.map((i) => i.weight!.toFixed(0))).toEqual(["20", "15", "15", "30", "10"]);
    expect(s.totalWeight.toFixed(0)).toBe("100");
    expect(s.indicatorScore.toFixed(2)).toBe("90.00");
    expect(s.total.toFixed(2)).toBe("99.46");
    expect(s.grade).toBe("excellent");
  });

  test("no 满意度 indicator: its 10 go to 效益 (30 → 40)", () => {
    const s = scoreAll({ executed: null, annual: null, indicators: haikou().slice(0, 4) });
    expect(s.pools.outcome!.toFixed(0)).toBe("40");
    expect(s.pools.satisfaction).toBeUndefined();
    expect(s.movedSatisfaction!.toFixed(0)).toBe("10");
    expect(s.indicators[3]!.weight!.toFixed(0)).toBe("40");
    expect(s.totalWeight.toFixed(0)).toBe("100");
  });

  test("ningxia 40/40/20, no 执行率 weight: 产出 20:15:15 of 40 → 16, 12, 12", () => {
    const s = scoreAll({ executed: b("10655546.85"), annual: b("11268530.96"), indicators: haikou(), preset: "ningxia" });
    expect(s.rate.weight).toBeNull();
    expect(s.rateScore).toBeNull();
    expect(s.indicators.map((i) => i.weight!.toFixed(0))).toEqual(["16", "12", "12", "40", "20"]);
    expect(s.totalWeight.toFixed(0)).toBe("100");
    expect(s.total.toFixed(2)).toBe("100.00");
  });

  test("sichuan: 10 + 90 split as the indicators' 分值 say (90 as given; 45 doubled)", () => {
    const s = scoreAll({ executed: b("10655546.85"), annual: b("11268530.96"), indicators: haikou(), preset: "sichuan" });
    expect(s.indicators.map((i) => i.pool)).toEqual(["all", "all", "all", "all", "all"]);
    expect(s.indicators.map((i) => i.weight!.toFixed(0))).toEqual(["20", "15", "15", "30", "10"]);
    expect(s.total.toFixed(2)).toBe("99.46");
    const half = scoreAll({ executed: null, annual: null, indicators: [q("a", ">=", 1, 1, 20), q("b", ">=", 1, 1, 25, "效益指标")], preset: "sichuan" });
    expect(half.indicators.map((i) => i.weight!.toFixed(0))).toEqual(["40", "50"]);
  });

  test("rate20 and rate30: 执行率 worth 20 or 30, the indicators' 90 rescaled to 80 or 70", () => {
    // 94.5602 % of 20 = 18.91; the Haikou indicators (all met) take the remaining 80: total 98.91.
    const s20 = scoreAll({ executed: b("10655546.85"), annual: b("11268530.96"), indicators: haikou(), preset: "rate20" });
    expect(s20.rate.weight!.toFixed(0)).toBe("20");
    expect(s20.rateScore!.toFixed(2)).toBe("18.91");
    expect(s20.totalWeight.toFixed(0)).toBe("100");
    expect(s20.total.toFixed(2)).toBe("98.91");
    // 94.5602 % of 30 = 28.37. The 90 rescaled to 70 prints 15.56 + 11.67 + 11.67 + 23.33 + 7.78 = 70.01, and the 总分 is the
    // sum of the printed scores: 28.37 + 70.01 = 98.38.
    const s30 = scoreAll({ executed: b("10655546.85"), annual: b("11268530.96"), indicators: haikou(), preset: "rate30" });
    expect(s30.rateScore!.toFixed(2)).toBe("28.37");
    expect(s30.indicators.map((i) => i.weight!.toFixed(2))).toEqual(["15.56", "11.67", "11.67", "23.33", "7.78"]);
    expect(s30.total.toFixed(2)).toBe("98.38");
  });

  test("sections from 一级指标: 成本 under 产出, 效益, 满意度", () => {
    expect(sectionOf("产出指标（50分）")).toBe("output");
    expect(sectionOf("成本指标")).toBe("output");
    expect(sectionOf("效益指标")).toBe("outcome");
    expect(sectionOf("满意度指标")).toBe("satisfaction");
  });
});

describe("grade", () => {
  test("优 ≥ 90, 良 80–90, 中 60–80, 差 < 60", () => {
    expect(gradeOf(b(100))).toBe("excellent");
    expect(gradeOf(b(90))).toBe("excellent");
    expect(gradeOf(b("89.99"))).toBe("good");
    expect(gradeOf(b(80))).toBe("good");
    expect(gradeOf(b("79.99"))).toBe("fair");
    expect(gradeOf(b(60))).toBe("fair");
    expect(gradeOf(b("59.99"))).toBe("poor");
    expect(gradeOf(b(0))).toBe("poor");
  });

  test("总分 is the sum of the printed scores, so the form adds up", () => {
    // 50 × 2/3 = 33.333… → 33.33 and 50 × 1/3 = 16.67: Σ 50.00; 执行率 10 × 0.75 = 7.5.
    const s = scoreAll({ executed: b(75), annual: b(100), indicators: [q("a", ">=", 1, 1, 2), q("b", ">=", 1, 1, 1)], pools: { output: b(50) } });
    expect(s.indicators.map((i) => i.score!.toFixed(2))).toEqual(["33.33", "16.67"]);
    expect(s.total.toFixed(2)).toBe("57.50");
    expect(s.grade).toBe("poor");
  });
});
