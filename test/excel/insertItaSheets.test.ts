import { columnWidthPoints } from "../../src/layout/columnWidth";
import { ProtectedSheetsError } from "../../src/excel/insertItaSheets";
import { listSource } from "../../src/excel/ruleWrites";
import { parseRange, rangeAddress } from "../../src/layout/a1";
import type { ContentBlock, FormatPlan, SheetPlan } from "../../src/layout/plan";
import { planExtent } from "../../src/layout/repair";
import { DEFAULT_SHEET_NAMES } from "../../src/layout/sheetNames";
import { createFakeExcel, type FakeExcel, type SeedValue } from "../support/fakeExcel";
import { sheetOf } from "../layout/fixtures";
import { expectedPlan, insert, sheetView, workbookView } from "./insertFixture";

const OURS = Object.values(DEFAULT_SHEET_NAMES);
const GRID = DEFAULT_SHEET_NAMES["grid-IIT"];
const SCORES = DEFAULT_SHEET_NAMES.scores;

function cellsOf(address: string): string[] {
  const box = parseRange(address);
  const cells: string[] = [];
  for (let row = box.top; row <= box.bottom; row++) {
    for (let column = box.left; column <= box.right; column++) {
      cells.push(rangeAddress({ top: row, left: column, bottom: row, right: column }));
    }
  }
  return cells;
}

/** The format a cell should end with: the base font, then every block over it in the plan's order. */
function plannedFormat(plan: SheetPlan, cell: string) {
  const { top, left } = parseRange(cell);
  const over = plan.formats.filter(({ address }) => {
    const box = parseRange(address);
    return top >= box.top && top <= box.bottom && left >= box.left && left <= box.right;
  });
  return over.reduce<FormatPlan & { font: NonNullable<FormatPlan["font"]> }>(
    (format, block) => ({ ...format, ...block.format, font: { ...format.font, ...block.format.font } }),
    { font: { ...plan.baseFont } },
  );
}

function expectSheetFollowsPlan(fake: FakeExcel, plan: SheetPlan) {
  const sheet = fake.sheet(plan.name);
  for (const block of plan.content) {
    if (block.values)
      expect(sheet.values(block.address)).toEqual(block.values.map((row) => row.map((v) => v ?? "")));
    if (block.formulas) expect(sheet.formulas(block.address)).toEqual(block.formulas);
  }
  for (const block of plan.formats) {
    const box = parseRange(block.address);
    const corners = [box.top, box.bottom].flatMap((row) =>
      [box.left, box.right].map((column) =>
        rangeAddress({ top: row, left: column, bottom: row, right: column }),
      ),
    );
    for (const cell of corners) {
      const format = plannedFormat(plan, cell);
      const view = sheet.cell(cell);
      expect(view.font).toMatchObject({
        name: format.font.name,
        size: format.font.size,
        ...(format.font.bold !== undefined && { bold: format.font.bold }),
      });
      if (format.fill !== undefined) expect(view.fill.color).toBe(format.fill);
      if (format.horizontalAlignment) expect(view.horizontalAlignment).toBe(format.horizontalAlignment);
      if (format.verticalAlignment) expect(view.verticalAlignment).toBe(format.verticalAlignment);
      if (format.wrapText !== undefined) expect(view.wrapText).toBe(format.wrapText);
      if (format.numberFormat !== undefined) expect(view.numberFormat).toBe(format.numberFormat);
      if (block.format.borders) {
        for (const side of ["top", "bottom", "left", "right"] as const) {
          expect(view.borders[side]).toMatchObject({ style: "Continuous", color: "#000000" });
        }
      }
    }
  }
  expect(sheet.merges()).toEqual(expect.arrayContaining(plan.merges));
  for (const { column, width } of plan.columnWidths)
    expect(sheet.columnWidth(column)).toBe(columnWidthPoints(width));
  for (const { row, height } of plan.rowHeights) expect(sheet.rowHeight(row)).toBe(height);
  for (const validation of plan.validations) {
    for (const cell of [
      cellsOf(validation.address)[0] as string,
      cellsOf(validation.address).at(-1) as string,
    ]) {
      expect(sheet.cell(cell).dataValidation).toEqual({
        rule:
          validation.rule.kind === "list"
            ? { list: { inCellDropDown: true, source: listSource(validation.rule.items) } }
            : {
                decimal: {
                  formula1: validation.rule.min,
                  formula2: validation.rule.max,
                  operator: "Between",
                },
              },
        prompt: validation.prompt ? { showPrompt: true, ...validation.prompt } : expect.anything(),
        errorAlert: {
          showAlert: true,
          style: validation.error.style === "stop" ? "Stop" : "Warning",
          title: validation.error.title,
          message: validation.error.message,
        },
        ignoreBlanks: true,
      });
    }
  }
  expect(
    sheet
      .conditionalFormats()
      .map(({ address, type, formula, format }) => ({ address, type, formula, format })),
  ).toEqual(
    plan.conditionalFormats.map(({ address, formula, format }) => ({
      address,
      type: "Custom",
      formula,
      format: expect.objectContaining({
        fillColor: format.fill ?? null,
        fontColor: format.fontColor ?? null,
        bold: format.bold ?? null,
      }),
    })),
  );
  expect(sheet.visibility).toBe(plan.visibility);
  expect(sheet.tabColor).toBe(plan.tabColor ?? "");
  expect(sheet.freezePanes).toEqual(plan.freeze ?? { rows: 0, columns: 0 });
}

