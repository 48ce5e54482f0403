// Where the task pane reaches Excel: Excel.run and Office's own requirement-set check, around the use
// cases, which take the context and the check as parameters so that tests run them on the fake host.
import { todayInThailand } from "../domain/thaiCalendar";
import { insertItaSheets, type InsertOptions, type InsertResult } from "./insertItaSheets";

function isSetSupported(name: string, version: string): boolean {
  return Office.context.requirements.isSetSupported(name, version);
}

export function insertItaSheetsInExcel(options: InsertOptions): Promise<InsertResult> {
  return Excel.run((context) =>
    insertItaSheets(context, isSetSupported, todayInThailand(new Date()), options),
  );
}
