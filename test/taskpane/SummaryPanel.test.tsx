/** @jest-environment jsdom */
import { act, screen, within } from "@testing-library/react";
import { findFramework } from "../../src/domain/frameworks";
import { memoParagraphs } from "../../src/domain/memo";
import { summarise } from "../../src/domain/summary";
import { formatScore } from "../../src/domain/thaiDigits";
import { defaultSettings } from "../../src/domain/workbookSettings";
import type { SummaryOutcome } from "../../src/excel/summaryOutcome";
import { SummaryPanel } from "../../src/taskpane/SummaryPanel";
import { deferred, expectBusy, progress, renderPane, results } from "./renderPane";
import { SEED_2565_SCORES } from "../support/seedScores";

const madeOn = { year: 2025, month: 6, day: 1 };
const settings = { ...defaultSettings(madeOn), documentFont: "TH SarabunIT๙" };
const summary = summarise({
  framework: findFramework(settings.fiscalYear)!,
  settings,
  madeOn,
  scoreCells: [...SEED_2565_SCORES],
  grids: [
    {
      sheet: "ติดตาม IIT",
      tool: "IIT",
      rows: [
        {
          row: 6,
          status: "done",
          overdue: false,
          measure: "ประชุมชี้แจง",
          steps: "",
          responsible: "สำนักปลัด",
          period: "",
          monitoring: "",
        },
        {
          row: 7,
          status: "inProgress",
          overdue: true,
          steps: "",
          monitoring: "",
          measure: "เผยแพร่คู่มือ <b>",
          responsible: "กองคลัง",
          period: "ต.ค. 2567",
        },
      ],
    },
  ],
});
const memo = memoParagraphs(summary);
const made: SummaryOutcome = { summary, memo, sheet: "สรุปผล ITA", keptEdited: null, missingFeatures: [] };

function render(summariseInExcel: () => Promise<SummaryOutcome>, language: "th" | "en" = "th") {
  return renderPane(<SummaryPanel summarise={summariseInExcel} />, language);
}

const summariseButton = () => screen.getByRole("button", { name: "สรุปผล" });
const copyButton = () => screen.getByRole("button", { name: "คัดลอกข้อความ" });
const summaryResults = () => results("ผลการสรุป");
const copyResult = () => results("ผลการคัดลอก");
const memoRegion = () => screen.getByRole("region", { name: "ข้อความสำหรับบันทึกข้อความ" });

/** The browser's clipboard as Office's webviews may or may not offer it. */
function offerClipboard(write: ((items: ClipboardItem[]) => Promise<void>) | undefined) {
  Object.defineProperty(navigator, "clipboard", { value: write && { write }, configurable: true });
  Object.defineProperty(globalThis, "ClipboardItem", {
    value:
      write &&
      class {
        constructor(readonly items: Record<string, Blob>) {}
      },
    configurable: true,
  });
}

/** document.execCommand("copy") as a browser runs it: a copy event whose data the handler fills. */
function offerCopyCommand(allowed: boolean) {
  const copied = new Map<string, string>();
  document.execCommand = jest.fn(() => {
    if (!allowed) return false;
    const event = new Event("copy", { cancelable: true }) as ClipboardEvent;
    Object.defineProperty(event, "clipboardData", {
      value: { setData: (type: string, data: string) => copied.set(type, data) },
    });
    document.dispatchEvent(event);
    return event.defaultPrevented;
  });
  return copied;
}

afterEach(() => offerClipboard(undefined));

/** jsdom's Blob has no text(). */
function textOf(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(blob);
  });
}

