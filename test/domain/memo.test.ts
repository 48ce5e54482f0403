import { rulesInForce } from "../../src/domain/frameworks";
import { memoParagraphs } from "../../src/domain/memo";
import { summarise } from "../../src/domain/summary";
import { defaultSettings } from "../../src/domain/workbookSettings";
import { SEED_2565_SCORES } from "../support/seedScores";

const TODAY = { year: 2022, month: 11, day: 1 };

function memoFor(fiscalYear: number, scores: readonly number[], agency = "เทศบาลเมืองปากซ่อง"): string[] {
  const framework = rulesInForce(fiscalYear)!.framework;
  const settings = { ...defaultSettings(TODAY), fiscalYear, agency };
  return memoParagraphs(summarise({ framework, settings, madeOn: TODAY, scoreCells: scores, grids: [] }));
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
    const [, , strengths, , urgent] = memoFor(2568, Array<number>(10).fill(96));
    expect(strengths).toMatch(/มี ๑๐ ตัวชี้วัด .* และไม่มีตัวชี้วัดที่เป็นจุดอ่อน$/);
    expect(urgent).toBe("ทุกตัวชี้วัดได้คะแนนตั้งแต่ร้อยละ ๙๕ ขึ้นไป อยู่ในระดับดีเยี่ยม ควรรักษามาตรฐานไว้");
  });

  it("names the agency only where it has one", () => {
    expect(memoFor(2568, SEED_2565_SCORES, "")[0]).toContain("พ.ศ. ๒๕๖๘ ของหน่วยงาน ได้คะแนนรวม");
  });
});
