/** The findings, grouped by severity and then by sheet: lists of focusable items that select their cells when activated. */
import { useId } from "@fluentui/react-components";
import { type KeyboardEvent, useCallback, useRef } from "react";
import { figureText, type Lang, renderMessage, strings } from "../core/i18n";
import type { SheetInfo } from "../core/model";
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
}

export function FindingList(props: FindingListProps) {
  const { groups, sheets, lang, active, focused, onFocusItem, onActivate } = props;
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
    [order, onFocusItem],
  );

  const onKeyDown = (e: KeyboardEvent<HTMLElement>, item: Item) => {
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
          {g.sheets.map((sg) => {
            const info = sheetInfo(sg.sheet);
            const note = info ? [s.roles[info.role], ...(info.hidden ? [s.ui.hidden] : [])].join(lang === "en" ? ", " : "，") : "";
            const label = note ? (lang === "en" ? `${sg.sheet} (${note})` : `${sg.sheet}（${note}）`) : sg.sheet;
            return (
              <div key={sg.sheet}>
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
                        {f.expected || f.actual ? (
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
                          <span>
                            {s.ui.cells}
                            {lang === "en" ? ":" : "："}
                          </span>
                          {f.cells.map((c, k) => (
                            <span key={k} className={styles.cell}>
                              {c}
                            </span>
                          ))}
                        </div>
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
