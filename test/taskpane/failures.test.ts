import { failureMessage } from "../../src/taskpane/failures";
import { EN } from "../../src/taskpane/i18n/en";
import { TH } from "../../src/taskpane/i18n/th";

const EDITING =
  "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.";

function line(error: unknown): string {
  return failureMessage(() => "", error)(EN).lines[0] as string;
}

describe("a batch refused while a cell is being edited", () => {
  test.each([
    ["Windows and the web", { code: "InvalidOperationInCellEditMode", message: EDITING }],
    ["the how-to page's code", { code: "InvalidOperation", message: EDITING }],
    [
      "the code in the debug info",
      { code: "InvalidOperation", debugInfo: { code: "InvalidOperationInCellEditMode" } },
    ],
    [
      "the words in the debug info",
      { code: "InvalidOperation", message: "", debugInfo: { message: EDITING } },
    ],
  ])("%s: the pane says to finish the edit", (_, error) => {
    expect(line(error)).toBe(EN.failures.cellEditing);
    expect(failureMessage(() => "", error)(TH).lines).toEqual([TH.failures.cellEditing]);
  });

  test.each([
    [
      "another refusal",
      { code: "InvalidOperation", message: "The operation is invalid for the object's current state." },
    ],
    ["no words at all", { code: "InvalidOperation" }],
    ["Office's words in another language", { code: "InvalidOperation", message: "การดำเนินการไม่ถูกต้อง" }],
  ])("any other InvalidOperation, %s, is not blamed on editing", (_, error) => {
    expect(line(error)).toBe(EN.failures.general);
  });
});
