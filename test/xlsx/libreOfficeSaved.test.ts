// A workbook LibreOffice has saved, as the command line's users save theirs: LibreOffice writes custom
// properties without a property, a workbook protection without a lock, and tables without a style into
// every file. `summary --write` writes into it, and its tables and sheets are still there.
import { mkdtemp, readFile, rm } from "fs/promises";
import JSZip from "jszip";
import os from "os";
import path from "path";
import { SUMMARY_SHEET_NAME } from "../../src/layout/summarySheet";
import { runCli } from "../cli/runCli";
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
    expect(tables).toHaveLength(3);
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
