import {
  featuresUsed,
  hostCapabilities,
  missingFeatures,
  type HostFeature,
} from "../../src/excel/capabilities";
import { excelRelease, missingFeaturesLine } from "../../src/excel/missingFeaturesLine";
import { workbookPlan } from "../../src/layout/workbookPlan";
import { DEFAULT_SHEET_NAMES } from "../../src/layout/sheetNames";
import { defaultSettings } from "../../src/domain/workbookSettings";
import { createFakeExcel } from "../support/fakeExcel";

const plan = workbookPlan(defaultSettings({ year: 2025, month: 11, day: 21 }), DEFAULT_SHEET_NAMES);

function missingOn(apiVersion: string): HostFeature[] {
  return missingFeatures(plan, hostCapabilities(createFakeExcel({ apiVersion }).isSetSupported));
}

describe("what the host can do", () => {
  test.each([
    [
      "1.1",
      ["layout", "hiddenSettings", "liveColours", "freezePanes", "tabColour", "dropdowns", "printSetup"],
    ],
    ["1.4", ["liveColours", "freezePanes", "tabColour", "dropdowns", "printSetup"]],
    ["1.6", ["freezePanes", "tabColour", "dropdowns", "printSetup"]],
    // Live colours came in 1.6, so a 1.7 host has them, and freezing and tab colours, but no drop-downs.
    ["1.7", ["dropdowns", "printSetup"]],
    ["1.8", ["printSetup"]],
    ["1.9", []],
    ["1.17", []],
  ])("ExcelApi %s misses %j", (apiVersion, missing) => {
    expect(missingOn(apiVersion)).toEqual(missing);
  });

  test("reading needs: protection from 1.2, table banding from 1.3, walking the sheets from 1.5", () => {
    const on = (apiVersion: string) => hostCapabilities(createFakeExcel({ apiVersion }).isSetSupported);
    expect([on("1.1").sheetProtection, on("1.2").sheetProtection]).toEqual([false, true]);
    expect([on("1.2").tableBanding, on("1.3").tableBanding]).toEqual([false, true]);
    expect([on("1.4").walkSheets, on("1.5").walkSheets]).toEqual([false, true]);
  });

  test("only features the plan uses can be missing", () => {
    const settingsOnly = { sheets: plan.sheets.filter((sheet) => sheet.role === "settings") };
    expect(featuresUsed(settingsOnly)).toEqual(["layout", "hiddenSettings"]);
    expect(featuresUsed(plan)).toHaveLength(7);
  });
});

describe("the line that tells the user", () => {
  test("nothing missing, no line", () => {
    expect(missingFeaturesLine([], "th")).toBeNull();
  });

  test("Thai: the features in a fixed order and the Excel that has them all", () => {
    expect(missingFeaturesLine(["printSetup", "liveColours", "dropdowns"], "th")).toBe(
      "Excel รุ่นนี้ยังไม่รองรับ: สีตามเกณฑ์แบบอัตโนมัติ, รายการให้เลือก, การตั้งค่าหน้ากระดาษ " +
        "(ต้องใช้ Excel 2021 ขึ้นไป หรือ Microsoft 365) — แผ่นงานถูกสร้างครบ แต่ต้องตั้งค่าเหล่านี้เอง",
    );
  });

  test("English, for a host that has everything up to ExcelApi 1.8 but print setup", () => {
    expect(missingFeaturesLine(missingOn("1.7"), "en")).toBe(
      "This version of Excel cannot set up: dropdown lists, print setup (needs Excel 2021 or later, or " +
        "Microsoft 365). The sheets are complete; set these up by hand.",
    );
  });

  test("features of ExcelApi 1.7 and older point to Excel 2019", () => {
    expect(missingFeaturesLine(["freezePanes", "tabColour"], "th")).toContain("ต้องใช้ Excel 2019 ขึ้นไป");
  });

  // Volume-licensed Office 2019 stops at ExcelApi 1.7: drop-downs (1.8) need Office 2021.
  test("drop-downs point to Excel 2021", () => {
    expect(missingFeaturesLine(["freezePanes", "dropdowns"], "en")).toContain("needs Excel 2021 or later");
  });

  test.each([
    ["1.2", "Excel 2019"],
    ["1.7", "Excel 2019"],
    ["1.8", "Excel 2021"],
    ["1.14", "Excel 2021"],
    ["1.15", "Excel 2024"],
    ["1.17", "Excel 2024"],
  ])("ExcelApi %s first comes with %s bought outright", (apiSet, release) => {
    expect(excelRelease(apiSet)).toBe(release);
  });
});
