import path from "path";
import { TOOL_IDS } from "../domain/framework";
import type { CalendarDate } from "../domain/thaiCalendar";
import {
  NextYearUnknownError,
  NotItaWorkbookError,
  planNextYear,
  type NextYearPlan,
  type NextYearReport,
} from "../layout/nextYear";
import type { SheetForCheck } from "../layout/workbookCheck";
import { DEFAULT_SHEET_NAMES } from "../layout/sheetNames";
import { readSheetsForCheck } from "../xlsx/readSheetsForCheck";
import { plannedWorkbookBytes } from "../xlsx/standardWorkbook";
import { parseArgs } from "./args";
import { tellIfUnpublished } from "./fiscalYearOption";
import type { CommandIO } from "./io";
import { todayOption } from "./todayOption";
import { UsageError } from "./usageError";
import { newWorkbookTarget, openWorkbookFile, writeReplacing } from "./workbookFile";

/**
 * `ita-tracker next-year`: the workbook of the next fiscal year, made from this year's into a new file.
 * The file read is never written: it stays the record of its year.
 */
export async function runNextYear(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, { valueOptions: ["today"], flagOptions: ["force"] });
  if (args.positionals.length !== 2) {
    throw new UsageError(
      "ระบุไฟล์ปีนี้และชื่อไฟล์ปีใหม่ เช่น ita-tracker next-year ITA2568.xlsx ITA2569.xlsx | " +
        "give this year's file and the new year's, e.g. ita-tracker next-year ITA2568.xlsx ITA2569.xlsx",
    );
  }
  const [from, to] = args.positionals as [string, string];
  if (path.resolve(from) === path.resolve(to)) {
    throw new UsageError(
      `ไฟล์ปีใหม่ต้องเป็นไฟล์ใหม่ ไม่ใช่ "${from}" เพื่อให้ไฟล์ปีเดิมคงอยู่ | ` +
        `the new year goes into a new file, not "${from}", so that last year's stays as it is`,
    );
  }
  const today = todayOption(args.values.today);
  newWorkbookTarget(to, args.flags.has("force"));
  const opened = await openWorkbookFile(from);
  const { settings, plan, report } = plannedNextYear(from, readSheetsForCheck(opened.workbook), today);
  await writeReplacing(to, await plannedWorkbookBytes(plan));
  tellIfUnpublished(settings.fiscalYear, io);
  io.stdout(reportLines(to, report).join("\n") + "\n");
  return 0;
}

/** planNextYear, its refusals said in the command line's words. */
function plannedNextYear(file: string, sheets: readonly SheetForCheck[], today: CalendarDate): NextYearPlan {
  try {
    return planNextYear(sheets, today);
  } catch (error) {
    if (error instanceof NotItaWorkbookError) {
      throw new UsageError(
        `"${file}" ไม่ได้สร้างด้วย ITA Tracker จึงไม่รู้ว่าเป็นปีใด ให้ใช้ ita-tracker insert กับไฟล์นี้ก่อน | ` +
          `"${file}" was not made by ITA Tracker, so its year is unknown: run ita-tracker insert on it first`,
      );
    }
    if (error instanceof NextYearUnknownError) {
      throw new UsageError(
        `ยังไม่มีเกณฑ์ของปีงบประมาณ ${error.fiscalYear} ในรุ่นนี้ ให้ปรับรุ่น ITA Tracker เมื่อ ป.ป.ช. ประกาศ | ` +
          `this release knows no rules for fiscal year ${error.fiscalYear}: update ITA Tracker when NACC publishes them`,
      );
    }
    throw error;
  }
}

function reportLines(file: string, report: NextYearReport): string[] {
  const { fromYear, toYear, carried } = report;
  const carriedTotal = TOOL_IDS.reduce((sum, tool) => sum + carried[tool], 0);
  const perTool = TOOL_IDS.map((tool) => `${tool} ${carried[tool]}`).join(" ");
  return [
    `เขียน ${file} แล้ว: ปีงบประมาณ ${toYear} ต่อจากปี ${fromYear} ไฟล์ปีเดิมไม่ถูกแก้ไข`,
    `- คะแนนปี ${fromYear} ${report.previousScores} ตัวชี้วัด อยู่ในคอลัมน์ "คะแนนปี ${fromYear}" ของแผ่นงาน "${DEFAULT_SHEET_NAMES.scores}" ` +
      `พิมพ์คะแนนปี ${toYear} ในคอลัมน์ "คะแนน" เมื่อ ป.ป.ช. ประกาศผล แล้วช่อง "เพิ่ม/ลด" จะคำนวณให้`,
    `- มาตรการที่ยังไม่แล้วเสร็จยกมา ${carriedTotal} รายการ (${perTool})` +
      (report.recordSheet === null ? " " : ` ผลการดำเนินการปีเดิมอยู่ในแผ่นงาน "${report.recordSheet}" `) +
      `ให้กำหนดระยะเวลาดำเนินการใหม่ในแถวที่ว่าง ที่ดำเนินการแล้ว ${report.done} รายการอยู่ในไฟล์ปีเดิม`,
    ...(report.gridsLeft.length === 0
      ? []
      : [`- ไม่ได้ยกมาจากแผ่นงานที่ไม่รู้ว่าเป็นแบบวัดใด: ${report.gridsLeft.join(", ")} ให้คัดลอกแถวที่ต้องการเอง`]),
    `- ทะเบียน OIT ยกมา ${report.registerItems} รายการ พร้อม URL ${report.registerUrls} ลิงก์ ` +
      `สถานะเริ่มที่ "รอดำเนินการ" เพราะหลักฐานต้องเป็นของปี ${toYear}` +
      (report.registerKeptApart === 0
        ? ""
        : ` แถวที่ไม่อยู่ในรายการปีนี้ ${report.registerKeptApart} แถวอยู่ท้ายทะเบียน`),
    `wrote ${file}: fiscal year ${toYear} after ${fromYear}, with ${report.previousScores} of last year's scores, ` +
      `${carriedTotal} measures not done (${perTool}), and ${report.registerItems} OIT items with ${report.registerUrls} URLs; ` +
      `${report.done} measures done stay in last year's file, which was not changed`,
  ];
}
