// The gzipped size of the scripts the task pane loads, as `npm run size` measures it (scripts/bundle-size.mjs,
// run here rather than copied), from the production build `npm run bench` makes first.
import { spawnSync } from "child_process";
import path from "path";
import type { Figure } from "./figures";

/** Compiled to dist/bench/bench/, three folders below the project. */
const PROJECT = path.resolve(__dirname, "..", "..", "..");
const TOTAL = /^total: [\d.]+ KB raw, ([\d.]+) KB gzipped$/m;

export function bundleSizeFigures(): Figure[] {
  const script = path.join(PROJECT, "scripts", "bundle-size.mjs");
  const run = spawnSync(process.execPath, [script], { encoding: "utf8" });
  const total = TOTAL.exec(run.stdout)?.[1];
  if (run.status !== 0 || total === undefined) {
    throw new Error(`scripts/bundle-size.mjs gave no total: ${run.stderr.trim() || run.stdout.trim()}`);
  }
  return [
    {
      key: "taskpaneScriptsGzipKb",
      label: "task pane scripts, gzipped (Office.js not counted)",
      value: Number(total),
      unit: "KB",
      // The budget `npm run size` holds it to.
      budget: 180,
    },
  ];
}
