import { askHost, NotANewWorkbookError } from "../../src/excel/askHost";
import { HOST_QUESTIONS, type HostQuestion } from "../../src/excel/hostQuestions";
import { createFakeExcel } from "../support/fakeExcel";

function newWorkbook() {
  return createFakeExcel({ sheets: { Sheet1: [] } });
}

describe("askHost on the fake Excel host", () => {
  it("gets from the fake, question by question, the answer the report gives as the fake's", async () => {
    const answers = await askHost(newWorkbook().context);
    expect(answers.map((answer) => answer.number)).toEqual(HOST_QUESTIONS.map((question) => question.number));
    for (const answer of answers) {
      expect({ [answer.number]: answer.observed }).toEqual({ [answer.number]: answer.expected });
    }
  });

  it("leaves the new workbook as it found it: every sheet it added is gone", async () => {
    const fake = newWorkbook();
    await askHost(fake.context);
    expect(fake.sheetNames()).toEqual(["Sheet1"]);
    expect(fake.sheet("Sheet1").values("A1:C3")).toEqual([
      ["", "", ""],
      ["", "", ""],
      ["", "", ""],
    ]);
  });

  it("reports a question that fails in a way nobody foresaw, and goes on with the next", async () => {
    const questions: HostQuestion[] = [
      {
        number: 1,
        question: "A missing sheet",
        expected: "",
        ask: async (context) => {
          context.workbook.worksheets.getItem("Nope").load("name");
          await context.sync();
          return "found";
        },
      },
      { number: 2, question: "Nothing", expected: "fine", ask: async () => "fine" },
    ];
    const answers = await askHost(newWorkbook().context, questions);
    expect(answers.map((answer) => answer.observed)).toEqual(["error ItemNotFound", "fine"]);
  });

  it.each([
    ["a second sheet", { Sheet1: [], Plan: [] }],
    ["a value typed", { Sheet1: [["", "งบประมาณ"]] }],
  ])("refuses a workbook with %s, and changes nothing", async (_, sheets) => {
    const fake = createFakeExcel({ sheets });
    await expect(askHost(fake.context)).rejects.toBeInstanceOf(NotANewWorkbookError);
    expect(fake.sheetNames()).toEqual(Object.keys(sheets));
  });
});
