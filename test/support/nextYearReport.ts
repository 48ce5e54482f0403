import type { NextYearReport } from "../../src/layout/nextYear";

/** What a 2568 workbook carried into 2569: ten scores, three measures not done, four done, the register. */
export const NEXT_YEAR_REPORT: NextYearReport = {
  fromYear: 2568,
  toYear: 2569,
  previousScores: 10,
  carried: { IIT: 2, EIT: 1, OIT: 0 },
  done: 4,
  recordSheet: "ยกมาจากปี 2568",
  gridsLeft: [],
  registerItems: 12,
  registerUrls: 15,
  registerKeptApart: 0,
};
