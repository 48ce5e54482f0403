/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { findFramework } from "../../src/domain/frameworks";
import { catalogueFor } from "../../src/domain/oitCatalogue";
import { emptyEntry } from "../../src/domain/oitRegister";
import { summarise } from "../../src/domain/summary";
import { defaultSettings } from "../../src/domain/workbookSettings";
import { SummaryFigures } from "../../src/taskpane/SummaryFigures";
import { renderPane } from "./renderPane";

const madeOn = { year: 2025, month: 2, day: 10 };
const settings = { ...defaultSettings(madeOn), fiscalYear: 2568 };
const entries = catalogueFor(2568).items.map(emptyEntry);

function summaryWith(register: typeof entries | null) {
  const framework = findFramework(2568)!;
  return summarise({ framework, settings, madeOn, scoreCells: null, grids: [], oitRegister: register });
}

describe("the pane's summary figures: OIT readiness", () => {
  test("say how many of the register's items are complete, in Thai digits or beside English words", () => {
    const register = entries.map((entry, index) =>
      index < 3 ? { ...entry, status: "complete" as const } : entry,
    );
    const { rerender } = renderPane(<SummaryFigures summary={summaryWith(register)} />);
    expect(screen.getByRole("region", { name: "การเปิดเผยข้อมูลสาธารณะ (OIT)" })).toHaveTextContent(
      "ทะเบียน OIT: ครบถ้วน ๓ จาก ๒๘ รายการ",
    );
    rerender(<SummaryFigures summary={summaryWith(register)} />, "en");
    expect(screen.getByRole("region", { name: "Open data (OIT)" })).toHaveTextContent(
      "OIT register: 3 of 28 items complete",
    );
  });

  test("say nothing of it for a workbook without a register", () => {
    renderPane(<SummaryFigures summary={summaryWith(null)} />);
    expect(screen.queryByText(/ทะเบียน OIT/)).toBeNull();
  });
});
