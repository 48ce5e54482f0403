/** @jest-environment jsdom */
import { FluentProvider, MessageBar, MessageBarBody, webLightTheme } from "@fluentui/react-components";
import { act, render, screen, within } from "@testing-library/react";
import { NextYearUnknownError, NotItaWorkbookError } from "../../src/layout/nextYear";
import { TH } from "../../src/taskpane/i18n/th";
import { nextYearOutcome } from "../../src/taskpane/nextYearMessages";
import { NextYearSection } from "../../src/taskpane/NextYearSection";
import type { NextYearDelivery } from "../../src/taskpane/nextYearWorkbook";
import { StartPanel } from "../../src/taskpane/StartPanel";
import { never } from "./appProps";
import { deferred, expectBusy, progress, renderPane, results } from "./renderPane";
import { NEXT_YEAR_REPORT } from "../support/nextYearReport";

const report = NEXT_YEAR_REPORT;
const opened: NextYearDelivery = { report, fileName: "ITA2569.xlsx", delivered: "opened" };

const OPENED = "เปิดสมุดงานปีงบประมาณ ๒๕๖๙ ในหน้าต่างใหม่แล้ว บันทึกด้วยชื่อ เช่น ITA2569.xlsx";
const SCORES_KEPT =
  "คะแนนปี ๒๕๖๘ 10 ตัวชี้วัดอยู่ในคอลัมน์ “คะแนนปี ๒๕๖๘” ของแผ่นงานคะแนน เมื่อพิมพ์คะแนนปีใหม่ ช่อง “เพิ่ม/ลด” จะคำนวณให้";
const MEASURES_CARRIED =
  "ยกมาตรการที่ยังไม่แล้วเสร็จมา 3 รายการ ผลการดำเนินการปีเดิมอยู่ในแผ่นงาน “ยกมาจากปี 2568” ให้กำหนดระยะเวลาดำเนินการใหม่ในช่องที่ว่าง " +
  "(ที่ดำเนินการแล้ว 4 รายการอยู่ในสมุดงานนี้)";
const REGISTER_CARRIED =
  "ยกทะเบียน OIT มา 12 รายการ พร้อม URL 15 ลิงก์ สถานะเริ่มที่ “รอดำเนินการ” เพราะหลักฐานต้องเป็นของปี ๒๕๖๙";
const UNTOUCHED = "สมุดงานปี ๒๕๖๘ นี้ไม่ถูกแก้ไข";
const FAILED = "เริ่มปีงบประมาณใหม่ไม่สำเร็จ";

const startButton = () => screen.getByRole("button", { name: "เริ่มปีงบประมาณใหม่" });
const outcome = () => results("ผลการเริ่มปีงบประมาณใหม่");
const linesOf = (group: HTMLElement) =>
  within(group)
    .queryAllByRole("listitem")
    .map((item) => item.textContent);

/** The path of the icon a message bar shows: Fluent tells a bar's intent by its icon only. */
const iconOf = (bar: HTMLElement) => bar.querySelector(".fui-MessageBar__icon path")?.getAttribute("d");

/** The icon Fluent draws for `intent`, from a bar of its own, to compare a message's with. */
function iconOfIntent(intent: "success" | "warning" | "error"): string | null | undefined {
  const { container, unmount } = render(
    <FluentProvider theme={webLightTheme}>
      <MessageBar intent={intent} layout="multiline">
        <MessageBarBody>.</MessageBarBody>
      </MessageBar>
    </FluentProvider>,
  );
  const icon = iconOf(container as HTMLElement);
  unmount();
  return icon;
}

async function startWith(delivery: NextYearDelivery) {
  const view = renderPane(<NextYearSection startNextYear={async () => delivery} />);
  await view.user.click(startButton());
  return view;
}

