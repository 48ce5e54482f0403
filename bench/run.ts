// npm run bench: what users wait for and what Excel is asked to do, measured on this machine, each figure
// against its budget. Prints one line per figure, or with --json one object of figures keyed by name;
// exits 1 when a figure is over its budget. A new benchmark is one more entry in BENCHMARKS.
import { bundleSizeFigures } from "./bundleSize";
import { firstRenderFigures } from "./firstRender";
import { checkInput, checkOnce, plainReadOnce, summaryOnce } from "./checkRows";
import { commandLineFigures, commandStartFigures } from "./commandLine";
import { consolidationFigures } from "./consolidation";
import { isOverBudget, sideBySide, type Figure, type Runs } from "./figures";
import { hostActionFigures } from "./hostActions";
import { naiveWriteFigures } from "./naiveWrite";

type Benchmark = () => Figure[] | Promise<Figure[]>;

/**
 * Measured at 2.1-2.7 here, up to 3.6 with the machine overloaded (docs/benchmarks.md): room for a loaded
 * machine, none for a check twice as slow.
 */
const CHECK_RATIO_BUDGET = 4.5;
/** Many pairs of short works: one pair slowed by a neighbour cannot move the median. */
const DOMAIN_WORK: Runs = { warmUps: 5, timed: 31 };

const BENCHMARKS: readonly Benchmark[] = [
  async () => {
    // Read once, outside the timing, as the task pane reads it in one sync.
    const input = checkInput();
    const yardstick = () => plainReadOnce(input);
    const check = await sideBySide(() => checkOnce(input), yardstick, DOMAIN_WORK);
    const summary = await sideBySide(() => summaryOnce(input), yardstick, DOMAIN_WORK);
    return [
      {
        key: "check10kRowsRatio",
        label: "check of a 10,000-row tracking grid (domain, no I/O) / a plain read of its cells",
        value: check.ratio,
        unit: "×",
        budget: CHECK_RATIO_BUDGET,
      },
      {
        key: "summary10kRowsRatio",
        label: "summary of the same grid: figures, memo and sheet plan (domain, no I/O) / the plain read",
        value: summary.ratio,
        unit: "×",
        budget: CHECK_RATIO_BUDGET,
      },
      {
        key: "check10kRowsMs",
        label: "check of a 10,000-row tracking grid",
        value: check.workMs,
        unit: "ms",
      },
      { key: "summary10kRowsMs", label: "summary of the same grid", value: summary.workMs, unit: "ms" },
      { key: "plainRead10kRowsMs", label: "plain read of its cells", value: check.yardstickMs, unit: "ms" },
    ];
  },
  hostActionFigures,
  naiveWriteFigures,
  commandLineFigures,
  commandStartFigures,
  consolidationFigures,
  bundleSizeFigures,
  firstRenderFigures,
];

/** Ratios to two places, where a tenth is a tenth of the budget; everything else to one. */
function rounded(figure: Figure): number {
  const scale = figure.unit === "×" ? 100 : 10;
  return Math.round(figure.value * scale) / scale;
}

/** "1 sync", "2 syncs", "52.1 ms". */
function quantity(value: number, unit: Figure["unit"]): string {
  return `${value} ${value === 1 && unit.endsWith("s") && unit !== "ms" ? unit.slice(0, -1) : unit}`;
}

function line(figure: Figure): string {
  const budget = figure.budget === undefined ? "" : ` (budget ${quantity(figure.budget, figure.unit)})`;
  const verdict = figure.budget === undefined ? "" : isOverBudget(figure) ? " OVER BUDGET" : " ok";
  const aim =
    figure.aim === undefined
      ? ""
      : ` (aim ${quantity(figure.aim, figure.unit)}: ` +
        `${figure.value > figure.aim ? "not reached yet" : "reached, make it the budget"})`;
  return `${figure.label}: ${quantity(rounded(figure), figure.unit)}${budget}${verdict}${aim}\n`;
}

async function main(argv: readonly string[]): Promise<number> {
  const figures: Figure[] = [];
  for (const benchmark of BENCHMARKS) figures.push(...(await benchmark()));
  if (argv.includes("--json")) {
    const json = Object.fromEntries(figures.map((figure) => [figure.key, rounded(figure)]));
    process.stdout.write(`${JSON.stringify(json)}\n`);
  } else {
    figures.forEach((figure) => process.stdout.write(line(figure)));
  }
  const over = figures.filter(isOverBudget);
  for (const { key, value, unit, budget } of over) {
    process.stderr.write(`bench: ${key} is ${value} ${unit}, over its budget of ${budget} ${unit}\n`);
  }
  return over.length > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
