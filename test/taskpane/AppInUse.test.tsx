/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { DEFAULT_BAND_NAMES } from "../../src/domain/bands";
import { DEFAULT_DOCUMENT_FONT } from "../../src/domain/workbookSettings";
import { App } from "../../src/taskpane/App";
import { appProps as props, never } from "./appProps";
import { renderPane } from "./renderPane";

const selectedTab = () => screen.getByRole("tab", { selected: true });
const tabNames = () => screen.getAllByRole("tab").map((tab) => tab.textContent);

describe("switching the language", () => {
  test("switches every word at once and tells which language was chosen, each time", async () => {
    const chosen: string[] = [];
    const { user } = renderPane(
      <App {...props("th", { onLanguageChosen: (language) => chosen.push(language) })} />,
    );
    await user.click(screen.getByRole("button", { name: "English" }));
    expect(screen.getByRole("main")).toHaveAttribute("lang", "en");
    expect(tabNames()).toEqual(["Start", "Check", "Summary", "Consolidate", "Settings"]);
    await user.click(screen.getByRole("button", { name: "ภาษาไทย" }));
    expect(screen.getByRole("main")).toHaveAttribute("lang", "th");
    expect(chosen).toEqual(["en", "th"]);
  });
});

describe("using the pane by keyboard", () => {
  test("Tab reaches the selected tab alone, then the panel shown", async () => {
    const { user } = renderPane(<App {...props("th")} />);
    await user.tab();
    expect(screen.getByRole("button", { name: "English" })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("tab", { name: "เริ่มต้น" })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("textbox", { name: "ชื่อหน่วยงาน" })).toHaveFocus();
  });

  test("arrow keys, Home and End move between the tabs, show each panel and carry the focus", async () => {
    const { user } = renderPane(<App {...props("th")} />);
    await user.click(selectedTab());

    await user.keyboard("{ArrowRight}");
    expect(selectedTab()).toHaveAccessibleName("ตรวจสอบ");
    expect(selectedTab()).toHaveFocus();
    const shown = screen.getByRole("tabpanel");
    expect(shown).toHaveAccessibleName("ตรวจสอบ");
    // A panel's code loads the first time its tab is opened.
    expect(await within(shown).findByRole("button", { name: "ตรวจสอบ" })).toBeVisible();
    expect(screen.getAllByRole("tab").map((tab) => tab.tabIndex)).toEqual([-1, 0, -1, -1, -1]);

    await user.keyboard("{End}");
    expect(selectedTab()).toHaveAccessibleName("ตั้งค่า");
    await user.keyboard("{ArrowRight}");
    expect(selectedTab()).toHaveAccessibleName("เริ่มต้น");
    await user.keyboard("{ArrowLeft}");
    expect(selectedTab()).toHaveAccessibleName("ตั้งค่า");
    await user.keyboard("{Home}");
    expect(selectedTab()).toHaveAccessibleName("เริ่มต้น");
    expect(selectedTab()).toHaveFocus();
    await user.keyboard("a");
    expect(selectedTab()).toHaveAccessibleName("เริ่มต้น");
  });

  test("the language switch turns every panel to English and back", async () => {
    const { user } = renderPane(<App {...props("th")} />);
    await user.tab();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("main")).toHaveAttribute("lang", "en");
    expect(tabNames()).toEqual(["Start", "Check", "Summary", "Consolidate", "Settings"]);
    expect(screen.getByRole("textbox", { name: "Agency name" })).toBeVisible();
    // The switch keeps the focus, now offering Thai.
    expect(screen.getByRole("button", { name: "ภาษาไทย" })).toHaveFocus();
    await user.keyboard(" ");
    expect(tabNames()).toEqual(["เริ่มต้น", "ตรวจสอบ", "สรุปผล", "รวมผล", "ตั้งค่า"]);
  });

  test("settings chosen in the Settings tab go to the next insert when the workbook has no ITA sheets", async () => {
    const readSettings = jest.fn(async () => null);
    const saveSettings = jest.fn(async () => "noItaSheets" as const);
    const insertSheets = jest.fn(never);
    const { user } = renderPane(<App {...props("th", { readSettings, saveSettings, insertSheets })} />);
    expect(readSettings).not.toHaveBeenCalled();

    await user.click(screen.getByRole("tab", { name: "ตั้งค่า" }));
    const pass = await screen.findByRole("textbox", { name: "ผ่านเกณฑ์ (ค่าเริ่มต้น ๘๕)" });
    expect(readSettings).toHaveBeenCalledTimes(1);
    await user.clear(pass);
    await user.type(pass, "๘๐");
    await user.click(screen.getByRole("button", { name: "บันทึกการตั้งค่า" }));
    await screen.findByRole("group", { name: "ยังไม่ได้บันทึกลงสมุดงาน" });

    await user.click(screen.getByRole("tab", { name: "เริ่มต้น" }));
    await user.click(screen.getByRole("button", { name: "แทรกแบบฟอร์ม ITA" }));
    expect(insertSheets).toHaveBeenCalledWith({
      fiscalYear: 2568,
      thresholds: { pass: 80, strength: 90, excellence: 95 },
      bandNames: DEFAULT_BAND_NAMES,
      documentFont: DEFAULT_DOCUMENT_FONT,
      digitStyle: "thai",
    });
  });
});
