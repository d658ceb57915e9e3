/** The 自评报告 as a Word document: the narrative's paragraphs with their kinds, and the form as its appendix; pure, no I/O. */
import type { Lang } from "../i18n/types";
import { type PlannedReport, promptsIn } from "./plan";
import type { NarrativeResult, ParagraphKind } from "./narrative";
import { rowKind } from "./narrative";

export interface DocParagraph {
  text: string;
  kind: ParagraphKind;
  /** Holds a 【待填写】 prompt: highlighted, as on the sheet. */
  prompt: boolean;
}

export interface DocumentPlan {
  lang: Lang;
  /** The document's title (its properties): the narrative's title, else the form's. */
  title: string;
  paragraphs: DocParagraph[];
  /** The 自评表 the report made, set as a table after the narrative under the heading 附件; null when the form is the user's own sheet. */
  appendix: { heading: string; sheet: string } | null;
}

export function planDocument(lang: Lang, narrative: NarrativeResult, fallbackTitle: string, appendix: DocumentPlan["appendix"]): DocumentPlan {
  const paragraphs = narrative.rows.map((r, i) => ({ text: r.text, kind: rowKind(narrative.rows, i), prompt: r.prompt }));
  const title = paragraphs.filter((p) => p.kind === "title").map((p) => p.text);
  return { lang, title: title.length ? title.join(" ") : fallbackTitle, paragraphs, appendix };
}

/** 【待填写】 prompts in the Word report: its paragraphs' and its appendix form's. */
export function documentPrompts(plan: PlannedReport): number {
  const form = plan.document.appendix ? plan.sheets.find((s) => s.name === plan.document.appendix!.sheet) : undefined;
  return plan.document.paragraphs.filter((p) => p.prompt).length + (form ? promptsIn(form) : 0);
}
