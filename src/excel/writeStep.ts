// A write is built as steps: each knows its estimated size before anything is queued, so the whole
// insert can be cut into requests under Excel on the web's limit, then queued and synced request by
// request (one request in practice).
import type { HostCapabilities } from "./capabilities";
import { estimateBytes } from "./requestSize";

export interface WriteStep {
  readonly bytes: number;
  /** Queues the step's operations; nothing is sent until the caller syncs. */
  readonly queue: () => void;
}

/** A step of `operations` queued operations whose arguments together are `payload`. */
export function writeStep(operations: number, payload: unknown, queue: () => void): WriteStep {
  return { bytes: estimateBytes(operations, payload), queue };
}

/** One sheet being written: its proxy is made (added or found) by the first step that needs it. */
export interface SheetTarget {
  readonly sheet: () => Excel.Worksheet;
  /** For addresses in arguments that Office reads against the active sheet, such as tables.add. */
  readonly name: string;
  readonly capabilities: HostCapabilities;
}
