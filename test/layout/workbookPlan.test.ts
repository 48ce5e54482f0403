import { ACCEPTED_FISCAL_YEARS } from "../../src/domain/frameworks";
import type { WorkbookSettings } from "../../src/domain/workbookSettings";
import { boundingBox, columnLetter, parseRange, type CellBox } from "../../src/layout/a1";
import type { SheetPlan, SheetRole } from "../../src/layout/plan";
import { columnWidthPoints } from "../../src/layout/columnWidth";
import { resolveSheetNames, SHEET_ROLES } from "../../src/layout/sheetNames";
import { printableWidth, READABLE_PRINTED_POINTS } from "../../src/layout/styles";
import {
  GRID_FIRST_PAGE_COLUMNS,
  GRID_HEADER_ROW,
  GRID_ROW_NAME_COLUMNS,
} from "../../src/layout/trackingGrid";
import { workbookPlan } from "../../src/layout/workbookPlan";
import { FormulaWorkbook, FUNCTIONS } from "../support/formulaEvaluator";
import { planValues } from "../support/gridValues";
import { DEFAULT_NAMES, settingsFor, sheetOf } from "./fixtures";

const ALLOWED_FUNCTIONS = new Set(FUNCTIONS);

const UNUSUAL_NAMES: Record<SheetRole, string> = resolveSheetNames(
  ["คะแนน ITA", "ita_settings", "It's IIT"],
  { "grid-IIT": "It's IIT" },
).names;

const VARIANTS: { label: string; settings: WorkbookSettings; names: Record<SheetRole, string> }[] =
  ACCEPTED_FISCAL_YEARS.flatMap((year) =>
    (["thai", "arabic"] as const).flatMap((digitStyle) => [
      { label: `${year} ${digitStyle}`, settings: settingsFor(year, { digitStyle }), names: DEFAULT_NAMES },
      {
        label: `${year} ${digitStyle}, no agency, unusual names`,
        settings: settingsFor(year, { digitStyle, agency: "" }),
        names: UNUSUAL_NAMES,
      },
    ]),
  );

function allFormulas(sheet: SheetPlan): string[] {
  return [
    ...sheet.content.flatMap((block) => (block.formulas ?? []).flat()),
    ...sheet.conditionalFormats.map((rule) => rule.formula),
    ...(sheet.table?.calculatedColumns.map((column) => column.formula) ?? []),
  ];
}

function within(inner: CellBox, outer: CellBox): boolean {
  return (
    inner.top >= outer.top &&
    inner.bottom <= outer.bottom &&
    inner.left >= outer.left &&
    inner.right <= outer.right
  );
}

function overlaps(a: CellBox, b: CellBox): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

