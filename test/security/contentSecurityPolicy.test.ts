// Every page the add-in serves carries a Content-Security-Policy that lets scripts come only from the
// add-in itself and from Microsoft's Office CDN, where taskpane.html and commands.html load Office.js.
import { readdirSync, readFileSync } from "fs";
import path from "path";

const ROOT = path.join(__dirname, "..", "..");
const OFFICE_CDN = "https://appsforoffice.microsoft.com";
/** What a directive may name besides keywords: the add-in's own origin and the Office CDN. */
const ALLOWED_SOURCES = ["'self'", OFFICE_CDN, "'none'"];

type Policy = ReadonlyMap<string, readonly string[]>;

function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return htmlFiles(full);
    return entry.name.endsWith(".html") ? [full] : [];
  });
}

/** The policy of the page's meta element, and whether it comes before the first script. */
function pagePolicy(html: string): { policy: Policy; beforeScripts: boolean } | null {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/i.exec(html);
  if (!meta) return null;
  const policy = new Map(
    (meta[1] as string)
      .split(";")
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name !== undefined && name !== "")
      .map(([name, ...sources]) => [name as string, sources]),
  );
  const firstScript = html.search(/<script\b/i);
  return { policy, beforeScripts: firstScript === -1 || meta.index < firstScript };
}

/** The sources a directive falls back to when the page does not set it. */
function sourcesOf(policy: Policy, directive: string): readonly string[] {
  return policy.get(directive) ?? policy.get("default-src") ?? ["*"];
}

const PAGES = htmlFiles(path.join(ROOT, "src")).map((file) => path.relative(ROOT, file));

describe("the Content-Security-Policy of every page under src/", () => {
  test("the pages are the task pane, the commands page and the support page", () => {
    expect(PAGES.sort()).toEqual([
      path.join("src", "commands", "commands.html"),
      path.join("src", "support", "support.html"),
      path.join("src", "taskpane", "taskpane.html"),
    ]);
  });

  test.each(PAGES)("%s sets one before any script, naming only itself and the Office CDN", (page) => {
    const found = pagePolicy(readFileSync(path.join(ROOT, page), "utf8"));
    expect(found).not.toBeNull();
    const { policy, beforeScripts } = found as NonNullable<typeof found>;
    expect(beforeScripts).toBe(true);
    for (const [directive, sources] of policy) {
      const allowed = directive === "style-src" ? [...ALLOWED_SOURCES, "'unsafe-inline'"] : ALLOWED_SOURCES;
      expect({ directive, others: sources.filter((source) => !allowed.includes(source)) }).toEqual({
        directive,
        others: [],
      });
    }
    expect(sourcesOf(policy, "script-src").every((source) => ALLOWED_SOURCES.includes(source))).toBe(true);
    expect(sourcesOf(policy, "object-src")).toEqual(["'none'"]);
    expect(policy.has("base-uri")).toBe(true);
  });

  test("the task pane and the commands page let Office.js load from the CDN webpack names, and nothing else", () => {
    const webpack = readFileSync(path.join(ROOT, "webpack.config.js"), "utf8");
    const cdnScript = /"(https:\/\/[^"]+\/office\.js)"/.exec(webpack)?.[1];
    expect(cdnScript && new URL(cdnScript).origin).toBe(OFFICE_CDN);
    for (const page of ["src/taskpane/taskpane.html", "src/commands/commands.html"]) {
      const { policy } = pagePolicy(readFileSync(path.join(ROOT, page), "utf8")) as { policy: Policy };
      expect(sourcesOf(policy, "script-src")).toEqual(["'self'", OFFICE_CDN]);
      // No inline or evaluated script: Office.js and the bundle are files.
      expect(sourcesOf(policy, "script-src")).not.toContain("'unsafe-eval'");
    }
  });

  test("the support page runs no script at all", () => {
    const { policy } = pagePolicy(readFileSync(path.join(ROOT, "src/support/support.html"), "utf8")) as {
      policy: Policy;
    };
    expect(sourcesOf(policy, "script-src")).toEqual(["'none'"]);
    expect(readFileSync(path.join(ROOT, "src/support/support.html"), "utf8")).not.toMatch(/<script\b/i);
  });

  test("the reading of a policy finds what a page allows, and a page without one", () => {
    const page = `<head><meta http-equiv="Content-Security-Policy" content="default-src *; style-src 'self'" /><script src="x.js"></script>`;
    const { policy, beforeScripts } = pagePolicy(page) as NonNullable<ReturnType<typeof pagePolicy>>;
    expect(beforeScripts).toBe(true);
    expect(sourcesOf(policy, "script-src")).toEqual(["*"]);
    expect(sourcesOf(policy, "style-src")).toEqual(["'self'"]);
    expect(pagePolicy("<head><script src='x.js'></script></head>")).toBeNull();
    expect(pagePolicy(`<script></script>${page}`)?.beforeScripts).toBe(false);
  });
});
