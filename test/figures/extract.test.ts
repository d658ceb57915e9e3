import { extractFigures } from "../../src/core/figures/extract";
import { brief, count, date, money, year } from "./helpers";

const raws = (s: string) => extractFigures(s).map((f) => f.raw);
const one = (s: string) => {
  const figs = extractFigures(s);
  expect(figs).toHaveLength(1);
  return brief(figs[0]!);
};

describe("Arabic numbers and units", () => {
  test("separators, decimals and the unit after one space", () => {
    expect(one("面积 4300 ㎡")).toMatchObject(count("4300 ㎡", "4300", "㎡"));
    expect(one("有 59 家职能单位")).toMatchObject(count("59 家", "59", "家"));
    expect(one("金额1,065.25万元")).toMatchObject(money("1,065.25万元", "1065.25", "万元", "10652500", null));
    expect(one("共1,234,567.89元")).toMatchObject({ value: "1234567.89", yuan: "1234567.89" });
    expect(one("共计 1126.55 万元")).toMatchObject({ raw: "1126.55 万元", yuan: "11265500" });
  });

  test("full-width digits, point, comma and percent", () => {
    expect(one("总预算１，０６５．２５万元")).toMatchObject(money("１，０６５．２５万元", "1065.25", "万元", "10652500", "budget"));
    expect(one("执行率９４．５６％")).toMatchObject({ kind: "percent", value: "94.56", concept: "rate" });
    // a full-width comma between half-width digits is a clause break, not a separator
    expect(raws("分别为128，256人")).toEqual(["128", "256人"]);
  });

  test("a currency sign makes money in 元, with 元 after a space, and a period after the unit", () => {
    expect(one("总预算：￥33796500.00 元/三年")).toMatchObject(money("￥33796500.00 元", "33796500.00", "元", "33796500", "budget", null, 3));
    expect(one("¥1,000")).toMatchObject(money("¥1,000", "1000", "元", "1000", null));
    expect(one("¥ 2.5万元")).toMatchObject({ unit: "万元", yuan: "25000" });
    expect(one("RMB 1000")).toMatchObject({ kind: "money", yuan: "1000" });
    expect(one("每人100元/人")).toMatchObject({ raw: "100元", periodYears: null });
  });

  test("money units 元/千元/万元/亿元, and 千万元 folded into 万元", () => {
    expect(one("3.5千元")).toMatchObject({ unit: "千元", yuan: "3500" });
    expect(one("1.2亿元")).toMatchObject({ unit: "亿元", yuan: "120000000" });
    expect(one("100圆")).toMatchObject({ unit: "元", yuan: "100" });
    expect(one("3千万元")).toMatchObject({ raw: "3千万元", value: "3000", unit: "万元", yuan: "30000000" });
    expect(one("5000人民币")).toMatchObject({ unit: "元", yuan: "5000" });
  });

  test("percent, a stray money unit after it, with or without a space", () => {
    expect(one("执行率94.56%元")).toMatchObject({ raw: "94.56%元", kind: "percent", value: "94.56", unit: "%", strayUnit: "元", concept: "rate" });
    expect(one("执行率94.56% 万元")).toMatchObject({ raw: "94.56% 万元", strayUnit: "万元" });
    expect(one("执行率94.56 %")).toMatchObject({ raw: "94.56 %", value: "94.56" });
    expect(extractFigures("执行率94.56%")[0]!.strayUnit).toBeUndefined();
    expect(one("支出100元元")).toMatchObject({ raw: "100元元", kind: "money", strayUnit: "元" });
  });

  test("百分之 is a percent", () => {
    expect(one("达到百分之九十")).toMatchObject({ raw: "百分之九十", kind: "percent", value: "90", unit: "%" });
    expect(one("百分之94.5")).toMatchObject({ value: "94.5" });
  });

  test("counts and plain numbers", () => {
    expect(one("日均人流量 3200 人次")).toMatchObject(count("3200 人次", "3200", "人次"));
    expect(one("服务期限5个月")).toMatchObject(count("5个月", "5", "个月"));
    expect(one("服务期限3年")).toMatchObject(count("3年", "3", "年"));
    expect(one("覆盖2万人")).toMatchObject(count("2万人", "2", "万人"));
    expect(one("得分9.5分")).toMatchObject({ kind: "count", value: "9.5", unit: "分" });
    expect(one("指标值 128")).toMatchObject({ raw: "128", kind: "plain", unit: null });
  });

  test("a bare 万 or 亿 right after words naming money is 万元 or 亿元; after other words it stays a count", () => {
    expect(one("安排资金19204.096万")).toMatchObject(money("19204.096万", "19204.096", "万元", "192040960", null));
    expect(one("已拨付3万")).toMatchObject({ kind: "money", unit: "万元", yuan: "30000" });
    expect(one("项目总投资共计1.2亿")).toMatchObject({ kind: "money", unit: "亿元", yuan: "120000000" });
    expect(one("结余：0.5万")).toMatchObject({ kind: "money", yuan: "5000", concept: "balance" });
    // Not money: the count's own unit (万人), or words between the money word and the figure.
    expect(one("资金惠及2万人")).toMatchObject(count("2万人", "2", "万人"));
    expect(one("安排就业岗位3万")).toMatchObject({ kind: "count", unit: "万" });
    expect(one("服务群众1.2万")).toMatchObject({ kind: "count", unit: "万" });
  });

  test("未支出 and 未支 name what is unpaid, not what was paid; 未支持 names neither", () => {
    expect(one("未支出资金20万元")).toMatchObject({ kind: "money", concept: "balance" });
    expect(one("未支703万元")).toMatchObject({ kind: "money", concept: "balance" });
    expect(one("支付18501.096万元")).toMatchObject({ kind: "money", concept: "executed" });
    expect(one("未支持的项目资金20万元")).toMatchObject({ kind: "money", concept: null });
  });

  test("a minus only where a sign can stand", () => {
    expect(one("增长 -5%")).toMatchObject({ raw: "-5%", value: "-5" });
    expect(one("差额为−1,200元")).toMatchObject({ value: "-1200", yuan: "-1200" });
    expect(one("资金总额-11265500元")).toMatchObject({ raw: "11265500元", value: "11265500", source: "total" });
    expect(raws("3-5人")).toEqual(["3", "5人"]);
  });

  test("exact values", () => {
    expect(one("共计9007199254740.993万元")).toMatchObject({ value: "9007199254740.993", yuan: "90071992547409930" });
  });
});

