// The production build in real Chromium at the narrowest pane, the fake Excel standing in for Office.js:
// a newcomer's path through insert, typing rows, check, choosing a problem, summary and copy, settings and
// the language switch, in Thai with the mouse and in English with the keyboard alone. Each step leaves a
// screenshot under test-results/e2e/.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import type { Language } from "../../src/domain/checkMessages";
import { unreadableFileMessage } from "../../src/domain/consolidationMessages";
import { findFramework } from "../../src/domain/frameworks";
import { scoreAssessment } from "../../src/domain/scoring";
import { CANONICAL_MARK } from "../../src/domain/statusMark";
import { formatScore } from "../../src/domain/thaiDigits";
import { defaultSettings, SETTING_KEYS } from "../../src/domain/workbookSettings";
import { cellAddress, parseRange } from "../../src/layout/a1";
import { CONSOLIDATION_SHEET } from "../../src/layout/consolidationSheet";
import { scoreSheetLayout } from "../../src/layout/scoreSheet";
import { settingValueCell } from "../../src/layout/settingsSheet";
import { DEFAULT_SHEET_NAMES } from "../../src/layout/sheetNames";
import { SUMMARY_SHEET_NAME } from "../../src/layout/summarySheet";
import { GRID_FIRST_DATA_ROW } from "../../src/layout/trackingGrid";
import { UNIT_REGISTRY_SHEET } from "../../src/layout/unitRegistrySheet";
import { FILE_UNITS_SHEET, TYPED_UNITS_SHEET } from "../../src/layout/unitTables";
import { PANE_TEXT } from "../../src/taskpane/i18n/language";
import type { PanelId } from "../../src/taskpane/i18n/paneText";
import { FIRST_RENDER_MARK } from "../../src/taskpane/FirstRenderMark";
import { PANELS } from "../../src/taskpane/PaneTabs";
import type { SeedValue } from "../support/fakeExcel";
import {
  buildFakeOffice,
  CHROMIUM,
  chromiumInstalled,
  FIRST_RENDER_MARK as BENCHMARKED_MARK,
  launchChromium,
  missingBuild,
  NARROWEST_PANE,
  openPanePage,
  serveDist,
} from "./paneBrowser.cjs";
import { settings2568 } from "../support/gridValues";
import { SEED_2565_SCORES } from "../support/seedScores";
import { typedWorkbookBytes } from "../support/typedWorkbook";

const SCREENSHOTS = path.resolve(__dirname, "../../test-results/e2e");
const FISCAL_YEAR = 2568;
const FRAMEWORK = findFramework(FISCAL_YEAR)!;
const GRID = DEFAULT_SHEET_NAMES["grid-IIT"];
const SCORES = DEFAULT_SHEET_NAMES.scores;
const SETTINGS = DEFAULT_SHEET_NAMES.settings;
/** The score sheet's "คะแนน" column, indicators 1 to 10. */
const SCORE_CELLS = scoreSheetLayout(FRAMEWORK).lookup.scores.replaceAll("$", "");
/** Indicator 3's score typed in Thai digits: text to Excel, which the check finds and converts. */
const SCORES_TYPED: SeedValue[] = SEED_2565_SCORES.map((score, index) => (index === 2 ? "๘๙.๐๐" : score));
const ROW = GRID_FIRST_DATA_ROW;
const blank = (count: number) => Array<string>(count).fill("");
/** Columns A to N: number, indicator, weakness, measure, steps, responsible, period, 3 statuses, 4 quarters. */
const ROWS_TYPED: SeedValue[][] = [
  // Nobody responsible (column F) and two statuses marked: two errors.
  [
    1,
    "1. การปฏิบัติหน้าที่",
    "ขาดการชี้แจง",
    "ประชุมชี้แจงบุคลากร",
    "จัดประชุม",
    "",
    "ต.ค. 2567",
    CANONICAL_MARK,
    CANONICAL_MARK,
    ...blank(5),
  ],
  [
    2,
    "2. การใช้งบประมาณ",
    "เผยแพร่ช้า",
    "เผยแพร่แผนการใช้จ่าย",
    "ลงเว็บไซต์",
    "กองคลัง",
    "ตลอดปีงบประมาณ",
    ...blank(2),
    CANONICAL_MARK,
    ...blank(4),
  ],
];
const NO_RESPONSIBLE = `F${ROW}`;

