/** A small builder for a SheetPlan: cell writes by 0-based position, merges, widths. */
import { a1, columnLetters } from "../address";
import type { CellWrite, ChartPlan, PrintPlan, SheetPlan } from "./plan";

export type CellStyle = Omit<CellWrite, "address" | "value">;

export class SheetBuilder {
  private readonly writes = new Map<string, CellWrite>();
  private readonly merges: string[] = [];
  private readonly widths: Record<string, number> = {};
  chart: ChartPlan | null = null;
  /** Set on sheets the report makes: how they print. */
  print: PrintPlan | null = null;
  note: SheetPlan["note"] | null = null;

  constructor(
    readonly name: string,
    readonly create: boolean,
    readonly needsConsent: boolean
  ) {}

  /** Writes a cell; a later write to the same cell replaces the earlier one. */
  set(row: number, col: number, value: CellWrite["value"], style: CellStyle = {}): void {
    const address = a1(row, col);
    this.writes.set(address, { address, value, ...style });
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (top === bottom && left === right) return;
    this.merges.push(`${a1(top, left)}:${a1(bottom, right)}`);
  }

  width(col: number, chars: number): void {
    this.widths[columnLetters(col)] = chars;
  }

  get size(): number {
    return this.writes.size;
  }

  build(): SheetPlan {
    return {
      name: this.name,
      create: this.create,
      needsConsent: this.needsConsent,
      writes: [...this.writes.values()],
      merges: this.merges,
      widths: this.widths,
      chart: this.chart,
      ...(this.print ? { print: this.print } : {}),
      ...(this.note ? { note: this.note } : {}),
    };
  }
}
