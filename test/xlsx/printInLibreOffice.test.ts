// What staff hand to their executive is paper. The workbook `ita-tracker new` writes, with scores typed,
// long Thai rows in every grid and the summary written, is printed to PDF by LibreOffice in the document
// font; each page is read back as text boxes (pdftotext -bbox-layout) and as pixels (pdftoppm), and no
// line of text may be cut by a cell's border, by the next row, or by the page's margins, and the grids
// must print large enough to read. The pages are kept in test-results/print/ for a person to look at.
import { execFile, spawnSync } from "child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "fs/promises";
import os from "os";
import path from "path";
import type { Worksheet } from "exceljs";
import { PNG } from "pngjs";
import { promisify } from "util";
import { TOOL_IDS, type ToolId } from "../../src/domain/framework";
import { findFramework, indicatorsOfTool } from "../../src/domain/frameworks";
import { STATUS_HEADERS } from "../../src/domain/gridColumns";
import { findScoreTable } from "../../src/domain/scoreCheck";
import { SheetCells } from "../../src/domain/sheetCells";
import { defaultSettings } from "../../src/domain/workbookSettings";
import { valuesAt } from "../../src/layout/blocks";
import type { CellValue, PlannedRole, SheetPlan } from "../../src/layout/plan";
import { fittedRowHeights } from "../../src/layout/rowHeights";
import { indicatorLabel } from "../../src/layout/scoreSheet";
import { DEFAULT_SHEET_NAMES } from "../../src/layout/sheetNames";
import { a4, READABLE_PRINTED_POINTS } from "../../src/layout/styles";
import { textWidth } from "../../src/layout/textMetrics";
import { GRID_FIRST_DATA_ROW, GRID_HEADER_ROW } from "../../src/layout/trackingGrid";
import { standardWorkbook } from "../../src/xlsx/standardWorkbook";
import { workbookBuffer } from "../../src/xlsx/workbookBuffer";
import { runCli } from "../cli/runCli";
import { planValues } from "../support/gridValues";
import { SEED_2565_SCORES } from "../support/seedScores";
import { convertWithLibreOffice, describeWithLibreOffice } from "./libreOffice";

const run = promisify(execFile);
const POPPLER = spawnSync("pdftoppm", ["-v"]).error === undefined;
const DPI = 100;
const PIXELS_PER_POINT = DPI / 72;
const OUTPUT = path.join(__dirname, "..", "..", "test-results", "print");
/** A border is a dark run longer than any stroke of a letter. */
const RULE_POINTS = 30;

/** Measures typed into each grid, as long as the seeds' (progress-tracking-2566.txt). */
const TYPED_ROWS: readonly Readonly<Record<string, string>>[] = [
  {
    "ประเด็นที่เป็นข้อบกพร่อง/จุดอ่อน": "บุคลากรยังไม่มีส่วนร่วมในการตรวจสอบการใช้จ่ายงบประมาณเท่าที่ควร",
    "มาตรการ/กิจกรรม": "เผยแพร่แผนการใช้จ่ายงบประมาณประจำปีให้บุคลากรภายในได้รับรู้โดยทั่วกันในการประชุมพนักงาน",
    ขั้นตอนหรือวิธีปฏิบัติ:
      "๑.งานวิเคราะห์นโยบายและแผน ดำเนินการเผยแพร่และประชาสัมพันธ์ แผนการใช้จ่ายงบประมาณประจำปี\n๒.แต่งตั้งคณะทำงานเพื่อติดตามการใช้จ่ายงบประมาณ",
    ผู้รับผิดชอบ: "สำนักปลัด/กองคลัง/กองการศึกษา/กองช่าง",
    ระยะเวลาดำเนินการ: "ต.ค.๒๕๖๗-มี.ค.๒๕๖๘",
    [STATUS_HEADERS[1]]: "✓",
    "ไตรมาส ๑": "ประชุมชี้แจงแล้ว",
    สรุปผลการดำเนินการ:
      "ได้อนุมัติแผนประชุมการจัดทำการใช้จ่ายงบประมาณ ได้กำกับติดตามการใช้จ่ายงบประมาณ และรายงานผู้บริหารและที่ประชุมประจำเดือน",
    ผลลัพธ์: "บุคลากรรับรู้แผนการใช้จ่ายงบประมาณ",
    ข้อเสนอแนะ: "ควรประชาสัมพันธ์ช่องทางสอบถามเพิ่มเติม",
    หมายเหตุ: "รายไตรมาส",
  },
  {
    "มาตรการ/กิจกรรม": "จัดทำคำสั่งมอบหมายงานในหน้าที่ภายในหน่วยงานให้เหมาะสม เป็นธรรม และเป็นไปตามมาตรฐานกำหนดตำแหน่ง",
    ขั้นตอนหรือวิธีปฏิบัติ: "แต่งตั้งคณะทำงานประเมินผลการคัดเลือกผู้เข้ารับฝึกอบรมอย่างเป็นธรรม",
    ผู้รับผิดชอบ: "สำนักปลัด",
    ระยะเวลาดำเนินการ: "ดำเนินการตลอดทั้งปี",
    [STATUS_HEADERS[2]]: "✓",
    สรุปผลการดำเนินการ: "ได้จัดทำข้อตกลงการปฏิบัติราชการครบทุกตำแหน่ง",
  },
];

