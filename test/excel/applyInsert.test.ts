import { applyInsert } from "../../src/excel/applyInsert";
import { hostCapabilities } from "../../src/excel/capabilities";
import type { SheetToWrite } from "../../src/layout/insertPlan";
import type { ExcelSheetContents } from "../../src/excel/readForInsert";
import type { SheetPlan } from "../../src/layout/plan";
import { createFakeExcel } from "../support/fakeExcel";

/** A small plan made by hand: a title, a header, two formula rows, a table, rules and print setup. */
const plan: SheetPlan = {
  role: "grid-OIT",
  name: "แผน",
  visibility: "Visible",
  tabColor: "#ED7D31",
  baseFont: { name: "TH SarabunPSK", size: 14 },
  content: [
    { address: "A1", values: [["=ไม่ใช่สูตร"]] },
    { address: "A3:C3", values: [["ข้อ", "สถานะ", "ผล"]] },
    { address: "C4:C5", formulas: [['=IF(B4="✓",1,0)'], ['=IF(B5="✓",1,0)']] },
  ],
  formats: [
    { address: "A3:B3", format: { font: { bold: true }, fill: "#D9E2F3", borders: true } },
    { address: "C3", format: { font: { bold: true }, fill: "#D9E2F3", borders: true } },
    { address: "C4:C5", format: { numberFormat: "0" } },
  ],
  merges: ["A1:C1"],
  columnWidths: [{ column: "B", width: 10 }],
  rowHeights: [{ row: 1, height: 30 }],
  validations: [
    {
      address: "B4:B5",
      rule: { kind: "list", items: ["✓"] },
      error: { style: "warning", title: "เครื่องหมายอื่น", message: "ใช้ ✓" },
    },
  ],
  conditionalFormats: [
    { address: "B4:B5", formula: '=B4="✓"', format: { fill: "#C9EBC9" } },
    { address: "B4:B5", formula: '=B4<>""', format: { fill: "#F4B6B6", bold: true } },
    { address: "C4:C5", formula: "=C4=1", format: { fontColor: "#145A14" } },
  ],
  table: {
    name: "Plan_Table",
    address: "A3:C5",
    calculatedColumns: [{ header: "ผล", formula: '=IF(B4="✓",1,0)' }],
  },
  freeze: { rows: 3, columns: 0 },
  print: { orientation: "Portrait", paper: "A4", fitToOnePageWide: false },
};

const newSheet: SheetToWrite<ExcelSheetContents> = {
  plan,
  existing: null,
  writes: plan.content,
  validations: plan.validations,
};

async function apply(budget?: number) {
  const fake = createFakeExcel();
  const requests = await applyInsert(
    fake.context,
    hostCapabilities(fake.isSetSupported),
    [newSheet],
    [],
    budget,
  );
  return { fake, requests };
}

describe("applying a plan to a new sheet", () => {
  test("one write sync, everything queued in it", async () => {
    const { fake, requests } = await apply();
    expect([requests, fake.stats.syncs, fake.stats.pendingOperations]).toEqual([1, 1, 0]);
    const sheet = fake.sheet("แผน");
    expect(sheet.cell("A1")).toMatchObject({ value: "=ไม่ใช่สูตร", formula: null, mergedArea: "A1:C1" });
    expect(sheet.formulas("C4:C5")).toEqual([['=IF(B4="✓",1,0)'], ['=IF(B5="✓",1,0)']]);
    expect(sheet.cell("C3")).toMatchObject({
      font: { name: "TH SarabunPSK", size: 14, bold: true },
      fill: { color: "#D9E2F3" },
    });
    expect(sheet.cell("C4").numberFormat).toBe("0");
    expect([sheet.columnWidth("B"), sheet.rowHeight(1)]).toEqual([56.25, 30]);
    expect(sheet.freezePanes).toEqual({ rows: 3, columns: 0 });
    expect(sheet.pageLayout).toMatchObject({
      orientation: "Portrait",
      paperSize: "A4",
      zoom: { scale: 100 },
    });
    expect(sheet.tabColor).toBe("#ED7D31");
  });

  test("side-by-side blocks of one format are written as one range, and look the same", async () => {
    const { fake } = await apply();
    const sheet = fake.sheet("แผน");
    for (const cell of ["A3", "B3", "C3"]) {
      expect(sheet.cell(cell).borders).toMatchObject({
        top: { style: "Continuous" },
        bottom: { style: "Continuous" },
        left: { style: "Continuous" },
        right: { style: "Continuous" },
      });
    }
  });

  test("live colours keep the plan's order: the first rule wins", async () => {
    const { fake } = await apply();
    expect(
      fake
        .sheet("แผน")
        .conditionalFormats()
        .map(({ formula, priority }) => [priority, formula]),
    ).toEqual([
      [0, '=B4="✓"'],
      [1, '=B4<>""'],
      [2, "=C4=1"],
    ]);
  });

  test("the table takes the plan's name and its calculated column the plan's formulas, row by row", async () => {
    const { fake } = await apply();
    expect(fake.sheet("แผน").tables()).toEqual([
      expect.objectContaining({ name: "Plan_Table", address: "A3:C5", headers: ["ข้อ", "สถานะ", "ผล"] }),
    ]);
    expect(fake.sheet("แผน").cell("B4").dataValidation?.rule).toEqual({
      list: { inCellDropDown: true, source: "✓" },
    });
  });

  test("WRONG plan: a calculated column without planned formulas in its rows is refused before any write", async () => {
    const fake = createFakeExcel();
    const broken = { ...plan, content: plan.content.slice(0, 2) };
    await expect(
      applyInsert(
        fake.context,
        hostCapabilities(fake.isSetSupported),
        [{ plan: broken, existing: null, writes: broken.content, validations: broken.validations }],
        [],
      ),
    ).rejects.toThrow('gives no formula for every row of column "ผล"');
    expect(fake.stats.syncs).toBe(0);
  });
});

describe("requests over the size budget", () => {
  test("are cut into several write syncs, in order, with the same result", async () => {
    const whole = await apply();
    const cut = await apply(2_000);
    expect(cut.requests).toBeGreaterThan(1);
    expect(cut.fake.stats.syncs).toBe(cut.requests);
    for (const address of ["A1", "A3", "C3", "C5", "B4"]) {
      expect(cut.fake.sheet("แผน").cell(address)).toEqual(whole.fake.sheet("แผน").cell(address));
    }
    expect(cut.fake.sheet("แผน").conditionalFormats()).toEqual(whole.fake.sheet("แผน").conditionalFormats());
    expect(cut.fake.sheet("แผน").tables()).toEqual(whole.fake.sheet("แผน").tables());
  });
});
