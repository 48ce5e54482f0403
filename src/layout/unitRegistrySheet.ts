// The parent office's registry of the units it follows: name, code, type and group, typed by the parent.
// Made once with empty rows and never written again; consolidation reads it to fill in a unit's type and
// group and to list the units that have sent nothing.
import { cellText } from "../domain/cellText";
import type { RegistryEntry } from "../domain/consolidation";
import { headerKey, HEADER_SEARCH_ROWS } from "../domain/gridColumns";
import type { SheetCells } from "../domain/sheetCells";
import type { WorkbookSettings } from "../domain/workbookSettings";
import { columnLetter, rangeAddress } from "./a1";
import { valuesAt } from "./blocks";
import type { SheetPlan } from "./plan";
import { fittedRowHeights } from "./rowHeights";
import { a4, baseFont, HEADER_FORMAT, TEXT_CELL_FORMAT } from "./styles";
import { titleRows } from "./titles";

export const UNIT_REGISTRY_SHEET = "ทะเบียนหน่วยงาน";

const COLUMNS = [
  { key: "name", header: "ชื่อหน่วยงาน", width: 40 },
  { key: "code", header: "รหัส", width: 12 },
  { key: "type", header: "ประเภท", width: 18 },
  { key: "group", header: "กลุ่ม", width: 18 },
] as const;

const NOTE_ROW = 4;
const HEADER_ROW = 5;
const EMPTY_ROWS = 50;

export function unitRegistrySheetPlan(
  settings: WorkbookSettings,
  name: string,
  tableName: string,
): SheetPlan {
  const width = COLUMNS.length;
  const lastRow = HEADER_ROW + EMPTY_ROWS;
  const titles = titleRows(settings, "ทะเบียนหน่วยงานในความรับผิดชอบ", { last: width });
  const plan: Omit<SheetPlan, "rowHeights"> = {
    role: "unitRegistry",
    name,
    visibility: "Visible",
    tabColor: "#7F7F7F",
    baseFont: baseFont(settings),
    content: [
      ...titles.content,
      valuesAt(NOTE_ROW, 1, [
        ['พิมพ์ชื่อหน่วยงานให้ตรงกับที่หน่วยงานใช้ในไฟล์ (ชื่อในแผ่นตั้งค่าของไฟล์) ประเภทและกลุ่มใช้จัดกลุ่มในแผ่น "สรุปผลหน่วยงาน"'],
      ]),
      valuesAt(HEADER_ROW, 1, [COLUMNS.map(({ header }) => header)]),
    ],
    formats: [
      ...titles.formats,
      {
        address: rangeAddress({ top: NOTE_ROW, left: 1, bottom: NOTE_ROW, right: width }),
        format: { wrapText: true, verticalAlignment: "Top" },
      },
      {
        address: rangeAddress({ top: HEADER_ROW, left: 1, bottom: HEADER_ROW, right: width }),
        format: HEADER_FORMAT,
      },
      {
        address: rangeAddress({ top: HEADER_ROW + 1, left: 1, bottom: lastRow, right: width }),
        format: TEXT_CELL_FORMAT,
      },
    ],
    merges: [...titles.merges, rangeAddress({ top: NOTE_ROW, left: 1, bottom: NOTE_ROW, right: width })],
    columnWidths: COLUMNS.map(({ width: characters }, index) => ({
      column: columnLetter(index + 1),
      width: characters,
    })),
    validations: [],
    conditionalFormats: [],
    table: {
      name: tableName,
      address: rangeAddress({ top: HEADER_ROW, left: 1, bottom: lastRow, right: width }),
      calculatedColumns: [],
    },
    freeze: { rows: HEADER_ROW, columns: 0 },
    print: a4("Portrait", `$${HEADER_ROW}:$${HEADER_ROW}`),
  };
  return { ...plan, rowHeights: fittedRowHeights(plan) };
}

/** The registry's entries, each row with a name; null when the sheet holds no registry. */
export function readUnitRegistry(cells: SheetCells): RegistryEntry[] | null {
  for (let row = 1; row <= Math.min(HEADER_SEARCH_ROWS, cells.rowCount); row++) {
    const at = new Map<string, number>();
    for (let column = 1; column <= cells.columnCount; column++) {
      const found = COLUMNS.find(({ header }) => headerKey(header) === headerKey(cells.own(row, column)));
      if (found && !at.has(found.key)) at.set(found.key, column);
    }
    if (!at.has("name") || !at.has("type")) continue;
    const entries: RegistryEntry[] = [];
    for (let line = row + 1; line <= cells.rowCount; line++) {
      const text = (key: string) => {
        const column = at.get(key);
        return column === undefined ? "" : cellText(cells.shown(line, column)).trim();
      };
      if (text("name") === "") continue;
      entries.push({
        name: text("name"),
        code: text("code"),
        type: text("type"),
        group: text("group"),
        row: line,
      });
    }
    return entries;
  }
  return null;
}
