// `ita-tracker insert`: the task pane's insert, into an .xlsx file that already holds other work.
import { CELL_TEXT_LIMIT } from "../domain/cellText";
import { todayInThailand } from "../domain/thaiCalendar";
import type { InsertOptions } from "../layout/insertPlan";
import {
  insertIntoFile,
  ProtectedSheetsError,
  UnkeptContentError,
  type FileInsert,
} from "../xlsx/insertIntoFile";
import { parseArgs } from "./args";
import { frameworkForYearOption, tellIfUnpublished } from "./fiscalYearOption";
import type { CommandIO } from "./io";
import { thresholdsOption } from "./thresholdsOption";
import { UsageError } from "./usageError";
import {
  openWorkbookFile,
  refuseIfOpenElsewhere,
  workbookFileArgument,
  writeReplacing,
} from "./workbookFile";

/**
 * Adds the ITA sheets the file lacks and repairs those it has, changing nothing else in the file. Exit 0
 * when done (or when nothing was missing), 2 when the file cannot be read or written or is refused.
 */
export async function runInsert(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, { valueOptions: ["year", "org", "thresholds"], flagOptions: [] });
  const file = workbookFileArgument(args.positionals, "insert");
  if ((args.values.org?.length ?? 0) > CELL_TEXT_LIMIT) {
    throw new UsageError(
      `ชื่อหน่วยงานยาวเกินกว่าที่เซลล์ของ Excel รับได้ (${CELL_TEXT_LIMIT} ตัวอักษร) | ` +
        `--org is longer than an Excel cell holds (${CELL_TEXT_LIMIT} characters)`,
    );
  }
  const options: InsertOptions = {
    ...(args.values.year !== undefined && {
      fiscalYear: frameworkForYearOption(args.values.year).fiscalYear,
    }),
    ...(args.values.org !== undefined && { agency: args.values.org }),
    ...(args.values.thresholds !== undefined && { thresholds: thresholdsOption(args.values.thresholds) }),
  };
  refuseIfOpenElsewhere(file);
  const opened = await openWorkbookFile(file);
  let inserted: FileInsert;
  try {
    inserted = await insertIntoFile(opened, options, todayInThailand(new Date()));
  } catch (error) {
    throw refusal(file, error);
  }
  if (inserted.bytes !== null) await writeReplacing(file, inserted.bytes);
  // The workbook's own year: one that already has our settings keeps it, whatever --year said.
  tellIfUnpublished(inserted.fiscalYear, io);
  io.stdout(report(file, inserted, options.fiscalYear));
  return 0;
}

function refusal(file: string, error: unknown): unknown {
  if (error instanceof ProtectedSheetsError) {
    const sheets = quoted(error.sheets);
    return new UsageError(
      `ไม่ได้เขียน "${file}" เพราะแผ่นงาน ${sheets} ถูกป้องกันไว้ ให้ยกเลิกการป้องกันแผ่นงานใน Excel แล้วสั่งอีกครั้ง | ` +
        `"${file}" was not written: ${sheets} are protected; unprotect them in Excel and run again`,
    );
  }
  if (error instanceof UnkeptContentError) {
    const sheets = quoted(error.sheets);
    const kinds = error.kinds.join(", ");
    return new UsageError(
      `ไม่ได้เขียน "${file}" เพราะแผ่นงาน ${sheets} มีเนื้อหาที่คำสั่งนี้เขียนกลับไม่ได้และจะหายไป (${kinds}) ` +
        `ให้ใช้ปุ่ม "แทรกแบบฟอร์ม ITA" ใน Excel แทน | "${file}" was not written: ${sheets} hold ${kinds}, ` +
        `which writing them here would lose; use the add-in's insert in Excel instead`,
    );
  }
  return error;
}

function quoted(names: readonly string[]): string {
  return names.map((name) => `"${name}"`).join(", ");
}

function report(file: string, inserted: FileInsert, requestedYear: number | undefined): string {
  const lines = [
    ...(inserted.created.length > 0
      ? [`สร้างแผ่นงาน ${quoted(inserted.created)} | made ${quoted(inserted.created)}`]
      : []),
    ...(inserted.repaired.length > 0
      ? [
          `เติมส่วนที่หายไปในแผ่นงาน ${quoted(inserted.repaired)} | put back what was missing in ${quoted(inserted.repaired)}`,
        ]
      : []),
    ...(inserted.rearranged.length > 0
      ? [
          `ไม่แตะแผ่นงาน ${quoted(inserted.rearranged)} เพราะคอลัมน์ถูกย้าย ลบ หรือเปลี่ยนชื่อ | ` +
            `left ${quoted(inserted.rearranged)} as they are: their columns were moved, deleted or renamed`,
        ]
      : []),
    ...inserted.renamed.map(
      ({ wanted, got }) =>
        `มีแผ่นงานอื่นชื่อ "${wanted}" อยู่แล้ว จึงตั้งชื่อแผ่นงานใหม่ว่า "${got}" | "${wanted}" is someone else's sheet: ours is "${got}"`,
    ),
    ...(requestedYear !== undefined && requestedYear !== inserted.fiscalYear
      ? [
          `สมุดงานนี้ใช้เกณฑ์ปี ${inserted.fiscalYear} อยู่แล้ว จึงคงปีเดิมไว้ | ` +
            `the workbook already follows ${inserted.fiscalYear}: its year was kept`,
        ]
      : []),
    inserted.bytes === null
      ? `แบบฟอร์มใน "${file}" ครบอยู่แล้ว ไม่ได้แก้ไขไฟล์ | "${file}" already has every ITA sheet: it was not changed`
      : `เขียน "${file}" แล้ว ส่วนอื่นของไฟล์คงเดิม | wrote "${file}"; nothing else in it was changed`,
  ];
  return `${lines.join("\n")}\n`;
}
