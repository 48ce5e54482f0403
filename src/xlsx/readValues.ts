import type { CellValue as ExcelCellValue, Worksheet } from "exceljs";
import type { CellValue } from "../layout/plan";

/** A cell's value as plans write values: rich text as its text, errors as "#N/A", dates as serials. */
export function plainValue(value: ExcelCellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.getTime() / 86_400_000 + 25_569;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("error" in value) return value.error;
  if ("text" in value) return typeof value.text === "string" ? value.text : plainValue(value.text);
  return null;
}

const VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

/** As Office.js names it. */
export function visibilityOf(sheet: Worksheet): "Visible" | "Hidden" | "VeryHidden" {
  return VISIBILITY[sheet.state] ?? "Visible";
}
