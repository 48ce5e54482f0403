import { runCli } from "./runCli";

const SEED_2565 = ["98.21", "94.45", "89.00", "94.35", "90.88", "87.35", "87.24", "82.18", "90.20", "31.25"];

describe("ita-tracker score --json", () => {
  it("keeps the JSON contract other tools parse", async () => {
    const { code, stdout, stderr } = await runCli(["score", "--year", "2565", ...SEED_2565, "--json"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({
      year: 2565,
      total: 77.98,
      tools: { IIT: 93.38, EIT: 85.59, OIT: 60.73 },
      result: "B",
      passed: false,
    });
    expect(json.indicators).toHaveLength(10);
    expect(json.indicators[0]).toEqual({
      number: 1,
      name: "การปฏิบัติหน้าที่",
      tool: "IIT",
      score: 98.21,
      band: "top",
    });
    expect(json.indicators.map((i: { band: string }) => i.band)).toEqual([
      "top",
      "below95",
      "below90",
      "below95",
      "below95",
      "below90",
      "below90",
      "below85",
      "below95",
      "below85",
    ]);
  });

  it("reads Thai digits and the --year=value form", async () => {
    const thai = ["๙๘.๒๑", "๙๔.๔๕", "๘๙.๐๐", "๙๔.๓๕", "๙๐.๘๘", "๘๗.๓๕", "๘๗.๒๔", "๘๒.๑๘", "๙๐.๒๐", "๓๑.๒๕"];
    const { code, stdout } = await runCli(["score", "--year=๒๕๖๕", "--json", ...thai]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).total).toBe(77.98);
  });

  it("names bands after the thresholds' positions, whatever the thresholds are", async () => {
    const scores = ["79", "80", "87", "88", "92", "93", "100", "0", "50", "60"];
    const { stdout } = await runCli([
      "score",
      "--year",
      "2568",
      "--thresholds",
      "80,88,93",
      "--json",
      ...scores,
    ]);
    const bands = JSON.parse(stdout).indicators.map((i: { band: string }) => i.band);
    expect(bands.slice(0, 7)).toEqual(["below85", "below90", "below90", "below95", "below95", "top", "top"]);
  });

  it("gives pass labels from 2566", async () => {
    const { stdout } = await runCli(["score", "--year", "2568", "--json", ...Array(10).fill("95")]);
    expect(JSON.parse(stdout)).toMatchObject({ result: "ผ่านดีเยี่ยม", passed: true, total: 95 });
  });
});

describe("ita-tracker score as a Thai table", () => {
  it("prints every indicator with its score and band, the tools, total and result", async () => {
    const { code, stdout } = await runCli(["score", "--year", "2565", ...SEED_2565]);
    expect(code).toBe(0);
    expect(stdout).toContain("ปีงบประมาณ พ.ศ. 2565");
    expect(stdout).toMatch(/10\. การป้องกันการทุจริต\s+OIT\s+31\.25\s+ต่ำกว่า 85 ไม่ผ่านเกณฑ์/);
    expect(stdout).toMatch(/1\. การปฏิบัติหน้าที่\s+IIT\s+98\.21\s+95 ขึ้นไป ดีเยี่ยม/);
    expect(stdout).toContain("IIT 93.38");
    expect(stdout).toMatch(/คะแนนรวม\s+77\.98/);
    expect(stdout).toContain("ผลการประเมิน B (ไม่ผ่านเกณฑ์ 85)");
  });

  it("lines the score column up in the terminal despite Thai combining marks", async () => {
    const { stdout } = await runCli(["score", "--year", "2568", ...Array(10).fill("90")]);
    const rows = stdout.split("\n").filter((line) => /^\d+\. /.test(line));
    expect(rows).toHaveLength(10);
    const columns = rows.map((row) => [...row.replace(/\p{M}/gu, "")].join("").indexOf("90.00"));
    expect(new Set(columns).size).toBe(1);
  });
});

describe("ita-tracker score refuses bad input in one line, exit 2", () => {
  it.each([
    [["--year", "2568", "90", "90"], /ต้องมีคะแนน 10 ค่า.*got 2/],
    [["--year", "2568", ...Array(9).fill("90"), "abc"], /ตัวชี้วัดที่ 10 "abc" ไม่ใช่ตัวเลข/],
    [["--year", "2568", ...Array(9).fill("90"), "101"], /ตัวชี้วัดที่ 10 \(101\) ต้องอยู่ระหว่าง 0 ถึง 100/],
    [["--year", "2568", "-5", ...Array(9).fill("90")], /ตัวชี้วัดที่ 1 \(-5\) ต้องอยู่ระหว่าง 0 ถึง 100/],
    [["--year", "2571", ...Array(10).fill("90")], /ไม่มีเกณฑ์ ITA ของปีงบประมาณ 2571 \(มีปี 2565-2570\)/],
    [["--year", "2025", ...Array(10).fill("90")], /2025 เป็นปี ค\.ศ\. ให้ใช้ปี พ\.ศ\. 2568/],
    [["--year", "abc", ...Array(10).fill("90")], /ไม่ใช่ตัวเลขปี/],
    [[...Array(10).fill("90")], /ระบุปีงบประมาณด้วย --year/],
    [["--year"], /--year needs a value/],
    [["--year", "2568", "--thresholds", "90,85,95", ...Array(10).fill("90")], /ต้องเรียงจากน้อยไปมาก/],
    [["--year", "2568", "--colour", ...Array(10).fill("90")], /unknown option --colour/],
  ])("%p", async (args, message) => {
    const { code, stdout, stderr } = await runCli(["score", ...args]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("says so when the command is unknown", async () => {
    const { code, stderr } = await runCli(["scores"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/unknown command "scores"/);
  });

  it("prints usage for --help", async () => {
    const { code, stdout } = await runCli(["score", "--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("ita-tracker score --year");
  });
});
