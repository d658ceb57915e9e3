/** A failure in the user's language, dismissible; loaded only when something failed. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { PaneStrings } from "../core/i18n/types";
import { errorDetail } from "./errors";

export interface FailureBarProps {
  title: string;
  error: unknown;
  strings: PaneStrings;
  onDismiss(): void;
}

export function FailureBar({ title, error, strings: p, onDismiss }: FailureBarProps) {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {errorDetail(error, p)}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" size="small" aria-label={p.dismiss} title={p.dismiss} onClick={onDismiss}>
            ×
          </Button>
        }
      />
    </MessageBar>
  );
}
