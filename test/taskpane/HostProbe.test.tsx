/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { NotANewWorkbookError, type HostProbe } from "../../src/excel/askHost";
import { SettingsPanel } from "../../src/taskpane/SettingsPanel";
import { never } from "./appProps";
import { renderPane, results } from "./renderPane";

const PROBE: HostProbe = {
  host: { host: "Excel", platform: "PC", version: "16.0.18025.20000" },
  answers: [
    { number: 3, question: "Protected?", expected: "error AccessDenied", observed: "error AccessDenied" },
    { number: 22, question: "Whole columns?", expected: "address A1:C1000", observed: "address A:C" },
  ],
};

function renderSettings(askHost: () => Promise<HostProbe>) {
  return renderPane(
    <SettingsPanel
      readSettings={never}
      saveSettings={never}
      askHost={askHost}
      shown
      onChosen={() => undefined}
    />,
  );
}

describe("the Excel check under Settings", () => {
  it("is out of the way until opened, then reports how this Excel differs from the tested one", async () => {
    const askHost = jest.fn(async () => PROBE);
    const { user } = renderSettings(askHost);
    expect(screen.queryByRole("button", { name: "เริ่มตรวจ" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "เครื่องมือตรวจ Excel สำหรับผู้ดูแลระบบ…" }));
    await user.click(screen.getByRole("button", { name: "เริ่มตรวจ" }));
    expect(askHost).toHaveBeenCalledTimes(1);
    expect(await screen.findByText("Excel เครื่องนี้ทำงานต่างจากที่ทดสอบไว้ 1 ข้อ จาก 2 ข้อ")).toBeTruthy();
    const report = screen.getByRole("textbox", {
      name: "รายงานผลการตรวจ (ภาษาอังกฤษ)",
    }) as HTMLTextAreaElement;
    expect(report.readOnly).toBe(true);
    expect(report.value).toContain("Host: Excel on PC, version 16.0.18025.20000");
    expect(report.value).toContain("observed: address A:C   <- differs");
  });

  it("asks for a new workbook when the open one holds anything, and shows no report", async () => {
    const { user } = renderSettings(() => Promise.reject(new NotANewWorkbookError()));
    await user.click(screen.getByRole("button", { name: "เครื่องมือตรวจ Excel สำหรับผู้ดูแลระบบ…" }));
    await user.click(screen.getByRole("button", { name: "เริ่มตรวจ" }));
    expect(await screen.findByText("ต้องตรวจในสมุดงานใหม่ที่ว่างเปล่า")).toBeTruthy();
    expect(results("ผลการตรวจ Excel").textContent).toContain("Ctrl+N");
    expect(screen.queryByRole("textbox", { name: "รายงานผลการตรวจ (ภาษาอังกฤษ)" })).toBeNull();
  });
});
