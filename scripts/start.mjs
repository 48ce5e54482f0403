// `npm start`: on Windows and macOS, build, start the https dev server and sideload the add-in into
// desktop Excel. Desktop Excel does not exist on Linux: there it starts the dev server for Excel on the web.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  devServerPidFile,
  devServerPort,
  devServerUrl,
  isDevServerListening,
  officeAddinDebugging,
  runNode,
  runNpx,
  webpackCli,
} from "./dev-session.mjs";

const UPLOAD_BY_HAND =
  "Excel on the web: open a workbook, Home > Add-ins > More add-ins > Upload My Add-in, and choose " +
  `manifest.xml while this dev server runs at ${devServerUrl}`;

/** Runs the dev server in this terminal until Ctrl+C or `npm stop`, which finds it through the pid file. */
async function serveInForeground() {
  if (await isDevServerListening()) {
    console.log(`A dev server is already listening at ${devServerUrl}: use it, or run npm stop first.`);
    return 0;
  }
  const { child, exitCode } = runNode([webpackCli, "serve", "--mode", "development"]);
  mkdirSync(path.dirname(devServerPidFile), { recursive: true });
  writeFileSync(devServerPidFile, String(child.pid));
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  const code = await exitCode;
  // npm stop may have removed the file already; a newer one belongs to another dev server.
  if (existsSync(devServerPidFile) && readFileSync(devServerPidFile, "utf8") === String(child.pid)) {
    rmSync(devServerPidFile);
  }
  return code;
}

async function sideloadIntoDesktopExcel() {
  const built = await runNode([webpackCli, "--mode", "development"]).exitCode;
  if (built !== 0) {
    console.error("The development build failed (see the errors above): fix them, then run npm start again.");
    return built;
  }
  const sideloaded = await runNpx([
    ...officeAddinDebugging,
    "start",
    "manifest.xml",
    "desktop",
    "--dev-server",
    "npm run dev-server",
    "--dev-server-port",
    String(devServerPort),
  ]);
  if (sideloaded !== 0) {
    console.error(
      `Sideloading did not finish (see above). To load the add-in by hand, use ${UPLOAD_BY_HAND}.`,
    );
  }
  return sideloaded;
}

async function main() {
  if (process.platform === "linux") {
    console.log(`Desktop Excel does not run on Linux, so nothing is sideloaded; use ${UPLOAD_BY_HAND}.`);
    return serveInForeground();
  }
  return sideloadIntoDesktopExcel();
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`npm start failed: ${error?.message ?? error}`);
    process.exit(1);
  },
);
