import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToString } from "react-dom/server";
import { App } from "../../src/taskpane/App";

const never = () => new Promise<never>(() => undefined);

describe("App", () => {
  const html = renderToString(
    <FluentProvider theme={webLightTheme}>
      <App
        insertSheets={never}
        checkWorkbook={never}
        selectCell={never}
        convertScores={never}
        today={{ year: 2025, month: 6, day: 1 }}
      />
    </FluentProvider>,
  );

  it("names the add-in in Thai and English without needing Office", () => {
    expect(html).toContain("ติดตามผล ITA");
    expect(html).toContain("ITA Tracker");
    expect(html).toContain("สรุปผลสำหรับรายงานผู้บริหาร");
  });

  it("offers the insert with the agency and the fiscal year of today, and its framework", () => {
    expect(html).toContain("ชื่อหน่วยงาน");
    expect(html).toContain("ปีงบประมาณ");
    expect(html).toContain("แทรกแบบฟอร์ม ITA");
    // 1 June 2025 is in fiscal year 2568.
    expect(html).toMatch(/<option[^>]*value="2568"[^>]*selected/);
    expect(html).toContain("เกณฑ์ปี ๒๕๖๘: ผลเป็น ผ่าน/ไม่ผ่าน");
  });

  it("has a Start and a Check tab, the Check panel ready behind its tab", () => {
    expect(html).toMatch(/role="tab"[^>]*>.*เริ่มต้น/);
    expect(html).toMatch(/role="tab"[^>]*>.*ตรวจสอบ/);
    expect(html).toMatch(/<div role="tabpanel" id="panel-check" aria-labelledby="tab-check" hidden="">/);
    expect(html).toContain('aria-live="polite"');
  });
});
