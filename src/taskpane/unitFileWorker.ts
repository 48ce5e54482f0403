// The pane's reader of units' workbooks, in a worker of its own: unzipping and parsing hundreds of files
// never holds up the pane, which keeps its progress bar and its Cancel button live.
import type { CalendarDate } from "../domain/thaiCalendar";
import { readUnitResult, type UnitRead } from "../xlsx/readUnitResult";

export interface UnitFileRequest {
  readonly id: number;
  readonly file: string;
  readonly bytes: ArrayBuffer;
  readonly today: CalendarDate;
}

export type UnitFileReply =
  | { readonly id: number; readonly read: UnitRead }
  | { readonly id: number; readonly failure: { readonly outOfMemory: boolean; readonly message: string } };

/** The worker's own scope: the DOM's types describe a window, whose postMessage takes an origin. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<UnitFileRequest>) => void) | null;
  postMessage(reply: UnitFileReply): void;
};

scope.onmessage = ({ data: { id, file, bytes, today } }) => {
  try {
    scope.postMessage({ id, read: readUnitResult(new Uint8Array(bytes), file, today) });
  } catch (error) {
    scope.postMessage({
      id,
      failure: { outOfMemory: error instanceof RangeError, message: String(error) },
    });
  }
};
