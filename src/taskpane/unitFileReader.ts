// Reads a unit's workbook in a worker (unitFileWorker.ts), one file at a time, the bytes moved to it
// rather than copied. Where the pane cannot start a worker, the file is read on the pane's own thread.
import type { CalendarDate } from "../domain/thaiCalendar";
import type { ReadUnitFile } from "./readUnitFiles";
import type { UnitFileReply, UnitFileRequest } from "./unitFileWorker";

interface Pending {
  resolve: (reply: UnitFileReply) => void;
  reject: (error: Error) => void;
}

export function unitFileReader(today: CalendarDate, makeWorker: () => Worker): ReadUnitFile {
  let worker: Worker | null = null;
  let next = 0;
  const pending = new Map<number, Pending>();

  function started(): Worker | null {
    if (worker) return worker;
    try {
      worker = makeWorker();
    } catch {
      return null;
    }
    worker.onmessage = ({ data }: MessageEvent<UnitFileReply>) => {
      pending.get(data.id)?.resolve(data);
      pending.delete(data.id);
    };
    // A worker that dies (out of memory, most likely) fails what it was reading; the next file starts another.
    worker.onerror = (event) => {
      event.preventDefault();
      const failure = /memory/i.test(event.message ?? "")
        ? new RangeError(event.message)
        : new Error(event.message || "the file reader stopped");
      pending.forEach(({ reject }) => reject(failure));
      pending.clear();
      worker?.terminate();
      worker = null;
    };
    return worker;
  }

  return async (bytes, file) => {
    const reader = started();
    if (reader === null) {
      const { readUnitResult } = await import(/* webpackChunkName: "unit-file" */ "../xlsx/readUnitResult");
      return readUnitResult(new Uint8Array(bytes), file, today);
    }
    const id = next++;
    const reply = await new Promise<UnitFileReply>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      const request: UnitFileRequest = { id, file, bytes, today };
      reader.postMessage(request, [bytes]);
    });
    if ("read" in reply) return reply.read;
    throw reply.failure.outOfMemory
      ? new RangeError(reply.failure.message)
      : new Error(reply.failure.message);
  };
}
