/** @jest-environment jsdom */
import { act, screen, waitForElementToBeRemoved, within } from "@testing-library/react";
import { DEFAULT_BAND_NAMES } from "../../src/domain/bands";
import { defaultSettings } from "../../src/domain/workbookSettings";
import type { SettingsSheetReading } from "../../src/layout/settingsSheet";
import { SettingsPanel, type SettingsPanelProps } from "../../src/taskpane/SettingsPanel";
import { deferred, expectBusy, progress, renderPane, results } from "./renderPane";

const stored: SettingsSheetReading = {
  settings: {
    ...defaultSettings({ year: 2025, month: 6, day: 1 }),
    thresholds: { pass: 80, strength: 88, excellence: 93 },
    bandNames: { ...DEFAULT_BAND_NAMES, below95: "ดีมาก" },
    documentFont: "TH SarabunIT๙",
    digitStyle: "arabic",
  },
  problems: [],
  registry: {},
  isOurs: true,
};

function propsWith(more: Partial<SettingsPanelProps>): SettingsPanelProps {
  return {
    readSettings: async () => stored,
    saveSettings: async () => "saved",
    askHost: () => Promise.reject(new Error("the Excel check is not part of these tests")),
    shown: true,
    onChosen: () => undefined,
    ...more,
  };
}

/** Renders the panel shown, and waits until it has read the workbook. */
async function renderRead(more: Partial<SettingsPanelProps>) {
  const pane = renderPane(<SettingsPanel {...propsWith(more)} />);
  await waitForElementToBeRemoved(() => progress("กำลังอ่านการตั้งค่า…"));
  return pane;
}

const thresholdGroup = () => screen.getByRole("group", { name: "เกณฑ์คะแนน (๐-๑๐๐ เรียงจากน้อยไปมาก)" });
const thresholdBoxes = () => within(thresholdGroup()).getAllByRole("textbox");
const passBox = () => screen.getByRole("textbox", { name: "ผ่านเกณฑ์ (ค่าเริ่มต้น ๘๕)" });
const fontBox = () => screen.getByRole("combobox", { name: "แบบอักษรของเอกสาร" });
const digitsBox = () => screen.getByRole("combobox", { name: "ตัวเลขในข้อความ" });
const saveButton = () => screen.getByRole("button", { name: "บันทึกการตั้งค่า" });
const saveResults = () => results("ผลการบันทึก");

