// `--year 2570`, a year whose rules NACC has not published yet: accepted by new, score and insert, each
// saying once on stderr that 2569's rules stand in, with stdout as for any year.
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { DEFAULT_SHEET_NAMES } from "../../src/layout/sheetNames";
import { readWorkbookSnapshot } from "../../src/xlsx/readWorkbookSnapshot";
import { excelStyleWorkbook } from "../support/userWorkbooks";
import { SEED_2565_SCORES } from "../support/seedScores";
import { runCli } from "./runCli";

const NOTICE =
  "ปีงบประมาณ 2570 ป.ป.ช. ยังไม่ประกาศเกณฑ์ ใช้เกณฑ์ปี 2569 | 2570 is not published yet: scoring by 2569's rules\n";
const PROVISIONAL =
  "สำนักงาน ป.ป.ช. ยังไม่ประกาศเกณฑ์การประเมินประจำปีงบประมาณ พ.ศ. ๒๕๗๐ การสรุปผลนี้จึงใช้เกณฑ์ของปีงบประมาณ พ.ศ. ๒๕๖๙ ไปก่อน";
const DECEMBER_2026 = ["--today", "2026-12-02"];
const SCORES = SEED_2565_SCORES.map(String);

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), "ita-2570-"));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** The value of a key on the settings sheet. */
async function storedYear(file: string): Promise<unknown> {
  const snapshot = await readWorkbookSnapshot(file);
  const cells = snapshot.sheets.find((sheet) => sheet.name === DEFAULT_SHEET_NAMES.settings)?.cells ?? {};
  const key = Object.entries(cells).find(
    ([address, cell]) => address.startsWith("A") && cell.value === "fiscalYear",
  );
  return key && cells[`B${key[0].slice(1)}`]?.value;
}

describe("ita-tracker with --year 2570", () => {
  it("scores by 2569's rules under 2570's name, JSON on stdout untouched by the notice", async () => {
    const by2570 = await runCli(["score", "--year", "2570", ...SCORES, "--json"]);
    const by2569 = await runCli(["score", "--year", "2569", ...SCORES, "--json"]);
    expect([by2570.code, by2570.stderr]).toEqual([0, NOTICE]);
    expect(by2569.stderr).toBe("");
    expect(JSON.parse(by2570.stdout)).toEqual({ ...JSON.parse(by2569.stdout), year: 2570 });
  });

  it("says so in the Thai table too, the table itself headed 2570", async () => {
    const { code, stdout, stderr } = await runCli(["score", "--year", "๒๕๗๐", ...SCORES]);
    expect([code, stderr]).toEqual([0, NOTICE]);
    expect(stdout).toContain("ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2570");
  });

  it("writes a 2570 workbook that checks clean and whose summary and memo say the rules are 2569's", async () => {
    const file = path.join(folder, "ITA2570.xlsx");
    const made = await runCli(["new", file, "--year", "2570", "--org", "อบต.มะเฟือง"]);
    expect([made.code, made.stderr]).toEqual([0, NOTICE]);
    expect(made.stdout).toContain("(ปีงบประมาณ 2570)");
    expect(await storedYear(file)).toBe(2570);
    const snapshot = await readWorkbookSnapshot(file);
    expect(snapshot.sheets[0]?.cells.A3?.value).toBe("ปีงบประมาณ พ.ศ. ๒๕๗๐");

    const check = await runCli(["check", file, ...DECEMBER_2026]);
    expect([check.code, check.stderr]).toEqual([0, ""]);

    const summary = await runCli(["summary", file, ...DECEMBER_2026]);
    expect([summary.code, summary.stderr]).toEqual([0, ""]);
    const heading = summary.stdout.split("\n\n")[0]?.split("\n");
    expect(heading?.slice(1)).toEqual([
      "อบต.มะเฟือง",
      "ปีงบประมาณ พ.ศ. ๒๕๗๐ จัดทำเมื่อวันที่ ๒ ธันวาคม ๒๕๖๙",
      PROVISIONAL,
    ]);
    const json = JSON.parse((await runCli(["summary", file, ...DECEMBER_2026, "--json"])).stdout);
    expect(json.memo.split("\n")).toContain(`ทั้งนี้ ${PROVISIONAL}`);
    const memo = await runCli(["memo", file, ...DECEMBER_2026]);
    expect(memo.stdout.split("\n")).toContain(`ทั้งนี้ ${PROVISIONAL}`);
  });

  it("inserts 2570's sheets into a workbook that holds other work", async () => {
    const file = path.join(folder, "งาน.xlsx");
    writeFileSync(file, await excelStyleWorkbook());
    const { code, stderr } = await runCli(["insert", file, "--year", "2570"]);
    expect([code, stderr]).toEqual([0, NOTICE]);
    expect(await storedYear(file)).toBe(2570);
  });

  it("still refuses a year after it, in one line", async () => {
    const { code, stdout, stderr } = await runCli(["score", "--year", "2571", ...SCORES]);
    expect([code, stdout]).toEqual([2, ""]);
    expect(stderr).toBe(
      "ita-tracker score: ไม่มีเกณฑ์ ITA ของปีงบประมาณ 2571 (มีปี 2565-2570) | no ITA framework for fiscal year 2571 (known: 2565-2570)\n",
    );
  });
});
