// Why an action on the workbook failed, in plain Thai, for every panel. Office's own error text is never
// shown; errors are told apart by their code.

/** What a panel shows in its MessageBar. */
export interface PanelMessage {
  readonly intent: "success" | "warning" | "error";
  readonly title: string;
  readonly lines: readonly string[];
}

export function quoted(names: readonly string[]): string {
  return names.map((name) => `“${name}”`).join(", ");
}

function codeOf(error: unknown): unknown {
  return typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
}

function sheetsOf(error: unknown): readonly string[] {
  const sheets =
    typeof error === "object" && error !== null ? (error as { sheets?: unknown }).sheets : undefined;
  return Array.isArray(sheets) ? sheets.filter((sheet): sheet is string => typeof sheet === "string") : [];
}

function failureLine(error: unknown, sheet: string | undefined): string {
  switch (codeOf(error)) {
    case "AccessDenied": {
      const sheets = sheetsOf(error);
      return `แผ่นงานถูกป้องกันอยู่${sheets.length > 0 ? ` (${quoted(sheets)})` : ""} ให้ยกเลิกการป้องกันแล้วลองอีกครั้ง`;
    }
    case "InvalidOperationInCellEditMode":
      return "กำลังแก้ไขเซลล์อยู่ ให้กด Enter หรือ Esc ก่อน แล้วลองอีกครั้ง";
    case "ItemNotFound":
      return sheet === undefined
        ? "ไม่พบแผ่นงานที่ต้องใช้ อาจถูกลบหรือเปลี่ยนชื่อระหว่างนี้ ให้ตรวจสอบอีกครั้ง"
        : `ไม่พบแผ่นงาน “${sheet}” อาจถูกลบหรือเปลี่ยนชื่อ ให้ตรวจสอบอีกครั้ง`;
    default:
      return "Excel ทำรายการไม่สำเร็จ ลองอีกครั้ง หากยังไม่ได้ ให้บันทึกสมุดงาน ปิดแล้วเปิดใหม่ แล้วลองอีกครั้ง";
  }
}

/** `sheet`: the one sheet the action went to, named if Excel cannot find it. */
export function failureMessage(title: string, error: unknown, sheet?: string): PanelMessage {
  return { intent: "error", title, lines: [failureLine(error, sheet)] };
}
