// What each problem of a check says, in plain Thai and English, in the words staff use: what is wrong
// and what to do about it. One entry per rule; the task pane and the command line both render from here.
import { shortened } from "./cellText";
import type { RuleId, RuleParams, Severity } from "./checkRules";
import { STATUS_HEADERS } from "./gridColumns";
import { OIT_STATUS_WORDS } from "./oitRegister";
import { CANONICAL_MARK } from "./statusMark";
import { formatIsoDate, formatThaiDate, type CalendarDate } from "./thaiCalendar";

export type Language = "th" | "en";

interface Message {
  readonly th: string;
  readonly en: string;
}

/** Cell text quoted in a message: one line, and short enough to read in a task pane. */
const QUOTE_LENGTH = 40;

function quote(text: string): string {
  return `“${shortened(text.replace(/\s+/g, " ").trim(), QUOTE_LENGTH)}”`;
}

function dates(date: CalendarDate): Message {
  return { th: formatThaiDate(date, { digits: "arabic", form: "short" }), en: formatIsoDate(date) };
}

const [NOT_STARTED, IN_PROGRESS, DONE] = STATUS_HEADERS;
const { complete: COMPLETE, incomplete: INCOMPLETE, pending: PENDING } = OIT_STATUS_WORDS;

/** An OIT item as a sentence names it: "ข้อ O3 " / "O3", or the words for an item typed without a code. */
function item(code: string): Message {
  return code === "" ? { th: "", en: "This item" } : { th: `ข้อ ${code} `, en: code };
}

/** The other items' codes, "O3, O5", or the word for items typed without one. */
function items(codes: readonly string[]): Message {
  const named = codes.filter((code) => code !== "");
  return named.length === codes.length
    ? { th: `ข้อ ${named.join(", ")}`, en: named.join(", ") }
    : { th: "รายการอื่น", en: "other items" };
}
const INSERT_BUTTON = "แทรกแบบฟอร์ม ITA";