describe.each(VARIANTS)("the workbook plan, $label", ({ settings, names }) => {
  const plan = workbookPlan(settings, names);

  it("has the five sheets in tab order, the settings sheet last and very hidden, each named as resolved", () => {
    expect(plan.sheets.map((sheet) => sheet.role)).toEqual(SHEET_ROLES);
    for (const sheet of plan.sheets) {
      expect(sheet.name).toBe(names[sheet.role as SheetRole]);
      expect(sheet.visibility).toBe(sheet.role === "settings" ? "VeryHidden" : "Visible");
      expect(sheet.baseFont).toEqual({ name: settings.documentFont, size: 14 });
    }
  });

  it("gives every content block arrays of its address's shape, either values or formulas", () => {
    for (const sheet of plan.sheets) {
      for (const block of sheet.content) {
        const box = parseRange(block.address);
        const rows = block.formulas ?? block.values;
        expect(block.formulas === undefined || block.values === undefined).toBe(true);
        expect(rows).toHaveLength(box.bottom - box.top + 1);
        for (const row of rows ?? []) expect(row).toHaveLength(box.right - box.left + 1);
      }
    }
  });

  it("never writes a cell twice", () => {
    for (const sheet of plan.sheets) {
      const boxes = sheet.content.map((block) => parseRange(block.address));
      boxes.forEach((box, index) =>
        boxes.slice(index + 1).forEach((other) => expect(overlaps(box, other)).toBe(false)),
      );
    }
  });

  it("keeps validations, colours, merges and the table inside the area it writes and formats", () => {
    for (const sheet of plan.sheets) {
      const area = boundingBox(
        [...sheet.content, ...sheet.formats].map((block) => parseRange(block.address)),
      ) as CellBox;
      const addresses = [
        ...sheet.validations.map((validation) => validation.address),
        ...sheet.conditionalFormats.map((rule) => rule.address),
        ...sheet.merges,
        ...(sheet.table ? [sheet.table.address] : []),
      ];
      for (const address of addresses) expect(within(parseRange(address), area)).toBe(true);
      for (let column = area.left; column <= area.right; column += 1) {
        expect(sheet.columnWidths.map((width) => width.column)).toContain(columnLetter(column));
      }
    }
  });

  it("sets no two drop-down rules on the same cell: Excel refuses a rule over part of another", () => {
    // Rules go only onto sheets that have none yet (src/excel/applyInsert.ts), so a plan whose rules are
    // apart can never meet another rule, and the insert's one request cannot fail on it.
    for (const sheet of plan.sheets) {
      const boxes = sheet.validations.map((validation) => parseRange(validation.address));
      boxes.forEach((box, index) =>
        boxes.slice(index + 1).forEach((other) => expect(overlaps(box, other)).toBe(false)),
      );
    }
    expect(plan.sheets.some((sheet) => sheet.validations.length > 1)).toBe(true);
  });

  it("merges no cell twice and none inside a table", () => {
    for (const sheet of plan.sheets) {
      const merges = sheet.merges.map(parseRange);
      merges.forEach((merge, index) =>
        merges.slice(index + 1).forEach((other) => expect(overlaps(merge, other)).toBe(false)),
      );
      if (sheet.table)
        for (const merge of merges) expect(overlaps(merge, parseRange(sheet.table.address))).toBe(false);
    }
  });

  it("writes formulas Excel 2016 and LibreOffice both compute, that the test spreadsheet can read", () => {
    const reader = new FormulaWorkbook();
    for (const sheet of plan.sheets) {
      for (const formula of allFormulas(sheet)) {
        expect(formula.startsWith("=")).toBe(true);
        const code = formula.replace(/"(?:[^"]|"")*"/g, '""').replace(/'(?:[^']|'')*'!/g, "S!");
        for (const [, name] of code.matchAll(/([A-Z][A-Z0-9.]*)\(/g))
          expect(ALLOWED_FUNCTIONS).toContain(name);
        expect(() => reader.evaluate(sheet.name, formula)).not.toThrow();
      }
    }
  });

  it("keeps within Excel's limits: 255 characters a rule or a list, 32 a title, 255 a prompt, 225 an error", () => {
    for (const sheet of plan.sheets) {
      for (const rule of sheet.conditionalFormats) expect(rule.formula.length).toBeLessThanOrEqual(255);
      for (const validation of sheet.validations) {
        if (validation.rule.kind === "list") {
          expect(validation.rule.items.join(",").length).toBeLessThanOrEqual(255);
          for (const item of validation.rule.items) expect(item).not.toMatch(/[,"]/);
        }
        expect(validation.prompt?.title.length ?? 0).toBeLessThanOrEqual(32);
        expect(validation.prompt?.message.length ?? 0).toBeLessThanOrEqual(255);
        expect(validation.error.title.length).toBeLessThanOrEqual(32);
        expect(validation.error.message.length).toBeLessThanOrEqual(225);
      }
      if (sheet.table) expect(sheet.table.name).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
    }
  });

  it("prints the score sheet one A4 page wide, the OIT register one landscape page wide, and the grids in landscape at a readable size", () => {
    for (const sheet of plan.sheets.filter((candidate) => candidate.visibility === "Visible")) {
      const grid = sheet.role.startsWith("grid-");
      const landscape = grid || sheet.role === "oit-register";
      expect(sheet.print).toMatchObject({ paper: "A4", fitToOnePageWide: !grid });
      expect(sheet.print?.orientation).toBe(landscape ? "Landscape" : "Portrait");
      if (grid) {
        expect(sheet.print?.overThenDown).toBe(true);
        expect((sheet.baseFont.size * (sheet.print?.scale ?? 0)) / 100).toBeGreaterThanOrEqual(
          READABLE_PRINTED_POINTS,
        );
      }
    }
  });

  it("prints each grid's rows over two pages, broken after its status columns, the second repeating each row's number and indicator", () => {
    const page = printableWidth("Landscape");
    for (const sheet of plan.sheets.filter(({ role }) => role.startsWith("grid-"))) {
      const scale = (sheet.print?.scale ?? 0) / 100;
      const widths = sheet.columnWidths.map(({ width }) => columnWidthPoints(width) * scale);
      const sum = (from: number, to: number) =>
        widths.slice(from, to).reduce((total, width) => total + width, 0);
      // Each page fits also where the columns come out wider than in Excel: LibreOffice draws Calibri's
      // digit, the width unit, 7.43 pixels wide where Excel rounds it to 7.
      const room = (page * 7) / 7.43;
      expect(sum(0, GRID_FIRST_PAGE_COLUMNS)).toBeLessThanOrEqual(room);
      expect(sum(0, GRID_ROW_NAME_COLUMNS) + sum(GRID_FIRST_PAGE_COLUMNS, widths.length)).toBeLessThanOrEqual(
        room,
      );
      expect(sheet.print?.columnBreaks).toEqual([GRID_FIRST_PAGE_COLUMNS + 1]);
      expect(sheet.print?.titleColumns).toBe("$A:$B");
      expect(planValues(sheet)[GRID_HEADER_ROW - 1]?.slice(0, GRID_ROW_NAME_COLUMNS)).toEqual([
        "ลำดับ",
        "ตัวชี้วัด",
      ]);
      expect(planValues(sheet)[GRID_HEADER_ROW - 1]?.[GRID_FIRST_PAGE_COLUMNS]).toBe("ไตรมาส ๑");
    }
  });
});

describe("user text in the workbook plan", () => {
  it.each(['=HYPERLINK("x")', "+66 2 123", "@agency", "-อบต."])(
    "writes the agency %j as a value, never a formula",
    (agency) => {
      const plan = workbookPlan(settingsFor(2568, { agency }), DEFAULT_NAMES);
      for (const sheet of plan.sheets) {
        const values = sheet.content.flatMap((block) => (block.values ?? []).flat());
        expect(values).toContain(agency);
        for (const formula of allFormulas(sheet)) expect(formula).not.toContain(agency);
      }
    },
  );

  it("refuses a fiscal year it has no rules for", () => {
    expect(() => workbookPlan(settingsFor(2500), DEFAULT_NAMES)).toThrow(RangeError);
    expect(() => workbookPlan(settingsFor(2571), DEFAULT_NAMES)).toThrow(RangeError);
  });
});

describe("the workbook plan of 2570, whose rules are not published yet", () => {
  it.each(["scores", "grid-IIT", "grid-EIT", "grid-OIT"] as const)(
    "lays the %s sheet out by 2569's rules, titled 2570",
    (role) => {
      const of = (year: number) => sheetOf(workbookPlan(settingsFor(year), DEFAULT_NAMES), role);
      expect(JSON.stringify(of(2570))).toBe(JSON.stringify(of(2569)).replaceAll("๒๕๖๙", "๒๕๗๐"));
      expect(JSON.stringify(of(2570))).toContain("ปีงบประมาณ พ.ศ. ๒๕๗๐");
    },
  );
});
