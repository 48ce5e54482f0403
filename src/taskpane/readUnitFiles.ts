// The units' files a parent office chooses in the pane, read one at a time: each file's bytes are handed
// to a reader (off the main thread, unitFileReader.ts) and let go once its unit is read, so that hundreds
// of files never stand in memory together. A file that cannot be read costs its own line; the user can
// cancel between files; and when the browser cannot hold more, what was read is kept and the user told.
import type { UnreadableFile } from "../domain/consolidationMessages";
import type { UnitResult } from "../domain/unitResult";
import type { UnitRead } from "../xlsx/readUnitResult";

/** A file as the browser gives it (a File satisfies it). */
export interface ChosenFile {
  readonly name: string;
  readonly size: number;
  /** The path within a chosen folder, where the browser gives one. */
  readonly webkitRelativePath?: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Reads one unit's workbook from its bytes; the bytes are the reader's to keep or transfer. */
export type ReadUnitFile = (bytes: ArrayBuffer, file: string) => Promise<UnitRead>;

/** A unit's workbook is tens of kilobytes; one this large is not one, and would hold the pane up. */
export const MAX_UNIT_FILE_BYTES = 20 * 1024 * 1024;

export interface UnitFilesReading {
  readonly units: readonly UnitResult[];
  readonly unread: readonly { readonly file: string; readonly reason: UnreadableFile }[];
  /** How many of the files were looked at: all of them unless cancelled or out of room. */
  readonly done: number;
  readonly total: number;
  /** Stopped by the user, or because the browser could not hold another file. */
  readonly stopped: "cancelled" | "outOfMemory" | null;
}

export interface ReadOptions {
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
}

/**
 * The workbooks among the files chosen, in name order: a folder's other files are skipped, and so is the
 * "~$name.xlsx" Excel leaves beside a file it has open. Files chosen one by one are all kept, so that a
 * wrong one is named rather than silently left out.
 */
export function unitWorkbooks(files: readonly ChosenFile[]): ChosenFile[] {
  return files
    .filter((file) => !file.webkitRelativePath || (/\.xlsx$/i.test(file.name) && !file.name.startsWith("~$")))
    .sort((a, b) => pathOf(a).localeCompare(pathOf(b), "th"));
}

function pathOf(file: ChosenFile): string {
  return file.webkitRelativePath || file.name;
}

/**
 * An allocation failure ("Array buffer allocation failed"), which says the browser can hold no more: the
 * one failure that stops the reading.
 */
function isOutOfMemory(error: unknown): boolean {
  return error instanceof RangeError;
}

/** One file's unit, or why it cannot be read; only running out of memory, or a reader's own failure, throws. */
async function readOne(file: ChosenFile, readUnit: ReadUnitFile): Promise<UnitRead> {
  if (file.size > MAX_UNIT_FILE_BYTES) return { kind: "unread", file: file.name, reason: "tooLarge" };
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch (error) {
    if (isOutOfMemory(error)) throw error;
    // Moved, deleted or locked since it was chosen.
    return { kind: "unread", file: file.name, reason: "notOpened" };
  }
  return readUnit(bytes, file.name);
}

export async function readUnitFiles(
  files: readonly ChosenFile[],
  readUnit: ReadUnitFile,
  { onProgress, signal }: ReadOptions = {},
): Promise<UnitFilesReading> {
  const units: UnitResult[] = [];
  const unread: { file: string; reason: UnreadableFile }[] = [];
  const total = files.length;
  let done = 0;
  const result = (stopped: UnitFilesReading["stopped"]) => ({ units, unread, done, total, stopped });

  for (const file of files) {
    if (signal?.aborted) return result("cancelled");
    try {
      const read = await readOne(file, readUnit);
      if (read.kind === "unit") units.push(read.unit);
      else unread.push({ file: read.file, reason: read.reason });
    } catch (error) {
      if (isOutOfMemory(error)) return result("outOfMemory");
      throw error;
    }
    done += 1;
    onProgress?.(done, total);
  }
  return result(null);
}
