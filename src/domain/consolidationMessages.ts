// What each finding of a consolidation, and each file that could not be read, says: in plain Thai and
// English, where it is (the file, or the sheet's cell) and what to do. The sheet, the pane and the
// command line render from here.
import type { Language } from "./checkMessages";
import type { ConsolidationFinding } from "./consolidation";
import { formatDigits, formatScore, type DigitStyle } from "./thaiDigits";
import type { UnitOrigin } from "./unitResult";

interface Message {
  readonly th: string;
  readonly en: string;
}

/** Why a file could not be read; the first six come from the file itself (readUnitWorkbook). */
export type UnreadableFile =
  | "empty"
  | "encrypted"
  | "oldFormat"
  | "notXlsx"
  | "damaged"
  | "notWorkbook"
  /** A workbook without our score sheet or grids. */
  | "notOurs"
  /** The file could not be opened: in use, moved, or not allowed. */
  | "notOpened"
  /** Larger than the pane can hold in the browser. */
  | "tooLarge";

const TYPED_SHEET_WORDS = { th: "แผ่น “ผลที่กรอกเอง”", en: "the “ผลที่กรอกเอง” (typed results) sheet" };

const UNREADABLE: { readonly [R in UnreadableFile]: Message } = {
  empty: { th: "ไฟล์ว่างเปล่า ขอไฟล์ใหม่จากหน่วยงาน", en: "The file is empty: ask the unit for it again." },
  encrypted: {
    th: "ไฟล์ตั้งรหัสผ่านไว้ เปิดใน Excel แล้วเอารหัสผ่านออก (ไฟล์ > ข้อมูล > ป้องกันเวิร์กบุ๊ก) บันทึกแล้วรวมผลอีกครั้ง",
    en: "The file has a password: open it in Excel, remove the password (File > Info > Protect Workbook), save it and consolidate again.",
  },
  oldFormat: {
    th: "เป็นไฟล์ Excel รุ่นเก่า (.xls) เปิดใน Excel แล้วบันทึกเป็น .xlsx",
    en: "This is an old Excel file (.xls): open it in Excel and save it as .xlsx.",
  },
  notXlsx: {
    th: "ไม่ใช่ไฟล์ Excel (.xlsx) ขอไฟล์ .xlsx จากหน่วยงาน หรือกรอกผลใน" + TYPED_SHEET_WORDS.th,
    en: `Not an Excel (.xlsx) file: ask the unit for its .xlsx, or type its results into ${TYPED_SHEET_WORDS.en}.`,
  },
  damaged: {
    th: "ไฟล์เสียหรือคัดลอกมาไม่ครบ ขอไฟล์ใหม่จากหน่วยงาน",
    en: "The file is damaged or was not copied whole: ask the unit for it again.",
  },
  notWorkbook: {
    th: "เป็นไฟล์ Word หรือ PowerPoint ไม่ใช่ Excel",
    en: "This is a Word or PowerPoint file, not an Excel workbook.",
  },
  notOurs: {
    th:
      "ไม่มีแผ่นคะแนนหรือแผ่นติดตามมาตรการของ ITA ให้หน่วยงานใช้ไฟล์ที่สร้างจาก Add-in หรือกรอกผลใน" + TYPED_SHEET_WORDS.th,
    en: `The workbook has no ITA score sheet or tracking grid: ask the unit for the file the add-in made, or type its results into ${TYPED_SHEET_WORDS.en}.`,
  },
  notOpened: {
    th: "เปิดไฟล์ไม่ได้ (อาจเปิดค้างอยู่ในโปรแกรมอื่น หรือไม่มีสิทธิ์อ่าน) ปิดไฟล์แล้วรวมผลอีกครั้ง",
    en: "The file could not be opened (it may be open in another program, or not readable): close it and consolidate again.",
  },
  tooLarge: {
    th: "ไฟล์ใหญ่เกินกว่าที่ Add-in อ่านในเบราว์เซอร์ได้ ใช้คำสั่ง ita-tracker consolidate ในเครื่องแทน",
    en: "The file is larger than the add-in can read in the browser: use the ita-tracker consolidate command instead.",
  },
};

export function unreadableFileMessage(file: string, reason: UnreadableFile, language: Language): string {
  const { th, en } = UNREADABLE[reason];
  return language === "th" ? `ไฟล์ ${file}: ${th}` : `${file}: ${en}`;
}

function where(origin: UnitOrigin, digits: DigitStyle): Message {
  if (origin.kind === "file") return { th: `ไฟล์ ${origin.file}`, en: `file ${origin.file}` };
  return {
    th: `แผ่น “${origin.sheet}” แถว ${formatDigits(String(origin.row), digits)}`,
    en: `sheet “${origin.sheet}”, row ${origin.row}`,
  };
}

