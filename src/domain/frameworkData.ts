import type { FigureSources, Framework, Grade, Indicator, Tool, UnpublishedYear } from "./framework";
import type { SourceId } from "./itaSources";

// Each year's figures carry their sources (itaSources.ts, docs/ita-sources.md). None of NACC's own
// manuals could be read, so no figure group is confirmed yet: the figures are the project's notes,
// agencies' pages and reported news. OIT item numbering changes every year and lives in the OIT
// catalogue (oitCatalogueData.ts), so years from 2566 carry no O ranges here.

const TOOLS: readonly Tool[] = [
  {
    id: "IIT",
    nameTh: "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน",
    nameEn: "Internal Integrity and Transparency Assessment",
    weight: 0.3,
  },
  {
    id: "EIT",
    nameTh: "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก",
    nameEn: "External Integrity and Transparency Assessment",
    weight: 0.3,
  },
  {
    id: "OIT",
    nameTh: "แบบตรวจการเปิดเผยข้อมูลสาธารณะ",
    nameEn: "Open Data Integrity and Transparency Assessment",
    weight: 0.4,
  },
];

type IndicatorBase = Omit<Indicator, "questions">;

const INDICATORS: readonly IndicatorBase[] = [
  { number: 1, tool: "IIT", nameTh: "การปฏิบัติหน้าที่", aliasesTh: [], nameEn: "Performance of duty" },
  { number: 2, tool: "IIT", nameTh: "การใช้งบประมาณ", aliasesTh: [], nameEn: "Use of budget" },
  { number: 3, tool: "IIT", nameTh: "การใช้อำนาจ", aliasesTh: [], nameEn: "Use of authority" },
  {
    number: 4,
    tool: "IIT",
    nameTh: "การใช้ทรัพย์สินของราชการ",
    aliasesTh: ["การใช้ทรัพย์สินทางราชการ"],
    nameEn: "Use of government property",
  },
  {
    number: 5,
    tool: "IIT",
    nameTh: "การแก้ไขปัญหาการทุจริต",
    aliasesTh: [],
    nameEn: "Anti-corruption problem solving",
  },
  { number: 6, tool: "EIT", nameTh: "คุณภาพการดำเนินงาน", aliasesTh: [], nameEn: "Quality of operations" },
  { number: 7, tool: "EIT", nameTh: "ประสิทธิภาพการสื่อสาร", aliasesTh: [], nameEn: "Communication efficiency" },
  {
    number: 8,
    tool: "EIT",
    nameTh: "การปรับปรุงการทำงาน",
    aliasesTh: ["การปรับปรุงระบบการทำงาน"],
    nameEn: "Improvement of work",
  },
  { number: 9, tool: "OIT", nameTh: "การเปิดเผยข้อมูล", aliasesTh: [], nameEn: "Information disclosure" },
  { number: 10, tool: "OIT", nameTh: "การป้องกันการทุจริต", aliasesTh: [], nameEn: "Corruption prevention" },
];

/** I1-I30, six per IIT indicator, and E1-E15, five per EIT indicator: the same in every year here. */
function perceptionQuestions(indicator: IndicatorBase): Indicator["questions"] {
  if (indicator.tool === "IIT") {
    const from = (indicator.number - 1) * 6 + 1;
    return [{ prefix: "I", from, to: from + 5 }];
  }
  if (indicator.tool === "EIT") {
    const from = (indicator.number - 6) * 5 + 1;
    return [{ prefix: "E", from, to: from + 4 }];
  }
  return [];
}

function indicatorsWith(oitQuestions: Readonly<Record<number, Indicator["questions"]>>): Indicator[] {
  return INDICATORS.map((indicator) => ({
    ...indicator,
    questions:
      indicator.tool === "OIT" ? (oitQuestions[indicator.number] ?? []) : perceptionQuestions(indicator),
  }));
}