describe("inserting into an empty workbook", () => {
  test.each(["1.9", "1.17"])(
    "on ExcelApi %s: the five sheets as planned, in one read sync and one write sync",
    async (apiVersion) => {
      const fake = createFakeExcel({ apiVersion });
      const result = await insert(fake, { agency: "องค์การบริหารส่วนตำบลมะเฟือง", fiscalYear: 2568 });

      expect(fake.stats.operationsPerSync).toHaveLength(2);
      expect(fake.stats.pendingOperations).toBe(0);
      expect(fake.sheetNames()).toEqual(["Sheet1", ...OURS]);
      expect(result).toEqual({
        created: OURS.slice(0, 5),
        repaired: [],
        rearranged: [],
        renamed: [],
        missingFeatures: [],
        fiscalYear: 2568,
      });
      const plan = expectedPlan({ agency: "องค์การบริหารส่วนตำบลมะเฟือง", fiscalYear: 2568 });
      plan.sheets.forEach((sheetPlan) => expectSheetFollowsPlan(fake, sheetPlan));
    },
  );

  test("the tracking grids are Excel tables with their calculated columns, frozen headers and print setup", async () => {
    const fake = createFakeExcel({ apiVersion: "1.9" });
    await insert(fake);
    const plan = expectedPlan().sheets.find((sheet) => sheet.name === GRID) as SheetPlan;
    const grid = fake.sheet(GRID);
    expect(grid.tables()).toEqual([
      {
        name: "ITA_IIT",
        address: plan.table?.address,
        bodyAddress: "A6:T10",
        headers: expect.arrayContaining(["ตัวชี้วัด", "คะแนนตัวชี้วัด", "ระดับ"]),
        style: "TableStyleLight1",
        showBandedRows: false,
        showFilterButton: true,
      },
    ]);
    expect(grid.formulas("S6:S10").map(([formula]) => formula)).toEqual(
      [6, 7, 8, 9, 10].map((row) => expect.stringContaining(`=IF($B${row}="",""`)),
    );
    expect(grid.freezePanes).toEqual({ rows: 5, columns: 2 });
    expect(grid.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { scale: 100 },
      printOrder: "OverThenDown",
      printTitleRows: "$4:$5",
      printTitleColumns: "$A:$B",
      centerHorizontally: true,
      topMargin: 43,
      bottomMargin: 43,
      leftMargin: 28,
      rightMargin: 28,
    });
    // The second printed page starts at the first quarter's progress, K (10 counted from 0).
    expect(grid.pageBreaks).toEqual({ rows: [], columns: [10] });
    expect(fake.sheet(SCORES).pageLayout).toMatchObject({ orientation: "Portrait", paperSize: "A4" });
  });

  test("the settings sheet is very hidden and records where every sheet is", async () => {
    const fake = createFakeExcel();
    await insert(fake);
    const settings = fake.sheet("ITA_Settings");
    expect(settings.visibility).toBe("VeryHidden");
    expect(settings.formulas("A14:B19")).toEqual([
      ["sheet:scores", "='คะแนน ITA'!$A$1"],
      ["sheet:grid-IIT", "='ติดตาม IIT'!$A$1"],
      ["sheet:grid-EIT", "='ติดตาม EIT'!$A$1"],
      ["sheet:grid-OIT", "='ติดตาม OIT'!$A$1"],
      ["sheet:oit-register", "='ทะเบียน OIT'!$A$1"],
      ["sheet:settings", "=ITA_Settings!$A$1"],
    ]);
  });

  test("with no fiscal year chosen, the latest one known by today's date", async () => {
    const fake = createFakeExcel();
    expect((await insert(fake)).fiscalYear).toBe(2569);
  });
});

