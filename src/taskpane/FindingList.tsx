/** The findings, grouped by severity and then by sheet: lists of focusable items that select their cells when activated. */
import { useId } from "@fluentui/react-components";
import { type KeyboardEvent, useCallback, useRef } from "react";
import { figureText, type Lang, renderMessage, sheetLabel, strings } from "../core/i18n";
import type { SheetInfo } from "../core/model";
import { BASIS_FILL, WRONG_FILL } from "../excel/marks";
import { type DocumentScope, placeOf } from "./document-view";
import { displayOrder, type Item, type SeverityGroup } from "./findings-view";
import { classes, useStyles } from "./styles";

export interface FindingListProps {
  groups: SeverityGroup[];
  sheets: readonly SheetInfo[];
  lang: Lang;
  /** The finding last activated (its index in the check result), marked with aria-current. */
  active: number | null;
  /** The finding that holds the list's tab stop; the first shown when null or filtered out. */
  focused: number | null;
  onFocusItem(index: number): void;
  onActivate(item: Item): void;
  /** A cell chip was activated: go to that one cell. */
  onActivateCell(item: Item, cell: string): void;
  /** 修正 on the findings whose right value is proven; absent where the host cannot write fixes. */
  fixes?: FindingFixes;
  /** The Word report checked with the workbook: its cells are places in Word, shown but not buttons. */
  wordReport?: DocumentScope | null;
}

/** What the list needs of the fix plan (src/core/fixes.ts) for one finding. */
export interface FindingFixes {
  /** The cell the finding's fix changes, when it has one. */
  cellOf(index: number): string | undefined;
  /** Why a finding with a correction offers none: a formula (with the cells to change instead), or unproven. */
  blockedOf(index: number): { reason: "formula"; inputs: string[] } | { reason: "unproven" } | undefined;
  onFix(index: number): void;
}

