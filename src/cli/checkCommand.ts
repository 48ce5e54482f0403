import { problemMessage, ruleMessage, SEVERITY_WORDS, type Language } from "../domain/checkMessages";
import { checkSheets, problemsBySheet, type Problem, type WorkbookCheck } from "../layout/workbookCheck";
import { readSheetsForCheck } from "../xlsx/readSheetsForCheck";
import { parseArgs } from "./args";
import type { CommandIO } from "./io";
import { todayOption } from "./todayOption";
import { UsageError } from "./usageError";
import { openWorkbookFile, workbookFileArgument } from "./workbookFile";

/**
 * `ita-tracker check`: the mistakes reviewers find by eye in the tracking grids and the score sheet.
 * Exit 0 with no errors (warnings allowed), 1 with errors, 2 when the file cannot be read.
 */
export async function runCheck(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, { valueOptions: ["today", "lang"], flagOptions: ["json"] });
  const file = workbookFileArgument(args.positionals, "check");
  const today = todayOption(args.values.today);
  const language = languageOption(args.values.lang);
  const sheets = readSheetsForCheck((await openWorkbookFile(file)).workbook);
  const check = checkSheets(sheets, today);
  io.stdout(
    args.flags.has("json")
      ? `${JSON.stringify(checkJson(check, language))}\n`
      : report(file, check, language),
  );
  return check.counts.errors > 0 ? 1 : 0;
}

function languageOption(text: string | undefined): Language {
  if (text === undefined || text === "th" || text === "en") return text ?? "th";
  throw new UsageError(`ภาษา "${text}" ต้องเป็น th หรือ en | --lang must be th or en`);
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
