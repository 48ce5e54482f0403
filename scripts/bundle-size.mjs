// Reports the raw and gzipped size of the scripts dist/taskpane.html loads from the add-in's own host
// (Office.js comes from Microsoft's CDN or dist/office-js/ and is not counted), and beside them, outside the
// budget, its stylesheets: the styles the build takes out of the scripts.
// Usage: node scripts/bundle-size.mjs [--budget-kb 180]   (exit 1 when the gzipped total is over budget)
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const distDir = fileURLToPath(new URL("../dist/", import.meta.url));
const budgetIndex = process.argv.indexOf("--budget-kb");
const budgetKb = budgetIndex === -1 ? undefined : Number(process.argv[budgetIndex + 1]);

let html;
try {
  html = readFileSync(path.join(distDir, "taskpane.html"), "utf8");
} catch {
  console.error("dist/taskpane.html not found: run `npm run build` first.");
  process.exit(1);
}

const ownScripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)]
  .map((match) => match[1])
  .filter((src) => !/^https?:\/\//.test(src) && !src.startsWith("office-js/"));

const stylesheets = [...html.matchAll(/<link[^>]*\srel="?stylesheet"?[^>]*\shref="?([^"\s>]+)/g)].map(
  (match) => match[1],
);

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Prints a file's size and returns its raw and gzipped bytes. */
function measured(file, label = file) {
  const content = readFileSync(path.join(distDir, file));
  const gzipped = gzipSync(content, { level: 9 }).length;
  console.log(`${label}: ${kb(content.length)} raw, ${kb(gzipped)} gzipped`);
  return { raw: content.length, gzipped };
}

for (const href of stylesheets) measured(href, `${href} (stylesheet, not in the total)`);
let totalRaw = 0;
let totalGzip = 0;
for (const src of ownScripts) {
  const { raw, gzipped } = measured(src);
  totalRaw += raw;
  totalGzip += gzipped;
}
console.log(`total: ${kb(totalRaw)} raw, ${kb(totalGzip)} gzipped`);

if (budgetKb !== undefined && totalGzip > budgetKb * 1024) {
  console.error(
    `over budget: ${kb(totalGzip)} gzipped > ${budgetKb} KB; import less of Fluent UI or split a screen out`,
  );
  process.exit(1);
}
