/** The strings: every message key in both languages, no jargon, one unit spacing per language, English plurals. */
import { figureText, MESSAGE_KEYS, renderMessage, sheetLabel, strings } from "../../src/core/i18n";
import { digitDiff } from "../../src/core/i18n/digits";
import { en } from "../../src/core/i18n/en";
import { zhCN } from "../../src/core/i18n/zh-CN";

/** Parameters for any template: every name gives the same text, so a template that uses an unknown name shows it. */
const anyParams = new Proxy({} as Record<string, string>, { get: (_, k) => (typeof k === "string" ? `〈${k}〉` : undefined) });

describe("message keys", () => {
  test("each language has exactly the keys of MESSAGE_KEYS, each a template", () => {
    for (const pack of [zhCN, en]) {
      expect(Object.keys(pack.messages).sort()).toEqual([...MESSAGE_KEYS].sort());
      for (const k of MESSAGE_KEYS) expect(typeof pack.messages[k]).toBe("function");
    }
  });

  test("no message reads undefined, and none carries the jargon of printed precision", () => {
    for (const k of MESSAGE_KEYS) {
      const zh = zhCN.messages[k](anyParams);
      const e = en.messages[k](anyParams);
      for (const t of [zh, e]) expect(t).not.toMatch(/undefined|NaN/);
      expect(zh).not.toMatch(/按所印|所印精度|所印末位|相差一位|容差/);
      expect(e).not.toMatch(/printed precision|last printed digit/);
    }
  });

  test("English has no Chinese punctuation", () => {
    const texts = [
      ...MESSAGE_KEYS.map((k) => en.messages[k](anyParams)),
      ...Object.values(en.ui).map((v) => (typeof v === "function" ? v(anyParams) : v)),
      ...Object.values(en.rules),
      ...Object.values(en.units),
    ];
    for (const t of texts) expect([t, /[（）【】“”：；，。、]/.test(t)]).toEqual([t, false]);
  });

  test("missing-reason messages say where to write the reason", () => {
    for (const k of MESSAGE_KEYS.filter((x) => x.startsWith("unexplained-adjustment."))) {
      expect(zhCN.messages[k](anyParams)).toMatch(/请在.+(写明|填写)/);
      expect(en.messages[k](anyParams)).toMatch(/(Give|Explain|Fill in) .+ (in|column)/);
    }
  });
});

describe("rule names", () => {
  test("plain words, no 无分母", () => {
    expect(zhCN.rules["undefined-rate"]).toBe("预算为0却填了执行率");
    expect(Object.values(zhCN.rules).join()).not.toMatch(/无分母|错位/);
  });
});

describe("figures", () => {
  const money = { value: "10655546.85", unit: "元" };
  test("Chinese sets the unit right after the number, English after a space; % never spaced", () => {
    expect(figureText(money, zhCN)).toBe("10,655,546.85元");
    expect(figureText({ value: "1065.25", unit: "元" }, zhCN)).toBe("1,065.25元");
    expect(figureText(money, en)).toBe("10,655,546.85 yuan");
    expect(figureText({ value: "94.56", unit: "%" }, zhCN)).toBe("94.56%");
    expect(figureText({ value: "94.56", unit: "%" }, en)).toBe("94.56%");
    expect(figureText({ value: "1065.55", unit: "万元" }, en)).toBe("1,065.55 × 10,000 yuan");
  });

  test("which digit differs, in words", () => {
    expect(digitDiff("1065.25元", "1,065.55万元", "zh-CN")).toBe("小数点后第1位写成了2，应为5");
    expect(digitDiff("1065.25元", "1,065.55万元", "en")).toBe("the 1st decimal is 2 where it should be 5");
    expect(digitDiff("1126140.7元", "11,265,140.70元", "zh-CN")).toBe("少了一位数字");
    expect(digitDiff("1,365.55", "1,065.55", "zh-CN")).toBe("百位写成了3，应为0");
    expect(digitDiff("1,369.55", "1,065.55", "zh-CN")).toBe("有2位数字不同");
  });
});

describe("the fund source of a budget row", () => {
  const finding = (params: Record<string, string>) => ({
    rule: "undefined-rate" as const,
    severity: "error" as const,
    cells: ["预算!E6"],
    message: { key: "undefined-rate.number", params },
    expected: null,
    actual: null,
  });

  test("a `row` parameter names it, in each language's words; without one the message stands as before", () => {
    expect(renderMessage(finding({ raw: "0.00%", row: "special" }), "zh-CN")).toBe(
      "财政专户管理资金的全年预算数为0，执行率是0/0，无法计算，却填了“0.00%”；应填“—”。"
    );
    expect(renderMessage(finding({ raw: "0.00%", row: "special" }), "en")).toContain("The adjusted budget of special-account funds is 0");
    expect(renderMessage(finding({ raw: "0" }), "zh-CN")).toBe("全年预算数为0，执行率是0/0，无法计算，却填了“0”；应填“—”。");
  });
});

describe("summaries and sheet headings", () => {
  test("English plurals", () => {
    expect(en.ui.summary({ error: "8", warning: "1", info: "0" })).toBe("8 errors, 1 warning, 0 notes");
    expect(en.ui.total({ files: "1", errors: "2", warnings: "1", unreadable: "0" })).toBe("Total: 1 file, 2 errors, 1 warning, 0 unreadable.");
  });

  test("a sheet named after its role is not followed by the role again", () => {
    const s = strings("zh-CN");
    expect(sheetLabel({ name: "预算执行", role: "budget" }, s)).toBe("预算执行");
    expect(sheetLabel({ name: "Sheet1", role: "budget" }, s)).toBe("Sheet1（预算执行）");
    expect(sheetLabel({ name: "支付台账", role: "payments", hidden: true }, s)).toBe("支付台账（隐藏）");
    expect(sheetLabel({ name: "Sheet2", role: "payments" }, strings("en"))).toBe("Sheet2 (payment ledger)");
  });
});
