/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { appProps as props } from "./appProps";
import { renderPane } from "./renderPane";

const TABS = ["เริ่มต้น", "ตรวจสอบ", "สรุปผล", "รวมผล", "ตั้งค่า"];

describe("the pane as first drawn, without Office", () => {
  test("names the add-in and what it does, in Thai", () => {
    renderPane(<App {...props("th")} />);
    expect(screen.getByRole("main")).toHaveAttribute("lang", "th");
    expect(screen.getByRole("heading", { level: 1, name: "ติดตามผล ITA" })).toBeVisible();
    expect(screen.getByText(/สรุปผลสำหรับรายงานผู้บริหาร/)).toBeVisible();
  });

  test("offers the insert with the agency and the fiscal year of today, and its framework", () => {
    renderPane(<App {...props("th")} />);
    expect(screen.getByRole("textbox", { name: "ชื่อหน่วยงาน" })).toBeVisible();
    expect(screen.getByRole("button", { name: "แทรกแบบฟอร์ม ITA" })).toBeVisible();
    // 1 June 2025 is in fiscal year 2568.
    const year = screen.getByRole("combobox", { name: "ปีงบประมาณ" });
    expect(year).toHaveValue("2568");
    expect(year).toHaveAccessibleDescription(expect.stringMatching(/^เกณฑ์ปี ๒๕๖๘: ผลเป็น ผ่าน\/ไม่ผ่าน /));
  });

  test("has five tabs, only the first in the Tab order, and draws a panel only when it is first opened", () => {
    renderPane(<App {...props("th")} />);
    const tabs = screen.getAllByRole("tab");
    expect(screen.getByRole("tablist", { name: "งานของแบบฟอร์ม ITA" })).toBeVisible();
    expect(tabs.map((tab) => tab.textContent)).toEqual(TABS);
    expect(tabs.map((tab) => tab.getAttribute("tabindex"))).toEqual(["0", "-1", "-1", "-1", "-1"]);
    expect(screen.getByRole("tab", { selected: true })).toHaveAccessibleName("เริ่มต้น");
    expect(screen.getByRole("tabpanel")).toHaveAccessibleName("เริ่มต้น");
    // A hidden panel has no accessible name; it is the one its tab controls.
    const panels = screen.getAllByRole("tabpanel", { hidden: true });
    expect(panels).toHaveLength(5);
    const controlled = screen.getByRole("tab", { name: "ตั้งค่า" }).getAttribute("aria-controls");
    const settings = panels.find((panel) => panel.id === controlled);
    expect(settings).not.toBeVisible();
    expect(settings).toBeEmptyDOMElement();
    expect(screen.queryByRole("button", { name: "บันทึกการตั้งค่า", hidden: true })).not.toBeInTheDocument();
  });

  test("speaks English when Office does", () => {
    renderPane(<App {...props("en")} />);
    expect(screen.getByRole("main")).toHaveAttribute("lang", "en");
    expect(screen.getByRole("heading", { level: 1, name: "ITA Tracker" })).toBeVisible();
    expect(screen.getByRole("button", { name: "Insert ITA sheets" })).toBeVisible();
    expect(screen.queryByRole("textbox", { name: "ชื่อหน่วยงาน" })).not.toBeInTheDocument();
  });
});