/** The title each sheet prints first: a page without one carries on the sheet before it. */
const SHEET_TITLES: readonly { role: PlannedRole; title: string }[] = [
  { role: "scores", title: "ผลคะแนนการประเมินคุณธรรมและความโปร่งใส" },
  ...TOOL_IDS.map((tool) => ({
    role: `grid-${tool}` as const,
    title: `ตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส: แบบวัด ${tool}`,
  })),
  { role: "oit-register", title: "ทะเบียนการเปิดเผยข้อมูลสาธารณะ (OIT)" },
  { role: "summary", title: "สรุปผลการประเมินคุณธรรมและความโปร่งใส (ITA)" },
];

/** The next year's workbook: no summary yet, and last year's record of the measures it carries. */
const NEXT_YEAR_TITLES: readonly { role: PlannedRole; title: string }[] = [
  ...SHEET_TITLES.filter(({ role }) => role !== "summary"),
  { role: "carried", title: "มาตรการที่ยกมาจากปีงบประมาณ" },
];

/** Text as the PDF's can be compared with it: Thai marks come back out of order, spaces anywhere. */
const squeezed = (text: string) => text.replace(/\p{M}/gu, "").replace(/\s+/g, "");

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** A printed line: its box, and its words run together as `squeezed` gives them. */
interface Line extends Box {
  readonly text: string;
}

interface PrintedPage {
  readonly role: PlannedRole;
  readonly number: number;
  readonly width: number;
  readonly height: number;
  /** Text lines, in points from the page's top left. */
  readonly lines: readonly Line[];
  /** Long dark horizontal runs of pixels, in points: the cells' borders. */
  readonly rules: readonly { readonly y: number; readonly left: number; readonly right: number }[];
}

/** Types the rows into a grid and sizes them as Excel and LibreOffice grow a row when its text is typed. */
function typeRows(sheet: Worksheet, plan: SheetPlan, tool: ToolId): void {
  const headers = planValues(plan)[GRID_HEADER_ROW - 1] as string[];
  const framework = findFramework(2568);
  if (!framework) throw new Error("2568 has a framework");
  const indicators = indicatorsOfTool(framework, tool);
  const typed = TYPED_ROWS.map((row, index) => {
    const label = indicatorLabel(indicators[index % indicators.length] as (typeof indicators)[number]);
    const cells: CellValue[] = headers.map((header) =>
      header === "ลำดับ" ? index + 1 : header === "ตัวชี้วัด" ? label : (row[header] ?? null),
    );
    return valuesAt(GRID_FIRST_DATA_ROW + index, 1, [cells]);
  });
  for (const block of typed) {
    const [cells] = block.values ?? [];
    const row = sheet.getRow(Number(/\d+/.exec(block.address)?.[0]));
    cells?.forEach((value, column) => {
      if (value !== null) row.getCell(column + 1).value = value;
    });
  }
  // Sized as a plan's own rows are: the table's body is where fittedRowHeights leaves rows to grow.
  for (const { row, height } of fittedRowHeights({ ...plan, table: undefined, content: typed })) {
    sheet.getRow(row).height = height;
  }
}

