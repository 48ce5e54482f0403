/**
 * A strict fake of the Excel JavaScript API for tests of the Office.js layer (src/excel): writes wait for
 * context.sync(), unloaded reads throw PropertyNotLoaded, missing items reject the sync, older hosts lack
 * newer members, and every sync and queued operation is counted. See docs/real-excel-checklist.md for
 * where it may differ from Excel.
 */
import { FakeRequestContext, type SyncStats } from "./context";
import type { FakePlatform } from "./hostLimits";
import { SheetInspector } from "./inspect";
import { hostSupports, parseVersion } from "./requirementSets";
import { interpretInput } from "./state/cellInput";
import { WorkbookState } from "./state/workbook";

export { FakeOfficeError, type FakeErrorCode } from "./errors";
export { CLIPPED_COLUMNS, CLIPPED_ROWS } from "./address";
export type {
  CellView,
  ChartSeriesView,
  ChartView,
  ConditionalFormatView,
  SheetInspector,
  TableView,
} from "./inspect";
export type { SyncStats } from "./context";
export { READ_CELL_LIMIT, WEB_RESPONSE_LIMIT_BYTES, type FakePlatform } from "./hostLimits";

export type SeedValue = string | number | boolean | null;

export interface FakeExcelOptions {
  /** The highest ExcelApi requirement set the host supports, such as "1.1", "1.9" or "1.17" (the default). */
  apiVersion?: string;
  /**
   * Sheets in tab order with values from A1, read as typed ("=..." is a formula, null leaves a cell
   * empty). Default: one empty "Sheet1". Note that JavaScript puts integer-like keys ("2568") first.
   */
  sheets?: Record<string, SeedValue[][]>;
  /** "web" refuses a sync whose loads send back more than 5 MB (ResponsePayloadSizeLimitExceeded). */
  platform?: FakePlatform;
  /**
   * A host stricter than Excel is believed to be: a method called on a null object, or on anything
   * reached through one, rejects the sync (InvalidObjectPath). Loading a null object stays allowed.
   */
  rejectCallsOnNullObjects?: boolean;
}

export interface FakeExcel {
  /** The fake's RequestContext behind Office's type: pass it where production code takes a context. */
  readonly context: Excel.RequestContext;
  readonly apiVersion: string;
  /** Office.context.requirements.isSetSupported as this host would answer; safe to pass detached. */
  isSetSupported(name: string, version?: string): boolean;
  /** Live counters: syncs, queuedOperations, pendingOperations, operationsPerSync, trackedObjects. */
  readonly stats: Readonly<Omit<SyncStats, "reset">>;
  resetStats(): void;
  sheetNames(): string[];
  /** The sheet by name (ignoring case); throws when there is none, as that is a mistake in the test. */
  sheet(name: string): SheetInspector;
  activeSheetName(): string;
}

export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  const apiVersion = options.apiVersion ?? "1.17";
  parseVersion(apiVersion); // a malformed version fails here, not in the middle of a test
  const workbook = new WorkbookState();
  const sheets = Object.entries(options.sheets ?? { Sheet1: [] });
  if (sheets.length === 0) throw new Error("A workbook has at least one sheet");
  for (const [name, rows] of sheets) {
    const sheet = workbook.addSheet(name);
    rows.forEach((line, row) =>
      line.forEach((item, column) => {
        const content = interpretInput(item, "General");
        if (content !== null) sheet.setContent(row, column, content);
      }),
    );
  }
  const context = new FakeRequestContext(workbook, apiVersion, {
    platform: options.platform ?? "desktop",
    rejectCallsOnNullObjects: options.rejectCallsOnNullObjects ?? false,
  });
  return {
    context: context as unknown as Excel.RequestContext,
    apiVersion,
    isSetSupported: (name, version = "1.1") =>
      name.toUpperCase() === "EXCELAPI" && hostSupports(apiVersion, version),
    stats: context.stats,
    resetStats: () => context.stats.reset(),
    sheetNames: () => workbook.sheets.map((sheet) => sheet.name),
    sheet: (name) => {
      const sheet = workbook.findSheet(name);
      if (sheet === undefined) {
        throw new Error(
          `No sheet '${name}'; the sheets are ${workbook.sheets.map((s) => s.name).join(", ")}`,
        );
      }
      return new SheetInspector(sheet);
    },
    activeSheetName: () => workbook.activeSheet.name,
  };
}
