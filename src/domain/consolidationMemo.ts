// The parent office's memo (บันทึกข้อความ) to its governor or director about its units' ITA results: how
// many units sent results and of how many, their levels, who needs help, the weakest indicators, how the
// units moved on last year, their measures and OIT, and the follow-up proposed. The same paragraphs go on
// the summary sheet; the official form lays them out with tables as the unit's memo does.
import type { Consolidation, IndicatorAcrossUnits, ScoredUnit } from "./consolidation";
import { TOOL_IDS } from "./framework";
import { ASSESSMENT, MemoWriter, provisionalRulesLine, signedChange, thaiList } from "./memo";
import { SIGNATURE_LINES, type MemoBlock, type MemoColumn, type OfficialMemo } from "./officialMemo";
import { roundHalfAwayFromZero } from "./rounding";
import { formatThaiDate, type CalendarDate } from "./thaiCalendar";
import type { DigitStyle } from "./thaiDigits";

/** Units named in a paragraph; the summary sheet lists them all. */
const NAMED_UNITS = 10;

export interface ParentOffice {
  /** The parent's own name, as its settings give it; "" when it has none. */
  readonly name: string;
  readonly digits: DigitStyle;
}

function unitsNamed(
  units: readonly ScoredUnit[],
  write: MemoWriter,
  detail: (unit: ScoredUnit) => string,
): string {
  const named = units.slice(0, NAMED_UNITS).map((unit) => `${unit.unit.name} (${detail(unit)})`);
  const more = units.length - named.length;
  return `${thaiList(named)}${more > 0 ? ` และอีก ${write.number(more)} หน่วยงาน` : ""}`;
}

function percent(part: number, whole: number, write: MemoWriter): string {
  return write.score(whole === 0 ? 0 : roundHalfAwayFromZero((part / whole) * 100));
}

function whose(parent: ParentOffice): string {
  return parent.name === "" ? "ในความรับผิดชอบ" : `ในความรับผิดชอบของ${parent.name}`;
}

export function countParagraph(result: Consolidation, parent: ParentOffice, write: MemoWriter): string {
  const ranked = result.units.filter(({ total }) => total !== null).length;
  const year = write.number(result.fiscalYear);
  const sent = `หน่วยงาน${whose(parent)}มีผลการประเมินครบทุกแบบวัด ${write.number(ranked)} หน่วยงาน`;
  const incomplete = result.units.length - ranked;
  const notSent = result.notSent.length;
  return (
    `ผล${ASSESSMENT} ประจำปีงบประมาณ พ.ศ. ${year} ${sent}` +
    (incomplete > 0 ? ` ยังไม่ครบ ${write.number(incomplete)} หน่วยงาน` : "") +
    (notSent > 0 ? ` และยังไม่ได้ส่งผล ${write.number(notSent)} หน่วยงาน` : "")
  );
}

export function levelParagraph(result: Consolidation, write: MemoWriter): string | null {
  const ranked = result.units.filter(({ total }) => total !== null);
  if (ranked.length === 0) return null;
  const levels = result.levels
    .filter(({ count }) => count > 0)
    .map(({ grade, count }) => `ระดับ "${grade.label}" ${write.number(count)} หน่วยงาน`);
  const average = roundHalfAwayFromZero(
    ranked.reduce((sum, { total }) => sum + (total as number), 0) / ranked.length,
  );
  const highest = ranked[0] as ScoredUnit;
  const lowest = ranked[ranked.length - 1] as ScoredUnit;
  return (
    `โดยมีผลการประเมิน${thaiList(levels)} คะแนนเฉลี่ยร้อยละ ${write.score(average)} ` +
    `สูงสุด ${highest.unit.name} (${write.score(highest.total as number)}) ` +
    `ต่ำสุด ${lowest.unit.name} (${write.score(lowest.total as number)})`
  );
}

