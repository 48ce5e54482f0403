// `npm run check:manifest`: the offline manifest checks of manifest-checks.cjs, as a command.
// Usage: node scripts/check-manifest.mjs [manifest.xml] — icons are looked up in assets/ beside it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { checkManifest, manifestChecks } from "./manifest-checks.cjs";

const manifestPath = process.argv[2] ?? "manifest.xml";
let xmlText;
try {
  xmlText = readFileSync(manifestPath, "utf8");
} catch (error) {
  console.error(`${manifestPath}: cannot be read (${error.code ?? error.message}); pass the manifest's path`);
  process.exit(1);
}
const problems = checkManifest(xmlText, { assetsDir: path.join(path.dirname(manifestPath), "assets") });
if (problems.length === 0) {
  console.log(`${manifestPath}: ${manifestChecks.length} checks passed`);
} else {
  console.error(`${manifestPath}: ${problems.length} problem(s):`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
