// What the Start panel says, in plain Thai: which framework a year means, what an insert did, and why
// one failed.
import { findFramework } from "../domain/frameworks";
import { toThaiDigits } from "../domain/thaiDigits";
import type { InsertResult } from "../excel/insertItaSheets";
import { missingFeaturesLine } from "../excel/missingFeaturesLine";
import { failureMessage, quoted, type PanelMessage } from "./failures";

/** "พ.ศ. ๒๕๖๘" */
export function fiscalYearLabel(fiscalYear: number): string {
  return `พ.ศ. ${toThaiDigits(String(fiscalYear))}`;
}

/** What the result of an assessment looks like under that year's framework. */
export function frameworkHint(fiscalYear: number): string {
  const framework = findFramework(fiscalYear);
  if (framework === undefined) return "";
  const year = toThaiDigits(String(fiscalYear));
  const basis =
    framework.basedOn === undefined
      ? ""
      : ` (ใช้เกณฑ์ปี ${toThaiDigits(String(framework.basedOn))} จนกว่า ป.ป.ช. จะประกาศเกณฑ์ใหม่)`;
  const { grades } = framework.resultScale;
  const result =
    framework.resultScale.kind === "passLabel"
      ? "ผลเป็น ผ่าน/ไม่ผ่าน"
      : `ผลเป็นระดับตัวอักษร ${grades[0]?.label ?? ""} ถึง ${grades[grades.length - 1]?.label ?? ""}`;
  return `เกณฑ์ปี ${year}${basis}: ${result}`;
}

export function insertOutcome(result: InsertResult, requestedYear: number): PanelMessage {
  const lines = [
    ...(result.created.length > 0 ? [`สร้างแผ่นงาน ${quoted(result.created)}`] : []),
    ...(result.repaired.length > 0 ? [`เติมส่วนที่หายไปในแผ่นงาน ${quoted(result.repaired)}`] : []),
    ...(result.created.length + result.repaired.length === 0
      ? ["แบบฟอร์มในสมุดงานนี้ครบอยู่แล้ว ไม่มีการเปลี่ยนแปลง"]
      : []),
    ...result.renamed.map(
      ({ wanted, got }) => `มีแผ่นงานอื่นชื่อ “${wanted}” อยู่แล้ว จึงตั้งชื่อแผ่นงานใหม่ว่า “${got}” และไม่แตะแผ่นงานเดิม`,
    ),
    ...(result.fiscalYear !== requestedYear
      ? [`สมุดงานนี้ใช้เกณฑ์ปี ${toThaiDigits(String(result.fiscalYear))} อยู่แล้ว จึงคงปีเดิมไว้`]
      : []),
  ];
  const missing = missingFeaturesLine(result.missingFeatures, "th");
  return {
    intent: missing === null ? "success" : "warning",
    title: "แทรกแบบฟอร์ม ITA แล้ว",
    lines: missing === null ? lines : [...lines, missing],
  };
}

export function insertFailure(error: unknown): PanelMessage {
  return failureMessage("แทรกแบบฟอร์มไม่สำเร็จ", error);
}
