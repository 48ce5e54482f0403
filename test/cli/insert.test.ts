// `ita-tracker insert` into files that hold other work: our sheets are placed into the package and every
// other part stays byte for byte; our sheets that lack something are repaired without touching what
// anyone typed; what cannot be done without loss is refused, naming it, with the file left as it was.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { Workbook, ValueType } from "exceljs";
import JSZip from "jszip";
import { cellAddress, parseRange } from "../../src/layout/a1";
import { DEFAULT_SHEET_NAMES } from "../../src/layout/sheetNames";
import { workbookPlan } from "../../src/layout/workbookPlan";
import { DEFAULT_NAMES, settingsFor, sheetOf } from "../layout/fixtures";
import { GRID_HEADER_ROW } from "../../src/layout/trackingGrid";
import { cellsOf } from "../../src/xlsx/cellsOf";
import { loadWorkbook } from "../../src/xlsx/loadWorkbook";
import { reachableParts, sheetParts } from "../../src/xlsx/packageParts";
import { relationshipsPart } from "../../src/xlsx/packageXml";
import { readWorkbookSnapshot } from "../../src/xlsx/readWorkbookSnapshot";
import {
  comparedParts,
  everyXmlPartParses,
  excelStyleWorkbook,
  LISTING_PARTS,
  USER_SHEET,
} from "../support/userWorkbooks";
import { excelLimitProblems } from "../support/excelLimits";
import { runCli } from "./runCli";

let folder: string;

beforeEach(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), "ita-insert-"));
});

afterEach(() => rmSync(folder, { recursive: true, force: true }));

const OUR_SHEETS = [
  DEFAULT_SHEET_NAMES.scores,
  DEFAULT_SHEET_NAMES["grid-IIT"],
  DEFAULT_SHEET_NAMES["grid-EIT"],
  DEFAULT_SHEET_NAMES["grid-OIT"],
  DEFAULT_SHEET_NAMES["oit-register"],
];

async function fileWith(bytes: Uint8Array, name = "งาน.xlsx"): Promise<string> {
  const file = path.join(folder, name);
  writeFileSync(file, bytes);
  return file;
}

async function insert(file: string, ...options: string[]) {
  const result = await runCli(["insert", file, ...options]);
  // Without --year a new workbook takes today's fiscal year, told on stderr while NACC has not published its rules.
  expect(result.stderr).toMatch(/^(ปีงบประมาณ \d{4} ป\.ป\.ช\. ยังไม่ประกาศเกณฑ์ [^\n]*\n)?$/);
  expect(result.code).toBe(0);
  return result;
}

/** The sheets whose tab is selected. */
async function selectedTabs(file: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(file);
  const sheets = [...(await sheetParts(zip))];
  const selected = await Promise.all(
    sheets.map(async ([, part]) => /tabSelected="1"/.test((await zip.file(part)?.async("string")) ?? "")),
  );
  return sheets.filter((_, index) => selected[index]).map(([name]) => name);
}

/** The parts `after` changed beyond the package's lists, and the parts it lost. */
async function beyondListing(before: Uint8Array, after: Uint8Array) {
  const { changed, removed } = await comparedParts(before, after);
  return { changed: changed.filter((part) => !LISTING_PARTS.includes(part)), removed };
}

