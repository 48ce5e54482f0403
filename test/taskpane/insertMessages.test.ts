import { ProtectedSheetsError, type InsertResult } from "../../src/excel/insertItaSheets";
import { EN } from "../../src/taskpane/i18n/en";
import { TH } from "../../src/taskpane/i18n/th";
import { frameworkHint, insertFailure, insertOutcome } from "../../src/taskpane/insertMessages";

const created: InsertResult = {
  created: ["คะแนน ITA", "ติดตาม IIT"],
  repaired: [],
  rearranged: [],
  renamed: [],
  missingFeatures: [],
  fiscalYear: 2568,
};

const UNCONFIRMED_TH = "ตัวเลขของเกณฑ์ (น้ำหนัก เกณฑ์ผ่าน) ยังไม่ได้ตรวจกับคู่มือของ ป.ป.ช. ควรเทียบกับคู่มือก่อนอ้างอิง";

describe("the fiscal year field", () => {
  test("years in Thai digits, what each year's framework gives as a result, and that no figure is confirmed", () => {
    expect(TH.start.fiscalYearOption(2568)).toBe("พ.ศ. ๒๕๖๘");
    expect(frameworkHint(TH, 2568)).toEqual(["เกณฑ์ปี ๒๕๖๘: ผลเป็น ผ่าน/ไม่ผ่าน", UNCONFIRMED_TH]);
    expect(frameworkHint(TH, 2565)).toEqual(["เกณฑ์ปี ๒๕๖๕: ผลเป็นระดับตัวอักษร AA ถึง F", UNCONFIRMED_TH]);
    expect(frameworkHint(TH, 2569)).toEqual([
      "เกณฑ์ปี ๒๕๖๙ (คิดตามเกณฑ์ปี ๒๕๖๘ เพราะยังไม่พบแหล่งที่มาของเกณฑ์ปีนี้): ผลเป็น ผ่าน/ไม่ผ่าน",
      UNCONFIRMED_TH,
    ]);
  });

  test("2570, not published yet, says whose rules stand in", () => {
    expect(TH.start.fiscalYearOption(2570)).toBe("พ.ศ. ๒๕๗๐");
    expect(frameworkHint(TH, 2570)).toEqual([
      "ป.ป.ช. ยังไม่ประกาศเกณฑ์ปี ๒๕๗๐ จะใช้เกณฑ์ปี ๒๕๖๙ ไปก่อน",
      UNCONFIRMED_TH,
    ]);
    expect(frameworkHint(EN, 2570)[0]).toBe(
      "NACC has not published the 2570 rules yet: 2569's are used until they are",
    );
  });

  test("in English, with the Gregorian months the fiscal year spans", () => {
    expect(EN.start.fiscalYearOption(2568)).toBe("2568 (Oct 2024 – Sep 2025)");
    expect(frameworkHint(EN, 2565)[0]).toBe("ITA 2565: the result is a letter grade, AA to F");
    expect(frameworkHint(EN, 2568)).toEqual([
      "ITA 2568: the result is pass or fail",
      "The rules' figures (weights, pass mark) are not yet checked against NACC's manual: compare them before relying on them",
    ]);
  });

  test("a year without rules has no hint", () => {
    expect(frameworkHint(TH, 2500)).toEqual([]);
    expect(frameworkHint(TH, 2571)).toEqual([]);
  });
});

