// The questions of docs/real-excel-checklist.md that no documentation settles, put to the live host: each
// does in a sheet of its own what its checklist item describes and says what Excel did, in a line of
// text. `expected` is what the fake Excel host does (test/excel/askHost.test.ts runs every
// question on the fake and holds it to that), so a report shows where the two part.
import { codeOf } from "./hostErrors";

export interface HostQuestion {
  /** The item's number in docs/real-excel-checklist.md. */
  readonly number: number;
  readonly question: string;
  readonly expected: string;
  /** Asks on `sheet`, a new empty sheet of this question's own; resolves to what Excel did. */
  readonly ask: (context: Excel.RequestContext, sheet: Excel.Worksheet) => Promise<string>;
}

/** How a question's failure reads in the report: "error" and Excel's code, or the error itself. */
export function errorAnswer(error: unknown): string {
  const code = codeOf(error);
  return `error ${typeof code === "string" ? code : String(error)}`;
}

/** The error code a failed sync gave, or "no error". */
async function outcome(context: Excel.RequestContext): Promise<string> {
  try {
    await context.sync();
    return "no error";
  } catch (error) {
    // The refusal is the answer sought: its code goes into the report.
    return errorAnswer(error);
  }
}

/** How Excel answers `act` on `sheet` protected; the sheet is unprotected again after, for its delete. */
async function onProtectedSheet(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  act: () => void,
): Promise<string> {
  sheet.protection.protect();
  await context.sync();
  act();
  const answer = await outcome(context);
  sheet.protection.unprotect();
  await context.sync();
  return answer;
}

/** `values` and `formulas` of `range`, read in one sync, as one line. */
async function valuesAndFormulas(context: Excel.RequestContext, range: Excel.Range): Promise<string> {
  range.load("values, formulas");
  await context.sync();
  return `values ${JSON.stringify(range.values)}, formulas ${JSON.stringify(range.formulas)}`;
}