describe("starting the new fiscal year", () => {
  test("offers the button under its heading, saying the year goes into a new workbook and this one stays", () => {
    renderPane(<NextYearSection startNextYear={never} />);
    expect(screen.getByRole("heading", { name: "เริ่มปีงบประมาณใหม่" })).toBeVisible();
    expect(startButton()).toBeVisible();
    expectBusy(startButton(), false);
    const section = screen.getByRole("region", { name: "เริ่มปีงบประมาณใหม่" });
    expect(section).toHaveTextContent("สร้างสมุดงานของปีถัดไปจากสมุดงานนี้");
    expect(section).toHaveTextContent("ปีใหม่อยู่ในสมุดงานใหม่");
    expect(section).toHaveTextContent("จึงไม่แก้ไขสมุดงานนี้เลย");
    expect(outcome()).toBeEmptyDOMElement();
    expect(progress("กำลังสร้างสมุดงานปีใหม่…")).not.toBeInTheDocument();
  });

  test("is part of the Start panel, which hands it the action", async () => {
    const startNextYear = jest.fn(async () => opened);
    const { user } = renderPane(
      <StartPanel
        insertSheets={never}
        startNextYear={startNextYear}
        today={{ year: 2025, month: 11, day: 21 }}
      />,
    );
    await user.click(startButton());
    expect(startNextYear).toHaveBeenCalledTimes(1);
    expect(within(outcome()).getByRole("group", { name: OPENED })).toBeInTheDocument();
    // The insert's own region says nothing: the two actions are apart.
    expect(results("ผลการแทรกแบบฟอร์ม")).toBeEmptyDOMElement();
  });

  test("starts once however often it is clicked, and spins until the workbook is made", async () => {
    const pending = deferred<NextYearDelivery>();
    const startNextYear = jest.fn(() => pending.promise);
    const { user } = renderPane(<NextYearSection startNextYear={startNextYear} />);
    await user.click(startButton());
    await user.click(startButton());

    expect(startNextYear).toHaveBeenCalledTimes(1);
    expectBusy(startButton(), true);
    expect(startButton()).toHaveFocus();
    expect(progress("กำลังสร้างสมุดงานปีใหม่…")).toBeInTheDocument();
    expect(outcome()).toBeEmptyDOMElement();

    await act(async () => pending.resolve(opened));

    expectBusy(startButton(), false);
    expect(progress("กำลังสร้างสมุดงานปีใหม่…")).not.toBeInTheDocument();
    expect(within(outcome()).getByRole("group", { name: OPENED })).toBeInTheDocument();
  });

  test("opened: says where the workbook is and what it carried, years in Thai digits, counts in Arabic", async () => {
    await startWith(opened);
    const told = within(outcome()).getByRole("group", { name: OPENED });
    expect(linesOf(told)).toEqual([SCORES_KEPT, MEASURES_CARRIED, REGISTER_CARRIED, UNTOUCHED]);
    expect(iconOf(told)).toBe(iconOfIntent("success"));
  });

  test("grids left and register rows kept apart are told only when there are some", async () => {
    const withLeftovers = { ...report, gridsLeft: ["แผนของฉัน", "สำรอง"], registerKeptApart: 2 };
    await startWith({ ...opened, report: withLeftovers });
    const told = within(outcome()).getByRole("group", { name: OPENED });
    expect(linesOf(told)).toEqual([
      SCORES_KEPT,
      MEASURES_CARRIED,
      "ไม่ได้ยกแถวจากแผ่นงาน “แผนของฉัน”, “สำรอง” เพราะไม่รู้ว่าเป็นแบบวัดใด ให้คัดลอกเอง",
      REGISTER_CARRIED,
      "แถวทะเบียนที่ไม่ตรงกับรายการปีใหม่ 2 แถวอยู่ท้ายทะเบียน ให้ตรวจดูและจัดเอง",
      UNTOUCHED,
    ]);
  });

  test("downloaded: names the file to open in Excel", async () => {
    await startWith({ ...opened, delivered: "downloaded" });
    const told = within(outcome()).getByRole("group", {
      name: "ดาวน์โหลดสมุดงานปีงบประมาณ ๒๕๖๙ เป็น ITA2569.xlsx แล้ว เปิดไฟล์นี้ใน Excel เพื่อทำงานต่อ",
    });
    expect(linesOf(told)).toEqual([SCORES_KEPT, MEASURES_CARRIED, REGISTER_CARRIED, UNTOUCHED]);
    expect(iconOf(told)).toBe(iconOfIntent("success"));
  });

  test("not delivered: a warning that points to ita-tracker next-year", async () => {
    const notDelivered: NextYearDelivery = { ...opened, delivered: "notDelivered" };
    await startWith(notDelivered);
    const told = within(outcome()).getByRole("group", {
      name: "Excel รุ่นนี้เปิดหรือดาวน์โหลดสมุดงานใหม่จาก Add-in ไม่ได้ ให้ใช้คำสั่ง ita-tracker next-year กับไฟล์นี้เพื่อสร้างปี ๒๕๖๙",
    });
    expect(iconOf(told)).toEqual(expect.any(String));
    expect(iconOf(told)).toBe(iconOfIntent("warning"));
    expect(iconOf(told)).not.toBe(iconOfIntent("success"));
    expect(nextYearOutcome(notDelivered)(TH).intent).toBe("warning");
    expect(nextYearOutcome(opened)(TH).intent).toBe("success");
    expect(linesOf(told)).toContain(UNTOUCHED);
  });

  test("in English: English words and Arabic digits", async () => {
    const { user } = renderPane(<NextYearSection startNextYear={async () => opened} />, "en");
    expect(screen.getByRole("heading", { name: "Start the new fiscal year" })).toBeVisible();
    expect(document.body).toHaveTextContent("The new year goes into a new workbook");
    await user.click(screen.getByRole("button", { name: "Start the new fiscal year" }));
    const region = results("New fiscal year");
    const told = within(region).getByRole("group", {
      name: "The workbook for fiscal year 2569 (2026) is open in a new window: save it, e.g. as ITA2569.xlsx",
    });
    expect(told).toHaveTextContent("3 measures not done carried over");
    expect(told).toHaveTextContent("This 2568 workbook was not changed");
    expect(region).not.toHaveTextContent("๒๕๖๘");
  });

  test("a message already shown follows the pane into English", async () => {
    const { user, rerender } = renderPane(<NextYearSection startNextYear={async () => opened} />);
    await user.click(startButton());
    expect(within(outcome()).getByRole("group", { name: OPENED })).toBeInTheDocument();
    rerender(<NextYearSection startNextYear={async () => opened} />, "en");
    expect(results("New fiscal year")).toHaveTextContent("This 2568 workbook was not changed");
  });

  test.each([
    [
      "a workbook without our sheets",
      new NotItaWorkbookError(),
      "สมุดงานนี้ยังไม่มีแผ่นคะแนนหรือตารางติดตาม ITA กด “แทรกแบบฟอร์ม ITA” ในแท็บเริ่มต้นก่อน แล้วกรอกคะแนนและมาตรการ",
    ],
    [
      "a year whose rules this release does not know",
      new NextYearUnknownError(2571),
      "รุ่นนี้ยังไม่มีเกณฑ์ของปีถัดไป ให้ปรับรุ่น Add-in เมื่อ ป.ป.ช. ประกาศเกณฑ์",
    ],
    [
      "any other failure",
      new Error("Unexpected token < in JSON"),
      "Excel ทำรายการไม่สำเร็จ ลองอีกครั้ง หากยังไม่ได้ ให้บันทึกสมุดงาน ปิดแล้วเปิดใหม่ แล้วลองอีกครั้ง",
    ],
  ])("%s is told in Thai, never as raw text, and can be tried again", async (_case, error, line) => {
    const startNextYear = jest.fn(() => Promise.reject(error));
    const { user } = renderPane(<NextYearSection startNextYear={startNextYear} />);
    await user.click(startButton());
    const failure = within(outcome()).getByRole("group", { name: FAILED });
    expect(linesOf(failure)).toEqual([line]);
    expect(iconOf(failure)).toBe(iconOfIntent("error"));
    expect(document.body).not.toHaveTextContent(error.message);
    expectBusy(startButton(), false);
    await user.click(startButton());
    expect(startNextYear).toHaveBeenCalledTimes(2);
  });

  test("the codes alone pick the failure's words, whatever the error's class", async () => {
    const { user } = renderPane(
      <NextYearSection startNextYear={() => Promise.reject({ code: "NoItaSheets" })} />,
    );
    await user.click(startButton());
    expect(within(outcome()).getByRole("group", { name: FAILED })).toHaveTextContent(
      "สมุดงานนี้ยังไม่มีแผ่นคะแนนหรือตารางติดตาม ITA",
    );
  });
});
