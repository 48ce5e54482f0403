// The summary sheet `ita-tracker summary --write` adds, printed by a real spreadsheet engine: LibreOffice
// prints it on A4 portrait pages one page wide, and the PDF holds its figures and the memo as the
// command prints it. The text is read with pdftotext (poppler-utils) where it is installed.
import { execFile, spawnSync } from "child_process";
import { mkdtemp, rm, writeFile } from "fs/promises";
import os from "os";
import path from "path";
import { promisify } from "util";
import { findScoreTable } from "../../src/domain/scoreCheck";
import { SheetCells } from "../../src/domain/sheetCells";
import { defaultSettings } from "../../src/domain/workbookSettings";
import { DEFAULT_SHEET_NAMES } from "../../src/layout/sheetNames";
import { SUMMARY_MARK } from "../../src/layout/sheetMark";
import { GRID_FIRST_DATA_ROW } from "../../src/layout/trackingGrid";
import { standardWorkbook } from "../../src/xlsx/standardWorkbook";
import { workbookBuffer } from "../../src/xlsx/workbookBuffer";
import { runCli } from "../cli/runCli";
import { planValues } from "../support/gridValues";
import { SEED_2565_SCORES } from "../support/seedScores";
import { convertWithLibreOffice, describeWithLibreOffice, pdfPageSizes } from "./libreOffice";

const TODAY = "2025-02-10";
const SUMMARY_TITLE = "สรุปผลการประเมินคุณธรรมและความโปร่งใส (ITA)";
const PORTRAIT = { width: 595, height: 842 };

const PDFTOTEXT = spawnSync("pdftotext", ["-v"]).error === undefined;
const itWithPdfText = PDFTOTEXT ? it : it.skip;
if (!PDFTOTEXT)
  console.warn("pdftotext (poppler-utils) is not installed: the summary PDF's text is not checked.");

/** The IIT grid's first rows: one in progress whose period ended in December, one done. */
const IIT_CELLS = {
  [`B${GRID_FIRST_DATA_ROW}`]: "1. การปฏิบัติหน้าที่",
  [`D${GRID_FIRST_DATA_ROW}`]: "ประชุมชี้แจงบุคลากร",
  [`F${GRID_FIRST_DATA_ROW}`]: "กองคลัง",
  [`G${GRID_FIRST_DATA_ROW}`]: "ต.ค.-ธ.ค. ๒๕๖๗",
  [`I${GRID_FIRST_DATA_ROW}`]: "✓",
};

/** A workbook from `new` with the seed scores and a tracked row typed in, as staff would. */
async function typedWorkbook(file: string): Promise<void> {
  const settings = { ...defaultSettings({ year: 2025, month: 2, day: 10 }), fiscalYear: 2568 };
  const { workbook, tables, plan } = standardWorkbook({ ...settings, agency: "องค์การบริหารส่วนตำบลมะเฟือง" });
  const scorePlan = plan.sheets.find(({ role }) => role === "scores");
  const table = scorePlan && findScoreTable(new SheetCells(planValues(scorePlan)));
  const scores = workbook.getWorksheet(DEFAULT_SHEET_NAMES.scores);
  const grid = workbook.getWorksheet(DEFAULT_SHEET_NAMES["grid-IIT"]);
  if (!table || !scores || !grid) throw new Error("the standard workbook has a score table and an IIT grid");
  SEED_2565_SCORES.forEach((score, index) => {
    scores.getCell(table.headerRow + 1 + index, table.scoreColumn).value = score;
  });
  for (const [address, value] of Object.entries(IIT_CELLS)) grid.getCell(address).value = value;
  await writeFile(file, await workbookBuffer(workbook, tables));
}

/**
 * Text as it can be compared with a PDF's: the PDF's text puts Thai vowel and tone marks where their
 * glyphs are drawn, not after their consonant, so marks are left out.
 */
