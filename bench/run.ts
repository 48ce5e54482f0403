// npm run bench: how long the work users wait for takes on this machine, each against its budget.
// Prints one line per benchmark, or with --json one object of figures keyed by name; exits 1 when a
// benchmark is over its budget. A new benchmark is one more entry in BENCHMARKS.
import { performance } from "perf_hooks";
import { checkInput, checkOnce } from "./checkRows";

interface Benchmark {
  /** The figure's name in the JSON: a contract for whoever tracks it over time. */
  readonly key: string;
  readonly label: string;
  readonly budgetMs: number;
  /** Prepares the input outside the timing, and returns the work to time. */
  readonly prepare: () => () => unknown;
}

const BENCHMARKS: readonly Benchmark[] = [
  {
    key: "check10kRowsMs",
    label: "check of a 10,000-row tracking grid (domain, no I/O)",
    budgetMs: 250,
    prepare: () => {
      const input = checkInput();
      return () => checkOnce(input);
    },
  },
];

const WARM_UP_RUNS = 5;
const TIMED_RUNS = 15;

/** The median of timed runs after warm-up runs, so the JIT and one slow run do not decide the figure. */
function medianMs(work: () => unknown): number {
  for (let run = 0; run < WARM_UP_RUNS; run++) work();
  const times = Array.from({ length: TIMED_RUNS }, () => {
    const start = performance.now();
    work();
    return performance.now() - start;
  }).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

function main(argv: readonly string[]): number {
  const results = BENCHMARKS.map((benchmark) => ({ ...benchmark, ms: medianMs(benchmark.prepare()) }));
  if (argv.includes("--json")) {
    const figures = Object.fromEntries(results.map(({ key, ms }) => [key, Math.round(ms * 10) / 10]));
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  } else {
    for (const { label, ms, budgetMs } of results) {
      const verdict = ms <= budgetMs ? "ok" : "OVER BUDGET";
      process.stdout.write(`${label}: ${ms.toFixed(1)} ms (budget ${budgetMs} ms) ${verdict}\n`);
    }
  }
  const over = results.filter(({ ms, budgetMs }) => ms > budgetMs);
  for (const { key, ms, budgetMs } of over) {
    process.stderr.write(`bench: ${key} took ${ms.toFixed(1)} ms, over its budget of ${budgetMs} ms\n`);
  }
  return over.length > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
