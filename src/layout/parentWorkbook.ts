// The pure middle of a consolidation, shared by the pane and `ita-tracker consolidate`: the parent's
// workbook as read and the units read from files in; the figures, the memo and the sheets to write out.
// The registry and the typed table are the parent's: made when missing, never written again. The sheet of
// units read from files and the summary are the add-in's: each written in place of its earlier self where
// that was left as written, beside it otherwise.
import {
  commonYear,
  consolidate,
  type Consolidation,
  type ConsolidationFinding,
} from "../domain/consolidation";
import { consolidationOfficialMemo, consolidationParagraphs } from "../domain/consolidationMemo";
import type { OfficialMemo } from "../domain/officialMemo";
import { SheetCells } from "../domain/sheetCells";
import type { CalendarDate } from "../domain/thaiCalendar";
import type { DigitStyle } from "../domain/thaiDigits";
import type { UnitResult } from "../domain/unitResult";
import { unitRows } from "../domain/unitRows";
import { defaultFiscalYear, defaultSettings, type WorkbookSettings } from "../domain/workbookSettings";
import {
  CONSOLIDATION_MARK,
  CONSOLIDATION_SHEET,
  consolidationSheetPlan,
  type UnreadFile,
} from "./consolidationSheet";
import { findSettings } from "./insertPlan";
import { ownSheetTarget, type OwnSheetTarget } from "./ownSheetTarget";
import type { SheetPlan } from "./plan";
import { freeSheetName } from "./sheetNames";
import { readUnitRegistry, UNIT_REGISTRY_SHEET, unitRegistrySheetPlan } from "./unitRegistrySheet";
import {
  FILE_UNITS_MARK,
  FILE_UNITS_SHEET,
  fileUnitsSheetPlan,
  readUnitTable,
  TYPED_UNITS_SHEET,
  typedUnitsSheetPlan,
} from "./unitTables";
import { mergedAreas, type SheetForCheck } from "./workbookCheck";

export interface ConsolidationOptions {
  /** The year to consolidate; else the workbook's own, else the year most units are of. */
  readonly fiscalYear?: number;
  /** The parent office's name, where its workbook's settings name none. */
  readonly parent?: string;
  readonly digits?: DigitStyle;
}

export interface ConsolidationInput {
  /** The parent's workbook, every sheet as a check reads it. */
  readonly sheets: readonly SheetForCheck[];
  /** The units read from files this time, in the order the files were given. */
  readonly files: readonly UnitResult[];
  readonly unread: readonly UnreadFile[];
  readonly today: CalendarDate;
  readonly options?: ConsolidationOptions;
}

export interface SheetToPlace {
  readonly plan: SheetPlan;
  /** An earlier sheet of ours left as written, replaced in place; null for a sheet to add. */
  readonly replaces: OwnSheetTarget["replaces"];
}

export interface ConsolidationPlan {
  readonly settings: WorkbookSettings;
  readonly consolidation: Consolidation;
  /** Every finding: cells typed that are not numbers, files left out, then the consolidation's own. */
  readonly findings: readonly ConsolidationFinding[];
  readonly memo: readonly string[];
  readonly officialMemo: OfficialMemo;
  /** The units of this read that went on the sheet of files. */
  readonly added: readonly UnitResult[];
  /** In the order they are written: the registry and the typed table where new, the files, the summary. */
  readonly sheets: readonly SheetToPlace[];
  /** Sheets of ours someone has typed in, left as they are. */
  readonly keptEdited: readonly string[];
}

const cellsOf = (sheet: SheetForCheck) => new SheetCells(sheet.values, mergedAreas(sheet.merges ?? []));

