/**
 * The 生成报告 panel: the unit of the form, 生成 / 取消, progress, a modal yes/no question for every sheet the add-in did not
 * create, then what was written and skipped. Loaded when the report is asked for: the pane's first download has none of it.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  ProgressBar,
  Radio,
  RadioGroup,
  Text,
  tokens,
} from "@fluentui/react-components";
import { type CSSProperties, useCallback, useEffect, useId, useRef, useState } from "react";
import type { PaneStrings } from "../core/i18n/types";
import type { ReportOutcome, ReportRunOptions, ReportStep, ReportUnit, WordOutcome, WordRunOptions } from "./report";
import { useStyles } from "./styles";

/** What a run of the report came to: its outcome (nothing when the host says nothing), or a failure the pane shows itself. */
export type ReportRun = { ok: true; outcome: ReportOutcome | void } | { ok: false };

export interface ReportPanelProps {
  strings: PaneStrings;
  /** Runs the report; a failure is the pane's to show (its FailureBar), the panel only stops waiting. */
  run(options: ReportRunOptions): Promise<ReportRun>;
  /** Saves the report as a Word document in the chosen unit; null when it failed (the pane shows why). */
  saveWord?(options: WordRunOptions): Promise<WordOutcome | null>;
  onClose(): void;
}

const UNITS: ReportUnit[] = ["万元", "元"];

/** The panel's own few styles, static like styles.ts's and in this chunk (the pane's first download has no use for them). */
const PANEL: CSSProperties = {
  display: "flex",
  flexDirection: "column",
  gap: tokens.spacingVerticalS,
  padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  borderRadius: tokens.borderRadiusMedium,
  minWidth: 0,
};
const STACK: CSSProperties = { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 };
/** Fluent's horizontal RadioGroup does not wrap; a long label (English) must not widen the pane. */
const WRAP: CSSProperties = { flexWrap: "wrap", minWidth: 0 };

type Question = { sheet: string; answer(yes: boolean): void };

