import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import JSZip from "jszip";
import { scoreAssessment } from "../../src/domain/scoring";
import { findFramework } from "../../src/domain/frameworks";
import { CONSOLIDATION_SHEET } from "../../src/layout/consolidationSheet";
import { UNIT_REGISTRY_SHEET } from "../../src/layout/unitRegistrySheet";
import { FILE_UNITS_SHEET, TYPED_UNITS_SHEET } from "../../src/layout/unitTables";
import { loadWorkbook } from "../../src/xlsx/loadWorkbook";
import { readWorkbookSheets } from "../../src/xlsx/readUnitWorkbook";
import { workbookBuffer } from "../../src/xlsx/workbookBuffer";
import { measureRow, settings2568 } from "../support/gridValues";
import { typedWorkbookBytes } from "../support/typedWorkbook";
import { typeRow } from "../support/typedWorkbook";
import { runCli } from "./runCli";

const ON = ["--today", "2025-10-20"];
const scores = (base: number) => Array.from({ length: 10 }, (_, index) => base + (index % 3));

let folder: string;
let units: string;
beforeEach(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), "ita-consolidate-"));
  units = path.join(folder, "หน่วยงาน");
  mkdirSync(path.join(units, "อำเภอเมือง"), { recursive: true });
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

async function unitFile(name: string, agency: string, base: number, fiscalYear = 2568): Promise<string> {
  const file = path.join(units, name);
  const bytes = await typedWorkbookBytes(settings2568({ agency, fiscalYear }), {
    scores: scores(base),
    grids: {
      IIT: [
        measureRow("ดำเนินการแล้ว", "จัดทำคำสั่ง", "ต.ค.-ธ.ค. 2567"),
        { ...measureRow("อยู่ระหว่างดำเนินการ", "ประชุมชี้แจง", "ม.ค.-มี.ค. 2568"), "ไตรมาส ๑": "ประชุมแล้ว" },
      ],
    },
    registerStatuses: ["ครบถ้วน", "ครบถ้วน", "ไม่ครบ"],
  });
  writeFileSync(file, bytes);
  return file;
}

async function threeUnits(): Promise<string[]> {
  return [
    await unitFile("อำเภอเมือง/หนึ่ง.xlsx", "อบต.หนึ่ง", 95),
    await unitFile("สอง.xlsx", "อบต.สอง", 86),
    await unitFile("สาม.xlsx", "เทศบาลตำบลสาม", 80),
  ];
}

const sheetNames = async (file: string) =>
  (await loadWorkbook(readFileSync(file))).workbook.worksheets.map((sheet) => sheet.name);

