import { FRAMEWORKS } from "../../src/domain/frameworkData";
import {
  findFramework,
  indicatorByName,
  indicatorOfQuestion,
  SUPPORTED_FISCAL_YEARS,
} from "../../src/domain/frameworks";

describe("framework data", () => {
  it("covers 2565 to 2569, and no other year", () => {
    expect(SUPPORTED_FISCAL_YEARS).toEqual([2565, 2566, 2567, 2568, 2569]);
    expect(findFramework(2564)).toBeUndefined();
    expect(findFramework(2570)).toBeUndefined();
  });

  it.each(FRAMEWORKS.map((f) => [f.fiscalYear, f] as const))("%p is well formed", (_year, framework) => {
    expect(framework.tools.reduce((sum, tool) => sum + tool.weight, 0)).toBeCloseTo(1, 10);
    expect(framework.indicators.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(framework.indicators.filter((i) => i.tool === "IIT").map((i) => i.number)).toEqual([
      1, 2, 3, 4, 5,
    ]);
    expect(framework.indicators.filter((i) => i.tool === "EIT").map((i) => i.number)).toEqual([6, 7, 8]);
    expect(framework.indicators.filter((i) => i.tool === "OIT").map((i) => i.number)).toEqual([9, 10]);
    const grades = framework.resultScale.grades;
    expect(grades[grades.length - 1]?.minTotal).toBe(0);
    const minima = grades.map((g) => g.minTotal);
    expect([...minima].sort((a, b) => b - a)).toEqual(minima);
    expect(framework.resultScale.passMark).toBe(85);
  });

  it("uses letters up to 2565 and pass labels from 2566", () => {
    expect(findFramework(2565)?.resultScale.kind).toBe("letter");
    for (const year of [2566, 2567, 2568, 2569])
      expect(findFramework(year)?.resultScale.kind).toBe("passLabel");
  });

  it("assesses 2569 as 2568 until NACC publishes its changes", () => {
    const f2568 = findFramework(2568);
    const f2569 = findFramework(2569);
    expect(f2569?.basedOn).toBe(2568);
    expect(f2569?.indicators).toEqual(f2568?.indicators);
    expect(f2569?.resultScale).toEqual(f2568?.resultScale);
  });
});

describe("indicatorOfQuestion", () => {
  const f2565 = findFramework(2565)!;
  it.each([
    ["I", 1, 1],
    ["I", 6, 1],
    ["I", 7, 2],
    ["I", 12, 2],
    ["I", 13, 3],
    ["I", 15, 3],
    ["I", 20, 4],
    ["I", 24, 4],
    ["I", 25, 5],
    ["I", 30, 5],
    ["E", 1, 6],
    ["E", 5, 6],
    ["E", 6, 7],
    ["E", 11, 8],
    ["E", 15, 8],
    ["O", 1, 9],
    ["O", 33, 9],
    ["O", 34, 10],
    ["O", 42, 10],
  ] as const)("%s%p belongs to indicator %p in 2565", (prefix, number, indicator) => {
    expect(indicatorOfQuestion(f2565, { prefix, number })?.number).toBe(indicator);
  });

  it("knows no indicator for a code outside the year's numbering", () => {
    expect(indicatorOfQuestion(f2565, { prefix: "I", number: 31 })).toBeUndefined();
    expect(indicatorOfQuestion(f2565, { prefix: "E", number: 0 })).toBeUndefined();
    expect(indicatorOfQuestion(f2565, { prefix: "O", number: 44 })).toBeUndefined();
    // OIT numbering from 2566 on is not confirmed, so no guess is made.
    expect(indicatorOfQuestion(findFramework(2568)!, { prefix: "O", number: 1 })).toBeUndefined();
  });
});

describe("indicatorByName", () => {
  const f = findFramework(2568)!;
  it.each([
    ["การปฏิบัติหน้าที่", 1],
    ["๓. การใช้ทรัพย์สินทางราชการ", 4],
    ["๒. การใช้อำนาจ", 3],
    ["การปรับปรุงระบบการทำงาน", 8],
    ["การปรับปรุง การทำงาน", 8],
    ["ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต", 10],
  ])("%p is indicator %p", (text, number) => {
    expect(indicatorByName(f, text)?.number).toBe(number);
  });

  it("finds nothing in unrelated or empty text", () => {
    expect(indicatorByName(f, "")).toBeUndefined();
    expect(indicatorByName(f, "งานสารบรรณ")).toBeUndefined();
  });
});
