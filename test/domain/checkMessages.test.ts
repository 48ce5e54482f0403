import { problemMessage, ruleMessage } from "../../src/domain/checkMessages";
import { RULE_SEVERITY, type RuleId, type RuleParams } from "../../src/domain/checkRules";

/** One problem of every rule, with parameters as a check gives them. */
const EXAMPLES: { readonly [R in RuleId]: RuleParams[R] } = {
  "grid.none": {},
  "grid.deleted": { tool: "OIT" },
  "grid.headersMissing": { tool: "EIT" },
  "status.none": {},
  "status.many": { count: 3 },
  "status.unknownMark": { text: "เสร็จ" },
  "required.measure": {},
  "required.responsible": {},
  "required.summaryWhenDone": {},
  "required.indicator": {},
  "required.period": {},
  "indicator.wrongTool": { text: "6. คุณภาพการดำเนินงาน", indicatorTool: "EIT", gridTool: "IIT" },
  "indicator.unknown": { text: "ความพึงพอใจ" },
  "period.unreadable": { text: "เร็ว ๆ นี้" },
  "period.overdue": { text: "มี.ค. ๒๕๖๖", end: { year: 2023, month: 3, day: 31 } },
  "period.notStarted": { text: "มี.ค. ๒๕๖๖", start: { year: 2023, month: 3, day: 1 } },
  "progress.quarterEmpty": { quarter: 2 },
  "score.outOfRange": { text: "104" },
  "score.notNumber": { text: "เก้าสิบ" },
  "score.thaiDigits": { text: "๙๔.๗๐", value: 94.7 },
  "score.numberAsText": { text: "88.5", value: 88.5 },
  "oit.noEvidence": { code: "O3" },
  "oit.completeWithoutEvidence": { code: "" },
  "oit.badUrl": { text: "www.example.go.th/ita" },
  "oit.notHttps": { text: "http://www.example.go.th/ita" },
  "oit.sharedUrl": { text: "https://www.example.go.th/ita", codes: ["O4", "O5"] },
  "oit.wrongPeriod": { text: "ปีงบประมาณ 2567", needed: "ปีงบประมาณ พ.ศ. ๒๕๖๘" },
  "oit.status": { text: "เสร็จแล้ว" },
};

const RULES = Object.keys(RULE_SEVERITY) as RuleId[];
const message = <R extends RuleId>(rule: R, language: "th" | "en") =>
  ruleMessage({ rule, params: EXAMPLES[rule] }, language);

describe("the check's messages", () => {
  it.each(RULES)("%s says what is wrong and what to do, in Thai and in English", (rule) => {
    const th = message(rule, "th");
    const en = message(rule, "en");
    expect(th).toMatch(/[\u0E00-\u0E7F]/);
    // Each says what to do: Thai with ให้, กด or พิมพ์; English with an imperative after a colon.
    expect(th).toMatch(/ให้|กด|พิมพ์/);
    expect(en).toMatch(/^[A-Z“\d].*: [a-z]/);
    expect(en).not.toBe(th);
  });

  it("quotes what was found, and gives the number to write and the date in the user's calendar", () => {
    expect(message("status.unknownMark", "th")).toContain("“เสร็จ”");
    expect(message("score.thaiDigits", "th")).toContain("ให้เปลี่ยนเป็น 94.7");
    expect(message("score.thaiDigits", "en")).toContain("change it to 94.7");
    expect(message("period.overdue", "th")).toContain("31 มี.ค. 2566");
    expect(message("period.overdue", "en")).toContain("2023-03-31");
    expect(message("indicator.wrongTool", "th")).toContain("แผ่นงานติดตาม EIT");
    expect(message("progress.quarterEmpty", "th")).toContain("ไตรมาส 2");
  });

  it("shortens long cell text to one line of 40 characters", () => {
    const text = `${"ก".repeat(30)}\n${"ข".repeat(30)}`;
    const shown = ruleMessage({ rule: "indicator.unknown", params: { text } }, "en");
    expect(shown).toContain(`“${"ก".repeat(30)} ${"ข".repeat(9)}…”`);
  });

  it("opens with the row where there is one", () => {
    const problem = { rule: "status.none" as const, params: {}, row: 12 };
    expect(problemMessage(problem, "th")).toBe("แถว 12: ยังไม่ได้เลือกสถานะ ให้ทำเครื่องหมาย ✓ ในช่องสถานะช่องเดียว");
    expect(problemMessage(problem, "en")).toBe(
      "Row 12: No status is marked: put ✓ in exactly one status column.",
    );
    expect(problemMessage({ rule: "grid.none", params: {}, row: null }, "en")).toMatch(/^No tracking grid/);
  });
});
