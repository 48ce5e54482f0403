import { existsSync, statSync } from "fs";
import { readdir, readFile } from "fs/promises";
import path from "path";
import type { ConsolidationFinding, ScoredUnit } from "../domain/consolidation";
import { consolidationFindingMessage, unreadableFileMessage } from "../domain/consolidationMessages";
import { SCORED_FISCAL_YEARS } from "../domain/frameworks";
import type { UnitResult } from "../domain/unitResult";
import { officialMemoDocx } from "../docx/officialMemoDocx";
import type { UnreadFile } from "../layout/consolidationSheet";
import { planConsolidation, type ConsolidationInput, type ConsolidationPlan } from "../layout/parentWorkbook";
import { readUnitResult } from "../xlsx/readUnitResult";
import { readWorkbookSheets, UnreadableWorkbookError } from "../xlsx/readUnitWorkbook";
import { ownSheetsWorkbook, withOwnSheets } from "../xlsx/writeSummary";
import { parseArgs } from "./args";
import { frameworkForYearOption, tellIfUnpublished } from "./fiscalYearOption";
import type { CommandIO } from "./io";
import { todayOption } from "./todayOption";
import { UsageError } from "./usageError";
import { refuseIfOpenElsewhere, writeReplacing } from "./workbookFile";

/** How often a long run says how far it has got, on stderr, where a pipe of --json never sees it. */
const PROGRESS_EVERY = 500;
/** Units the JSON report writes at a time: a national report is never one string. */
const UNITS_PER_WRITE = 500;

/**
 * `ita-tracker consolidate`: a parent office's workbook from its units' files. Each file is read and let
 * go in turn; a file that cannot be read costs one line, and no unit's file is ever written. The parent's
 * workbook is made, or its sheets of ours written again, its typed rows and registry kept as they are.
 */
export async function runConsolidate(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, {
    valueOptions: ["out", "year", "org", "today", "docx"],
    flagOptions: ["json", "arabic-digits", "force"],
  });
  const out = args.values.out;
  if (out === undefined || args.positionals.length === 0) {
    throw new UsageError(
      "ระบุไฟล์หรือโฟลเดอร์ของหน่วยงาน และไฟล์ผลรวมด้วย --out เช่น ita-tracker consolidate หน่วยงาน/ --out รวมผล.xlsx | " +
        "give the units' files or folders, and the parent's workbook with --out, e.g. ita-tracker consolidate units/ --out parent.xlsx",
    );
  }
  if (!/\.xlsx$/i.test(out))
    throw new UsageError(`ชื่อไฟล์ "${out}" ต้องลงท้ายด้วย .xlsx | "${out}" must end in .xlsx`);
  const docx = args.values.docx;
  if (docx !== undefined && !/\.docx$/i.test(docx)) {
    throw new UsageError(`ชื่อไฟล์ "${docx}" ต้องลงท้ายด้วย .docx | "${docx}" must end in .docx`);
  }
  if (docx !== undefined && existsSync(docx) && !args.flags.has("force")) {
    throw new UsageError(
      `มีไฟล์ "${docx}" อยู่แล้ว ใช้ --force เพื่อเขียนทับ | "${docx}" already exists: add --force to replace it`,
    );
  }
  const today = todayOption(args.values.today);
  const fiscalYear =
    args.values.year === undefined
      ? undefined
      : frameworkForYearOption(args.values.year, SCORED_FISCAL_YEARS).fiscalYear;
  const files = await unitFiles(args.positionals, out);
  refuseIfOpenElsewhere(out);
  const parentBytes = existsSync(out) ? await parentWorkbook(out) : null;

  const units: UnitResult[] = [];
  const unread: UnreadFile[] = [];
  for (const [index, file] of files.entries()) {
    const read = await readUnitFile(file, today);
    if (read.kind === "unit") units.push(read.unit);
    else unread.push({ file: read.file, reason: read.reason });
    if ((index + 1) % PROGRESS_EVERY === 0)
      io.stderr(`อ่านแล้ว ${index + 1} จาก ${files.length} ไฟล์ | read ${index + 1} of ${files.length} files\n`);
  }

  const plan = await writeParent(out, parentBytes, {
    sheets: parentBytes === null ? [] : readWorkbookSheets(parentBytes),
    files: units,
    unread,
    today,
    options: {
      ...(fiscalYear !== undefined && { fiscalYear }),
      ...(args.values.org !== undefined && { parent: args.values.org }),
      ...(args.flags.has("arabic-digits") && { digits: "arabic" as const }),
    },
  });
  if (docx !== undefined) {
    refuseIfOpenElsewhere(docx);
    await writeReplacing(docx, await officialMemoDocx(plan.officialMemo, plan.settings.documentFont));
  }
  tellIfUnpublished(plan.consolidation.fiscalYear, io);
  if (args.flags.has("json")) writeJson(io, plan, files.length, unread);
  else io.stdout(report(out, plan, files.length, unread, docx));
  return 0;
}

