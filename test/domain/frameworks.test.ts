import { EARLIER_FRAMEWORKS, FRAMEWORKS, UNPUBLISHED_YEARS } from "../../src/domain/frameworkData";

const EVERY_FRAMEWORK = [...EARLIER_FRAMEWORKS, ...FRAMEWORKS];
import {
  ACCEPTED_FISCAL_YEARS,
  figuresConfirmed,
  findFramework,
  indicatorByName,
  indicatorOfQuestion,
  rulesInForce,
  SUPPORTED_FISCAL_YEARS,
} from "../../src/domain/frameworks";
import { SOURCES, sourcesConfirm } from "../../src/domain/itaSources";

describe("framework data", () => {
  it("makes workbooks for 2565 to 2569, scores 2563 and 2564 besides, and knows no other year", () => {
    expect(SUPPORTED_FISCAL_YEARS).toEqual([2565, 2566, 2567, 2568, 2569]);
    expect(EARLIER_FRAMEWORKS.map(({ fiscalYear }) => fiscalYear)).toEqual([2563, 2564]);
    expect(findFramework(2562)).toBeUndefined();
    expect(findFramework(2570)).toBeUndefined();
  });

  it.each(EVERY_FRAMEWORK.map((f) => [f.fiscalYear, f] as const))("%p is well formed", (_year, framework) => {
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

describe("the sources of each year's figures", () => {
  it.each(EVERY_FRAMEWORK.map((f) => [f.fiscalYear, f] as const))(
    "%p names the sources of every figure group it uses",
    (_year, framework) => {
      const groups = Object.keys(framework.sources);
      const scaleGroups =
        framework.resultScale.kind === "letter" ? ["letterBands"] : ["goodRule", "excellentRule"];
      for (const group of ["weights", "indicatorNames", "perceptionQuestions", "passMark", ...scaleGroups])
        expect(groups).toContain(group);
      // O ranges are figures too: a year that numbers OIT items must say where the numbering comes from.
      const numbersOit = framework.indicators.some((i) => i.questions.some((range) => range.prefix === "O"));
      expect(groups.includes("oitQuestions")).toBe(numbersOit);
      for (const figures of Object.values(framework.sources)) {
        expect(figures.sources.length).toBeGreaterThan(0);
        for (const id of figures.sources) expect(SOURCES[id]).toBeDefined();
        expect(figures.note).not.toBe("");
      }
    },
  );

  it("calls a figure group confirmed only when its sources meet the rule", () => {
    for (const framework of EVERY_FRAMEWORK)
      for (const figures of Object.values(framework.sources))
        if (figures.confirmed) expect(sourcesConfirm(figures.sources)).toBe(true);
  });

  it("counts only sources read for the data, and two agencies only when their publishers differ", () => {
    expect(sourcesConfirm(["rtrda-ita-headings"])).toBe(false);
    expect(sourcesConfirm(["samyaek-school-2566", "pracharath-2566"])).toBe(true);
    // A news report quoting NACC would confirm, but this one is only reported by the research notes.
    expect(sourcesConfirm(["sao-2568-news"])).toBe(false);
    expect(sourcesConfirm(["phayao-ita-app", "rtrda-ita-headings"])).toBe(false);
  });

  it("names NACC's weights as the Bangkok Post reports them for 2568 and 2569, unconfirmed: not read here", () => {
    for (const year of [2568, 2569]) {
      const weights = findFramework(year)?.sources.weights;
      expect(weights?.sources).toContain("bangkok-post-weights");
      expect(weights?.confirmed).toBe(false);
      expect(sourcesConfirm(weights?.sources ?? [])).toBe(false);
    }
    expect(findFramework(2567)?.sources.weights?.sources).not.toContain("bangkok-post-weights");
  });
});

describe("the years a workbook can be made for", () => {
  it("scores 2563 and 2564 by letters, as 2565, for units' published results, but makes no workbook for them", () => {
    for (const year of [2563, 2564]) {
      expect(rulesInForce(year)?.framework.resultScale.kind).toBe("letter");
      expect(ACCEPTED_FISCAL_YEARS).not.toContain(year);
    }
  });

  it("are the published years and then 2570, scored by 2569's rules", () => {
    expect(ACCEPTED_FISCAL_YEARS).toEqual([2565, 2566, 2567, 2568, 2569, 2570]);
    expect(ACCEPTED_FISCAL_YEARS.every((year) => rulesInForce(year) !== undefined)).toBe(true);
  });
});

describe("figuresConfirmed", () => {
  const f2568 = findFramework(2568)!;

  it("is false for every year while any figure group is unconfirmed, as all are today", () => {
    for (const year of ACCEPTED_FISCAL_YEARS)
      expect(figuresConfirmed(rulesInForce(year)!.framework)).toBe(false);
  });

  it("is true only once every recorded group is confirmed", () => {
    const confirmedAll = Object.fromEntries(
      Object.entries(f2568.sources).map(([group, sources]) => [group, { ...sources, confirmed: true }]),
    );
    expect(figuresConfirmed({ ...f2568, sources: confirmedAll })).toBe(true);
    expect(
      figuresConfirmed({
        ...f2568,
        sources: { ...confirmedAll, passMark: { ...f2568.sources.passMark!, confirmed: false } },
      }),
    ).toBe(false);
  });
});

describe("rulesInForce", () => {
  it("gives a published year its own framework", () => {
    for (const year of SUPPORTED_FISCAL_YEARS) {
      const rules = rulesInForce(year);
      expect(rules?.published).toBe(true);
      expect(rules?.framework).toBe(findFramework(year));
      expect(rules?.rulesFrom).toBe(year);
    }
  });

  it("scores 2570, not yet published, by 2569's rules and says so", () => {
    const rules = rulesInForce(2570);
    const f2569 = findFramework(2569)!;
    expect(rules?.published).toBe(false);
    expect(rules?.rulesFrom).toBe(2569);
    expect(rules?.framework.fiscalYear).toBe(2570);
    expect(rules?.framework.basedOn).toBe(2569);
    expect(rules?.framework.indicators).toEqual(f2569.indicators);
    expect(rules?.framework.resultScale).toEqual(f2569.resultScale);
    expect(rules?.framework.tools).toEqual(f2569.tools);
  });

  it("knows no rules for a year that is neither published nor announced", () => {
    expect(rulesInForce(2562)).toBeUndefined();
    expect(rulesInForce(2571)).toBeUndefined();
  });

  it("only stands a published year in for an unpublished one", () => {
    for (const year of UNPUBLISHED_YEARS) {
      expect(findFramework(year.fiscalYear)).toBeUndefined();
      expect(findFramework(year.rulesFrom)).toBeDefined();
      expect(year.rulesFrom).toBeLessThan(year.fiscalYear);
      expect(year.sources.length).toBeGreaterThan(0);
    }
  });
});