function typedGridRows(count: number): SeedValue[][] {
  return Array.from({ length: count }, (_, index) => [
    index + 1,
    "1. การปฏิบัติหน้าที่",
    `จุดอ่อนที่ ${index + 1}`,
    "- ประชุมชี้แจง",
    "=ไม่ใช่สูตร",
  ]);
}

/** Types rows into the IIT grid below its header, as a user would, in one sync. */
async function typeGridRows(fake: FakeExcel, rows: SeedValue[][]) {
  const range = fake.context.workbook.worksheets.getItem(GRID).getRange(`A6:E${5 + rows.length}`);
  range.values = rows.map((row) => row.map((cell) => (typeof cell === "string" ? `'${cell}` : cell)));
  await fake.context.sync();
}

describe("the insert does not grow with what users typed", () => {
  test("10 or 1,000 typed grid rows: the same syncs and the same operations", async () => {
    const counts = [];
    for (const rows of [10, 1000]) {
      const fake = createFakeExcel({ apiVersion: "1.17" });
      await insert(fake);
      await typeGridRows(fake, typedGridRows(rows));
      fake.resetStats();
      await insert(fake);
      counts.push(fake.stats.operationsPerSync);
    }
    expect(counts[0]).toHaveLength(2);
    expect(counts[1]).toEqual(counts[0]);
  });

  test("a large sheet of the user's own costs no more than an empty one", async () => {
    const counts = [];
    for (const rows of [10, 1000]) {
      const fake = createFakeExcel({ sheets: { บันทึก: typedGridRows(rows) } });
      await insert(fake);
      counts.push(fake.stats.operationsPerSync);
    }
    expect(counts[1]).toEqual(counts[0]);
  });
});