export const HOST_QUESTIONS: readonly HostQuestion[] = [
  {
    number: 3,
    question: "Writing a cell of a protected sheet: which error code?",
    expected: "error AccessDenied",
    ask: (context, sheet) => onProtectedSheet(context, sheet, () => (sheet.getRange("A1").values = [["x"]])),
  },
  {
    number: 4,
    question: "protect() on a sheet already protected: which error code?",
    expected: "error InvalidOperation",
    ask: (context, sheet) => onProtectedSheet(context, sheet, () => sheet.protection.protect()),
  },
  {
    number: 6,
    question: 'load("valuse"), a property that does not exist: which error, when?',
    expected: "error InvalidArgument",
    ask: async (context, sheet) => {
      sheet.getRange("A1").load("valuse");
      return await outcome(context);
    },
  },
  {
    number: 13,
    question: "A COUNTIF formula written and its value loaded in the same sync: what value?",
    expected: 'values [["=COUNTIF(B1:B3,\\"x\\")"]], formulas [["=COUNTIF(B1:B3,\\"x\\")"]]',
    ask: async (context, sheet) => {
      sheet.getRange("B1:B3").values = [["x"], ["y"], ["x"]];
      const range = sheet.getRange("A1");
      range.formulas = [['=COUNTIF(B1:B3,"x")']];
      return await valuesAndFormulas(context, range);
    },
  },
  {
    number: 18,
    question:
      'Strings "- ทำแผนแล้ว", "+66 81 234 5678" and "@home" written to values: what do the cells hold?',
    expected:
      'values [["=- ทำแผนแล้ว","=+66 81 234 5678","@home"]], formulas [["=- ทำแผนแล้ว","=+66 81 234 5678","@home"]]',
    ask: async (context, sheet) => {
      const range = sheet.getRange("A1:C1");
      range.values = [["- ทำแผนแล้ว", "+66 81 234 5678", "@home"]];
      const answer = await outcome(context);
      return answer === "no error" ? await valuesAndFormulas(context, range) : answer;
    },
  },
  {
    number: 19,
    question:
      'Strings "0812345678", "1.10", "true", "2568-10-01", "1/2567", "10:30 AM": numbers, dates or text? ("1-2", a day of this year, is asked by hand)',
    expected:
      "values [[812345678,1.1,true,244258,243619,0.4375]], formulas [[812345678,1.1,true,244258,243619,0.4375]]",
    ask: async (context, sheet) => {
      const range = sheet.getRange("A1:F1");
      range.values = [["0812345678", "1.10", "true", "2568-10-01", "1/2567", "10:30 AM"]];
      return await valuesAndFormulas(context, range);
    },
  },
  {
    number: 49,
    question: "The same strings with an apostrophe before each: does every cell hold exactly the text?",
    expected:
      'values [["0812345678","1.10","true","2568-10-01","1-2","10:30 AM"]], formulas [["0812345678","1.10","true","2568-10-01","1-2","10:30 AM"]]',
    ask: async (context, sheet) => {
      const range = sheet.getRange("A1:F1");
      range.values = [["'0812345678", "'1.10", "'true", "'2568-10-01", "'1-2", "'10:30 AM"]];
      return await valuesAndFormulas(context, range);
    },
  },
  {
    number: 20,
    question: 'After values = "\'=x": what do values and formulas read?',
    expected: 'values [["=x"]], formulas [["=x"]]',
    ask: async (context, sheet) => {
      const range = sheet.getRange("A1");
      range.values = [["'=x"]];
      return await valuesAndFormulas(context, range);
    },
  },
  {
    number: 22,
    question: 'getRange("A:C"): which address and row count?',
    expected: "address A1:C1000, 1000 rows",
    ask: async (context, sheet) => {
      const range = sheet.getRange("A:C").load("address, rowCount");
      await context.sync();
      return `address ${range.address.replace(/^.*!/, "")}, ${range.rowCount} rows`;
    },
  },
  {
    number: 26,
    question: 'Merging A1:C1 holding "a", "b", "c": what is left in B1 and C1?',
    expected: 'values [["a","",""]], formulas [["a","",""]]',
    ask: async (context, sheet) => {
      const range = sheet.getRange("A1:C1");
      range.values = [["a", "b", "c"]];
      range.merge();
      const answer = await outcome(context);
      return answer === "no error" ? await valuesAndFormulas(context, range) : answer;
    },
  },
  {
    number: 27,
    question: 'Writing "x" into B1 inside the merged A1:C1: ignored, refused, or kept out of sight?',
    expected: 'no error; values [["a","",""]], formulas [["a","",""]]',
    ask: async (context, sheet) => {
      const range = sheet.getRange("A1:C1");
      range.values = [["a", "", ""]];
      range.merge();
      await context.sync();
      sheet.getRange("B1").values = [["x"]];
      const answer = await outcome(context);
      return `${answer}; ${await valuesAndFormulas(context, range)}`;
    },
  },
  {
    number: 33,
    question: "A sync whose second write fails: does the first write stay done?",
    expected: 'error ItemNotFound; values [["first"]], formulas [["first"]]',
    ask: async (context, sheet) => {
      sheet.getRange("A1").values = [["first"]];
      context.workbook.worksheets.getItem("ITA probe: no such sheet").getRange("A1").values = [["second"]];
      const answer = await outcome(context);
      return `${answer}; ${await valuesAndFormulas(context, sheet.getRange("A1"))}`;
    },
  },
  {
    number: 47,
    question:
      "On a null sheet: getRange().load, protection.load, conditionalFormats.getCount and dataValidation.load in one sync",
    expected: "no error",
    ask: async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("ITA probe: no such sheet");
      const range = missing.getRange("A1:B2");
      range.load("values");
      missing.protection.load("protected");
      range.conditionalFormats.getCount();
      range.dataValidation.load("type");
      return await outcome(context);
    },
  },
  {
    number: 43,
    question: 'A table over A1:D1 holding "สถานะ", "", "สถานะ", "2568": its columns and address',
    expected: 'columns ["สถานะ","Column2","สถานะ2","2568"], address A1:D2',
    ask: async (context, sheet) => {
      sheet.getRange("A1:D1").values = [["สถานะ", "", "สถานะ", "2568"]];
      const table = sheet.tables.add(sheet.getRange("A1:D1"), true);
      const columns = table.columns.load("items/name");
      const range = table.getRange().load("address");
      await context.sync();
      const names = columns.items.map((column) => column.name);
      return `columns ${JSON.stringify(names)}, address ${range.address.replace(/^.*!/, "")}`;
    },
  },
  {
    number: 56,
    question: 'A border set with style "Continuous" and colour #000000: which weight?',
    expected: "Thin",
    ask: async (context, sheet) => {
      const edge = sheet.getRange("B2").format.borders.getItem("EdgeBottom");
      edge.style = "Continuous";
      edge.color = "#000000";
      edge.load("weight");
      await context.sync();
      return edge.weight;
    },
  },
  {
    number: 63,
    question:
      'numberFormat "0.00" and the number 94.7 written in one sync to a cell formatted "@": number or text?',
    expected: "number 94.7",
    ask: async (context, sheet) => {
      const cell = sheet.getRange("A1");
      cell.numberFormat = [["@"]];
      await context.sync();
      cell.numberFormat = [["0.00"]];
      cell.values = [[94.7]];
      cell.load("values");
      await context.sync();
      const value = cell.values[0]?.[0];
      return `${typeof value} ${String(value)}`;
    },
  },
];
