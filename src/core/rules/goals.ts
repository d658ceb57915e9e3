/** Goal cells: a form cell under or beside a 预期目标/年度目标 heading states what was planned, not what was done. */
import type { Ref } from "../model";
import { headerText } from "../recognize/headers";
import type { RuleContext } from "./rule";

const GOAL = /目标/;
const OUTCOME = /(完成|实际|实现)/;
/** A row label that covers both columns of the goal block (年度总体目标 over 预期目标 | 实际完成情况) names neither. */
const BLOCK = /总体目标$/;

export function isGoalCell(ctx: RuleContext, ref: Ref): boolean {
  const sheet = ctx.model.snapshot.sheets.find((s) => s.name === ref.sheet);
  if (!sheet) return false;
  const goal = (t: string) => t.length <= 12 && GOAL.test(t) && !OUTCOME.test(t);
  // The column's own heading decides first: 预期目标 | 实际完成情况 sit above their cells.
  for (let r = ref.row - 1; r >= Math.max(0, ref.row - 3); r--) {
    const t = headerText(sheet, r, ref.col);
    if (t && OUTCOME.test(t) && t.length <= 12) return false;
    if (t && goal(t)) return true;
  }
  for (let c = 0; c < ref.col; c++) {
    const t = headerText(sheet, ref.row, c);
    if (goal(t) && !BLOCK.test(t)) return true;
  }
  return false;
}