export function helpParagraph(result: Consolidation, write: MemoWriter): string {
  const pass = write.number(result.thresholds.pass);
  const below =
    result.belowPass.length === 0
      ? `ไม่มีหน่วยงานที่ได้คะแนนต่ำกว่าร้อยละ ${pass}`
      : `หน่วยงานที่ได้คะแนนต่ำกว่าร้อยละ ${pass} มี ${write.number(result.belowPass.length)} หน่วยงาน ได้แก่ ` +
        unitsNamed(result.belowPass, write, ({ total }) => write.score(total as number));
  if (result.weakTool.length === 0) return below;
  const weak = unitsNamed(result.weakTool, write, ({ tools }) =>
    TOOL_IDS.filter((tool) => (tools?.[tool] ?? 100) < result.thresholds.pass)
      .map((tool) => `${tool} ${write.score(tools?.[tool] as number)}`)
      .join(", "),
  );
  return (
    `${below} และหน่วยงานที่ได้คะแนนรวมร้อยละ ${pass} ขึ้นไปแต่มีแบบวัดที่ต่ำกว่าร้อยละ ${pass} ` +
    `จึงยังไม่ถึงระดับผ่านดี มี ${write.number(result.weakTool.length)} หน่วยงาน ได้แก่ ${weak}`
  );
}

function weakIndicator(indicator: IndicatorAcrossUnits, write: MemoWriter, pass: number): string {
  return (
    `${write.indicator(indicator)} (เฉลี่ย ${write.score(indicator.mean as number)} ` +
    `ต่ำกว่า ${write.number(pass)} จำนวน ${write.number(indicator.belowPass)} หน่วยงาน)`
  );
}

export function weakestParagraph(result: Consolidation, write: MemoWriter): string | null {
  if (result.weakest.length === 0) return null;
  const named = result.weakest.map((indicator) => weakIndicator(indicator, write, result.thresholds.pass));
  return `ตัวชี้วัดที่มีคะแนนเฉลี่ยของทุกหน่วยงานต่ำที่สุด ได้แก่ ${thaiList(named)}`;
}

export function movementParagraph(result: Consolidation, write: MemoWriter): string | null {
  const { rose, fell } = result;
  if (rose.length + fell.length === 0) return null;
  const largest = (units: readonly ScoredUnit[], words: string) =>
    units.length === 0
      ? ""
      : ` ${words}มากที่สุด ${(units[0] as ScoredUnit).unit.name} (${signedChange((units[0] as ScoredUnit).change as number, write)})`;
  return (
    `เมื่อเทียบกับปีก่อน หน่วยงานที่มีคะแนนรวมเพิ่มขึ้น ${write.number(rose.length)} หน่วยงาน` +
    largest(rose, "เพิ่มขึ้น") +
    ` และลดลง ${write.number(fell.length)} หน่วยงาน${largest(fell, "ลดลง")}`
  );
}

export function measuresParagraph(result: Consolidation, write: MemoWriter): string | null {
  const { measures, oit } = result;
  const parts: string[] = [];
  if (measures && measures.rows > 0) {
    parts.push(
      `มาตรการที่หน่วยงานรายงาน ${write.number(measures.rows)} มาตรการ ดำเนินการแล้ว ${write.number(measures.done)} ` +
        `(ร้อยละ ${percent(measures.done, measures.rows, write)}) อยู่ระหว่างดำเนินการ ${write.number(measures.inProgress)} ` +
        `ยังไม่ดำเนินการ ${write.number(measures.notStarted)}` +
        (measures.overdue > 0 ? ` และเลยกำหนดแล้วยังไม่แล้วเสร็จ ${write.number(measures.overdue)} มาตรการ` : ""),
    );
  }
  if (oit && oit.total > 0) {
    parts.push(
      `เผยแพร่ข้อมูลสาธารณะ (OIT) ครบถ้วน ${write.number(oit.complete)} จาก ${write.number(oit.total)} รายการ ` +
        `(ร้อยละ ${percent(oit.complete, oit.total, write)})`,
    );
  }
  return parts.length === 0 ? null : parts.join(" และ");
}

export function followUpParagraph(result: Consolidation, write: MemoWriter): string {
  const pass = write.number(result.thresholds.pass);
  const weakest = result.weakest[0];
  return (
    `เห็นควรให้หน่วยงานที่ได้คะแนนต่ำกว่าร้อยละ ${pass} และหน่วยงานที่มีแบบวัดต่ำกว่าร้อยละ ${pass} ` +
    `จัดทำมาตรการยกระดับและรายงานความก้าวหน้าเป็นรายไตรมาส` +
    (weakest ? ` โดยให้ความสำคัญกับ${write.indicator(weakest)}เป็นลำดับแรก` : "") +
    ` และให้หน่วยงานที่ยังไม่ได้ส่งผลส่งผลการประเมินให้ครบ`
  );
}

