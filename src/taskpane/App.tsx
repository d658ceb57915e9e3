/**
 * The task pane: check the workbook, list the findings by severity and sheet, go to a finding's cells, filter, highlight.
 * Every host effect comes in through props (HostActions), so the pane runs the same in Excel, in the browser demo and in tests.
 */
import { Button, FluentProvider, ProgressBar, Text } from "@fluentui/react-components";
import { type ChangeEvent, lazy, startTransition, Suspense, useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import type { CheckResult } from "../core/check";
import type { CellFix, FixPlan } from "../core/fixes";
import type { Severity } from "../core/findings";
import type { Lang } from "../core/i18n";
import { paneStrings } from "./strings";
import type { PaneStrings } from "../core/i18n/types";
import type { WorkbookSnapshot } from "../core/snapshot";
import type { HighlightSummary, HostActions } from "../excel/api";
import { BASIS_FILL, WRONG_FILL } from "../excel/marks";
import { fluentTheme, type PaneTheme } from "./environment";
import type { ReportOutcome, ReportRunOptions, WordOutcome, WordRunOptions } from "./report";
import type { ReportRun } from "./ReportPanel";
import {
  ALL,
  countBySeverity,
  groupItems,
  inScope,
  type Item,
  marksOfItems,
  type Scope,
  scopeOptions,
  SEVERITIES,
  severityCounts,
  toItems,
  visibleItems,
} from "./findings-view";
import { useStyles } from "./styles";
import { combineScopes, type DocumentScope, workbookCells } from "./document-view";

export interface PaneActions extends HostActions {
  /**
   * Runs the engine on a snapshot. Defaults to checkWorkbook (src/core/check.ts) on the pane's thread, started after the
   * pane has painted its "checking" state; a host may pass one that runs in a worker.
   */
  check?: (snapshot: WorkbookSnapshot) => CheckResult | Promise<CheckResult>;
  /**
   * Reads a Word report the user picked (its bytes) into a snapshot. Defaults to readDocxInBrowser
   * (src/taskpane/docx-read.ts): unzipped and parsed in the pane, the file never leaves the machine.
   */
  readDocument?: (bytes: ArrayBuffer) => Promise<WorkbookSnapshot>;
}

/** A request from a ribbon command while the pane is open (shared runtime); a new `seq` is a new request. */
export interface PaneCommand {
  kind: "check" | "report";
  seq: number;
}

export interface AppProps {
  actions: PaneActions;
  lang: Lang;
  theme: PaneTheme;
  /** Check once on mount (the ribbon's 一键检查 opens the pane with ?autorun=1). */
  autoRun?: boolean;
  /**
   * The report feature (src/taskpane/report.ts: reportAction); the 生成报告 button shows only when this is given. It opens a
   * panel for the unit; 生成 calls this with the unit and `ask`, which puts each consent question to the user in the pane.
   */
  onGenerateReport?: (options: ReportRunOptions) => Promise<ReportOutcome | void>;
  /** The report as a Word document, offered as a download (src/taskpane/report.ts: wordReportAction); the panel's button shows only when given. */
  onSaveWordReport?: (options: WordRunOptions) => Promise<WordOutcome>;
  /** Ribbon commands arriving while the pane is already open. */
  command?: PaneCommand;
}

type Phase = { kind: "idle" } | { kind: "document" } | { kind: "reading"; done: number; total: number } | { kind: "checking" };

/** What failed: a pane action, or reading a Word report ("docx", its error already worded for the user). */
type Failure = { what: keyof PaneStrings["failed"] | "docx"; error: unknown };

const IDLE: Phase = { kind: "idle" };

/** The findings view (filters, list) is its own chunk too: the first paint is just the check button. */
const Findings = lazy(() => import(/* webpackChunkName: "findings", webpackPrefetch: true */ "./Findings").then((m) => ({ default: m.Findings })));

/** The report panel (unit, consent dialog, result) comes with the first 生成报告. */
const ReportPanel = lazy(() => import(/* webpackChunkName: "report-panel" */ "./ReportPanel").then((m) => ({ default: m.ReportPanel })));

/** The 修正 confirmation comes with the first 修正. */
const FixDialog = lazy(() => import(/* webpackChunkName: "fix-dialog" */ "./FixDialog").then((m) => ({ default: m.FixDialog })));

/** The fix planner goes with the engine's chunk. */
function loadFixPlanner() {
  return import(/* webpackChunkName: "engine" */ "../core/fixes").then((m) => m.planFixes);
}

/** The proven corrections, each tried on the snapshot with the engine before it is offered. */
async function planTriedFixes(snapshot: WorkbookSnapshot, findings: CheckResult["findings"]) {
  const [plan, check] = await Promise.all([loadFixPlanner(), loadEngine()]);
  return plan(snapshot, findings, { check: (s) => check(s).findings });
}

/** Only a failure needs the message bar. */
const FailureBar = lazy(() => import(/* webpackChunkName: "failure" */ "./FailureBar").then((m) => ({ default: m.FailureBar })));

/** The engine is its own chunk, fetched after the first paint: opening the pane needs none of it. */
function loadEngine() {
  return import(/* webpackChunkName: "engine", webpackPrefetch: true */ "../core/check").then((m) => m.checkWorkbook);
}

/** The Word report reader (JSZip, the .docx parser) comes with the first 检查Word报告. */
function loadDocxReader() {
  return import(/* webpackChunkName: "docx" */ "./docx-read");
}

/** Lets the browser paint (the spinner) before the synchronous engine runs. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function App(props: AppProps) {
  return (
    <FluentProvider theme={fluentTheme(props.theme, props.lang)} lang={props.lang}>
      <Pane {...props} />
    </FluentProvider>
  );
}

function Pane({ actions, lang, autoRun, onGenerateReport, onSaveWordReport, command }: AppProps) {
  const s = paneStrings(lang);
  const p = s.pane;
  const styles = useStyles();
  const progressId = useId();

  const [phase, setPhase] = useState<Phase>(IDLE);
  const [result, setResult] = useState<CheckResult | null>(null);
  const [shown, setShown] = useState<Record<Severity, boolean>>({ error: true, warning: true, info: true });
  const [scope, setScope] = useState<Scope>(ALL);
  const [active, setActive] = useState<number | null>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [marking, setMarking] = useState(false);
  const [reporting, setReporting] = useState(false);
  const [reportOpen, setReportOpen] = useState(false);
  /** What the last 标记/清除 did, said under the buttons. */
  const [markNote, setMarkNote] = useState<string | null>(null);
  /** The proven corrections of the last check, the ones the confirmation shows, and what the last 修正/撤销 did. */
  const [fixPlan, setFixPlan] = useState<FixPlan | null>(null);
  const [confirming, setConfirming] = useState<CellFix[] | null>(null);
  const [fixing, setFixing] = useState(false);
  const [fixNote, setFixNote] = useState<string | null>(null);
  /** The Word report the shown findings were checked with, if any. */
  const [docScope, setDocScope] = useState<DocumentScope | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const running = useRef(false);
  /** The result the fix plan being tried belongs to: a newer check makes it stale. */
  const latest = useRef<CheckResult | null>(null);
  const reportingRef = useRef(false);
  /** Checks the workbook; with a picked Word report, the report and the workbook as one scope. */
  const runCheck = useCallback(
    async (wordFile?: File) => {
      if (running.current) return;
      running.current = true;
      const live = () => mounted.current;
      setFailure(null);
      try {
        let docSnapshot: WorkbookSnapshot | undefined;
        if (wordFile) {
          setPhase({ kind: "document" });
          const reader = await loadDocxReader().catch((error: unknown) => {
            if (live()) setFailure({ what: "docx", error });
          });
          if (!reader) {
            if (live()) setPhase(IDLE);
            return;
          }
          try {
            docSnapshot = await (actions.readDocument ?? reader.readDocxInBrowser)(await wordFile.arrayBuffer());
          } catch (error) {
            if (live()) {
              setPhase(IDLE);
              setFailure({ what: "docx", error: new Error(reader.docxProblemText(error, wordFile.name, lang)) });
            }
            return;
          }
          if (!live()) return;
        }
        setPhase({ kind: "reading", done: 0, total: 0 });
        let last = -1;
        let snapshot: WorkbookSnapshot;
        try {
          ({ snapshot } = await actions.readWorkbook((done, total) => {
            // At most one update per whole percent: a host may report often.
            const pct = total > 0 ? Math.floor((done / total) * 100) : 0;
            if (!live() || (pct === last && done !== total)) return;
            last = pct;
            setPhase({ kind: "reading", done, total });
          }));
        } catch (error) {
          if (live()) {
            setPhase(IDLE);
            setFailure({ what: "read", error });
          }
          return;
        }
        if (!live()) return;
        let scope: DocumentScope | null = null;
        if (wordFile && docSnapshot) ({ snapshot, scope } = combineScopes(snapshot, docSnapshot, wordFile.name));
        setPhase({ kind: "checking" });
        await nextTask();
        let checked: CheckResult;
        try {
          checked = await (actions.check ?? (await loadEngine()))(snapshot);
        } catch (error) {
          if (live()) {
            setPhase(IDLE);
            setFailure({ what: "check", error });
          }
          return;
        }
        if (!live()) return;
        latest.current = checked;
        // One transition: the spinner stays until the findings are rendered, with no flash of the empty state between.
        startTransition(() => {
          setPhase(IDLE);
          setResult(checked);
          setDocScope(scope);
          setFixPlan(null);
          setActive(null);
          setFocused(null);
          // A rule or sheet filter that the new result has nothing for would hide everything: drop it.
          setScope((sc) => (toItems(checked.findings).some((i) => inScope(i, sc)) ? sc : ALL));
        });
        // The fixes are tried with the engine after the findings are on screen: 修正 buttons appear a moment later. A
        // Word report's text is not in the workbook, so a check with one offers none.
        if (actions.applyFixes && !scope) {
          const plan = await planTriedFixes(snapshot, checked.findings);
          if (live() && latest.current === checked) setFixPlan(plan);
        }
      } finally {
        running.current = false;
      }
    },
    [actions, lang]
  );

  /** 生成报告 (or the ribbon's report command) opens the panel; its 生成 runs the report. */
  const generateReport = useCallback(() => {
    if (onGenerateReport) setReportOpen(true);
  }, [onGenerateReport]);

  const runReport = useCallback(
    async (options: ReportRunOptions): Promise<ReportRun> => {
      if (!onGenerateReport || reportingRef.current) return { ok: false };
      reportingRef.current = true;
      setReporting(true);
      setFailure(null);
      try {
        const outcome = await onGenerateReport(options);
        // The report added or filled sheets: check again, so the findings describe the workbook as it is now.
        if (mounted.current) void runCheck();
        return { ok: true, outcome };
      } catch (error) {
        if (mounted.current) setFailure({ what: "report", error });
        return { ok: false };
      } finally {
        reportingRef.current = false;
        if (mounted.current) setReporting(false);
      }
    },
    [onGenerateReport, runCheck]
  );
  const saveWord = useCallback(
    async (options: WordRunOptions): Promise<WordOutcome | null> => {
      if (!onSaveWordReport) return null;
      setFailure(null);
      try {
        return await onSaveWordReport(options);
      } catch (error) {
        if (mounted.current) setFailure({ what: "report", error });
        return null;
      }
    },
    [onSaveWordReport]
  );
  const closeReport = useCallback(() => setReportOpen(false), []);

  // autoRun: once per mount (a ref, so that StrictMode's second effect pass does not check twice).
  const autoRan = useRef(false);
  useEffect(() => {
    if (autoRun && !autoRan.current) {
      autoRan.current = true;
      void runCheck();
    }
  }, [autoRun, runCheck]);

  const lastSeq = useRef<number | null>(null);
  useEffect(() => {
    if (!command || command.seq === lastSeq.current) return;
    lastSeq.current = command.seq;
    if (command.kind === "check") void runCheck();
    else generateReport();
  }, [command, runCheck, generateReport]);

  const items = useMemo(() => (result ? toItems(result.findings) : []), [result]);
  const sheetOrder = useMemo(() => (result ? result.sheets.map((x) => x.name) : []), [result]);
  const severities = useMemo(() => new Set(SEVERITIES.filter((x) => shown[x])), [shown]);
  const visible = useMemo(() => visibleItems(items, severities, scope), [items, severities, scope]);
  const groups = useMemo(() => groupItems(visible, sheetOrder), [visible, sheetOrder]);
  const counts = useMemo(() => severityCounts(items, scope), [items, scope]);
  const options = useMemo(() => scopeOptions(items, severities, sheetOrder), [items, severities, sheetOrder]);

  const select = useCallback(
    (item: Item, cells: string[]) => {
      setActive(item.index);
      setFocused(item.index);
      // A Word report's places cannot be selected in Excel: only the workbook's cells are.
      const inWorkbook = workbookCells(cells, docScope);
      if (!inWorkbook.length) return;
      actions.selectCells(inWorkbook).catch((error: unknown) => {
        if (mounted.current) setFailure({ what: "select", error });
      });
    },
    [actions, docScope]
  );
  const activate = useCallback((item: Item) => select(item, item.finding.cells), [select]);
  /** A cell chip: that one cell, so that the basis of a finding can be reached too. */
  const activateCell = useCallback((item: Item, cell: string) => select(item, [cell]), [select]);

  const mark = async (what: "highlight" | "clear") => {
    setMarking(true);
    setFailure(null);
    setMarkNote(null);
    try {
      if (what === "highlight") {
        const all = marksOfItems(visible);
        const request = { wrong: workbookCells(all.wrong, docScope), basis: workbookCells(all.basis, docScope) };
        const r = await actions.highlightAll(request);
        if (mounted.current) setMarkNote(markedText(r, request, p));
      } else {
        const r = await actions.clearHighlights();
        if (mounted.current && r) setMarkNote(p.cleared({ count: String(r.restored.length) }));
      }
    } catch (error) {
      if (mounted.current) setFailure({ what, error });
    } finally {
      if (mounted.current) setMarking(false);
    }
  };

  const busy = phase.kind !== "idle";

  const pickDocument = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    // Cleared, so that picking the same file again (after editing it in Word) checks it again.
    e.target.value = "";
    if (file) void runCheck(file);
  };

  const fixByFinding = useMemo(() => new Map((fixPlan?.fixes ?? []).flatMap((f) => f.findings.map((i) => [i, f] as const))), [fixPlan]);
  const blockedFixes = useMemo(() => {
    const m = new Map<number, { reason: "formula"; inputs: string[] } | { reason: "unproven" }>();
    for (const b of fixPlan?.blocked ?? []) {
      if (b.reason === "formula") m.set(b.finding, { reason: "formula", inputs: b.inputs });
      else if (b.reason === "unproven") m.set(b.finding, { reason: "unproven" });
    }
    return m;
  }, [fixPlan]);
  const findingFixes = useMemo(
    () =>
      actions.applyFixes
        ? {
            cellOf: (i: number) => fixByFinding.get(i)?.address,
            blockedOf: (i: number) => blockedFixes.get(i),
            onFix: (i: number) => {
              const f = fixByFinding.get(i);
              if (f) setConfirming([f]);
            },
          }
        : undefined,
    [actions, fixByFinding, blockedFixes]
  );

  /** Writes the confirmed corrections, then checks again so that the list shows the workbook as it is now. */
  const applyConfirmed = async () => {
    const list = confirming;
    setConfirming(null);
    if (!list || !actions.applyFixes) return;
    setFixing(true);
    setFailure(null);
    setFixNote(null);
    try {
      const r = await actions.applyFixes(list.map((f) => ({ address: f.address, before: f.before, after: f.after })));
      if (!mounted.current) return;
      const skipped = r.skipped.length ? ` ${p.fix.skipped({ count: String(r.skipped.length) })}` : "";
      setFixNote(p.fix.done({ count: String(r.applied.length) }) + skipped);
      void runCheck();
    } catch (error) {
      if (mounted.current) setFailure({ what: "fix", error });
    } finally {
      if (mounted.current) setFixing(false);
    }
  };

  const undoAll = async () => {
    if (!actions.undoFixes) return;
    setFixing(true);
    setFailure(null);
    setFixNote(null);
    try {
      const r = await actions.undoFixes();
      if (!mounted.current) return;
      const changed = r.skipped.filter((x) => x.reason === "changed").length;
      const note = r.restored.length ? p.fix.undone({ count: String(r.restored.length) }) : p.fix.nothingToUndo;
      setFixNote(changed ? `${note} ${p.fix.undoSkipped({ count: String(changed) })}` : note);
      if (r.restored.length && result) void runCheck();
    } catch (error) {
      if (mounted.current) setFailure({ what: "undo", error });
    } finally {
      if (mounted.current) setFixing(false);
    }
  };

  // The summary says what the list shows: with a filter on, the shown severities' counts and how many are hidden.
  const filtered = result !== null && visible.length < items.length;
  const summary = !result
    ? ""
    : !filtered
      ? s.ui.summary({ error: String(result.summary.error), warning: String(result.summary.warning), info: String(result.summary.info) })
      : (() => {
          const c = countBySeverity(visible);
          const parts = SEVERITIES.filter((x) => shown[x]).map((x) => p.severityCount({ severity: x, count: String(c[x]) }));
          return [parts.join(s.ui.listSep), p.hiddenByFilter({ count: String(items.length - visible.length) })].filter(Boolean).join(s.ui.partSep);
        })();

  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <Button appearance="primary" disabledFocusable={busy} onClick={() => void runCheck()}>
          {result ? p.recheck : p.check}
        </Button>
        {onGenerateReport && (
          <Button disabledFocusable={reporting || busy} onClick={generateReport}>
            {reporting ? p.generatingReport : p.generateReport}
          </Button>
        )}
      </div>

      <div className={styles.row}>
        <Button size="small" disabledFocusable={busy} onClick={() => fileInput.current?.click()}>
          {p.docx.pick}
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          // The button above is the control people and screen readers use; this input only opens the picker.
          aria-hidden="true"
          className={styles.hidden}
          tabIndex={-1}
          data-testid="docx-input"
          onChange={pickDocument}
        />
      </div>

      {onGenerateReport && reportOpen && (
        <Suspense fallback={<ProgressBar aria-label={p.report.label} />}>
          <ReportPanel strings={p} run={runReport} onClose={closeReport} {...(onSaveWordReport ? { saveWord } : {})} />
        </Suspense>
      )}

      {/* Clear stays available without a check: highlights outlive the session (they are saved with the workbook). */}
      <div className={styles.row}>
        {items.length > 0 && (
          <Button size="small" disabledFocusable={marking || busy || visible.length === 0} onClick={() => void mark("highlight")}>
            {p.highlightAll}
          </Button>
        )}
        <Button size="small" disabledFocusable={marking} onClick={() => void mark("clear")}>
          {p.clearHighlights}
        </Button>
      </div>
      {/* Undo stays available without a check: fixes are recorded in the workbook and outlive the session. */}
      {(actions.applyFixes || actions.undoFixes) && (
        <div className={styles.row}>
          {actions.applyFixes && fixPlan && fixPlan.fixes.length > 0 && (
            <Button size="small" disabledFocusable={fixing || busy} onClick={() => setConfirming(fixPlan.fixes)}>
              {p.withCount({ label: p.fix.all, count: String(fixPlan.fixes.length) })}
            </Button>
          )}
          {actions.undoFixes && (
            <Button size="small" disabledFocusable={fixing || busy} onClick={() => void undoAll()}>
              {p.fix.undo}
            </Button>
          )}
        </div>
      )}
      {fixNote && (
        <Text size={200} aria-live="polite" data-testid="fix-note">
          {fixNote}
        </Text>
      )}
      {confirming && (
        <Suspense fallback={null}>
          <FixDialog fixes={confirming} strings={p} onConfirm={() => void applyConfirmed()} onCancel={() => setConfirming(null)} />
        </Suspense>
      )}
      {items.length > 0 && (
        <div className={styles.legend}>
          <span className={styles.legendItem}>
            <span className={styles.swatch} style={{ backgroundColor: WRONG_FILL }} aria-hidden="true" />
            {p.legendWrong}
          </span>
          <span className={styles.legendItem}>
            <span className={styles.swatch} style={{ backgroundColor: BASIS_FILL }} aria-hidden="true" />
            {p.legendBasis}
          </span>
        </div>
      )}
      {markNote && (
        <Text size={200} aria-live="polite">
          {markNote}
        </Text>
      )}

      <div aria-live="polite">
        {phase.kind === "reading" && (
          <div className={styles.progress}>
            <Text id={progressId}>{phase.total > 0 ? p.readingProgress({ done: String(phase.done), total: String(phase.total) }) : p.readingWorkbook}</Text>
            <ProgressBar aria-labelledby={progressId} value={phase.total > 0 ? phase.done / phase.total : undefined} thickness="large" />
          </div>
        )}
        {phase.kind === "document" && (
          <div className={styles.progress}>
            <Text id={progressId}>{p.docx.reading}</Text>
            <ProgressBar aria-labelledby={progressId} thickness="large" />
          </div>
        )}
        {phase.kind === "checking" && (
          <div className={styles.progress}>
            <Text id={progressId}>{p.checking}</Text>
            <ProgressBar aria-labelledby={progressId} thickness="large" />
          </div>
        )}
      </div>

      {failure && (
        <Suspense fallback={<Text role="alert">{failure.what === "docx" ? p.docx.failed : p.failed[failure.what]}</Text>}>
          <FailureBar
            title={failure.what === "docx" ? p.docx.failed : p.failed[failure.what]}
            error={failure.error}
            strings={p}
            onDismiss={() => setFailure(null)}
          />
        </Suspense>
      )}

      {!result && phase.kind === "idle" && <Text className={styles.muted}>{p.intro}</Text>}

      {result && (
        <>
          <section aria-label={p.summaryLabel} role="status">
            <Text weight="semibold">{summary}</Text>
          </section>
          {docScope && (
            <Text size={200} data-testid="docx-checked">
              {p.docx.checked({ file: docScope.file })}
            </Text>
          )}

          {items.length === 0 ? (
            <Text>{result.sheets.some((x) => x.role !== "unknown") ? s.ui.noFindings : s.ui.nothingRecognised}</Text>
          ) : (
            <>
              <Suspense fallback={<ProgressBar aria-label={p.checking} />}>
                <Findings
                  items={items}
                  shown={shown}
                  onToggle={(x) => setShown((cur) => ({ ...cur, [x]: !cur[x] }))}
                  counts={counts}
                  scope={scope}
                  onScope={setScope}
                  options={options}
                  visible={visible}
                  groups={groups}
                  sheets={result.sheets}
                  lang={lang}
                  active={active}
                  focused={focused}
                  onFocusItem={setFocused}
                  onActivate={activate}
                  onActivateCell={activateCell}
                  fixes={findingFixes}
                  wordReport={docScope}
                />
              </Suspense>
            </>
          )}
        </>
      )}
    </div>
  );
}

/** "已标记3个有误单元格、7个依据单元格。": the host's counts, or the request's when the host reports none; then what it skipped. */
function markedText(r: HighlightSummary | void, request: { wrong: string[]; basis: string[] }, p: PaneStrings): string {
  const counts = r?.counts ?? { wrong: request.wrong.length, basis: request.basis.length };
  const marked = p.marked({ wrong: String(counts.wrong), basis: String(counts.basis) });
  const skipped = r?.skipped.length ?? 0;
  return skipped ? `${marked} ${p.markSkipped({ count: String(skipped) })}` : marked;
}