describe("inserting again", () => {
  async function usedWorkbook() {
    const fake = createFakeExcel({ apiVersion: "1.17" });
    await insert(fake, { agency: "เทศบาลตำบลบ้านใหม่", fiscalYear: 2568 });
    await typeGridRows(fake, typedGridRows(8));
    const sheets = fake.context.workbook.worksheets;
    const grid = sheets.getItem(GRID);
    grid.getRange("H6:J6").values = [["", "✓", ""]];
    grid.getRange("D7").format.fill.color = "#FFFF00";
    grid.getRange("C8").format.font.bold = true;
    sheets.getItem(SCORES).getRange("C6:C15").values = [
      [94.7],
      [88],
      [91.25],
      [79],
      [95],
      [85.5],
      [90],
      [87],
      [100],
      [62.5],
    ];
    // A title someone rewrote is theirs now.
    sheets.getItem(SCORES).getRange("A2").values = [["อบต.บ้านใหม่ (ฉบับแก้ไข)"]];
    await fake.context.sync();
    return fake;
  }

  test("changes nothing anyone can see, twice over, and says nothing was made or repaired", async () => {
    const fake = await usedWorkbook();
    const before = workbookView(fake);
    const first = await insert(fake);
    const second = await insert(fake, { agency: "อื่น", fiscalYear: 2565 });
    expect(workbookView(fake)).toEqual(before);
    expect([first, second].map(({ created, repaired, renamed }) => [created, repaired, renamed])).toEqual([
      [[], [], []],
      [[], [], []],
    ]);
    expect(second.fiscalYear).toBe(2568);
  });

  test("renames the bands of a workbook made before band names were settings, keeping a name someone typed", async () => {
    const fake = await usedWorkbook();
    const scores = sheetOf(expectedPlan({ agency: "เทศบาลตำบลบ้านใหม่", fiscalYear: 2568 }), "scores");
    const earlier = scores.content.filter((block) => block.formerly !== undefined);
    expect(earlier.length).toBeGreaterThan(0);
    const sheet = fake.context.workbook.worksheets.getItem(SCORES);
    for (const block of earlier) {
      const { values, formulas } = block.formerly ?? {};
      if (values) sheet.getRange(block.address).values = values.map((row) => [...row]);
      if (formulas) sheet.getRange(block.address).formulas = formulas.map((row) => [...row]);
    }
    // The agency renamed the top band by typing over the legend.
    const legend = earlier.find((block) => block.formerly?.values) as ContentBlock;
    const top = parseRange(legend.address);
    const typedCell = rangeAddress({ top: top.bottom, left: top.left, bottom: top.bottom, right: top.left });
    sheet.getRange(typedCell).values = [["AA"]];
    await fake.context.sync();

    const result = await insert(fake);
    expect(result.repaired).toEqual([SCORES]);
    // Every cell an earlier version wrote holds the plan's formula now, but the one typed over.
    const typedAt = { row: top.bottom, column: top.left };
    for (const block of earlier) {
      const box = parseRange(block.address);
      block.formulas?.forEach((line, r) =>
        line.forEach((formula, c) => {
          const [row, column] = [box.top + r, box.left + c];
          if (row === typedAt.row && column === typedAt.column) return;
          expect(
            fake.sheet(SCORES).formulas(rangeAddress({ top: row, left: column, bottom: row, right: column })),
          ).toEqual([[formula]]);
        }),
      );
    }
    expect(fake.sheet(SCORES).cell(typedCell).value).toBe("AA");
  });

  test("puts back the drop-downs of an area that lost them all, never over cells that still have one", async () => {
    const fake = await usedWorkbook();
    const [indicators, statuses] = sheetOf(expectedPlan({ fiscalYear: 2568 }), "grid-IIT").validations;
    if (!indicators || !statuses) throw new Error("a grid has two drop-down areas");
    const grid = fake.context.workbook.worksheets.getItem(GRID);
    // Pasted over: the status column lost every drop-down; one indicator cell lost its own.
    grid.getRange(statuses.address).dataValidation.clear();
    const [firstIndicator, ...otherIndicators] = cellsOf(indicators.address);
    grid.getRange(firstIndicator).dataValidation.clear();
    await fake.context.sync();

    const result = await insert(fake);
    expect(result.repaired).toEqual([GRID]);
    for (const cell of cellsOf(statuses.address)) {
      expect(fake.sheet(GRID).cell(cell).dataValidation?.rule).toEqual({
        list: {
          inCellDropDown: true,
          source: listSource([...(statuses.rule.kind === "list" ? statuses.rule.items : [])]),
        },
      });
    }
    // The indicator column still had drop-downs: left as it is, the emptied cell too.
    expect(fake.sheet(GRID).cell(firstIndicator as string).dataValidation).toBeNull();
    for (const cell of otherIndicators) expect(fake.sheet(GRID).cell(cell).dataValidation).not.toBeNull();
    // Nothing more to put back the second time.
    expect((await insert(fake)).repaired).toEqual([]);
  });

  test("puts back what was cleared from our cells, and only there", async () => {
    const fake = await usedWorkbook();
    const grid = fake.context.workbook.worksheets.getItem(GRID);
    grid.getRange("A5:C5").values = [["", "", ""]];
    grid.getRange("A5:C5").format.fill.color = "#FFFFFF";
    grid.getRange("S7").formulas = [[""]];
    await fake.context.sync();
    const before = sheetView(fake, GRID);

    const result = await insert(fake);

    expect(result.repaired).toEqual([GRID]);
    const after = sheetView(fake, GRID);
    const plan = expectedPlan({ agency: "เทศบาลตำบลบ้านใหม่", fiscalYear: 2568 }).sheets[1] as SheetPlan;
    expect(fake.sheet(GRID).values("A5:C5")).toEqual([["ลำดับ", "ตัวชี้วัด", "ประเด็นที่เป็นข้อบกพร่อง/จุดอ่อน"]]);
    expect(fake.sheet(GRID).cell("B5").fill.color).toBe("#D9E2F3");
    expect(fake.sheet(GRID).formulas("S7")).toEqual([[plan.content.at(-1)?.formulas?.[1]?.[0]]]);
    // Every other cell is as it was: the typed rows, their fill and bold, the scores.
    const changed = after.cells.flatMap((row, r) =>
      row.flatMap((cell, c) =>
        JSON.stringify(cell) === JSON.stringify(before.cells[r]?.[c]) ? [] : [`${r + 1}:${c + 1}`],
      ),
    );
    expect(changed).toEqual(["5:1", "5:2", "5:3", "7:19"]);
    expect(after.conditionalFormats).toEqual(before.conditionalFormats);
  });

  test("re-adds live colours and drop-downs to a sheet of ours that lost all of them, once", async () => {
    const fake = await usedWorkbook();
    const scores = fake.context.workbook.worksheets.getItem(SCORES);
    scores.getRange("A1:T40").conditionalFormats.clearAll();
    scores.getRange("A1:T40").dataValidation.clear();
    await fake.context.sync();

    await insert(fake);
    await insert(fake);

    const plan = expectedPlan({ fiscalYear: 2568 }).sheets[0] as SheetPlan;
    expect(fake.sheet(SCORES).conditionalFormats()).toHaveLength(plan.conditionalFormats.length);
    expect(fake.sheet(SCORES).cell("C6").dataValidation?.rule).toEqual({
      decimal: { formula1: 0, formula2: 100, operator: "Between" },
    });
    expect(fake.sheet(SCORES).values("C6:C7")).toEqual([[94.7], [88]]);
  });

  test("follows a sheet of ours the user renamed, as the registry's reference does in Excel", async () => {
    const fake = createFakeExcel();
    await insert(fake);
    const { worksheets } = fake.context.workbook;
    worksheets.getItem(GRID).name = "IIT ของเรา";
    // Excel rewrites references to a renamed sheet; the fake does not, so the test does it.
    worksheets.getItem("ITA_Settings").getRange("B15").formulas = [["='IIT ของเรา'!$A$1"]];
    worksheets.getItem("IIT ของเรา").getRange("B5").values = [[""]];
    await fake.context.sync();

    const result = await insert(fake);

    expect(result).toMatchObject({ created: [], repaired: ["IIT ของเรา"], renamed: [] });
    expect(fake.sheetNames()).not.toContain(GRID);
    expect(fake.sheet("IIT ของเรา").values("B5")).toEqual([["ตัวชี้วัด"]]);
  });

  test("makes again a sheet of ours that was deleted, and the registry follows it", async () => {
    const fake = createFakeExcel();
    await insert(fake);
    const { workbook } = fake.context;
    workbook.worksheets.getItem("ITA_Settings").getRange("B15").formulas = [["=#REF!"]];
    await fake.context.sync();
    // The fake does not model deleting a sheet; the registry's #REF! is what Excel leaves, and the
    // sheet's name is free again once the user's own sheet stops holding it.
    workbook.worksheets.getItem(GRID).name = "เก่า";
    await fake.context.sync();

    const result = await insert(fake);

    expect(result.created).toEqual([GRID]);
    expect(fake.sheet("ITA_Settings").formulas("B15")).toEqual([["='ติดตาม IIT'!$A$1"]]);
    expect(fake.sheet(GRID).tables()[0]?.name).toBe("ITA_IIT_2");
  });
});