/** What is told once the parent's workbook is written: the plan without its sheets' cells. */
type Written = Omit<ConsolidationPlan, "sheets"> & {
  readonly sheets: readonly { readonly name: string; readonly replaced: boolean }[];
};

/**
 * Plans the parent's sheets and writes them. Only what is told afterwards is returned, so that the sheets'
 * cells, a row per unit, are let go before the report is made.
 */
async function writeParent(
  out: string,
  parentBytes: Uint8Array | null,
  input: ConsolidationInput,
): Promise<Written> {
  const { sheets, ...plan } = planConsolidation(input);
  const written =
    parentBytes === null ? await ownSheetsWorkbook(sheets) : await withOwnSheets(parentBytes, sheets);
  await writeReplacing(out, written);
  return {
    ...plan,
    sheets: sheets.map(({ plan: sheet, replaces }) => ({ name: sheet.name, replaced: replaces !== null })),
  };
}

/** Each argument: a file as it is, or a folder's .xlsx files, its subfolders' too, in name order. */
async function unitFiles(paths: readonly string[], out: string): Promise<string[]> {
  const files: string[] = [];
  for (const given of paths) {
    if (!existsSync(given)) throw new UsageError(`ไม่พบ "${given}" | "${given}" does not exist`);
    if (statSync(given).isDirectory()) files.push(...(await workbooksIn(given)));
    else files.push(given);
  }
  const outPath = path.resolve(out);
  if (files.some((file) => path.resolve(file) === outPath)) {
    throw new UsageError(
      `ไฟล์ผลรวม "${out}" อยู่ในรายการไฟล์ของหน่วยงาน ให้เก็บไว้นอกโฟลเดอร์ของหน่วยงาน หรือใช้ชื่ออื่น | ` +
        `the parent's workbook "${out}" is among the units' files: keep it outside their folder, or name it otherwise`,
    );
  }
  return files;
}

async function workbooksIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return (
    entries
      // Excel leaves "~$name.xlsx" beside a file it has open: not a workbook.
      .filter((entry) => entry.isFile() && /\.xlsx$/i.test(entry.name) && !entry.name.startsWith("~$"))
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort((a, b) => a.localeCompare(b, "th"))
  );
}

async function readUnitFile(file: string, today: Parameters<typeof readUnitResult>[2]) {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch {
    return { kind: "unread" as const, file: path.basename(file), reason: "notOpened" as const };
  }
  return readUnitResult(bytes, path.basename(file), today);
}

async function parentWorkbook(out: string): Promise<Uint8Array> {
  const bytes = await readFile(out);
  try {
    readWorkbookSheets(bytes);
  } catch (error) {
    if (!(error instanceof UnreadableWorkbookError)) throw error;
    throw new UsageError(
      `"${out}" มีอยู่แล้วแต่ไม่ใช่ไฟล์ Excel ที่อ่านได้ ใช้ชื่อไฟล์อื่นกับ --out | "${out}" exists but is not a readable workbook: give --out another name`,
    );
  }
  return bytes;
}

function unitJson(unit: ScoredUnit) {
  return {
    name: unit.unit.name,
    code: unit.unit.code,
    type: unit.unit.type,
    group: unit.unit.group,
    fiscalYear: unit.unit.fiscalYear,
    source: unit.unit.source,
    rank: unit.rank,
    total: unit.total,
    level: unit.grade?.label ?? null,
    tools: unit.tools,
    change: unit.change,
    measures: unit.unit.measures,
    oit: unit.unit.oit,
  };
}

