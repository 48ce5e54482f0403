import type { Workbook } from "exceljs";
import { problemMessage, ruleMessage, SEVERITY_WORDS, type Language } from "../domain/checkMessages";
import { parseIsoDate, todayInThailand, type CalendarDate } from "../domain/thaiCalendar";
import { checkSheets, problemsBySheet, type Problem, type WorkbookCheck } from "../layout/workbookCheck";
import { loadWorkbook } from "../xlsx/loadWorkbook";
import { readSheetsForCheck } from "../xlsx/readSheetsForCheck";
import { parseArgs } from "./args";
import type { CommandIO } from "./io";
import { UsageError } from "./usageError";

export const CHECK_USAGE = "ita-tracker check <ไฟล์.xlsx> [--json] [--today YYYY-MM-DD] [--lang th|en]";

/**
 * `ita-tracker check`: the mistakes reviewers find by eye in the tracking grids and the score sheet.
 * Exit 0 with no errors (warnings allowed), 1 with errors, 2 when the file cannot be read.
 */
export async function runCheck(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, { valueOptions: ["today", "lang"], flagOptions: ["json"] });
  if (args.positionals.length !== 1) {
    throw new UsageError(
      "ระบุไฟล์ .xlsx หนึ่งไฟล์ เช่น ita-tracker check ITA2568.xlsx | give one .xlsx file, e.g. ita-tracker check ITA2568.xlsx",
    );
  }
  const file = args.positionals[0] as string;
  const today = todayOption(args.values.today);
  const language = languageOption(args.values.lang);
  const sheets = readSheetsForCheck(await openWorkbook(file));
  const check = checkSheets(sheets, today);
  io.stdout(
    args.flags.has("json")
      ? `${JSON.stringify(checkJson(check, language))}\n`
      : report(file, check, language),
  );
  return check.counts.errors > 0 ? 1 : 0;
}

function todayOption(text: string | undefined): CalendarDate {
  if (text === undefined) return todayInThailand(new Date());
  const date = parseIsoDate(text);
  if (!date) {
    throw new UsageError(
      `วันที่ "${text}" ต้องเป็น YYYY-MM-DD ปี ค.ศ. เช่น 2025-03-31 | --today must be a date YYYY-MM-DD`,
    );
  }
  return date;
}

function languageOption(text: string | undefined): Language {
  if (text === undefined || text === "th" || text === "en") return text ?? "th";
  throw new UsageError(`ภาษา "${text}" ต้องเป็น th หรือ en | --lang must be th or en`);
}

const READ_PROBLEMS: Readonly<Record<string, { th: string; en: string }>> = {
  ENOENT: { th: "ไม่พบไฟล์", en: "no such file" },
  EISDIR: { th: "ชื่อนี้เป็นโฟลเดอร์", en: "that name is a folder" },
  EACCES: { th: "ไม่มีสิทธิ์อ่าน", en: "permission denied" },
  EPERM: { th: "ไม่มีสิทธิ์อ่าน", en: "permission denied" },
  EBUSY: { th: "ไฟล์เปิดอยู่ในโปรแกรมอื่น", en: "it is open in another program" },
};

/** Any file that is not a readable .xlsx ends here, in one line: missing, a folder, random bytes, text. */
async function openWorkbook(file: string): Promise<Workbook> {
  const notWorkbook = {
    th: "ไฟล์ไม่ใช่ .xlsx หรือเสียหาย ให้เปิดใน Excel แล้วบันทึกเป็น .xlsx อีกครั้ง",
    en: "it is not an .xlsx workbook, or it is damaged: open it in Excel and save it as .xlsx again",
  };
  const refuse = (reason: { th: string; en: string }) =>
    new UsageError(`อ่านไฟล์ "${file}" ไม่ได้ ${reason.th} | cannot read "${file}": ${reason.en}`);
  let workbook: Workbook;
  try {
    workbook = (await loadWorkbook(file)).workbook;
  } catch (error) {
    throw refuse(READ_PROBLEMS[(error as NodeJS.ErrnoException).code ?? ""] ?? notWorkbook);
  }
  // Any zip opens (a .docx renamed, say); a workbook always has a sheet.
  if (workbook.worksheets.length === 0) throw refuse(notWorkbook);
  return workbook;
}

/** The JSON other tools parse: these names are a contract. */
function checkJson(check: WorkbookCheck, language: Language) {
  return {
    problems: check.problems.map((problem) => ({
      sheet: problem.sheet,
      row: problem.row,
      column: problem.column,
      severity: problem.severity,
      rule: problem.rule,
      message: problemMessage(problem, language),
    })),
    counts: check.counts,
  };
}

const WORDS = {
  th: {
    heading: (file: string, errors: number, warnings: number) =>
      `ตรวจ ${file}: ข้อผิดพลาด ${errors} รายการ คำเตือน ${warnings} รายการ`,
    workbook: "ทั้งสมุดงาน",
    sheet: (name: string) => `แผ่นงาน “${name}”`,
    cell: (cell: string) => `เซลล์ ${cell}`,
    fix: (errors: number) => `แก้ข้อผิดพลาด ${errors} รายการข้างบน แล้วตรวจอีกครั้ง`,
    review: "ไม่มีข้อผิดพลาด อ่านคำเตือนแล้วแก้ส่วนที่ควรแก้ก่อนรายงานผล",
    clean: "ไม่พบข้อผิดพลาดหรือคำเตือน ตารางพร้อมรายงานผล",
  },
  en: {
    heading: (file: string, errors: number, warnings: number) =>
      `Checked ${file}: ${errors} error(s), ${warnings} warning(s)`,
    workbook: "The workbook",
    sheet: (name: string) => `Sheet “${name}”`,
    cell: (cell: string) => `cell ${cell}`,
    fix: (errors: number) => `Fix the ${errors} error(s) listed above, then check again.`,
    review: "No errors: read the warnings and fix what needs fixing before you report.",
    clean: "No errors or warnings: the grids are ready to report.",
  },
} as const;

function problemLine(problem: Problem, language: Language): string {
  const where =
    problem.row === null || problem.column === null
      ? ""
      : `${WORDS[language].cell(`${problem.column}${problem.row}`)}: `;
  return `  ${SEVERITY_WORDS[problem.severity][language]}  ${where}${ruleMessage(problem, language)}`;
}

/** Grouped by sheet in tab order, errors first, then one line on what to do next. */
function report(file: string, check: WorkbookCheck, language: Language): string {
  const words = WORDS[language];
  const { errors, warnings } = check.counts;
  const sections = problemsBySheet(check.problems).map((group) => {
    const { sheet } = group;
    const title = sheet === null ? words.workbook : words.sheet(sheet);
    const tally =
      sheet === null
        ? ""
        : ` (${SEVERITY_WORDS.error[language]} ${group.errors.length}, ${SEVERITY_WORDS.warning[language]} ${group.warnings.length})`;
    const ordered = [...group.errors, ...group.warnings];
    return [`${title}${tally}`, ...ordered.map((problem) => problemLine(problem, language))].join("\n");
  });
  const next = errors > 0 ? words.fix(errors) : warnings > 0 ? words.review : words.clean;
  return `${[words.heading(file, errors, warnings), ...sections, next].join("\n\n")}\n`;
}
