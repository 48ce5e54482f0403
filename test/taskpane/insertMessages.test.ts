import { ProtectedSheetsError, type InsertResult } from "../../src/excel/insertItaSheets";
import {
  fiscalYearLabel,
  frameworkHint,
  insertFailure,
  insertOutcome,
} from "../../src/taskpane/insertMessages";

const created: InsertResult = {
  created: ["คะแนน ITA", "ติดตาม IIT"],
  repaired: [],
  renamed: [],
  missingFeatures: [],
  fiscalYear: 2568,
};

describe("the fiscal year field", () => {
  test("years in Thai digits, and what each year's framework gives as a result", () => {
    expect(fiscalYearLabel(2568)).toBe("พ.ศ. ๒๕๖๘");
    expect(frameworkHint(2568)).toBe("เกณฑ์ปี ๒๕๖๘: ผลเป็น ผ่าน/ไม่ผ่าน");
    expect(frameworkHint(2565)).toBe("เกณฑ์ปี ๒๕๖๕: ผลเป็นระดับตัวอักษร AA ถึง F");
    expect(frameworkHint(2569)).toBe(
      "เกณฑ์ปี ๒๕๖๙ (ใช้เกณฑ์ปี ๒๕๖๘ จนกว่า ป.ป.ช. จะประกาศเกณฑ์ใหม่): ผลเป็น ผ่าน/ไม่ผ่าน",
    );
  });
});

describe("what an insert did", () => {
  test("sheets made", () => {
    expect(insertOutcome(created, 2568)).toEqual({
      intent: "success",
      title: "แทรกแบบฟอร์ม ITA แล้ว",
      lines: ["สร้างแผ่นงาน “คะแนน ITA”, “ติดตาม IIT”"],
    });
  });

  test("repaired, renamed, another year kept, and what this Excel could not do", () => {
    const message = insertOutcome(
      {
        created: ["คะแนน ITA (2)"],
        repaired: ["ติดตาม IIT"],
        renamed: [{ wanted: "คะแนน ITA", got: "คะแนน ITA (2)" }],
        missingFeatures: ["dropdowns"],
        fiscalYear: 2567,
      },
      2568,
    );
    expect(message.intent).toBe("warning");
    expect(message.lines).toEqual([
      "สร้างแผ่นงาน “คะแนน ITA (2)”",
      "เติมส่วนที่หายไปในแผ่นงาน “ติดตาม IIT”",
      "มีแผ่นงานอื่นชื่อ “คะแนน ITA” อยู่แล้ว จึงตั้งชื่อแผ่นงานใหม่ว่า “คะแนน ITA (2)” และไม่แตะแผ่นงานเดิม",
      "สมุดงานนี้ใช้เกณฑ์ปี ๒๕๖๗ อยู่แล้ว จึงคงปีเดิมไว้",
      expect.stringContaining("Excel รุ่นนี้ยังไม่รองรับ: รายการให้เลือก"),
    ]);
  });

  test("nothing to do", () => {
    expect(insertOutcome({ ...created, created: [] }, 2568).lines).toEqual([
      "แบบฟอร์มในสมุดงานนี้ครบอยู่แล้ว ไม่มีการเปลี่ยนแปลง",
    ]);
  });
});

describe("why an insert failed, in the user's words", () => {
  test("a protected sheet, from Excel or found before writing", () => {
    expect(
      insertFailure({ code: "AccessDenied", message: "You cannot perform the requested operation." }),
    ).toEqual({
      intent: "error",
      title: "แทรกแบบฟอร์มไม่สำเร็จ",
      lines: ["แผ่นงานถูกป้องกันอยู่ ให้ยกเลิกการป้องกันแล้วลองอีกครั้ง"],
    });
    expect(insertFailure(new ProtectedSheetsError(["ติดตาม IIT"])).lines).toEqual([
      "แผ่นงานถูกป้องกันอยู่ (“ติดตาม IIT”) ให้ยกเลิกการป้องกันแล้วลองอีกครั้ง",
    ]);
  });

  test("a cell being edited", () => {
    expect(insertFailure({ code: "InvalidOperationInCellEditMode" }).lines).toEqual([
      "กำลังแก้ไขเซลล์อยู่ ให้กด Enter หรือ Esc ก่อน แล้วลองอีกครั้ง",
    ]);
  });

  test.each([
    new Error("RichApi.Error: GeneralException at line 12"),
    { code: "GeneralException" },
    "boom",
    null,
  ])("anything else gets a general sentence, never the raw text: %p", (error) => {
    const { lines } = insertFailure(error);
    expect(lines).toEqual([expect.stringContaining("Excel ทำรายการไม่สำเร็จ")]);
    expect(lines.join()).not.toMatch(/GeneralException|boom|RichApi/);
  });
});
