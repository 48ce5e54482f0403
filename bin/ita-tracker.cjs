#!/usr/bin/env node
// Entry point of the ita-tracker command; the TypeScript is compiled to dist/cli by `npm install`.
const path = require("path");
const fs = require("fs");
const main = path.join(__dirname, "..", "dist", "cli", "cli", "main.js");
if (!fs.existsSync(main)) {
  process.stderr.write(
    "ita-tracker is not built yet: run `npm install` (or `npm run build:cli`) in this folder, then try again.\n",
  );
  process.exit(2);
}
// The exit code is set, not exited with: process.exit would end the process before a pipe has taken all
// of standard output, and a long report would reach the next program cut short.
require(main)
  .run(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
