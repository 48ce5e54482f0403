// Stands in for Office.js in the browser test: the page's request for office.js is answered with this
// bundle, which gives the pane an Office that is ready at once and an Excel that is the fake workbook.
// What a person would do in Excel itself (type into cells, protect a sheet) the test does through
// window.__fakeExcel.
import { createFakeExcel, type SeedValue } from "../support/fakeExcel";

/** Set by the test before this bundle runs. */
export interface FakeOfficeOptions {
  readonly displayLanguage: string;
  readonly apiVersion?: string;
}

/** What the test does in the workbook, and what it looks at there. */
export interface FakeWorkbookHook {
  type(sheet: string, address: string, rows: SeedValue[][]): Promise<void>;
  protect(sheet: string): Promise<void>;
  values(sheet: string, address: string): unknown[][];
  sheetNames(): string[];
  activeSheetName(): string;
  selection(sheet: string): string;
}

declare global {
  interface Window {
    __fakeOfficeOptions?: FakeOfficeOptions;
    __fakeExcel?: FakeWorkbookHook;
  }
}

const options: FakeOfficeOptions = window.__fakeOfficeOptions ?? { displayLanguage: "th-TH" };
const fake = createFakeExcel(options.apiVersion === undefined ? {} : { apiVersion: options.apiVersion });
const { context } = fake;

async function edit(sheet: string, change: (worksheet: Excel.Worksheet) => void): Promise<void> {
  change(context.workbook.worksheets.getItem(sheet));
  await context.sync();
}

const hook: FakeWorkbookHook = {
  type: (sheet, address, rows) =>
    edit(sheet, (worksheet) => {
      worksheet.getRange(address).values = rows;
    }),
  protect: (sheet) => edit(sheet, (worksheet) => worksheet.protection.protect()),
  values: (sheet, address) => fake.sheet(sheet).values(address),
  sheetNames: () => fake.sheetNames(),
  activeSheetName: () => fake.activeSheetName(),
  selection: (sheet) => fake.sheet(sheet).selection,
};

const ready = { host: "Excel", platform: "OfficeOnline" };

Object.assign(window, {
  Office: {
    onReady: (callback?: (info: typeof ready) => void) => {
      callback?.(ready);
      return Promise.resolve(ready);
    },
    context: {
      displayLanguage: options.displayLanguage,
      requirements: { isSetSupported: fake.isSetSupported },
      diagnostics: { ...ready, version: "16.0 (the fake Excel of the browser test)" },
    },
  },
  // The pane runs every batch with options (host.ts); the fake has no cell edit mode to wait for.
  Excel: {
    run: <T>(_options: Excel.RunOptions, batch: (requestContext: Excel.RequestContext) => Promise<T>) =>
      batch(context),
  },
  __fakeExcel: hook,
});
