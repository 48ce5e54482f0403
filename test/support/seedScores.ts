// Figures from the real reports in ../shared/seeds, which several suites reproduce.

/** The ten indicator scores of the 2565 analysis report (analysis-report-2565.txt): 77.98, B in NACC's report. */
export const SEED_2565_SCORES: readonly number[] = [
  98.21, 94.45, 89.0, 94.35, 90.88, 87.35, 87.24, 82.18, 90.2, 31.25,
];
