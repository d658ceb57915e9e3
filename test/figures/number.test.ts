import { Big } from "../../src/core/decimal";
import { numberFromCellValue, parseNumber, scaleFromCaption, toHalfWidth, toYuan } from "../../src/core/figures/number";
import type { ParsedNumber } from "../../src/core/figures/types";

/** The parse in plain terms: printed value (at its own decimals), unit, flags. */
function read(s: string) {
  const p = parseNumber(s);
  if (!p) return null;
  return { value: p.value.toFixed(p.decimals), decimals: p.decimals, unit: p.unit, percent: p.percent, chinese: p.chinese };
}

describe("parseNumber: Arabic", () => {
  test.each([
    ["1,065.25", "1065.25", 2, null],
    ["1065.25万元", "1065.25", 2, "万元"],
    ["￥33,796,500.00元", "33796500.00", 2, "元"],
    ["¥ 1,000", "1000", 0, "元"],
    ["¥1,000万元", "1000", 0, "万元"],
    ["RMB 2,500", "2500", 0, "元"],
    ["0", "0", 0, null],
    ["0.00", "0.00", 2, null],
    ["11268530.96元", "11268530.96", 2, "元"],
    ["1 065.25", "1065.25", 2, null],
    ["  12  ", "12", 0, null],
    ["1.2e3", "1200", 0, null],
    ["2.5E-1", "0.25", 2, null],
    ["+5", "5", 0, null],
  ])("%p → %s (%d dp) unit %p", (s, value, decimals, unit) => {
    expect(read(s)).toEqual({ value, decimals, unit, percent: false, chinese: false });
  });

  test("negatives: parentheses, ASCII minus, U+2212, full-width, before or after the currency sign", () => {
    expect(read("(1,234.00)")).toMatchObject({ value: "-1234.00", decimals: 2 });
    expect(read("−1234")).toMatchObject({ value: "-1234" });
    expect(read("-1234")).toMatchObject({ value: "-1234" });
    expect(read("－１２３４")).toMatchObject({ value: "-1234" });
    expect(read("（１２）")).toMatchObject({ value: "-12" });
    expect(read("-¥5")).toMatchObject({ value: "-5", unit: "元" });
    expect(read("¥-5")).toMatchObject({ value: "-5", unit: "元" });
    expect(read("(1,065.25万元)")).toMatchObject({ value: "-1065.25", unit: "万元" });
  });

  test("full-width digits and punctuation", () => {
    expect(read("１，０６５．２５")).toEqual({ value: "1065.25", decimals: 2, unit: null, percent: false, chinese: false });
    expect(read("９４．５６％")).toEqual({ value: "94.56", decimals: 2, unit: "%", percent: true, chinese: false });
    expect(read("１０６５．２５万元")).toMatchObject({ value: "1065.25", unit: "万元" });
  });

  test("percent", () => {
    expect(read("94.56%")).toEqual({ value: "94.56", decimals: 2, unit: "%", percent: true, chinese: false });
    expect(read("0.00%")).toEqual({ value: "0.00", decimals: 2, unit: "%", percent: true, chinese: false });
    expect(read("94.56 %")).toMatchObject({ value: "94.56", percent: true });
    expect(read("百分之九十")).toEqual({ value: "90", decimals: 0, unit: "%", percent: true, chinese: true });
    expect(read("百分之94.5")).toEqual({ value: "94.5", decimals: 1, unit: "%", percent: true, chinese: false });
  });

  test("money units are normalised; 十万/百万/千万 fold into 万元", () => {
    expect(read("100圆")).toMatchObject({ unit: "元" });
    expect(read("100元整")).toMatchObject({ unit: "元" });
    expect(read("3千元")).toMatchObject({ value: "3", unit: "千元" });
    expect(read("1.5亿元")).toMatchObject({ value: "1.5", unit: "亿元" });
    expect(read("100萬元")).toMatchObject({ unit: "万元" });
    expect(read("3千万元")).toMatchObject({ value: "3000", decimals: 0, unit: "万元" });
    expect(read("1.25百万元")).toMatchObject({ value: "125", decimals: 0, unit: "万元" });
    expect(read("1.234十亿元")).toMatchObject({ value: "12.34", decimals: 2, unit: "亿元" });
  });

  test("other units are kept as written", () => {
    for (const [s, unit] of [
      ["128人", "人"],
      ["3200 人次", "人次"],
      ["4300㎡", "㎡"],
      ["4300平方米", "平方米"],
      ["5个月", "个月"],
      ["59家", "家"],
      ["2087项", "项"],
      ["3年", "年"],
      ["12月", "月"],
      ["30天", "天"],
      ["10m2", "m2"],
      ["1065.25万", "万"],
    ]) {
      expect(read(s!)).toMatchObject({ unit });
    }
  });

  test("a leading comparator and a trailing 以上/左右 are read past", () => {
    expect(read("≥95%")).toMatchObject({ value: "95", percent: true });
    expect(read("≤ 100万元")).toMatchObject({ value: "100", unit: "万元" });
    expect(read("约128人")).toMatchObject({ value: "128", unit: "人" });
    expect(read("95%以上")).toMatchObject({ value: "95", percent: true });
  });

  test("exact: no float on the way", () => {
    const p = parseNumber("0.1")!;
    expect(p.value.plus(parseNumber("0.2")!.value).eq(new Big("0.3"))).toBe(true);
    expect(parseNumber("9007199254740993")!.value.toFixed()).toBe("9007199254740993");
    expect(parseNumber("12,345,678,901,234.56")!.value.toFixed(2)).toBe("12345678901234.56");
  });
});

