/**
 * The pane's styles: compact, for the default 350 px task pane; nothing may make it scroll sideways, long text wraps anywhere.
 * A static stylesheet over Fluent's CSS variables rather than makeStyles: Griffel's runtime style compiler would put ~60 KB
 * into the pane's first download.
 */
import { tokens } from "@fluentui/react-components";

type Declarations = Record<string, string | number>;
type Rule = Record<string, string | number | Declarations>;

const RULES = {
  root: {
    boxSizing: "border-box",
    minHeight: "100vh",
    width: "100%",
    maxWidth: "100%",
    overflowX: "hidden",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    overflowWrap: "anywhere",
    wordBreak: "break-word",
  },
  progress: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    minWidth: 0,
  },
  grow: { flexGrow: 1, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  capitalize: { textTransform: "capitalize" },
  dropdown: { width: "100%", minWidth: 0, maxWidth: "100%" },
  option: { overflowWrap: "anywhere", wordBreak: "break-word" },
  listbox: { maxWidth: "calc(100vw - 24px)" },
  severityHeading: {
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS}`,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    textTransform: "capitalize",
  },
  sheetHeading: {
    margin: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalXXS}`,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  item: {
    boxSizing: "border-box",
    minWidth: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    borderLeftWidth: "3px",
    borderLeftStyle: "solid",
    borderTopWidth: tokens.strokeWidthThin,
    borderRightWidth: tokens.strokeWidthThin,
    borderBottomWidth: tokens.strokeWidthThin,
    borderTopStyle: "solid",
    borderRightStyle: "solid",
    borderBottomStyle: "solid",
    borderTopColor: tokens.colorNeutralStroke2,
    borderRightColor: tokens.colorNeutralStroke2,
    borderBottomColor: tokens.colorNeutralStroke2,
    backgroundColor: tokens.colorNeutralBackground1,
    cursor: "pointer",
    overflowWrap: "anywhere",
    wordBreak: "break-word",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: "solid",
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: "1px",
    },
  },
  error: { borderLeftColor: tokens.colorStatusDangerBorderActive },
  warning: { borderLeftColor: tokens.colorStatusWarningBorderActive },
  info: { borderLeftColor: tokens.colorPaletteBlueBorderActive },
  active: {
    backgroundColor: tokens.colorBrandBackground2,
    borderTopColor: tokens.colorBrandStroke1,
    borderRightColor: tokens.colorBrandStroke1,
    borderBottomColor: tokens.colorBrandStroke1,
    ":hover": { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  rule: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  message: { fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  figures: {
    display: "flex",
    flexWrap: "wrap",
    gap: `0 ${tokens.spacingHorizontalM}`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  cells: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
  // A cell chip: a button that opens its one cell, filled like the mark 标记全部单元格 gives that cell.
  cell: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: "#242424",
    borderRadius: tokens.borderRadiusSmall,
    borderWidth: tokens.strokeWidthThin,
    borderStyle: "solid",
    padding: `0 ${tokens.spacingHorizontalXS}`,
    maxWidth: "100%",
    overflowWrap: "anywhere",
    wordBreak: "break-all",
    textAlign: "start",
    cursor: "pointer",
    ":hover": { textDecorationLine: "underline" },
    ":focus-visible": {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: "solid",
      outlineColor: tokens.colorStrokeFocus2,
    },
  },
  // Their fills come from src/excel/marks.ts (inline), the same as the marks in the workbook.
  cellWrong: { borderColor: "#C4314B", fontWeight: tokens.fontWeightSemibold },
  cellBasis: { borderColor: "#D8C06A" },
  cellRole: { fontFamily: tokens.fontFamilyBase, marginRight: tokens.spacingHorizontalXXS },
  // A place in the Word report: not a button (nothing in the workbook to go to), so no pointer and a dashed border.
  cellDoc: { borderStyle: "dashed", cursor: "default", ":hover": { textDecorationLine: "none" } },
  cellDocMark: { fontFamily: tokens.fontFamilyBase, marginLeft: tokens.spacingHorizontalXXS, fontSize: tokens.fontSizeBase100 },
  // 修正 on a finding, and the confirmation's before/after lines.
  fixRow: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXXS },
  fixButton: { fontWeight: tokens.fontWeightSemibold, borderColor: tokens.colorBrandStroke1, color: tokens.colorBrandForeground1 },
  fixHint: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  fixList: {
    listStyle: "none",
    padding: 0,
    margin: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    maxHeight: "50vh",
    overflowY: "auto",
  },
  fixCell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  fixLabel: { display: "inline-block", minWidth: "4em", marginRight: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground2 },
  fixRemoved: { backgroundColor: "#FDE7E9", color: "#A4262C" },
  fixAdded: { backgroundColor: "#DFF6DD", color: "#0E700E", textDecorationLine: "none", fontWeight: tokens.fontWeightSemibold },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    gap: `0 ${tokens.spacingHorizontalM}`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
  legendItem: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  swatch: {
    display: "inline-block",
    width: "12px",
    height: "12px",
    borderRadius: "2px",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  // A severity filter that is off: struck through and faint, so it cannot be taken for on.
  // !important: Fluent's own button classes come later in the document.
  filterOff: {
    textDecorationLine: "line-through !important",
    color: `${tokens.colorNeutralForegroundDisabled} !important`,
    borderStyle: "dashed !important",
    backgroundColor: "transparent !important",
  },
  projectHeading: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightBold,
    overflowWrap: "anywhere",
  },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
} satisfies Record<string, Rule>;

export type StyleName = keyof typeof RULES;

const kebab = (k: string) => k.replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`);

function block(selector: string, d: Declarations): string {
  return `${selector}{${Object.entries(d)
    .map(([k, v]) => `${kebab(k)}:${v}`)
    .join(";")}}`;
}

/** The stylesheet text; later rules win, so severity and active colours override the item's. */
export function stylesheet(): string {
  return Object.entries(RULES as Record<string, Rule>)
    .map(([name, rule]) => {
      const own: Declarations = {};
      const nested: string[] = [];
      for (const [k, v] of Object.entries(rule)) {
        if (typeof v === "object") nested.push(block(`.se-${name}${k}`, v));
        else own[k] = v;
      }
      return block(`.se-${name}`, own) + nested.join("");
    })
    .join("\n");
}

const CLASSES = Object.fromEntries(Object.keys(RULES).map((k) => [k, `se-${k}`])) as Record<StyleName, string>;
let injected: Document | null = null;

/** Class names of the pane's styles; the first call in a document adds the stylesheet to it. */
export function useStyles(): Record<StyleName, string> {
  if (typeof document !== "undefined" && injected !== document) {
    const el = document.createElement("style");
    el.dataset.selfeval = "";
    el.textContent = stylesheet();
    document.head.appendChild(el);
    injected = document;
  }
  return CLASSES;
}

/** Joins class names, skipping the falsy ones. */
export function classes(...names: Array<string | false | null | undefined>): string {
  return names.filter(Boolean).join(" ");
}