export function ReportPanel({ strings: p, run, saveWord, onClose }: ReportPanelProps) {
  const r = p.report;
  const styles = useStyles();
  const unitLabel = useId();
  const progressId = useId();
  const questionId = useId();
  const wordHint = useId();

  const [unit, setUnit] = useState<ReportUnit>("万元");
  const [running, setRunning] = useState(false);
  const [step, setStep] = useState<ReportStep | null>(null);
  const [question, setQuestion] = useState<Question | null>(null);
  /** The sheet last asked about: the dialog keeps saying it while it closes. */
  const [asked, setAsked] = useState("");
  const [result, setResult] = useState<{ outcome: ReportOutcome | void } | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  const mounted = useRef(true);
  const pending = useRef<Question | null>(null);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      // Closed mid-question (the pane went away): the sheet is not written.
      pending.current?.answer(false);
    };
  }, []);

  const ask = useCallback(
    (sheet: string) =>
      new Promise<boolean>((resolve) => {
        if (!mounted.current) {
          resolve(false);
          return;
        }
        const q: Question = {
          sheet,
          answer: (yes) => {
            if (pending.current !== q) return;
            pending.current = null;
            resolve(yes);
            if (mounted.current) setQuestion(null);
          },
        };
        pending.current?.answer(false);
        pending.current = q;
        setAsked(sheet);
        setQuestion(q);
      }),
    []
  );

  const runningRef = useRef(false);
  const generate = async () => {
    if (runningRef.current) return;
    runningRef.current = true;
    setRunning(true);
    setStep(null);
    setResult(null);
    try {
      const done = await run({
        unit,
        ask,
        onStep: (s) => {
          if (mounted.current) setStep(s);
        },
      });
      if (mounted.current && done.ok) setResult({ outcome: done.outcome });
    } finally {
      runningRef.current = false;
      if (mounted.current) {
        setRunning(false);
        setStep(null);
      }
    }
  };

  const savingRef = useRef(false);
  const word = async () => {
    if (!saveWord || savingRef.current || runningRef.current) return;
    savingRef.current = true;
    setSaving(true);
    setSaved(null);
    try {
      const done = await saveWord({ unit, untitled: r.wordFile });
      if (mounted.current && done) setSaved(done.file);
    } finally {
      savingRef.current = false;
      if (mounted.current) setSaving(false);
    }
  };
  const busy = running || saving;

  return (
    <section aria-label={r.label} style={PANEL}>
      <Text className={styles.muted}>{r.intro}</Text>
      <div style={STACK}>
        <Text id={unitLabel} weight="semibold">
          {r.unit}
        </Text>
        <RadioGroup
          aria-labelledby={unitLabel}
          layout="horizontal"
          style={WRAP}
          value={unit}
          disabled={busy}
          onChange={(_, d) => setUnit(d.value === "元" ? "元" : "万元")}
        >
          {UNITS.map((u) => (
            <Radio key={u} value={u} label={r.units[u]} />
          ))}
        </RadioGroup>
      </div>
      <div className={styles.row}>
        <Button appearance="primary" disabledFocusable={busy} onClick={() => void generate()}>
          {r.generate}
        </Button>
        <Button disabledFocusable={busy} onClick={onClose}>
          {result ? r.close : r.cancel}
        </Button>
      </div>
      {saveWord && (
        <div style={STACK}>
          <div className={styles.row}>
            <Button disabledFocusable={busy} aria-describedby={wordHint} onClick={() => void word()}>
              {r.word}
            </Button>
          </div>
          <Text id={wordHint} size={200} className={styles.muted}>
            {r.wordHint}
          </Text>
          <div aria-live="polite">{saved && <Text role="status">{r.wordSaved({ file: saved })}</Text>}</div>
        </div>
      )}

      <div aria-live="polite">
        {running && (
          <div className={styles.progress}>
            <Text id={progressId}>{step ? r.steps[step] : p.generatingReport}</Text>
            <ProgressBar aria-labelledby={progressId} thickness="large" />
          </div>
        )}
      </div>

      {result && <Result strings={p} outcome={result.outcome} />}

      <Dialog
        open={question !== null}
        modalType="modal"
        // An explicit answer only: a click beside the dialog is no answer; Escape is "no".
        onOpenChange={(_, d) => {
          if (!d.open && d.type !== "backdropClick") question?.answer(false);
        }}
      >
        <DialogSurface aria-describedby={questionId}>
          <DialogBody>
            <DialogTitle>{r.consentTitle}</DialogTitle>
            <DialogContent id={questionId}>{r.consent({ sheet: question?.sheet ?? asked })}</DialogContent>
            {/* The safe answer first: the dialog focuses it, so a hasty Enter writes nothing. */}
            <DialogActions>
              <Button onClick={() => question?.answer(false)}>{r.refuse}</Button>
              <Button appearance="primary" onClick={() => question?.answer(true)}>
                {r.allow}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}

function Result({ strings: p, outcome }: { strings: PaneStrings; outcome: ReportOutcome | void }) {
  const r = p.report;
  const styles = useStyles();
  const list = (names: string[]) => names.join(r.separator);
  const lines: string[] = [];
  let muted: string | null = null;
  const heading = outcome && outcome.written.length === 0 ? r.nothing : r.done;
  if (outcome) {
    const created = new Set(outcome.created);
    const filled = outcome.written.filter((n) => !created.has(n));
    if (outcome.created.length) lines.push(r.created({ sheets: list(outcome.created) }));
    if (filled.length) lines.push(r.filled({ sheets: list(filled) }));
    for (const c of outcome.charts) lines.push(r.chart({ title: c.title, sheet: c.sheet }));
    if (outcome.skipped.length) {
      const reasons = r.reasons as Record<string, string | undefined>;
      lines.push(r.skipped({ sheets: list(outcome.skipped.map((x) => r.skippedSheet({ sheet: x.sheet, reason: reasons[x.reason] ?? x.reason }))) }));
    }
    if (outcome.written.length && outcome.prompts > 0) lines.push(r.prompts({ count: String(outcome.prompts) }));
    if (outcome.sources.length) muted = r.untouched({ sheets: list(outcome.sources) });
  }
  return (
    <div role="status" aria-label={heading} style={STACK}>
      <Text weight="semibold">{heading}</Text>
      {lines.map((l) => (
        <Text key={l}>{l}</Text>
      ))}
      {muted && (
        <Text size={200} className={styles.muted}>
          {muted}
        </Text>
      )}
    </div>
  );
}
