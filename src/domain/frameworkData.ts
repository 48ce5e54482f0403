import type { Framework, Grade, Indicator, Tool } from "./framework";

// Sources: NACC's ITA manuals for 2565-2568 as summarised in ITA.md, and the public worked
// example (IIT 75.404, EIT 80.35, OIT 100 → 86.73). OIT item numbering changes every year
// and is not confirmed here for 2566 onwards, so those years carry no O ranges.

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

const FRAMEWORK_2565: Framework = {
  fiscalYear: 2565,
  tools: TOOLS,
  // 43 OIT items in 2565: O1-O33 disclosure (9.1-9.5), O34-O43 prevention (10.1-10.2).
  indicators: indicatorsWith({
    9: [{ prefix: "O", from: 1, to: 33 }],
    10: [{ prefix: "O", from: 34, to: 43 }],
  }),
  resultScale: { kind: "letter", grades: LETTER_GRADES, passMark: 85 },
};

const PASS_LABEL_FRAMEWORK: Omit<Framework, "fiscalYear"> = {
  tools: TOOLS,
  indicators: indicatorsWith({}),
  resultScale: { kind: "passLabel", grades: PASS_LABELS, passMark: 85 },
};

export const FRAMEWORKS: readonly Framework[] = [
  FRAMEWORK_2565,
  { ...PASS_LABEL_FRAMEWORK, fiscalYear: 2566 },
  { ...PASS_LABEL_FRAMEWORK, fiscalYear: 2567 },
  { ...PASS_LABEL_FRAMEWORK, fiscalYear: 2568 },
  // NACC is revising ITA for 2569; until it publishes, 2569 is assessed as 2568.
  { ...PASS_LABEL_FRAMEWORK, fiscalYear: 2569, basedOn: 2568 },
];
