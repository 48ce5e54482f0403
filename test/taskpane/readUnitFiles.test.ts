import type { UnitRead } from "../../src/xlsx/readUnitResult";
import {
  MAX_UNIT_FILE_BYTES,
  readUnitFiles,
  unitWorkbooks,
  type ChosenFile,
  type ReadUnitFile,
} from "../../src/taskpane/readUnitFiles";
import { fileUnit } from "../support/unitResults";

function chosen(name: string, given: Partial<ChosenFile> = {}): ChosenFile {
  return { name, size: 10_000, arrayBuffer: async () => new ArrayBuffer(8), ...given };
}

/** Reads each file as a unit named after it, but "bad…" files as damaged. */
const reader: ReadUnitFile = async (_bytes, file): Promise<UnitRead> =>
  file.startsWith("bad")
    ? { kind: "unread", file, reason: "damaged" }
    : { kind: "unit", unit: fileUnit(file.replace(".xlsx", ""), file) };

describe("readUnitFiles", () => {
  it("reads every file in turn, telling its progress, a bad file costing one line", async () => {
    const progress: [number, number][] = [];
    const reading = await readUnitFiles([chosen("a.xlsx"), chosen("bad.xlsx"), chosen("c.xlsx")], reader, {
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(reading.units.map(({ name }) => name)).toEqual(["a", "c"]);
    expect(reading.unread).toEqual([{ file: "bad.xlsx", reason: "damaged" }]);
    expect(progress).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    expect(reading).toMatchObject({ done: 3, total: 3, stopped: null });
  });

  it("names a file too large to be a unit's, and one that can no longer be opened, without reading them", async () => {
    const read = jest.fn(reader);
    const reading = await readUnitFiles(
      [
        chosen("big.xlsx", { size: MAX_UNIT_FILE_BYTES + 1 }),
        chosen("gone.xlsx", { arrayBuffer: () => Promise.reject(new DOMException("gone", "NotFoundError")) }),
        chosen("ok.xlsx"),
      ],
      read,
    );
    expect(reading.unread).toEqual([
      { file: "big.xlsx", reason: "tooLarge" },
      { file: "gone.xlsx", reason: "notOpened" },
    ]);
    expect(read).toHaveBeenCalledTimes(1);
    expect(reading.units).toHaveLength(1);
  });

  it("stops between files when cancelled, keeping what it read", async () => {
    const controller = new AbortController();
    const reading = await readUnitFiles([chosen("a.xlsx"), chosen("b.xlsx"), chosen("c.xlsx")], reader, {
      signal: controller.signal,
      onProgress: (done) => done === 1 && controller.abort(),
    });
    expect(reading).toMatchObject({ done: 1, total: 3, stopped: "cancelled" });
    expect(reading.units).toHaveLength(1);
  });

  it("stops when the browser can hold no more, and says so rather than failing", async () => {
    const reading = await readUnitFiles(
      [
        chosen("a.xlsx"),
        chosen("b.xlsx", {
          arrayBuffer: () => Promise.reject(new RangeError("Array buffer allocation failed")),
        }),
      ],
      reader,
    );
    expect(reading).toMatchObject({ done: 1, total: 2, stopped: "outOfMemory" });
    expect(reading.units).toHaveLength(1);
  });

  it("lets any other failure of the reader through", async () => {
    const failing: ReadUnitFile = () => Promise.reject(new Error("the reader stopped"));
    await expect(readUnitFiles([chosen("a.xlsx")], failing)).rejects.toThrow("the reader stopped");
  });
});

describe("unitWorkbooks", () => {
  it("keeps a folder's workbooks in name order, without Excel's lock files or other files", () => {
    const inFolder = (path: string) => chosen(path.split("/").pop() as string, { webkitRelativePath: path });
    const files = unitWorkbooks([
      inFolder("units/อำเภอ ข/อบต.สอง.xlsx"),
      inFolder("units/อำเภอ ก/~$อบต.หนึ่ง.xlsx"),
      inFolder("units/อำเภอ ก/อบต.หนึ่ง.xlsx"),
      inFolder("units/readme.txt"),
    ]);
    expect(files.map(({ name }) => name)).toEqual(["อบต.หนึ่ง.xlsx", "อบต.สอง.xlsx"]);
  });

  it("keeps every file chosen one by one, so that a wrong one is named", () => {
    expect(unitWorkbooks([chosen("b.xlsx"), chosen("a.pdf")]).map(({ name }) => name)).toEqual([
      "a.pdf",
      "b.xlsx",
    ]);
  });
});
