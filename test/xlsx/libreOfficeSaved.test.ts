// A workbook LibreOffice has saved, as the command line's users save theirs: LibreOffice writes custom
// properties without a property, a workbook protection without a lock, and tables without a style into
// every file. `summary --write` writes into it, and its tables and sheets are still there.
import { mkdtemp, readFile, rm, writeFile } from "fs/promises";
import JSZip from "jszip";
import os from "os";
import path from "path";
import { DEFAULT_SHEET_NAMES } from "../../src/layout/sheetNames";
import { SUMMARY_SHEET_NAME } from "../../src/layout/summarySheet";
import { loadWorkbook } from "../../src/xlsx/loadWorkbook";
import { runCli } from "../cli/runCli";
import {
  comparedParts,
  everyXmlPartParses,
  excelStyleWorkbook,
  LISTING_PARTS,
  USER_SHEET,
} from "../support/userWorkbooks";
import { convertWithLibreOffice, describeWithLibreOffice } from "./libreOffice";

async function partsOf(file: string): Promise<JSZip> {
  return JSZip.loadAsync(await readFile(file));
}

async function text(zip: JSZip, part: string): Promise<string> {
  return (await zip.file(part)?.async("string")) ?? "";
}

describeWithLibreOffice("a workbook LibreOffice saved", () => {
  let folder: string;
  let saved: string;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), "ita-lo-saved-"));
    const made = path.join(folder, "ITA2568.xlsx");
    const created = await runCli(["new", made, "--year", "2568", "--org", "อบต.มะเฟือง"]);
    if (created.code !== 0) throw new Error(created.stderr);
    await convertWithLibreOffice([made], "xlsx", path.join(folder, "saved"));
    saved = path.join(folder, "saved", "ITA2568.xlsx");
  }, 240_000);

  afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it("holds what LibreOffice writes into every file: empty custom properties and protection, unstyled tables", async () => {
    const zip = await partsOf(saved);
    expect(await text(zip, "docProps/custom.xml")).not.toMatch(/<property\b/);
    expect(await text(zip, "xl/workbook.xml")).toMatch(/<workbookProtection\/>/);
    const tables = Object.keys(zip.files).filter((name) => /^xl\/tables\/table\d+\.xml$/.test(name));
    expect(tables).toHaveLength(4);
    for (const table of tables) expect(await text(zip, table)).not.toContain("tableStyleInfo");
  });

  it("takes summary --write, and keeps its sheets and tables", async () => {
    const before = await partsOf(saved);
    const written = await runCli(["summary", saved, "--today", "2025-02-10", "--write"]);
    expect(written.stderr).toBe("");
    expect(written.code).toBe(0);
    const after = await partsOf(saved);
    const sheetNames = async (zip: JSZip) =>
      [...(await text(zip, "xl/workbook.xml")).matchAll(/<sheet\b[^>]*\bname="([^"]+)"/g)].map(
        ([, name]) => name,
      );
    expect(await sheetNames(after)).toEqual([...(await sheetNames(before)), SUMMARY_SHEET_NAME]);
    const tableNames = async (zip: JSZip) =>
      Promise.all(
        Object.keys(zip.files)
          .filter((name) => /^xl\/tables\/table\d+\.xml$/.test(name))
          .map(async (name) => /<table\b[^>]*\bname="([^"]+)"/.exec(await text(zip, name))?.[1]),
      );
    expect((await tableNames(after)).sort()).toEqual((await tableNames(before)).sort());
    const checked = await runCli(["check", saved, "--today", "2025-02-10", "--json"]);
    expect(checked.code).toBe(0);
  });
});

/** Each run of a command must change only the package's lists of sheets, parts and styles. */
async function expectOnlyListingChanged(before: Uint8Array, after: Uint8Array): Promise<string[]> {
  const { changed, removed, added } = await comparedParts(before, after);
  expect(removed).toEqual([]);
  expect(changed.filter((part) => !LISTING_PARTS.includes(part))).toEqual([]);
  await everyXmlPartParses(after);
  return added;
}

describeWithLibreOffice(
  "a user's own workbook, saved by LibreOffice, taking insert then summary --write",
  () => {
    let folder: string;
    let saved: string;

    beforeAll(async () => {
      folder = await mkdtemp(path.join(os.tmpdir(), "ita-lo-user-"));
      const made = path.join(folder, "งาน.xlsx");
      await writeFile(made, await excelStyleWorkbook());
      await convertWithLibreOffice([made], "xlsx", path.join(folder, "saved"));
      saved = path.join(folder, "saved", "งาน.xlsx");
    }, 240_000);

    afterAll(async () => {
      if (folder) await rm(folder, { recursive: true, force: true });
    });

    it("changes no part of the user's, and LibreOffice reads every sheet back", async () => {
      const original = await readFile(saved);
      const inserted = await runCli(["insert", saved, "--year", "2568", "--org", "อบต.มะเฟือง"]);
      expect([inserted.code, inserted.stderr]).toEqual([0, ""]);
      const afterInsert = await readFile(saved);
      const added = await expectOnlyListingChanged(original, afterInsert);
      expect(added.some((part) => part.startsWith("xl/worksheets/"))).toBe(true);

      const summarised = await runCli(["summary", saved, "--today", "2025-02-10", "--write"]);
      expect([summarised.code, summarised.stderr]).toEqual([0, ""]);
      await expectOnlyListingChanged(afterInsert, await readFile(saved));

      // LibreOffice opens the result and saves it again with our sheets and the user's cells in it.
      await convertWithLibreOffice([saved], "xlsx", path.join(folder, "again"));
      const { workbook } = await loadWorkbook(path.join(folder, "again", "งาน.xlsx"));
      expect(workbook.worksheets.map(({ name }) => name)).toEqual([
        USER_SHEET,
        DEFAULT_SHEET_NAMES.scores,
        DEFAULT_SHEET_NAMES["grid-IIT"],
        DEFAULT_SHEET_NAMES["grid-EIT"],
        DEFAULT_SHEET_NAMES["grid-OIT"],
        DEFAULT_SHEET_NAMES["oit-register"],
        DEFAULT_SHEET_NAMES.settings,
        SUMMARY_SHEET_NAME,
      ]);
      expect(workbook.getWorksheet(USER_SHEET)?.getCell("B2").value).toBe(120000);
      const scores = workbook.getWorksheet(DEFAULT_SHEET_NAMES.scores);
      const texts: string[] = [];
      scores?.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
      expect(texts.join(" ")).toContain("อบต.มะเฟือง");
    }, 240_000);
  },
);
