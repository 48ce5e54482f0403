// The workbook `ita-tracker new` writes, opened in a real spreadsheet engine: LibreOffice recalculates
// the score sheet from typed scores and saves the results, keeps user text as text, and prints the
// sheets. Two soffice runs (to .xlsx and to PDF), each over a batch of files, keep this to seconds.
import { mkdtemp, rm, writeFile } from "fs/promises";
import os from "os";
import path from "path";
import type { Cell, Workbook } from "exceljs";
import { DEFAULT_BAND_NAMES } from "../../src/domain/bands";
import { TOOL_IDS, type Framework } from "../../src/domain/framework";
import { findFramework } from "../../src/domain/frameworks";
import { SCORE_HEADER } from "../../src/domain/scoreCheck";
import { scoreAssessment, type Assessment } from "../../src/domain/scoring";
import { DEFAULT_THRESHOLDS, type Thresholds } from "../../src/domain/thresholds";
import { defaultSettings, SETTING_KEYS } from "../../src/domain/workbookSettings";
import { parseRange } from "../../src/layout/a1";
import { DEFAULT_SHEET_NAMES } from "../../src/layout/sheetNames";
import { readWorkbookSnapshot } from "../../src/xlsx/readWorkbookSnapshot";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/xlsx/snapshot";
import { standardWorkbook } from "../../src/xlsx/standardWorkbook";
import { workbookBuffer } from "../../src/xlsx/workbookBuffer";
import { runCli } from "../cli/runCli";
import { FORMULA_LIKE_TEXT } from "./handMadePlan";
import { convertWithLibreOffice, describeWithLibreOffice, pdfPageSizes } from "./libreOffice";
import { SEED_2565_SCORES } from "../support/seedScores";

const TODAY = { year: 2025, month: 3, day: 1 };

interface ScoreCase {
  readonly file: string;
  readonly year: number;
  readonly scores: readonly number[];
  readonly thresholds: Thresholds;
  readonly result: string;
}

const CASES: readonly ScoreCase[] = [
  {
    file: "seed-2565.xlsx",
    year: 2565,
    scores: SEED_2565_SCORES,
    thresholds: DEFAULT_THRESHOLDS,
    result: "B",
  },
  {
    file: "worked-example-2566.xlsx",
    year: 2566,
    scores: [75.4, 75.41, 75.4, 75.41, 75.4, 80.35, 80.35, 80.35, 100, 100],
    thresholds: DEFAULT_THRESHOLDS,
    result: "ผ่าน",
  },
  {
    file: "excellent-2568.xlsx",
    year: 2568,
    scores: [96.5, 97.25, 95, 99.1, 95.5, 96, 95.75, 98, 100, 97.5],
    // The agency's own thresholds: the bands must follow the settings sheet, not 85/90/95.
    thresholds: { pass: 80, strength: 96, excellence: 98 },
    result: "ผ่านดีเยี่ยม",
  },
];

/** Types the scores under the score sheet's "คะแนน" header, as a user would. */
function typeScores(workbook: Workbook, scores: readonly number[]): void {
  const sheet = workbook.getWorksheet(DEFAULT_SHEET_NAMES.scores);
  let header: Cell | undefined;
  sheet?.eachRow((row) =>
    row.eachCell((cell) => {
      if (!header && cell.value === SCORE_HEADER) header = cell;
    }),
  );
  if (!sheet || !header) throw new Error(`no "${SCORE_HEADER}" header on the score sheet`);
  const { row, col } = header.fullAddress;
  scores.forEach((score, index) => {
    sheet.getCell(row + 1 + index, col).value = score;
  });
}

/** A sheet's values as rows from A1, with "" for empty cells. */
function valueRows(sheet: SheetSnapshot | undefined): string[][] {
  const rows: string[][] = [];
  for (const [address, cell] of Object.entries(sheet?.cells ?? {})) {
    const { top, left } = parseRange(address);
    const row = (rows[top - 1] ??= []);
    row[left - 1] = cell.value === null ? "" : String(cell.value);
  }
  return Array.from(rows, (row) => Array.from(row ?? [], (value) => value ?? ""));
}

/** The score sheet as LibreOffice computed it, found by its labels. */
function readScoreSheet(rows: readonly (readonly string[])[]) {
  const find = (text: string) => {
    const row = rows.findIndex((cells) => cells.includes(text));
    if (row < 0) throw new Error(`no "${text}" on the score sheet`);
    return { row, column: (rows[row] as string[]).indexOf(text) };
  };
  const scoreHeader = find(SCORE_HEADER);
  const bandColumn = (rows[scoreHeader.row] as string[]).indexOf("ระดับ");
  const toolHeader = find("คะแนนแบบวัด");
  const cell = (row: number, column: number) => rows[row]?.[column] ?? "";
  const toolRow = (tool: string) =>
    rows.findIndex((cells, index) => index > toolHeader.row && cells[0] === tool);
  return {
    bands: Array.from({ length: 10 }, (_, index) => cell(scoreHeader.row + 1 + index, bandColumn)),
    tools: Object.fromEntries(TOOL_IDS.map((tool) => [tool, Number(cell(toolRow(tool), toolHeader.column))])),
    total: Number(cell(find("คะแนนรวม").row, toolHeader.column)),
    result: cell(find("ผลการประเมิน").row, toolHeader.column),
  };
}

