import fc from "fast-check";
import { cellAddress, parseRange } from "../../src/layout/a1";
import type { CellValue, SheetPlan } from "../../src/layout/plan";
import { columnsRearranged, planExtent, repairWrites, type ExistingCells } from "../../src/layout/repair";
import { GRID_HEADER_ROW } from "../../src/layout/trackingGrid";
import { workbookPlan } from "../../src/layout/workbookPlan";
import { DEFAULT_NAMES, settingsFor, sheetOf } from "./fixtures";

const PLAN = workbookPlan(settingsFor(2568), DEFAULT_NAMES);

interface PlannedCell {
  readonly row: number;
  readonly column: number;
  readonly formula?: string;
  readonly value?: CellValue;
  /** What an earlier version wrote there, where the plan says (ContentBlock.formerly). */
  readonly formerly?: { readonly formula?: string; readonly value?: CellValue };
}

function plannedCells(sheet: SheetPlan): PlannedCell[] {
  return sheet.content.flatMap((block) => {
    const box = parseRange(block.address);
    const cells: PlannedCell[] = [];
    for (let row = box.top; row <= box.bottom; row += 1) {
      for (let column = box.left; column <= box.right; column += 1) {
        const [r, c] = [row - box.top, column - box.left];
        const formula = block.formulas?.[r]?.[c];
        const earlierFormula = block.formerly?.formulas?.[r]?.[c];
        const earlierValue = block.formerly?.values?.[r]?.[c];
        const formerly =
          earlierFormula !== undefined
            ? { formerly: { formula: earlierFormula } }
            : earlierValue !== undefined
              ? { formerly: { value: earlierValue } }
              : {};
        cells.push(
          formula !== undefined
            ? { row, column, formula, ...formerly }
            : { row, column, value: block.values?.[r]?.[c] ?? null, ...formerly },
        );
      }
    }
    return cells;
  });
}

/** Cells as the written blocks would leave them: address → the formula or value written. */
function written(blocks: ReturnType<typeof repairWrites>): Map<string, string | CellValue> {
  const cells = new Map<string, string | CellValue>();
  for (const block of blocks) {
    const box = parseRange(block.address);
    const rows = (block.formulas ?? block.values) as readonly (readonly (string | CellValue)[])[];
    expect(rows).toHaveLength(box.bottom - box.top + 1);
    rows.forEach((line, r) => {
      expect(line).toHaveLength(box.right - box.left + 1);
      line.forEach((cell, c) => cells.set(cellAddress(box.top + r, box.left + c), cell));
    });
  }
  return cells;
}

function existingFrom(
  entries: { row: number; column: number; formula: unknown; value: unknown }[],
): ExistingCells {
  const formulas: unknown[][] = [];
  const values: unknown[][] = [];
  for (const { row, column, formula, value } of entries) {
    (formulas[row - 1] ??= [])[column - 1] = formula;
    (values[row - 1] ??= [])[column - 1] = value;
  }
  return { formulas, values, origin: "A1" };
}

/** The planned content an Excel read gives for a cell that already holds it. */
function asRead(cell: PlannedCell) {
  return cell.formula !== undefined
    ? { row: cell.row, column: cell.column, formula: cell.formula, value: "computed" }
    : { row: cell.row, column: cell.column, formula: cell.value, value: cell.value };
}

