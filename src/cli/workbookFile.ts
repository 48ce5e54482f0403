// The user's .xlsx file as the commands read and write it: every way it can fail ends in one line,
// in Thai and English, and a write never leaves half a workbook behind.
import { existsSync, statSync } from "fs";
import { readFile, rename, unlink, writeFile } from "fs/promises";
import path from "path";
import type { Workbook } from "exceljs";
import { loadWorkbook } from "../xlsx/loadWorkbook";
import type { TableColumnsPart } from "../xlsx/tableColumns";
import { UsageError } from "./usageError";

type Reason = { readonly th: string; readonly en: string };

/** The one positional argument of a command that reads a workbook. */
export function workbookFileArgument(positionals: readonly string[], command: string): string {
  if (positionals.length !== 1) {
    throw new UsageError(
      `ระบุไฟล์ .xlsx หนึ่งไฟล์ เช่น ita-tracker ${command} ITA2568.xlsx | ` +
        `give one .xlsx file, e.g. ita-tracker ${command} ITA2568.xlsx`,
    );
  }
  return positionals[0] as string;
}

export interface WorkbookFile {
  /** The file as it was read: what is checked before writing it back, and what is left when refusing. */
  readonly bytes: Uint8Array;
  readonly workbook: Workbook;
  /** Its tables' columns, which `workbookBuffer` needs to save the tables whole again. */
  readonly tables: TableColumnsPart[];
}

const READ_PROBLEMS: Readonly<Record<string, Reason>> = {
  ENOENT: { th: "ไม่พบไฟล์", en: "no such file" },
  EISDIR: { th: "ชื่อนี้เป็นโฟลเดอร์", en: "that name is a folder" },
  EACCES: { th: "ไม่มีสิทธิ์อ่าน", en: "permission denied" },
  EPERM: { th: "ไม่มีสิทธิ์อ่าน", en: "permission denied" },
  EBUSY: { th: "ไฟล์เปิดอยู่ในโปรแกรมอื่น", en: "it is open in another program" },
};

const NOT_WORKBOOK: Reason = {
  th: "ไฟล์ไม่ใช่ .xlsx หรือเสียหาย ให้เปิดใน Excel แล้วบันทึกเป็น .xlsx อีกครั้ง",
  en: "it is not an .xlsx workbook, or it is damaged: open it in Excel and save it as .xlsx again",
};

/** Any file that is not a readable .xlsx ends here, in one line: missing, a folder, random bytes, text. */
export async function openWorkbookFile(file: string): Promise<WorkbookFile> {
  const refuse = (reason: Reason) =>
    new UsageError(`อ่านไฟล์ "${file}" ไม่ได้ ${reason.th} | cannot read "${file}": ${reason.en}`);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw refuse(READ_PROBLEMS[(error as NodeJS.ErrnoException).code ?? ""] ?? NOT_WORKBOOK);
  }
  let loaded: Awaited<ReturnType<typeof loadWorkbook>>;
  try {
    loaded = await loadWorkbook(bytes);
  } catch {
    throw refuse(NOT_WORKBOOK);
  }
  // Any zip opens (a .docx renamed, say); a workbook always has a sheet.
  if (loaded.workbook.worksheets.length === 0) throw refuse(NOT_WORKBOOK);
  return { bytes, ...loaded };
}

/** Excel leaves "~$name" and LibreOffice ".~lock.name#" beside a file it has open. */
export function refuseIfOpenElsewhere(file: string): void {
  const folder = path.dirname(file);
  const name = path.basename(file);
  if ([`~$${name}`, `.~lock.${name}#`].some((lock) => existsSync(path.join(folder, lock)))) {
    throw new UsageError(
      `ไฟล์ "${file}" เปิดอยู่ใน Excel หรือ LibreOffice ให้ปิดก่อน | "${file}" is open in Excel or LibreOffice: close it first`,
    );
  }
}

const WRITE_PROBLEMS: Readonly<Record<string, Reason>> = {
  EACCES: { th: "ไม่มีสิทธิ์เขียน", en: "permission denied" },
  EPERM: { th: "ไฟล์อาจเปิดอยู่หรือห้ามแก้ไข", en: "it may be open in another program, or read-only" },
  EBUSY: { th: "ไฟล์เปิดอยู่ในโปรแกรมอื่น", en: "it is open in another program" },
  EROFS: { th: "ดิสก์นี้อ่านได้อย่างเดียว", en: "the disk is read-only" },
  EISDIR: { th: "ชื่อนี้เป็นโฟลเดอร์", en: "that name is a folder" },
  ENOSPC: { th: "ดิสก์เต็ม", en: "the disk is full" },
  ENOENT: { th: "ไม่พบโฟลเดอร์", en: "the folder does not exist" },
};

/**
 * Writes beside the file and then renames, so a failure never leaves half a workbook, and a file that
 * another program holds is refused rather than emptied.
 */
export async function writeReplacing(file: string, bytes: Uint8Array): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    const reason = WRITE_PROBLEMS[(error as NodeJS.ErrnoException).code ?? ""];
    if (!reason) throw error;
    throw new UsageError(`เขียนไฟล์ "${file}" ไม่ได้ ${reason.th} | cannot write "${file}": ${reason.en}`);
  }
}

/** A new .xlsx to write: its name ends in .xlsx, its folder is there, and a file there is replaced only with --force. */
export function newWorkbookTarget(file: string, force: boolean): string {
  if (!/\.xlsx$/i.test(file)) {
    throw new UsageError(`ชื่อไฟล์ "${file}" ต้องลงท้ายด้วย .xlsx | "${file}" must end in .xlsx`);
  }
  const folder = path.dirname(file);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new UsageError(`ไม่พบโฟลเดอร์ "${folder}" | folder "${folder}" does not exist`);
  }
  if (existsSync(file) && !force) {
    throw new UsageError(
      `มีไฟล์ "${file}" อยู่แล้ว ใช้ --force เพื่อเขียนทับ | "${file}" already exists: add --force to replace it`,
    );
  }
  refuseIfOpenElsewhere(file);
  return file;
}