describeWithLibreOffice("the new workbook in LibreOffice", () => {
  let folder: string;
  let scoreSnapshots: WorkbookSnapshot[];
  let textSnapshots: WorkbookSnapshot[];
  let pageSizes: { width: number; height: number }[];

  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), "ita-lo-"));
    const scoreFiles = await Promise.all(
      CASES.map(async ({ file, year, scores, thresholds }) => {
        const { workbook, tables } = standardWorkbook({
          ...defaultSettings(TODAY),
          fiscalYear: year,
          thresholds,
        });
        typeScores(workbook, scores);
        const target = path.join(folder, file);
        await writeFile(target, await workbookBuffer(workbook, tables));
        return target;
      }),
    );
    const textFiles = await Promise.all(
      FORMULA_LIKE_TEXT.map(async (text, index) => {
        const target = path.join(folder, `agency-${index}.xlsx`);
        const { code, stderr } = await runCli(["new", target, "--year", "2568", `--org=${text}`]);
        if (code !== 0) throw new Error(stderr);
        return target;
      }),
    );
    const [saved, printed] = [path.join(folder, "saved"), path.join(folder, "printed")];
    const printedFile = scoreFiles[2] as string;
    await Promise.all([
      convertWithLibreOffice([...scoreFiles, ...textFiles], "xlsx", saved),
      convertWithLibreOffice([printedFile], "pdf", printed),
    ]);
    const savedSnapshot = (file: string) => readWorkbookSnapshot(path.join(saved, path.basename(file)));
    scoreSnapshots = await Promise.all(scoreFiles.map(savedSnapshot));
    textSnapshots = await Promise.all(textFiles.map(savedSnapshot));
    pageSizes = await pdfPageSizes(path.join(printed, `${path.basename(printedFile, ".xlsx")}.pdf`));
  }, 240_000);

  afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  describe.each(CASES.map((scoreCase, index) => ({ ...scoreCase, index })))(
    "scores typed for $year ($file)",
    (scoreCase) => {
      let expected: Assessment;
      let computed: ReturnType<typeof readScoreSheet>;
      beforeAll(() => {
        const framework = findFramework(scoreCase.year) as Framework;
        expected = scoreAssessment(framework, scoreCase.scores, scoreCase.thresholds);
        const sheets = (scoreSnapshots[scoreCase.index] as WorkbookSnapshot).sheets;
        computed = readScoreSheet(
          valueRows(sheets.find((sheet) => sheet.name === DEFAULT_SHEET_NAMES.scores)),
        );
      });

      it("gives the tool scores, total and result the domain computes", () => {
        expect(computed.tools).toEqual(expected.tools);
        expect(computed.total).toBe(expected.total);
        expect(computed.result).toBe(expected.grade.label);
        expect(computed.result).toBe(scoreCase.result);
      });

      it("names each indicator's band at the workbook's thresholds", () => {
        expect(computed.bands).toEqual(
          expected.indicators.map((indicator) => DEFAULT_BAND_NAMES[indicator.band]),
        );
      });
    },
  );

  it("keeps an agency name that looks like a formula as text when LibreOffice saves the file again", () => {
    textSnapshots.forEach((snapshot, index) => {
      const text = FORMULA_LIKE_TEXT[index];
      const scores = snapshot.sheets.find((sheet) => sheet.name === DEFAULT_SHEET_NAMES.scores);
      const settings = snapshot.sheets.find((sheet) => sheet.name === DEFAULT_SHEET_NAMES.settings);
      expect(scores?.cells.A2).toMatchObject({ value: text, formula: null });
      const agencyRow = Object.entries(settings?.cells ?? {}).find(
        ([, cell]) => cell.value === SETTING_KEYS.agency,
      );
      const valueCell = agencyRow ? settings?.cells[agencyRow[0].replace("A", "B")] : undefined;
      expect(valueCell).toMatchObject({ value: text, formula: null });
    });
  });

  it("prints the score sheet on one A4 portrait page, each grid on one A4 landscape page, then the OIT register in landscape", () => {
    const portrait = { width: 595, height: 842 };
    const landscape = { width: 842, height: 595 };
    expect(pageSizes.slice(0, 4)).toEqual([portrait, landscape, landscape, landscape]);
    const register = pageSizes.slice(4);
    expect(register.length).toBeGreaterThan(0);
    expect(register.every((size) => size.width === landscape.width && size.height === landscape.height)).toBe(
      true,
    );
  });
});
