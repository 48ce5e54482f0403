import type { SeedValue } from "./fakeExcel";

/**
 * An IIT grid row from A to R as staff type it: a measure of indicator 1, its unit and period, one status
 * marked (H to J), and the summary (O) where given. It stops before the looked-up score and band, which
 * are the table's formulas.
 */
export function typedGridRow(measure: string, period: string, status: 0 | 1 | 2, summary = ""): SeedValue[] {
  const statuses: SeedValue[] = ["", "", ""];
  statuses[status] = "✓";
  return [
    1,
    "1. การปฏิบัติหน้าที่",
    "",
    measure,
    "",
    "สำนักปลัด",
    period,
    ...statuses,
    "",
    "",
    "",
    "",
    summary,
    "",
    "",
    "",
  ];
}
