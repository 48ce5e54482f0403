// What a benchmark reports: figures, each a time, a count or a size, most against a budget, and the
// median of timed runs by which every time is taken.
import { performance } from "perf_hooks";

export interface Figure {
  /** The figure's name in the JSON: a contract for whoever tracks it over time. */
  readonly key: string;
  readonly label: string;
  readonly value: number;
  readonly unit: "ms" | "syncs" | "operations" | "KB" | "×";
  /** The run fails when the value is over it; a figure without one is recorded only. */
  readonly budget?: number;
}

export interface Runs {
  /** Runs before the timing, so that the JIT and the file cache do not decide the figure. */
  readonly warmUps: number;
  readonly timed: number;
}

export const FAST_WORK: Runs = { warmUps: 5, timed: 15 };

/** The median of `runs.timed` runs after `runs.warmUps` runs, in milliseconds. */
export async function medianMs(work: () => unknown, runs: Runs = FAST_WORK): Promise<number> {
  for (let run = 0; run < runs.warmUps; run++) await work();
  const times: number[] = [];
  for (let run = 0; run < runs.timed; run++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

export function isOverBudget(figure: Figure): boolean {
  return figure.budget !== undefined && figure.value > figure.budget;
}
