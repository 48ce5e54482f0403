// A parent office's workbook recalculated by a real spreadsheet engine: LibreOffice opens the workbook
// `consolidate` wrote, after the parent typed units of its own, and saves it with every formula's
// result. Each unit's total, tools and level in both tables, and every live figure of the summary, must
// be the number the consolidation computed.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import type { ToolId } from "../../src/domain/framework";
import { CONSOLIDATION_SHEET } from "../../src/layout/consolidationSheet";
import { FILE_UNITS_SHEET, TYPED_UNITS_SHEET } from "../../src/layout/unitTables";
import type { SheetForCheck } from "../../src/layout/workbookCheck";
import { loadWorkbook } from "../../src/xlsx/loadWorkbook";
import { readWorkbookSheets } from "../../src/xlsx/readUnitWorkbook";
import { workbookBuffer } from "../../src/xlsx/workbookBuffer";
import { typeRow } from "../support/typedWorkbook";
import { runCli } from "../cli/runCli";
import { measureRow, settings2568 } from "../support/gridValues";
import { typedWorkbookBytes } from "../support/typedWorkbook";
import { convertWithLibreOffice, describeWithLibreOffice } from "./libreOffice";

const ON = ["--today", "2025-10-20"];
const TOOLS: readonly ToolId[] = ["IIT", "EIT", "OIT"];

interface UnitJson {
  name: string;
  rank: number | null;
  total: number | null;
  level: string | null;
  tools: Record<ToolId, number> | null;
}

/** The row of `sheet` whose cell in `column` (0-based) is `label`, from `from` down. */
function rowOf(sheet: SheetForCheck, column: number, label: string, from = 0): readonly unknown[] {
  const row = sheet.values.slice(from).find((line) => line[column] === label);
  if (!row) throw new Error(`no row "${label}" on ${sheet.name}`);
  return row;
}

const near = (value: unknown) => (typeof value === "number" ? Math.round(value * 100) / 100 : value);

