import { readFileSync } from "node:fs";
import { FakeRangeBorder, FakeRangeBorderCollection } from "./borders";
import { FakeConditionalFormat, FakeConditionalFormatCollection } from "./conditionalFormats";
import {
  FakeCellValueConditionalFormat,
  FakeConditionalFormatRule,
  FakeConditionalRangeFill,
  FakeConditionalRangeFont,
  FakeConditionalRangeFormat,
  FakeCustomConditionalFormat,
} from "./conditionalRangeFormat";
import {
  FakeChart,
  FakeChartAxes,
  FakeChartAxis,
  FakeChartAxisTitle,
  FakeChartCollection,
  FakeChartFill,
  FakeChartLegend,
  FakeChartLineFormat,
  FakeChartPoint,
  FakeChartPointFormat,
  FakeChartPointsCollection,
  FakeChartSeries,
  FakeChartSeriesCollection,
  FakeChartSeriesFormat,
  FakeChartTitle,
} from "./charts";
import { FakeDataValidation } from "./dataValidation";
import { FakeWorksheetFreezePanes } from "./freezePanes";
import { FakePageLayout } from "./pageLayout";
import { FakeWorksheetProtection } from "./protection";
import { FakeRange } from "./range";
import { FakeRangeAreas } from "./rangeAreas";
import { FakeRangeFill, FakeRangeFont, FakeRangeFormat } from "./rangeFormat";
import { checkedByOfficeJs, memberIntroducedIn, setterIntroducedIn } from "./requirementSets";
import { FakeTable, FakeTableCollection, FakeTableColumn, FakeTableColumnCollection } from "./tables";
import { FakeWorkbook } from "./workbook";
import { FakeWorksheet } from "./worksheet";
import { FakeWorksheetCollection } from "./worksheetCollection";

/** "Class.member" → the comment after "[Api set: ...", read from the Excel namespace of @types/office-js. */
function apiSetsInTypings(): Map<string, string> {
  const lines = readFileSync(require.resolve("@types/office-js/index.d.ts"), "utf8").split("\n");
  const sets = new Map<string, string>();
  let inExcel = false;
  let className: string | undefined;
  let apiSet: string | undefined;
  for (const line of lines) {
    if (line.startsWith("declare namespace ")) inExcel = line.startsWith("declare namespace Excel {");
    if (!inExcel) continue;
    className = /^ {4}class (\w+) /.exec(line)?.[1] ?? (/^ {4}\}/.test(line) ? undefined : className);
    if (/^ {8}\/\*\*/.test(line)) apiSet = undefined;
    apiSet ??= /\[Api set: ([^\]]+)\]/.exec(line)?.[1];
    const member = /^ {8}(?:readonly )?(\w+)\??[(:]/.exec(line)?.[1];
    if (className !== undefined && member !== undefined && apiSet !== undefined) {
      sets.set(`${className}.${member}`, apiSet);
      apiSet = undefined;
    }
  }
  return sets;
}

const typings = apiSetsInTypings();

