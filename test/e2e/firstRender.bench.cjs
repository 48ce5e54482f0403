// `npm run bench:browser`: the production pane's first render in headless Chromium, as a ratio to a
// yardstick page (bench/baseline: React, FluentProvider and one Fluent Button, built by the same webpack
// config into dist/baseline/), from the start of navigation to each page's first commit (the
// FirstRenderMark), Office ready at once. The two are loaded in pairs, pane then yardstick or yardstick
// then pane in turn, each in a fresh browser context (nothing from the cache), and the figure is the
// median of the pairs' ratios: a busy machine slows both pages of a pair alike, so the ratio holds where
// a time in milliseconds does not. The times themselves are printed as records, never judged.
// Exit 1 when the median ratio is over budget.
// Usage: node test/e2e/firstRender.bench.cjs [--json] [--slowdown N]   (after `npm run bench:browser`'s builds)
//   --slowdown N  runs the pane's pages N times slower (Chromium's CPU throttling), to show that a slower
//                 pane fails the budget: the bench's own test.
const { existsSync } = require("node:fs");
const path = require("node:path");
const {
  buildFakeOffice,
  chromiumInstalled,
  CHROMIUM,
  DIST,
  FIRST_RENDER_MARK,
  launchChromium,
  missingBuild,
  openPanePage,
  serveDist,
} = require("./paneBrowser.cjs");

/**
 * Measured here on 2 December 2026: the ratio was 1.2-1.25 on a machine at rest or with both cores kept
 * busy by another process, and up to 1.5 with the machine overloaded by test suites running beside it;
 * with --slowdown 2 it is 2.4-2.5. The budget leaves today's build more than 25 % margin in all of these
 * and fails a pane twice as slow.
 */
const BUDGET_RATIO = 1.9;
const WARM_UP_PAIRS = 1;
const PAIRS = 15;
const BASELINE_PAGE = "baseline/baseline.html";

function option(name) {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

/** Milliseconds from navigation to the page's FirstRenderMark, in a context of its own. */
async function firstRenderMs(browser, url, officeScript, cpuSlowdown) {
  const page = await openPanePage(browser, { officeScript, options: { displayLanguage: "th-TH" } });
  try {
    if (cpuSlowdown > 1) {
      const session = await page.context().newCDPSession(page);
      await session.send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown });
    }
    await page.goto(url, { waitUntil: "commit" });
    // Waited for inside the page: polling with a locator while it loads would add the locator's own
    // scripts to the time measured.
    const ms = await page.evaluate(
      (mark) =>
        new Promise((resolve) => {
          setTimeout(() => resolve(null), 10_000);
          new PerformanceObserver((marks, observer) => {
            const rendered = marks.getEntriesByName(mark)[0];
            if (rendered === undefined) return;
            observer.disconnect();
            resolve(rendered.startTime);
          }).observe({ type: "mark", buffered: true });
        }),
      FIRST_RENDER_MARK,
    );
    if (ms === null) throw new Error(`${url} made no "${FIRST_RENDER_MARK}" mark within 10 s`);
    return ms;
  } finally {
    await page.context().close();
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function main() {
  const missing = missingBuild();
  if (missing !== null) throw new Error(missing);
  if (!existsSync(path.join(DIST, BASELINE_PAGE))) {
    throw new Error(
      `dist/${BASELINE_PAGE} not found: run \`webpack --mode production --env baseline\` first.`,
    );
  }
  if (!chromiumInstalled()) throw new Error(`${CHROMIUM} not found: apt-get install chromium`);
  const slowdown = Number(option("--slowdown") ?? 1);
  if (!(slowdown >= 1)) throw new Error("--slowdown takes a factor of 1 or more");
  const officeScript = buildFakeOffice();
  const server = await serveDist();
  const browser = await launchChromium();
  try {
    const pane = () => firstRenderMs(browser, server.url, officeScript, slowdown);
    const yardstick = () => firstRenderMs(browser, `${server.origin}/${BASELINE_PAGE}`, officeScript, 1);
    const pairs = [];
    for (let pair = 0; pair < WARM_UP_PAIRS + PAIRS; pair++) {
      // Each goes first in turn, so that neither always meets the other's leftovers.
      const paneFirst = pair % 2 === 0;
      const first = await (paneFirst ? pane() : yardstick());
      const second = await (paneFirst ? yardstick() : pane());
      if (pair >= WARM_UP_PAIRS) pairs.push(paneFirst ? [first, second] : [second, first]);
    }
    const round = (value, places) => Math.round(value * 10 ** places) / 10 ** places;
    const figures = {
      ratio: round(median(pairs.map(([paneMs, baselineMs]) => paneMs / baselineMs)), 3),
      budgetRatio: BUDGET_RATIO,
      paneMedianMs: Math.round(median(pairs.map(([paneMs]) => paneMs))),
      baselineMedianMs: Math.round(median(pairs.map(([, baselineMs]) => baselineMs))),
      pairs: PAIRS,
      slowdown,
    };
    if (process.argv.includes("--json")) console.log(JSON.stringify(figures));
    else {
      console.log(
        `first render in headless Chromium: the pane takes ${figures.ratio} × the baseline page ` +
          `(median of ${PAIRS} interleaved pairs; budget ${BUDGET_RATIO} ×); recorded: pane ` +
          `${figures.paneMedianMs} ms, baseline ${figures.baselineMedianMs} ms`,
      );
    }
    if (figures.ratio > BUDGET_RATIO) {
      console.error(
        `over budget: the pane's first render is ${figures.ratio} × the baseline's (budget ${BUDGET_RATIO} ×)`,
      );
      process.exitCode = 1;
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error.message);
  process.exitCode = 1;
});
