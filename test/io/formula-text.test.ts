/** Shared-formula translation and formula tidying. */
import { shiftFormula, tidyFormula } from "../../src/io/formula-text";

describe("shiftFormula", () => {
  it.each([
    ["SUM(B3:B5)", 1, 0, "SUM(B4:B6)"],
    ["IFERROR(D4/C4,0)", 3, 0, "IFERROR(D7/C7,0)"],
    ["$A$1+A$1+$A1+A1", 2, 2, "$A$1+C$1+$A3+C3"],
    ["SUM(A:A)+SUM($B:C)+SUM(1:2)+SUM($3:4)", 1, 1, "SUM(B:B)+SUM($B:D)+SUM(2:3)+SUM($3:5)"],
    ['IF(A1="A1","B2",A1)', 1, 0, 'IF(A2="A1","B2",A2)'],
    ["'预算 执行'!D4/预算!C4+Sheet1!A1", 1, 0, "'预算 执行'!D5/预算!C5+Sheet1!A2"],
    ["LOG10(A1)+ATAN2(B1,C1)", 1, 0, "LOG10(A2)+ATAN2(B2,C2)"],
    ["Table1[金额]+A1", 1, 0, "Table1[金额]+A2"],
    ["IFERROR(A1,#N/A)+1.5E+3", 1, 0, "IFERROR(A2,#N/A)+1.5E+3"],
    ["A1-B1", -1, 0, "#REF!-#REF!"],
    ["XFD1+A1048576", 0, 1, "#REF!+B1048576"],
    ["金额2023+A1", 1, 0, "金额2023+A2"],
  ])("%s moved by (%i, %i) reads %s", (f, dr, dc, out) => {
    expect(shiftFormula(f, dr, dc)).toBe(out);
  });
});

describe("tidyFormula", () => {
  it("drops a leading = and _xlfn./_xlws. prefixes outside strings", () => {
    expect(tidyFormula("=SUM(A1)")).toBe("SUM(A1)");
    expect(tidyFormula('_xlfn.XLOOKUP(A1,B:B,C:C,"_xlfn.")+_xlws.FILTER(A1:A2,A1:A2>0)')).toBe('XLOOKUP(A1,B:B,C:C,"_xlfn.")+FILTER(A1:A2,A1:A2>0)');
  });
});