function messageOf(finding: ConsolidationFinding, digits: DigitStyle): Message {
  const at = where(finding.origin, digits);
  const number = (value: number) => formatDigits(String(value), digits);
  const score = (value: number) => formatScore(value, digits);
  switch (finding.kind) {
    case "duplicate": {
      const first = where(finding.first, digits);
      return {
        th: `ส่งมาซ้ำ (${at.th}) ใช้ผลจาก${first.th}แทน ลบแถวหรือไฟล์ที่ซ้ำออก`,
        en: `Sent twice (${at.en}); the one from ${first.en} is used: remove the other.`,
      };
    }
    case "otherYear":
      return finding.year === null
        ? {
            th: `ไม่ได้ระบุปีงบประมาณ (${finding.cell ?? at.th}) พิมพ์ปี พ.ศ. เช่น ${number(2568)}`,
            en: `No fiscal year (${finding.cell ?? at.en}): type the Buddhist-era year, e.g. 2568.`,
          }
        : {
            th: `เป็นผลปี ${number(finding.year)} ไม่ใช่ปีเดียวกับหน่วยงานอื่น (${finding.cell ?? at.th}) ตรวจปีงบประมาณในไฟล์หรือแถวนี้`,
            en: `A result of ${finding.year}, not the year of the others (${finding.cell ?? at.en}): check the fiscal year of this file or row.`,
          };
    case "noRules":
      return {
        th: `ปี ${number(finding.year)} ไม่มีเกณฑ์ให้คิดคะแนน (${at.th}) ตรวจปีงบประมาณ`,
        en: `No ITA rules are known for ${finding.year} (${at.en}): check the fiscal year.`,
      };
    case "missingTool": {
      const cells =
        finding.cells.length === 0 ? at : { th: finding.cells.join(", "), en: finding.cells.join(", ") };
      return {
        th: `ยังไม่มีคะแนน ${finding.tools.join(" ")} (${cells.th}) จึงยังไม่จัดอันดับ กรอกคะแนนตัวชี้วัดหรือคะแนนแบบวัดให้ครบ`,
        en: `No ${finding.tools.join(", ")} score yet (${cells.en}), so the unit is not ranked: fill in its indicators or tool scores.`,
      };
    }
    case "totalMismatch":
      return {
        th: `คะแนนรวมที่ประกาศ ${score(finding.given)} ไม่ตรงกับที่คำนวณได้ ${score(finding.computed)} (${finding.cell ?? at.th}) ตรวจคะแนนที่กรอก`,
        en: `The total given, ${finding.given}, is not the ${finding.computed} its scores give (${finding.cell ?? at.en}): check what was typed.`,
      };
    case "levelMismatch":
      return {
        th: `ระดับที่ประกาศ “${finding.given}” ไม่ตรงกับระดับตามคะแนน “${finding.computed}” (${finding.cell ?? at.th})`,
        en: `The level given, “${finding.given}”, is not “${finding.computed}”, the level its scores give (${finding.cell ?? at.en}).`,
      };
    case "toolsWeighted":
      return {
        th: `คะแนน IIT EIT OIT ดูเป็นคะแนนถ่วงน้ำหนัก (เต็ม ${number(30)} ${number(30)} ${number(40)}) (${finding.cells.join(", ")}) กรอกคะแนนเต็ม ${number(100)} ของแต่ละแบบวัด`,
        en: `The IIT, EIT and OIT scores look weighted (out of 30, 30 and 40) (${finding.cells.join(", ")}): type each tool's score out of 100.`,
      };
    case "notInRegistry":
      return {
        th: `ไม่มีชื่อในแผ่น “ทะเบียนหน่วยงาน” (${finding.cell ?? at.th}) เพิ่มชื่อในทะเบียนหรือแก้ชื่อให้ตรงกัน`,
        en: `Not in the registry sheet (${finding.cell ?? at.en}): add the unit there, or make the names match.`,
      };
    case "alreadyInTable": {
      const row = where(finding.row, digits);
      return {
        th: `มีผลที่กรอกเองอยู่แล้ว (${row.th}) จึงไม่ได้ใช้${at.th} ลบแถวที่กรอกเองหากต้องการใช้ไฟล์`,
        en: `Already typed in (${row.en}), so ${at.en} was not used: delete the typed row to use the file.`,
      };
    }
    case "notANumber":
      return {
        th: `ช่อง ${finding.cell} เป็นข้อความ ไม่ใช่ตัวเลข จึงไม่นำมาคิด พิมพ์เป็นตัวเลข`,
        en: `Cell ${finding.cell} holds text, not a number, so it is left out: type it as a number.`,
      };
  }
}

/** "อบต.หนึ่ง: …", in the language and digits wanted. */
export function consolidationFindingMessage(
  finding: ConsolidationFinding,
  language: Language,
  digits: DigitStyle,
): string {
  return `${finding.name}: ${messageOf(finding, digits)[language]}`;
}