describe("the Summary panel", () => {
  test("spins while it summarises, cannot run twice, then shows the figures and the memo", async () => {
    const pending = deferred<SummaryOutcome>();
    const summariseInExcel = jest.fn(() => pending.promise);
    const { user } = render(summariseInExcel);
    await user.click(summariseButton());
    await user.click(summariseButton());
    expect(summariseInExcel).toHaveBeenCalledTimes(1);
    expectBusy(summariseButton(), true);
    expect(progress("กำลังสรุปผล…")).toBeInTheDocument();

    await act(async () => pending.resolve(made));
    expectBusy(summariseButton(), false);
    expect(
      within(summaryResults()).getByRole("group", { name: "เขียนสรุปลงแผ่นงาน “สรุปผล ITA” แล้ว" }),
    ).toBeVisible();
    const scores = screen.getByRole("region", { name: "คะแนน ITA ปีงบประมาณ พ.ศ. ๒๕๖๘" });
    expect(scores).toHaveTextContent(`คะแนนรวม${formatScore(summary.scores!.assessment.total, "thai")}`);
    expect(scores).toHaveTextContent("ต่ำกว่า ๘๕");
    const progressOfMeasures = screen.getByRole("region", { name: "ความคืบหน้าของมาตรการ" });
    expect(progressOfMeasures).toHaveTextContent(
      "ดำเนินการแล้ว ๑ จาก ๒ มาตรการ (ร้อยละ ๕๐.๐๐) · อยู่ระหว่างดำเนินการ ๑ · ยังไม่ดำเนินการ ๐",
    );
    expect(progressOfMeasures).toHaveTextContent("เลยกำหนดแล้วแต่ยังไม่เสร็จ ๑ มาตรการ");
    expect(progressOfMeasures).toHaveTextContent("“ติดตาม IIT” แถว 7: เผยแพร่คู่มือ <b>");
    const paragraphs = within(memoRegion())
      .getAllByRole("paragraph")
      .map((p) => p.textContent);
    expect(paragraphs).toEqual(memo);
  });

  test("in English: English words and names, Arabic digits; the memo stays Thai", async () => {
    const { user } = render(async () => made, "en");
    await user.click(screen.getByRole("button", { name: "Summarise" }));
    expect(results("Summary result")).toHaveTextContent("Summary written to the sheet “สรุปผล ITA”");
    expect(document.body).toHaveTextContent(`Total${summary.scores!.assessment.total.toFixed(2)}`);
    expect(document.body).toHaveTextContent(
      "Below the pass mark (below 85): 8. Improvement of work 82.18, 10. Corruption prevention 31.25",
    );
    expect(document.body).toHaveTextContent("done 1 of 2 measures (50.00%)");
    expect(screen.getByRole("region", { name: "Memo text (Thai)" })).toHaveAttribute("lang", "th");
  });

  test("an edited summary sheet is kept, and the scores missing are named", async () => {
    const missing = summarise({
      framework: summary.framework,
      settings,
      madeOn,
      scoreCells: [98, 94, "", 94, 90, 87, 87, "x", 90, 31],
      grids: [],
    });
    const { user } = render(async () => ({
      ...made,
      summary: missing,
      sheet: "สรุปผล ITA (2)",
      keptEdited: "สรุปผล ITA",
    }));
    await user.click(summariseButton());
    expect(summaryResults()).toHaveTextContent(
      "แผ่นงาน “สรุปผล ITA” มีผู้แก้ไขไว้ จึงไม่เขียนทับ สรุปครั้งนี้อยู่ในแผ่นงาน “สรุปผล ITA (2)”",
    );
    expect(screen.getByRole("region", { name: /^คะแนน ITA/ })).toHaveTextContent("ยังไม่มีคะแนนตัวชี้วัดที่ ๓, ๘");
  });

  test.each([
    [{ code: "ItemNotFound" }, "ไม่พบแผ่นงานที่ต้องใช้"],
    [
      { code: "ApiNotFound", message: "The API you are trying to use could not be found." },
      "Excel รุ่นนี้ทำรายการนี้ไม่ได้",
    ],
  ])("a failure is told in Thai, never as raw text: %p", async (error, words) => {
    const { user } = render(() => Promise.reject(error));
    await user.click(summariseButton());
    const failure = within(summaryResults()).getByRole("group", { name: "สรุปผลไม่สำเร็จ" });
    expect(failure).toHaveTextContent(words);
    expect(document.body).not.toHaveTextContent("could not be found");
  });

  test("Copy puts the memo on the clipboard as plain text and as HTML in the document font", async () => {
    const written: ClipboardItem[][] = [];
    const { user } = render(async () => made);
    // After the user is set up, which puts a clipboard of its own in the window.
    offerClipboard(async (items) => void written.push(items));
    await user.click(summariseButton());
    await user.click(copyButton());

    const blobs = (written[0]?.[0] as unknown as { items: Record<string, Blob> }).items;
    expect(Object.keys(blobs).sort()).toEqual(["text/html", "text/plain"]);
    expect(await textOf(blobs["text/plain"]!)).toBe(memo.join("\r\n"));
    const html = await textOf(blobs["text/html"]!);
    expect(html).toContain("font-family:'TH SarabunIT๙';font-size:16pt");
    expect(html).toContain("เผยแพร่คู่มือ &#60;b&#62;");
    const outcome = within(copyResult()).getByRole("group", { name: "คัดลอกข้อความแล้ว" });
    expect(outcome).toHaveTextContent("TH SarabunIT๙ ขนาด ๑๖");
  });

  test("where the asynchronous clipboard is refused, the copy event carries both forms", async () => {
    const { user } = render(async () => made);
    offerClipboard(() => Promise.reject(new DOMException("Write permission denied.", "NotAllowedError")));
    const copied = offerCopyCommand(true);
    await user.click(summariseButton());
    await user.click(copyButton());
    expect(document.execCommand).toHaveBeenCalledWith("copy");
    expect(copied.get("text/plain")).toBe(memo.join("\r\n"));
    expect(copied.get("text/html")).toContain("<p style=");
    expect(within(copyResult()).getByRole("group", { name: "คัดลอกข้อความแล้ว" })).toBeVisible();
  });

  test("where nothing may copy, the memo is selected for Ctrl+C and the user is told", async () => {
    const { user } = render(async () => made);
    offerClipboard(undefined);
    offerCopyCommand(false);
    await user.click(summariseButton());
    await user.click(copyButton());
    expect(window.getSelection()?.toString()).toContain(memo[0]);
    expect(memoRegion()).toHaveFocus();
    const told = within(copyResult()).getByRole("group", { name: "คัดลอกอัตโนมัติไม่ได้ในหน้าต่างนี้" });
    expect(told).toHaveTextContent("กด Ctrl+C");
    expect(copyResult()).not.toHaveTextContent("Write permission");
  });
});
