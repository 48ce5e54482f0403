import { memoParagraphs, oitParagraph } from "../../src/domain/memo";
import { emptyEntry, oitReadiness } from "../../src/domain/oitRegister";
import { catalogueFor } from "../../src/domain/oitCatalogue";
import { columnNumber, parseRange } from "../../src/layout/a1";
import { contentValues } from "../../src/layout/blocks";
import { REGISTER_HEADER_ROW } from "../../src/layout/oitRegisterSheet";
import type { SheetRole } from "../../src/layout/plan";
import { DEFAULT_SHEET_NAMES, SHEET_ROLES } from "../../src/layout/sheetNames";
import type { SheetForCheck } from "../../src/layout/workbookCheck";
import { planSummary } from "../../src/layout/workbookSummary";
import { scoreSheetValues, standardPlans } from "../support/gridValues";
import { SEED_2565_SCORES } from "../support/seedScores";

/** In fiscal year 2568, after its first quarter. */
const TODAY = { year: 2025, month: 2, day: 10 };

/** The standard 2568 workbook as a check reads it, with the scores typed and `statuses` in the register. */
function workbook(statuses: readonly string[], roles: readonly SheetRole[] = SHEET_ROLES): SheetForCheck[] {
  const plans = standardPlans();
  return roles.map((role) => {
    const values =
      role === "scores" ? scoreSheetValues(SEED_2565_SCORES) : contentValues(plans[role].content);
    const formulas = contentValues(plans[role].content);
    for (const block of plans[role].content) {
      const box = parseRange(block.address);
      block.formulas?.forEach((line, r) =>
        line.forEach((formula, c) => ((formulas[box.top - 1 + r] as unknown[])[box.left - 1 + c] = formula)),
      );
    }
    if (role === "oit-register") {
      statuses.forEach((status, index) => {
        (values[REGISTER_HEADER_ROW + index] as unknown[])[columnNumber("H") - 1] = status;
      });
    }
    return {
      name: DEFAULT_SHEET_NAMES[role],
      visibility: role === "settings" ? "VeryHidden" : "Visible",
      values,
      formulas,
    };
  });
}

describe("OIT readiness in the summary and the memo", () => {
  test("counts the items marked complete of all the register's items", () => {
    const entries = catalogueFor(2568).items.map(emptyEntry);
    expect(oitReadiness(entries)).toEqual({ complete: 0, total: 28 });
    expect(
      oitReadiness([
        { ...entries[0]!, status: "complete" },
        { ...entries[1]!, status: "incomplete" },
      ]),
    ).toEqual({ complete: 1, total: 2 });
  });

  test("the summary, its sheet and the memo say how many items are complete, in the workbook's digits", () => {
    const { summary, memo, plan } = planSummary(workbook(["ครบถ้วน", "ไม่ครบ", "ครบถ้วน", "รอดำเนินการ"]), TODAY);
    expect(summary.oitReadiness).toEqual({ complete: 2, total: 28 });
    expect(memo.at(-2)).toBe(
      "สำหรับการเปิดเผยข้อมูลสาธารณะ (OIT) ตามทะเบียน OIT เผยแพร่ข้อมูลครบถ้วน ๒ จาก ๒๘ รายการ",
    );
    const values = contentValues(plan.content).flat();
    expect(values).toContain("ครบถ้วน ๒ จาก ๒๘ รายการ");
    expect(memoParagraphs(summary, "arabic").at(-2)).toContain("ครบถ้วน 2 จาก 28 รายการ");
  });

  test("a workbook without a register reports no readiness and the memo says nothing of it", () => {
    const roles = SHEET_ROLES.filter((role) => role !== "oit-register");
    const { summary, memo, plan } = planSummary(workbook([], roles), TODAY);
    expect(summary.oitReadiness).toBeNull();
    expect(memo.join("\n")).not.toContain("ทะเบียน OIT");
    expect(contentValues(plan.content).flat()).not.toContain("ทะเบียน OIT");
  });

  test("a register without items says so", () => {
    expect(oitParagraph({ complete: 0, total: 0 }, "thai")).toBe(
      "สำหรับการเปิดเผยข้อมูลสาธารณะ (OIT) ยังไม่มีการบันทึกรายการในทะเบียน OIT",
    );
  });
});
