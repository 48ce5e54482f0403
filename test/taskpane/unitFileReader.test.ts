import { unitFileReader } from "../../src/taskpane/unitFileReader";
import type { UnitFileReply, UnitFileRequest } from "../../src/taskpane/unitFileWorker";
import { readUnitResult } from "../../src/xlsx/readUnitResult";
import { settings2568 } from "../support/gridValues";
import { typedWorkbookBytes } from "../support/typedWorkbook";

const TODAY = { year: 2025, month: 10, day: 20 };

/** A worker that answers as unitFileWorker.ts does, on the same thread, or dies on the file named "die". */
class FakeWorker {
  onmessage: ((event: MessageEvent<UnitFileReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly transferred: unknown[] = [];
  terminated = false;

  postMessage({ id, file, bytes, today }: UnitFileRequest, transfer: unknown[]) {
    this.transferred.push(...transfer);
    setTimeout(() => {
      if (file === "die") {
        this.onerror?.({ message: "Out of memory", preventDefault: () => undefined } as ErrorEvent);
        return;
      }
      const read = readUnitResult(new Uint8Array(bytes), file, today);
      this.onmessage?.({ data: { id, read } } as MessageEvent<UnitFileReply>);
    });
  }

  terminate() {
    this.terminated = true;
  }
}

async function unitBytes(agency: string): Promise<ArrayBuffer> {
  const bytes = await typedWorkbookBytes(settings2568({ agency }));
  return bytes.slice().buffer;
}

describe("unitFileReader", () => {
  it("reads each file in the worker, its bytes moved there, one worker for every file", async () => {
    const workers: FakeWorker[] = [];
    const read = unitFileReader(TODAY, () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker as unknown as Worker;
    });
    const first = await read(await unitBytes("อบต.หนึ่ง"), "1.xlsx");
    const second = await read(new TextEncoder().encode("not a workbook").buffer, "2.xlsx");
    expect(first).toMatchObject({ kind: "unit", unit: { name: "อบต.หนึ่ง", source: "1.xlsx" } });
    expect(second).toEqual({ kind: "unread", file: "2.xlsx", reason: "notXlsx" });
    expect(workers).toHaveLength(1);
    expect(workers[0]?.transferred).toHaveLength(2);
  });

  it("fails the file a dying worker was reading as out of memory, and starts another for the next", async () => {
    const workers: FakeWorker[] = [];
    const read = unitFileReader(TODAY, () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker as unknown as Worker;
    });
    await expect(read(new ArrayBuffer(4), "die")).rejects.toBeInstanceOf(RangeError);
    expect(workers[0]?.terminated).toBe(true);
    expect(await read(await unitBytes("อบต.สอง"), "2.xlsx")).toMatchObject({ kind: "unit" });
    expect(workers).toHaveLength(2);
  });

  it("reads on the pane's own thread where no worker can be started", async () => {
    const read = unitFileReader(TODAY, () => {
      throw new Error("workers are not allowed here");
    });
    expect(await read(await unitBytes("อบต.สาม"), "3.xlsx")).toMatchObject({
      kind: "unit",
      unit: { name: "อบต.สาม" },
    });
  });
});