describe("Chinese numerals", () => {
  test("with a money unit, everyday or 大写", () => {
    expect(one("预算一千二百万元")).toMatchObject(money("一千二百万元", "1200", "万元", "12000000", "budget"));
    expect(one("大写：壹仟壹佰贰拾陆万伍仟伍佰元整")).toMatchObject(money("壹仟壹佰贰拾陆万伍仟伍佰元整", "11265500", "元", "11265500", null));
    expect(one("叁拾叁万柒仟玖佰陆拾伍元肆角贰分")).toMatchObject({ value: "337965.42", yuan: "337965.42" });
    expect(one("零元")).toMatchObject({ kind: "money", value: "0", yuan: "0" });
    expect(one("两万元")).toMatchObject({ value: "2", unit: "万元", yuan: "20000" });
  });

  test("with a clear count unit", () => {
    expect(one("招聘十五人")).toMatchObject(count("十五人", "15", "人"));
    expect(one("一百零五项")).toMatchObject(count("一百零五项", "105", "项"));
    expect(one("两家")).toMatchObject({ value: "2", unit: "家" });
  });

  test("not figures: slogans, idioms, ordinals, 一是…二是", () => {
    expect(raws("“一门、一网、一窗、一 次”改革")).toEqual([]);
    expect(raws("“一门、一网、一窗、一次”改革")).toEqual([]);
    expect(raws("打破一人只做一类业务")).toEqual([]);
    expect(raws("一次性支付")).toEqual([]);
    expect(raws("（一）项目基本情况\n一、项目概况\n二(三)\n一是加强；二是要求；三是提交")).toEqual([]);
    expect(raws("第十二条；第一办事大厅；负一层；南一楼；三方友好协商；千方百计；十分重要")).toEqual([]);
  });

  test("三年 / 一年 / 五个月 are period words, not figures", () => {
    expect(raws("合同三年，服务五个月")).toEqual([]);
    expect(raws("二〇二三年")).toEqual(["二〇二三年"]);
    expect(one("二〇二三年")).toMatchObject(year("二〇二三年", 2023));
  });
});

