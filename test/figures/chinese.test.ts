import { parseChinese, parseChineseNumber } from "../../src/core/figures/chinese";
import { chineseAmount } from "../../src/core/figures/number";

const v = (s: string) => parseChinese(s)?.toFixed() ?? null;

describe("parseChinese: everyday numerals", () => {
  test.each([
    ["零", "0"],
    ["十", "10"],
    ["十五", "15"],
    ["二十", "20"],
    ["一十一", "11"],
    ["一百零五", "105"],
    ["一千零一十", "1010"],
    ["一千二百三十四", "1234"],
    ["两万", "20000"],
    ["十万", "100000"],
    ["二十万", "200000"],
    ["十万零五百", "100500"],
    ["一亿二千万", "120000000"],
    ["两亿零五万", "200050000"],
    ["一万亿", "1000000000000"],
    ["九千九百九十九万九千九百九十九亿", "9999999900000000"],
  ])("%s = %s", (s, want) => {
    expect(v(s)).toBe(want);
  });

  test("a digit right after a unit is the next place down (colloquial)", () => {
    expect(v("一万五")).toBe("15000");
    expect(v("三百五")).toBe("350");
    expect(v("两万五")).toBe("25000");
    expect(v("一亿五")).toBe("150000000");
    // after 零 it is units again
    expect(v("一万零五")).toBe("10005");
  });

  test("bare digits read one by one, as in years", () => {
    expect(v("二〇二三")).toBe("2023");
    expect(v("一〇五")).toBe("105");
  });

  test("decimals after 点, with the printed precision", () => {
    expect(parseChineseNumber("三点五")).toMatchObject({ decimals: 1, yuan: false });
    expect(v("三点五")).toBe("3.5");
    expect(v("零点零五")).toBe("0.05");
    expect(parseChineseNumber("零点零五")!.decimals).toBe(2);
    expect(v("一点五万")).toBe("15000");
    expect(parseChineseNumber("一点五万")!.decimals).toBe(0);
    expect(v("十二点二五")).toBe("12.25");
  });

  test("负 makes it negative", () => {
    expect(v("负五")).toBe("-5");
    expect(v("负三点五")).toBe("-3.5");
  });
});

describe("parseChinese: 大写 amounts", () => {
  test("壹仟壹佰贰拾陆万伍仟伍佰元整 = 11265500 (the seed's annual budget)", () => {
    expect(parseChineseNumber("壹仟壹佰贰拾陆万伍仟伍佰元整")).toEqual({ value: expect.anything(), decimals: 0, yuan: true });
    expect(v("壹仟壹佰贰拾陆万伍仟伍佰元整")).toBe("11265500");
  });

  test("叁拾叁万柒仟玖佰陆拾伍元肆角贰分 = 337965.42", () => {
    expect(v("叁拾叁万柒仟玖佰陆拾伍元肆角贰分")).toBe("337965.42");
    expect(parseChineseNumber("叁拾叁万柒仟玖佰陆拾伍元肆角贰分")!.decimals).toBe(2);
  });

  test("角 alone, 零 before 分, 零元整, 圆", () => {
    expect(v("叁元肆角")).toBe("3.4");
    expect(parseChineseNumber("叁元肆角")!.decimals).toBe(1);
    expect(v("壹元零伍分")).toBe("1.05");
    expect(v("伍角")).toBe("0.5");
    expect(v("零元整")).toBe("0");
    expect(v("贰佰圆整")).toBe("200");
    expect(v("壹亿零贰拾万元")).toBe("100200000");
  });

  test("everyday numerals with 点 before 元 and 万元, as a clerk writes them out", () => {
    expect(v("一千零六十五万五千五百四十六点五八元")).toBe("10655546.58");
    expect(parseChineseNumber("一千零六十五万五千五百四十六点五八元")).toMatchObject({ decimals: 2, yuan: true });
    expect(chineseAmount("一千一百二十六点五五万元")).toMatchObject({ unit: "万元", decimals: 2 });
    expect(String(chineseAmount("一千一百二十六点五五万元")!.value)).toBe("1126.55");
    // 点 and 角分 together is no amount.
    expect(parseChineseNumber("三点五元四角")).toBeNull();
  });

  test("exact beyond float precision", () => {
    // 9007199254740993 is not a double; Big keeps it.
    expect(v("九千零七万一千九百九十二亿五千四百七十四万零九百九十三")).toBe("9007199254740993");
  });
});

describe("parseChinese: not numbers", () => {
  test.each(["", "百", "千", "万", "亿", "十十", "一万万", "元整", "一窗", "五角星", "三点", "点五", "一是", "abc", "1234"])("%p → null", (s) => {
    expect(parseChinese(s)).toBeNull();
  });
});