describeWithLibreOffice("the parent's workbook recalculated by LibreOffice", () => {
  let folder: string;
  let json: {
    units: UnitJson[];
    levels: { level: string; count: number }[];
    indicators: Record<string, number | null>[];
    byType: { key: string; units: number; average: number }[];
    measures: Record<string, number>;
    oit: { complete: number; total: number };
  };
  let sheets: SheetForCheck[];

  beforeAll(async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), "ita-parent-lo-"));
    const units = path.join(folder, "units");
    mkdirSync(units);
    const unit = async (file: string, agency: string, scores: readonly unknown[]) =>
      writeFileSync(
        path.join(units, file),
        await typedWorkbookBytes(settings2568({ agency }), {
          scores,
          grids: { IIT: [measureRow("ดำเนินการแล้ว", "จัดทำคำสั่ง", "ต.ค.-ธ.ค. 2567")] },
          registerStatuses: ["ครบถ้วน", "ไม่ครบ", "ครบถ้วน"],
        }),
      );
    await unit("a.xlsx", "อบต.เอ", [97.5, 96, 98.25, 95.5, 99, 96.4, 95.1, 97.33, 95, 100]);
    await unit("b.xlsx", "อบต.บี", [88.12, 69.74, 81.33, 75.43, 63.3, 90.26, 80.07, 83.33, 51.52, 55]);
    await unit("c.xlsx", "เทศบาลซี", [92, 91, 90.5, 93, 94, 84.99, 88, 90, 96, 97]);
    // A unit whose OIT indicators are not filled in yet: not ranked.
    await unit("d.xlsx", "อบต.ดี", [90, 90, 90, 90, 90, 90, 90, 90, "", ""]);
    const out = path.join(folder, "parent.xlsx");
    expect((await runCli(["consolidate", units, "--out", out, ...ON])).code).toBe(0);

    // The parent types three units of its own: one by indicators, one by tools, one of 2565 by letters.
    const { workbook, tables } = await loadWorkbook(readFileSync(out));
    const typed = workbook.getWorksheet(TYPED_UNITS_SHEET);
    if (!typed) throw new Error("the parent has a typed sheet");
    typeRow(typed, 6, ["อบต.อี", "", "อบต.", "", 2568, 91, 92.5, 93, 94, 95, 96, 97, 98, 85.5, 86]);
    typeRow(typed, 7, [
      "เทศบาลเอฟ",
      "",
      "เทศบาล",
      "",
      2568,
      ...Array(10).fill(null),
      86,
      84.5,
      90,
      87.45,
      "ผ่าน",
    ]);
    typeRow(typed, 8, ["อบต.จี", "", "อบต.", "", 2565, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89]);
    writeFileSync(out, await workbookBuffer(workbook, tables));
    const again = await runCli(["consolidate", units, "--out", out, "--json", ...ON]);
    expect(again.code).toBe(0);
    json = JSON.parse(again.stdout);
    const recalculated = path.join(folder, "recalculated");
    await convertWithLibreOffice([out], "xlsx", recalculated);
    sheets = readWorkbookSheets(readFileSync(path.join(recalculated, "parent.xlsx")));
  }, 180_000);

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const sheet = (name: string) => {
    const found = sheets.find((each) => each.name === name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  };

  it("scores every row of both tables as the consolidation does: tools, total and level by the row's year", () => {
    const tables = [sheet(TYPED_UNITS_SHEET), sheet(FILE_UNITS_SHEET)];
    for (const unit of json.units) {
      const table = tables.find((each) => each.values.some((line) => line[0] === unit.name)) as SheetForCheck;
      const headers = table.values[4] as unknown[];
      const row = rowOf(table, 0, unit.name, 5);
      const at = (header: string) => row[headers.indexOf(header)];
      const tools = TOOLS.map((tool) => near(at(`${tool} (คำนวณ)`)));
      expect([unit.name, near(at("คะแนนรวม")), at("ระดับ"), tools]).toEqual([
        unit.name,
        unit.total ?? "",
        unit.level ?? "",
        unit.tools ? TOOLS.map((tool) => unit.tools?.[tool]) : tools,
      ]);
    }
    expect(json.units.find((unit) => unit.name === "อบต.จี")?.level).toBe("A");
    expect(json.units.find((unit) => unit.name === "อบต.ดี")).toMatchObject({ total: null, rank: null });
  });

  it("counts the levels and gives each indicator's mean, median, lowest and count under 85 as the consolidation does", () => {
    const summary = sheet(CONSOLIDATION_SHEET);
    for (const { level, count } of json.levels) {
      expect([level, near(rowOf(summary, 1, level)[2])]).toEqual([level, count]);
    }
    json.indicators.forEach((indicator) => {
      const label = summary.values.find(
        (line) => typeof line[1] === "string" && (line[1] as string).endsWith(`. ${indicator.name}`),
      );
      expect(label?.slice(2, 7).map(near)).toEqual([
        indicator.units,
        indicator.mean ?? "",
        indicator.median ?? "",
        indicator.lowest ?? "",
        indicator.belowPass,
      ]);
    });
  });

  it("averages by type, and adds up the measures and OIT items the units sent", () => {
    const summary = sheet(CONSOLIDATION_SHEET);
    for (const { key, units, average } of json.byType) {
      const label = key === "" ? "(ไม่ระบุ)" : key;
      expect([label, ...rowOf(summary, 1, label).slice(2, 4).map(near)]).toEqual([label, units, average]);
    }
    const totals = summary.values.filter((line) => line[1] === "รวม");
    expect(totals[0]?.slice(2, 6)).toEqual([
      json.measures.done,
      json.measures.inProgress,
      json.measures.notStarted,
      json.measures.overdue,
    ]);
    expect(totals[1]?.slice(2, 4)).toEqual([json.oit.complete, json.oit.total]);
  });
});