describe("the Settings panel", () => {
  test("reads the workbook's settings when shown, not before", async () => {
    const readSettings = jest.fn(async () => stored);
    const { rerender } = renderPane(<SettingsPanel {...propsWith({ readSettings, shown: false })} />);
    expect(readSettings).not.toHaveBeenCalled();
    rerender(<SettingsPanel {...propsWith({ readSettings, shown: true })} />);
    await waitForElementToBeRemoved(() => progress("กำลังอ่านการตั้งค่า…"));
    expect(readSettings).toHaveBeenCalledTimes(1);
    expect(thresholdBoxes().map((box) => (box as HTMLInputElement).value)).toEqual(["80", "88", "93"]);
    expect(fontBox()).toHaveValue("TH SarabunIT๙");
    expect(digitsBox()).toHaveDisplayValue("เลขอารบิก (123)");
  });

  test("saves thresholds typed in Thai digits with the font and digits, busy while it saves", async () => {
    const pending = deferred<"saved">();
    const saveSettings = jest.fn(() => pending.promise);
    const onChosen = jest.fn();
    const { user } = await renderRead({ saveSettings, onChosen });
    await user.clear(passBox());
    await user.type(passBox(), "๘๒.๕");
    await user.selectOptions(digitsBox(), "เลขไทย (๑๒๓)");

    // Tab from the digits to Save, and Enter, as a keyboard user saves; a second press is refused.
    await user.tab();
    expect(saveButton()).toHaveFocus();
    await user.keyboard("{Enter}");
    await user.keyboard("{Enter}");
    const choice = {
      thresholds: { pass: 82.5, strength: 88, excellence: 93 },
      bandNames: stored.settings.bandNames,
      documentFont: "TH SarabunIT๙",
      digitStyle: "thai",
    };
    expect(saveSettings).toHaveBeenCalledTimes(1);
    expect(saveSettings).toHaveBeenCalledWith(choice);
    expect(onChosen).toHaveBeenCalledWith(choice);
    expectBusy(saveButton(), true);
    expect(progress("กำลังบันทึก…")).toBeInTheDocument();

    await act(async () => pending.resolve("saved"));
    expectBusy(saveButton(), false);
    const outcome = within(saveResults()).getByRole("group", { name: "บันทึกการตั้งค่าในสมุดงานแล้ว" });
    expect(outcome).toHaveTextContent("สีและชื่อระดับของคะแนน");
  });

  test.each([
    [["90", "85", "95"], "เกณฑ์ต้องเรียงจากน้อยไปมาก"],
    [["85", "เก้าสิบ", "95"], "เกณฑ์ทุกช่องต้องเป็นตัวเลข"],
    [["85", "90", "101"], "เกณฑ์ต้องอยู่ระหว่าง 0 ถึง 100"],
    [["", "90", "95"], "เกณฑ์ทุกช่องต้องเป็นตัวเลข"],
  ])("refuses thresholds %p without saving, and says why", async (values, words) => {
    const saveSettings = jest.fn(async () => "saved" as const);
    const { user } = await renderRead({ saveSettings });
    const boxes = thresholdBoxes();
    for (const [index, value] of values.entries()) {
      await user.clear(boxes[index]!);
      if (value !== "") await user.type(boxes[index]!, value, { skipClick: true });
    }
    await user.click(saveButton());
    expect(saveSettings).not.toHaveBeenCalled();
    expect(screen.getByRole("alert")).toHaveTextContent(words);
    expect(thresholdGroup()).toHaveAccessibleDescription(expect.stringContaining(words));
    for (const box of boxes) {
      expect(box).toBeInvalid();
      expect(box).toHaveAccessibleDescription(expect.stringContaining(words));
    }
    // The focus goes back to the first threshold, to mend it.
    expect(boxes[0]).toHaveFocus();
  });

  test("shows the bands' names under the ranges they name, and saves a rename trimmed", async () => {
    const saveSettings = jest.fn(async () => "saved" as const);
    const { user } = await renderRead({ saveSettings });
    const group = screen.getByRole("group", { name: "ชื่อระดับคะแนน" });
    const boxes = within(group).getAllByRole("textbox");
    expect(boxes.map((box) => (box as HTMLInputElement).value)).toEqual([
      "ไม่ผ่านเกณฑ์",
      "จุดอ่อนที่ต้องพัฒนา",
      "ดีมาก",
      "ดีเยี่ยม",
    ]);
    // Labelled by the thresholds as they stand in the form: 80, 88, 93 in this workbook.
    expect(screen.getByRole("textbox", { name: "88 ถึงต่ำกว่า 93" })).toBe(boxes[2]);
    await user.clear(boxes[2]!);
    await user.type(boxes[2]!, "  จุดแข็ง  ");
    await user.click(saveButton());
    expect(saveSettings).toHaveBeenCalledWith(
      expect.objectContaining({ bandNames: { ...stored.settings.bandNames, below95: "จุดแข็ง" } }),
    );
  });

  test("refuses an emptied band name, says why and goes back to the names", async () => {
    const saveSettings = jest.fn(async () => "saved" as const);
    const { user } = await renderRead({ saveSettings });
    const boxes = within(screen.getByRole("group", { name: "ชื่อระดับคะแนน" })).getAllByRole("textbox");
    await user.clear(boxes[3]!);
    await user.click(saveButton());
    expect(saveSettings).not.toHaveBeenCalled();
    expect(screen.getByRole("alert")).toHaveTextContent("ชื่อระดับต้องไม่ว่าง");
    expect(boxes[3]).toBeInvalid();
    expect(boxes[0]).toHaveFocus();
  });

  test("a workbook without ITA sheets keeps the choice for the next insert and says so", async () => {
    const onChosen = jest.fn();
    const { user } = await renderRead({
      readSettings: async () => null,
      saveSettings: async () => "noItaSheets",
      onChosen,
    });
    expect(thresholdBoxes().map((box) => (box as HTMLInputElement).value)).toEqual(["85", "90", "95"]);
    await user.click(saveButton());
    expect(onChosen).toHaveBeenCalledWith({
      thresholds: { pass: 85, strength: 90, excellence: 95 },
      bandNames: DEFAULT_BAND_NAMES,
      documentFont: "TH SarabunPSK",
      digitStyle: "thai",
    });
    const outcome = within(saveResults()).getByRole("group", { name: "ยังไม่ได้บันทึกลงสมุดงาน" });
    expect(outcome).toHaveTextContent("ค่าที่เลือกจะใช้เมื่อกด “แทรกแบบฟอร์ม ITA”");
  });

  test("unsaved changes survive a look at another tab; saved ones are read again", async () => {
    const readSettings = jest.fn(async () => stored);
    const { user, rerender } = await renderRead({ readSettings });
    await user.clear(passBox());
    await user.type(passBox(), "70");
    rerender(<SettingsPanel {...propsWith({ readSettings, shown: false })} />);
    rerender(<SettingsPanel {...propsWith({ readSettings, shown: true })} />);
    expect(readSettings).toHaveBeenCalledTimes(1);
    expect(passBox()).toHaveValue("70");

    await user.click(saveButton());
    rerender(<SettingsPanel {...propsWith({ readSettings, shown: false })} />);
    rerender(<SettingsPanel {...propsWith({ readSettings, shown: true })} />);
    await waitForElementToBeRemoved(() => progress("กำลังอ่านการตั้งค่า…"));
    expect(readSettings).toHaveBeenCalledTimes(2);
    expect(passBox()).toHaveValue("80");
  });

  test("settings edited into nonsense are shown as defaults, with a warning", async () => {
    await renderRead({ readSettings: async () => ({ ...stored, problems: ["thresholds"] }) });
    expect(within(saveResults()).getByRole("group", { name: "ค่าบางค่าในสมุดงานอ่านไม่ได้" })).toBeVisible();
  });

  test("a fiscal year edited into nonsense is not this panel's to mend, so it says nothing", async () => {
    await renderRead({ readSettings: async () => ({ ...stored, problems: ["fiscalYear"] }) });
    expect(saveResults()).toBeEmptyDOMElement();
  });

  test.each([
    [{ code: "SettingsIncomplete" }, "การตั้งค่าในสมุดงานไม่ครบ", "This workbook's settings are incomplete"],
    [{ code: "AccessDenied", message: "Access denied" }, "แผ่นงานถูกป้องกันอยู่", "A sheet is protected"],
  ])("a failed save is told in the user's words: %p", async (error, thai, english) => {
    const props = propsWith({ saveSettings: () => Promise.reject(error) });
    const { user, rerender } = await renderRead(props);
    await user.click(saveButton());
    const failure = within(saveResults()).getByRole("group", { name: "บันทึกการตั้งค่าไม่สำเร็จ" });
    expect(failure).toHaveTextContent(thai);

    rerender(<SettingsPanel {...props} />, "en");
    await user.click(screen.getByRole("button", { name: "Save settings" }));
    expect(results("Save result")).toHaveTextContent(english);
    expect(document.body).not.toHaveTextContent("Access denied");
  });

  test("a failed read is told, and the form stays usable", async () => {
    await renderRead({ readSettings: () => Promise.reject({ code: "InvalidOperationInCellEditMode" }) });
    const failure = within(saveResults()).getByRole("group", { name: "อ่านการตั้งค่าไม่สำเร็จ" });
    expect(failure).toHaveTextContent("กำลังแก้ไขเซลล์อยู่");
    expectBusy(saveButton(), false);
  });
});
