import { processIO, type CommandIO } from "./io";
import {
  CHECK_USAGE,
  CONSOLIDATE_USAGE,
  INSERT_USAGE,
  MEMO_USAGE,
  NEW_USAGE,
  NEXT_YEAR_USAGE,
  OIT_PAGE_USAGE,
  SCORE_USAGE,
  SUMMARY_USAGE,
} from "./usage";
import { UsageError } from "./usageError";

type Command = (argv: readonly string[], io: CommandIO) => number | Promise<number>;

/**
 * Each command's module is loaded only when that command runs: `score` and the help need none of
 * ExcelJS, which the file commands load, and Node then starts the command in a fraction of the time.
 */
const COMMANDS: Readonly<Record<string, { load: () => Promise<Command>; usage: string }>> = {
  score: { load: async () => (await import("./scoreCommand")).runScore, usage: SCORE_USAGE },
  new: { load: async () => (await import("./newCommand")).runNew, usage: NEW_USAGE },
  insert: { load: async () => (await import("./insertCommand")).runInsert, usage: INSERT_USAGE },
  "next-year": {
    load: async () => (await import("./nextYearCommand")).runNextYear,
    usage: NEXT_YEAR_USAGE,
  },
  check: { load: async () => (await import("./checkCommand")).runCheck, usage: CHECK_USAGE },
  summary: { load: async () => (await import("./summaryCommand")).runSummary, usage: SUMMARY_USAGE },
  memo: { load: async () => (await import("./memoCommand")).runMemo, usage: MEMO_USAGE },
  "oit-page": { load: async () => (await import("./oitPageCommand")).runOitPage, usage: OIT_PAGE_USAGE },
  consolidate: {
    load: async () => (await import("./consolidateCommand")).runConsolidate,
    usage: CONSOLIDATE_USAGE,
  },
};

const HELP = [
  "ita-tracker: ตารางติดตามมาตรการ ITA สำหรับผู้ที่ใช้ Excel ที่เปิด Add-in ไม่ได้",
  "ita-tracker: ITA tracking from the command line, for Excel that cannot run add-ins",
  "",
  ...Object.values(COMMANDS).map((command) => `  ${command.usage}`),
  "",
].join("\n");

/**
 * Runs one command line. Every failure a user can cause ends in one line on stderr and exit 2;
 * anything else in one line and exit 1: never a stack trace.
 */
export async function run(argv: readonly string[], io: CommandIO = processIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout(HELP);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(
      `ita-tracker: ไม่รู้จักคำสั่ง "${name}" (มี ${Object.keys(COMMANDS).join(", ")}) | ` +
        `unknown command "${name}"; see ita-tracker --help\n`,
    );
    return 2;
  }
  if (rest.includes("--help")) {
    io.stdout(`${command.usage}\n`);
    return 0;
  }
  try {
    return await (
      await command.load()
    )(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`ita-tracker ${name}: ${error.message}\n`);
      return 2;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr(`ita-tracker ${name}: เกิดข้อผิดพลาดที่ไม่คาดไว้ (${detail}) | unexpected failure: ${detail}\n`);
    return 1;
  }
}
