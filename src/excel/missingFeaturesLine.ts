// One line telling the user what this Excel could not set up, and which Excel can.
import { FEATURE_API_SETS, HOST_FEATURES, type HostFeature } from "./capabilities";

export type Language = "th" | "en";

const FEATURE_NAMES: Readonly<Record<HostFeature, Readonly<Record<Language, string>>>> = {
  layout: { th: "การผสานเซลล์และขนาดคอลัมน์/แถว", en: "merged cells and column/row sizes" },
  hiddenSettings: { th: "การซ่อนแผ่นงานตั้งค่า", en: "hiding the settings sheet" },
  liveColours: { th: "สีตามเกณฑ์แบบอัตโนมัติ", en: "live colours" },
  freezePanes: { th: "การตรึงแถวหัวตาราง", en: "frozen header rows" },
  chartLines: { th: "เส้นเกณฑ์บนกราฟ", en: "threshold lines on the chart" },
  tabColour: { th: "สีแถบแผ่นงาน", en: "sheet tab colours" },
  dropdowns: { th: "รายการให้เลือก", en: "dropdown lists" },
  printSetup: { th: "การตั้งค่าหน้ากระดาษ", en: "print setup" },
};

/**
 * The perpetual Excel that first has an ExcelApi set: Excel 2016 bought outright stops at 1.1, 2019 at
 * 1.7, 2021 at 1.14 and 2024 at 1.17 (Microsoft's "Excel JavaScript API requirement sets" table, volume-
 * licensed column); Microsoft 365 has all.
 */
export function excelRelease(apiSet: string): string {
  const minor = Number(apiSet.split(".")[1]);
  return minor <= 7 ? "Excel 2019" : minor <= 14 ? "Excel 2021" : "Excel 2024";
}

/** Null when nothing is missing. */
export function missingFeaturesLine(missing: readonly HostFeature[], language: Language): string | null {
  if (missing.length === 0) return null;
  const ordered = HOST_FEATURES.filter((feature) => missing.includes(feature));
  const names = ordered.map((feature) => FEATURE_NAMES[feature][language]).join(", ");
  const newest = ordered
    .map((feature) => FEATURE_API_SETS[feature])
    .sort(byMinor)
    .at(-1) as string;
  const release = excelRelease(newest);
  return language === "th"
    ? `Excel รุ่นนี้ยังไม่รองรับ: ${names} (ต้องใช้ ${release} ขึ้นไป หรือ Microsoft 365) — แผ่นงานถูกสร้างครบ แต่ต้องตั้งค่าเหล่านี้เอง`
    : `This version of Excel cannot set up: ${names} (needs ${release} or later, or Microsoft 365). The sheets are complete; set these up by hand.`;
}

function byMinor(a: string, b: string): number {
  return Number(a.split(".")[1]) - Number(b.split(".")[1]);
}
