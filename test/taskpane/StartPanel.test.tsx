/** @jest-environment jsdom */
import { DEFAULT_BAND_NAMES } from "../../src/domain/bands";
import { act, screen, within } from "@testing-library/react";
import type { InsertOptions, InsertResult } from "../../src/excel/insertItaSheets";
import { StartPanel, type StartPanelProps } from "../../src/taskpane/StartPanel";
import { never } from "./appProps";
import { deferred, expectBusy, progress, renderPane, results } from "./renderPane";

const done: InsertResult = {
  created: ["คะแนน ITA", "ติดตาม IIT", "ติดตาม EIT", "ติดตาม OIT"],
  repaired: [],
  rearranged: [],
  renamed: [],
  missingFeatures: [],
  fiscalYear: 2565,
};

function render(
  insertSheets: (options: InsertOptions) => Promise<InsertResult>,
  more: Partial<StartPanelProps> = {},
  language: "th" | "en" = "th",
) {
  return renderPane(
    <StartPanel
      insertSheets={insertSheets}
      startNextYear={never}
      today={{ year: 2025, month: 11, day: 21 }}
      {...more}
    />,
    language,
  );
}

const insertButton = () => screen.getByRole("button", { name: "แทรกแบบฟอร์ม ITA" });

describe("the Start panel", () => {
  test("sends the agency and the chosen year, spins while it runs, and cannot start twice", async () => {
    const pending = deferred<InsertResult>();
    const insertSheets = jest.fn(() => pending.promise);
    const { user } = render(insertSheets);
    await user.type(screen.getByRole("textbox", { name: "ชื่อหน่วยงาน" }), "  อบต.มะเฟือง ");
    const year = screen.getByRole("combobox", { name: "ปีงบประมาณ" });
    await user.selectOptions(year, "พ.ศ. ๒๕๖๕");
    expect(year).toHaveAccessibleDescription(
      "เกณฑ์ปี ๒๕๖๕: ผลเป็นระดับตัวอักษร AA ถึง F " +
        "ตัวเลขของเกณฑ์ (น้ำหนัก เกณฑ์ผ่าน) ยังไม่ได้ตรวจกับคู่มือของ ป.ป.ช. ควรเทียบกับคู่มือก่อนอ้างอิง",
    );

    await user.click(insertButton());
    await user.click(insertButton());

    expect(insertSheets).toHaveBeenCalledTimes(1);
    expect(insertSheets).toHaveBeenCalledWith({ agency: "อบต.มะเฟือง", fiscalYear: 2565 });
    expectBusy(insertButton(), true);
    expect(insertButton()).toHaveFocus();
    expect(progress("กำลังแทรกแบบฟอร์ม…")).toBeInTheDocument();

    await act(async () => pending.resolve(done));

    expectBusy(insertButton(), false);
    expect(progress("กำลังแทรกแบบฟอร์ม…")).not.toBeInTheDocument();
    const outcome = within(results("ผลการแทรกแบบฟอร์ม")).getByRole("group", { name: "แทรกแบบฟอร์ม ITA แล้ว" });
    expect(outcome).toHaveTextContent("สร้างแผ่นงาน “คะแนน ITA”, “ติดตาม IIT”, “ติดตาม EIT”, “ติดตาม OIT”");
  });

  test("an empty agency is not sent, the year defaults to today's, and settings chosen go along", async () => {
    const insertSheets = jest.fn(async () => ({ ...done, fiscalYear: 2569 }));
    const chosen = {
      thresholds: { pass: 80, strength: 88, excellence: 96 },
      bandNames: DEFAULT_BAND_NAMES,
      documentFont: "TH SarabunIT๙",
      digitStyle: "arabic" as const,
    };
    const { user } = render(insertSheets, { chosen });
    expect(screen.getByRole("option", { name: "พ.ศ. ๒๕๖๙", selected: true })).toBeInTheDocument();
    // Enter on the focused button, as a keyboard user presses it.
    await user.tab();
    await user.tab();
    await user.tab();
    expect(insertButton()).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(insertSheets).toHaveBeenCalledWith({ fiscalYear: 2569, ...chosen });
  });

  test("offers 2570, says NACC has not published its rules, and inserts it by 2569's", async () => {
    const insertSheets = jest.fn(async () => ({ ...done, fiscalYear: 2570 }));
    const { user } = render(insertSheets);
    const year = screen.getByRole("combobox", { name: "ปีงบประมาณ" });
    expect(
      within(year)
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual(["พ.ศ. ๒๕๖๕", "พ.ศ. ๒๕๖๖", "พ.ศ. ๒๕๖๗", "พ.ศ. ๒๕๖๘", "พ.ศ. ๒๕๖๙", "พ.ศ. ๒๕๗๐"]);
    await user.selectOptions(year, "พ.ศ. ๒๕๗๐");
    expect(screen.getByText("ป.ป.ช. ยังไม่ประกาศเกณฑ์ปี ๒๕๗๐ จะใช้เกณฑ์ปี ๒๕๖๙ ไปก่อน")).toBeVisible();
    expect(year).toHaveAccessibleDescription(
      "ป.ป.ช. ยังไม่ประกาศเกณฑ์ปี ๒๕๗๐ จะใช้เกณฑ์ปี ๒๕๖๙ ไปก่อน " +
        "ตัวเลขของเกณฑ์ (น้ำหนัก เกณฑ์ผ่าน) ยังไม่ได้ตรวจกับคู่มือของ ป.ป.ช. ควรเทียบกับคู่มือก่อนอ้างอิง",
    );
    await user.click(insertButton());
    expect(insertSheets).toHaveBeenCalledWith({ fiscalYear: 2570 });
    // The workbook took the year asked for, so the outcome does not say a year was kept.
    const outcome = await within(results("ผลการแทรกแบบฟอร์ม")).findByRole("group", {
      name: "แทรกแบบฟอร์ม ITA แล้ว",
    });
    expect(outcome).not.toHaveTextContent("คงปีเดิมไว้");
  });

  test("chooses 2570 by itself in December 2026, and says so in English too", () => {
    render(async () => done, { today: { year: 2026, month: 12, day: 2 } }, "en");
    const year = screen.getByRole("combobox", { name: "Fiscal year" });
    expect(year).toHaveDisplayValue("2570 (Oct 2026 – Sep 2027)");
    expect(year).toHaveAccessibleDescription(
      expect.stringContaining("NACC has not published the 2570 rules yet: 2569's are used until they are"),
    );
  });

  test("speaks English when the pane does, years in both calendars", async () => {
    const { user } = render(async () => done, {}, "en");
    const year = screen.getByRole("combobox", { name: "Fiscal year" });
    expect(year).toHaveDisplayValue("2569 (Oct 2025 – Sep 2026)");
    expect(year).toHaveAccessibleDescription(
      expect.stringContaining("ITA 2569 (scored by 2568's rules: no source for this year's own was found)"),
    );
    expect(screen.getByRole("textbox", { name: "Agency name" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Insert ITA sheets" }));
    expect(results("Insert result")).toHaveTextContent(
      "Added the sheets “คะแนน ITA”, “ติดตาม IIT”, “ติดตาม EIT”, “ติดตาม OIT”",
    );
  });

  test.each([
    [{ code: "AccessDenied", message: "You cannot perform the requested operation." }, "แผ่นงานถูกป้องกันอยู่"],
    [{ code: "InvalidOperationInCellEditMode", message: "Cell edit mode" }, "กำลังแก้ไขเซลล์อยู่"],
    [new Error("Unexpected token < in JSON"), "Excel ทำรายการไม่สำเร็จ"],
  ])("a failure is told in Thai, never as raw text: %p", async (error, words) => {
    const { user } = render(() => Promise.reject(error));
    await user.click(insertButton());
    const failure = within(results("ผลการแทรกแบบฟอร์ม")).getByRole("group", { name: "แทรกแบบฟอร์มไม่สำเร็จ" });
    expect(failure).toHaveTextContent(words);
    expect(document.body).not.toHaveTextContent((error as { message: string }).message);
    expectBusy(insertButton(), false);
  });
});
