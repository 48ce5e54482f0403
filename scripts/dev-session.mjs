// What `npm start` and `npm stop` share: where the dev server runs, how child processes are started,
// and the file that remembers which dev server `npm start` started on Linux.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { connect } from "node:net";
import { fileURLToPath } from "node:url";

export const projectRoot = fileURLToPath(new URL("..", import.meta.url));
export const devServerPort = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"))
  .config.dev_server_port;
export const devServerUrl = `https://localhost:${devServerPort}`;
export const devServerPidFile = fileURLToPath(
  new URL("../node_modules/.cache/ita-tracker-dev-server.pid", import.meta.url),
);
export const webpackCli = fileURLToPath(new URL("../node_modules/webpack-cli/bin/cli.js", import.meta.url));

/** office-addin-debugging is not a dependency (it needs a native build that fails on Linux): npx fetches it. */
export const officeAddinDebugging = ["--yes", "office-addin-debugging@7"];

/** Resolves to the child's exit code; a child that cannot start prints one line with `hint` and gives 1. */
function exitCodeOf(child, name, hint) {
  return new Promise((resolve) => {
    child.on("error", (error) => {
      console.error(`Could not run ${name} (${error.code ?? error.message}): ${hint}`);
      resolve(1);
    });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Runs a Node script of this project with the terminal attached. */
export function runNode(args) {
  const child = spawn(process.execPath, args, { cwd: projectRoot, stdio: "inherit" });
  return { child, exitCode: exitCodeOf(child, "node", "reinstall Node.js 20 or later") };
}

/** Runs npx with the terminal attached. */
export function runNpx(args) {
  // On Windows npx is a .cmd shim, which only a shell can run; the shell needs arguments with spaces quoted.
  const onWindows = process.platform === "win32";
  const shellArgs = onWindows ? args.map((arg) => (/\s/.test(arg) ? `"${arg}"` : arg)) : args;
  const child = spawn("npx", shellArgs, { cwd: projectRoot, stdio: "inherit", shell: onWindows });
  return exitCodeOf(child, "npx", "install Node.js 20 or later with npm, then run npm start again");
}

/** True when something accepts connections on the dev server's port. */
export function isDevServerListening() {
  return new Promise((resolve) => {
    const socket = connect({ host: "localhost", port: devServerPort });
    const finish = (listening) => {
      socket.destroy();
      resolve(listening);
    };
    socket.setTimeout(1000, () => finish(false));
    socket.once("connect", () => finish(true));
    socket.once("error", () => finish(false));
  });
}
