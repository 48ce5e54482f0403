// The task pane's first render in headless Chromium as a ratio to a yardstick page built by the same
// webpack config, as `npm run bench:browser` measures it (test/e2e/firstRender.bench.cjs, run here rather
// than copied), on the builds `npm run bench` makes first. The ratio is held to the script's budget; the
// times in milliseconds are recorded only. Without Chromium the figures cannot be taken: outside CI that
// is said; in CI it fails.
import { spawnSync } from "child_process";
import { existsSync } from "fs";
import path from "path";
import type { Figure } from "./figures";

/** Compiled to dist/bench/bench/, three folders below the project. */
const PROJECT = path.resolve(__dirname, "..", "..", "..");
const CHROMIUM = "/usr/bin/chromium";

interface FirstRender {
  readonly ratio: number;
  readonly budgetRatio: number;
  readonly paneMedianMs: number;
  readonly baselineMedianMs: number;
  readonly pairs: number;
}

export function firstRenderFigures(): Figure[] {
  if (!existsSync(CHROMIUM) && process.env.CI !== "true") {
    process.stderr.write(`bench: ${CHROMIUM} not found, so the pane's first render is not measured\n`);
    return [];
  }
  const script = path.join(PROJECT, "test", "e2e", "firstRender.bench.cjs");
  const run = spawnSync(process.execPath, [script, "--json"], { encoding: "utf8" });
  const line = run.stdout.trim().split("\n").at(-1);
  if (!line?.startsWith("{")) {
    throw new Error(`test/e2e/firstRender.bench.cjs gave no figure: ${run.stderr.trim()}`);
  }
  const measured = JSON.parse(line) as FirstRender;
  const loads = `median of ${measured.pairs} cold loads interleaved with the baseline page's`;
  return [
    {
      key: "firstRenderRatio",
      label: `task pane's first render in headless Chromium / a page of React, FluentProvider and one Button, ${loads}`,
      value: measured.ratio,
      unit: "×",
      budget: measured.budgetRatio,
    },
    {
      key: "firstRenderMs",
      label: `task pane's first render, ${loads}`,
      value: measured.paneMedianMs,
      unit: "ms",
    },
    {
      key: "firstRenderBaselineMs",
      label: "the baseline page's first render",
      value: measured.baselineMedianMs,
      unit: "ms",
    },
  ];
}
