/** Whether a reason is given: in a note or reason cell, or in a sentence of the narrative that names the topic and a cause. */
import type { WorkbookModel } from "../model";

// 系 gives a reason as in 系因, 主要系, 系使用…, not inside 体系, 系统, 联系, 关系.
export const BECAUSE = /(原因|因为|由于|因|(?<![体联关维谱派直])系(?!统|列|数)|用于|主要是|所致|导致|造成|故|所以|因此|reason|because|due to)/i;

/** A form's own instructions left in the reason cell ask for a reason, and so does a report's 【待填写：…】 prompt; they give none. */
const PROMPT = /(\d+\s*字以内|需(要)?说明|应(单独)?说明|请(填写|说明)|说明(理由|原因)[)）]?$|结合自评情况|对照年度目标|【待填写|\[to fill in)/i;

/** Whether a note or reason cell says something: 无, —, /, and the form's printed prompts are placeholders. */
export function stated(text: string): boolean {
  const t = text.normalize("NFKC").replace(/\s+/g, "");
  return t !== "" && !/^(无|没有|暂无|空|[-—–~/\\]+|n\/?a|none|nil)$/i.test(t) && !PROMPT.test(t);
}

export function sentences(model: WorkbookModel): string[] {
  return model.narratives.flatMap((n) => n.paragraphs.flatMap((p) => p.text.split(/[。；;！？!?\n]/))).filter((s) => !PROMPT.test(s));
}

/** A narrative sentence that names the topic and gives a cause. */
export function explained(model: WorkbookModel, topic: RegExp): boolean {
  return sentences(model).some((s) => topic.test(s) && BECAUSE.test(s));
}