describe("names of someone else", () => {
  test("a table of ours never takes a name the workbook has already, whatever its case", async () => {
    const fake = createFakeExcel({ sheets: { ข้อมูล: [["งบ"]] } });
    fake.context.workbook.names.add("ita_iit", "=ข้อมูล!$A$1");
    await fake.context.sync();
    await insert(fake);
    expect(fake.sheet(GRID).tables()[0]?.name).toBe("ITA_IIT_2");
  });
});

describe("sheets of someone else", () => {
  test("a sheet named คะแนน ITA that is not ours is untouched; ours is คะแนน ITA (2)", async () => {
    const fake = createFakeExcel({
      sheets: {
        "คะแนน ITA": [
          ["ตัวชี้วัด", "คะแนน"],
          ["IIT", 91],
        ],
      },
    });
    fake.context.workbook.worksheets.getItem(SCORES).getRange("B2").format.fill.color = "#FF0000";
    await fake.context.sync();
    const before = sheetView(fake, SCORES);

    const result = await insert(fake);

    expect(sheetView(fake, SCORES)).toEqual(before);
    expect(result.renamed).toEqual([{ wanted: SCORES, got: "คะแนน ITA (2)" }]);
    expect(result.created).toContain("คะแนน ITA (2)");
    expect(fake.sheet("คะแนน ITA (2)").values("B5:C5")).toEqual([["ตัวชี้วัด", "คะแนน"]]);
    // The grids look the scores up on our sheet, by the name it got.
    expect(fake.sheet(GRID).formulas("S6")[0]?.[0]).toContain("'คะแนน ITA (2)'!");
  });

  test("a table name someone else has is not taken from them", async () => {
    const fake = createFakeExcel({
      sheets: {
        ของเรา: [
          ["a", "b"],
          [1, 2],
        ],
      },
    });
    fake.context.workbook.tables.add("ของเรา!A1:B2", true).name = "ITA_EIT";
    await fake.context.sync();
    await insert(fake);
    expect(fake.sheet("ของเรา").tables()[0]?.name).toBe("ITA_EIT");
    expect(fake.sheet(DEFAULT_SHEET_NAMES["grid-EIT"]).tables()[0]?.name).toBe("ITA_EIT_2");
  });

  test("a protected sheet of ours stops the insert before anything is written", async () => {
    const fake = createFakeExcel();
    await insert(fake);
    fake.context.workbook.worksheets.getItem(GRID).protection.protect();
    fake.context.workbook.worksheets.getItem(GRID).getRange("A5").values = [[""]];
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    fake.resetStats();
    const before = workbookView(fake);

    const failure = insert(fake);

    await expect(failure).rejects.toBeInstanceOf(ProtectedSheetsError);
    await expect(failure).rejects.toMatchObject({ code: "AccessDenied", sheets: [GRID] });
    expect(fake.stats.syncs).toBe(1);
    expect(workbookView(fake)).toEqual(before);
  });
});

