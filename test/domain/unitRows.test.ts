import { unitRows } from "../../src/domain/unitRows";
import { fileUnit, indicatorScores, typedUnit } from "../support/unitResults";

const FILES_SHEET = { kind: "row" as const, sheet: "ผลจากไฟล์", row: 6 };

describe("unitRows", () => {
  const registry = [{ name: "อบต.สอง", code: "S02", type: "อบต.", group: "อำเภอเมือง", row: 5 }];

  it("puts each unit read once on the sheet of files, with the registry's code, type and group", () => {
    const files = [fileUnit("อบต.หนึ่ง", "1.xlsx"), fileUnit("อบต. สอง", "2.xlsx")];
    const result = unitRows({ typed: [], earlier: [], files, registry, fiscalYear: 2568 });
    expect(result.fromFiles.map(({ name, code, type, group }) => [name, code, type, group])).toEqual([
      ["อบต.หนึ่ง", "", "", ""],
      ["อบต. สอง", "S02", "อบต.", "อำเภอเมือง"],
    ]);
    expect(result.findings).toEqual([]);
  });

  it("never puts a file over a unit the parent typed, and names the file and the typed row", () => {
    const typed = [typedUnit("อบต.หนึ่ง", { indicators: indicatorScores(90) }, 7)];
    const files = [fileUnit("อบต.หนึ่ง", "1.xlsx")];
    const result = unitRows({ typed, earlier: [], files, registry: [], fiscalYear: 2568 });
    expect(result.fromFiles).toEqual([]);
    expect(result.findings).toEqual([
      {
        kind: "alreadyInTable",
        name: "อบต.หนึ่ง",
        origin: { kind: "file", file: "1.xlsx" },
        row: { kind: "row", sheet: "ผลที่กรอกเอง", row: 7 },
      },
    ]);
  });

  it("replaces a unit's earlier read with its new one, and keeps the units not read again", () => {
    const earlier = [
      { ...fileUnit("อบต.หนึ่ง", "1.xlsx", { indicators: indicatorScores(80) }), origin: FILES_SHEET },
      { ...fileUnit("อบต.สาม", "3.xlsx"), origin: { ...FILES_SHEET, row: 7 } },
    ];
    const files = [fileUnit("อบต.หนึ่ง", "1-แก้ไข.xlsx", { indicators: indicatorScores(90) })];
    const result = unitRows({ typed: [], earlier, files, registry: [], fiscalYear: 2568 });
    expect(result.fromFiles.map(({ name, source }) => [name, source])).toEqual([
      ["อบต.สาม", "3.xlsx"],
      ["อบต.หนึ่ง", "1-แก้ไข.xlsx"],
    ]);
  });

  it("reports a second file of one unit and a file of another year, and leaves them out", () => {
    const files = [
      fileUnit("อบต.หนึ่ง", "1.xlsx"),
      fileUnit("อบต.หนึ่ง", "1 (1).xlsx"),
      fileUnit("อบต.สอง", "2-2566.xlsx", { fiscalYear: 2566 }),
    ];
    const result = unitRows({ typed: [], earlier: [], files, registry: [], fiscalYear: 2568 });
    expect(result.added.map(({ source }) => source)).toEqual(["1.xlsx"]);
    expect(result.findings).toEqual([
      {
        kind: "duplicate",
        name: "อบต.หนึ่ง",
        origin: { kind: "file", file: "1 (1).xlsx" },
        first: { kind: "file", file: "1.xlsx" },
      },
      { kind: "otherYear", name: "อบต.สอง", origin: { kind: "file", file: "2-2566.xlsx" }, year: 2566 },
    ]);
  });

  it("gives a unit last year's total from its file of the year before", () => {
    const files = [
      fileUnit("อบต.หนึ่ง", "1-2567.xlsx", { fiscalYear: 2567, indicators: indicatorScores(80) }),
      fileUnit("อบต.หนึ่ง", "1.xlsx", { indicators: indicatorScores(90) }),
      fileUnit("อบต.สอง", "2-2567.xlsx", { fiscalYear: 2567, indicators: indicatorScores(70) }),
    ];
    const result = unitRows({ typed: [], earlier: [], files, registry: [], fiscalYear: 2568 });
    expect(result.fromFiles.map(({ name, previousTotal }) => [name, previousTotal])).toEqual([
      ["อบต.หนึ่ง", 80],
    ]);
    // อบต.สอง sent only last year's file.
    expect(result.findings).toEqual([
      { kind: "otherYear", name: "อบต.สอง", origin: { kind: "file", file: "2-2567.xlsx" }, year: 2567 },
    ]);
  });
});
