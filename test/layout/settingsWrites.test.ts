import { DEFAULT_BAND_NAMES } from "../../src/domain/bands";
import { settingsToEntries, type WorkbookSettings } from "../../src/domain/workbookSettings";
import { LAYOUT_MARKER_KEY, LAYOUT_VERSION, settingValueCell } from "../../src/layout/settingsSheet";
import { settingsWrites, type SettingsChoice } from "../../src/layout/settingsWrites";
import { settingsFor } from "./fixtures";

const STORED: WorkbookSettings = settingsFor(2568, { agency: "อบต.มะเฟือง" });
/** The settings sheet's rows from A1 as an insert writes them: the marker, then one row per setting. */
const SHEET = [[LAYOUT_MARKER_KEY, LAYOUT_VERSION], ...settingsToEntries(STORED)];
const CHOICE: SettingsChoice = {
  thresholds: { pass: 80, strength: 88.5, excellence: 93 },
  bandNames: { ...DEFAULT_BAND_NAMES, below95: "ดีมาก" },
  documentFont: "TH SarabunIT๙",
  digitStyle: "arabic",
};

describe("the cells a save of the settings writes", () => {
  test("the value cells the live colours and band names refer to, and no other", () => {
    const writes = settingsWrites(SHEET, STORED, CHOICE);
    const cell = (key: string) => settingValueCell(STORED, key).replaceAll("$", "");
    expect(writes).toEqual([
      { address: cell("thresholdPass"), value: 80 },
      { address: cell("thresholdStrength"), value: 88.5 },
      { address: cell("thresholdExcellence"), value: 93 },
      { address: cell("documentFont"), value: "TH SarabunIT๙" },
      { address: cell("digitStyle"), value: "arabic" },
      { address: cell("bandBelowPass"), value: "ไม่ผ่านเกณฑ์" },
      { address: cell("bandBelowStrength"), value: "จุดอ่อนที่ต้องพัฒนา" },
      { address: cell("bandBelowExcellence"), value: "ดีมาก" },
      { address: cell("bandExcellent"), value: "ดีเยี่ยม" },
    ]);
    // The agency and the fiscal year are the insert's to write.
    expect(writes?.map(({ address }) => address)).not.toContain(cell("agency"));
    expect(writes?.map(({ address }) => address)).not.toContain(cell("fiscalYear"));
  });

  test("nothing when a setting's row is no longer where its cell is", () => {
    const moved = SHEET.map((row) => (row[0] === "thresholdStrength" ? ["", ""] : row));
    expect(settingsWrites(moved, STORED, CHOICE)).toBeNull();
    expect(settingsWrites(SHEET.slice(0, 4), STORED, CHOICE)).toBeNull();
  });
});
