/** The confirmation of 修正 / 全部修正: each cell's text before and after, the changed part marked; nothing is written until 确认修正. */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import type { CellFix } from "../core/fixes";
import type { PaneStrings } from "../core/i18n/types";
import { changeView } from "../core/fix-diff";
import { useStyles } from "./styles";

export interface FixDialogProps {
  fixes: CellFix[];
  strings: PaneStrings;
  onConfirm(): void;
  onCancel(): void;
}

export function FixDialog({ fixes, strings, onConfirm, onCancel }: FixDialogProps) {
  const f = strings.fix;
  const styles = useStyles();
  const title = fixes.length === 1 ? f.titleOne({ cell: fixes[0]!.address }) : f.titleAll({ count: String(fixes.length) });
  return (
    <Dialog
      open
      modalType="modal"
      // An explicit answer only: a click beside the dialog is no answer; Escape cancels.
      onOpenChange={(_, d) => {
        if (!d.open && d.type !== "backdropClick") onCancel();
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>
            <p>{f.intro}</p>
            <ul className={styles.fixList} data-testid="fix-list">
              {fixes.map((x) => {
                const d = changeView(x.before, x.after, 24);
                const lead = (d.cutLead ? "…" : "") + d.lead;
                const trail = d.trail + (d.cutTrail ? "…" : "");
                return (
                  <li key={x.address} data-cell={x.address}>
                    {fixes.length > 1 && <div className={styles.fixCell}>{x.address}</div>}
                    <div data-testid="fix-before">
                      <span className={styles.fixLabel}>{f.before}</span>
                      {lead}
                      <del className={styles.fixRemoved}>{d.removed}</del>
                      {trail}
                    </div>
                    <div data-testid="fix-after">
                      <span className={styles.fixLabel}>{f.after}</span>
                      {lead}
                      <ins className={styles.fixAdded}>{d.added}</ins>
                      {trail}
                    </div>
                  </li>
                );
              })}
            </ul>
          </DialogContent>
          {/* The safe answer first: the dialog focuses it, so a hasty Enter writes nothing. */}
          <DialogActions>
            <Button onClick={onCancel}>{f.cancel}</Button>
            <Button appearance="primary" onClick={onConfirm}>
              {f.confirm}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
