import { printedReport, ReportLayout, PARAGRAPH_FORMAT } from "../../src/layout/reportLayout";
import type { SheetPlan } from "../../src/layout/plan";
import { a4AtFullSize } from "../../src/layout/styles";

/** A report of `before` one-line paragraphs, then a section with a table of three rows. */
function report(before: number): { plan: Omit<SheetPlan, "rowHeights">; heading: number } {
  const layout = new ReportLayout("arabic", 4);
  for (let line = 0; line < before; line++) layout.line(`บรรทัดที่ ${line + 1}`, PARAGRAPH_FORMAT);
  layout.section("ตาราง");
  const heading = layout.row - 1;
  layout.table(
    ["ก", "ข"],
    [
      ["1", "2"],
      ["3", "4"],
      ["5", "6"],
    ],
    [PARAGRAPH_FORMAT, PARAGRAPH_FORMAT],
  );
  const plan = {
    role: "summary" as const,
    name: "สรุป",
    visibility: "Visible" as const,
    baseFont: { name: "TH SarabunPSK", size: 16 },
    content: layout.content,
    formats: layout.formats,
    merges: layout.merges,
    columnWidths: [],
    validations: [],
    conditionalFormats: [],
    print: { ...a4AtFullSize("Portrait"), rowBreaks: layout.rowBreaks },
  };
  return { plan, heading };
}

/** How many lines of the report's text fill a portrait page before the section. */
function pageOf(plan: SheetPlan, heading: number): number {
  const height = new Map(plan.rowHeights.map(({ row, height: points }) => [row, points]));
  let used = 0;
  for (let row = 1; row < heading; row++) used += height.get(row) ?? 15;
  return used;
}

describe("printedReport", () => {
  it("leaves a section where it is while it and its table's first rows fit the page", () => {
    const { plan, heading } = report(5);
    const printed = printedReport(plan, [heading]);
    expect(printed.print?.rowBreaks).toEqual([]);
    expect(printed.rowHeights.length).toBeGreaterThan(0);
  });

  it("starts a new page at a section heading that would print at the page's foot, apart from its table", () => {
    // Lines until the heading and its table's header and first row no longer fit under them.
    let before = 1;
    while (true) {
      const { plan, heading } = report(before);
      const printed = printedReport(plan, [heading]);
      if (printed.print?.rowBreaks?.length) {
        expect(printed.print.rowBreaks).toEqual([heading]);
        const room = (842 - 86) * 0.95;
        const needed = [heading, heading + 1, heading + 2]
          .map((row) => printed.rowHeights.find((each) => each.row === row)?.height ?? 15)
          .reduce((sum, points) => sum + points, 0);
        expect(pageOf(printed, heading) + needed).toBeGreaterThan(room);
        expect(pageOf(printed, heading)).toBeLessThanOrEqual(room);
        return;
      }
      before += 1;
      expect(before).toBeLessThan(60);
    }
  });

  it("keeps the breaks the layout made itself", () => {
    const { plan, heading } = report(3);
    const printed = printedReport({ ...plan, print: { ...a4AtFullSize("Portrait"), rowBreaks: [2] } }, [
      heading,
    ]);
    expect(printed.print?.rowBreaks).toEqual([2]);
  });
});
