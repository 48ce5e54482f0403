// What the pane says in Thai, the language of nearly everyone who uses it: plain words, what happened and
// what to do next. Years are written in Thai digits, as staff read them; counts in Arabic digits.
import { SEVERITY_WORDS } from "../../domain/checkMessages";
import { STATUS_HEADERS } from "../../domain/gridColumns";
import { toThaiDigits } from "../../domain/thaiDigits";
import type { PaneText } from "./paneText";

const INSERT = "แทรกแบบฟอร์ม ITA";
const [NOT_STARTED, IN_PROGRESS, DONE] = STATUS_HEADERS;
const year = (fiscalYear: number) => toThaiDigits(String(fiscalYear));

export const TH: PaneText = {
  language: "th",
  app: {
    title: "ติดตามผล ITA",
    intro: "ช่วยจัดทำตารางติดตามมาตรการ ITA ใน Excel ตรวจสอบความครบถ้วน และสรุปผลสำหรับรายงานผู้บริหาร",
    tabs: { start: "เริ่มต้น", check: "ตรวจสอบ", summary: "สรุปผล", consolidate: "รวมผล", settings: "ตั้งค่า" },
    opening: "กำลังเปิด…",
    tabList: "งานของแบบฟอร์ม ITA",
    otherLanguage: "English",
    switchLanguage: "แสดงเป็นภาษาอังกฤษ",
  },
  start: {
    agency: "ชื่อหน่วยงาน",
    agencyHint: "เช่น องค์การบริหารส่วนตำบลมะเฟือง แสดงในหัวแผ่นงาน",
    fiscalYear: "ปีงบประมาณ",
    fiscalYearOption: (fiscalYear) => `พ.ศ. ${year(fiscalYear)}`,
    frameworkHint: ({ fiscalYear, basedOn, resultScale: { kind, grades } }) => {
      const basis = basedOn === undefined ? "" : ` (คิดตามเกณฑ์ปี ${year(basedOn)} เพราะยังไม่พบแหล่งที่มาของเกณฑ์ปีนี้)`;
      const result =
        kind === "passLabel"
          ? "ผลเป็น ผ่าน/ไม่ผ่าน"
          : `ผลเป็นระดับตัวอักษร ${grades[0]?.label ?? ""} ถึง ${grades.at(-1)?.label ?? ""}`;
      return `เกณฑ์ปี ${year(fiscalYear)}${basis}: ${result}`;
    },
    unpublishedHint: (fiscalYear, rulesFrom) =>
      `ป.ป.ช. ยังไม่ประกาศเกณฑ์ปี ${year(fiscalYear)} จะใช้เกณฑ์ปี ${year(rulesFrom)} ไปก่อน`,
    unconfirmedHint: "ตัวเลขของเกณฑ์ (น้ำหนัก เกณฑ์ผ่าน) ยังไม่ได้ตรวจกับคู่มือของ ป.ป.ช. ควรเทียบกับคู่มือก่อนอ้างอิง",
    insert: INSERT,
    inserting: "กำลังแทรกแบบฟอร์ม…",
    results: "ผลการแทรกแบบฟอร์ม",
    inserted: "แทรกแบบฟอร์ม ITA แล้ว",
    created: (sheets) => `สร้างแผ่นงาน ${sheets}`,
    repaired: (sheets) => `เติมส่วนที่หายไปในแผ่นงาน ${sheets}`,
    rearranged: (sheets) =>
      `คอลัมน์ในแผ่นงาน ${sheets} ถูกย้าย ลบ หรือเปลี่ยนหัวคอลัมน์ จึงไม่ได้เติมสิ่งใดลงไป เพื่อไม่ให้ลงผิดคอลัมน์ การตรวจสอบยังหาคอลัมน์จากหัวคอลัมน์ได้ตามปกติ`,
    unchanged: "แบบฟอร์มในสมุดงานนี้ครบอยู่แล้ว ไม่มีการเปลี่ยนแปลง",
    renamed: (wanted, got) => `มีแผ่นงานอื่นชื่อ “${wanted}” อยู่แล้ว จึงตั้งชื่อแผ่นงานใหม่ว่า “${got}” และไม่แตะแผ่นงานเดิม`,
    keptYear: (fiscalYear) => `สมุดงานนี้ใช้เกณฑ์ปี ${year(fiscalYear)} อยู่แล้ว จึงคงปีเดิมไว้`,
    failed: "แทรกแบบฟอร์มไม่สำเร็จ",
  },
  check: {
    intro: "ตรวจตารางติดตามและแผ่นงานคะแนนว่ากรอกครบและถูกต้องหรือไม่ โดยไม่แก้ไขเซลล์ใด กดรายการเพื่อไปที่เซลล์นั้น",
    check: "ตรวจสอบ",
    checking: "กำลังตรวจสอบ…",
    converting: "กำลังแปลงคะแนน…",
    results: "ผลการตรวจสอบ",
    workbook: "ทั้งสมุดงาน",
    sheet: (name) => `แผ่นงาน “${name}”`,
    tally: (errors, warnings) =>
      `${SEVERITY_WORDS.error.th} ${errors} · ${SEVERITY_WORDS.warning.th} ${warnings}`,
    errors: SEVERITY_WORDS.error.th,
    warnings: SEVERITY_WORDS.warning.th,
    goTo: (address) => `ไปที่เซลล์ ${address}`,
    more: (count) => `และอีก ${count} รายการ แก้รายการข้างบนแล้วตรวจสอบอีกครั้งเพื่อดูต่อ`,
    convert: "แปลงเป็นตัวเลข",
    convertHint: (count) => `คะแนน ${count} ช่องพิมพ์เป็นเลขไทยหรือเก็บเป็นข้อความ สูตรจึงไม่นับ`,
    clean: "ไม่พบข้อผิดพลาด",
    cleanLine: "ไม่พบข้อผิดพลาดหรือคำเตือน ตารางพร้อมรายงานผล",
    found: (errors, warnings, sheets) =>
      `พบข้อผิดพลาด ${errors} รายการ และคำเตือน ${warnings} รายการ${sheets > 0 ? ` ใน ${sheets} แผ่นงาน` : ""}`,
    fixErrors: "แก้ข้อผิดพลาดแล้วตรวจสอบอีกครั้ง",
    mergesUnknown:
      "Excel รุ่นนี้บอกไม่ได้ว่าเซลล์ใดผสานกัน แถวใต้เซลล์ที่ผสานไว้จึงอาจถูกรายงานว่าขาดข้อมูล (ตรวจได้ครบใน Excel 2021 ขึ้นไป หรือ Microsoft 365)",
    readWarnings: "อ่านคำเตือนแล้วแก้ส่วนที่ควรแก้ก่อนรายงานผล",
    converted: (count) => `แปลงคะแนนเป็นตัวเลขแล้ว ${count} ช่อง`,
    failed: "ตรวจสอบไม่สำเร็จ",
    selectFailed: "ไปที่เซลล์ไม่สำเร็จ",
    convertFailed: "แปลงคะแนนไม่สำเร็จ",
  },
  summary: {
    intro:
      "สรุปคะแนนและความคืบหน้าของมาตรการลงในแผ่นงานสรุป และเตรียมข้อความสำหรับบันทึกข้อความถึงผู้บริหาร โดยไม่แก้ไขตารางติดตาม",
    summarise: "สรุปผล",
    summarising: "กำลังสรุปผล…",
    results: "ผลการสรุป",
    written: (sheet) => `เขียนสรุปลงแผ่นงาน “${sheet}” แล้ว`,
    keptEdited: (kept, written) => `แผ่นงาน “${kept}” มีผู้แก้ไขไว้ จึงไม่เขียนทับ สรุปครั้งนี้อยู่ในแผ่นงาน “${written}”`,
    failed: "สรุปผลไม่สำเร็จ",
    scores: (fiscalYear) => `คะแนน ITA ปีงบประมาณ พ.ศ. ${year(fiscalYear)}`,
    total: "คะแนนรวม",
    result: "ผลการประเมิน",
    grade: (grade) => grade.label,
    missingScores: (numbers) => `ยังไม่มีคะแนนตัวชี้วัดที่ ${numbers} ให้กรอกคะแนนในแผ่นงานคะแนน แล้วกดสรุปผลอีกครั้ง`,
    strengths: (threshold) => `จุดแข็ง (ตั้งแต่ ${threshold})`,
    weaknesses: (threshold) => `จุดอ่อนที่ต้องพัฒนา (ต่ำกว่า ${threshold})`,
    belowExcellence: (threshold) => `ยังไม่ถึงระดับดีเยี่ยม (ต่ำกว่า ${threshold})`,
    belowPass: (threshold) => `ไม่ผ่านเกณฑ์ (ต่ำกว่า ${threshold})`,
    none: "ไม่มี",
    progress: "ความคืบหน้าของมาตรการ",
    toolProgress: ({ done, inProgress, notStarted, rows }, percent, write) =>
      `${DONE} ${write(done)} จาก ${write(rows)} มาตรการ (ร้อยละ ${percent}) · ${IN_PROGRESS} ${write(inProgress)} · ${NOT_STARTED} ${write(notStarted)}`,
    overdue: (count, write) => `เลยกำหนดแล้วแต่ยังไม่เสร็จ ${write(count)} มาตรการ`,
    overdueRow: (sheet, row) => `“${sheet}” แถว ${row}`,
    moreOverdue: (count, write) => `และอีก ${write(count)} มาตรการ ดูทั้งหมดได้ในแผ่นงานสรุป`,
    oit: "การเปิดเผยข้อมูลสาธารณะ (OIT)",
    oitReadiness: ({ complete, total }, write) =>
      `ทะเบียน OIT: ครบถ้วน ${write(complete)} จาก ${write(total)} รายการ`,
    memo: "ข้อความสำหรับบันทึกข้อความ",
    copy: "คัดลอกข้อความ",
    copyResult: "ผลการคัดลอก",
    copied: "คัดลอกข้อความแล้ว",
    copiedLine: (font) => `วางใน Word ได้ทันทีด้วย Ctrl+V ข้อความเป็นแบบอักษร ${font} ขนาด ๑๖`,
    copyBlocked: "คัดลอกอัตโนมัติไม่ได้ในหน้าต่างนี้",
    copyBlockedLine: "เลือกข้อความไว้ให้แล้ว กด Ctrl+C (บน Mac กด ⌘+C) เพื่อคัดลอก แล้ววางใน Word",
  },
  oitPage: {
    heading: "หน้าเว็บ OIT",
    intro: (count) =>
      `รายการข้อมูล OIT ${count} รายการจากแผ่นงานทะเบียน OIT พร้อมลิงก์ เป็นหน้าเว็บสำหรับเผยแพร่บนเว็บไซต์ของหน่วยงาน`,
    noRegister: "สมุดงานนี้ยังไม่มีแผ่นงานทะเบียน OIT ให้กด “แทรกแบบฟอร์ม ITA” ในแท็บเริ่มต้นก่อน แล้วกดสรุปผลอีกครั้ง",
    copy: "คัดลอกหน้าเว็บ OIT",
    download: "ดาวน์โหลด",
    results: "ผลของหน้าเว็บ OIT",
    source: "โค้ด HTML ของหน้าเว็บ OIT",
    copied: "คัดลอกหน้าเว็บ OIT แล้ว",
    copiedLine: (fileName) =>
      `วางในหน้าแก้ไขเว็บไซต์ของหน่วยงานจะได้ตารางพร้อมลิงก์ หรือวางใน Notepad แล้วบันทึกเป็นไฟล์ ${fileName}`,
    copyBlocked: "คัดลอกอัตโนมัติไม่ได้ในหน้าต่างนี้",
    copyBlockedLine: "เลือกโค้ด HTML ของหน้าเว็บไว้ให้แล้ว กด Ctrl+C (บน Mac กด ⌘+C) เพื่อคัดลอก",
    downloaded: (fileName) => `ดาวน์โหลด ${fileName} แล้ว`,
    downloadedLine:
      "หากไม่พบไฟล์ในโฟลเดอร์ดาวน์โหลด (Excel บางรุ่นไม่ให้ดาวน์โหลดจากบานหน้าต่างนี้) ให้กด “คัดลอกหน้าเว็บ OIT” แทน",
    downloadBlocked: "หน้าต่างนี้ดาวน์โหลดไฟล์ไม่ได้ จึงคัดลอกหน้าเว็บ OIT ไว้ให้แทน",
  },
  consolidate: {
    intro:
      "สำหรับหน่วยงานที่รวบรวมผลของหน่วยงานในสังกัด: เลือกไฟล์ ITA ของแต่ละหน่วยงานที่ทำด้วย Add-in นี้ หรือกรอกหรือวางผลของหน่วยงานที่ไม่ได้ส่งไฟล์ในแผ่นงาน “ผลที่กรอกเอง” แล้วกดรวมผล ได้อันดับ ระดับ ค่าเฉลี่ย ตัวชี้วัดที่อ่อน ความคืบหน้าของมาตรการ และบันทึกข้อความ ไฟล์ของหน่วยงานไม่ถูกแก้ไข",
    chooseFiles: "เลือกไฟล์…",
    chooseFolder: "เลือกโฟลเดอร์…",
    chosen: (files) => `เลือกไว้ ${files} ไฟล์`,
    noneChosen: "ยังไม่ได้เลือกไฟล์: กดรวมผลเพื่อรวมเฉพาะผลที่กรอกไว้ในสมุดงานนี้",
    consolidate: "รวมผล",
    reading: (done, total) => `อ่านแล้ว ${done} จาก ${total} ไฟล์`,
    writing: "กำลังเขียนผลลงสมุดงาน…",
    cancel: "หยุดอ่าน",
    results: "ผลการรวม",
    written: (units, sheet) => `รวมผลของ ${units} หน่วยงานลงแผ่นงาน “${sheet}” แล้ว`,
    filesRead: (read, given) => `อ่านไฟล์ได้ ${read} จาก ${given} ไฟล์`,
    ranked: (ranked, units) =>
      ranked === units
        ? `จัดอันดับครบทั้ง ${units} หน่วยงาน`
        : `จัดอันดับได้ ${ranked} จาก ${units} หน่วยงาน (ที่เหลือคะแนนยังไม่ครบ)`,
    level: (label, units) => `${label}: ${units} หน่วยงาน`,
    notSent: (units) => `ยังไม่ได้ส่งผล ${units} หน่วยงานตามทะเบียนหน่วยงาน`,
    keptEdited: (sheet) => `แผ่นงาน “${sheet}” มีผู้แก้ไขไว้ จึงไม่เขียนทับ และเขียนผลครั้งนี้ในแผ่นงานใหม่`,
    cancelled: (done, total) =>
      `หยุดอ่านแล้วหลังอ่าน ${done} จาก ${total} ไฟล์ ยังไม่ได้เขียนสิ่งใดลงสมุดงาน เลือกไฟล์แล้วกดรวมผลอีกครั้งเมื่อพร้อม`,
    outOfMemory: (done, total) =>
      `Excel ไม่มีหน่วยความจำพอสำหรับไฟล์เพิ่มหลังอ่าน ${done} จาก ${total} ไฟล์ จึงยังไม่ได้เขียนสิ่งใด ให้รวมผลทีละส่วน เช่น ทีละอำเภอ (ผลที่รวมไว้แล้วยังอยู่) หรือใช้คำสั่ง ita-tracker consolidate`,
    nothingWritten: "ยังไม่ได้เขียนสิ่งใดลงสมุดงาน",
    findings: (count) => `ข้อสังเกต ${count} รายการ`,
    failed: "รวมผลไม่สำเร็จ",
  },
  settings: {
    intro: "ค่าเหล่านี้บันทึกไว้ในสมุดงาน สีและชื่อระดับของคะแนนในแผ่นงานเปลี่ยนทันทีที่บันทึก",
    loading: "กำลังอ่านการตั้งค่า…",
    thresholds: "เกณฑ์คะแนน (๐-๑๐๐ เรียงจากน้อยไปมาก)",
    pass: "ผ่านเกณฑ์ (ค่าเริ่มต้น ๘๕)",
    strength: "จุดแข็ง (ค่าเริ่มต้น ๙๐)",
    excellence: "ดีเยี่ยม (ค่าเริ่มต้น ๙๕)",
    thresholdsProblem: {
      count: "ต้องมีเกณฑ์สามค่า",
      notNumber: "เกณฑ์ทุกช่องต้องเป็นตัวเลข เช่น 85 หรือ ๘๕",
      outOfRange: "เกณฑ์ต้องอยู่ระหว่าง 0 ถึง 100",
      notAscending: "เกณฑ์ต้องเรียงจากน้อยไปมาก: ผ่านเกณฑ์ น้อยกว่า จุดแข็ง น้อยกว่า ดีเยี่ยม",
    },
    bandNames: "ชื่อระดับคะแนน",
    bandNamesHint: "แสดงในแผ่นงานคะแนน ตารางติดตาม สรุปผล และบันทึกข้อความ",
    bandName: (band, { pass, strength, excellence }) =>
      ({
        below85: `ต่ำกว่า ${pass}`,
        below90: `${pass} ถึงต่ำกว่า ${strength}`,
        below95: `${strength} ถึงต่ำกว่า ${excellence}`,
        top: `${excellence} ขึ้นไป`,
      })[band],
    bandNamesProblem: "ชื่อระดับต้องไม่ว่าง ยาวไม่เกิน ๔๐ ตัวอักษร และอยู่ในบรรทัดเดียว",
    font: "แบบอักษรของเอกสาร",
    fontHint: "ใช้กับแผ่นงานที่สร้างต่อจากนี้ และข้อความบันทึกที่คัดลอกไปวางใน Word",
    digits: "ตัวเลขในข้อความ",
    digitStyle: { thai: "เลขไทย (๑๒๓)", arabic: "เลขอารบิก (123)" },
    save: "บันทึกการตั้งค่า",
    saving: "กำลังบันทึก…",
    results: "ผลการบันทึก",
    saved: "บันทึกการตั้งค่าในสมุดงานแล้ว",
    savedLines: [
      "สีและชื่อระดับของคะแนนในแผ่นงานคะแนนและตารางติดตามเปลี่ยนตามที่ตั้งไว้แล้ว",
      "แบบอักษรและรูปแบบตัวเลขใช้กับการสรุปผลครั้งต่อไป",
    ],
    unreadable: "ค่าบางค่าในสมุดงานอ่านไม่ได้",
    unreadableLine: "จึงแสดงค่าเริ่มต้นไว้แทน ตรวจดูแล้วกดบันทึกการตั้งค่าเพื่อแก้ไข",
    notYetSaved: "ยังไม่ได้บันทึกลงสมุดงาน",
    noSheetsLines: [`สมุดงานนี้ยังไม่มีแบบฟอร์ม ITA ค่าที่เลือกจะใช้เมื่อกด “${INSERT}” ในแท็บเริ่มต้น`],
    readFailed: "อ่านการตั้งค่าไม่สำเร็จ",
    saveFailed: "บันทึกการตั้งค่าไม่สำเร็จ",
  },
  hostProbe: {
    open: "เครื่องมือตรวจ Excel สำหรับผู้ดูแลระบบ…",
    close: "ปิดเครื่องมือตรวจ Excel",
    title: "ตรวจพฤติกรรมของ Excel เครื่องนี้",
    intro: [
      "สำหรับผู้ดูแลระบบหรือผู้พัฒนา ไม่จำเป็นต่อการใช้งานปกติ",
      "ให้เปิดสมุดงานใหม่ที่ว่างเปล่า แล้วเปิดติดตามผล ITA ในสมุดงานนั้นก่อนกดปุ่ม เครื่องมือจะเพิ่มแผ่นงานชั่วคราว ลองทำสิ่งต่าง ๆ ตามรายการคำถาม แล้วลบแผ่นงานนั้นทิ้ง",
    ],
    run: "เริ่มตรวจ",
    running: "กำลังตรวจ…",
    results: "ผลการตรวจ Excel",
    allSame: (total) => `Excel เครื่องนี้ทำงานตรงกับที่ทดสอบไว้ทั้ง ${total} ข้อ`,
    someDiffer: (differing, total) => `Excel เครื่องนี้ทำงานต่างจากที่ทดสอบไว้ ${differing} ข้อ จาก ${total} ข้อ`,
    nextStep: "คัดลอกรายงานด้านล่างส่งให้ผู้พัฒนา",
    notNewWorkbook: "ต้องตรวจในสมุดงานใหม่ที่ว่างเปล่า",
    notNewWorkbookLine:
      "สมุดงานนี้มีข้อมูลหรือมีหลายแผ่นงาน จึงไม่ได้ทำอะไรกับสมุดงานนี้ ให้สร้างสมุดงานใหม่ (Ctrl+N) เปิดติดตามผล ITA ในสมุดงานนั้น แล้วกดเริ่มตรวจอีกครั้ง",
    failed: "ตรวจ Excel ไม่สำเร็จ",
    report: "รายงานผลการตรวจ (ภาษาอังกฤษ)",
    copy: "คัดลอกรายงาน",
    copied: "คัดลอกรายงานแล้ว",
    selectedToCopy: "เลือกข้อความรายงานไว้แล้ว กด Ctrl+C เพื่อคัดลอก",
  },
  nextYear: {
    heading: "เริ่มปีงบประมาณใหม่",
    intro:
      "สร้างสมุดงานของปีถัดไปจากสมุดงานนี้ โดยเก็บคะแนนปีนี้ไว้เทียบ ยกมาตรการที่ยังไม่แล้วเสร็จพร้อมประวัติ และยกทะเบียน OIT พร้อม URL " +
      "ปีใหม่อยู่ในสมุดงานใหม่ เพราะสมุดงานนี้เป็นหลักฐานของปีนี้ตามที่รายงานไปแล้ว และ Excel ย้อนกลับสิ่งที่ Add-in ทำไม่ได้ จึงไม่แก้ไขสมุดงานนี้เลย",
    start: "เริ่มปีงบประมาณใหม่",
    starting: "กำลังสร้างสมุดงานปีใหม่…",
    results: "ผลการเริ่มปีงบประมาณใหม่",
    delivered: {
      opened: (toYear, fileName) =>
        `เปิดสมุดงานปีงบประมาณ ${year(toYear)} ในหน้าต่างใหม่แล้ว บันทึกด้วยชื่อ เช่น ${fileName}`,
      downloaded: (toYear, fileName) =>
        `ดาวน์โหลดสมุดงานปีงบประมาณ ${year(toYear)} เป็น ${fileName} แล้ว เปิดไฟล์นี้ใน Excel เพื่อทำงานต่อ`,
      notDelivered: (toYear) =>
        `Excel รุ่นนี้เปิดหรือดาวน์โหลดสมุดงานใหม่จาก Add-in ไม่ได้ ให้ใช้คำสั่ง ita-tracker next-year กับไฟล์นี้เพื่อสร้างปี ${year(toYear)}`,
    },
    scoresKept: (fromYear, count) =>
      `คะแนนปี ${year(fromYear)} ${count} ตัวชี้วัดอยู่ในคอลัมน์ “คะแนนปี ${year(fromYear)}” ของแผ่นงานคะแนน เมื่อพิมพ์คะแนนปีใหม่ ช่อง “เพิ่ม/ลด” จะคำนวณให้`,
    measuresCarried: (carried, done, recordSheet) =>
      `ยกมาตรการที่ยังไม่แล้วเสร็จมา ${carried} รายการ ` +
      (recordSheet === null
        ? ""
        : `ผลการดำเนินการปีเดิมอยู่ในแผ่นงาน “${recordSheet}” ให้กำหนดระยะเวลาดำเนินการใหม่ในช่องที่ว่าง `) +
      `(ที่ดำเนินการแล้ว ${done} รายการอยู่ในสมุดงานนี้)`,
    gridsLeft: (sheets) =>
      `ไม่ได้ยกแถวจากแผ่นงาน ${sheets.map((sheet) => `“${sheet}”`).join(", ")} เพราะไม่รู้ว่าเป็นแบบวัดใด ให้คัดลอกเอง`,
    registerCarried: (items, urls, toYear) =>
      `ยกทะเบียน OIT มา ${items} รายการ พร้อม URL ${urls} ลิงก์ สถานะเริ่มที่ “รอดำเนินการ” เพราะหลักฐานต้องเป็นของปี ${year(toYear)}`,
    registerKeptApart: (rows) => `แถวทะเบียนที่ไม่ตรงกับรายการปีใหม่ ${rows} แถวอยู่ท้ายทะเบียน ให้ตรวจดูและจัดเอง`,
    untouched: (fromYear) => `สมุดงานปี ${year(fromYear)} นี้ไม่ถูกแก้ไข`,
    failed: "เริ่มปีงบประมาณใหม่ไม่สำเร็จ",
  },
  failures: {
    protectedSheets: (sheets) =>
      `แผ่นงานถูกป้องกันอยู่${sheets === "" ? "" : ` (${sheets})`} ให้ยกเลิกการป้องกันแล้วลองอีกครั้ง`,
    cellEditing: "กำลังแก้ไขเซลล์อยู่ ให้กด Enter หรือ Esc ก่อน แล้วลองอีกครั้ง",
    sheetGone: (sheet) =>
      sheet === undefined
        ? "ไม่พบแผ่นงานที่ต้องใช้ อาจถูกลบหรือเปลี่ยนชื่อระหว่างนี้ ให้ตรวจสอบอีกครั้ง"
        : `ไม่พบแผ่นงาน “${sheet}” อาจถูกลบหรือเปลี่ยนชื่อ ให้ตรวจสอบอีกครั้ง`,
    tooOld: "Excel รุ่นนี้ทำรายการนี้ไม่ได้ ต้องใช้ Excel รุ่นใหม่กว่า หรือ Microsoft 365 (รวมถึง Excel บนเว็บ)",
    settingsIncomplete: `การตั้งค่าในสมุดงานไม่ครบ กด “${INSERT}” ในแท็บเริ่มต้นเพื่อเติมส่วนที่หายไป แล้วบันทึกอีกครั้ง`,
    noItaSheets: `สมุดงานนี้ยังไม่มีแผ่นคะแนนหรือตารางติดตาม ITA กด “${INSERT}” ในแท็บเริ่มต้นก่อน แล้วกรอกคะแนนและมาตรการ`,
    nextYearUnknown: "รุ่นนี้ยังไม่มีเกณฑ์ของปีถัดไป ให้ปรับรุ่น Add-in เมื่อ ป.ป.ช. ประกาศเกณฑ์",
    sheetTooLarge: (sheets) =>
      `แผ่นงานมีเซลล์มากเกินกว่าจะอ่านได้${sheets === "" ? "" : ` (${sheets})`} นับจาก A1 ถึงเซลล์สุดท้ายที่ใช้เกิน 5 ล้านเซลล์ ให้ลบแถวและคอลัมน์ที่เลยข้อมูลออกไป (ค่าหรือรูปแบบที่หลงอยู่ไกลด้านล่างหรือด้านขวา) แล้วลองอีกครั้ง`,
    general: "Excel ทำรายการไม่สำเร็จ ลองอีกครั้ง หากยังไม่ได้ ให้บันทึกสมุดงาน ปิดแล้วเปิดใหม่ แล้วลองอีกครั้ง",
  },
};
