/**
 * Which ExcelApi requirement set brought each member the fake implements, copied from the
 * "[Api set: ExcelApi 1.x]" doc comments of @types/office-js (requirementSets.test.ts keeps the two in
 * step). Members not listed here are ExcelApi 1.1, which every host has. A host without the set refuses
 * the member at the sync; which members Office.js refuses at once is checkedByOfficeJs below.
 */

export type ApiVersion = `1.${number}`;

export const memberIntroducedIn: Readonly<Record<string, ApiVersion>> = {
  "Workbook.getActiveCell": "1.7",

  "WorksheetCollection.getCount": "1.4",
  "WorksheetCollection.getFirst": "1.5",
  "WorksheetCollection.getItemOrNullObject": "1.4",

  "Worksheet.freezePanes": "1.7",
  "Worksheet.getNext": "1.5",
  "Worksheet.getNextOrNullObject": "1.5",
  "Worksheet.getRangeByIndexes": "1.7",
  "Worksheet.getUsedRangeOrNullObject": "1.4",
  "Worksheet.horizontalPageBreaks": "1.9",
  "Worksheet.verticalPageBreaks": "1.9",
  "Worksheet.pageLayout": "1.9",
  "Worksheet.protection": "1.2",
  "Worksheet.showGridlines": "1.8",
  "Worksheet.tabColor": "1.7",

  "WorksheetFreezePanes.freezeAt": "1.7",
  "WorksheetFreezePanes.freezeColumns": "1.7",
  "WorksheetFreezePanes.freezeRows": "1.7",
  "WorksheetFreezePanes.getLocationOrNullObject": "1.7",
  "WorksheetFreezePanes.unfreeze": "1.7",

  "WorksheetProtection.protect": "1.2",
  "WorksheetProtection.protected": "1.2",

  "NamedItemCollection.add": "1.4",
  "NamedItem.formula": "1.7",

  "PageBreakCollection.add": "1.9",
  "PageBreakCollection.removePageBreaks": "1.9",

  "PageLayout.blackAndWhite": "1.9",
  "PageLayout.bottomMargin": "1.9",
  "PageLayout.centerHorizontally": "1.9",
  "PageLayout.centerVertically": "1.9",
  "PageLayout.draftMode": "1.9",
  "PageLayout.firstPageNumber": "1.9",
  "PageLayout.footerMargin": "1.9",
  "PageLayout.headerMargin": "1.9",
  "PageLayout.leftMargin": "1.9",
  "PageLayout.orientation": "1.9",
  "PageLayout.paperSize": "1.9",
  "PageLayout.printComments": "1.9",
  "PageLayout.printErrors": "1.9",
  "PageLayout.printGridlines": "1.9",
  "PageLayout.printHeadings": "1.9",
  "PageLayout.printOrder": "1.9",
  "PageLayout.rightMargin": "1.9",
  "PageLayout.setPrintArea": "1.9",
  "PageLayout.setPrintMargins": "1.9",
  "PageLayout.setPrintTitleColumns": "1.9",
  "PageLayout.setPrintTitleRows": "1.9",
  "PageLayout.topMargin": "1.9",
  "PageLayout.zoom": "1.9",

  "Range.conditionalFormats": "1.6",
  "Range.dataValidation": "1.8",
  "Range.getMergedAreasOrNullObject": "1.13",
  "Range.getResizedRange": "1.2",
  "Range.merge": "1.2",
  "Range.unmerge": "1.2",

  "RangeAreas.address": "1.9",
  "RangeAreas.areaCount": "1.9",

  "RangeFormat.columnWidth": "1.2",
  "RangeFormat.rowHeight": "1.2",
  "RangeFont.strikethrough": "1.9",

  "ChartCollection.getCount": "1.4",
  "ChartSeries.chartType": "1.7",
  "ChartSeries.delete": "1.7",
  "ChartSeries.setValues": "1.7",
  "ChartSeries.setXAxisValues": "1.7",

  "TableCollection.getCount": "1.4",
  "TableCollection.getItemOrNullObject": "1.4",
  "Table.highlightFirstColumn": "1.3",
  "Table.highlightLastColumn": "1.3",
  "Table.showBandedColumns": "1.3",
  "Table.showBandedRows": "1.3",
  "Table.showFilterButton": "1.3",

  "DataValidation.clear": "1.8",
  "DataValidation.errorAlert": "1.8",
  "DataValidation.ignoreBlanks": "1.8",
  "DataValidation.prompt": "1.8",
  "DataValidation.rule": "1.8",
  "DataValidation.type": "1.8",

  "ConditionalFormatCollection.add": "1.6",
  "ConditionalFormatCollection.clearAll": "1.6",
  "ConditionalFormatCollection.getCount": "1.6",
  "ConditionalFormat.cellValue": "1.6",
  "ConditionalFormat.custom": "1.6",
  "ConditionalFormat.delete": "1.6",
  "ConditionalFormat.id": "1.6",
  "ConditionalFormat.priority": "1.6",
  "ConditionalFormat.stopIfTrue": "1.6",
  "ConditionalFormat.type": "1.6",
  "CustomConditionalFormat.format": "1.6",
  "CustomConditionalFormat.rule": "1.6",
  "ConditionalFormatRule.formula": "1.6",
  "CellValueConditionalFormat.format": "1.6",
  "CellValueConditionalFormat.rule": "1.6",
  "ConditionalRangeFormat.fill": "1.6",
  "ConditionalRangeFormat.font": "1.6",
  "ConditionalRangeFormat.numberFormat": "1.6",
  "ConditionalRangeFont.bold": "1.6",
  "ConditionalRangeFont.clear": "1.6",
  "ConditionalRangeFont.color": "1.6",
  "ConditionalRangeFont.italic": "1.6",
  "ConditionalRangeFont.strikethrough": "1.6",
  "ConditionalRangeFill.clear": "1.6",
  "ConditionalRangeFill.color": "1.6",
};

