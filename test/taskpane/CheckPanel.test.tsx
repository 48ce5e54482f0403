/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import type { Problem, WorkbookCheck } from "../../src/layout/workbookCheck";
import { CheckPanel, type CheckActions } from "../../src/taskpane/CheckPanel";

// React's act() wants to know it runs in a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const IIT = "ติดตาม IIT";
const SCORES = "คะแนน ITA";

const deleted: Problem = {
  rule: "grid.deleted",
  severity: "warning",
  sheet: null,
  row: null,
  column: null,
  params: { tool: "OIT" },
};
const noPeriod: Problem = {
  rule: "required.period",
  severity: "warning",
  sheet: IIT,
  row: 6,
  column: "G",
  params: {},
};
const noStatus: Problem = {
  rule: "status.none",
  severity: "error",
  sheet: IIT,
  row: 7,
  column: "H",
  params: {},
};
const thaiScore: Problem = {
  rule: "score.thaiDigits",
  severity: "warning",
  sheet: SCORES,
  row: 8,
  column: "C",
  params: { text: "๙๔.๗๐", value: 94.7 },
};

const found: WorkbookCheck = {
  problems: [deleted, noPeriod, noStatus, thaiScore],
  counts: {
    errors: 1,
    warnings: 3,
    bySheet: { [IIT]: { errors: 1, warnings: 1 }, [SCORES]: { errors: 0, warnings: 1 } },
  },
};
const clean: WorkbookCheck = { problems: [], counts: { errors: 0, warnings: 0, bySheet: {} } };

let container: HTMLDivElement;
let root: Root;

beforeEach(() => {
  container = document.createElement("div");
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

function render(actions: Partial<CheckActions>) {
  const all: CheckActions = {
    checkWorkbook: async () => clean,
    selectCell: async () => undefined,
    convertScores: async () => 0,
    ...actions,
  };
  act(() =>
    root.render(
      <FluentProvider theme={webLightTheme}>
        <CheckPanel {...all} />
      </FluentProvider>,
    ),
  );
}

const buttonNamed = (name: string) =>
  [...container.querySelectorAll("button")].find((candidate) => candidate.textContent === name);
const checkButton = () => buttonNamed("ตรวจสอบ")!;
const results = () => container.querySelector('[aria-live="polite"]')!;

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((ok) => (resolve = ok));
  return { promise, resolve };
}

describe("the Check panel", () => {
  test("spins while it checks and cannot run twice", async () => {
    const pending = deferred<WorkbookCheck>();
    const checkWorkbook = jest.fn(() => pending.promise);
    render({ checkWorkbook });

    act(() => checkButton().click());
    act(() => checkButton().click());

    expect(checkWorkbook).toHaveBeenCalledTimes(1);
    expect(checkButton().disabled).toBe(true);
    expect(container.textContent).toContain("กำลังตรวจสอบ");

    await act(async () => pending.resolve(clean));

    expect(checkButton().disabled).toBe(false);
    expect(container.textContent).not.toContain("กำลังตรวจสอบ");
    expect(results().textContent).toContain("ไม่พบข้อผิดพลาด");
  });

  test("lists the workbook's problems first, then each sheet's, errors before warnings", async () => {
    render({ checkWorkbook: async () => found });
    await act(async () => checkButton().click());

    const text = results().textContent ?? "";
    expect(text).toContain("พบข้อผิดพลาด 1 รายการ และคำเตือน 3 รายการ ใน 2 แผ่นงาน");
    const order = [
      "ทั้งสมุดงาน",
      "แผ่นงานติดตาม OIT ถูกลบไปแล้ว",
      `แผ่นงาน “${IIT}” (ข้อผิดพลาด 1 · คำเตือน 1)`,
      "แถว 7: ยังไม่ได้เลือกสถานะ",
      "แถว 6: ยังไม่ได้ระบุระยะเวลาดำเนินการ",
      `แผ่นงาน “${SCORES}” (ข้อผิดพลาด 0 · คำเตือน 1)`,
      "แถว 8: คะแนน “๙๔.๗๐” พิมพ์ด้วยเลขไทย",
    ].map((part) => text.indexOf(part));
    expect(order.every((position) => position >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // The workbook's own problem has no cell to go to.
    expect([...results().querySelectorAll("button")].map((button) => button.textContent)).not.toContain(
      expect.stringContaining("ถูกลบไปแล้ว"),
    );
  });

  test("a problem selects its cell", async () => {
    const selectCell = jest.fn(async () => undefined);
    render({ checkWorkbook: async () => found, selectCell });
    await act(async () => checkButton().click());

    const link = [...results().querySelectorAll("button")].find((button) =>
      button.textContent?.startsWith("แถว 6:"),
    )!;
    expect(link.title).toBe("ไปที่เซลล์ G6");
    await act(async () => link.click());
    expect(selectCell).toHaveBeenCalledWith(IIT, "G6");
  });

  test("a sheet gone since the check is named", async () => {
    const selectCell = jest.fn(() =>
      Promise.reject({ code: "ItemNotFound", message: "The requested resource doesn't exist." }),
    );
    render({ checkWorkbook: async () => found, selectCell });
    await act(async () => checkButton().click());
    const link = [...results().querySelectorAll("button")].find((button) =>
      button.textContent?.startsWith("แถว 7:"),
    )!;
    await act(async () => link.click());
    expect(results().textContent).toContain(`ไม่พบแผ่นงาน “${IIT}” อาจถูกลบหรือเปลี่ยนชื่อ ให้ตรวจสอบอีกครั้ง`);
    expect(results().textContent).not.toContain("requested resource");
  });

  test("converting scores sends the problems, then checks again", async () => {
    const checkWorkbook = jest.fn().mockResolvedValueOnce(found).mockResolvedValueOnce(clean);
    const convertScores = jest.fn(async () => 1);
    render({ checkWorkbook, convertScores });
    await act(async () => checkButton().click());
    expect(results().textContent).toContain("คะแนน 1 ช่องพิมพ์เป็นเลขไทยหรือเก็บเป็นข้อความ");

    await act(async () => buttonNamed("แปลงเป็นตัวเลข")!.click());

    expect(convertScores).toHaveBeenCalledWith(found.problems);
    expect(checkWorkbook).toHaveBeenCalledTimes(2);
    expect(results().textContent).toContain("แปลงคะแนนเป็นตัวเลขแล้ว 1 ช่อง");
    expect(buttonNamed("แปลงเป็นตัวเลข")).toBeUndefined();
  });

  test.each([
    [{ code: "InvalidOperationInCellEditMode", message: "Cell edit mode" }, "กำลังแก้ไขเซลล์อยู่"],
    [new Error("RichApi.Error: GeneralException"), "Excel ทำรายการไม่สำเร็จ"],
  ])("a failed check is told in Thai, never as raw text: %p", async (error, words) => {
    render({ checkWorkbook: () => Promise.reject(error) });
    await act(async () => checkButton().click());
    expect(results().textContent).toContain("ตรวจสอบไม่สำเร็จ");
    expect(results().textContent).toContain(words);
    expect(container.textContent).not.toContain((error as { message: string }).message);
    expect(checkButton().disabled).toBe(false);
  });
});
