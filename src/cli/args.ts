import { UsageError } from "./usageError";

export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly values: Readonly<Record<string, string>>;
  readonly flags: ReadonlySet<string>;
}

export interface ArgSpec {
  /** Options that take a value: --year 2568 or --year=2568. */
  readonly valueOptions: readonly string[];
  /** Options that stand alone: --json. */
  readonly flagOptions: readonly string[];
}

/**
 * A small parser rather than node's parseArgs, because scores may be negative numbers ("-5"),
 * which must reach the range check as values instead of failing as unknown options.
 */
export function parseArgs(argv: readonly string[], spec: ArgSpec): ParsedArgs {
  const positionals: string[] = [];
  const values: Record<string, string> = {};
  const flags = new Set<string>();
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] as string;
    if (!arg.startsWith("--")) {
      positionals.push(arg);
      continue;
    }
    const [name, inlineValue] = splitOption(arg.slice(2));
    if (spec.flagOptions.includes(name)) {
      if (inlineValue !== undefined) throw new UsageError(`--${name} takes no value`);
      flags.add(name);
    } else if (spec.valueOptions.includes(name)) {
      const value = inlineValue ?? argv[++index];
      if (value === undefined || value === "") throw new UsageError(`--${name} needs a value`);
      values[name] = value;
    } else {
      throw new UsageError(`unknown option --${name}`);
    }
  }
  return { positionals, values, flags };
}

function splitOption(option: string): [string, string | undefined] {
  const equals = option.indexOf("=");
  return equals < 0 ? [option, undefined] : [option.slice(0, equals), option.slice(equals + 1)];
}
