import { CELL_TEXT_LIMIT } from "../domain/cellText";
import { todayInThailand } from "../domain/thaiCalendar";
import { defaultSettings, type WorkbookSettings } from "../domain/workbookSettings";
import { SCORE_HEADER } from "../domain/scoreCheck";
import { DEFAULT_SHEET_NAMES } from "../layout/sheetNames";
import { standardWorkbook } from "../xlsx/standardWorkbook";
import { workbookBuffer } from "../xlsx/workbookBuffer";
import { parseArgs } from "./args";
import { frameworkForYearOption, tellIfUnpublished } from "./fiscalYearOption";
import type { CommandIO } from "./io";
import { thresholdsOption } from "./thresholdsOption";
import { UsageError } from "./usageError";
import { newWorkbookTarget, writeReplacing } from "./workbookFile";

/** `ita-tracker new`: writes the standard ITA workbook to an .xlsx file, for Excel without the add-in. */
export async function runNew(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, { valueOptions: ["year", "org", "thresholds"], flagOptions: ["force"] });
  const file = targetFile(args.positionals, args.flags.has("force"));
  const defaults = defaultSettings(todayInThailand(new Date()));
  if ((args.values.org?.length ?? 0) > CELL_TEXT_LIMIT) {
    throw new UsageError(
      `ชื่อหน่วยงานยาวเกินกว่าที่เซลล์ของ Excel รับได้ (${CELL_TEXT_LIMIT} ตัวอักษร) | ` +
        `--org is longer than an Excel cell holds (${CELL_TEXT_LIMIT} characters)`,
    );
  }
  const settings: WorkbookSettings = {
    ...defaults,
    fiscalYear:
      args.values.year === undefined
        ? defaults.fiscalYear
        : frameworkForYearOption(args.values.year).fiscalYear,
    // Kept as typed: the sheets write it as text, never as a formula.
    agency: args.values.org?.trim() ?? defaults.agency,
    thresholds: thresholdsOption(args.values.thresholds),
  };
  const { workbook, tables } = standardWorkbook(settings);
  await writeReplacing(file, await workbookBuffer(workbook, tables));
  tellIfUnpublished(settings.fiscalYear, io);
  io.stdout(
    `เขียน ${file} แล้ว (ปีงบประมาณ ${settings.fiscalYear}) เปิดใน Excel แล้วพิมพ์คะแนนในคอลัมน์ "${SCORE_HEADER}" ` +
      `ของแผ่นงาน "${DEFAULT_SHEET_NAMES.scores}" | wrote ${file} (fiscal year ${settings.fiscalYear}): ` +
      `open it in Excel and type the ten scores into the "${SCORE_HEADER}" column\n`,
  );
  return 0;
}

function targetFile(positionals: readonly string[], force: boolean): string {
  if (positionals.length !== 1) {
    throw new UsageError(
      `ระบุชื่อไฟล์ .xlsx หนึ่งไฟล์ เช่น ita-tracker new ITA2568.xlsx | give one .xlsx file name, e.g. ita-tracker new ITA2568.xlsx`,
    );
  }
  return newWorkbookTarget(positionals[0] as string, force);
}
