// What the Check panel says, in plain Thai, in one place: a later release adds English beside it.
import { SEVERITY_WORDS } from "../domain/checkMessages";
import type { ProblemCounts } from "../layout/workbookCheck";
import { failureMessage, type PanelMessage } from "./failures";

export const CHECK_TEXT = {
  panel: "ตรวจสอบ",
  button: "ตรวจสอบ",
  running: "กำลังตรวจสอบ…",
  converting: "กำลังแปลงคะแนน…",
  intro: "ตรวจตารางติดตามและแผ่นงานคะแนนว่ากรอกครบและถูกต้องหรือไม่ โดยไม่แก้ไขเซลล์ใด กดรายการเพื่อไปที่เซลล์นั้น",
  results: "ผลการตรวจสอบ",
  workbook: "ทั้งสมุดงาน",
  sheet: (name: string) => `แผ่นงาน “${name}”`,
  tally: (errors: number, warnings: number) =>
    `${SEVERITY_WORDS.error.th} ${errors} · ${SEVERITY_WORDS.warning.th} ${warnings}`,
  errors: SEVERITY_WORDS.error.th,
  warnings: SEVERITY_WORDS.warning.th,
  goTo: (address: string) => `ไปที่เซลล์ ${address}`,
  more: (count: number) => `และอีก ${count} รายการ แก้รายการข้างบนแล้วตรวจสอบอีกครั้งเพื่อดูต่อ`,
  convert: "แปลงเป็นตัวเลข",
  convertHint: (count: number) => `คะแนน ${count} ช่องพิมพ์เป็นเลขไทยหรือเก็บเป็นข้อความ สูตรจึงไม่นับ`,
} as const;

export function checkSummary(counts: ProblemCounts): PanelMessage {
  const { errors, warnings } = counts;
  const sheets = Object.keys(counts.bySheet).length;
  if (errors + warnings === 0) {
    return { intent: "success", title: "ไม่พบข้อผิดพลาด", lines: ["ไม่พบข้อผิดพลาดหรือคำเตือน ตารางพร้อมรายงานผล"] };
  }
  const where = sheets > 0 ? ` ใน ${sheets} แผ่นงาน` : "";
  return {
    intent: errors > 0 ? "error" : "warning",
    title: `พบข้อผิดพลาด ${errors} รายการ และคำเตือน ${warnings} รายการ${where}`,
    lines: [errors > 0 ? "แก้ข้อผิดพลาดแล้วตรวจสอบอีกครั้ง" : "อ่านคำเตือนแล้วแก้ส่วนที่ควรแก้ก่อนรายงานผล"],
  };
}

export function convertedMessage(count: number): PanelMessage {
  return { intent: "success", title: `แปลงคะแนนเป็นตัวเลขแล้ว ${count} ช่อง`, lines: [] };
}

export const checkFailure = (error: unknown) => failureMessage("ตรวจสอบไม่สำเร็จ", error);
export const selectFailure = (error: unknown, sheet: string) =>
  failureMessage("ไปที่เซลล์ไม่สำเร็จ", error, sheet);
export const convertFailure = (error: unknown) => failureMessage("แปลงคะแนนไม่สำเร็จ", error);
