// A workbook of year N made into the workbook of year N + 1: the same agency and settings, last year's
// scores kept beside the new ones, every measure not done carried into the new grids with its record of
// last year on a sheet of its own,
// and the OIT register carried by its items' stable keys. The year N workbook is only read: the new
// year is a new workbook, so last year's record stays as it was sent.
import { TOOL_IDS, type ToolId } from "../domain/framework";
import { rulesInForce } from "../domain/frameworks";
import { findTrackingGrid } from "../domain/gridColumns";
import { cellScores } from "../domain/indicatorScore";
import { carryMeasures, type CarriedMeasure } from "../domain/measureCarry";
import { carryOitRegister } from "../domain/oitCarry";
import { mapCatalogue } from "../domain/oitCatalogue";
import { fiscalYearWords, type OitRegisterEntry, type OitRegisterRow } from "../domain/oitRegister";
import { SheetCells } from "../domain/sheetCells";
import type { CalendarDate } from "../domain/thaiCalendar";
import type { WorkbookSettings } from "../domain/workbookSettings";
import { carriedRecordPlan, carriedRecordSheetName } from "./carriedRecordSheet";
import { findSettings } from "./insertPlan";
import type { WorkbookPlan } from "./plan";
import { DEFAULT_SHEET_NAMES } from "./sheetNames";
import { checkWorkbook, mergedAreas, type SheetForCheck } from "./workbookCheck";
import { workbookPlan } from "./workbookPlan";

/** The workbook has no settings sheet of ours: its year is not known, so the next one cannot be. */
export class NotItaWorkbookError extends Error {
  /** As a summary of a workbook without our sheets: the pane tells both alike. */
  readonly code = "NoItaSheets";

  constructor() {
    super("the workbook has no ITA Tracker settings sheet");
    this.name = "NotItaWorkbookError";
  }
}

/** NACC's rules for the next year are not known to this release, not even as a stand-in. */
export class NextYearUnknownError extends Error {
  readonly code = "NextYearUnknown";

  constructor(readonly fiscalYear: number) {
    super(`no ITA rules are known for fiscal year ${fiscalYear}`);
    this.name = "NextYearUnknownError";
  }
}

/** What went where, for the message that says so. */
export interface NextYearReport {
  readonly fromYear: number;
  readonly toYear: number;
  /** Last year's indicator scores kept: ten when the score sheet was complete. */
  readonly previousScores: number;
  /** Measures carried into each tool's new grid. */
  readonly carried: Readonly<Record<ToolId, number>>;
  /** Measures done last year: they stay in last year's workbook. */
  readonly done: number;
  /** The sheet holding the carried measures' records of last year; null when none was carried. */
  readonly recordSheet: string | null;
  /** Grids whose tool is not known (a sheet of the user's own): their rows stay in last year's workbook. */
  readonly gridsLeft: readonly string[];
  /** Register items carried, and how many URLs they hold. */
  readonly registerItems: number;
  readonly registerUrls: number;
  /** Rows of last year's register that the new year's list has no place for, kept at its foot. */
  readonly registerKeptApart: number;
}

export interface NextYearPlan {
  readonly settings: WorkbookSettings;
  readonly plan: WorkbookPlan;
  readonly report: NextYearReport;
}

/** A row the new list has no item for: kept, with a note saying why it is there. */
function keptApart(row: OitRegisterRow, note: string): OitRegisterEntry {
  const { code, key, requirement, unit, urls, period, published } = row;
  return {
    code,
    key,
    requirement,
    unit,
    urls,
    period,
    status: null,
    published,
    note: [row.note, note].filter((text) => text !== "").join("\n"),
  };
}

/** `sheets`: every sheet of the year N workbook, in tab order, as read for a check. */
export function planNextYear(sheets: readonly SheetForCheck[], today: CalendarDate): NextYearPlan {
  const stored = findSettings(sheets, today);
  if (stored === null) throw new NotItaWorkbookError();
  const fromYear = stored.settings.fiscalYear;
  const toYear = fromYear + 1;
  const rules = rulesInForce(toYear);
  if (!rules) throw new NextYearUnknownError(toYear);
  const reading = checkWorkbook({ sheets, stored, today });
  const { digitStyle } = stored.settings;

  const carried: Record<ToolId, CarriedMeasure[]> = { IIT: [], EIT: [], OIT: [] };
  const gridsLeft: string[] = [];
  let done = 0;
  for (const tracked of reading.grids) {
    done += tracked.rows.filter((row) => row.status === "done").length;
    const sheet = sheets.find((each) => each.name === tracked.sheet);
    const cells = sheet && new SheetCells(sheet.values, mergedAreas(sheet.merges ?? []));
    const grid = cells && findTrackingGrid(cells);
    if (tracked.tool === null || !cells || !grid) {
      if (tracked.rows.some((row) => row.status !== "done")) gridsLeft.push(tracked.sheet);
      continue;
    }
    carried[tracked.tool].push(...carryMeasures(cells, grid, tracked.rows, { fromYear, digitStyle }));
  }
  const settings: WorkbookSettings = { ...stored.settings, fiscalYear: toYear, previousYear: fromYear };
  const recordsName = carriedRecordSheetName(fromYear);
  // Each measure's note names the sheet its record of last year is on.
  const measures = Object.fromEntries(
    TOOL_IDS.map((tool) => [
      tool,
      carried[tool].map((measure) => ({
        ...measure,
        note: `${measure.note} ดูผลปีก่อนในแผ่นงาน "${recordsName}"`,
      })),
    ]),
  ) as Record<ToolId, CarriedMeasure[]>;
  const records = TOOL_IDS.flatMap((tool) =>
    carried[tool].map(({ measure, record }, index) => ({ tool, number: index + 1, measure, record })),
  );

  const previousScores = cellScores(reading.scoreCells ?? []);
  const register = carryOitRegister(reading.oitRegister ?? [], mapCatalogue(fromYear, toYear));
  const notListed = `ไม่อยู่ในรายการของ${fiscalYearWords(toYear, digitStyle)} ยกมาจากปีก่อน ลบแถวนี้ได้เมื่อไม่ใช้แล้ว`;
  const typedIn = "ยกมาจากปีก่อน ตรวจดูว่าตรงกับข้อใดของรายการปีนี้";
  const oitRegister = [
    ...register.entries,
    ...register.dropped.map((row) => keptApart(row, notListed)),
    ...register.unmatched.map((row) => keptApart(row, typedIn)),
  ];

  const plan = workbookPlan(settings, DEFAULT_SHEET_NAMES, {
    previousScores,
    measures,
    oitRegister,
    ...(records.length > 0 && { records: carriedRecordPlan(settings, fromYear, records) }),
  });
  return {
    settings,
    plan,
    report: {
      fromYear,
      toYear,
      previousScores: previousScores.filter((score) => score !== null).length,
      carried: Object.fromEntries(TOOL_IDS.map((tool) => [tool, measures[tool].length])) as Record<
        ToolId,
        number
      >,
      done,
      recordSheet: records.length > 0 ? recordsName : null,
      gridsLeft,
      registerItems: oitRegister.filter((entry) => entry.unit !== "" || entry.urls.length > 0).length,
      registerUrls: oitRegister.reduce((sum, entry) => sum + entry.urls.length, 0),
      registerKeptApart: register.dropped.length + register.unmatched.length,
    },
  };
}
