/** The findings view: severity toggles, the rule/sheet filter and the grouped list; loaded after the pane's first paint. */
import { Dropdown, Option, OptionGroup, Text, ToggleButton } from "@fluentui/react-components";
import type { Severity } from "../core/findings";
import { type Lang, strings } from "../core/i18n";
import type { SheetInfo } from "../core/model";
import type { DocumentScope } from "./document-view";
import { type FindingFixes, FindingList } from "./FindingList";
import { groupItems, type Item, parseScope, type Scope, scopeOptions, scopeValue, SEVERITIES } from "./findings-view";
import { classes, useStyles } from "./styles";

export interface FindingsProps {
  items: Item[];
  shown: Record<Severity, boolean>;
  onToggle(severity: Severity): void;
  counts: Record<Severity, number>;
  scope: Scope;
  onScope(scope: Scope): void;
  options: ReturnType<typeof scopeOptions>;
  visible: Item[];
  groups: ReturnType<typeof groupItems>;
  sheets: SheetInfo[];
  lang: Lang;
  active: number | null;
  focused: number | null;
  onFocusItem(index: number | null): void;
  onActivate(item: Item): void;
  onActivateCell(item: Item, cell: string): void;
  fixes?: FindingFixes;
  /** The Word report checked with the workbook: its findings' places are in Word, not cells to go to. */
  wordReport?: DocumentScope | null;
}

export function Findings(props: FindingsProps) {
  const {
    items,
    shown,
    onToggle,
    counts,
    scope,
    onScope,
    options,
    visible,
    groups,
    sheets,
    lang,
    active,
    focused,
    onFocusItem,
    onActivate,
    onActivateCell,
    fixes,
    wordReport,
  } = props;
  const s = strings(lang);
  const p = s.pane;
  const styles = useStyles();
  const severities = new Set(SEVERITIES.filter((x) => shown[x]));
  const scopeLabel = (sc: Scope, count: number) =>
    p.withCount({ label: sc.kind === "rule" ? s.rules[sc.rule] : sc.kind === "sheet" ? sc.sheet : p.allScopes, count: String(count) });
  const selectedOption = [...options.rules, ...options.sheets].find((o) => scopeValue(o.scope) === scopeValue(scope));
  const allCount = items.filter((i) => severities.has(i.finding.severity)).length;
  const dropdownText = selectedOption ? scopeLabel(selectedOption.scope, selectedOption.count) : p.allScopes;
  return (
    <>
      <div role="group" aria-label={p.severityFilter} className={styles.row}>
        {SEVERITIES.map((x) => (
          <ToggleButton
            key={x}
            size="small"
            checked={shown[x]}
            appearance={shown[x] ? "primary" : "outline"}
            className={classes(styles.capitalize, !shown[x] && styles.filterOff)}
            title={shown[x] ? p.filterOn : p.filterOff}
            onClick={() => onToggle(x)}
          >
            {/* ✓ when on: off must not look like on, also without colour. */}
            <span aria-hidden="true">{shown[x] ? "✓ " : ""}</span>
            {p.withCount({ label: s.severities[x], count: String(counts[x]) })}
          </ToggleButton>
        ))}
      </div>

      <Dropdown
        aria-label={p.scopeFilter}
        className={styles.dropdown}
        listbox={{ className: styles.listbox }}
        value={scope.kind === "all" ? p.withCount({ label: p.allScopes, count: String(allCount) }) : dropdownText}
        selectedOptions={[scopeValue(scope)]}
        onOptionSelect={(_, d) => onScope(parseScope(d.optionValue ?? "all"))}
      >
        <Option value="all" text={p.withCount({ label: p.allScopes, count: String(allCount) })} className={styles.option}>
          {p.withCount({ label: p.allScopes, count: String(allCount) })}
        </Option>
        <OptionGroup label={p.byRule}>
          {options.rules.map((o) => (
            <Option key={scopeValue(o.scope)} value={scopeValue(o.scope)} text={scopeLabel(o.scope, o.count)} className={styles.option}>
              {scopeLabel(o.scope, o.count)}
            </Option>
          ))}
        </OptionGroup>
        <OptionGroup label={p.bySheet}>
          {options.sheets.map((o) => (
            <Option key={scopeValue(o.scope)} value={scopeValue(o.scope)} text={scopeLabel(o.scope, o.count)} className={styles.option}>
              {scopeLabel(o.scope, o.count)}
            </Option>
          ))}
        </OptionGroup>
      </Dropdown>

      <Text size={200} className={styles.muted} aria-live="polite">
        {p.shown({ shown: String(visible.length), total: String(items.length) })}
      </Text>

      <section aria-label={p.findingsLabel}>
        {visible.length === 0 ? (
          <Text className={styles.muted}>{p.noMatch}</Text>
        ) : (
          <FindingList
            groups={groups}
            sheets={sheets}
            lang={lang}
            active={active}
            focused={focused}
            onFocusItem={onFocusItem}
            onActivate={onActivate}
            onActivateCell={onActivateCell}
            fixes={fixes}
            wordReport={wordReport}
          />
        )}
      </section>
    </>
  );
}
