import { existsSync } from "fs";
import { officialMemo } from "../domain/officialMemo";
import { officialMemoLines } from "../domain/officialMemoText";
import { officialMemoDocx } from "../docx/officialMemoDocx";
import { parseArgs } from "./args";
import type { CommandIO } from "./io";
import { summariseFile } from "./summaryCommand";
import { UsageError } from "./usageError";
import { refuseIfOpenElsewhere, writeReplacing } from "./workbookFile";

/**
 * `ita-tracker memo`: the memo to the executive (บันทึกข้อความ), a paragraph or a table row a line, which
 * is how Word takes pasted text; with --docx, the memo as a Word document in the official layout.
 * Missing scores are said in the memo itself, so it exits 0 as `summary` does.
 */
export async function runMemo(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, { valueOptions: ["today", "docx"], flagOptions: ["arabic-digits", "force"] });
  const docx = args.values.docx;
  if (docx !== undefined) refuseDocxTarget(docx, args.flags.has("force"));
  const { made } = await summariseFile(args, "memo");
  const memo = officialMemo(made.summary, args.flags.has("arabic-digits") ? "arabic" : undefined);
  if (docx === undefined) {
    io.stdout(`${officialMemoLines(memo).join("\n")}\n`);
    return 0;
  }
  await writeReplacing(docx, await officialMemoDocx(memo, made.summary.settings.documentFont));
  io.stdout(
    `เขียนบันทึกข้อความลงใน ${docx} แล้ว เปิดใน Word แล้วเติมเลขที่ ผู้รับ และผู้ลงนาม | ` +
      `wrote the memo to ${docx}: open it in Word and fill in its number, addressee and signer\n`,
  );
  return 0;
}

/** A memo someone has edited is never overwritten without --force, nor one open in Word. */
function refuseDocxTarget(file: string, force: boolean): void {
  if (!/\.docx$/i.test(file)) {
    throw new UsageError(`ชื่อไฟล์ "${file}" ต้องลงท้ายด้วย .docx | "${file}" must end in .docx`);
  }
  if (existsSync(file) && !force) {
    throw new UsageError(
      `มีไฟล์ "${file}" อยู่แล้ว ใช้ --force เพื่อเขียนทับ | "${file}" already exists: add --force to replace it`,
    );
  }
  refuseIfOpenElsewhere(file);
}