describe("repairWrites", () => {
  it("writes everything into a new sheet", () => {
    for (const sheet of PLAN.sheets) expect(repairWrites(sheet, null)).toEqual(sheet.content);
  });

  it("rewrites whole blocks where the sheet already holds exactly the plan", () => {
    for (const sheet of PLAN.sheets) {
      expect(repairWrites(sheet, existingFrom(plannedCells(sheet).map(asRead)))).toEqual(sheet.content);
    }
  });

  it("writes around a cell the user typed in, as runs along the row", () => {
    const grid = sheetOf(PLAN, "grid-IIT");
    const existing = existingFrom([{ row: 5, column: 4, formula: "โครงการ", value: "โครงการ" }]);
    const blocks = repairWrites(grid, existing).filter((block) => parseRange(block.address).top === 5);
    expect(blocks.map((block) => block.address)).toEqual(["A5:C5", "E5:T5"]);
    expect(blocks[1]?.values?.[0]?.[0]).toBe("ขั้นตอนหรือวิธีปฏิบัติ");
  });

  it("replaces the bands' earlier names and the formulas that wrote them, but not a name someone typed", () => {
    const scores = sheetOf(PLAN, "scores");
    const earlier = plannedCells(scores).filter((cell) => cell.formerly !== undefined);
    // The legend's four names, and the band of ten indicators, three tools and the total.
    expect(earlier).toHaveLength(4 + 10 + 3 + 1);
    expect(earlier.map((cell) => cell.formerly?.value ?? cell.formerly?.formula).join("")).toContain(
      "ต้องปรับปรุงโดยเร่งด่วน",
    );
    const [typed, ...rest] = earlier;
    const existing = existingFrom([
      { row: typed?.row ?? 0, column: typed?.column ?? 0, formula: "เร่งรัด", value: "เร่งรัด" },
      ...rest.map((cell) => asRead({ ...cell, ...cell.formerly })),
    ]);
    const writes = written(repairWrites(scores, existing));
    expect(writes.has(cellAddress(typed?.row ?? 0, typed?.column ?? 0))).toBe(false);
    for (const cell of rest) {
      expect(writes.get(cellAddress(cell.row, cell.column))).toBe(cell.formula ?? cell.value);
    }
  });

  it("leaves a formula alone even when its value is what the plan would write", () => {
    const scores = sheetOf(PLAN, "scores");
    const existing = existingFrom([{ row: 5, column: 3, formula: '="คะแนน"', value: "คะแนน" }]);
    const header = repairWrites(scores, existing).filter((block) => parseRange(block.address).top === 5);
    expect(header.map((block) => block.address)).toEqual(["A5:B5", "D5"]);
  });

  describe("in a table's formula columns, where Excel fills a written formula down the whole column", () => {
    const grid = sheetOf(PLAN, "grid-IIT");
    const table = parseRange(grid.table?.address ?? "A1");
    const formulaCells = plannedCells(grid).filter(
      (cell) => cell.formula !== undefined && cell.row > table.top,
    );
    const [first, second] = formulaCells;
    const formulaColumns = [...new Set(formulaCells.map((cell) => cell.column))];
    const writtenFormulas = (existing: ExistingCells) =>
      [...written(repairWrites(grid, existing)).entries()].filter(([address]) =>
        formulaCells.some((cell) => cellAddress(cell.row, cell.column) === address),
      );

    it("has formula columns to guard", () => {
      expect(formulaColumns.length).toBeGreaterThan(0);
      expect(first?.row).toBe(second?.row);
    });

    it("writes no formula into a column where someone typed a value, not even into its empty cells", () => {
      const typed = { row: (first?.row ?? 0) + 1, column: first?.column ?? 0, formula: 91.5, value: 91.5 };
      const writes = written(repairWrites(grid, existingFrom([typed])));
      const column = formulaCells.filter((cell) => cell.column === typed.column);
      expect(column.length).toBeGreaterThan(1);
      for (const cell of column) expect(writes.has(cellAddress(cell.row, cell.column))).toBe(false);
      // The other formula columns are free still.
      const others = formulaCells.filter((cell) => cell.column !== typed.column);
      for (const cell of others) expect(writes.get(cellAddress(cell.row, cell.column))).toBe(cell.formula);
    });

    it("writes no formula into a column holding another formula in a row the user added below the table", () => {
      const below = { row: table.bottom + 40, column: first?.column ?? 0, formula: "=B1*2", value: 2 };
      const writes = writtenFormulas(existingFrom([below]));
      expect(writes.some(([address]) => parseRange(address).left === below.column)).toBe(false);
    });

    it("fills the empty cells of a column whose other rows hold the same formula, row for row", () => {
      // A row pasted below the table took the calculated column's formula for its own row.
      const sameFormulaBelow = (cell: PlannedCell, row: number) => ({
        row,
        column: cell.column,
        formula: (cell.formula as string).replaceAll(`B${cell.row}`, `B${row}`),
        value: "",
      });
      const rows = formulaCells.filter((cell) => cell.row === first?.row);
      const existing = existingFrom(rows.map((cell) => sameFormulaBelow(cell, table.bottom + 3)));
      expect(writtenFormulas(existing)).toHaveLength(formulaCells.length);
    });
  });

  it("writes a cell of a visible sheet only where it is empty or holds exactly the plan or what an earlier version wrote, and every such cell (property)", () => {
    const choice = fc.constantFrom(
      "missing",
      "blank",
      "same",
      "earlier",
      "typed",
      "otherFormula",
      "sameValueByFormula",
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...PLAN.sheets.filter((sheet) => sheet.role !== "settings")),
        fc.array(choice, { minLength: 120, maxLength: 120 }),
        (sheet, choices) => {
          const cells = plannedCells(sheet);
          const entries = cells.flatMap((cell, index) => {
            const at = { row: cell.row, column: cell.column };
            switch (choices[index % choices.length]) {
              case "missing":
                return [];
              case "blank":
                return [{ ...at, formula: "", value: "" }];
              case "same":
                return [asRead(cell)];
              case "earlier":
                return [asRead({ ...cell, ...(cell.formerly ?? {}) })];
              case "typed":
                return [{ ...at, formula: "พิมพ์เอง", value: "พิมพ์เอง" }];
              case "otherFormula":
                return [{ ...at, formula: `${cell.formula ?? "=1"} `, value: 1 }];
              default:
                return [
                  {
                    ...at,
                    formula: `=${JSON.stringify(cell.formula ?? cell.value)}`,
                    value: cell.formula ?? cell.value,
                  },
                ];
            }
          });
          const existing = existingFrom(entries);
          const writes = written(repairWrites(sheet, existing));
          const kindOf = (cell: PlannedCell) => choices[cells.indexOf(cell) % choices.length];
          // What an earlier version wrote is ours as well; where the plan names none, "earlier" is the same.
          const emptyOrSame = (cell: PlannedCell) =>
            ["missing", "blank", "same", "earlier"].includes(kindOf(cell) as string);
          // A formula goes into a table's column only while none of its cells holds anything else.
          const table = sheet.table ? parseRange(sheet.table.address) : null;
          const inTableBody = (cell: PlannedCell) =>
            table !== null && cell.row > table.top && cell.column >= table.left && cell.column <= table.right;
          const heldColumns = new Set(
            cells.filter((cell) => inTableBody(cell) && !emptyOrSame(cell)).map((cell) => cell.column),
          );
          // An item's row is repaired only while its first cell still names the item (itemRows).
          const items = sheet.content
            .filter((block) => block.itemRows)
            .map((block) => parseRange(block.address));
          const itemCell = (cell: PlannedCell) => {
            const box = items.find((item) => cell.row >= item.top && cell.row <= item.bottom);
            return box && cells.find((each) => each.row === cell.row && each.column === box.left);
          };
          const inPlace = (cell: PlannedCell) => {
            const first = itemCell(cell);
            return first === undefined || !["typed", "otherFormula"].includes(kindOf(first) as string);
          };
          const mayWrite = (cell: PlannedCell) =>
            emptyOrSame(cell) &&
            inPlace(cell) &&
            !(cell.formula !== undefined && inTableBody(cell) && heldColumns.has(cell.column));
          for (const cell of cells) {
            const address = cellAddress(cell.row, cell.column);
            expect(writes.has(address)).toBe(mayWrite(cell));
            if (mayWrite(cell)) expect(writes.get(address)).toBe(cell.formula ?? cell.value);
          }
          expect(writes.size).toBe(cells.filter(mayWrite).length);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("columnsRearranged", () => {
  const grid = sheetOf(PLAN, "grid-IIT");
  const headers = plannedCells(grid).filter(({ row }) => row === GRID_HEADER_ROW);
  const headerRow = (cells: readonly unknown[]) =>
    existingFrom(
      cells.map((cell, index) => ({ row: GRID_HEADER_ROW, column: index + 1, formula: cell, value: cell })),
    );
  const ours = headers.map(({ value }) => value);

  it("is false for our header row, whole, partly emptied, or with headers of the user's beyond it", () => {
    expect(headers.length).toBeGreaterThan(10);
    expect(columnsRearranged(grid, headerRow(ours))).toBe(false);
    expect(columnsRearranged(grid, headerRow(ours.map((header, index) => (index === 3 ? "" : header))))).toBe(
      false,
    );
    expect(columnsRearranged(grid, headerRow([...ours, "หมายเหตุ"]))).toBe(false);
    expect(columnsRearranged(grid, existingFrom([]))).toBe(false);
  });

  it("is true when a column was deleted, moved or renamed", () => {
    expect(columnsRearranged(grid, headerRow([...ours.slice(0, 2), ...ours.slice(3)]))).toBe(true);
    expect(columnsRearranged(grid, headerRow([ours[1], ours[0], ...ours.slice(2)]))).toBe(true);
    expect(
      columnsRearranged(grid, headerRow(ours.map((header, index) => (index === 2 ? "หน่วยงาน" : header)))),
    ).toBe(true);
  });

  it("concerns only the grids", () => {
    const scores = sheetOf(PLAN, "scores");
    expect(columnsRearranged(scores, headerRow(["x", "y", "z"]))).toBe(false);
  });
});

describe("planExtent", () => {
  it("is the range each sheet's plan covers", () => {
    expect(planExtent(sheetOf(PLAN, "scores"))).toBe("A1:E30");
    expect(planExtent(sheetOf(PLAN, "grid-IIT"))).toBe("A1:T10");
    expect(planExtent(sheetOf(PLAN, "oit-register"))).toBe("A1:K33");
    expect(planExtent(sheetOf(PLAN, "settings"))).toBe("A1:B19");
  });

  it("holds every address the plan names", () => {
    for (const sheet of PLAN.sheets) {
      const extent = parseRange(planExtent(sheet));
      const addresses = [
        ...sheet.content.map((block) => block.address),
        ...sheet.formats.map((block) => block.address),
        ...sheet.merges,
        ...sheet.validations.map((validation) => validation.address),
        ...sheet.conditionalFormats.map((rule) => rule.address),
        ...(sheet.table ? [sheet.table.address] : []),
      ];
      for (const address of addresses) {
        const box = parseRange(address);
        expect(
          box.top >= extent.top &&
            box.bottom <= extent.bottom &&
            box.left >= extent.left &&
            box.right <= extent.right,
        ).toBe(true);
      }
    }
  });
});

describe("repairWrites on the settings sheet", () => {
  it("writes it whole, so a registry row left at #REF! by a deleted sheet points at the new one", () => {
    const settings = sheetOf(PLAN, "settings");
    const existing = existingFrom([
      { row: 12, column: 2, formula: "=#REF!$A$1", value: "#REF!" },
      { row: 2, column: 2, formula: "อบต.เดิม", value: "อบต.เดิม" },
    ]);
    expect(repairWrites(settings, existing)).toEqual(settings.content);
  });
});