/** "Class.member" → the ExcelApi version Office.js's own `_throwIfApiNotSupported` calls check. */
function checksInOfficeJs(): Map<string, string> {
  const source = readFileSync(
    require.resolve("@microsoft/office-js/dist/excel-win32-16.01.debug.js"),
    "utf8",
  );
  const calls = source.matchAll(/_throwIfApiNotSupported\("(\w+\.\w+)", _defaultApiSetName, "([\d.]+)"/g);
  return new Map([...calls].map(([, member, version]) => [member!, version!]));
}

// The member's own set: "ExcelApi 1.2 for options; 1.7 for password" is 1.2, a parameter's set is not.
function memberVersion(member: string): string | undefined {
  return /ExcelApi (\d+\.\d+)(?! for password)/.exec(typings.get(member) ?? "")?.[1];
}

const fakeClasses: [string, object][] = [
  ["Workbook", FakeWorkbook.prototype],
  ["WorksheetCollection", FakeWorksheetCollection.prototype],
  ["Worksheet", FakeWorksheet.prototype],
  ["WorksheetFreezePanes", FakeWorksheetFreezePanes.prototype],
  ["WorksheetProtection", FakeWorksheetProtection.prototype],
  ["PageLayout", FakePageLayout.prototype],
  ["Range", FakeRange.prototype],
  ["RangeAreas", FakeRangeAreas.prototype],
  ["RangeFormat", FakeRangeFormat.prototype],
  ["RangeFont", FakeRangeFont.prototype],
  ["RangeFill", FakeRangeFill.prototype],
  ["RangeBorderCollection", FakeRangeBorderCollection.prototype],
  ["RangeBorder", FakeRangeBorder.prototype],
  ["DataValidation", FakeDataValidation.prototype],
  ["ConditionalFormatCollection", FakeConditionalFormatCollection.prototype],
  ["ConditionalFormat", FakeConditionalFormat.prototype],
  ["CustomConditionalFormat", FakeCustomConditionalFormat.prototype],
  ["ConditionalFormatRule", FakeConditionalFormatRule.prototype],
  ["CellValueConditionalFormat", FakeCellValueConditionalFormat.prototype],
  ["ConditionalRangeFormat", FakeConditionalRangeFormat.prototype],
  ["ConditionalRangeFill", FakeConditionalRangeFill.prototype],
  ["ConditionalRangeFont", FakeConditionalRangeFont.prototype],
  ["TableCollection", FakeTableCollection.prototype],
  ["Table", FakeTable.prototype],
  ["TableColumnCollection", FakeTableColumnCollection.prototype],
  ["TableColumn", FakeTableColumn.prototype],
  ["ChartCollection", FakeChartCollection.prototype],
  ["Chart", FakeChart.prototype],
  ["ChartTitle", FakeChartTitle.prototype],
  ["ChartLegend", FakeChartLegend.prototype],
  ["ChartAxes", FakeChartAxes.prototype],
  ["ChartAxis", FakeChartAxis.prototype],
  ["ChartAxisTitle", FakeChartAxisTitle.prototype],
  ["ChartSeriesCollection", FakeChartSeriesCollection.prototype],
  ["ChartSeries", FakeChartSeries.prototype],
  ["ChartSeriesFormat", FakeChartSeriesFormat.prototype],
  ["ChartFill", FakeChartFill.prototype],
  ["ChartLineFormat", FakeChartLineFormat.prototype],
  ["ChartPointsCollection", FakeChartPointsCollection.prototype],
  ["ChartPoint", FakeChartPoint.prototype],
  ["ChartPointFormat", FakeChartPointFormat.prototype],
];

const implemented = fakeClasses.flatMap(([typeName, prototype]) =>
  Object.getOwnPropertyNames(prototype)
    .filter((name) => name !== "constructor")
    .map((name) => `${typeName}.${name}`)
    .filter((member) => typings.has(member)),
);

describe("the requirement-set table agrees with Office's typings", () => {
  test("the typings were found and every fake class maps to an Office class", () => {
    expect(typings.get("Range.values")).toBe("ExcelApi 1.1");
    expect(implemented).toEqual(expect.arrayContaining(["Range.values", "ConditionalRangeFont.clear"]));
  });

  test.each(Object.entries(memberIntroducedIn))("%s is ExcelApi %s", (member, version) => {
    expect(memberVersion(member)).toBe(version);
  });

  test("every implemented member newer than ExcelApi 1.1 is in the table", () => {
    const missing = implemented.filter((member) => {
      const version = memberVersion(member);
      return version !== undefined && version !== "1.1" && memberIntroducedIn[member] === undefined;
    });
    expect(missing).toEqual([]);
  });

  test.each(Object.entries(setterIntroducedIn))("setting %s is ExcelApi %s", (member, version) => {
    expect(typings.get(member)).toContain(`${version} for setting`);
  });
});

describe("ApiNotFound at the call exactly where Office.js checks", () => {
  const officeJs = checksInOfficeJs();

  test("Office.js's checks were found", () => {
    expect(officeJs.get("Range.conditionalFormats")).toBe("1.6");
  });

  test("the fake's table of client checks is Office.js's, for the members the fake implements", () => {
    const checked = Object.fromEntries(
      implemented.filter((member) => officeJs.has(member)).map((member) => [member, officeJs.get(member)]),
    );
    expect(checkedByOfficeJs).toEqual(checked);
  });
});
