// `ita-tracker consolidate` at a parent office's scale and at NACC's: unit workbooks are generated (one
// typed workbook, its agency and scores changed in its XML for each unit), then the command is timed as
// a whole process against a floor that only unzips and parses the same parts of the same files. Peak
// memory is the process's maximum resident set, as /usr/bin/time reports it, at 8,300 units and at 500.
import { spawnSync } from "child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { formatIsoDate } from "../src/domain/thaiCalendar";
import { measureRow, settings2568 } from "../test/support/gridValues";
import { typedWorkbookBytes } from "../test/support/typedWorkbook";
import { median, type Figure } from "./figures";

/** A parent office's share: what the time ratio is taken at. */
const OFFICE_UNITS = 500;
/** NACC's assessment of a year. */
const NATIONAL_UNITS = 8_300;
/** Consolidating reads and summarises each file besides unzipping and parsing it, and writes the parent's workbook. */
const TIME_RATIO_BUDGET = 3;
/**
 * Each file is read and let go, and the sheets' cells are streamed out: memory grows with the units'
 * results and the plan of their rows, not with the files. The aim is 1.5×; the plan's rows, held whole
 * until written, keep it above that (docs/benchmarks.md).
 */
const MEMORY_RATIO_AIM = 1.5;
const RUNS = 3;

const PROJECT = path.resolve(__dirname, "..", "..", "..");
const TODAY = { year: 2025, month: 10, day: 20 };
const AGENCY = "หน่วยงานต้นแบบ";

/** One unit's workbook, scores and all; each generated unit differs in its name and scores. */
async function templateParts(): Promise<Record<string, Uint8Array>> {
  const bytes = await typedWorkbookBytes(settings2568({ agency: AGENCY }), {
    scores: Array.from({ length: 10 }, () => 90),
    grids: {
      IIT: [
        measureRow("ดำเนินการแล้ว", "จัดทำคำสั่งมอบหมายงาน", "ต.ค.-ธ.ค. 2567"),
        measureRow("อยู่ระหว่างดำเนินการ", "ประชุมชี้แจงบุคลากร", "ม.ค.-มี.ค. 2568"),
      ],
      EIT: [measureRow("ยังไม่ดำเนินการ", "ปรับปรุงขั้นตอนบริการ", "ตลอดปีงบประมาณ")],
    },
    registerStatuses: ["ครบถ้วน", "ไม่ครบ", "ครบถ้วน"],
  });
  return unzipSync(bytes);
}

/** `count` unit workbooks in `folder`, unit i named and scored apart from the others. */
function writeUnits(folder: string, count: number, template: Record<string, Uint8Array>): void {
  mkdirSync(folder, { recursive: true });
  const strings = strFromU8(template["xl/sharedStrings.xml"] as Uint8Array);
  const scoreSheet = Object.keys(template).find((name) =>
    /<v>90<\/v>/.test(name.startsWith("xl/worksheets/") ? strFromU8(template[name] as Uint8Array) : ""),
  ) as string;
  const scores = strFromU8(template[scoreSheet] as Uint8Array);
  for (let unit = 0; unit < count; unit++) {
    const score = (index: number) => String(60 + ((unit * 7 + index * 3) % 40) + (unit % 100) / 100);
    let index = 0;
    const parts = {
      ...template,
      "xl/sharedStrings.xml": strToU8(strings.replaceAll(AGENCY, `หน่วยงานที่ ${unit + 1}`)),
      [scoreSheet]: strToU8(scores.replace(/<v>90<\/v>/g, () => `<v>${score(index++)}</v>`)),
    };
    writeFileSync(
      path.join(folder, `unit-${String(unit + 1).padStart(5, "0")}.xlsx`),
      zipSync(parts, { level: 6 }),
    );
  }
}

/** A whole process under /usr/bin/time: its wall time in ms and its peak resident memory in KB. */
function measured(args: readonly string[]): { ms: number; peakKb: number } {
  const run = spawnSync("/usr/bin/time", ["-f", "%e %M", process.execPath, ...args], {
    cwd: PROJECT,
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  const [seconds, kilobytes] = (run.stderr.trim().split("\n").at(-1) ?? "").split(" ").map(Number);
  if (run.status !== 0 || seconds === undefined || kilobytes === undefined) {
    throw new Error(`node ${args.join(" ")} exited ${run.status}: ${run.stderr.trim()}`);
  }
  return { ms: seconds * 1000, peakKb: kilobytes };
}

function consolidateArgs(folder: string, out: string): string[] {
  return [
    "bin/ita-tracker.cjs",
    "consolidate",
    folder,
    "--out",
    out,
    "--json",
    "--today",
    formatIsoDate(TODAY),
  ];
}

export async function consolidationFigures(): Promise<Figure[]> {
  const root = mkdtempSync(path.join(os.tmpdir(), "ita-bench-units-"));
  try {
    const template = await templateParts();
    const office = path.join(root, "office");
    const national = path.join(root, "national");
    writeUnits(office, OFFICE_UNITS, template);
    writeUnits(national, NATIONAL_UNITS, template);
    const floor = path.join(__dirname, "consolidationFloor.js");

    // The command and its floor in turn, so that a neighbour's load falls on both alike.
    const ratios: number[] = [];
    const officeRuns: { ms: number; peakKb: number }[] = [];
    for (let run = 0; run < RUNS; run++) {
      const out = path.join(root, `office-${run}.xlsx`);
      const command = measured(consolidateArgs(office, out));
      const yardstick = measured([floor, office]);
      officeRuns.push(command);
      ratios.push(command.ms / yardstick.ms);
      rmSync(out, { force: true });
    }
    const nationalRun = measured(consolidateArgs(national, path.join(root, "national.xlsx")));
    const officePeak = median(officeRuns.map(({ peakKb }) => peakKb));
    return [
      {
        key: "consolidate500Ratio",
        label: `ita-tracker consolidate of ${OFFICE_UNITS} unit files / unzipping and parsing their parts (whole processes)`,
        value: median(ratios),
        unit: "×",
        budget: TIME_RATIO_BUDGET,
      },
      {
        key: "consolidate500Ms",
        label: `ita-tracker consolidate of ${OFFICE_UNITS} unit files`,
        value: median(officeRuns.map(({ ms }) => ms)),
        unit: "ms",
      },
      {
        key: "consolidate8300Ms",
        label: `ita-tracker consolidate of ${NATIONAL_UNITS.toLocaleString("en")} unit files`,
        value: nationalRun.ms,
        unit: "ms",
      },
      {
        key: "consolidateMemoryRatio",
        label: `peak memory of consolidate, ${NATIONAL_UNITS.toLocaleString("en")} units / ${OFFICE_UNITS} units`,
        value: nationalRun.peakKb / officePeak,
        unit: "×",
        aim: MEMORY_RATIO_AIM,
      },
      {
        key: "consolidate8300PeakKB",
        label: `peak memory of consolidate, ${NATIONAL_UNITS.toLocaleString("en")} units`,
        value: nationalRun.peakKb,
        unit: "KB",
      },
    ];
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