/** The memo's paragraphs as plain text, in order: for the summary sheet and the pane's plain copy. */
export function consolidationParagraphs(result: Consolidation, parent: ParentOffice): string[] {
  const write = new MemoWriter(parent.digits);
  const provisional = provisionalRulesLine(result.fiscalYear, parent.digits);
  const levels = levelParagraph(result, write);
  return [
    `${countParagraph(result, parent, write)}${levels === null ? "" : ` ${levels}`}`,
    helpParagraph(result, write),
    weakestParagraph(result, write),
    movementParagraph(result, write),
    measuresParagraph(result, write),
    followUpParagraph(result, write),
    provisional === null ? null : `ทั้งนี้ ${provisional}`,
  ].filter((paragraph): paragraph is string => paragraph !== null);
}

const LEVEL_COLUMNS: readonly MemoColumn[] = [
  { header: "ระดับ", align: "left" },
  { header: "จำนวนหน่วยงาน", align: "center" },
  { header: "ร้อยละ", align: "center" },
];

const BELOW_COLUMNS: readonly MemoColumn[] = [
  { header: "ลำดับ", align: "center" },
  { header: "หน่วยงาน", align: "left" },
  { header: "คะแนนรวม", align: "center" },
  { header: "ระดับ", align: "center" },
];

/** The memo in the official form, from the parent office to its governor or director. */
export function consolidationOfficialMemo(
  result: Consolidation,
  parent: ParentOffice,
  madeOn: CalendarDate,
): OfficialMemo {
  const { digits } = parent;
  const write = new MemoWriter(digits);
  const year = write.number(result.fiscalYear);
  const ranked = result.units.filter(({ total }) => total !== null).length;
  const heading = (number: number, text: string): MemoBlock => ({
    kind: "heading",
    text: `${write.number(number)}. ${text}`,
  });
  const paragraph = (text: string | null): MemoBlock[] =>
    text === null ? [] : [{ kind: "paragraph", text }];
  const levels: MemoBlock = {
    kind: "table",
    columns: LEVEL_COLUMNS,
    rows: result.levels.map(({ grade, count }) => [
      grade.label,
      write.number(count),
      percent(count, ranked, write),
    ]),
  };
  const below: MemoBlock[] =
    result.belowPass.length === 0
      ? []
      : [
          {
            kind: "paragraph",
            text: `หน่วยงานที่ได้คะแนนต่ำกว่าร้อยละ ${write.number(result.thresholds.pass)} ดังนี้`,
          },
          {
            kind: "table",
            columns: BELOW_COLUMNS,
            rows: result.belowPass.map((unit) => [
              write.number(unit.rank as number),
              unit.unit.name,
              write.score(unit.total as number),
              unit.grade?.label ?? "",
            ]),
          },
        ];
  const provisional = provisionalRulesLine(result.fiscalYear, digits);
  return {
    fields: [
      { label: "ส่วนราชการ", value: parent.name === "" ? null : parent.name },
      { label: "ที่", value: null },
      { label: "วันที่", value: formatThaiDate(madeOn, { form: "long", digits }) },
      {
        label: "เรื่อง",
        value: `รายงานผล${ASSESSMENT} ของหน่วยงาน${whose(parent)} ประจำปีงบประมาณ พ.ศ. ${year}`,
      },
    ],
    to: { label: "เรียน", value: null },
    body: [
      heading(1, "เรื่องเดิม"),
      {
        kind: "paragraph",
        text:
          `ตามที่สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (สำนักงาน ป.ป.ช.) ได้ดำเนิน${ASSESSMENT} ` +
          `ประจำปีงบประมาณ พ.ศ. ${year} กับหน่วยงาน${whose(parent)} นั้น`,
      },
      heading(2, "ข้อเท็จจริง"),
      { kind: "paragraph", text: countParagraph(result, parent, write) },
      ...paragraph(levelParagraph(result, write)),
      ...(ranked > 0 ? [levels] : []),
      ...paragraph(helpParagraph(result, write)),
      ...below,
      ...paragraph(weakestParagraph(result, write)),
      ...paragraph(movementParagraph(result, write)),
      ...paragraph(measuresParagraph(result, write)),
      ...paragraph(provisional === null ? null : `ทั้งนี้ ${provisional}`),
      heading(3, "ข้อเสนอแนะ"),
      { kind: "paragraph", text: followUpParagraph(result, write) },
    ],
    closing: "จึงเรียนมาเพื่อโปรดทราบและพิจารณา",
    signature: SIGNATURE_LINES,
    digits,
  };
}
