// The pane's way into Excel, on the fake behind a global Excel and Office as the task pane sees them.
import { DEFAULT_BAND_NAMES } from "../../src/domain/bands";
import * as host from "../../src/excel/host";
import { HOST_QUESTIONS } from "../../src/excel/hostQuestions";
import { createFakeExcel } from "../support/fakeExcel";

const fake = createFakeExcel();
const run = jest.fn(
  (_options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<unknown>) =>
    batch(fake.context),
);

// Each test file has globals of its own, so these end with the file.
beforeAll(() => {
  Object.assign(globalThis, {
    Excel: { run },
    Office: { context: { requirements: { isSetSupported: fake.isSetSupported } } },
  });
});

const ACTIONS: readonly [string, () => Promise<unknown>][] = [
  ["insert", () => host.insertItaSheetsInExcel({ agency: "อบต.มะเฟือง" })],
  ["check", () => host.checkWorkbookInExcel()],
  ["select a cell", () => host.selectCellInExcel("Sheet1", "A1")],
  ["convert scores", () => host.convertScoresInExcel([])],
  ["read the settings", () => host.readSettingsInExcel()],
  [
    "save the settings",
    () =>
      host.saveSettingsInExcel({
        thresholds: { pass: 80, strength: 88.5, excellence: 93 },
        bandNames: DEFAULT_BAND_NAMES,
        documentFont: "TH SarabunPSK",
        digitStyle: "thai",
      }),
  ],
  ["summarise", () => host.summariseInExcel()],
];

// In that order: the insert makes the sheets the others work on.
describe.each(ACTIONS)("%s", (_, action) => {
  test("waits for a cell being edited rather than failing", async () => {
    run.mockClear();
    await action();
    expect(run).toHaveBeenCalledTimes(1);
    expect(run.mock.calls[0]?.[0]).toEqual({ delayForCellEdit: true });
  });
});

describe("the Excel check of the support tool", () => {
  test("waits for a cell being edited, and names the Excel that answered", async () => {
    const blank = createFakeExcel({ sheets: { Sheet1: [] } });
    run.mockClear();
    run.mockImplementationOnce((_options, batch) => batch(blank.context));
    const diagnostics = { host: "Excel", platform: "OfficeOnline", version: "16.0.19127.10000" };
    Object.assign((globalThis as unknown as { Office: { context: object } }).Office.context, { diagnostics });
    const probe = await host.askHostInExcel();
    expect(run.mock.calls[0]?.[0]).toEqual({ delayForCellEdit: true });
    expect(probe.host).toEqual(diagnostics);
    expect(probe.answers.map((answer) => answer.number)).toEqual(
      HOST_QUESTIONS.map((question) => question.number),
    );
  });
});
