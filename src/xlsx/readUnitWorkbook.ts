// A unit's workbook read for consolidation: only the parts a summary needs, straight from the zip. The
// settings sheet is read first; its registry says which sheets hold the scores, the grids and the OIT
// register, and only those are unzipped and read. A workbook without our settings, or whose registry
// names a sheet that is gone, is read whole, and its sheets are then found by their headers as a check
// finds them. Pure bytes in, cells out: it runs in the command line and in the pane's worker alike.
import { unzipSync, type UnzipFileInfo } from "fflate";
import type { CalendarDate } from "../domain/thaiCalendar";
import { readSettingsSheet } from "../layout/settingsSheet";
import { DEFAULT_SHEET_NAMES } from "../layout/sheetNames";
import type { SheetForCheck } from "../layout/workbookCheck";
import { relationshipsIn, relationshipsPart, sheetsIn, type ListedSheet } from "./packageXml";
import { sharedStringsIn, sheetCellsIn } from "./sheetXml";

/** Why a file could not be read as a workbook; each has its own advice (consolidationMessages). */
export type UnreadableReason =
  /** No bytes at all. */
  | "empty"
  /** An Office file saved with a password: its content is encrypted. */
  | "encrypted"
  /** An Office file of the old binary kind (.xls), or another compound file. */
  | "oldFormat"
  /** Not a zip package: a CSV, a PDF, a web page saved as .xlsx. */
  | "notXlsx"
  /** A zip that cannot be unpacked: cut short while copying or downloading. */
  | "damaged"
  /** A package without a workbook in it: a Word or PowerPoint file. */
  | "notWorkbook";

export class UnreadableWorkbookError extends Error {
  readonly code = "UnreadableWorkbook";

  constructor(readonly reason: UnreadableReason) {
    super(`The file cannot be read as a workbook (${reason}).`);
    this.name = "UnreadableWorkbookError";
  }
}

const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** "EncryptedPackage" as a compound file names its streams, in UTF-16LE. */
const ENCRYPTED_STREAM = Array.from("EncryptedPackage").flatMap((character) => [character.charCodeAt(0), 0]);

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

function holds(bytes: Uint8Array, sequence: readonly number[]): boolean {
  const first = sequence[0] as number;
  for (let index = bytes.indexOf(first); index >= 0; index = bytes.indexOf(first, index + 1)) {
    if (sequence.every((byte, offset) => bytes[index + offset] === byte)) return true;
  }
  return false;
}

/** The parts of one package, unzipped only when asked for. */
class UnitPackage {
  constructor(private readonly bytes: Uint8Array) {
    if (bytes.length === 0) throw new UnreadableWorkbookError("empty");
    if (startsWith(bytes, COMPOUND_FILE)) {
      throw new UnreadableWorkbookError(holds(bytes, ENCRYPTED_STREAM) ? "encrypted" : "oldFormat");
    }
    if (!startsWith(bytes, [0x50, 0x4b])) throw new UnreadableWorkbookError("notXlsx");
  }

  /** The parts named, as text; a part the package lacks is left out. */
  texts(names: readonly string[]): Map<string, string> {
    const wanted = new Set(names);
    let files: Record<string, Uint8Array>;
    try {
      files = unzipSync(this.bytes, { filter: (file: UnzipFileInfo) => wanted.has(file.name) });
    } catch {
      throw new UnreadableWorkbookError("damaged");
    }
    const decoder = new TextDecoder();
    return new Map(Object.entries(files).map(([name, data]) => [name, decoder.decode(data)]));
  }

  text(name: string): string | undefined {
    return this.texts([name]).get(name);
  }
}

const VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

/** A workbook's list of sheets, and a reader of the ones asked for. */
function openWorkbook(bytes: Uint8Array): {
  listed: ListedSheet[];
  read: (sheets: readonly ListedSheet[]) => SheetForCheck[];
} {
  const unit = new UnitPackage(bytes);
  const document = relationshipsIn(unit.text("_rels/.rels") ?? "", "").find(
    ({ kind }) => kind === "officeDocument",
  );
  const workbookPart = document?.target;
  const workbookXml = workbookPart === undefined ? undefined : unit.text(workbookPart);
  if (workbookPart === undefined || workbookXml === undefined || !/<(?:\w+:)?workbook\b/.test(workbookXml)) {
    throw new UnreadableWorkbookError("notWorkbook");
  }
  const relationships = relationshipsIn(unit.text(relationshipsPart(workbookPart)) ?? "", workbookPart);
  const stringsPart = relationships.find(({ kind }) => kind === "sharedStrings")?.target;
  const strings = sharedStringsIn((stringsPart && unit.text(stringsPart)) ?? "");
  return {
    listed: sheetsIn(workbookXml, relationships),
    read: (sheets) => {
      const texts = unit.texts(sheets.map(({ part }) => part));
      return sheets.map(({ name, part, state }) => ({
        name,
        visibility: VISIBILITY[state],
        ...sheetCellsIn(texts.get(part) ?? "", strings),
      }));
    },
  };
}

/** Every sheet of a workbook, in tab order: a parent office's own workbook, read as a check reads it. */
export function readWorkbookSheets(bytes: Uint8Array): SheetForCheck[] {
  const { listed, read } = openWorkbook(bytes);
  return read(listed);
}

/**
 * The sheets a summary of the unit needs, in tab order: the settings sheet and the ones its registry
 * names, or every sheet of a workbook without a registry that can be followed. Throws
 * UnreadableWorkbookError for a file that is not a workbook at all.
 */
export function readUnitSheets(bytes: Uint8Array, today: CalendarDate): SheetForCheck[] {
  const { listed, read } = openWorkbook(bytes);
  // Our settings sheet is very hidden, under its own name unless someone renamed it.
  const isDefault = ({ name }: ListedSheet) =>
    name.toLocaleUpperCase() === DEFAULT_SHEET_NAMES.settings.toLocaleUpperCase();
  const candidates = [...listed.filter(isDefault), ...listed.filter((sheet) => sheet.state !== "visible")];
  for (const candidate of new Set(candidates)) {
    const [settings] = read([candidate]) as [SheetForCheck];
    const reading = readSettingsSheet(settings.formulas, settings.values, today);
    if (!reading.isOurs) continue;
    const registered = new Set(
      Object.values(reading.registry).map((name) => (name ?? "deleted").toLocaleUpperCase()),
    );
    const names = new Set(listed.map(({ name }) => name.toLocaleUpperCase()));
    if (![...registered].every((name) => names.has(name))) break;
    const others = read(
      listed.filter((sheet) => sheet !== candidate && registered.has(sheet.name.toLocaleUpperCase())),
    );
    return listed.flatMap((sheet) =>
      sheet === candidate ? [settings] : others.filter(({ name }) => name === sheet.name),
    );
  }
  return read(listed);
}