describe("what an insert did", () => {
  test("sheets made", () => {
    expect(insertOutcome(created, 2568)(TH)).toEqual({
      intent: "success",
      title: "แทรกแบบฟอร์ม ITA แล้ว",
      lines: ["สร้างแผ่นงาน “คะแนน ITA”, “ติดตาม IIT”"],
    });
  });

  test("repaired, renamed, another year kept, and what this Excel could not do, in either language", () => {
    const outcome = insertOutcome(
      {
        created: ["คะแนน ITA (2)"],
        repaired: ["ติดตาม IIT"],
        rearranged: [],
        renamed: [{ wanted: "คะแนน ITA", got: "คะแนน ITA (2)" }],
        missingFeatures: ["dropdowns"],
        fiscalYear: 2567,
      },
      2568,
    );
    expect(outcome(TH).intent).toBe("warning");
    expect(outcome(TH).lines).toEqual([
      "สร้างแผ่นงาน “คะแนน ITA (2)”",
      "เติมส่วนที่หายไปในแผ่นงาน “ติดตาม IIT”",
      "มีแผ่นงานอื่นชื่อ “คะแนน ITA” อยู่แล้ว จึงตั้งชื่อแผ่นงานใหม่ว่า “คะแนน ITA (2)” และไม่แตะแผ่นงานเดิม",
      "สมุดงานนี้ใช้เกณฑ์ปี ๒๕๖๗ อยู่แล้ว จึงคงปีเดิมไว้",
      expect.stringContaining("Excel รุ่นนี้ยังไม่รองรับ: รายการให้เลือก"),
    ]);
    expect(outcome(EN).lines).toEqual([
      "Added the sheets “คะแนน ITA (2)”",
      "Put back what was missing in “ติดตาม IIT”",
      "Another sheet is already called “คะแนน ITA”, so the new sheet is “คะแนน ITA (2)” and the other one was not touched",
      "This workbook already follows the 2567 rules, so that year was kept",
      expect.stringContaining("This version of Excel cannot set up: dropdown lists"),
    ]);
  });

  test("a grid whose columns were moved or deleted: left alone, and said so instead of nothing changed", () => {
    const outcome = insertOutcome({ ...created, created: [], rearranged: ["ติดตาม IIT"] }, 2568);
    expect(outcome(TH)).toEqual({
      intent: "success",
      title: "แทรกแบบฟอร์ม ITA แล้ว",
      lines: [TH.start.rearranged("“ติดตาม IIT”")],
    });
    expect(outcome(EN).lines).toEqual([
      "The columns of “ติดตาม IIT” were moved, deleted or renamed, so nothing was put back there, to keep it out of the wrong columns. Check still finds each column by its header",
    ]);
  });

  test("nothing to do", () => {
    expect(insertOutcome({ ...created, created: [] }, 2568)(TH).lines).toEqual([
      "แบบฟอร์มในสมุดงานนี้ครบอยู่แล้ว ไม่มีการเปลี่ยนแปลง",
    ]);
  });
});

describe("why an insert failed, in the user's words", () => {
  test("a protected sheet, from Excel or found before writing", () => {
    expect(
      insertFailure({ code: "AccessDenied", message: "You cannot perform the requested operation." })(TH),
    ).toEqual({
      intent: "error",
      title: "แทรกแบบฟอร์มไม่สำเร็จ",
      lines: ["แผ่นงานถูกป้องกันอยู่ ให้ยกเลิกการป้องกันแล้วลองอีกครั้ง"],
    });
    const found = insertFailure(new ProtectedSheetsError(["ติดตาม IIT"]));
    expect(found(TH).lines).toEqual(["แผ่นงานถูกป้องกันอยู่ (“ติดตาม IIT”) ให้ยกเลิกการป้องกันแล้วลองอีกครั้ง"]);
    expect(found(EN)).toEqual({
      intent: "error",
      title: "Could not insert the sheets",
      lines: ["A sheet is protected (“ติดตาม IIT”): unprotect it, then try again"],
    });
  });

  test("a cell being edited", () => {
    expect(insertFailure({ code: "InvalidOperationInCellEditMode" })(TH).lines).toEqual([
      "กำลังแก้ไขเซลล์อยู่ ให้กด Enter หรือ Esc ก่อน แล้วลองอีกครั้ง",
    ]);
  });

  test("an Excel too old for what was asked", () => {
    const tooOld = insertFailure({
      code: "ApiNotFound",
      message: "The API you are trying to use could not be found",
    });
    expect(tooOld(TH).lines).toEqual([expect.stringContaining("Excel รุ่นนี้ทำรายการนี้ไม่ได้")]);
    expect(tooOld(EN).lines).toEqual([expect.stringContaining("needs a newer Excel, or Microsoft 365")]);
  });

  test.each([
    new Error("RichApi.Error: GeneralException at line 12"),
    { code: "GeneralException" },
    "boom",
    null,
  ])("anything else gets a general sentence, never the raw text: %p", (error) => {
    for (const text of [TH, EN]) {
      const { lines } = insertFailure(error)(text);
      expect(lines).toEqual([expect.stringMatching(/^Excel (ทำรายการไม่สำเร็จ|could not do it)/)]);
      expect(lines.join()).not.toMatch(/GeneralException|boom|RichApi/);
    }
  });
});
