import {
  DEFAULT_THRESHOLDS,
  parseThresholds,
  type Thresholds,
  type ThresholdsProblem,
} from "../domain/thresholds";
import { UsageError } from "./usageError";

/** Reads --thresholds "85,90,95"; without it, the national defaults. */
export function thresholdsOption(text: string | undefined): Thresholds {
  if (text === undefined) return DEFAULT_THRESHOLDS;
  const result = parseThresholds(text);
  if (result.ok) return result.thresholds;
  throw new UsageError(`--thresholds "${text}": ${THRESHOLDS_PROBLEMS[result.problem]}`);
}

const THRESHOLDS_PROBLEMS: Readonly<Record<ThresholdsProblem, string>> = {
  count: "ต้องมี 3 ค่า เช่น 85,90,95 | needs three numbers, e.g. 85,90,95",
  notNumber: "มีค่าที่ไม่ใช่ตัวเลข | one of them is not a number",
  outOfRange: "แต่ละค่าต้องอยู่ระหว่าง 0 ถึง 100 | each must be between 0 and 100",
  notAscending: "ต้องเรียงจากน้อยไปมาก เช่น 85,90,95 | they must rise, e.g. 85,90,95",
};
