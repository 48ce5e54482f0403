// The first-render benchmark's own test: a pane made twice as slow (Chromium's CPU throttling on the pane's
// pages alone) must fail the ratio `npm run bench` holds it to. Whether today's pane passes is the bench's
// to say, not a timed test's.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { CHROMIUM, chromiumInstalled } from "./paneBrowser.cjs";

const SCRIPT = path.join(__dirname, "firstRender.bench.cjs");

const runs = chromiumInstalled() || process.env.CI === "true";
if (!runs)
  console.warn(`First-render budget test skipped: ${CHROMIUM} not found (apt-get install chromium).`);

(runs ? describe : describe.skip)("the first-render budget", () => {
  it("fails a pane twice as slow", () => {
    const run = spawnSync(process.execPath, [SCRIPT, "--json", "--slowdown", "2"], { encoding: "utf8" });
    const line = run.stdout.trim().split("\n").at(-1) ?? "";
    expect(line).toMatch(/^\{/);
    const measured = JSON.parse(line) as { ratio: number; budgetRatio: number; slowdown: number };
    expect(measured.slowdown).toBe(2);
    expect(measured.ratio).toBeGreaterThan(measured.budgetRatio);
    expect(run.stderr).toContain("over budget");
    expect(run.status).toBe(1);
  }, 180_000);
});
