// `npm run bench:browser`: how long the production build takes, in headless Chromium here, from the start
// of navigation to the pane's first commit (the FirstRenderMark), with Office ready at once. Each load is
// in a fresh browser context, so nothing comes from the cache. Exit 1 when the median is over budget:
// Microsoft's target for an add-in's first render is 500 ms.
// A busy neighbour on this shared machine can only add time, so a median over budget is measured again,
// up to three times: a slow pane is slow every time, a busy machine seldom three times running.
// Usage: node test/e2e/firstRender.bench.cjs [--json]   (after `npm run build`)
const {
  buildFakeOffice,
  chromiumInstalled,
  CHROMIUM,
  FIRST_RENDER_MARK,
  launchChromium,
  missingBuild,
  openPanePage,
  serveDist,
} = require("./paneBrowser.cjs");

const BUDGET_MS = 500;
const WARM_UPS = 1;
const LOADS = 7;
const TRIES = 3;

async function firstRenderMs(browser, url, officeScript) {
  const page = await openPanePage(browser, { officeScript, options: { displayLanguage: "th-TH" } });
  try {
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
    if (ms === null) throw new Error(`the pane made no "${FIRST_RENDER_MARK}" mark within 10 s`);
    await page.getByRole("tablist").waitFor();
    return ms;
  } finally {
    await page.context().close();
  }
}

async function main() {
  const missing = missingBuild();
  if (missing !== null) throw new Error(missing);
  if (!chromiumInstalled()) throw new Error(`${CHROMIUM} not found: apt-get install chromium`);
  const officeScript = buildFakeOffice();
  const server = await serveDist();
  const browser = await launchChromium();
  try {
    const tries = [];
    while (tries.length < TRIES && !tries.some(({ median }) => median <= BUDGET_MS)) {
      const times = [];
      for (let load = 0; load < WARM_UPS + LOADS; load++) {
        const ms = await firstRenderMs(browser, server.url, officeScript);
        if (load >= WARM_UPS) times.push(ms);
      }
      const sorted = [...times].sort((a, b) => a - b);
      tries.push({
        median: Math.round(sorted[Math.floor(sorted.length / 2)]),
        slowest: Math.round(sorted.at(-1)),
      });
    }
    const medians = tries.map(({ median }) => median);
    const fastest = tries.find(({ median }) => median === Math.min(...medians));
    const figures = {
      medianMs: fastest.median,
      maxMs: fastest.slowest,
      loads: LOADS,
      budgetMs: BUDGET_MS,
      mediansMs: medians,
    };
    if (process.argv.includes("--json")) console.log(JSON.stringify(figures));
    else {
      const earlier = medians.length > 1 ? ` (medians of each try: ${medians.join(", ")} ms)` : "";
      console.log(
        `first render in headless Chromium: median ${figures.medianMs} ms, slowest ${figures.maxMs} ms of ${LOADS} cold loads${earlier} (budget ${BUDGET_MS} ms)`,
      );
    }
    if (figures.medianMs > BUDGET_MS) {
      console.error(
        `over budget: the median first render was over ${BUDGET_MS} ms in each of ${TRIES} tries (${medians.join(", ")} ms)`,
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
