// A panel's action on the workbook: progress while it runs, never two at once, then one message.
import { useRef, useState } from "react";
import type { LocalizedMessage } from "./panelMessage";

export function usePanelAction<Kind extends string>() {
  const [running, setRunning] = useState<Kind | null>(null);
  const [message, setMessage] = useState<LocalizedMessage | null>(null);
  // A second click can arrive before React has re-rendered the buttons as disabled.
  const busy = useRef(false);

  /** `action` words its own failures; what it resolves to is shown when it ends. */
  async function run(kind: Kind, action: () => Promise<LocalizedMessage | null>): Promise<void> {
    if (busy.current) return;
    busy.current = true;
    setRunning(kind);
    setMessage(null);
    try {
      const outcome = await action();
      setMessage(() => outcome);
    } finally {
      busy.current = false;
      setRunning(null);
    }
  }

  /** Shows a message outside an action, such as a failure to go to a cell. */
  const tell = (outcome: LocalizedMessage | null) => setMessage(() => outcome);

  return { running, message, run, tell };
}
