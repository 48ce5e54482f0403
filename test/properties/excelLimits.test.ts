// Every file a command writes opens in Excel as it is: no row over 409 pt, no cell over 32,767 characters
// or 253 line feeds, no two drop-downs or merges over one cell, no table named like a defined name
// (test/support/excelLimits.ts), whatever staff typed into the workbook: long agencies, measures of
// thousands of letters and hundreds of lines, the names of our tables taken already.
import { Workbook } from "exceljs";
import fc from "fast-check";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { CELL_LINE_FEED_LIMIT, CELL_TEXT_LIMIT } from "../../src/domain/cellText";
import { defaultSettings } from "../../src/domain/workbookSettings";
import { REGISTER_HEADER_ROW } from "../../src/layout/oitRegisterSheet";
import { DEFAULT_SHEET_NAMES } from "../../src/layout/sheetNames";
import { GRID_FIRST_DATA_ROW, GRID_HEADER_ROW } from "../../src/layout/trackingGrid";
import { standardWorkbook } from "../../src/xlsx/standardWorkbook";
import { workbookBuffer } from "../../src/xlsx/workbookBuffer";
import { runCli } from "../cli/runCli";
import { excelLimitProblems } from "../support/excelLimits";
import { SEED_2565_SCORES } from "../support/seedScores";

/** Text as long as a cell takes, in Thai words and lines, with a blank or a formula-like start now and then. */
const longText: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom("", "=", "+", "- "),
    fc.integer({ min: 1, max: CELL_TEXT_LIMIT - 10 }),
    fc.integer({ min: 0, max: CELL_LINE_FEED_LIMIT }),
  )
  .map(([start, length, lines]) => {
    const line = "ประชุมชี้แจงบุคลากรเรื่องการใช้จ่ายงบประมาณ ";
    const text = `${start}${line.repeat(Math.ceil(length / line.length))}`.slice(0, length);
    // Line feeds spread through the text, as many as Excel lets a cell hold.
    const every = Math.max(1, Math.floor(text.length / (lines + 1)));
    let feeds = 0;
    return Array.from(text, (letter, index) =>
      index > 0 && index % every === 0 && feeds++ < lines ? "\n" : letter,
    ).join("");
  });

const row = fc.record({
  measure: longText,
  steps: longText,
  quarter: longText,
  results: longText,
  note: longText,
  status: fc.constantFrom(0, 1, 2),
});

const shortOrLong = fc.oneof(fc.constantFrom("", "อบต.มะเฟือง"), longText);

describe("every file a command writes stays within Excel's limits", () => {
  let folder: string;
  beforeAll(() => (folder = mkdtempSync(path.join(os.tmpdir(), "ita-limits-"))));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  test("new, insert, summary --write and next-year, on workbooks filled with text at Excel's limits", async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        shortOrLong,
        fc.array(row, { minLength: 1, maxLength: 3 }),
        fc.subarray(["ITA_IIT", "ita_oit_register", "Ita_Eit"]),
        shortOrLong,
        async (agency, rows, takenNames, registerNote) => {
          run += 1;
          const settings = { ...defaultSettings({ year: 2025, month: 6, day: 1 }), fiscalYear: 2568, agency };
          const { workbook, tables } = standardWorkbook(settings);
          const scores = workbook.getWorksheet(DEFAULT_SHEET_NAMES.scores);
          SEED_2565_SCORES.forEach((score, index) => {
            const cell = scores?.getCell(6 + index, 3);
            if (cell) cell.value = score;
          });
          const grid = workbook.getWorksheet(DEFAULT_SHEET_NAMES["grid-IIT"]);
          const headers = (grid?.getRow(GRID_HEADER_ROW).values as unknown[]) ?? [];
          const columnOf = (header: string) => headers.indexOf(header);
          rows.forEach((typed, index) => {
            const at = (header: string, value: string | number) => {
              const cell = grid?.getCell(GRID_FIRST_DATA_ROW + index, columnOf(header));
              if (cell) cell.value = value;
            };
            at("ลำดับ", index + 1);
            at("ตัวชี้วัด", "1. การปฏิบัติหน้าที่");
            at("มาตรการ/กิจกรรม", typed.measure);
            at("ขั้นตอนหรือวิธีปฏิบัติ", typed.steps);
            at("ผู้รับผิดชอบ", "สำนักปลัด");
            at("ระยะเวลาดำเนินการ", "ต.ค.-ธ.ค. ๒๕๖๗");
            at(["ยังไม่ดำเนินการ", "อยู่ระหว่างดำเนินการ", "ดำเนินการแล้ว"][typed.status] as string, "✓");
            at("ไตรมาส ๑", typed.quarter);
            at("สรุปผลการดำเนินการ", typed.results);
            at("หมายเหตุ", typed.note);
          });
          const register = workbook.getWorksheet(DEFAULT_SHEET_NAMES["oit-register"]);
          const noteColumn = ((register?.getRow(REGISTER_HEADER_ROW).values as unknown[]) ?? []).indexOf(
            "หมายเหตุ",
          );
          const noteCell = register?.getCell(REGISTER_HEADER_ROW + 1, noteColumn);
          if (noteCell) noteCell.value = registerNote;

          const file = path.join(folder, `ITA-${run}.xlsx`);
          writeFileSync(file, await workbookBuffer(workbook, tables));
          expect({ typed: await excelLimitProblems(readFileSync(file)) }).toEqual({ typed: [] });

          // A workbook of the user's own whose names our tables would take.
          const own = new Workbook();
          own.addWorksheet("ข้อมูล").getCell("A1").value = agency;
          takenNames.forEach((name) => own.definedNames.add("ข้อมูล!$A$1", name));
          const ownFile = path.join(folder, `own-${run}.xlsx`);
          writeFileSync(ownFile, new Uint8Array(await own.xlsx.writeBuffer()));

          const written = [
            { argv: ["insert", ownFile, "--year", "2568"], file: ownFile },
            { argv: ["insert", file], file },
            { argv: ["summary", file, "--write", "--today", "2025-06-01"], file },
            {
              argv: ["next-year", file, `${file}.2569.xlsx`, "--today", "2025-10-05"],
              file: `${file}.2569.xlsx`,
            },
            {
              argv: [
                "new",
                `${file}.new.xlsx`,
                "--year",
                "2568",
                ...(agency === "" ? [] : ["--org", agency]),
              ],
              file: `${file}.new.xlsx`,
            },
          ];
          for (const { argv, file: output } of written) {
            const { code, stderr } = await runCli(argv);
            expect({ argv: argv[0], code, stderr }).toEqual({ argv: argv[0], code: 0, stderr: "" });
            expect({ after: argv[0], problems: await excelLimitProblems(readFileSync(output)) }).toEqual({
              after: argv[0],
              problems: [],
            });
          }
        },
      ),
      { numRuns: 12 },
    );
  }, 600_000);
});
