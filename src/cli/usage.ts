// What each command takes, for the help and for a wrong command line: kept apart from the commands, so
// that printing them loads none of the commands' modules (ExcelJS among them).

export const SCORE_USAGE =
  "ita-tracker score --year <ปีงบประมาณ พ.ศ.> <คะแนน ๑> … <คะแนน ๑๐> [--thresholds 85,90,95] [--json]";

export const NEW_USAGE =
  'ita-tracker new <ไฟล์.xlsx> [--year 2568] [--org "ชื่อหน่วยงาน"] [--thresholds 85,90,95] [--force]';

export const INSERT_USAGE =
  'ita-tracker insert <ไฟล์.xlsx> [--year 2568] [--org "ชื่อหน่วยงาน"] [--thresholds 85,90,95]';

export const NEXT_YEAR_USAGE =
  "ita-tracker next-year <ไฟล์ปีนี้.xlsx> <ไฟล์ปีใหม่.xlsx> [--force] [--today YYYY-MM-DD]";

export const CHECK_USAGE = "ita-tracker check <ไฟล์.xlsx> [--json] [--today YYYY-MM-DD] [--lang th|en]";

export const SUMMARY_USAGE =
  "ita-tracker summary <ไฟล์.xlsx> [--json] [--write] [--arabic-digits] [--today YYYY-MM-DD]";

export const MEMO_USAGE =
  "ita-tracker memo <ไฟล์.xlsx> [--docx บันทึก.docx [--force]] [--arabic-digits] [--today YYYY-MM-DD]";

export const OIT_PAGE_USAGE =
  "ita-tracker oit-page <ไฟล์.xlsx> [--out หน้าเว็บ.html [--force]] [--fragment] [--arabic-digits]";

export const CONSOLIDATE_USAGE =
  'ita-tracker consolidate <ไฟล์หรือโฟลเดอร์ของหน่วยงาน>... --out <ไฟล์ผลรวม.xlsx> [--year 2568] [--org "ชื่อหน่วยงาน"] [--docx บันทึก.docx [--force]] [--json] [--arabic-digits] [--today YYYY-MM-DD]';
