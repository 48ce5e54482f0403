// `npm stop`: on Windows and macOS, unload the add-in from desktop Excel and stop the dev server.
// On Linux nothing was sideloaded; stop the dev server `npm start` runs, if it is still running.
import { existsSync, readFileSync, rmSync } from "node:fs";
import {
  devServerPidFile,
  devServerUrl,
  isDevServerListening,
  officeAddinDebugging,
  runNpx,
} from "./dev-session.mjs";

/** The pid `npm start` recorded, if that process is still our webpack dev server. */
function startedDevServerPid() {
  if (!existsSync(devServerPidFile)) return undefined;
  const pid = Number(readFileSync(devServerPidFile, "utf8"));
  try {
    // The pid may have been reused since: only a webpack process is ours to stop.
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("webpack") ? pid : undefined;
  } catch {
    return undefined;
  }
}

async function stopOnLinux() {
  console.log("Nothing to unload: on Linux the add-in was never sideloaded into Excel.");
  const pid = startedDevServerPid();
  if (pid) {
    process.kill(pid, "SIGTERM");
    console.log(`Stopped the dev server at ${devServerUrl} (process ${pid}).`);
  } else if (await isDevServerListening()) {
    console.log(
      `A dev server at ${devServerUrl} was not started by npm start: press Ctrl+C in its terminal.`,
    );
  } else {
    console.log("No dev server is running.");
  }
  rmSync(devServerPidFile, { force: true });
  return 0;
}

async function main() {
  if (process.platform === "linux") return stopOnLinux();
  const code = await runNpx([...officeAddinDebugging, "stop", "manifest.xml", "desktop"]);
  if (code !== 0) {
    console.error("Unloading did not finish (see above): close Excel and stop the dev server by hand.");
  }
  return code;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`npm stop failed: ${error?.message ?? error}`);
    process.exit(1);
  },
);