export function FindingList(props: FindingListProps) {
  const { groups, sheets, lang, active, focused, onFocusItem, onActivate, onActivateCell, fixes, wordReport = null } = props;
  const s = strings(lang);
  const styles = useStyles();
  const hintId = useId("finding-hint-");
  const headingId = useId("severity-");
  const refs = useRef(new Map<number, HTMLElement>());

  const order = displayOrder(groups);
  const tabStop = focused !== null && order.some((i) => i.index === focused) ? focused : (order[0]?.index ?? null);

  const focusAt = useCallback(
    (pos: number) => {
      const target = order[Math.max(0, Math.min(order.length - 1, pos))];
      if (!target) return;
      onFocusItem(target.index);
      refs.current.get(target.index)?.focus();
    },
    [order, onFocusItem]
  );

  const onKeyDown = (e: KeyboardEvent<HTMLElement>, item: Item) => {
    // Keys on a cell chip are the chip's own (a button: Enter and Space press it).
    if (e.target !== e.currentTarget) return;
    const pos = order.findIndex((i) => i.index === item.index);
    switch (e.key) {
      case "Enter":
      case " ":
      case "Spacebar":
        e.preventDefault();
        onActivate(item);
        break;
      case "ArrowDown":
        e.preventDefault();
        focusAt(pos + 1);
        break;
      case "ArrowUp":
        e.preventDefault();
        focusAt(pos - 1);
        break;
      case "Home":
        e.preventDefault();
        focusAt(0);
        break;
      case "End":
        e.preventDefault();
        focusAt(order.length - 1);
        break;
    }
  };

  const sheetInfo = (name: string) => sheets.find((x) => x.name === name);

  return (
    <div>
      <span id={hintId} className={styles.hidden}>
        {s.pane.selectHint}
      </span>
      {groups.map((g) => (
        <section key={g.severity} aria-labelledby={`${headingId}${g.severity}`}>
          <h2 id={`${headingId}${g.severity}`} className={styles.severityHeading}>
            {s.pane.withCount({ label: s.severities[g.severity], count: String(g.count) })}
          </h2>
          {g.sheets.map((sg, k) => {
            const info = sheetInfo(sg.sheet);
            const label = wordReport?.parts.has(sg.sheet)
              ? s.pane.docx.heading({ file: wordReport.file, part: sg.sheet })
              : info
                ? sheetLabel(info, s)
                : sg.sheet;
            // A project heading where the project changes (findings name one only when a workbook holds several).
            const newProject = sg.project !== undefined && sg.project !== g.sheets[k - 1]?.project;
            return (
              <div key={`${sg.project ?? ""}\u0000${sg.sheet}`}>
                {newProject && <h3 className={styles.projectHeading}>{s.ui.project({ name: sg.project! })}</h3>}
                <h3 className={styles.sheetHeading}>{label}</h3>
                <div role="list" aria-label={`${s.severities[g.severity]} · ${sg.sheet}`} className={styles.list}>
                  {sg.items.map((item) => {
                    const f = item.finding;
                    const isActive = item.index === active;
                    return (
                      <div
                        key={item.index}
                        role="listitem"
                        tabIndex={item.index === tabStop ? 0 : -1}
                        aria-current={isActive ? "true" : undefined}
                        aria-describedby={hintId}
                        data-finding={item.index}
                        ref={(el) => {
                          if (el) refs.current.set(item.index, el);
                          else refs.current.delete(item.index);
                        }}
                        className={classes(styles.item, styles[f.severity], isActive && styles.active)}
                        onClick={() => onActivate(item)}
                        onKeyDown={(e) => onKeyDown(e, item)}
                        onFocus={() => onFocusItem(item.index)}
                      >
                        <div className={styles.rule}>{s.rules[f.rule]}</div>
                        <div className={styles.message}>{renderMessage(f, lang)}</div>
                        {/* A missing reason is not a wrong figure: its message says what to write and where. */}
                        {f.rule !== "unexplained-adjustment" && (f.expected || f.actual) ? (
                          <div className={styles.figures}>
                            {f.expected && (
                              <span>
                                {s.ui.expected} <strong>{figureText(f.expected, s)}</strong>
                              </span>
                            )}
                            {f.actual && (
                              <span>
                                {s.ui.actual} <strong>{figureText(f.actual, s)}</strong>
                              </span>
                            )}
                          </div>
                        ) : null}
                        <div className={styles.cells}>
                          {f.cells.map((c, k) => {
                            const role = k > 0 ? s.ui.basisCell : f.rule === "unexplained-adjustment" ? s.ui.reasonCell : s.ui.wrongCell;
                            const place = placeOf(c, wordReport, s);
                            if (place !== undefined && wordReport) {
                              // In the Word report: nothing in Excel to go to, so a label, not a button.
                              return (
                                <span
                                  key={c}
                                  className={classes(styles.cell, styles.cellDoc, k === 0 ? styles.cellWrong : styles.cellBasis)}
                                  style={{ backgroundColor: k === 0 ? WRONG_FILL : BASIS_FILL }}
                                  title={s.pane.docx.docCell({ role, place, file: wordReport.file })}
                                  data-doc-cell={c}
                                >
                                  <span className={styles.cellRole}>{role}</span>
                                  {place}
                                  <span className={styles.cellDocMark}>{s.pane.docx.inWord}</span>
                                </span>
                              );
                            }
                            return (
                              <button
                                type="button"
                                key={c}
                                tabIndex={item.index === tabStop ? 0 : -1}
                                className={classes(styles.cell, k === 0 ? styles.cellWrong : styles.cellBasis)}
                                style={{ backgroundColor: k === 0 ? WRONG_FILL : BASIS_FILL }}
                                aria-label={s.pane.goToCell({ role, cell: c })}
                                data-cell={c}
                                onClick={(e) => {
                                  e.stopPropagation();
                                  onActivateCell(item, c);
                                }}
                              >
                                <span className={styles.cellRole}>{role}</span>
                                {c}
                              </button>
                            );
                          })}
                        </div>
                        <FixLine fixes={fixes} index={item.index} tabbable={item.index === tabStop} lang={lang} />
                      </div>
                    );
                  })}
                </div>
              </div>
            );
          })}
        </section>
      ))}
    </div>
  );
}

/** 修正 when the finding's right value is proven; for a formula cell, which cells to change instead. */
function FixLine({ fixes, index, tabbable, lang }: { fixes: FindingFixes | undefined; index: number; tabbable: boolean; lang: Lang }) {
  const styles = useStyles();
  if (!fixes) return null;
  const f = strings(lang).pane.fix;
  const cell = fixes.cellOf(index);
  const blocked = fixes.blockedOf(index);
  if (!cell && !blocked) return null;
  return (
    <div className={styles.fixRow}>
      {cell && (
        <button
          type="button"
          tabIndex={tabbable ? 0 : -1}
          className={classes(styles.cell, styles.fixButton)}
          aria-label={f.oneLabel({ cell })}
          data-fix={cell}
          onClick={(e) => {
            e.stopPropagation();
            fixes.onFix(index);
          }}
        >
          {f.one}
        </button>
      )}
      {blocked && (
        <span className={styles.fixHint}>
          {blocked.reason === "formula" ? f.formula({ inputs: blocked.inputs.join(strings(lang).ui.listSep) }) : f.unproven}
        </span>
      )}
    </div>
  );
}