const LETTER_GRADES: readonly Grade[] = [
  { label: "AA", labelEn: "AA", minTotal: 95 },
  { label: "A", labelEn: "A", minTotal: 85 },
  { label: "B", labelEn: "B", minTotal: 75 },
  { label: "C", labelEn: "C", minTotal: 65 },
  { label: "D", labelEn: "D", minTotal: 55 },
  { label: "E", labelEn: "E", minTotal: 50 },
  { label: "F", labelEn: "F", minTotal: 0 },
];

const PASS_LABELS: readonly Grade[] = [
  { label: "ผ่านดีเยี่ยม", labelEn: "Passed, excellent", minTotal: 95, minEveryTool: 95 },
  { label: "ผ่านดี", labelEn: "Passed, good", minTotal: 85, minEveryTool: 85 },
  { label: "ผ่าน", labelEn: "Passed", minTotal: 85 },
  { label: "ไม่ผ่าน", labelEn: "Not passed", minTotal: 0 },
];

const WEIGHTS: FigureSources = {
  confirmed: false,
  sources: ["project-ita-notes", "phayao-ita-app"],
  note: "30/30/40 in the project's notes; one university's code computes it so for 2567 (reported). Not checked against NACC's manual of the year.",
};

const INDICATOR_NAMES: FigureSources = {
  confirmed: false,
  sources: ["project-ita-notes", "samed-police-ita"],
  note: "NACC's Thai wording was not reached. Agencies write indicator 4 as การใช้ทรัพย์สินของราชการ and การใช้ทรัพย์สินของทางราชการ, indicator 8 as การปรับปรุงระบบการทำงาน (NACC's English: System improvement, reported); each spelling is a name or an alias.",
};

const PERCEPTION_QUESTIONS: FigureSources = {
  confirmed: false,
  sources: ["project-ita-notes"],
  note: "I1-I30, six per IIT indicator, and E1-E15, five per EIT indicator, in the project's notes.",
};

const PASS_MARK: FigureSources = {
  confirmed: false,
  sources: ["project-ita-notes", "nation-pass-mark"],
  note: "85, in the project's notes and a news report quoting NACC (reported, not read here).",
};

const GOOD_RULE: FigureSources = {
  confirmed: false,
  sources: ["project-ita-notes", "sao-2568-news"],
  note: "NACC explained in 2568 that a total of 94.64 stayed ผ่าน because EIT was under 85 (news, reported, not read here). Not checked for the other years.",
};

const EXCELLENT_RULE: FigureSources = {
  confirmed: false,
  sources: ["project-ita-notes", "phayao-ita-app"],
  note: "Total and every tool at 95 or over, as one university's code has it (reported). NACC's own rule was not found.",
};

const FRAMEWORK_2565: Framework = {
  fiscalYear: 2565,
  tools: TOOLS,
  // 43 OIT items in 2565: O1-O33 disclosure (9.1-9.5), O34-O43 prevention (10.1-10.2).
  indicators: indicatorsWith({
    9: [{ prefix: "O", from: 1, to: 33 }],
    10: [{ prefix: "O", from: 34, to: 43 }],
  }),
  resultScale: { kind: "letter", grades: LETTER_GRADES, passMark: 85 },
  sources: {
    weights: WEIGHTS,
    indicatorNames: INDICATOR_NAMES,
    perceptionQuestions: PERCEPTION_QUESTIONS,
    oitQuestions: {
      confirmed: false,
      sources: ["project-ita-notes"],
      note: "43 items: O1-O33 for indicator 9, O34-O43 for indicator 10, in the project's notes.",
    },
    passMark: PASS_MARK,
    letterBands: {
      confirmed: false,
      sources: ["project-ita-notes", "phayao-ita-app"],
      note: "AA 95, A 85, B 75, C 65, D 55, E 50, F below 50, in the project's notes and one university's code (reported).",
    },
  },
};

