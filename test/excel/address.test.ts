import { localAddress, parseQualified, qualifiedAddress, splitQualified } from "../../src/excel/address";
import { splitAreas } from "../../src/excel/read";
import { widthToPoints } from "../../src/excel/apply-plan";
import { needsQuotePrefix } from "../../src/excel/typed-text";

describe("sheet-qualified addresses", () => {
  it("parses quoted names with spaces, quotes and exclamation marks", () => {
    expect(parseQualified("'My Sheet'!B2")).toEqual({ sheet: "My Sheet", top: 1, left: 1, bottom: 1, right: 1 });
    expect(parseQualified("'O''Brien''s'!A1:C3")).toEqual({ sheet: "O'Brien's", top: 0, left: 0, bottom: 2, right: 2 });
    expect(parseQualified("'Wow!'!$D$4")).toEqual({ sheet: "Wow!", top: 3, left: 3, bottom: 3, right: 3 });
    expect(parseQualified("预算执行!E4")).toEqual({ sheet: "预算执行", top: 3, left: 4, bottom: 3, right: 4 });
  });

  it("normalises reversed ranges and rejects what is not a cell", () => {
    expect(parseQualified("S!C3:A1")).toEqual({ sheet: "S", top: 0, left: 0, bottom: 2, right: 2 });
    expect(parseQualified("B2")).toBeNull();
    expect(parseQualified("S!nonsense")).toBeNull();
    expect(parseQualified("'unclosed!A1")).toBeNull();
    expect(splitQualified("''!A1")).toBeNull();
  });

  it("writes the canonical form Excel uses", () => {
    expect(qualifiedAddress({ sheet: "My Sheet", top: 1, left: 1, bottom: 1, right: 1 })).toBe("'My Sheet'!B2");
    expect(qualifiedAddress({ sheet: "预算", top: 0, left: 0, bottom: 2, right: 5 })).toBe("预算!A1:F3");
    expect(localAddress({ top: 0, left: 26, bottom: 0, right: 26 })).toBe("AA1");
  });

  it("splits RangeAreas addresses without breaking quoted sheet names", () => {
    expect(splitAreas("Sheet1!A1:F1, Sheet1!A2:F2")).toEqual(["Sheet1!A1:F1", "Sheet1!A2:F2"]);
    expect(splitAreas("'a, b'!A1:B1,'a, b'!C3")).toEqual(["'a, b'!A1:B1", "'a, b'!C3"]);
    expect(splitAreas("'it''s, x'!A1")).toEqual(["'it''s, x'!A1"]);
  });
});

describe("plan writing helpers", () => {
  it("converts character widths to points as Excel does", () => {
    expect(widthToPoints(8.43)).toBe(48);
    expect(widthToPoints(20)).toBe(108.75);
  });

  it("guards the text that Excel would turn into a number, date or formula", () => {
    for (const s of ["1,000.10", "=SUM(A1)", "-5", "12%", "2023-08-04", "8月4日", "TRUE", "1e5", "10:30"]) expect(needsQuotePrefix(s)).toBe(true);
    for (const s of ["待填写", "资金总额", "2023年度项目资金预算执行情况", "单位：元", ""]) expect(needsQuotePrefix(s)).toBe(false);
  });
});