/** The 2568 workbook as staff leave it, with the summary written: its file and its PDF. */
async function printedWorkbook(folder: string): Promise<{ file: string; pdf: string }> {
  const settings = { ...defaultSettings({ year: 2025, month: 2, day: 10 }), fiscalYear: 2568 };
  const { workbook, tables, plan } = standardWorkbook({
    ...settings,
    agency: "องค์การบริหารส่วนตำบลมะเฟือง อำเภอพุทไธสง จังหวัดบุรีรัมย์",
  });
  const scorePlan = plan.sheets.find(({ role }) => role === "scores");
  const table = scorePlan && findScoreTable(new SheetCells(planValues(scorePlan)));
  const scores = workbook.getWorksheet(DEFAULT_SHEET_NAMES.scores);
  if (!table || !scores) throw new Error("the standard workbook has a score table");
  SEED_2565_SCORES.forEach((score, index) => {
    scores.getCell(table.headerRow + 1 + index, table.scoreColumn).value = score;
  });
  for (const tool of TOOL_IDS) {
    const role = `grid-${tool}` as const;
    const grid = workbook.getWorksheet(DEFAULT_SHEET_NAMES[role]);
    const gridPlan = plan.sheets.find((sheet) => sheet.role === role);
    if (!grid || !gridPlan) throw new Error(`the standard workbook has a ${tool} grid`);
    typeRows(grid, gridPlan, tool);
  }
  const file = path.join(folder, "ITA2568.xlsx");
  await writeFile(file, await workbookBuffer(workbook, tables));
  const written = await runCli(["summary", file, "--today", "2025-02-10", "--write", "--json"]);
  if (written.code !== 0) throw new Error(written.stderr);
  await convertWithLibreOffice([file], "pdf", folder);
  return { file, pdf: path.join(folder, "ITA2568.pdf") };
}

/**
 * How tall pdftotext's box of a line is, in ems: the fonts' ascent less descent, or, where the PDF
 * gives none (LibreOffice writes 0 for these fonts), poppler's 0.95 above and 0.35 below the baseline.
 */
function lineBoxEms(pdf: string): number {
  const descriptors = [...pdf.matchAll(/\/Ascent\s+(-?[\d.]+)\s*\/Descent\s+(-?[\d.]+)/g)].map(
    ([, ascent, descent]) => (Number(ascent) - Number(descent)) / 1000,
  );
  return Math.max(...descriptors.map((ems) => (ems > 0 ? ems : 0.95 + 0.35)));
}

function pageBoxes(xhtml: string): { width: number; height: number; lines: Line[] }[] {
  return xhtml
    .split("<page ")
    .slice(1)
    .map((page) => {
      const number = (name: string, text: string) =>
        Number(new RegExp(`${name}="([\\d.]+)"`).exec(text)?.[1]);
      const lines = [...page.matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/g)].map(
        ([, attributes = "", words = ""]) => ({
          left: number("xMin", attributes),
          top: number("yMin", attributes),
          right: number("xMax", attributes),
          bottom: number("yMax", attributes),
          text: squeezed(
            [...words.matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map(([, word]) => word).join(""),
          ),
        }),
      );
      return { width: number("width", page), height: number("height", page), lines };
    });
}

