import { spawnSync } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { defaultSettings } from "../../src/domain/workbookSettings";
import { DEFAULT_SHEET_NAMES } from "../../src/layout/sheetNames";
import { GRID_FIRST_DATA_ROW } from "../../src/layout/trackingGrid";
import { standardWorkbook } from "../../src/xlsx/standardWorkbook";
import { workbookBuffer } from "../../src/xlsx/workbookBuffer";
import { typedGridRow } from "../support/typedGridRow";

// The installed command, as a user runs it: bin/ita-tracker.cjs over the build in dist/cli
// (made by `npm install`, and again by `npm test` before jest).
const BIN = path.join(__dirname, "..", "..", "bin", "ita-tracker.cjs");

function ita(args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });
}

describe("the ita-tracker command", () => {
  it("scores from the command line and exits 0", () => {
    const result = ita([
      "score",
      "--year",
      "2566",
      "--json",
      "75.40",
      "75.41",
      "75.40",
      "75.41",
      "75.40",
      "80.35",
      "80.35",
      "80.35",
      "100",
      "100",
    ]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ total: 86.73, result: "ผ่าน", passed: true });
  });

  it("writes all of a long --json report into a pipe before it exits, so the reader gets whole JSON", async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), "ita-bin-"));
    try {
      const { workbook, tables } = standardWorkbook({
        ...defaultSettings({ year: 2025, month: 6, day: 1 }),
        fiscalYear: 2568,
      });
      const grid = workbook.getWorksheet(DEFAULT_SHEET_NAMES["grid-IIT"]);
      // Three hundred overdue measures of 300 letters: a report far over a pipe's 64 KiB.
      for (let index = 0; index < 300; index += 1) {
        const row = typedGridRow(`มาตรการที่ ${index + 1} ${"ก".repeat(300)}`, "ต.ค. ๒๕๖๗", 1);
        row.forEach((value, column) => {
          if (value !== "")
            grid!.getCell(GRID_FIRST_DATA_ROW + index, column + 1).value = value as string | number;
        });
      }
      const file = path.join(folder, "ITA2568.xlsx");
      writeFileSync(file, await workbookBuffer(workbook, tables));
      const reader =
        "let t='';process.stdin.on('data',d=>t+=d).on('end',()=>{const j=JSON.parse(t);console.log(t.length,j.overdue.length)})";
      const piped = spawnSync(
        "sh",
        [
          "-c",
          `"${process.execPath}" "${BIN}" summary "${file}" --json --today 2025-06-01 | "${process.execPath}" -e "${reader}"`,
        ],
        { encoding: "utf8" },
      );
      // The reader's error, if any, at its start: the cut JSON would fill the screen.
      expect(piped.stderr.slice(0, 300)).toBe("");
      const [length, overdue] = piped.stdout.trim().split(" ").map(Number);
      expect(length).toBeGreaterThan(65_536);
      expect(overdue).toBe(300);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("exits 2 with one line on stderr and no stack trace for bad input", () => {
    const result = ita(["score", "--year", "2568", "1", "2", "3"]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(result.stderr).not.toContain("    at ");
  });
});
