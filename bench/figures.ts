// What a benchmark reports: figures, each a time, a count, a size or a ratio of two times, and the medians
// by which times are taken. Only what holds from run to run and machine to machine is held to a budget:
// counts, sizes, and ratios of two works timed side by side in one run. A time alone is recorded only.
import { performance } from "perf_hooks";

export interface Figure {
  /** The figure's name in the JSON: a contract for whoever tracks it over time. */
  readonly key: string;
  readonly label: string;
  readonly value: number;
  readonly unit: "ms" | "syncs" | "operations" | "KB" | "×";
  /** The run fails when the value is over it; a figure without one is recorded only. Never for "ms". */
  readonly budget?: number;
  /**
   * A budget the product asks for and the code does not reach yet: printed beside the figure, so that the
   * gap stays in sight, without failing the run. It becomes `budget` once reached.
   */
  readonly aim?: number;
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
  return median(times);
}

export function isOverBudget(figure: Figure): boolean {
  return figure.budget !== undefined && figure.value > figure.budget;
}

/** The median of an odd or even number of values. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export interface SideBySide {
  /** The median of the pairs' ratios, work over yardstick. */
  readonly ratio: number;
  readonly workMs: number;
  readonly yardstickMs: number;
}

async function timedMs(work: () => unknown): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/**
 * `work` against `yardstick`, timed in pairs one after the other, each first in turn: a busy machine slows
 * both of a pair alike, so the median of the pairs' ratios holds where either time alone does not. The
 * medians of the times themselves come too, as records.
 */
export async function sideBySide(
  work: () => unknown,
  yardstick: () => unknown,
  runs: Runs = FAST_WORK,
): Promise<SideBySide> {
  for (let run = 0; run < runs.warmUps; run++) {
    await work();
    await yardstick();
  }
  const pairs: [number, number][] = [];
  for (let run = 0; run < runs.timed; run++) {
    if (run % 2 === 0) {
      const workMs = await timedMs(work);
      pairs.push([workMs, await timedMs(yardstick)]);
    } else {
      const yardstickMs = await timedMs(yardstick);
      pairs.push([await timedMs(work), yardstickMs]);
    }
  }
  return {
    ratio: median(pairs.map(([workMs, yardstickMs]) => workMs / yardstickMs)),
    workMs: median(pairs.map(([workMs]) => workMs)),
    yardstickMs: median(pairs.map(([, yardstickMs]) => yardstickMs)),
  };
}
