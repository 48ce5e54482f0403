// What the pane says in English, for staff whose Office is not in Thai. Sheet names, status headers and
// the memo stay Thai: they are what the workbook and the executive read.
import { SEVERITY_WORDS } from "../../domain/checkMessages";
import { beToCe } from "../../domain/thaiCalendar";
import type { PaneText } from "./paneText";

const INSERT = "Insert ITA sheets";
const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;

export const EN: PaneText = {
  language: "en",
  app: {
    title: "ITA Tracker",
    intro:
      "Sets up your ITA improvement-measure tracking sheets in Excel, checks them, and summarises progress for the executive report.",
    tabs: {
      start: "Start",
      check: "Check",
      summary: "Summary",
      consolidate: "Consolidate",
      settings: "Settings",
    },
    opening: "Opening…",
    tabList: "ITA sheet tasks",
    otherLanguage: "ภาษาไทย",
    switchLanguage: "Show the pane in Thai",
  },
  start: {
    agency: "Agency name",
    agencyHint: "For example องค์การบริหารส่วนตำบลมะเฟือง; shown in the sheet titles",
    fiscalYear: "Fiscal year",
    fiscalYearOption: (fiscalYear) =>
      `${fiscalYear} (Oct ${beToCe(fiscalYear) - 1} – Sep ${beToCe(fiscalYear)})`,
    frameworkHint: ({ fiscalYear, basedOn, resultScale: { kind, grades } }) => {
      const basis =
        basedOn === undefined
          ? ""
          : ` (scored by ${basedOn}'s rules: no source for this year's own was found)`;
      const result =
        kind === "passLabel"
          ? "the result is pass or fail"
          : `the result is a letter grade, ${grades[0]?.labelEn ?? ""} to ${grades.at(-1)?.labelEn ?? ""}`;
      return `ITA ${fiscalYear}${basis}: ${result}`;
    },
    unpublishedHint: (fiscalYear, rulesFrom) =>
      `NACC has not published the ${fiscalYear} rules yet: ${rulesFrom}'s are used until they are`,
    unconfirmedHint:
      "The rules' figures (weights, pass mark) are not yet checked against NACC's manual: compare them before relying on them",
    insert: INSERT,
    inserting: "Inserting the sheets…",
    results: "Insert result",
    inserted: "ITA sheets inserted",
    created: (sheets) => `Added the sheets ${sheets}`,
    repaired: (sheets) => `Put back what was missing in ${sheets}`,
    rearranged: (sheets) =>
      `The columns of ${sheets} were moved, deleted or renamed, so nothing was put back there, to keep it out of the wrong columns. Check still finds each column by its header`,
    unchanged: "This workbook already has every ITA sheet; nothing was changed",
    renamed: (wanted, got) =>
      `Another sheet is already called “${wanted}”, so the new sheet is “${got}” and the other one was not touched`,
    keptYear: (fiscalYear) => `This workbook already follows the ${fiscalYear} rules, so that year was kept`,
    failed: "Could not insert the sheets",
  },
  check: {
    intro:
      "Checks that the tracking grids and the score sheet are complete and correct, without changing any cell. Choose a problem to go to its cell.",
    check: "Check",
    checking: "Checking…",
    converting: "Converting the scores…",
    results: "Check results",
    workbook: "The whole workbook",
    sheet: (name) => `Sheet “${name}”`,
    tally: (errors, warnings) =>
      `${plural(errors, SEVERITY_WORDS.error.en)} · ${plural(warnings, SEVERITY_WORDS.warning.en)}`,
    errors: "Errors",
    warnings: "Warnings",
    goTo: (address) => `Go to cell ${address}`,
    more: (count) => `and ${count} more: fix the ones above and check again to see them`,
    convert: "Convert to numbers",
    convertHint: (count) =>
      `${plural(count, "score")} typed in Thai digits or stored as text, so the formulas leave them out`,
    clean: "No problems found",
    cleanLine: "No errors or warnings: the sheets are ready to report",
    found: (errors, warnings, sheets) =>
      `Found ${plural(errors, "error")} and ${plural(warnings, "warning")}${sheets > 0 ? ` on ${plural(sheets, "sheet")}` : ""}`,
    fixErrors: "Fix the errors, then check again",
    mergesUnknown:
      "This version of Excel cannot tell which cells are merged, so a row under a merged cell may be reported as missing its text (Excel 2021 or later, or Microsoft 365, checks it fully)",
    readWarnings: "Read the warnings and fix what should be fixed before you report",
    converted: (count) => `Converted ${plural(count, "score")} to numbers`,
    failed: "Could not check the workbook",
    selectFailed: "Could not go to the cell",
    convertFailed: "Could not convert the scores",
  },
  summary: {
    intro:
      "Writes the scores and the progress of the measures to a summary sheet and prepares the text of the memo to the executive. The tracking grids are not changed.",
    summarise: "Summarise",
    summarising: "Summarising…",
    results: "Summary result",
    written: (sheet) => `Summary written to the sheet “${sheet}”`,
    keptEdited: (kept, written) =>
      `Someone edited the sheet “${kept}”, so it was not overwritten; this summary is in “${written}”`,
    failed: "Could not summarise",
    scores: (fiscalYear) => `ITA scores, fiscal year ${fiscalYear}`,
    total: "Total",
    result: "Result",
    grade: (grade) => grade.labelEn,
    missingScores: (numbers) =>
      `No score yet for indicators ${numbers}: type them on the score sheet, then summarise again`,
    strengths: (threshold) => `Strengths (${threshold} or more)`,
    weaknesses: (threshold) => `Weaknesses to develop (below ${threshold})`,
    belowExcellence: (threshold) => `Not yet excellent (below ${threshold})`,
    belowPass: (threshold) => `Below the pass mark (below ${threshold})`,
    none: "none",
    progress: "Progress of the measures",
    toolProgress: ({ done, inProgress, notStarted, rows }, percent) =>
      `done ${done} of ${plural(rows, "measure")} (${percent}%) · in progress ${inProgress} · not started ${notStarted}`,
    overdue: (count) => `${plural(count, "measure")} past due and not done`,
    overdueRow: (sheet, row) => `“${sheet}” row ${row}`,
    moreOverdue: (count) => `and ${count} more: the summary sheet lists them all`,
    oit: "Open data (OIT)",
    oitReadiness: ({ complete, total }) => `OIT register: ${complete} of ${plural(total, "item")} complete`,
    memo: "Memo text (Thai)",
    copy: "Copy memo text",
    copyResult: "Copy result",
    copied: "Memo text copied",
    copiedLine: (font) => `Paste it into Word with Ctrl+V: it comes in ${font}, 16 pt`,
    copyBlocked: "This window does not allow copying for you",
    copyBlockedLine:
      "The memo text is selected: press Ctrl+C (⌘+C on a Mac) to copy it, then paste it into Word",
  },
  oitPage: {
    heading: "OIT web page",
    intro: (count) =>
      `The ${count} items of the OIT register sheet with their links, as a web page for the agency's website`,
    noRegister:
      "This workbook has no OIT register sheet yet: press “Insert ITA sheets” on the Start tab, then summarise again",
    copy: "Copy OIT web page",
    download: "Download",
    results: "OIT web page result",
    source: "HTML of the OIT web page",
    copied: "OIT web page copied",
    copiedLine: (fileName) =>
      `Paste it into your website's editor to get the table with its links, or into Notepad and save it as ${fileName}`,
    copyBlocked: "This window does not allow copying for you",
    copyBlockedLine: "The page's HTML is selected: press Ctrl+C (⌘+C on a Mac) to copy it",
    downloaded: (fileName) => `${fileName} downloaded`,
    downloadedLine:
      "If it is not in your Downloads folder (some versions of Excel do not let this pane download), press “Copy OIT web page” instead",
    downloadBlocked: "This window cannot download files, so the OIT web page was copied instead",
  },
  consolidate: {
    intro:
      "For an office that gathers its units' results: choose each unit's ITA workbook made with this add-in, or type or paste the results of units that sent no file in the sheet “ผลที่กรอกเอง”, then press Consolidate. You get ranks, levels, averages, the weakest indicators, the measures' progress and the memo. The units' files are never changed.",
    chooseFiles: "Choose files…",
    chooseFolder: "Choose a folder…",
    chosen: (files) => `${files} ${files === 1 ? "file" : "files"} chosen`,
    noneChosen: "No file chosen: Consolidate gathers only the results typed in this workbook",
    consolidate: "Consolidate",
    reading: (done, total) => `Read ${done} of ${total} files`,
    writing: "Writing the results into the workbook…",
    cancel: "Stop reading",
    results: "Consolidation result",
    written: (units, sheet) =>
      `Consolidated ${units} ${units === 1 ? "unit" : "units"} into the sheet “${sheet}”`,
    filesRead: (read, given) => `${read} of ${given} files read`,
    ranked: (ranked, units) =>
      ranked === units
        ? `All ${units} units ranked`
        : `${ranked} of ${units} units ranked (the others lack scores)`,
    level: (label, units) => `${label}: ${units} ${units === 1 ? "unit" : "units"}`,
    notSent: (units) => `${units} ${units === 1 ? "unit" : "units"} of the registry sent nothing yet`,
    keptEdited: (sheet) =>
      `The sheet “${sheet}” was edited, so it was kept and this result written in a new sheet`,
    cancelled: (done, total) =>
      `Stopped after ${done} of ${total} files. Nothing was written to the workbook: choose the files and press Consolidate again when ready.`,
    outOfMemory: (done, total) =>
      `Excel has no room for more files after ${done} of ${total}, so nothing was written. Consolidate in parts, for example one district at a time (results already gathered stay), or use the ita-tracker consolidate command.`,
    nothingWritten: "Nothing was written to the workbook",
    findings: (count) => `${count} ${count === 1 ? "finding" : "findings"}`,
    failed: "Could not consolidate",
  },
  settings: {
    intro: "Saved in this workbook. Score colours and band names on the sheets follow as soon as you save.",
    loading: "Reading the settings…",
    thresholds: "Thresholds (0-100, lowest first)",
    pass: "Pass mark (default 85)",
    strength: "Strength (default 90)",
    excellence: "Excellent (default 95)",
    thresholdsProblem: {
      count: "There must be three thresholds",
      notNumber: "Every threshold must be a number, such as 85 or ๘๕",
      outOfRange: "Thresholds must be between 0 and 100",
      notAscending: "Thresholds must go up: pass mark, then strength, then excellent",
    },
    bandNames: "Names of the score bands",
    bandNamesHint: "Shown on the score sheet, the tracking grids, the summary and the memo",
    bandName: (band, { pass, strength, excellence }) =>
      ({
        below85: `Below ${pass}`,
        below90: `${pass} to below ${strength}`,
        below95: `${strength} to below ${excellence}`,
        top: `${excellence} and over`,
      })[band],
    bandNamesProblem: "A band's name must not be empty, and is one line of at most 40 characters",
    font: "Document font",
    fontHint: "Used on sheets made from now on and in the memo text you paste into Word",
    digits: "Digits in the memo",
    digitStyle: { thai: "Thai digits (๑๒๓)", arabic: "Arabic digits (123)" },
    save: "Save settings",
    saving: "Saving…",
    results: "Save result",
    saved: "Settings saved in the workbook",
    savedLines: [
      "Score colours and band names on the score sheet and the tracking grids now follow what you set",
      "The font and digits are used from the next summary on",
    ],
    unreadable: "Some values in the workbook could not be read",
    unreadableLine: "The defaults are shown instead: check them and save to correct the workbook",
    notYetSaved: "Not saved in the workbook yet",
    noSheetsLines: [
      `This workbook has no ITA sheets yet: what you chose is used when you press “${INSERT}” on the Start tab`,
    ],
    readFailed: "Could not read the settings",
    saveFailed: "Could not save the settings",
  },
  hostProbe: {
    open: "Excel check for administrators…",
    close: "Close the Excel check",
    title: "Check how this Excel behaves",
    intro: [
      "For administrators and developers; not needed for everyday use.",
      "Open a new, empty workbook and open ITA Tracker in it before you start. The check adds a temporary sheet, tries each question of the list there, and deletes the sheet.",
    ],
    run: "Start the check",
    running: "Checking…",
    results: "Excel check result",
    allSame: (total) => `This Excel behaves as tested in all ${total} questions`,
    someDiffer: (differing, total) =>
      `This Excel behaves differently from what was tested in ${differing} of ${total} questions`,
    nextStep: "Copy the report below and send it to the developers",
    notNewWorkbook: "The check runs only in a new, empty workbook",
    notNewWorkbookLine:
      "This workbook holds data or more than one sheet, so nothing was done to it. Create a new workbook (Ctrl+N), open ITA Tracker in it, and start the check again",
    failed: "The Excel check did not finish",
    report: "Report of the check",
    copy: "Copy the report",
    copied: "Report copied",
    selectedToCopy: "The report is selected: press Ctrl+C to copy it",
  },
  nextYear: {
    heading: "Start the new fiscal year",
    intro:
      "Makes next year's workbook from this one: this year's scores kept to compare, the measures not done carried with their history, and the OIT register with its URLs. " +
      "The new year goes into a new workbook: this one stays the record of the year as reported, and Excel cannot undo what an add-in does, so this workbook is not changed at all.",
    start: "Start the new fiscal year",
    starting: "Making the new year's workbook…",
    results: "New fiscal year",
    delivered: {
      opened: (toYear, fileName) =>
        `The workbook for fiscal year ${toYear} (${beToCe(toYear)}) is open in a new window: save it, e.g. as ${fileName}`,
      downloaded: (toYear, fileName) =>
        `The workbook for fiscal year ${toYear} was downloaded as ${fileName}: open it in Excel to go on`,
      notDelivered: (toYear) =>
        `This Excel cannot open or download a new workbook from an add-in: run ita-tracker next-year on this file to make ${toYear}`,
    },
    scoresKept: (fromYear, count) =>
      `${plural(count, "indicator score")} of ${fromYear} are in the score sheet's “คะแนนปี ${fromYear}” column; once the new scores are typed, “เพิ่ม/ลด” shows each change`,
    measuresCarried: (carried, done, recordSheet) =>
      `${plural(carried, "measure")} not done carried over` +
      (recordSheet === null
        ? " "
        : `, last year's record of them on the sheet “${recordSheet}”: set their new periods `) +
      `(${done} done stay in this workbook)`,
    gridsLeft: (sheets) =>
      `Rows of ${sheets.map((sheet) => `“${sheet}”`).join(", ")} were not carried: which tool they track is unknown; copy them yourself`,
    registerCarried: (items, urls, toYear) =>
      `${plural(items, "OIT register item")} carried with ${plural(urls, "URL")}, each back to “รอดำเนินการ”: the evidence must be ${toYear}'s`,
    registerKeptApart: (rows) =>
      `${plural(rows, "register row")} matching no item of the new list are at the register's foot: place them yourself`,
    untouched: (fromYear) => `This ${fromYear} workbook was not changed`,
    failed: "Could not start the new fiscal year",
  },
  failures: {
    protectedSheets: (sheets) =>
      `A sheet is protected${sheets === "" ? "" : ` (${sheets})`}: unprotect it, then try again`,
    cellEditing: "A cell is being edited: press Enter or Esc first, then try again",
    sheetGone: (sheet) =>
      sheet === undefined
        ? "A sheet that is needed was not found; it may have been deleted or renamed. Check again"
        : `The sheet “${sheet}” was not found; it may have been deleted or renamed. Check again`,
    tooOld:
      "This version of Excel cannot do this: it needs a newer Excel, or Microsoft 365 (Excel on the web too)",
    settingsIncomplete: `This workbook's settings are incomplete: press “${INSERT}” on the Start tab to put back what is missing, then save again`,
    noItaSheets: `This workbook has no ITA score sheet or tracking grid yet: press “${INSERT}” on the Start tab first, then type the scores and measures`,
    nextYearUnknown:
      "This release does not know next year's rules yet: update the add-in once NACC publishes them",
    sheetTooLarge: (sheets) =>
      `A sheet has too many cells to read${sheets === "" ? "" : ` (${sheets})`}: from A1 to its last used cell it holds more than 5 million. Delete the rows and columns past its data (a stray value or format far below or to the right), then try again`,
    general:
      "Excel could not do it. Try again; if that does not help, save the workbook, close it, open it again and retry",
  },
};
