// The built task pane served on this machine and opened in Debian's Chromium, with the fake Office
// answering the page's request for office.js: shared by the browser test and the first-render benchmark.
const { execFileSync } = require("node:child_process");
const { existsSync, readFileSync, statSync } = require("node:fs");
const { createServer } = require("node:http");
const { tmpdir } = require("node:os");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
/** src/taskpane/FirstRenderMark.tsx's mark, which this plain script cannot import; the browser test checks both agree. */
const FIRST_RENDER_MARK = "ita-pane-rendered";
/** The narrowest task pane Office shows. */
const NARROWEST_PANE = { width: 320, height: 900 };

const CONTENT_TYPES = {
  ".css": "text/css; charset=utf-8",
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".map": "application/json",
  ".xml": "application/xml",
};

function chromiumInstalled() {
  return existsSync(CHROMIUM);
}

/** Null when dist/ holds a production build; otherwise what to do. */
function missingBuild() {
  return existsSync(path.join(DIST, "taskpane.html"))
    ? null
    : "dist/taskpane.html not found: run `npm run build` first.";
}

/** Builds test/e2e/fakeOffice.ts for the browser and returns the script's text. */
function buildFakeOffice() {
  const out = path.join(tmpdir(), `ita-fake-office-${process.pid}`);
  execFileSync(
    process.execPath,
    [
      require.resolve("webpack-cli/bin/cli.js"),
      "--config",
      path.join(__dirname, "webpack.fakeOffice.cjs"),
      "--output-path",
      out,
    ],
    { cwd: ROOT, stdio: "pipe" },
  );
  return readFileSync(path.join(out, "office.js"), "utf8");
}

/** Serves dist/ on 127.0.0.1 at a free port: `url` is the pane's page. */
function serveDist() {
  const server = createServer((request, response) => {
    const name = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const file = path.join(DIST, name);
    if (!file.startsWith(DIST + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      "Content-Type": CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream",
    });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      const origin = `http://127.0.0.1:${port}`;
      resolve({
        origin,
        url: `${origin}/taskpane.html`,
        close: () => new Promise((done) => server.close(done)),
      });
    });
  });
}

function launchChromium() {
  const { chromium } = require("playwright-core");
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/**
 * A page of its own (fresh cache and storage) at the narrowest pane, whose office.js is `officeScript`
 * run after `options` is set as window.__fakeOfficeOptions. Nothing leaves this machine.
 */
async function openPanePage(browser, { officeScript, options, permissions = [] }) {
  const context = await browser.newContext({ viewport: NARROWEST_PANE, permissions });
  const page = await context.newPage();
  await page.route(
    (url) => url.hostname !== "127.0.0.1" || url.pathname.endsWith("/office.js"),
    (route) =>
      route.request().url().endsWith("/office.js")
        ? route.fulfill({
            contentType: "text/javascript",
            body: `window.__fakeOfficeOptions = ${JSON.stringify(options)};\n${officeScript}`,
          })
        : route.abort(),
  );
  return page;
}

module.exports = {
  CHROMIUM,
  DIST,
  FIRST_RENDER_MARK,
  NARROWEST_PANE,
  buildFakeOffice,
  chromiumInstalled,
  launchChromium,
  missingBuild,
  openPanePage,
  serveDist,
};