describe("ita-tracker insert into a workbook Excel saved", () => {
  it("adds the ITA sheets after the user's and changes no other part", async () => {
    const before = await excelStyleWorkbook();
    const file = await fileWith(before);

    const { stdout } = await insert(file, "--year", "2568", "--org", "อบต.มะเฟือง");
    expect(stdout).toContain(`สร้างแผ่นงาน "${DEFAULT_SHEET_NAMES.scores}"`);
    const after = readFileSync(file);
    expect(await beyondListing(before, after)).toEqual({ changed: [], removed: [] });
    const { added } = await comparedParts(before, after);
    expect(added.every((part) => /^xl\/(worksheets|tables)\//.test(part))).toBe(true);
    await everyXmlPartParses(after);

    const workbook =
      (await JSZip.loadAsync(after).then((zip) => zip.file("xl/workbook.xml")?.async("string"))) ?? "";
    // What ExcelJS would have dropped is still there, where Excel put it.
    expect(workbook).toContain("<workbookProtection/>");
    expect(workbook).toMatch(/<pivotCaches><pivotCache cacheId="1"/);
    expect(workbook).toContain('<definedName name="Rate">0.07</definedName>');
    expect(workbook).toContain('<definedName name="Local" localSheetId="0">');
    expect(workbook).toContain('fullCalcOnLoad="1"');
    // No tab of ours is selected: with the user's, it would group the sheets when the file opens.
    expect(await selectedTabs(after)).toEqual(await selectedTabs(before));

    const snapshot = await readWorkbookSnapshot(file);
    expect(snapshot.sheets.map(({ name }) => name)).toEqual([
      USER_SHEET,
      ...OUR_SHEETS,
      DEFAULT_SHEET_NAMES.settings,
    ]);
    expect((await runCli(["check", file, "--json"])).code).not.toBe(2);
  });

  it("gives the agency as text, even when it reads like a formula", async () => {
    const file = await fileWith(await excelStyleWorkbook());
    await insert(file, "--org", '=HYPERLINK("http://x","y")');
    const { workbook } = await loadWorkbook(readFileSync(file));
    const cells: unknown[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          // The cells a merge covers show its first cell's value.
          if (cell.type !== ValueType.Merge && String(cell.value).includes("HYPERLINK"))
            cells.push(cell.type);
        }),
      ),
    );
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.every((type) => type === ValueType.String)).toBe(true);
  });

  it("writes nothing the second time: every sheet is whole", async () => {
    const file = await fileWith(await excelStyleWorkbook());
    await insert(file);
    const once = readFileSync(file);
    const { stdout } = await insert(file, "--year", "2565");
    expect(stdout).toContain("ครบอยู่แล้ว");
    expect(stdout).toContain("คงปีเดิมไว้");
    expect(readFileSync(file).equals(once)).toBe(true);
  });
});

describe("ita-tracker insert beside the workbook's own names", () => {
  it("gives a table of ours a name no defined name has, whatever its case", async () => {
    const workbook = new Workbook();
    workbook.addWorksheet("ข้อมูล").getCell("A1").value = "งบ";
    workbook.definedNames.add("ข้อมูล!$A$1", "ita_iit");
    const file = await fileWith(new Uint8Array(await workbook.xlsx.writeBuffer()));
    await insert(file, "--year", "2568");
    const zip = await JSZip.loadAsync(readFileSync(file));
    const tables = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => name.startsWith("xl/tables/"))
        .map(
          async (name) =>
            /<table\b[^>]*?\sname="([^"]*)"/.exec((await zip.file(name)?.async("string")) ?? "")?.[1],
        ),
    );
    expect(tables).toContain("ITA_IIT_2");
    expect(tables).not.toContain("ITA_IIT");
    expect(await excelLimitProblems(readFileSync(file))).toEqual([]);
  });
});