const MESSAGES: { readonly [R in RuleId]: (params: RuleParams[R]) => Message } = {
  "grid.none": () => ({
    th: `ไม่พบตารางติดตามมาตรการในสมุดงานนี้ (ตารางต้องมีหัวคอลัมน์ ${NOT_STARTED} / ${IN_PROGRESS} / ${DONE}) กดปุ่ม “${INSERT_BUTTON}” เพื่อสร้างตาราง`,
    en: `No tracking grid in this workbook (a grid has the status headers ${NOT_STARTED} / ${IN_PROGRESS} / ${DONE}): press “${INSERT_BUTTON}” (Insert ITA sheets) to add the grids.`,
  }),
  "grid.deleted": ({ tool }) => ({
    th: `แผ่นงานติดตาม ${tool} ถูกลบไปแล้ว กดปุ่ม “${INSERT_BUTTON}” เพื่อสร้างใหม่ หากไม่ได้ติดตาม ${tool} ในสมุดงานนี้ก็ไม่ต้องทำอะไร`,
    en: `The ${tool} tracking sheet was deleted: press “${INSERT_BUTTON}” (Insert ITA sheets) to make it again, or leave it if you do not track ${tool} in this workbook.`,
  }),
  "grid.headersMissing": ({ tool }) => ({
    th: `แผ่นงานติดตาม ${tool} ไม่มีหัวคอลัมน์สถานะ (${NOT_STARTED} / ${IN_PROGRESS} / ${DONE}) จึงตรวจตารางไม่ได้ พิมพ์หัวคอลัมน์คืน หรือกดปุ่ม “${INSERT_BUTTON}” เพื่อเติมส่วนที่หายไป`,
    en: `The ${tool} tracking sheet has lost its status headers (${NOT_STARTED} / ${IN_PROGRESS} / ${DONE}), so it cannot be checked: type them back, or press “${INSERT_BUTTON}” (Insert ITA sheets) to restore what is missing.`,
  }),
  "status.none": () => ({
    th: `ยังไม่ได้เลือกสถานะ ให้ทำเครื่องหมาย ${CANONICAL_MARK} ในช่องสถานะช่องเดียว`,
    en: `No status is marked: put ${CANONICAL_MARK} in exactly one status column.`,
  }),
  "status.many": ({ count }) => ({
    th: `ทำเครื่องหมายสถานะไว้ ${count} ช่อง ให้เหลือ ${CANONICAL_MARK} ช่องเดียวตามสถานะปัจจุบัน`,
    en: `${count} status columns are marked: keep ${CANONICAL_MARK} only in the one that is true now.`,
  }),
  "status.unknownMark": ({ text }) => ({
    th: `ช่องสถานะมี ${quote(text)} ซึ่งไม่ใช่เครื่องหมาย ให้ใส่ ${CANONICAL_MARK} หรือเว้นว่างไว้ ถ้าเป็นคำอธิบายผลการดำเนินการ ให้ย้ายไปไว้ในช่องสรุปผลการดำเนินการ`,
    en: `The status cell holds ${quote(text)}, which is not a mark: put ${CANONICAL_MARK} or leave it empty; if it describes what was done, move it to the สรุปผลการดำเนินการ (summary) column.`,
  }),
  "required.measure": () => ({
    th: "ยังไม่ได้ระบุมาตรการ ให้พิมพ์มาตรการหรือกิจกรรมที่จะทำ",
    en: "No measure: type the measure or activity to be carried out.",
  }),
  "required.responsible": () => ({
    th: "ยังไม่ได้ระบุผู้รับผิดชอบ ให้พิมพ์ชื่อกองหรือผู้รับผิดชอบ เช่น สำนักปลัด",
    en: "No one is named responsible: type the division or person, e.g. สำนักปลัด.",
  }),
  "required.summaryWhenDone": () => ({
    th: `สถานะเป็น ${DONE} แต่ยังไม่ได้สรุปผลการดำเนินการ ให้พิมพ์ว่าทำอะไรไปและได้ผลอย่างไร`,
    en: `Marked ${DONE} (done) but the summary of results is empty: type what was done and what came of it.`,
  }),
  "required.indicator": () => ({
    th: "ยังไม่ได้ระบุตัวชี้วัด ให้เลือกตัวชี้วัดที่มาตรการนี้แก้ไข เพื่อให้แถวนี้แสดงคะแนนของตัวชี้วัด",
    en: "No indicator: choose the indicator this measure improves, so that the row shows its score.",
  }),
  "required.period": () => ({
    th: "ยังไม่ได้ระบุระยะเวลาดำเนินการ ให้พิมพ์ช่วงเวลา เช่น ต.ค.-ธ.ค. หรือ ไตรมาสที่ 1-2",
    en: "No period: type when the measure runs, e.g. ต.ค.-ธ.ค. or ไตรมาสที่ 1-2.",
  }),
  "indicator.wrongTool": ({ text, indicatorTool, gridTool }) => ({
    th: `${quote(text)} อยู่ในแบบวัด ${indicatorTool} ไม่ใช่ ${gridTool} ให้ย้ายแถวนี้ไปแผ่นงานติดตาม ${indicatorTool} หรือแก้ตัวชี้วัดให้ถูก`,
    en: `${quote(text)} belongs to ${indicatorTool}, not ${gridTool}: move this row to the ${indicatorTool} tracking sheet, or correct the indicator.`,
  }),
  "indicator.unknown": ({ text }) => ({
    th: `ไม่รู้จักตัวชี้วัด ${quote(text)} ให้เลือกจากรายการในช่องตัวชี้วัด หรือใส่รหัสข้อคำถาม เช่น I12`,
    en: `Unknown indicator ${quote(text)}: choose one from the indicator cell's list, or give a question code such as I12.`,
  }),
  "period.unreadable": ({ text }) => ({
    th: `อ่านระยะเวลา ${quote(text)} ไม่ได้ ให้เขียนเป็นเดือนหรือไตรมาส เช่น มี.ค., ต.ค.-มี.ค. หรือ ไตรมาสที่ 1-2`,
    en: `The period ${quote(text)} cannot be read: write months or quarters, e.g. มี.ค., ต.ค.-มี.ค. or ไตรมาสที่ 1-2.`,
  }),
  "period.overdue": ({ end }) => ({
    th: `ระยะเวลาดำเนินการสิ้นสุดไปแล้วเมื่อ ${dates(end).th} แต่ยังไม่ได้ทำเครื่องหมาย ${DONE} ให้ปรับสถานะ หรือแก้ระยะเวลาหากขยายเวลา`,
    en: `The period ended on ${dates(end).en} but the row is not marked ${DONE} (done): update the status, or the period if it was extended.`,
  }),
  "period.notStarted": ({ start }) => ({
    th: `ระยะเวลาดำเนินการเริ่มแล้วเมื่อ ${dates(start).th} แต่สถานะยังเป็น ${NOT_STARTED} ให้ปรับสถานะเมื่อเริ่มทำ หรือเลื่อนระยะเวลา`,
    en: `The period began on ${dates(start).en} but the row is still marked ${NOT_STARTED} (not started): update the status once work begins, or move the period.`,
  }),
  "progress.quarterEmpty": ({ quarter }) => ({
    th: `สถานะเป็น ${IN_PROGRESS} แต่ช่องไตรมาส ${quarter} ยังว่าง ให้บันทึกความก้าวหน้าของไตรมาสนี้`,
    en: `Marked ${IN_PROGRESS} (in progress) but the quarter ${quarter} cell is empty: note this quarter's progress.`,
  }),
  "score.outOfRange": ({ text }) => ({
    th: `คะแนน ${quote(text)} อยู่นอกช่วง 0 ถึง 100 ให้พิมพ์คะแนนตามผลการประเมิน`,
    en: `The score ${quote(text)} is outside 0 to 100: type the score from the assessment result.`,
  }),
  "score.notNumber": ({ text }) => ({
    th: `${quote(text)} ไม่ใช่ตัวเลข สูตรจึงไม่นับคะแนนนี้ ให้พิมพ์เฉพาะตัวเลข เช่น 94.70`,
    en: `${quote(text)} is not a number, so the formulas leave it out: type the number only, e.g. 94.70.`,
  }),
  "score.thaiDigits": ({ text, value }) => ({
    th: `คะแนน ${quote(text)} พิมพ์ด้วยเลขไทยจึงเป็นข้อความ สูตรคะแนนรวมไม่นับ ให้เปลี่ยนเป็น ${value}`,
    en: `The score ${quote(text)} is typed in Thai digits, so it is text and the totals leave it out: change it to ${value}.`,
  }),
  "score.numberAsText": ({ text, value }) => ({
    th: `คะแนน ${quote(text)} ถูกเก็บเป็นข้อความ สูตรคะแนนรวมไม่นับ ให้พิมพ์ใหม่เป็นตัวเลข ${value}`,
    en: `The score ${quote(text)} is stored as text, so the totals leave it out: type it again as the number ${value}.`,
  }),
  "oit.noEvidence": ({ code }) => ({
    th: `${item(code).th}ยังไม่มี URL หลักฐาน เมื่อเผยแพร่แล้ว ให้วางลิงก์ของหน้าที่เผยแพร่ในช่อง URL หลักฐาน (บรรทัดละหนึ่งลิงก์)`,
    en: `${item(code).en} has no evidence URL yet: once it is published, paste the page's link into the URL หลักฐาน cell (one link a line).`,
  }),
  "oit.completeWithoutEvidence": ({ code }) => ({
    th: `${item(code).th}สถานะเป็น “${COMPLETE}” แต่ยังไม่มี URL หลักฐาน ให้วางลิงก์ของหน้าที่เผยแพร่ หรือเปลี่ยนสถานะเป็น “${INCOMPLETE}” หรือ “${PENDING}”`,
    en: `${item(code).en} is marked “${COMPLETE}” (complete) but has no evidence URL: paste the published page's link, or set the status to “${INCOMPLETE}” or “${PENDING}”.`,
  }),
  "oit.badUrl": ({ text }) => ({
    th: `${quote(text)} ไม่ใช่ URL ที่เปิดได้ ให้คัดลอกลิงก์เต็มจากแถบที่อยู่ของเบราว์เซอร์ ขึ้นต้นด้วย https:// บรรทัดละหนึ่งลิงก์ ไม่มีข้อความอื่นปน`,
    en: `${quote(text)} is not a URL a browser opens: copy the whole link from the browser's address bar, starting https://, one link a line with no other words.`,
  }),
  "oit.notHttps": ({ text }) => ({
    th: `${quote(text)} ขึ้นต้นด้วย http:// เบราว์เซอร์จะแจ้งว่าไม่ปลอดภัย ให้ใช้ลิงก์ https:// ของหน้าเดียวกัน หรือแจ้งผู้ดูแลเว็บไซต์ให้เปิดใช้ https`,
    en: `${quote(text)} starts with http://, which browsers mark unsafe: use the same page's https:// link, or ask the website's administrator to turn on https.`,
  }),
  "oit.sharedUrl": ({ text, codes }) => ({
    th: `ลิงก์ ${quote(text)} ใช้เป็นหลักฐานของ${items(codes).th}ด้วย ให้ตรวจว่าหน้านี้ตอบทั้งสองข้อจริง ถ้าไม่ใช่ ให้ใส่ลิงก์ของหน้าที่ตรงกับข้อนี้`,
    en: `The link ${quote(text)} is also the evidence of ${items(codes).en}: make sure the page answers both items; if not, give this item's own page.`,
  }),
  "oit.wrongPeriod": ({ text, needed }) => ({
    th: `หลักฐานเป็นของช่วง ${quote(text)} แต่ข้อนี้ต้องใช้หลักฐานของ${needed} ให้เผยแพร่หลักฐานของช่วงที่ถูกต้อง หรือแก้ช่วงเวลาหากพิมพ์ผิด`,
    en: `The evidence covers ${quote(text)} but this item needs ${quote(needed)}: publish the evidence of that period, or correct the period if it was mistyped.`,
  }),
  "oit.status": ({ text }) => ({
    th: `สถานะ ${quote(text)} ไม่ใช่ตัวเลือกในรายการ ให้เลือก “${COMPLETE}” “${INCOMPLETE}” หรือ “${PENDING}” เพื่อให้สรุปผลนับรายการนี้ได้`,
    en: `The status ${quote(text)} is not one of the list: choose “${COMPLETE}” (complete), “${INCOMPLETE}” (incomplete) or “${PENDING}” (pending), so that the summary counts the item.`,
  }),
};

/** What is wrong and what to do, without saying where. */
export function ruleMessage<R extends RuleId>(
  problem: { readonly rule: R; readonly params: RuleParams[R] },
  language: Language,
): string {
  return MESSAGES[problem.rule](problem.params)[language];
}

/** The message as a list shows it: "แถว 12: …" when the problem is on a row. */
export function problemMessage<R extends RuleId>(
  problem: { readonly rule: R; readonly params: RuleParams[R]; readonly row: number | null },
  language: Language,
): string {
  const text = ruleMessage(problem, language);
  if (problem.row === null) return text;
  return language === "th" ? `แถว ${problem.row}: ${text}` : `Row ${problem.row}: ${text}`;
}

export const SEVERITY_WORDS: Readonly<Record<Severity, Message>> = {
  error: { th: "ข้อผิดพลาด", en: "error" },
  warning: { th: "คำเตือน", en: "warning" },
};
