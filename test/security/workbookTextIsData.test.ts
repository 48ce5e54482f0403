// Workbook text never becomes code or markup: no source file evaluates a string or writes HTML into the
// page, and eslint refuses anyone who tries.
import { spawnSync } from "child_process";
import { readdirSync, readFileSync } from "fs";
import path from "path";

const ROOT = path.join(__dirname, "..", "..");
const ESLINT = path.join(ROOT, "node_modules", "eslint", "bin", "eslint.js");

/** What turns text into code or markup, with what a reader searches for. */
const CODE_FROM_TEXT: readonly { readonly what: string; readonly pattern: RegExp }[] = [
  { what: "eval", pattern: /\beval\s*\(/ },
  { what: "new Function / Function()", pattern: /\bFunction\s*\(/ },
  { what: "a string run by setTimeout or setInterval", pattern: /\bset(?:Timeout|Interval)\s*\(\s*["'`]/ },
  { what: "innerHTML / outerHTML", pattern: /\.(?:inner|outer)HTML\b/ },
  { what: "insertAdjacentHTML", pattern: /\binsertAdjacentHTML\b/ },
  { what: "dangerouslySetInnerHTML", pattern: /\bdangerouslySetInnerHTML\b/ },
  { what: "document.write", pattern: /\bdocument\.write(?:ln)?\s*\(/ },
  { what: "a javascript: URL", pattern: /javascript:/i },
];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(?:tsx?|html)$/.test(entry.name) ? [full] : [];
  });
}

/** Each use found in `text`, as "line: what". */
function usesIn(text: string): string[] {
  return text
    .split("\n")
    .flatMap((line, index) =>
      CODE_FROM_TEXT.filter(({ pattern }) => pattern.test(line)).map(({ what }) => `${index + 1}: ${what}`),
    );
}

/** The rules `code` breaks, layout apart. */
function lint(code: string, file: string): string[] {
  const run = spawnSync(process.execPath, [ESLINT, "--stdin", "--stdin-filename", file, "--format", "json"], {
    cwd: ROOT,
    input: code,
    encoding: "utf8",
  });
  const [report] = JSON.parse(run.stdout) as { messages: { ruleId: string | null }[] }[];
  return (report?.messages ?? [])
    .map((message) => message.ruleId ?? "parse error")
    .filter((rule) => !rule.startsWith("prettier/"));
}

describe("workbook text is data", () => {
  test("no file under src/ evaluates text or writes markup into the page", () => {
    const files = sourceFiles(path.join(ROOT, "src"));
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((file) =>
      usesIn(readFileSync(file, "utf8")).map((use) => `${path.relative(ROOT, file)}:${use}`),
    );
    expect(found).toEqual([]);
  });

  test("the search finds each way in", () => {
    const samples = [
      "const f = eval(text);",
      'const g = new Function("return 1");',
      'setTimeout("alert(1)", 10);',
      "element.innerHTML = cell;",
      "element.insertAdjacentHTML('beforeend', cell);",
      "<div dangerouslySetInnerHTML={{ __html: cell }} />",
      "document.write(cell);",
      '<a href="javascript:void(0)">',
    ];
    expect(samples.map((sample) => usesIn(sample).length)).toEqual(samples.map(() => 1));
    expect(usesIn("const text = cellText(value); element.textContent = text;")).toEqual([]);
  });

  test("eslint refuses each of them in the task pane's code", () => {
    const code = [
      "export function Pane({ cell }: { cell: string }) {",
      "  eval(cell);",
      '  setTimeout("run(cell)", 1);',
      '  const run = new Function("x", cell);',
      "  document.body.innerHTML = cell;",
      "  document.body.insertAdjacentHTML('beforeend', cell);",
      "  document.write(cell);",
      "  run(cell);",
      "  return <div dangerouslySetInnerHTML={{ __html: cell }} />;",
      "}",
    ].join("\n");
    expect(lint(code, "src/taskpane/Pane.tsx").sort()).toEqual(
      [
        "no-eval",
        "no-implied-eval",
        "no-new-func",
        "no-restricted-properties",
        "no-restricted-properties",
        "no-restricted-properties",
        "react/no-danger",
      ].sort(),
    );
  }, 30_000);
});
