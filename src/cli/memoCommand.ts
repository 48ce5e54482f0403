import { parseArgs } from "./args";
import type { CommandIO } from "./io";
import { oneLine, summariseFile } from "./summaryCommand";

/**
 * `ita-tracker memo`: the memo text alone, one paragraph a line, which is how Word takes pasted text as
 * paragraphs. Missing scores are said in the memo itself, so it exits 0 as `summary` does.
 */
export async function runMemo(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, { valueOptions: ["today"], flagOptions: ["arabic-digits"] });
  const { made } = await summariseFile(args, "memo");
  io.stdout(`${made.memo.map(oneLine).join("\n")}\n`);
  return 0;
}
