/** @jest-environment jsdom */
import { act, screen, within } from "@testing-library/react";
import type { Problem, WorkbookCheck } from "../../src/layout/workbookCheck";
import { CheckPanel, type CheckActions } from "../../src/taskpane/CheckPanel";
import { deferred, expectBusy, progress, renderPane, results } from "./renderPane";

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

function render(actions: Partial<CheckActions>, language: "th" | "en" = "th") {
  const all: CheckActions = {
    checkWorkbook: async () => clean,
    selectCell: async () => undefined,
    convertScores: async () => 0,
    ...actions,
  };
  return renderPane(<CheckPanel {...all} />, language);
}

const checkButton = () => screen.getByRole("button", { name: "ตรวจสอบ" });
const checkResults = () => results("ผลการตรวจสอบ");
const problemLink = (start: string) =>
  within(checkResults()).getByRole("button", { name: new RegExp(`^${start}`) });

describe("the Check panel", () => {
  test("spins while it checks and cannot run twice", async () => {
    const pending = deferred<WorkbookCheck>();
    const checkWorkbook = jest.fn(() => pending.promise);
    const { user } = render({ checkWorkbook });

    await user.click(checkButton());
    await user.click(checkButton());

    expect(checkWorkbook).toHaveBeenCalledTimes(1);
    expectBusy(checkButton(), true);
    expect(progress("กำลังตรวจสอบ…")).toBeInTheDocument();

    await act(async () => pending.resolve(clean));

    expectBusy(checkButton(), false);
    expect(progress("กำลังตรวจสอบ…")).not.toBeInTheDocument();
    expect(within(checkResults()).getByRole("group", { name: "ไม่พบข้อผิดพลาด" })).toBeInTheDocument();
  });

  test("says when this Excel could not tell merged cells apart, and only then", async () => {
    const { user } = render({ checkWorkbook: async () => ({ ...clean, mergesUnknown: true }) });
    await user.click(checkButton());
    expect(checkResults()).toHaveTextContent("Excel รุ่นนี้บอกไม่ได้ว่าเซลล์ใดผสานกัน");
    const again = render({ checkWorkbook: async () => ({ ...clean, mergesUnknown: false }) }, "en");
    await again.user.click(screen.getAllByRole("button", { name: "Check" })[0]!);
    expect(results("Check results")).not.toHaveTextContent("merged");
  });

  test("lists the workbook's problems first, then each sheet's, errors before warnings", async () => {
    const { user } = render({ checkWorkbook: async () => found });
    // The check button is the panel's first stop in the Tab order; Space presses it.
    await user.tab();
    expect(checkButton()).toHaveFocus();
    await user.keyboard(" ");

    const region = checkResults();
    const text = region.textContent ?? "";
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
    expect(
      within(region)
        .getAllByRole("heading", { level: 2 })
        .map((heading) => heading.textContent),
    ).toEqual([
      "ทั้งสมุดงาน",
      `แผ่นงาน “${IIT}” (ข้อผิดพลาด 1 · คำเตือน 1)`,
      `แผ่นงาน “${SCORES}” (ข้อผิดพลาด 0 · คำเตือน 1)`,
    ]);
    const sheet = within(region).getByRole("region", { name: `แผ่นงาน “${IIT}”` });
    expect(
      within(sheet)
        .getAllByRole("button")
        .map((link) => link.textContent),
    ).toEqual([expect.stringMatching(/^แถว 7:/), expect.stringMatching(/^แถว 6:/)]);
    // The workbook's own problem has no cell to go to.
    const workbook = within(region).getByRole("region", { name: "ทั้งสมุดงาน" });
    expect(within(workbook).getByText(/ถูกลบไปแล้ว/)).toBeInTheDocument();
    expect(within(region).queryByRole("button", { name: /ถูกลบไปแล้ว/ })).not.toBeInTheDocument();
  });

  test("a problem selects its cell", async () => {
    const selectCell = jest.fn(async () => undefined);
    const { user } = render({ checkWorkbook: async () => found, selectCell });
    await user.click(checkButton());

    const link = problemLink("แถว 6:");
    expect(link).toHaveAccessibleDescription("ไปที่เซลล์ G6");
    await user.click(link);
    expect(selectCell).toHaveBeenCalledWith(IIT, "G6");
  });

  test("a sheet gone since the check is named", async () => {
    const selectCell = jest.fn(() =>
      Promise.reject({ code: "ItemNotFound", message: "The requested resource doesn't exist." }),
    );
    const { user } = render({ checkWorkbook: async () => found, selectCell });
    await user.click(checkButton());
    await user.click(problemLink("แถว 7:"));
    const failure = await within(checkResults()).findByRole("group", { name: "ไปที่เซลล์ไม่สำเร็จ" });
    expect(failure).toHaveTextContent(`ไม่พบแผ่นงาน “${IIT}” อาจถูกลบหรือเปลี่ยนชื่อ ให้ตรวจสอบอีกครั้ง`);
    expect(checkResults()).not.toHaveTextContent("requested resource");
  });

  test("converting scores sends the problems, then checks again", async () => {
    const checkWorkbook = jest.fn().mockResolvedValueOnce(found).mockResolvedValueOnce(clean);
    const convertScores = jest.fn(async () => 1);
    const { user } = render({ checkWorkbook, convertScores });
    await user.click(checkButton());
    expect(checkResults()).toHaveTextContent("คะแนน 1 ช่องพิมพ์เป็นเลขไทยหรือเก็บเป็นข้อความ");

    await user.click(screen.getByRole("button", { name: "แปลงเป็นตัวเลข" }));

    expect(convertScores).toHaveBeenCalledWith(found.problems);
    expect(checkWorkbook).toHaveBeenCalledTimes(2);
    expect(checkResults()).toHaveTextContent("แปลงคะแนนเป็นตัวเลขแล้ว 1 ช่อง");
    expect(screen.queryByRole("button", { name: "แปลงเป็นตัวเลข" })).not.toBeInTheDocument();
  });

  test.each([
    [{ code: "InvalidOperationInCellEditMode", message: "Cell edit mode" }, "กำลังแก้ไขเซลล์อยู่"],
    [new Error("RichApi.Error: GeneralException"), "Excel ทำรายการไม่สำเร็จ"],
  ])("a failed check is told in Thai, never as raw text: %p", async (error, words) => {
    const { user } = render({ checkWorkbook: () => Promise.reject(error) });
    await user.click(checkButton());
    const failure = within(checkResults()).getByRole("group", { name: "ตรวจสอบไม่สำเร็จ" });
    expect(failure).toHaveTextContent(words);
    expect(document.body).not.toHaveTextContent((error as { message: string }).message);
    expectBusy(checkButton(), false);
  });

  test("in English, problems and counts are in English and the sheet names stay as they are", async () => {
    const { user } = render({ checkWorkbook: async () => found }, "en");
    await user.click(screen.getByRole("button", { name: "Check" }));
    const region = results("Check results");
    expect(region).toHaveTextContent("Found 1 error and 3 warnings on 2 sheets");
    expect(
      within(region).getByRole("heading", { name: `Sheet “${IIT}” (1 error · 1 warning)` }),
    ).toBeVisible();
    expect(within(region).getByRole("button", { name: /^Row 7: No status is marked/ })).toBeVisible();
    expect(region).toHaveTextContent("The OIT tracking sheet was deleted");
    expect(region.textContent).not.toMatch(/ข้อผิดพลาด|คำเตือน|แถว/);
  });
});
