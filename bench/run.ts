// npm run bench: what users wait for and what Excel is asked to do, measured on this machine, each figure
// against its budget. Prints one line per figure, or with --json one object of figures keyed by name;
// exits 1 when a figure is over its budget. A new benchmark is one more entry in BENCHMARKS.
import { bundleSizeFigures } from "./bundleSize";
import { firstRenderFigures } from "./firstRender";
import { checkInput, checkOnce, summaryOnce } from "./checkRows";
import { commandLineFigures } from "./commandLine";
import { isOverBudget, medianMs, type Figure } from "./figures";
import { hostActionFigures } from "./hostActions";
import { naiveWriteFigures } from "./naiveWrite";

type Benchmark = () => Figure[] | Promise<Figure[]>;

const BENCHMARKS: readonly Benchmark[] = [
  async () => {
    // Read once, outside the timing, as the task pane reads it in one sync.
    const input = checkInput();
    return [
      {
        key: "check10kRowsMs",
        label: "check of a 10,000-row tracking grid (domain, no I/O)",
        value: await medianMs(() => checkOnce(input)),
        unit: "ms",
        budget: 250,
      },
      {
        key: "summary10kRowsMs",
        label: "summary of a 10,000-row tracking grid: figures, memo and sheet plan (domain, no I/O)",
        value: await medianMs(() => summaryOnce(input)),
        unit: "ms",
        // Measured at 62 ms: the check's budget leaves it the same room for a loaded machine.
        budget: 250,
      },
    ];
  },
  hostActionFigures,
  naiveWriteFigures,
  commandLineFigures,
  bundleSizeFigures,
  firstRenderFigures,
];

function rounded(figure: Figure): number {
  return Math.round(figure.value * 10) / 10;
}

/** "1 sync", "2 syncs", "52.1 ms". */
function quantity(value: number, unit: Figure["unit"]): string {
  return `${value} ${value === 1 && unit.endsWith("s") && unit !== "ms" ? unit.slice(0, -1) : unit}`;
}

function line(figure: Figure): string {
  const budget = figure.budget === undefined ? "" : ` (budget ${quantity(figure.budget, figure.unit)})`;
  const verdict = figure.budget === undefined ? "" : isOverBudget(figure) ? " OVER BUDGET" : " ok";
  return `${figure.label}: ${quantity(rounded(figure), figure.unit)}${budget}${verdict}\n`;
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
