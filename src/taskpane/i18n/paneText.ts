// Everything the pane says, as one shape that each language fills in whole: a string missing from one
// language fails the type check, not a user.
import type { Band } from "../../domain/bands";
import type { Language } from "../../domain/checkMessages";
import type { Framework, Grade } from "../../domain/framework";
import type { OitReadiness } from "../../domain/oitRegister";
import type { ToolProgress } from "../../domain/summary";
import type { DigitStyle } from "../../domain/thaiDigits";
import type { ThresholdsProblem } from "../../domain/thresholds";

export type PanelId = "start" | "check" | "summary" | "consolidate" | "settings";

/** Writes a number in the digits a figure is shown in: Thai in a Thai summary unless the workbook says not. */
export type WriteNumber = (value: number) => string;

export interface PaneText {
  readonly language: Language;
  readonly app: {
    readonly title: string;
    readonly intro: string;
    readonly tabs: Readonly<Record<PanelId, string>>;
    /** While a panel's code loads, the first time its tab is opened. */
    readonly opening: string;
    readonly tabList: string;
    /** The other language's name, in that language. */
    readonly otherLanguage: string;
    readonly switchLanguage: string;
  };
  readonly start: {
    readonly agency: string;
    readonly agencyHint: string;
    readonly fiscalYear: string;
    readonly fiscalYearOption: (fiscalYear: number) => string;
    readonly frameworkHint: (framework: Framework) => string;
    /** For a year NACC has not published rules for yet, instead of frameworkHint. */
    readonly unpublishedHint: (fiscalYear: number, rulesFrom: number) => string;
    /** Under either, while the figures are not confirmed against NACC's manual. */
    readonly unconfirmedHint: string;
    readonly insert: string;
    readonly inserting: string;
    readonly results: string;
    readonly inserted: string;
    readonly created: (sheets: string) => string;
    readonly repaired: (sheets: string) => string;
    readonly rearranged: (sheets: string) => string;
    readonly unchanged: string;
    readonly renamed: (wanted: string, got: string) => string;
    readonly keptYear: (fiscalYear: number) => string;
    readonly failed: string;
  };
  readonly check: {
    readonly intro: string;
    readonly check: string;
    readonly checking: string;
    readonly converting: string;
    readonly results: string;
    readonly workbook: string;
    readonly sheet: (name: string) => string;
    readonly tally: (errors: number, warnings: number) => string;
    readonly errors: string;
    readonly warnings: string;
    readonly goTo: (address: string) => string;
    readonly more: (count: number) => string;
    readonly convert: string;
    readonly convertHint: (count: number) => string;
    readonly clean: string;
    readonly cleanLine: string;
    readonly found: (errors: number, warnings: number, sheets: number) => string;
    readonly fixErrors: string;
    readonly mergesUnknown: string;
    readonly readWarnings: string;
    readonly converted: (count: number) => string;
    readonly failed: string;
    readonly selectFailed: string;
    readonly convertFailed: string;
  };
  readonly summary: {
    readonly intro: string;
    readonly summarise: string;
    readonly summarising: string;
    readonly results: string;
    readonly written: (sheet: string) => string;
    readonly keptEdited: (kept: string, written: string) => string;
    readonly failed: string;
    readonly scores: (fiscalYear: number) => string;
    readonly total: string;
    readonly result: string;
    readonly grade: (grade: Grade) => string;
    readonly missingScores: (numbers: string) => string;
    readonly strengths: (threshold: string) => string;
    readonly weaknesses: (threshold: string) => string;
    readonly belowExcellence: (threshold: string) => string;
    readonly belowPass: (threshold: string) => string;
    readonly none: string;
    readonly progress: string;
    /** `percent` is written already; `write` writes a count in the digits the summary uses. */
    readonly toolProgress: (progress: ToolProgress, percent: string, write: WriteNumber) => string;
    readonly overdue: (count: number, write: WriteNumber) => string;
    readonly overdueRow: (sheet: string, row: number) => string;
    readonly moreOverdue: (count: number, write: WriteNumber) => string;
    readonly oit: string;
    readonly oitReadiness: (readiness: OitReadiness, write: WriteNumber) => string;
    readonly memo: string;
    readonly copy: string;
    readonly copyResult: string;
    readonly copied: string;
    readonly copiedLine: (font: string) => string;
    readonly copyBlocked: string;
    readonly copyBlockedLine: string;
  };
  /** The OIT register as a web page, on the Summary tab. */
  readonly oitPage: {
    readonly heading: string;
    /** `count` is written already, in the digits the summary uses. */
    readonly intro: (count: string) => string;
    readonly noRegister: string;
    readonly copy: string;
    readonly download: string;
    readonly results: string;
    readonly source: string;
    readonly copied: string;
    readonly copiedLine: (fileName: string) => string;
    readonly copyBlocked: string;
    readonly copyBlockedLine: string;
    readonly downloaded: (fileName: string) => string;
    readonly downloadedLine: string;
    readonly downloadBlocked: string;
  };
  /** A parent office gathering its units' results. */
  readonly consolidate: {
    readonly intro: string;
    readonly chooseFiles: string;
    readonly chooseFolder: string;
    readonly chosen: (files: number) => string;
    readonly noneChosen: string;
    readonly consolidate: string;
    readonly reading: (done: number, total: number) => string;
    readonly writing: string;
    readonly cancel: string;
    readonly results: string;
    readonly written: (units: number, sheet: string) => string;
    readonly filesRead: (read: number, given: number) => string;
    readonly ranked: (ranked: number, units: number) => string;
    readonly level: (label: string, units: number) => string;
    readonly notSent: (units: number) => string;
    readonly keptEdited: (sheet: string) => string;
    readonly cancelled: (done: number, total: number) => string;
    readonly outOfMemory: (done: number, total: number) => string;
    readonly nothingWritten: string;
    readonly findings: (count: number) => string;
    readonly failed: string;
  };
  readonly settings: {
    readonly intro: string;
    readonly loading: string;
    readonly thresholds: string;
    readonly pass: string;
    readonly strength: string;
    readonly excellence: string;
    readonly thresholdsProblem: Readonly<Record<ThresholdsProblem, string>>;
    readonly bandNames: string;
    readonly bandNamesHint: string;
    /** A band's field, by the scores it holds under the thresholds as typed. */
    readonly bandName: (
      band: Band,
      thresholds: Readonly<Record<"pass" | "strength" | "excellence", string>>,
    ) => string;
    readonly bandNamesProblem: string;
    readonly font: string;
    readonly fontHint: string;
    readonly digits: string;
    readonly digitStyle: Readonly<Record<DigitStyle, string>>;
    readonly save: string;
    readonly saving: string;
    readonly results: string;
    readonly saved: string;
    readonly savedLines: readonly string[];
    readonly unreadable: string;
    readonly unreadableLine: string;
    readonly notYetSaved: string;
    readonly noSheetsLines: readonly string[];
    readonly readFailed: string;
    readonly saveFailed: string;
  };
  /** The support tool under Settings that puts the checklist's open questions to this Excel. */
  readonly hostProbe: {
    readonly open: string;
    readonly close: string;
    readonly title: string;
    readonly intro: readonly string[];
    readonly run: string;
    readonly running: string;
    readonly results: string;
    readonly allSame: (total: number) => string;
    readonly someDiffer: (differing: number, total: number) => string;
    readonly nextStep: string;
    readonly notNewWorkbook: string;
    readonly notNewWorkbookLine: string;
    readonly failed: string;
    readonly report: string;
    readonly copy: string;
    readonly copied: string;
    readonly selectedToCopy: string;
  };
  readonly nextYear: {
    readonly heading: string;
    /** Why the new year is a new workbook, and what it holds. */
    readonly intro: string;
    readonly start: string;
    readonly starting: string;
    readonly results: string;
    readonly delivered: Readonly<
      Record<"opened" | "downloaded" | "notDelivered", (toYear: number, fileName: string) => string>
    >;
    readonly scoresKept: (fromYear: number, count: number) => string;
    /** `recordSheet`: where last year's record of the carried measures is; null when none was carried. */
    readonly measuresCarried: (carried: number, done: number, recordSheet: string | null) => string;
    readonly gridsLeft: (sheets: readonly string[]) => string;
    readonly registerCarried: (items: number, urls: number, toYear: number) => string;
    readonly registerKeptApart: (rows: number) => string;
    readonly untouched: (fromYear: number) => string;
    readonly failed: string;
  };
  readonly failures: {
    readonly protectedSheets: (sheets: string) => string;
    readonly cellEditing: string;
    readonly sheetGone: (sheet: string | undefined) => string;
    readonly tooOld: string;
    readonly settingsIncomplete: string;
    readonly noItaSheets: string;
    readonly nextYearUnknown: string;
    /** `sheets`: their names, quoted, or "" when unknown. */
    readonly sheetTooLarge: (sheets: string) => string;
    readonly general: string;
  };
}