const unmarked = (text: string) => text.replace(/\p{M}/gu, "");
/** Text compared whatever lines and spaces the PDF broke it into. */
const squeezed = (text: string) => unmarked(text).replace(/\s+/g, "");
/** The words on one line of the page, in this order; the PDF's text may put spaces where marks were. */
const inOneLine = (words: readonly string[]) =>
  new RegExp(
    words
      .map((word) => [...unmarked(word)].map((character) => character.replace(/[.()]/, "\\$&")).join(" *"))
      .join(" +"),
  );

describeWithLibreOffice("the summary sheet in LibreOffice", () => {
  let folder: string;
  let pages: { width: number; height: number }[];
  let pdf: string;
  let memo: string[];

  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), "ita-lo-summary-"));
    const file = path.join(folder, "ITA2568.xlsx");
    await typedWorkbook(file);
    const written = await runCli(["summary", file, "--today", TODAY, "--write"]);
    if (written.code !== 0) throw new Error(written.stderr);
    // The memo's paragraphs as the summary sheet holds them (the memo command prints the whole memo).
    memo = (
      JSON.parse((await runCli(["summary", file, "--json", "--today", TODAY])).stdout) as { memo: string }
    ).memo.split("\n");
    await convertWithLibreOffice([file], "pdf", folder);
    pdf = path.join(folder, "ITA2568.pdf");
    pages = await pdfPageSizes(pdf);
  }, 240_000);

  afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  /** Each page's text, in page order. */
  async function pageTexts(): Promise<string[]> {
    const { stdout } = await promisify(execFile)("pdftotext", ["-layout", pdf, "-"], { maxBuffer: 1 << 26 });
    return stdout.split("\f").slice(0, pages.length);
  }

  it("prints the other sheets as before, then the summary on A4 portrait pages", () => {
    const landscape = { width: PORTRAIT.height, height: PORTRAIT.width };
    // The score sheet and the three grids each on one page, the OIT register's landscape pages, the summary after them.
    expect(pages.slice(0, 4)).toEqual([PORTRAIT, landscape, landscape, landscape]);
    const summary = pages.findIndex((page, index) => index >= 4 && page.height === PORTRAIT.height);
    expect(summary).toBeGreaterThan(4);
    expect(pages.slice(4, summary)).toEqual(pages.slice(4, summary).map(() => landscape));
    expect(pages.slice(summary)).toEqual(pages.slice(summary).map(() => PORTRAIT));
  });

  itWithPdfText(
    "prints the summary one page wide: its figures, overdue row, chart and memo, not its hidden marker",
    async () => {
      const texts = await pageTexts();
      const first = texts.findIndex((text) => text.includes(SUMMARY_TITLE));
      expect(first).toBe(pages.findIndex((page, index) => index >= 4 && page.height === PORTRAIT.height));
      const summary = texts.slice(first);
      const all = unmarked(summary.join("\n"));
      // Each table's first and last columns on one line: nothing was cut off onto a page to the right.
      expect(all).toMatch(inOneLine(["คะแนนรวม", "77.98"]));
      expect(all).toMatch(inOneLine(["๑", "๑. การปฏิบัติหน้าที่", "IIT", "98.21", "ดีเยี่ยม"]));
      expect(all).toMatch(inOneLine(["๑๐", "๑๐. การป้องกันการทุจริต", "OIT", "31.25", "ไม่ผ่านเกณฑ์"]));
      expect(all).toMatch(inOneLine(["IIT", "0", "1", "0", "1", "0.00"]));
      expect(all).toMatch(inOneLine(["แถวที่", "มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา", "แผ่นงาน", "สถานะ"]));
      expect(all).toMatch(inOneLine(["กองคลัง", "ต.ค.-ธ.ค. ๒๕๖๗", "ติดตาม IIT", "อยู่ระหว่าง"]));
      // The chart is drawn: its value axis from 100 down.
      expect(all).toMatch(/^ *100\n *90\n *80\n *70\n/m);
      // Seven paragraphs, and the OIT register's readiness before the closing line.
      expect(memo).toHaveLength(8);
      for (const paragraph of memo) expect(squeezed(all)).toContain(squeezed(paragraph));
      expect(all).not.toContain(SUMMARY_MARK.marker);
    },
  );
});
