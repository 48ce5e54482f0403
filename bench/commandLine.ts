// `ita-tracker new`, `check` and `summary` on .xlsx files, timed as the commands run, in this process
// (starting Node and loading the command is not counted), recorded only. The files are written outside
// the timing: the standard workbook, its IIT grid holding 10 or 10,000 typed rows. And the command's
// start: `ita-tracker score` as a user runs it, against Node starting with nothing to do.
import { spawnSync } from "child_process";
import type { CellValue } from "exceljs";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { runCheck } from "../src/cli/checkCommand";
import type { CommandIO } from "../src/cli/io";
import { runNew } from "../src/cli/newCommand";
import { runSummary } from "../src/cli/summaryCommand";
import { defaultSettings } from "../src/domain/workbookSettings";
import { DEFAULT_SHEET_NAMES } from "../src/layout/sheetNames";
import { GRID_FIRST_DATA_ROW, GRID_HEADER_ROW } from "../src/layout/trackingGrid";
import { formatIsoDate } from "../src/domain/thaiCalendar";
import { standardWorkbook } from "../src/xlsx/standardWorkbook";
import { workbookBuffer } from "../src/xlsx/workbookBuffer";
import { SEED_2565_SCORES } from "../test/support/seedScores";
import { TODAY, trackingRows } from "./checkRows";
import { medianMs, sideBySide, type Figure, type Runs } from "./figures";

/** Reading 10,000 rows with ExcelJS takes seconds: fewer runs, each still a whole command. */
const FILE_WORK: Runs = { warmUps: 1, timed: 5 };

/** Compiled to dist/bench/bench/, three folders below the project. */
const PROJECT = path.resolve(__dirname, "..", "..", "..");
/** Whole processes: a few more runs than the file commands, each a tenth of a second. */
const PROCESS_WORK: Runs = { warmUps: 2, timed: 15 };
/** `score` loads no ExcelJS: measured at 1.2-1.4 × bare Node here, 4 × while every command was loaded. */
const SCORE_START_BUDGET = 2;

const QUIET: CommandIO = { stdout: () => undefined, stderr: () => undefined };

/** Runs a command, failing the benchmark if the command itself fails: a failure is not a figure. */
async function expectExit(command: Promise<number>, codes: readonly number[]): Promise<void> {
  const code = await command;
  if (!codes.includes(code)) throw new Error(`the command exited ${code}`);
}

async function fileWithRows(folder: string, rows: number): Promise<string> {
  const { workbook, tables } = standardWorkbook({ ...defaultSettings(TODAY), fiscalYear: 2568 });
  const grid = workbook.getWorksheet(DEFAULT_SHEET_NAMES["grid-IIT"]);
  if (!grid) throw new Error("the standard workbook has no IIT grid");
  const headers = grid.getRow(GRID_HEADER_ROW).values as unknown[];
  // ExcelJS gives a row's values from index 1: the first header is at [1].
  trackingRows(rows, headers.slice(1).map(String)).forEach((values, index) => {
    values.forEach((value, column) => {
      if (value !== null) grid.getCell(GRID_FIRST_DATA_ROW + index, column + 1).value = value as CellValue;
    });
  });
  const file = path.join(folder, `ITA-${rows}-rows.xlsx`);
  writeFileSync(file, await workbookBuffer(workbook, tables));
  return file;
}

export async function commandLineFigures(): Promise<Figure[]> {
  const folder = mkdtempSync(path.join(os.tmpdir(), "ita-bench-"));
  try {
    const today = ["--today", formatIsoDate(TODAY)];
    const made = path.join(folder, "new.xlsx");
    const newMs = await medianMs(
      () => expectExit(runNew([made, "--year", "2568", "--org", "เทศบาลตำบลคลองพน", "--force"], QUIET), [0]),
      FILE_WORK,
    );
    const figures: Figure[] = [
      {
        key: "newFileMs",
        label: "ita-tracker new: the standard workbook to a file",
        value: newMs,
        unit: "ms",
      },
    ];
    for (const rows of [10, 10_000]) {
      const file = await fileWithRows(folder, rows);
      const size = rows === 10 ? "10Rows" : "10kRows";
      const grid = `a file of ${rows.toLocaleString("en")} grid rows`;
      // check exits 1 when the rows hold errors, as these do.
      const checkMs = await medianMs(
        () => expectExit(runCheck([file, "--json", ...today], QUIET), [0, 1]),
        FILE_WORK,
      );
      // --json, not --write: every run reads the same file.
      const summaryMs = await medianMs(
        () => expectExit(runSummary([file, "--json", ...today], QUIET), [0]),
        FILE_WORK,
      );
      figures.push(
        { key: `checkFile${size}Ms`, label: `ita-tracker check: ${grid}`, value: checkMs, unit: "ms" },
        {
          key: `summaryFile${size}Ms`,
          label: `ita-tracker summary --json: ${grid}`,
          value: summaryMs,
          unit: "ms",
        },
      );
    }
    return figures;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Runs `node args`, failing the benchmark if it fails. */
function nodeProcess(args: readonly string[]): void {
  const run = spawnSync(process.execPath, args, { cwd: PROJECT, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`node ${args.join(" ")} exited ${run.status}: ${run.stderr.trim()}`);
}

export async function commandStartFigures(): Promise<Figure[]> {
  const score = ["bin/ita-tracker.cjs", "score", "--year", "2565", ...SEED_2565_SCORES.map(String)];
  const start = await sideBySide(
    () => nodeProcess(score),
    () => nodeProcess(["-e", "0"]),
    PROCESS_WORK,
  );
  return [
    {
      key: "scoreCommandStartRatio",
      label: "ita-tracker score, the whole process / node -e 0",
      value: start.ratio,
      unit: "×",
      budget: SCORE_START_BUDGET,
    },
    { key: "scoreCommandMs", label: "ita-tracker score, the whole process", value: start.workMs, unit: "ms" },
    { key: "bareNodeMs", label: "node -e 0", value: start.yardstickMs, unit: "ms" },
  ];
}