describe("user text is never a formula", () => {
  test.each(['=HYPERLINK("http://x")', "+66 81 234 5678", "-ทดสอบ", "@หน่วยงาน"])(
    "agency %j",
    async (agency) => {
      const fake = createFakeExcel();
      await insert(fake, { agency });
      expect(fake.sheet(SCORES).cell("A2")).toMatchObject({ value: agency, formula: null });
      // A grid's titles start after the number and indicator, which its second printed page repeats.
      expect(fake.sheet(GRID).cell("C2")).toMatchObject({ value: agency, formula: null });
      expect(fake.sheet("ITA_Settings").cell("B2")).toMatchObject({ value: agency, formula: null });
    },
  );
});

describe("older hosts", () => {
  test.each([
    [
      "1.1",
      3,
      ["layout", "hiddenSettings", "liveColours", "freezePanes", "tabColour", "dropdowns", "printSetup"],
    ],
    ["1.4", 3, ["liveColours", "freezePanes", "tabColour", "dropdowns", "printSetup"]],
    ["1.7", 2, ["dropdowns", "printSetup"]],
  ])(
    "ExcelApi %s: values, formulas, fonts and fills in %d syncs, and says what is missing",
    async (apiVersion, syncs, missing) => {
      const fake = createFakeExcel({ apiVersion });
      const result = await insert(fake, { agency: "อบต.มะเฟือง" });
      expect(result.missingFeatures).toEqual(missing);
      expect(fake.stats.syncs).toBe(syncs);
      const plan = expectedPlan({ agency: "อบต.มะเฟือง" });
      for (const sheetPlan of plan.sheets) {
        const sheet = fake.sheet(sheetPlan.name);
        for (const block of sheetPlan.content) {
          // A cell a block leaves unwritten (null) reads back empty.
          const read = block.values?.map((line) => line.map((value) => value ?? ""));
          if (read) expect(sheet.values(block.address)).toEqual(read);
          if (block.formulas) expect(sheet.formulas(block.address)).toEqual(block.formulas);
        }
      }
      const header = fake.sheet(GRID).cell("B5");
      expect(header).toMatchObject({
        font: { name: "TH SarabunPSK", bold: true },
        fill: { color: "#D9E2F3" },
      });
      expect(fake.sheet(GRID).tables()).toHaveLength(1);
    },
  );

  test("ExcelApi 1.1 leaves the settings sheet visible and the cells unmerged, and tells", async () => {
    const fake = createFakeExcel({ apiVersion: "1.1" });
    await insert(fake);
    expect(fake.sheet("ITA_Settings").visibility).toBe("Visible");
    expect(fake.sheet(SCORES).merges()).toEqual([]);
    expect(fake.sheet(SCORES).conditionalFormats()).toEqual([]);
    expect(fake.sheet(SCORES).cell("C6").dataValidation).toBeNull();
  });

  test("ExcelApi 1.7 has live colours and frozen headers, but no drop-downs or print setup", async () => {
    const fake = createFakeExcel({ apiVersion: "1.7" });
    await insert(fake);
    const plan = expectedPlan().sheets[1] as SheetPlan;
    expect(fake.sheet(GRID).conditionalFormats()).toHaveLength(plan.conditionalFormats.length);
    expect(fake.sheet(GRID).freezePanes).toEqual({ rows: 5, columns: 2 });
    expect(fake.sheet(GRID).cell("B6").dataValidation).toBeNull();
    expect(fake.sheet(GRID).pageLayout.paperSize).toBe("Letter");
  });

  test("a second insert on ExcelApi 1.1 still reads in two syncs and changes nothing", async () => {
    const fake = createFakeExcel({ apiVersion: "1.1" });
    await insert(fake);
    const before = workbookView(fake);
    fake.resetStats();
    await insert(fake);
    expect(fake.stats.syncs).toBe(3);
    expect(workbookView(fake)).toEqual(before);
  });
});

test("the read covers every cell any plan uses", () => {
  for (const sheet of expectedPlan({ fiscalYear: 2565 }).sheets) {
    const { bottom, right } = parseRange(planExtent(sheet));
    expect(bottom).toBeLessThanOrEqual(40);
    expect(right).toBeLessThanOrEqual(24);
  }
});