const runs = chromiumInstalled() || process.env.CI === "true";
if (!runs) console.warn(`Browser test skipped: ${CHROMIUM} not found (apt-get install chromium runs it).`);

(runs ? describe : describe.skip)("the task pane in Chromium", () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  let officeScript: string;

  beforeAll(async () => {
    const missing = missingBuild();
    if (missing !== null) throw new Error(missing);
    mkdirSync(SCREENSHOTS, { recursive: true });
    officeScript = buildFakeOffice();
    server = await serveDist();
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** One walk: its page, its words, and how its user works the pane. */
  class Walk {
    readonly text;
    readonly failures: string[] = [];

    constructor(
      readonly page: Page,
      readonly language: Language,
      readonly keyboard: boolean,
    ) {
      this.text = PANE_TEXT[language];
      page.on("pageerror", (error) => this.failures.push(error.message));
      page.on("console", (message) => {
        if (message.type() === "error") this.failures.push(message.text());
      });
    }

    /** A screenshot of the whole pane, which must not scroll sideways at the narrowest width. */
    async snap(step: string) {
      expect(await this.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        NARROWEST_PANE.width,
      );
      await this.page.screenshot({
        path: path.join(SCREENSHOTS, `${this.language}-${step}.png`),
        fullPage: true,
      });
    }

    button(name: string): Locator {
      return this.page.getByRole("button", { name, exact: true });
    }

    /** With the mouse, or by focusing it and pressing Enter. */
    async press(target: Locator) {
      if (this.keyboard) await target.press("Enter");
      else await target.click();
    }

    /** A click on the tab, or the arrow keys from the tab selected now, as WAI-ARIA's tabs have them. */
    async openTab(panel: PanelId) {
      const selected = this.page.getByRole("tab", { selected: true });
      if (this.keyboard) {
        await selected.focus();
        await this.page.keyboard.press("Home");
        for (let step = 0; step < PANELS.indexOf(panel); step++) await this.page.keyboard.press("ArrowRight");
      } else {
        await this.page.getByRole("tab", { name: this.text.app.tabs[panel] }).click();
      }
      expect(await selected.textContent()).toBe(this.text.app.tabs[panel]);
      if (this.keyboard) expect(await selected.evaluate((tab) => tab === document.activeElement)).toBe(true);
    }

    /** The live region that tells an action's outcome, once it says `words`. */
    async told(region: string, words: string): Promise<string> {
      const live = this.page.getByRole("status", { name: region });
      await live.getByText(words, { exact: false }).first().waitFor();
      return (await live.textContent()) ?? "";
    }

    workbookValues(sheet: string, address: string) {
      return this.page.evaluate(([name, range]) => window.__fakeExcel!.values(name, range), [
        sheet,
        address,
      ] as const);
    }

    /** What staff type into Excel, which the pane reads only when asked. */
    type(sheet: string, address: string, rows: SeedValue[][]) {
      return this.page.evaluate(([name, range, cells]) => window.__fakeExcel!.type(name, range, cells), [
        sheet,
        address,
        rows,
      ] as const);
    }
  }

  async function startWalk(language: Language, displayLanguage: string, keyboard: boolean): Promise<Walk> {
    const page = await openPanePage(browser, {
      officeScript,
      options: { displayLanguage },
      permissions: ["clipboard-read", "clipboard-write"],
    });
    const walk = new Walk(page, language, keyboard);
    await page.goto(server.url);
    await page.getByRole("tablist").waitFor();
    return walk;
  }

  async function newcomersPath(walk: Walk) {
    const { page, text, language } = walk;
    expect(await page.locator("main").getAttribute("lang")).toBe(language);
    // The mark the first-render benchmark times.
    expect(BENCHMARKED_MARK).toBe(FIRST_RENDER_MARK);
    expect(await page.evaluate((mark) => performance.getEntriesByName(mark).length, FIRST_RENDER_MARK)).toBe(
      1,
    );
    // Fluent's styles are a stylesheet of the build's own: it must arrive and apply, or the pane is bare HTML.
    const rulesPerStylesheet = await page.evaluate(() =>
      [...document.styleSheets].filter((sheet) => sheet.href !== null).map((sheet) => sheet.cssRules.length),
    );
    expect(rulesPerStylesheet).not.toHaveLength(0);
    expect(Math.min(...rulesPerStylesheet)).toBeGreaterThan(0);
    await walk.snap("1-start");

    // Start: the agency and the year, with the framework that year implies.
    await page.getByLabel(text.start.agency).fill("องค์การบริหารส่วนตำบลมะเฟือง");
    await page.getByLabel(text.start.fiscalYear, { exact: true }).selectOption(String(FISCAL_YEAR));
    await page.getByText(text.start.frameworkHint(FRAMEWORK)).waitFor();
    await walk.press(walk.button(text.start.insert));
    await walk.told(text.start.results, text.start.inserted);
    expect(await page.evaluate(() => window.__fakeExcel!.sheetNames())).toEqual([
      "Sheet1",
      ...Object.values(DEFAULT_SHEET_NAMES),
    ]);
    await walk.snap("2-inserted");

    // The user types scores and rows into Excel.
    await walk.type(
      SCORES,
      SCORE_CELLS,
      SCORES_TYPED.map((score) => [score]),
    );
    await walk.type(GRID, `A${ROW}:N${ROW + ROWS_TYPED.length - 1}`, ROWS_TYPED);

    // Check, then choose a problem: Excel goes to its cell.
    await walk.openTab("check");
    await walk.press(walk.button(text.check.check));
    const found = await walk.told(text.check.results, text.check.fixErrors);
    expect(found).toContain(text.check.sheet(GRID));
    expect(found).toContain(text.check.sheet(SCORES));
    await walk.snap("3-checked");
    await walk.press(page.getByTitle(text.check.goTo(NO_RESPONSIBLE)).first());
    await page.waitForFunction(([sheet, cell]) => window.__fakeExcel!.selection(sheet) === cell, [
      GRID,
      NO_RESPONSIBLE,
    ] as const);
    expect(await page.evaluate(() => window.__fakeExcel!.activeSheetName())).toBe(GRID);

    // The score typed in Thai digits becomes a number, and the check runs again.
    await walk.press(walk.button(text.check.convert));
    await walk.told(text.check.results, text.check.converted(1));
    const scores = parseRange(SCORE_CELLS);
    expect(await walk.workbookValues(SCORES, cellAddress(scores.top + 2, scores.left))).toEqual([[89]]);

    // Summary: the figures, the memo, Copy.
    await walk.openTab("summary");
    await walk.press(walk.button(text.summary.summarise));
    await walk.told(text.summary.results, text.summary.written(SUMMARY_SHEET_NAME));
    const { total } = scoreAssessment(FRAMEWORK, SEED_2565_SCORES);
    const digits = language === "th" ? "thai" : "arabic";
    const figures = page.getByRole("region", { name: text.summary.memo });
    await figures.waitFor();
    expect(await page.locator("#panel-summary").textContent()).toContain(
      `${text.summary.total}${formatScore(total, digits)}`,
    );
    await walk.press(walk.button(text.summary.copy));
    await walk.told(text.summary.copyResult, text.summary.copied);
    const clipboard = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const read = async (type: string) => (await item!.getType(type)).text();
      return {
        types: [...item!.types].sort(),
        plain: await read("text/plain"),
        html: await read("text/html"),
      };
    });
    const firstParagraph = (await figures.locator("p").first().textContent()) ?? "";
    expect(clipboard.types).toEqual(["text/html", "text/plain"]);
    expect(clipboard.plain.split("\r\n")[0]).toBe(firstParagraph);
    expect(clipboard.html).toContain("font-size:16pt");
    await walk.snap("4-summary");

    // Settings: a new pass mark goes into the cell the live colours read.
    await walk.openTab("settings");
    await page.waitForFunction(
      () => document.querySelector<HTMLInputElement>("#panel-settings input")?.value === "85",
    );
    await page.getByLabel(text.settings.pass).fill("๘๐");
    await walk.press(walk.button(text.settings.save));
    await walk.told(text.settings.results, text.settings.saved);
    const passCell = settingValueCell(defaultSettings({ year: 2025, month: 1, day: 1 }), SETTING_KEYS.pass);
    expect(await walk.workbookValues(SETTINGS, passCell.replaceAll("$", ""))).toEqual([[80]]);
    await walk.snap("5-settings");

    // A protected sheet: what went wrong and what to do, in the user's words.
    await page.evaluate((sheet) => window.__fakeExcel!.protect(sheet), GRID);
    await walk.openTab("start");
    await walk.press(walk.button(text.start.insert));
    await walk.told(text.start.results, text.failures.protectedSheets(`“${GRID}”`));
    await walk.snap("6-protected");

    // The other language, at the press of one button.
    const other = PANE_TEXT[language === "th" ? "en" : "th"];
    await walk.press(walk.button(text.app.otherLanguage));
    await page.getByRole("tab", { name: other.app.tabs.start }).waitFor();
    expect(await page.locator("main").getAttribute("lang")).toBe(other.language);
    await walk.snap("7-switched");
    // The choice is kept on this computer: the pane opens in it next time, whatever Office's language.
    await page.reload();
    await page.getByRole("tab", { name: other.app.tabs.start }).waitFor();
    expect(await page.locator("main").getAttribute("lang")).toBe(other.language);

    expect(walk.failures).toEqual([]);
  }

  test("a parent office consolidates its units' files, read in a worker, into the open workbook", async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), "ita-units-"));
    const agencies = ["อบต.หนึ่ง", "อบต.สอง", "อบต.สาม"];
    const files = await Promise.all(
      agencies.map(async (agency, index) => {
        const file = path.join(folder, `${index + 1}.xlsx`);
        const scores = SEED_2565_SCORES.map((score) => score - index * 5);
        writeFileSync(file, await typedWorkbookBytes(settings2568({ agency }), { scores }));
        return file;
      }),
    );
    const damaged = path.join(folder, "4.xlsx");
    writeFileSync(damaged, "not a workbook");
    const walk = await startWalk("th", "th-TH", false);
    const { page, text } = walk;
    try {
      await walk.openTab("consolidate");
      await page.locator('input[type="file"][multiple]').setInputFiles([...files, damaged]);
      await page.getByText(text.consolidate.chosen(4)).waitFor();
      await walk.press(walk.button(text.consolidate.consolidate));
      const told = await walk.told(
        text.consolidate.results,
        text.consolidate.written(3, CONSOLIDATION_SHEET),
      );
      expect(told).toContain(text.consolidate.filesRead(3, 4));
      expect(await page.evaluate(() => window.__fakeExcel!.sheetNames())).toEqual(
        expect.arrayContaining([
          UNIT_REGISTRY_SHEET,
          TYPED_UNITS_SHEET,
          FILE_UNITS_SHEET,
          CONSOLIDATION_SHEET,
        ]),
      );
      const names = await walk.workbookValues(FILE_UNITS_SHEET, "A6:A8");
      expect(names.flat()).toEqual(agencies);
      await page.getByText(unreadableFileMessage("4.xlsx", "notXlsx", "th")).waitFor();
      await page.getByRole("region", { name: text.summary.memo }).waitFor();
      await walk.snap("consolidated");
      expect(walk.failures).toEqual([]);
    } finally {
      await page.context().close();
      rmSync(folder, { recursive: true, force: true });
    }
  }, 120_000);

  test("before the scripts run: the placeholder, with the words for old webviews hidden in this browser", async () => {
    const page = await openPanePage(browser, { officeScript, options: { displayLanguage: "th-TH" } });
    try {
      // As in a webview that cannot run the pane: its scripts never start.
      await page.route(/\/(vendors|taskpane)\.[^/]*\.js$/, (route) => route.abort());
      await page.goto(server.url);
      const tooOld = page.getByText("This Excel shows add-ins in an old browser", { exact: false });
      expect(await page.getByText("Loading ITA Tracker", { exact: false }).isVisible()).toBe(true);
      expect(await tooOld.count()).toBe(1);
      expect(await tooOld.isVisible()).toBe(false);
      // Without the rule that hides them, as in engines without @supports selector(), they show.
      await page.evaluate(() => document.querySelectorAll("head style").forEach((style) => style.remove()));
      expect(await tooOld.isVisible()).toBe(true);
    } finally {
      await page.context().close();
    }
  });

  test.each([
    ["th" as const, "th-TH", false],
    ["en" as const, "en-US", true],
  ])(
    "a newcomer inserts, fills, checks and summarises (%s)",
    async (language, displayLanguage, keyboard) => {
      const walk = await startWalk(language, displayLanguage, keyboard);
      try {
        await newcomersPath(walk);
      } finally {
        await walk.page.context().close();
      }
    },
    120_000,
  );
});
