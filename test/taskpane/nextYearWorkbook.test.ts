import type { NextYearPlan } from "../../src/layout/nextYear";
import type { WorkbookPlan } from "../../src/layout/plan";
import { base64Of, startNextYear, type NextYearSteps } from "../../src/taskpane/nextYearWorkbook";
import { NEXT_YEAR_REPORT } from "../support/nextYearReport";

const report = NEXT_YEAR_REPORT;
/** Only handed from one step to the next: its contents are not the use case's business. */
const plan = { sheets: [] } as unknown as WorkbookPlan;
const planned: NextYearPlan = { settings: {} as NextYearPlan["settings"], plan, report };
const BYTES = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x80, 0x7f]);

interface FakeSteps extends NextYearSteps {
  readonly plan: jest.Mock<Promise<NextYearPlan>, []>;
  readonly bytesOf: jest.Mock<Promise<Uint8Array>, [WorkbookPlan]>;
  readonly open: jest.Mock<Promise<boolean>, [string]>;
  readonly download: jest.Mock<boolean, [string, Uint8Array]>;
}

/** Steps that plan, build BYTES, and open them, unless a test gives its own; each one recorded. */
function steps(more: Partial<NextYearSteps> = {}): FakeSteps {
  return {
    plan: jest.fn(more.plan ?? (async () => planned)),
    bytesOf: jest.fn(more.bytesOf ?? (async () => BYTES)),
    open: jest.fn(more.open ?? (async () => true)),
    download: jest.fn(more.download ?? (() => true)),
  };
}

describe("startNextYear", () => {
  test("plans, builds the bytes of the plan, and opens them as base64", async () => {
    const given = steps();
    const delivery = await startNextYear(given);
    expect(given.plan).toHaveBeenCalledTimes(1);
    expect(given.bytesOf).toHaveBeenCalledTimes(1);
    expect(given.bytesOf.mock.calls[0]?.[0]).toBe(plan);
    expect(given.open).toHaveBeenCalledTimes(1);
    expect(given.open).toHaveBeenCalledWith(Buffer.from(BYTES).toString("base64"));
    expect(given.download).not.toHaveBeenCalled();
    expect(delivery).toEqual({ report, fileName: "ITA2569.xlsx", delivered: "opened" });
  });

  test("the file is named after the year it is for", async () => {
    const given = steps({ plan: async () => ({ ...planned, report: { ...report, toYear: 2571 } }) });
    expect((await startNextYear(given)).fileName).toBe("ITA2571.xlsx");
  });

  test("where Excel cannot open it, the same bytes are offered to save under that name", async () => {
    const given = steps({ open: async () => false });
    const delivery = await startNextYear(given);
    expect(given.open).toHaveBeenCalledTimes(1);
    expect(given.download).toHaveBeenCalledTimes(1);
    expect(given.download).toHaveBeenCalledWith("ITA2569.xlsx", BYTES);
    expect(given.download.mock.calls[0]?.[1]).toBe(BYTES);
    expect(delivery).toEqual({ report, fileName: "ITA2569.xlsx", delivered: "downloaded" });
  });

  test("where the window cannot download either, it says the workbook was not delivered", async () => {
    const given = steps({ open: async () => false, download: () => false });
    const delivery = await startNextYear(given);
    expect(given.download).toHaveBeenCalledTimes(1);
    expect(delivery).toEqual({ report, fileName: "ITA2569.xlsx", delivered: "notDelivered" });
  });

  test("a failure to plan rejects, and nothing is built, opened or downloaded", async () => {
    const failure = Object.assign(new Error("no settings sheet"), { code: "NoItaSheets" });
    const given = steps({ plan: () => Promise.reject(failure) });
    await expect(startNextYear(given)).rejects.toBe(failure);
    expect(given.bytesOf).not.toHaveBeenCalled();
    expect(given.open).not.toHaveBeenCalled();
    expect(given.download).not.toHaveBeenCalled();
  });

  test("a failure to build rejects, and nothing is opened or downloaded", async () => {
    const failure = new Error("zip failed");
    const given = steps({ bytesOf: () => Promise.reject(failure) });
    await expect(startNextYear(given)).rejects.toBe(failure);
    expect(given.open).not.toHaveBeenCalled();
    expect(given.download).not.toHaveBeenCalled();
  });
});

describe("base64Of", () => {
  const expected = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");

  test("no bytes are the empty text", () => {
    expect(base64Of(new Uint8Array(0))).toBe("");
  });

  test("a few bytes, every padding, and bytes above 0x7f", () => {
    expect(base64Of(Uint8Array.from([0x4d]))).toBe("TQ==");
    expect(base64Of(Uint8Array.from([0x4d, 0x61]))).toBe("TWE=");
    expect(base64Of(Uint8Array.from([0x4d, 0x61, 0x6e]))).toBe("TWFu");
    expect(base64Of(BYTES)).toBe(expected(BYTES));
    expect(base64Of(Uint8Array.from([0xff, 0xfe, 0x00, 0x80]))).toBe("//4AgA==");
  });

  test("200,000 bytes, more than one slice, come out whole and in order", () => {
    const bytes = Uint8Array.from({ length: 200_000 }, (_, index) => (index * 31 + (index >> 8)) % 256);
    const text = base64Of(bytes);
    expect(text).toBe(expected(bytes));
    expect(Buffer.from(text, "base64").equals(Buffer.from(bytes))).toBe(true);
  });

  test("a view into a larger buffer gives its own bytes only", () => {
    const whole = Uint8Array.from({ length: 0x8000 + 10 }, (_, index) => index % 251);
    const view = whole.subarray(5, 0x8000 + 7);
    expect(base64Of(view)).toBe(expected(view));
  });
});