/** 2563 and 2564 are scored as 2565 is: ten indicators, 30/30/40, letter grades. */
function earlierLetterYear(fiscalYear: number, sources: readonly SourceId[], note: string): Framework {
  const confirming = (figures: FigureSources): FigureSources => ({
    ...figures,
    sources: [...figures.sources, ...sources],
    note: `${figures.note} ${note}`,
  });
  const { weights, letterBands, passMark, indicatorNames, perceptionQuestions } = FRAMEWORK_2565.sources;
  return {
    ...FRAMEWORK_2565,
    fiscalYear,
    basedOn: 2565,
    // Which O items belonged to which indicator in these years was not looked for.
    indicators: indicatorsWith({}),
    // No O numbering, so no source for one.
    sources: {
      passMark,
      indicatorNames,
      perceptionQuestions,
      weights: confirming(weights as FigureSources),
      letterBands: confirming(letterBands as FigureSources),
    },
  };
}

const PASS_LABEL_FRAMEWORK: Omit<Framework, "fiscalYear"> = {
  tools: TOOLS,
  indicators: indicatorsWith({}),
  resultScale: { kind: "passLabel", grades: PASS_LABELS, passMark: 85 },
  sources: {
    weights: WEIGHTS,
    indicatorNames: INDICATOR_NAMES,
    perceptionQuestions: PERCEPTION_QUESTIONS,
    passMark: PASS_MARK,
    goodRule: GOOD_RULE,
    excellentRule: EXCELLENT_RULE,
  },
};

// NACC gave the weights in August 2025, after the 2568 results, as a newspaper reports (not read here).
const FRAMEWORK_2568: Framework = {
  ...PASS_LABEL_FRAMEWORK,
  fiscalYear: 2568,
  sources: {
    ...PASS_LABEL_FRAMEWORK.sources,
    weights: {
      ...WEIGHTS,
      sources: [...WEIGHTS.sources, "bangkok-post-weights"],
      note: "30/30/40 in the project's notes, in one university's code for 2567 (reported) and, for 2568, in NACC's words as the Bangkok Post reports them (August 2025; the article could not be read here). Not checked against NACC's manual of the year.",
    },
  },
};

export const FRAMEWORKS: readonly Framework[] = [
  FRAMEWORK_2565,
  { ...PASS_LABEL_FRAMEWORK, fiscalYear: 2566 },
  {
    ...PASS_LABEL_FRAMEWORK,
    fiscalYear: 2567,
    sources: {
      ...PASS_LABEL_FRAMEWORK.sources,
      indicatorNames: { ...INDICATOR_NAMES, sources: [...INDICATOR_NAMES.sources, "sakonarea1-iit-2567"] },
      perceptionQuestions: {
        ...PERCEPTION_QUESTIONS,
        sources: [...PERCEPTION_QUESTIONS.sources, "sakonarea1-iit-2567"],
      },
    },
  },
  FRAMEWORK_2568,
  // 2569's OIT items changed (oitCatalogueData.ts), but no source for its scoring rules was found, so
  // they are 2568's until one is.
  { ...FRAMEWORK_2568, fiscalYear: 2569, basedOn: 2568 },
];

/**
 * Years before the first a workbook is made for, kept to score units' published results by: a parent
 * office ranks and compares the years they go back to.
 */
export const EARLIER_FRAMEWORKS: readonly Framework[] = [
  earlierLetterYear(
    2563,
    ["upoit-2563-results"],
    "For 2563, one university's 39 units are published with their indicators, totals and letters, which these rules reproduce.",
  ),
  earlierLetterYear(
    2564,
    ["nacc-2564-group-reports"],
    "For 2564, NACC's group reports give units' totals with their letters and OIT as 40 % of indicators 9 and 10 (reported).",
  ),
];

/** Years NACC has not published rules for yet: scored by the stand-in year's rules, flagged provisional. */
export const UNPUBLISHED_YEARS: readonly UnpublishedYear[] = [
  { fiscalYear: 2570, rulesFrom: 2569, sources: ["pattaya-mail-reform"] },
];
