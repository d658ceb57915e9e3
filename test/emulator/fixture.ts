/** Shared workbook and helpers for the emulator tests. */
import { createExcelEmulator, type EmulatorOptions, type ExcelEmulator } from "../../src/emulator";
import { err, num, sheet, workbook } from "../helpers/workbook";

/** 预算 holds a small budget table: a number stored as text ("200"), percentages, SUM formulas with cached values, an error. */
export function budgetBook() {
  return workbook(
    sheet(
      "预算",
      [
        ["项目", "预算数", "执行数", "执行率"],
        ["办公费", 100, 95, num(0.95, "0.00%")],
        ["差旅费", "200", 150, num(0.75, "0.00%")],
        ["合计", { v: 300, f: "SUM(B2:B3)" }, { v: 245, f: "SUM(C2:C3)" }, err("#DIV/0!")],
      ],
      { merges: ["A6:D6"] }
    ),
    sheet("My Sheet", [["x", 1]]),
    sheet("隐藏", [["h"]], { hidden: true })
  );
}

export function budgetEmulator(options: EmulatorOptions = {}): ExcelEmulator {
  return createExcelEmulator(budgetBook(), options);
}

/** The rejection of a promise (fails the test if it resolves). */
export async function rejection(p: Promise<unknown>): Promise<OfficeExtension.Error> {
  try {
    await p;
  } catch (e) {
    return e as OfficeExtension.Error;
  }
  throw new Error("expected the promise to reject");
}

/** The error a function throws synchronously. */
export function thrown(f: () => unknown): OfficeExtension.Error {
  try {
    f();
  } catch (e) {
    return e as OfficeExtension.Error;
  }
  throw new Error("expected a throw");
}