/** Members readable on every host whose setter came later ("1.1 for reading visibility; 1.2 for setting it"). */
export const setterIntroducedIn: Readonly<Record<string, ApiVersion>> = {
  "Worksheet.visibility": "1.2",
  "TableColumn.name": "1.4",
};

/** Office.js checks getResizedRange against 1.3 though the typings give it 1.2. */
const CHECKED_AT_ANOTHER_SET: Readonly<Record<string, ApiVersion>> = { "Range.getResizedRange": "1.3" };

const CHECKED_MEMBERS: readonly string[] = [
  "Workbook.getActiveCell",

  "WorksheetCollection.getCount",
  "WorksheetCollection.getFirst",
  "WorksheetCollection.getItemOrNullObject",

  "Worksheet.freezePanes",
  "Worksheet.getNext",
  "Worksheet.getNextOrNullObject",
  "Worksheet.getRangeByIndexes",
  "Worksheet.getUsedRangeOrNullObject",
  "Worksheet.horizontalPageBreaks",
  "Worksheet.pageLayout",
  "Worksheet.protection",
  "Worksheet.showGridlines",
  "Worksheet.tabColor",
  "Worksheet.verticalPageBreaks",

  "Range.conditionalFormats",
  "Range.dataValidation",
  "Range.getMergedAreasOrNullObject",
  "Range.getResizedRange",
  "Range.merge",
  "Range.unmerge",

  "RangeFormat.columnWidth",
  "RangeFormat.rowHeight",
  "RangeFont.strikethrough",

  "ChartCollection.getCount",
  "ChartSeries.chartType",
  "ChartSeries.delete",
  "ChartSeries.setValues",
  "ChartSeries.setXAxisValues",

  "TableCollection.getCount",
  "TableCollection.getItemOrNullObject",
  "Table.highlightFirstColumn",
  "Table.highlightLastColumn",
  "Table.showBandedColumns",
  "Table.showBandedRows",
  "Table.showFilterButton",
];

/**
 * The members Office.js itself checks on the client (`_throwIfApiNotSupported` in
 * excel-win32-16.01.debug.js), with the set it checks: methods and navigation properties at the call,
 * scalar properties when read, never when set. Any other newer member reaches the host, and the fake
 * has the host refuse it at the sync. requirementSets.test.ts compares this table with Office.js.
 */
export const checkedByOfficeJs: Readonly<Record<string, ApiVersion>> = Object.fromEntries(
  CHECKED_MEMBERS.map((member) => [
    member,
    CHECKED_AT_ANOTHER_SET[member] ?? (memberIntroducedIn[member] as ApiVersion),
  ]),
);

/** "1.9" as [1, 9]; a bare "1" is [1, 0]. */
export function parseVersion(version: string): [number, number] {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(version.trim());
  if (match === null) throw new Error(`A requirement set version looks like "1.9", not "${version}"`);
  return [Number(match[1]), Number(match[2] ?? 0)];
}

export function hostSupports(hostVersion: string, wanted: string): boolean {
  const [hostMajor, hostMinor] = parseVersion(hostVersion);
  const [major, minor] = parseVersion(wanted);
  return major < hostMajor || (major === hostMajor && minor <= hostMinor);
}
