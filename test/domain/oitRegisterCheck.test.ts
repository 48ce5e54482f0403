import type { RuleId } from "../../src/domain/checkRules";
import type { OitRegisterRow } from "../../src/domain/oitRegister";
import { checkOitRegister, type CheckedOitRow } from "../../src/domain/oitRegisterCheck";

const COLUMNS = { urls: 6, period: 7, status: 8 };
const PAGE = "https://www.example.go.th/ita/o1";

function row(
  entry: Partial<OitRegisterRow> = {},
  needed = "",
  unknownStatus: string | null = null,
): CheckedOitRow {
  return {
    entry: {
      row: 6,
      code: "O1",
      key: "structure",
      requirement: "โครงสร้าง",
      unit: "สำนักปลัด",
      urls: [PAGE],
      period: "",
      status: "complete",
      published: "",
      note: "",
      ...entry,
    },
    needed,
    unknownStatus,
  };
}

function rulesOf(rows: readonly CheckedOitRow[]): string[] {
  return checkOitRegister(rows, COLUMNS, 2568).map(({ rule, row, column }) => `${rule} ${row}:${column}`);
}

describe("checkOitRegister", () => {
  test("finds nothing in an item published in full, over https, of the period it needs", () => {
    const evidence = { period: "ต.ค. 2567 - ก.ย. 2568" };
    expect(rulesOf([row(evidence, "ปีงบประมาณ พ.ศ. ๒๕๖๘")])).toEqual([]);
    expect(rulesOf([row({ urls: [`${PAGE}?year=2568#top`, "https://EXAMPLE.go.th"] })])).toEqual([]);
  });

  test.each<[string, Partial<OitRegisterRow>, RuleId]>([
    ["an item in hand without a URL", { urls: [], status: "incomplete" }, "oit.noEvidence"],
    ["an item with a unit named, of no status, without a URL", { urls: [], status: null }, "oit.noEvidence"],
    ["an item marked complete without a URL", { urls: [] }, "oit.completeWithoutEvidence"],
    ["a URL without its scheme", { urls: ["www.example.go.th/ita"] }, "oit.badUrl"],
    ["a line with words around the URL", { urls: [`ดูที่ ${PAGE}`] }, "oit.badUrl"],
    ["a path on the computer", { urls: ["file:///C:/ITA/o1.pdf"] }, "oit.badUrl"],
    ["a URL over http", { urls: ["http://www.example.go.th/ita/o1"] }, "oit.notHttps"],
  ])("%s: %s", (_, entry, rule) => {
    expect(rulesOf([row(entry)])).toEqual([`${rule} 6:6`]);
  });

  test("an item nobody has touched yet: not started, which is no problem", () => {
    const untouched = { urls: [], unit: "", status: null };
    expect(rulesOf([row(untouched), row({ ...untouched, status: "pending" })])).toEqual([]);
    expect(rulesOf([row({ ...untouched, period: "ปีงบประมาณ 2568" })])).toEqual(["oit.noEvidence 6:6"]);
  });

  test("a status that is none of the three words", () => {
    expect(rulesOf([row({ status: null }, "", "เสร็จแล้ว")])).toEqual(["oit.status 6:8"]);
  });

  test("evidence of a period wholly outside the one the item needs, but not a period it cannot read", () => {
    const needed = "ปีงบประมาณ พ.ศ. ๒๕๖๗";
    expect(rulesOf([row({ period: "ปีงบประมาณ 2568" }, needed)])).toEqual(["oit.wrongPeriod 6:7"]);
    expect(rulesOf([row({ period: "1 ม.ค. 2567" }, needed)])).toEqual([]);
    expect(rulesOf([row({ period: "ต.ค.-ธ.ค." }, needed)])).toEqual([]);
    expect(rulesOf([row({ period: "ฉบับล่าสุด" }, needed)])).toEqual([]);
    expect(rulesOf([row({ period: "ปีงบประมาณ 2568" }, "ฉบับปัจจุบัน")])).toEqual([]);
    expect(checkOitRegister([row({ period: "ปีงบประมาณ 2568" }, needed)], COLUMNS, 2568)[0]?.params).toEqual({
      text: "ปีงบประมาณ 2568",
      needed,
    });
  });

  test("the same page given for items of different keys, on each of them, naming the other", () => {
    const rows = [
      row({ row: 6, code: "O1", key: "structure", urls: [PAGE] }),
      row({ row: 7, code: "O2", key: "executives", urls: [`${PAGE}/`, PAGE] }),
      // A row copied to hold more evidence for the same item shares its page with itself only.
      row({ row: 8, code: "O1", key: "structure", urls: [PAGE] }),
      row({ row: 9, code: "", key: null, urls: ["https://www.example.go.th/other"] }),
    ];
    const found = checkOitRegister(rows, COLUMNS, 2568);
    expect(found.map(({ rule, row: at, params }) => [rule, at, params])).toEqual([
      ["oit.sharedUrl", 6, { text: PAGE, codes: ["O2"] }],
      ["oit.sharedUrl", 7, { text: `${PAGE}/`, codes: ["O1"] }],
      ["oit.sharedUrl", 8, { text: PAGE, codes: ["O2"] }],
    ]);
  });
});