export function planConsolidation(input: ConsolidationInput): ConsolidationPlan {
  const { sheets, files, unread, today, options = {} } = input;
  const taken: string[] = [];
  const added = (name: string) => {
    const free = freeSheetName(name, [...sheets.map((sheet) => sheet.name), ...taken]);
    taken.push(free);
    return free;
  };

  const isOurs = (sheet: SheetForCheck) =>
    FILE_UNITS_MARK.isOn(sheet.values) || CONSOLIDATION_MARK.isOn(sheet.values);
  const registrySheet = sheets.find((sheet) => !isOurs(sheet) && readUnitRegistry(cellsOf(sheet)) !== null);
  const typedSheet = sheets.find(
    (sheet) => !isOurs(sheet) && readUnitTable(cellsOf(sheet), sheet.name) !== null,
  );
  const registry = registrySheet ? (readUnitRegistry(cellsOf(registrySheet)) ?? []) : [];
  const typedRead = typedSheet ? readUnitTable(cellsOf(typedSheet), typedSheet.name) : null;
  const typed = typedRead?.units ?? [];

  const filesTarget = ownSheetTarget(sheets, FILE_UNITS_MARK, FILE_UNITS_SHEET);
  const earlierName = filesTarget.replaces?.name ?? filesTarget.keptEdited;
  const earlierSheet = sheets.find((sheet) => sheet.name === earlierName);
  const earlier = earlierSheet ? (readUnitTable(cellsOf(earlierSheet), earlierSheet.name)?.units ?? []) : [];

  const stored = findSettings(sheets, today)?.settings;
  const fiscalYear =
    options.fiscalYear ??
    stored?.fiscalYear ??
    commonYear([...typed, ...earlier, ...files]) ??
    defaultFiscalYear(today);
  const base = stored ?? defaultSettings(today);
  const settings: WorkbookSettings = {
    ...base,
    fiscalYear,
    agency: base.agency || (options.parent?.trim() ?? ""),
    ...(options.digits && { digitStyle: options.digits }),
  };

  const rows = unitRows({ typed, earlier, files, registry, fiscalYear });
  const consolidation = consolidate({ units: [...typed, ...rows.fromFiles], registry, fiscalYear });
  const findings = [...(typedRead?.findings ?? []), ...rows.findings, ...consolidation.findings];
  const parent = { name: settings.agency, digits: settings.digitStyle };
  const memo = consolidationParagraphs(consolidation, parent);

  const toPlace: SheetToPlace[] = [];
  if (!registrySheet) {
    toPlace.push({
      plan: unitRegistrySheetPlan(settings, added(UNIT_REGISTRY_SHEET), "ITA_Unit_Registry"),
      replaces: null,
    });
  }
  const typedName = typedSheet?.name ?? added(TYPED_UNITS_SHEET);
  if (!typedSheet)
    toPlace.push({ plan: typedUnitsSheetPlan(settings, typedName, "ITA_Typed_Units"), replaces: null });
  const filesName = filesTarget.replaces ? filesTarget.name : added(filesTarget.name);
  toPlace.push({
    plan: fileUnitsSheetPlan(settings, rows.fromFiles, filesName, "ITA_Unit_Files"),
    replaces: filesTarget.replaces,
  });
  const summaryTarget = ownSheetTarget(sheets, CONSOLIDATION_MARK, CONSOLIDATION_SHEET, taken);
  const summaryName = summaryTarget.replaces ? summaryTarget.name : added(summaryTarget.name);
  toPlace.push({
    plan: consolidationSheetPlan({
      consolidation: { ...consolidation, findings },
      settings,
      madeOn: today,
      memo,
      unread,
      typedSheet: typedName,
      filesSheet: filesName,
      name: summaryName,
    }),
    replaces: summaryTarget.replaces,
  });

  return {
    settings,
    consolidation,
    findings,
    memo,
    officialMemo: consolidationOfficialMemo(consolidation, parent, today),
    added: rows.added,
    sheets: toPlace,
    keptEdited: [filesTarget.keptEdited, summaryTarget.keptEdited].filter(
      (name): name is string => name !== null,
    ),
  };
}
