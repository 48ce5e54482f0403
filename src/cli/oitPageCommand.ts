import { existsSync } from "fs";
import { todayInThailand } from "../domain/thaiCalendar";
import { oitPageHtml, oitPageSource, oitTableHtml } from "../layout/oitPage";
import { DEFAULT_SHEET_NAMES } from "../layout/sheetNames";
import { checkSheets } from "../layout/workbookCheck";
import { readSheetsForCheck } from "../xlsx/readSheetsForCheck";
import { parseArgs } from "./args";
import type { CommandIO } from "./io";
import { UsageError } from "./usageError";
import { openWorkbookFile, workbookFileArgument, writeReplacing } from "./workbookFile";

const REGISTER = DEFAULT_SHEET_NAMES["oit-register"];

/**
 * `ita-tracker oit-page`: the web page of the OIT register's items and their links, for the agency's
 * website, to --out or to stdout; with --fragment the table alone, for the HTML view of a site's editor.
 */
export async function runOitPage(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, {
    valueOptions: ["out"],
    flagOptions: ["arabic-digits", "fragment", "force"],
  });
  const file = workbookFileArgument(args.positionals, "oit-page");
  const out = args.values.out;
  // Before the workbook is read, so that a page already published is never replaced by mistake.
  if (out !== undefined && existsSync(out) && !args.flags.has("force")) {
    throw new UsageError(
      `มีไฟล์ "${out}" อยู่แล้ว ใช้ --force เพื่อเขียนทับ | "${out}" already exists: add --force to replace it`,
    );
  }
  const opened = await openWorkbookFile(file);
  // The register is read as `check` reads it; today only matters to a workbook without our settings.
  const reading = checkSheets(readSheetsForCheck(opened.workbook), todayInThailand(new Date()));
  const settings = args.flags.has("arabic-digits")
    ? { ...reading.settings, digitStyle: "arabic" as const }
    : reading.settings;
  const source = oitPageSource(settings, reading.oitRegister);
  if (source === null) {
    throw new UsageError(
      `"${file}" ยังไม่มีแผ่นงาน "${REGISTER}" ให้แทรกแบบฟอร์ม ITA ก่อน ด้วย ita-tracker insert หรือปุ่ม "แทรกแบบฟอร์ม ITA" | ` +
        `"${file}" has no OIT register ("${REGISTER}") yet: insert the ITA sheets first, with ita-tracker insert or the add-in`,
    );
  }
  const html = args.flags.has("fragment") ? `${oitTableHtml(source)}\n` : oitPageHtml(source);
  if (out === undefined) {
    io.stdout(html);
    return 0;
  }
  await writeReplacing(out, Buffer.from(html, "utf8"));
  io.stdout(`เขียน ${out} แล้ว (${source.rows.length} รายการ) | wrote ${out} (${source.rows.length} items)\n`);
  return 0;
}