/** Rows of pixels with a dark run at least `length` points long, as the rules they draw. */
function horizontalRules(png: PNG, length: number): PrintedPage["rules"] {
  const rules: { y: number; left: number; right: number }[] = [];
  const dark = (x: number, y: number) => {
    const at = (y * png.width + x) * 4;
    const [r, g, b] = [png.data[at] as number, png.data[at + 1] as number, png.data[at + 2] as number];
    return 0.299 * r + 0.587 * g + 0.114 * b < 140;
  };
  for (let y = 0; y < png.height; y++) {
    let start = -1;
    for (let x = 0; x <= png.width; x++) {
      if (x < png.width && dark(x, y)) {
        if (start < 0) start = x;
      } else if (start >= 0) {
        if (x - start >= length * PIXELS_PER_POINT) {
          rules.push({
            y: y / PIXELS_PER_POINT,
            left: start / PIXELS_PER_POINT,
            right: x / PIXELS_PER_POINT,
          });
        }
        start = -1;
      }
    }
  }
  return rules;
}

async function printedPages(
  pdf: string,
  folder: string,
  titles: readonly { role: PlannedRole; title: string }[],
  output: string,
): Promise<PrintedPage[]> {
  const { stdout: xhtml } = await run("pdftotext", ["-bbox-layout", pdf, "-"], { maxBuffer: 1 << 26 });
  const { stdout: text } = await run("pdftotext", ["-layout", pdf, "-"], { maxBuffer: 1 << 26 });
  const boxes = pageBoxes(xhtml);
  const texts = text.split("\f");
  const prefix = path.basename(pdf, ".pdf");
  await run("pdftoppm", ["-r", String(DPI), "-png", pdf, path.join(folder, prefix)]);
  const rasters = (await readdir(folder))
    .filter((name) => new RegExp(`^${prefix}-\\d+\\.png$`).test(name))
    .sort();
  await mkdir(output, { recursive: true });
  const pages: PrintedPage[] = [];
  for (const [index, page] of boxes.entries()) {
    const text = squeezed(texts[index] ?? "");
    const titled = titles.find(({ title }) => text.includes(squeezed(title)));
    const previous = pages[pages.length - 1];
    const role = titled?.role ?? previous?.role;
    if (role === undefined) throw new Error("the first printed page has no sheet's title");
    const number = titled ? 1 : (previous?.number ?? 0) + 1;
    const raster = await readFile(path.join(folder, rasters[index] as string));
    await writeFile(path.join(output, `${role}-${number}.png`), raster);
    pages.push({ role, number, ...page, rules: horizontalRules(PNG.sync.read(raster), RULE_POINTS) });
  }
  return pages;
}

const overlap = (a: readonly [number, number], b: readonly [number, number]) =>
  Math.min(a[1], b[1]) - Math.max(a[0], b[0]);

/** Lines of text a border runs through: the rule lies inside the line's box, not on its edge. */
function cutByBorders(page: PrintedPage): string[] {
  const inset = 1;
  return page.lines.flatMap((line) =>
    page.rules
      .filter(
        (rule) =>
          rule.y > line.top + inset &&
          rule.y < line.bottom - inset &&
          overlap([rule.left, rule.right], [line.left, line.right]) > 0,
      )
      .map((rule) => `a border at ${rule.y.toFixed(1)} pt runs through the line at ${describe(line)}`),
  );
}

/** Lines drawn over each other: a row too short for its text runs into the next one. */
function overlappingLines(page: PrintedPage): string[] {
  return page.lines.flatMap((line, index) =>
    page.lines
      .slice(index + 1)
      .filter((other) => {
        // pdftotext splits one line of Thai into pieces with the same box top: those are not two lines.
        const sameLine = Math.abs(other.top - line.top) < 0.5;
        const height = Math.min(line.bottom - line.top, other.bottom - other.top);
        return (
          !sameLine &&
          overlap([line.top, line.bottom], [other.top, other.bottom]) > height * 0.25 &&
          overlap([line.left, line.right], [other.left, other.right]) > 0
        );
      })
      .map((other) => `the lines at ${describe(line)} and ${describe(other)} overlap`),
  );
}

