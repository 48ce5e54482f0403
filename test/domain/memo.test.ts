import fc from "fast-check";
import { rulesInForce } from "../../src/domain/frameworks";
import { memoParagraphs } from "../../src/domain/memo";
import { summarise } from "../../src/domain/summary";
import type { DigitStyle } from "../../src/domain/thaiDigits";
import { defaultSettings } from "../../src/domain/workbookSettings";
import { SEED_2565_SCORES } from "../support/seedScores";

const TODAY = { year: 2022, month: 11, day: 1 };

function memoFor(
  fiscalYear: number,
  scores: readonly number[],
  agency = "เทศบาลเมืองปากซ่อง",
  digits: DigitStyle = "thai",
): string[] {
  const framework = rulesInForce(fiscalYear)!.framework;
  const settings = { ...defaultSettings(TODAY), fiscalYear, agency };
  return memoParagraphs(
    summarise({ framework, settings, madeOn: TODAY, scoreCells: scores, grids: [] }),
    digits,
  );
}

describe("memoParagraphs: a year whose rules are not published", () => {
  it("says once, after the figures, that 2570 was scored by 2569's rules", () => {
    const memo = memoFor(2570, SEED_2565_SCORES);
    expect(memo[0]).toContain("ประจำปีงบประมาณ พ.ศ. ๒๕๗๐");
    expect(memo.at(-3)).toBe(
      "ทั้งนี้ สำนักงาน ป.ป.ช. ยังไม่ประกาศเกณฑ์การประเมินประจำปีงบประมาณ พ.ศ. ๒๕๗๐ " +
        "การสรุปผลนี้จึงใช้เกณฑ์ของปีงบประมาณ พ.ศ. ๒๕๖๙ ไปก่อน",
    );
    expect(memo.filter((paragraph) => paragraph.includes("ยังไม่ประกาศเกณฑ์"))).toHaveLength(1);
  });

  it("says nothing of it for a published year", () => {
    expect(memoFor(2569, SEED_2565_SCORES).join("\n")).not.toContain("ยังไม่ประกาศเกณฑ์");
  });
});

describe("memoParagraphs: the overall result", () => {
  it("gives a letter grade and whether it passes, as the 2565 seed report does", () => {
    expect(memoFor(2565, SEED_2565_SCORES)[0]).toContain(
      "ของเทศบาลเมืองปากซ่อง ได้คะแนนรวมร้อยละ ๗๗.๙๘ อยู่ในระดับ B ซึ่งยังไม่ผ่านเกณฑ์ร้อยละ ๘๕",
    );
    expect(memoFor(2565, Array<number>(10).fill(96))[0]).toContain("อยู่ในระดับ AA ซึ่งผ่านเกณฑ์ร้อยละ ๘๕");
  });

  it("gives the pass label from 2566, with the pass mark beside it", () => {
    expect(memoFor(2568, Array<number>(10).fill(96))[0]).toContain(
      'ได้คะแนนรวมร้อยละ ๙๖.๐๐ ผลการประเมินอยู่ในระดับ "ผ่านดีเยี่ยม" (เกณฑ์ผ่านร้อยละ ๘๕)',
    );
  });

  it("says every indicator is excellent, and none is weak, when all reach 95", () => {
    const [, , strengths, , priority] = memoFor(2568, Array<number>(10).fill(96));
    expect(strengths).toMatch(/มี ๑๐ ตัวชี้วัด .* และไม่มีตัวชี้วัดที่เป็นจุดอ่อน$/);
    expect(priority).toBe("ทุกตัวชี้วัดได้คะแนนตั้งแต่ร้อยละ ๙๕ ขึ้นไป อยู่ในระดับดีเยี่ยม ควรรักษามาตรฐานไว้");
  });

  it("urges haste for the lowest indicator when none is under the pass mark, and calls the other strengths under 95 to be raised", () => {
    const scores = [94.7, 96, 97, 98, 96.5, 99, 95.5, 97.2, 98.8, 100];
    const [, , , , priority] = memoFor(2568, scores);
    expect(priority).toBe(
      "ไม่มีตัวชี้วัดที่ได้คะแนนต่ำกว่าเกณฑ์ผ่านร้อยละ ๘๕ ตัวชี้วัดที่ควรเร่งพัฒนา คือ ตัวชี้วัดที่ได้คะแนนต่ำสุด " +
        "ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ ได้คะแนนเฉลี่ยร้อยละ ๙๔.๗๐",
    );
  });

  it("never calls an indicator of 90 or more urgent, whatever the scores (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10000 }), { minLength: 10, maxLength: 10 }),
        (hundredths) => {
          const scores = hundredths.map((value) => value / 100);
          const [, , , , priority] = memoFor(2568, scores, "อบต.", "arabic");
          const urgent = /ซึ่งต้องปรับปรุงโดยเร่งด่วน มี \d+ ตัวชี้วัด ได้แก่ (.*?)(?: ส่วนตัวชี้วัด|$)/.exec(priority ?? "");
          const urgentScores = [...(urgent?.[1] ?? "").matchAll(/ร้อยละ ([\d.]+)/g)].map(([, score]) =>
            Number(score),
          );
          expect(urgentScores.every((score) => score < 85)).toBe(true);
          expect(urgentScores).toHaveLength(scores.filter((score) => score < 85).length);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("names the agency only where it has one", () => {
    expect(memoFor(2568, SEED_2565_SCORES, "")[0]).toContain("พ.ศ. ๒๕๖๘ ของหน่วยงาน ได้คะแนนรวม");
  });
});