describe("parseNumber: Chinese numerals and 大写", () => {
  test("大写 amounts are money in 元", () => {
    expect(read("壹仟壹佰贰拾陆万伍仟伍佰元整")).toEqual({ value: "11265500", decimals: 0, unit: "元", percent: false, chinese: true });
    expect(read("叁拾叁万柒仟玖佰陆拾伍元肆角贰分")).toEqual({ value: "337965.42", decimals: 2, unit: "元", percent: false, chinese: true });
    expect(read("人民币壹仟元整")).toMatchObject({ value: "1000", unit: "元" });
  });

  test("一个万/亿 right before 元 is the unit, as with Arabic figures", () => {
    expect(read("两万元")).toMatchObject({ value: "2", unit: "万元" });
    expect(read("伍拾万元整")).toMatchObject({ value: "50", unit: "万元" });
    // the amount has its own 万: read whole in 元
    expect(read("一亿二千万元")).toMatchObject({ value: "120000000", unit: "元" });
  });

  test("everyday numerals, with and without a unit", () => {
    expect(read("一千二百三十四")).toEqual({ value: "1234", decimals: 0, unit: null, percent: false, chinese: true });
    expect(read("两万")).toMatchObject({ value: "20000", unit: null });
    expect(read("十五")).toMatchObject({ value: "15" });
    expect(read("一百零五")).toMatchObject({ value: "105" });
    expect(read("三点五")).toMatchObject({ value: "3.5", decimals: 1 });
    expect(read("零")).toMatchObject({ value: "0" });
    expect(read("十五人")).toMatchObject({ value: "15", unit: "人", chinese: true });
    expect(read("两万人")).toMatchObject({ value: "20000", unit: "人" });
    expect(read("负五")).toMatchObject({ value: "-5" });
  });
});

describe("parseNumber: not numbers", () => {
  test.each([
    "",
    " ",
    "—",
    "——",
    "-",
    "－",
    "–",
    "/",
    "无",
    "N/A",
    "abc",
    "元",
    "1,0652",
    "1.5.3",
    "12-3",
    "合计",
    "2023年政府采购支出",
    "￥",
    "¥5%",
    "百分之",
    "一窗",
  ])("%p → null", (s) => {
    expect(parseNumber(s)).toBeNull();
  });
});

describe("toYuan", () => {
  const p = (s: string) => parseNumber(s) as ParsedNumber;
  test("scales money units by MONEY_SCALE", () => {
    expect(toYuan(p("1065.25万元"))!.toFixed()).toBe("10652500");
    expect(toYuan(p("1126.55万元"))!.toFixed()).toBe("11265500");
    expect(toYuan(p("61.3万元"))!.toFixed()).toBe("613000");
    expect(toYuan(p("1.5亿元"))!.toFixed()).toBe("150000000");
    expect(toYuan(p("3.5千元"))!.toFixed()).toBe("3500");
    expect(toYuan(p("11268530.96元"))!.toFixed()).toBe("11268530.96");
    expect(toYuan(p("3千万元"))!.toFixed()).toBe("30000000");
    expect(toYuan(p("(1,065.25万元)"))!.toFixed()).toBe("-10652500");
  });
  test("null for percents, plain numbers and other units", () => {
    expect(toYuan(p("94.56%"))).toBeNull();
    expect(toYuan(p("1065.25"))).toBeNull();
    expect(toYuan(p("128人"))).toBeNull();
  });
});

describe("numberFromCellValue", () => {
  test("the shortest decimal of the double, exactly", () => {
    expect(numberFromCellValue(10655546.85)!.toFixed()).toBe("10655546.85");
    expect(numberFromCellValue(0.1 + 0.2)!.toFixed()).toBe("0.30000000000000004");
    expect(numberFromCellValue(0.9456)!.toFixed()).toBe("0.9456");
    expect(numberFromCellValue(-0)!.toFixed()).toBe("0");
  });
  test("null for NaN and infinities", () => {
    expect(numberFromCellValue(NaN)).toBeNull();
    expect(numberFromCellValue(Infinity)).toBeNull();
  });
});

describe("scaleFromCaption", () => {
  test.each([
    ["单位：万元", "万元"],
    ["金额单位：元", "元"],
    ["（万元）", "万元"],
    ["金额（元）", "元"],
    ["单位:千元", "千元"],
    ["单位：人民币亿元", "亿元"],
    ["项目资金（万元）", "万元"],
    ["预算数(万元)", "万元"],
    ["年初预算数【万元】", "万元"],
    ["万元", "万元"],
    ["单位：万圆", "万元"],
    ["Unit: 10,000 yuan", "万元"],
    ["(RMB 10k)", "万元"],
    ["Unit: RMB", "元"],
    ["Amount (thousand yuan)", "千元"],
    ["Unit: 100 million yuan", "亿元"],
  ])("%p → %s", (s, unit) => {
    expect(scaleFromCaption(s)).toBe(unit);
  });
  test.each(["单位：元/人", "执行率（%）", "单位：人", "(RMB million)", "项目名称", "", "备注"])("%p → null", (s) => {
    expect(scaleFromCaption(s)).toBeNull();
  });
});

test("toHalfWidth keeps length, so offsets hold", () => {
  const s = "执行率９４．５６％，（一）　共计";
  expect(toHalfWidth(s)).toBe("执行率94.56%,(一) 共计");
  expect(toHalfWidth(s).length).toBe(s.length);
});
