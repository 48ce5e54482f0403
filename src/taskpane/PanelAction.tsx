// The two parts every panel has: the button that starts its action, and the live region that tells
// how the action ended, so that each panel shows progress and speaks its outcome the same way.
import { Button, Spinner } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { PanelMessageBar } from "./PanelMessageBar";
import type { LocalizedMessage } from "./panelMessage";
import { usePanelStyles } from "./panelStyles";

export interface PanelActionProps {
  readonly label: string;
  readonly onClick: () => void;
  /** An action of the panel is running: the button stays in the Tab order but cannot start another. */
  readonly busy: boolean;
  /** What is running, beside a spinner; null when nothing is. */
  readonly progress?: string | null;
  readonly appearance?: "primary" | "secondary";
}

export function PanelAction({
  label,
  onClick,
  busy,
  progress = null,
  appearance = "primary",
}: PanelActionProps) {
  const styles = usePanelStyles();
  return (
    <div className={styles.action}>
      <Button appearance={appearance} onClick={onClick} disabledFocusable={busy}>
        {label}
      </Button>
      {progress !== null && <Spinner size="tiny" label={progress} />}
    </div>
  );
}

export interface PanelResultsProps {
  /** The region's name, by which screen readers and tests find it. */
  readonly label: string;
  readonly message: LocalizedMessage | null | undefined;
  readonly className?: string;
  /** What else the outcome shows below its message. */
  readonly children?: ReactNode;
}

/** A polite live region: screen readers read out what the action ended with. */
export function PanelResults({ label, message, className, children }: PanelResultsProps) {
  return (
    <div role="status" aria-live="polite" aria-label={label} className={className}>
      {message && <PanelMessageBar message={message} />}
      {children}
    </div>
  );
}