describe("ita-tracker consolidate", () => {
  it("makes the parent's workbook from a folder of units' files, each unit ranked, no unit's file changed", async () => {
    const files = await threeUnits();
    const before = files.map((file) => readFileSync(file));
    writeFileSync(path.join(units, "บันทึก.xlsx"), "ไม่ใช่ไฟล์ Excel");
    const out = path.join(folder, "รวมผล.xlsx");
    const { code, stdout, stderr } = await runCli(["consolidate", units, "--out", out, "--json", ...ON]);
    expect([code, stderr]).toEqual([0, ""]);
    const json = JSON.parse(stdout);
    const framework = findFramework(2568);
    if (!framework) throw new Error("2568 has rules");
    const total = (base: number) => scoreAssessment(framework, scores(base)).total;
    expect(
      json.units.map((unit: { name: string; rank: number; total: number }) => [
        unit.rank,
        unit.name,
        unit.total,
      ]),
    ).toEqual([
      [1, "อบต.หนึ่ง", total(95)],
      [2, "อบต.สอง", total(86)],
      [3, "เทศบาลตำบลสาม", total(80)],
    ]);
    expect(json.units[0]).toMatchObject({
      source: "หนึ่ง.xlsx",
      measures: { done: 1, inProgress: 1, notStarted: 0, rows: 2, reportedByQuarter: [1, 0, 0, 0] },
      oit: { complete: 2 },
    });
    expect(json.files.unread).toEqual([
      expect.objectContaining({
        file: "บันทึก.xlsx",
        reason: "notXlsx",
        message: expect.stringContaining("ไม่ใช่ไฟล์ Excel"),
      }),
    ]);
    expect(json.belowPass).toEqual(["เทศบาลตำบลสาม"]);
    expect(await sheetNames(out)).toEqual([
      UNIT_REGISTRY_SHEET,
      TYPED_UNITS_SHEET,
      FILE_UNITS_SHEET,
      CONSOLIDATION_SHEET,
    ]);
    files.forEach((file, index) => expect(readFileSync(file).equals(before[index] as Buffer)).toBe(true));
  });

  // Forty workbooks are made with ExcelJS first: seconds on a busy machine.
  it("gathers a parent office's 40 units from its districts' folders, every one ranked and counted once", async () => {
    const bases = Array.from({ length: 40 }, (_, index) => 70 + ((index * 7) % 29));
    for (const [index, base] of bases.entries()) {
      const district = index < 20 ? "อำเภอเมือง" : "อำเภอใหม่";
      mkdirSync(path.join(units, district), { recursive: true });
      await unitFile(`${district}/${String(index + 1).padStart(2, "0")}.xlsx`, `อบต.ที่ ${index + 1}`, base);
    }
    const out = path.join(folder, "รวมผล.xlsx");
    const { code, stdout } = await runCli(["consolidate", units, "--out", out, "--json", ...ON]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.files).toMatchObject({ given: 40, read: 40, unread: [] });
    const ranked = json.units as { name: string; rank: number; total: number }[];
    expect(ranked).toHaveLength(40);
    expect(new Set(ranked.map(({ name }) => name)).size).toBe(40);
    // Highest first; equal totals share a rank, and the next rank counts the units above it.
    ranked.forEach((unit, index) => {
      const above = ranked.filter(({ total }) => total > unit.total).length;
      expect(unit.rank).toBe(above + 1);
      if (index > 0) expect(unit.total).toBeLessThanOrEqual((ranked[index - 1] as { total: number }).total);
    });
    const counted = (json.levels as { count: number }[]).reduce((sum, { count }) => sum + count, 0);
    expect(counted).toBe(40);
    const sheets = readWorkbookSheets(readFileSync(out));
    const fileUnits = sheets.find(({ name }) => name === FILE_UNITS_SHEET);
    const names = (fileUnits?.values ?? [])
      .slice(5)
      .map((row) => row[0])
      .filter((name) => name !== "");
    expect(names).toHaveLength(40);
  }, 60_000);

  it("says in Thai what it wrote, the levels and each file it could not read, with what to do", async () => {
    await threeUnits();
    writeFileSync(path.join(units, "ว่าง.xlsx"), "");
    const out = path.join(folder, "รวมผล.xlsx");
    const { code, stdout } = await runCli(["consolidate", units, "--out", out, ...ON]);
    expect(code).toBe(0);
    expect(stdout).toContain(`เขียน ${out} แล้ว: ปีงบประมาณ 2568 อ่านไฟล์ 4 ไฟล์ ได้ผลหน่วยงาน 3 หน่วยงาน`);
    expect(stdout).toContain("- ไฟล์ ว่าง.xlsx: ไฟล์ว่างเปล่า ขอไฟล์ใหม่จากหน่วยงาน");
    expect(stdout).toContain("- ไม่ผ่าน: 1 หน่วยงาน");
  });

  it("keeps the rows the parent typed and its registry, writes its own sheets again in place, and lists who has not sent", async () => {
    await threeUnits();
    const out = path.join(folder, "รวมผล.xlsx");
    expect((await runCli(["consolidate", units, "--out", out, ...ON])).code).toBe(0);

    // The parent types a unit without the add-in and fills its registry.
    const { workbook, tables } = await loadWorkbook(readFileSync(out));
    const typedSheet = workbook.getWorksheet(TYPED_UNITS_SHEET);
    const registry = workbook.getWorksheet(UNIT_REGISTRY_SHEET);
    if (!typedSheet || !registry) throw new Error("the parent has both sheets");
    typeRow(typedSheet, 6, ["อบต.สี่", "", "อบต.", "อำเภอใหม่", 2568, ...scores(91)]);
    ["อบต.หนึ่ง", "อบต.สอง", "เทศบาลตำบลสาม", "อบต.สี่", "อบต.ห้า"].forEach((name, index) => {
      registry.getCell(6 + index, 1).value = name;
      registry.getCell(6 + index, 3).value = index === 2 ? "เทศบาล" : "อบต.";
    });
    writeFileSync(out, await workbookBuffer(workbook, tables));

    const { code, stdout } = await runCli(["consolidate", units, "--out", out, "--json", ...ON]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.units.map((unit: { name: string }) => unit.name)).toContain("อบต.สี่");
    expect(json.notSent).toEqual(["อบต.ห้า"]);
    expect(json.byType.map((each: { key: string }) => each.key)).toEqual(["เทศบาล", "อบต."]);
    expect(json.sheets).toEqual([
      { name: FILE_UNITS_SHEET, replaced: true },
      { name: CONSOLIDATION_SHEET, replaced: true },
    ]);
    const sheets = readWorkbookSheets(readFileSync(out));
    expect(sheets.map(({ name }) => name)).toEqual([
      UNIT_REGISTRY_SHEET,
      TYPED_UNITS_SHEET,
      FILE_UNITS_SHEET,
      CONSOLIDATION_SHEET,
    ]);
    expect(sheets.find(({ name }) => name === TYPED_UNITS_SHEET)?.values[5]?.[0]).toBe("อบต.สี่");
  });

  it("writes the parent's memo as a Word document", async () => {
    await threeUnits();
    const out = path.join(folder, "รวมผล.xlsx");
    const docx = path.join(folder, "บันทึก.docx");
    const { code, stdout } = await runCli([
      "consolidate",
      units,
      "--out",
      out,
      "--docx",
      docx,
      "--org",
      "ท้องถิ่นจังหวัดมะเฟือง",
      ...ON,
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain(`เขียนบันทึกข้อความลงใน ${docx} แล้ว`);
    const document =
      (await (await JSZip.loadAsync(readFileSync(docx))).file("word/document.xml")?.async("string")) ?? "";
    expect(document).toContain("ท้องถิ่นจังหวัดมะเฟือง");
    expect(document).toContain("ผ่านดีเยี่ยม");
  });

  it.each([
    [["consolidate", "x"], "--out"],
    [["consolidate", "x", "--out", "y.xls"], "ต้องลงท้ายด้วย .xlsx"],
    [["consolidate", "ไม่มี", "--out", "y.xlsx"], "ไม่พบ"],
  ])("refuses %j in one line", async (argv, words) => {
    const { code, stderr } = await runCli([...argv, ...ON]);
    expect(code).toBe(2);
    expect(stderr).toContain(words);
  });

  it("refuses a parent's workbook among the units' files, so none of them is ever written", async () => {
    await threeUnits();
    const { code, stderr } = await runCli([
      "consolidate",
      units,
      "--out",
      path.join(units, "สอง.xlsx"),
      ...ON,
    ]);
    expect([code, stderr]).toEqual([2, expect.stringContaining("อยู่ในรายการไฟล์ของหน่วยงาน")]);
  });
});