/** The JSON report, its units written a few at a time: at a national scale they are thousands. */
function writeJson(io: CommandIO, plan: Written, filesGiven: number, unread: readonly UnreadFile[]): void {
  const { units } = plan.consolidation;
  io.stdout('{"units":[');
  for (let first = 0; first < units.length; first += UNITS_PER_WRITE) {
    const some = units.slice(first, first + UNITS_PER_WRITE).map((unit) => JSON.stringify(unitJson(unit)));
    io.stdout(`${first === 0 ? "" : ","}${some.join(",")}`);
  }
  io.stdout(`],${JSON.stringify(consolidationJson(plan, filesGiven, unread)).slice(1)}\n`);
}

/** Everything the JSON report says but the units. */
function consolidationJson(plan: Written, filesGiven: number, unread: readonly UnreadFile[]) {
  const { consolidation } = plan;
  const digits = plan.settings.digitStyle;
  const finding = (each: ConsolidationFinding) => ({
    ...each,
    message: consolidationFindingMessage(each, "th", digits),
  });
  return {
    fiscalYear: consolidation.fiscalYear,
    files: {
      given: filesGiven,
      read: plan.added.length,
      unread: unread.map((each) => ({
        ...each,
        message: unreadableFileMessage(each.file, each.reason, "th"),
      })),
    },
    levels: consolidation.levels.map(({ grade, count }) => ({ level: grade.label, count })),
    byType: consolidation.byType,
    byGroup: consolidation.byGroup,
    belowPass: consolidation.belowPass.map(({ unit }) => unit.name),
    weakTool: consolidation.weakTool.map(({ unit }) => unit.name),
    indicators: consolidation.indicators,
    weakest: consolidation.weakest.map(({ number }) => number),
    rose: consolidation.rose.map(({ unit, change }) => ({ name: unit.name, change })),
    fell: consolidation.fell.map(({ unit, change }) => ({ name: unit.name, change })),
    measures: consolidation.measures,
    oit: consolidation.oit,
    notSent: consolidation.notSent.map(({ name }) => name),
    findings: plan.findings.map(finding),
    memo: plan.memo.join("\n"),
    sheets: plan.sheets,
    keptEdited: plan.keptEdited,
  };
}

function report(
  out: string,
  plan: Written,
  filesGiven: number,
  unread: readonly UnreadFile[],
  docx: string | undefined,
): string {
  const { consolidation, findings } = plan;
  const ranked = consolidation.units.filter(({ total }) => total !== null).length;
  const lines = [
    `เขียน ${out} แล้ว: ปีงบประมาณ ${consolidation.fiscalYear} อ่านไฟล์ ${filesGiven} ไฟล์ ` +
      `ได้ผลหน่วยงาน ${plan.added.length} หน่วยงาน จัดอันดับได้ ${ranked} หน่วยงาน ไฟล์ของหน่วยงานไม่ถูกแก้ไข`,
    `- แผ่นงานที่เขียน: ${plan.sheets.map(({ name }) => name).join(", ")}`,
    ...plan.keptEdited.map((name) => `- แผ่นงาน "${name}" มีการแก้ไข จึงไม่เขียนทับ และเขียนผลใหม่ไว้ในแผ่นงานใหม่`),
    ...consolidation.levels
      .filter(({ count }) => count > 0)
      .map(({ grade, count }) => `- ${grade.label}: ${count} หน่วยงาน`),
    ...(consolidation.notSent.length > 0
      ? [`- ยังไม่ได้ส่งผล ${consolidation.notSent.length} หน่วยงาน ตามทะเบียนหน่วยงาน`]
      : []),
    ...(unread.length + findings.length > 0
      ? ["", `ข้อสังเกต ${unread.length + findings.length} รายการ:`]
      : []),
    ...unread.map(({ file, reason }) => `- ${unreadableFileMessage(file, reason, "th")}`),
    ...findings.map((finding) => `- ${consolidationFindingMessage(finding, "th", plan.settings.digitStyle)}`),
    ...(docx === undefined ? [] : ["", `เขียนบันทึกข้อความลงใน ${docx} แล้ว เปิดใน Word แล้วเติมเลขที่ ผู้รับ และผู้ลงนาม`]),
    "",
    `wrote ${out}: fiscal year ${consolidation.fiscalYear}, ${filesGiven} files given, ${plan.added.length} units read, ` +
      `${ranked} ranked, ${unread.length + findings.length} findings; no unit's file was changed`,
  ];
  return `${lines.join("\n")}\n`;
}