describe("dates and years", () => {
  test.each([
    ["2023年8月4日", { year: 2023, month: 8, day: 4 }, "date"],
    ["2023 年 8 月 4 日", { year: 2023, month: 8, day: 4 }, "date"],
    ["2023年7月", { year: 2023, month: 7, day: null }, "date"],
    ["2023年", { year: 2023, month: null, day: null }, "year"],
    ["2023年度", { year: 2023, month: null, day: null }, "year"],
    ["2023-08-04", { year: 2023, month: 8, day: 4 }, "date"],
    ["2023.8.4", { year: 2023, month: 8, day: 4 }, "date"],
    ["2023/12/31", { year: 2023, month: 12, day: 31 }, "date"],
    ["8月4日", { year: null, month: 8, day: 4 }, "date"],
    ["7月份", { year: null, month: 7, day: null }, "date"],
  ])("%s", (s, d, kind) => {
    expect(one(s)).toMatchObject({ raw: s, kind, date: d, concept: null, source: null });
  });

  test("month ranges give both months, year null", () => {
    expect(extractFigures("（8月—12月）").map(brief)).toMatchObject([date("8月", null, 8, null), date("12月", null, 12, null)]);
    expect(extractFigures("1-7月份").map(brief)).toMatchObject([date("1", null, 1, null), date("7月份", null, 7, null)]);
    expect(extractFigures("2023年1月—7月").map(brief)).toMatchObject([date("2023年1月", 2023, 1, null), date("7月", null, 7, null)]);
    expect(extractFigures("2023-2025年").map(brief)).toMatchObject([year("2023", 2023), year("2025年", 2025)]);
  });

  test("a year and a money figure side by side", () => {
    expect(extractFigures("2023年政府采购支出1065.25元").map(brief)).toMatchObject([
      year("2023年", 2023),
      money("1065.25元", "1065.25", "元", "1065.25", "executed"),
    ]);
  });

  test("invalid dates are not dates", () => {
    expect(one("共13月")).toMatchObject({ kind: "count", unit: "月" });
    expect(one("4300年")).toMatchObject({ kind: "count" });
  });
});

describe("exclusions", () => {
  test("document numbers", () => {
    expect(raws("（国办发〔2018〕45 号）、（琼府办〔2014〕159号）、财预〔2020〕10号、〔2020〕10号、京政发(2019)3号、[2021]7号")).toEqual([]);
    expect(raws("根据第十二条、第3条、第 2 款")).toEqual([]);
  });

  test("phone numbers, masked or not, and landlines", () => {
    expect(raws("联系电话：13138999588")).toEqual([]);
    expect(raws("联系电话：131****9588")).toEqual([]);
    expect(raws("电话0898-68724567")).toEqual([]);
    expect(raws("身份证号460100199001011234")).toEqual([]);
    // the same digits with a money unit are an amount
    expect(one("支出13138999588元")).toMatchObject({ kind: "money", yuan: "13138999588" });
  });

  test("Arabic ordinals and codes", () => {
    expect(raws("1.项目概况\n(1)资金\n（2）管理\n2、支出\n  3) 其他")).toEqual([]);
    expect(raws("5G网络，编号HK2023-001，版本1.2.3")).toEqual([]);
  });

  test("a number mid-line followed by 、 is still a figure", () => {
    expect(raws("共128人、59家")).toEqual(["128人", "59家"]);
  });
});