/** Every sheet prints within the same margins (styles.ts). */
function outsideMargins(page: PrintedPage): string[] {
  const margins = a4(page.width > page.height ? "Landscape" : "Portrait").margins ?? {
    top: 0,
    bottom: 0,
    left: 0,
    right: 0,
  };
  const tolerance = 1;
  return page.lines
    .filter(
      (line) =>
        line.left < margins.left - tolerance ||
        line.right > page.width - margins.right + tolerance ||
        line.top < margins.top - tolerance ||
        line.bottom > page.height - margins.bottom + tolerance,
    )
    .map((line) => `the line at ${describe(line)} runs past the margins`);
}

function describe(line: Box): string {
  return `(${line.left.toFixed(0)}, ${line.top.toFixed(1)})-(${line.right.toFixed(0)}, ${line.bottom.toFixed(1)})`;
}

describeWithLibreOffice("the workbook printed by LibreOffice", () => {
  const itWithPoppler = POPPLER ? it : it.skip;
  if (!POPPLER)
    console.warn("poppler-utils (pdftotext, pdftoppm) is not installed: printing is not checked.");
  let folder: string;
  let pages: PrintedPage[] = [];
  let nextYearPages: PrintedPage[] = [];
  let boxEms = 0;

  beforeAll(async () => {
    if (!POPPLER) return;
    await rm(OUTPUT, { recursive: true, force: true });
    folder = await mkdtemp(path.join(os.tmpdir(), "ita-lo-print-"));
    const printed = await printedWorkbook(folder);
    boxEms = lineBoxEms((await readFile(printed.pdf)).toString("latin1"));
    pages = await printedPages(printed.pdf, folder, SHEET_TITLES, OUTPUT);
    // The year after, made from it: every measure not finished carried, with last year's record.
    const next = path.join(folder, "ITA2569.xlsx");
    const made = await runCli(["next-year", printed.file, next, "--today", "2025-10-05"]);
    if (made.code !== 0) throw new Error(made.stderr);
    await convertWithLibreOffice([next], "pdf", folder);
    const nextPdf = path.join(folder, "ITA2569.pdf");
    nextYearPages = await printedPages(nextPdf, folder, NEXT_YEAR_TITLES, path.join(OUTPUT, "next-year"));
  }, 240_000);

  afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  const workbooks = [
    ["2568", () => pages, SHEET_TITLES],
    ["2569, made by next-year,", () => nextYearPages, NEXT_YEAR_TITLES],
  ] as const;
  const sheetsOf = workbooks.flatMap(([year, printed, titles]) =>
    titles.map(({ role }) => [year, role, () => printed().filter((page) => page.role === role)] as const),
  );

  itWithPoppler.each(workbooks)("prints every visible sheet of the %s workbook", (_year, printed, titles) => {
    expect([...new Set(printed().map(({ role }) => role))]).toEqual(titles.map(({ role }) => role));
  });

  itWithPoppler.each(sheetsOf)(
    "prints the %s workbook's %s with no line of text cut by a border, another line or the margins",
    (_year, _role, printed) => {
      expect(printed().length).toBeGreaterThan(0);
      const problems = printed().flatMap((page) => [
        ...cutByBorders(page).map((problem) => `page ${page.number}: ${problem}`),
        ...overlappingLines(page).map((problem) => `page ${page.number}: ${problem}`),
        ...outsideMargins(page).map((problem) => `page ${page.number}: ${problem}`),
      ]);
      expect(problems).toEqual([]);
    },
  );

  itWithPoppler.each(sheetsOf)(
    `prints the %s workbook's %s at ${READABLE_PRINTED_POINTS} pt or more`,
    (_year, _role, printed) => {
      const lines = printed().flatMap((page) => page.lines);
      expect(lines.length).toBeGreaterThan(0);
      const smallest = Math.min(...lines.map((line) => (line.bottom - line.top) / boxEms));
      // pdftotext gives its boxes to a thousandth of a point, rounded.
      expect(smallest).toBeGreaterThanOrEqual(READABLE_PRINTED_POINTS - 0.05);
    },
  );

  itWithPoppler("prints, in the year after, last year's record of each measure it carries", () => {
    const text = nextYearPages
      .filter((page) => page.role === "carried")
      .flatMap((page) => page.lines.map((line) => line.text))
      .join("");
    // The measure not finished carries, with what was done; the one done stays in last year's file.
    const [unfinished, done] = TYPED_ROWS;
    const start = (row: Readonly<Record<string, string>> | undefined, header: string) =>
      squeezed(row?.[header] ?? "-").slice(0, 20);
    expect(text).toContain(start(unfinished, "มาตรการ/กิจกรรม"));
    expect(text).toContain(start(unfinished, "สรุปผลการดำเนินการ"));
    expect(text).not.toContain(start(done, "มาตรการ/กิจกรรม"));
  });

  itWithPoppler("prints the document font at the size TH SarabunPSK has on a government PC", () => {
    // A grid prints at 100 %: a header's printed width is its width in the font's own metrics.
    const header = "ผู้รับผิดชอบ";
    const printed = pages
      .filter((page) => page.role === "grid-IIT")
      .flatMap((page) => page.lines)
      .find((line) => line.text === squeezed(header));
    if (!printed) throw new Error(`the IIT grid prints no header ${header}`);
    const measured = textWidth(header, { font: "TH SarabunPSK", size: 14, bold: true });
    expect((printed.right - printed.left) / measured).toBeCloseTo(1, 1);
  });

  itWithPoppler.each(TOOL_IDS)(
    "prints the %s grid's rows over two pages each, the second naming each row by its number and indicator",
    (tool) => {
      const printed = pages.filter((page) => page.role === `grid-${tool}`);
      expect(printed.length % 2).toBe(0);
      const framework = findFramework(2568);
      if (!framework) throw new Error("2568 has a framework");
      const indicators = indicatorsOfTool(framework, tool).slice(0, TYPED_ROWS.length).map(indicatorLabel);
      for (let band = 0; band < printed.length; band += 2) {
        const [left, right] = [printed[band], printed[band + 1]].map((page) =>
          (page?.lines ?? []).map((line) => line.text).join(""),
        ) as [string, string];
        for (const text of ["ลำดับ", "ตัวชี้วัด"]) expect(right).toContain(squeezed(text));
        // An indicator's name may wrap in its cell: its number and first word are on the row's first line.
        const named = (indicator: string) => squeezed(indicator).slice(0, 8);
        expect(left).toContain(squeezed(STATUS_HEADERS[2]));
        expect(right).toContain(squeezed("ไตรมาส ๑"));
        expect(right).not.toContain(squeezed(STATUS_HEADERS[2]));
        if (band === 0) {
          for (const indicator of indicators) {
            expect(left).toContain(named(indicator));
            expect(right).toContain(named(indicator));
          }
          // The titles start after the repeated columns: none shows cut short on the right-hand page.
          expect(right).not.toContain(squeezed("ความก้าวหน้าการดำเนินการ"));
        }
      }
    },
  );

  itWithPoppler("prints the summary's chart whole, on one page", () => {
    const withChart = pages.filter(
      (page) =>
        page.role === "summary" && page.lines.some((line) => line.text.includes(squeezed("คะแนนรายตัวชี้วัด"))),
    );
    const chartPage = withChart.find((page) =>
      page.lines.some((line) => line.text === squeezed("คะแนนรายตัวชี้วัด")),
    );
    if (!chartPage) throw new Error("no page prints the chart's title");
    const text = chartPage.lines.map((line) => line.text).join("");
    // Its lowest labels: the last indicator's name under the bars, and the legend.
    expect(text).toContain(squeezed("การป้องกันการทุจริต"));
    expect(text).toContain(squeezed("เกณฑ์ผ่าน"));
  });
});
