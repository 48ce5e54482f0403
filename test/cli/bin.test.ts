import { spawnSync } from "child_process";
import path from "path";

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

  it("exits 2 with one line on stderr and no stack trace for bad input", () => {
    const result = ita(["score", "--year", "2568", "1", "2", "3"]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(result.stderr).not.toContain("    at ");
  });
});