describe("concept and source", () => {
  test("budget keywords: 年初 / 全年 / 调整后 / plain 预算", () => {
    const f = extractFigures("年初预算100万元，全年预算120万元，调整后预算数130万元，总预算140万元，预算数150万元").map((x) => x.concept);
    expect(f).toEqual(["budget-initial", "budget-annual", "budget-annual", "budget", "budget"]);
  });

  test("executed, contract, balance", () => {
    const f = extractFigures("实际支出10元，已支付20元，合同金额30元，中标金额40元，结余50元，尚未支付60元，剩余70元").map((x) => x.concept);
    expect(f).toEqual(["executed", "executed", "contract", "contract", "balance", "balance", "balance"]);
    expect(one("余61.3万元未支付")).toMatchObject(money("61.3万元", "61.3", "万元", "613000", "balance"));
  });

  test("the keyword nearest the figure wins", () => {
    expect(one("预算执行情况：实际支出100元")).toMatchObject({ concept: "executed" });
    expect(one("支出占预算100元")).toMatchObject({ concept: "budget" });
    expect(one("完成投资3483万元")).toMatchObject({ concept: "executed", yuan: "34830000" });
  });

  test("a money figure without a keyword takes the previous money figure's concept in the sentence", () => {
    expect(extractFigures("合同金额三年33795422.10元，一年1126140.7元").map(brief)).toMatchObject([
      money("33795422.10元", "33795422.10", "元", "33795422.1", "contract", null, 3),
      money("1126140.7元", "1126140.7", "元", "1126140.7", "contract", null, 1),
    ]);
    // ；does not end the sentence for this, so both of the seed's budget figures read as budget
    expect(extractFigures("总预算：￥33796500.00 元/三年；￥11265500.00 元/年。").map(brief)).toMatchObject([
      money("￥33796500.00 元", "33796500.00", "元", "33796500", "budget", null, 3),
      money("￥11265500.00 元", "11265500.00", "元", "11265500", "budget", null, 1),
    ]);
    // 。 does
    expect(extractFigures("合同金额100元。另100元").map((f) => f.concept)).toEqual(["contract", null]);
  });

  test("percents: rate keywords, else other; a bare number after 执行率 is a rate", () => {
    expect(one("完成预算94.56%")).toMatchObject({ concept: "rate" });
    expect(one("支付进度80%")).toMatchObject({ concept: "rate" });
    expect(one("预算执行率 95.5%")).toMatchObject({ concept: "rate" });
    expect(one("满意度95%")).toMatchObject({ concept: "other" });
    expect(one("剩余10%")).toMatchObject({ concept: "other" });
    expect(one("专户-执行率0")).toMatchObject({ raw: "0", kind: "plain", value: "0", concept: "rate", source: "special" });
    expect(one("单位全年执行率0.00%")).toMatchObject({ value: "0.00", concept: "rate", source: "unit" });
  });

  test("fund sources", () => {
    const s = extractFigures("资金总额100元，财政资金90元，当年财政拨款80元，财政专户70元，单位资金60元，自筹50元，其他资金40元，上年结转30元，合计20元").map(
      (f) => f.source
    );
    expect(s).toEqual(["total", "fiscal", "fiscal", "special", "unit", "unit", "other", "prior", "total"]);
  });

  test("单位 is a source only as a row heading", () => {
    expect(one("单位全年执行数0元")).toMatchObject({ source: "unit", concept: "executed" });
    expect(one("单位-执行率0")).toMatchObject({ source: "unit" });
    expect(one("预算单位 某中心支付100元")).toMatchObject({ source: null, concept: "executed" });
    expect(one("单位委托代理公司，支付100元")).toMatchObject({ source: null });
    expect(one("职能单位支付100元")).toMatchObject({ source: null });
  });

  test("a source without a keyword is inherited within the sentence", () => {
    expect(extractFigures("财政资金-全年执行数100元，执行率94.56%").map((f) => f.source)).toEqual(["fiscal", "fiscal"]);
    expect(extractFigures("财政资金100元。执行率94.56%").map((f) => f.source)).toEqual(["fiscal", null]);
  });

  test("counts, years and dates carry no concept or source", () => {
    const f = extractFigures("财政资金支付2023年8月4日招聘128人");
    expect(f.map((x) => [x.kind, x.concept, x.source])).toEqual([
      ["date", null, null],
      ["count", null, null],
    ]);
  });
});

describe("periodYears", () => {
  test("a period word right before the figure or right after its unit", () => {
    expect(one("三年33795422.10元")).toMatchObject({ periodYears: 3 });
    expect(one("3年33795422.10元")).toMatchObject({ periodYears: 3 });
    expect(one("每年100万元")).toMatchObject({ periodYears: 1 });
    expect(one("年均100万元")).toMatchObject({ periodYears: 1 });
    expect(one("100万元/年")).toMatchObject({ periodYears: 1 });
    expect(one("300万元/3年")).toMatchObject({ periodYears: 3 });
    expect(one("两年合计200万元")).toMatchObject({ periodYears: 2 });
  });
  test("null otherwise: years, distant period words", () => {
    expect(extractFigures("2023年100万元").map((f) => f.periodYears)).toEqual([null, null]);
    expect(one("服务三年，合同金额100万元")).toMatchObject({ periodYears: null });
    expect(one("100万元/人")).toMatchObject({ periodYears: null });
  });
});

describe("offsets and labels", () => {
  test("raw is text.slice(start, end), even with full-width text", () => {
    const text = "资金总额－执行率９４．５６％元，支出１，０６５．２５万元；联系电话：131****9588。";
    const figs = extractFigures(text);
    expect(figs.map((f) => f.raw)).toEqual(["９４．５６％元", "１，０６５．２５万元"]);
    for (const f of figs) expect(text.slice(f.start, f.end)).toBe(f.raw);
  });
  test("labels stop at 。；;！？ and line ends", () => {
    const figs = extractFigures("预算100元；支出80元！余20元\n执行率80%");
    expect(figs.map((f) => f.label)).toEqual(["预算", "支出", "余", "执行率"]);
  });
  test("empty text", () => {
    expect(extractFigures("")).toEqual([]);
  });
});