describe("ita-tracker insert repairing our sheets", () => {
  /** The file after an insert, with its IIT grid's first header emptied and a user's note typed beside it. */
  async function damaged(): Promise<{ file: string; header: string }> {
    const file = await fileWith(await excelStyleWorkbook());
    await insert(file);
    const { workbook, tables } = await loadWorkbook(readFileSync(file));
    void tables;
    const grid = workbook.getWorksheet(DEFAULT_SHEET_NAMES["grid-IIT"]);
    if (!grid) throw new Error("no grid");
    const header = String(grid.getCell(GRID_HEADER_ROW, 1).value);
    return { file, header };
  }

  it("gives the bands of a workbook made before their names were settings the new names, read live", async () => {
    const file = await fileWith(await excelStyleWorkbook());
    await insert(file, "--year", "2568");
    // As an earlier version wrote the legend: the names themselves, the 90-95 band called urgent.
    const { workbook } = await loadWorkbook(readFileSync(file));
    const scores = workbook.getWorksheet(DEFAULT_SHEET_NAMES.scores);
    const legend = sheetOf(workbookPlan(settingsFor(2568), DEFAULT_NAMES), "scores").content.find(
      (block) => block.formerly?.values,
    );
    if (!scores || !legend) throw new Error("no score sheet or legend");
    const { top, left } = parseRange(legend.address);
    legend.formerly?.values?.forEach(
      ([name], index) => (scores.getCell(top + index, left).value = name ?? null),
    );
    writeFileSync(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(scores.getCell(top + 2, left).value).toBe("ต้องปรับปรุงโดยเร่งด่วน");

    const { stdout } = await insert(file);
    expect(stdout).toContain(`เติมส่วนที่หายไปในแผ่นงาน "${DEFAULT_SHEET_NAMES.scores}"`);
    const read = (await readWorkbookSnapshot(file)).sheets.find(
      ({ name }) => name === DEFAULT_SHEET_NAMES.scores,
    );
    const names = [0, 1, 2, 3].map((index) => read?.cells[cellAddress(top + index, left)]?.formula);
    expect(names).toEqual(legend.formulas?.map(([formula]) => formula));
  });

  it("puts back a grid's deleted drop-downs, and never writes one over a cell that still has one", async () => {
    const file = await fileWith(await excelStyleWorkbook());
    await insert(file, "--year", "2568");
    const [indicators, statuses] = sheetOf(
      workbookPlan(settingsFor(2568), DEFAULT_NAMES),
      "grid-IIT",
    ).validations;
    if (!indicators || !statuses) throw new Error("a grid has two drop-down areas");
    const zip = await JSZip.loadAsync(readFileSync(file));
    const part = (await sheetParts(zip)).get(DEFAULT_SHEET_NAMES["grid-IIT"]) as string;
    const xml = (await zip.file(part)?.async("string")) as string;
    // The status column's drop-downs deleted; the indicators' narrowed by one cell, as a paste would.
    const { top, left, bottom } = parseRange(indicators.address);
    const narrowed = xml
      .replace(new RegExp(`<dataValidation [^>]*sqref="${statuses.address}"[\\s\\S]*?</dataValidation>`), "")
      .replace(
        `sqref="${indicators.address}"`,
        `sqref="${cellAddress(top + 1, left)}:${cellAddress(bottom, left)}"`,
      );
    expect(narrowed.match(/<dataValidation /g)).toHaveLength(1);
    zip.file(part, narrowed);
    writeFileSync(file, await zip.generateAsync({ type: "uint8array" }));

    const { stdout } = await insert(file);
    expect(stdout).toContain(`เติมส่วนที่หายไปในแผ่นงาน "${DEFAULT_SHEET_NAMES["grid-IIT"]}"`);
    const after = (await (await JSZip.loadAsync(readFileSync(file))).file(part)?.async("string")) as string;
    const areas = [...after.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map(([, sqref]) => sqref);
    expect(areas).toContain(statuses.address);
    // No cell under two drop-downs: the narrowed indicators' area is left as it was.
    const cells = areas.flatMap((area) =>
      (area ?? "").split(" ").flatMap((range) => [...cellsOf(parseRange(range))]),
    );
    expect(new Set(cells.map(({ address }) => address)).size).toBe(cells.length);
    expect(cells.map(({ address }) => address)).not.toContain(cellAddress(top, left));
  });

  it("puts back an emptied header and leaves every typed cell and other sheet as it was", async () => {
    const { file, header } = await damaged();
    const zip = await JSZip.loadAsync(readFileSync(file));
    const part = (await sheetParts(zip)).get(DEFAULT_SHEET_NAMES["grid-IIT"]) as string;
    const xml = (await zip.file(part)?.async("string")) as string;
    // Empty the header cell A<header row>, and type a measure in the first data row's column B.
    const emptied = xml.replace(new RegExp(`<c r="A${GRID_HEADER_ROW}"[^>]*?(/>|>[\\s\\S]*?</c>)`), "");
    expect(emptied).not.toBe(xml);
    zip.file(part, emptied);
    const before = await zip.generateAsync({ type: "nodebuffer" });
    writeFileSync(file, before);
    const typedBefore = (await readWorkbookSnapshot(file)).sheets;

    const { stdout } = await insert(file);
    expect(stdout).toContain(`เติมส่วนที่หายไปในแผ่นงาน "${DEFAULT_SHEET_NAMES["grid-IIT"]}"`);
    const after = readFileSync(file);
    const { changed, removed } = await beyondListing(before, after);
    expect(removed).toEqual([]);
    // The grid, its relationships and its table are written again; nothing else.
    const own = [...(await reachableParts(await JSZip.loadAsync(after), [part], new Set()))];
    expect(changed.filter((name) => !own.includes(name) && name !== relationshipsPart(part))).toEqual([]);
    expect(changed).toContain(part);
    const { workbook } = await loadWorkbook(after);
    expect(workbook.getWorksheet(DEFAULT_SHEET_NAMES["grid-IIT"])?.getCell(GRID_HEADER_ROW, 1).value).toBe(
      header,
    );
    const typedAfter = (await readWorkbookSnapshot(file)).sheets;
    expect(typedAfter.find(({ name }) => name === USER_SHEET)).toEqual(
      typedBefore.find(({ name }) => name === USER_SHEET),
    );
    await everyXmlPartParses(after);
  });

  it("refuses a protected sheet of ours that needs repair, leaving the file as it was", async () => {
    const { file } = await damaged();
    const zip = await JSZip.loadAsync(readFileSync(file));
    const part = (await sheetParts(zip)).get(DEFAULT_SHEET_NAMES["grid-IIT"]) as string;
    const xml = (await zip.file(part)?.async("string")) as string;
    zip.file(
      part,
      xml
        .replace(new RegExp(`<c r="A${GRID_HEADER_ROW}"[^>]*?(/>|>[\\s\\S]*?</c>)`), "")
        .replace("</sheetData>", '</sheetData><sheetProtection sheet="1" objects="1" scenarios="1"/>'),
    );
    const before = await zip.generateAsync({ type: "nodebuffer" });
    writeFileSync(file, before);

    const refused = await runCli(["insert", file]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/ถูกป้องกันไว้.*\| .*are protected; unprotect them in Excel/);
    expect(refused.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

describe("ita-tracker insert: files it cannot take", () => {
  it.each([
    ["random bytes", Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5])],
    ["a text file", Buffer.from("โครงการ,งบประมาณ\n")],
  ])("exits 2 on %s in one line, writing nothing", async (_, bytes) => {
    const file = await fileWith(bytes, "ไม่ใช่.xlsx");
    const result = await runCli(["insert", file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/อ่านไฟล์ .* ไม่ได้ .*\| cannot read/);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it("refuses a file Excel has open", async () => {
    const file = await fileWith(await excelStyleWorkbook(), "ITA.xlsx");
    writeFileSync(path.join(folder, "~$ITA.xlsx"), "");
    const before = readFileSync(file);
    const result = await runCli(["insert", file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/close it first/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it("keeps a user's table named like ours and gives ours the next free name", async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet(USER_SHEET);
    const planned = await fileWith(await excelStyleWorkbook());
    await insert(planned);
    const names = (await JSZip.loadAsync(readFileSync(planned)).then(async (zip) =>
      Promise.all(
        Object.keys(zip.files)
          .filter((part) => /^xl\/tables\/.*\.xml$/.test(part))
          .map(async (part) => /\sname="([^"]+)"/.exec((await zip.file(part)?.async("string")) ?? "")?.[1]),
      ),
    )) as string[];
    const ours = names.find((name) => name !== "Budget") as string;
    sheet.addTable({ name: ours, ref: "A1", columns: [{ name: "ของผู้ใช้" }], rows: [["x"]] });
    const file = await fileWith(new Uint8Array(await workbook.xlsx.writeBuffer()), "ชื่อซ้ำ.xlsx");
    await insert(file);
    const after = await JSZip.loadAsync(readFileSync(file));
    const tableNames = await Promise.all(
      Object.keys(after.files)
        .filter((part) => /^xl\/tables\/.*\.xml$/.test(part))
        .map(async (part) => /\sname="([^"]+)"/.exec((await after.file(part)?.async("string")) ?? "")?.[1]),
    );
    expect(new Set(tableNames.map((name) => name?.toUpperCase())).size).toBe(tableNames.length);
    expect(tableNames).toContain(ours);
    expect(tableNames).toContain(`${ours}_2`);
  });
});
