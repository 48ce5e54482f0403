// The support tool's run: every question of hostQuestions.ts put to the open workbook, each in a new
// sheet of its own that is deleted after it, so that no question meets another's leftovers. It runs only
// in a new, empty workbook: the questions protect, merge and write, and nothing of a user's may be near.
import { errorAnswer, HOST_QUESTIONS, type HostQuestion } from "./hostQuestions";

export interface HostAnswer {
  readonly number: number;
  readonly question: string;
  readonly expected: string;
  readonly observed: string;
}

/** Office's own description of where the pane runs: Office.context.diagnostics. */
export interface HostDescription {
  readonly host: string;
  readonly platform: string;
  readonly version: string;
}

/** What the support tool shows: each question's answer, and which Excel gave them. */
export interface HostProbe {
  readonly answers: readonly HostAnswer[];
  readonly host: HostDescription;
}

/** The workbook holds a sheet other than one empty sheet: the tool asks for a new workbook. */
export class NotANewWorkbookError extends Error {
  readonly code = "NotANewWorkbook";

  constructor() {
    super("The host questions run only in a new workbook of one empty sheet.");
    this.name = "NotANewWorkbookError";
  }
}

async function requireNewWorkbook(context: Excel.RequestContext): Promise<void> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const [only] = sheets.items;
  if (sheets.items.length !== 1 || !only) throw new NotANewWorkbookError();
  const used = only.getUsedRange().load("values");
  await context.sync();
  if (used.values.some((row) => row.some((value) => value !== ""))) throw new NotANewWorkbookError();
}

async function answerOf(context: Excel.RequestContext, question: HostQuestion): Promise<string> {
  const name = `ITA probe ${question.number}`;
  const sheet = context.workbook.worksheets.add(name);
  try {
    return await question.ask(context, sheet);
  } catch (error) {
    // A refusal nobody foresaw is an answer too: its code goes into the report.
    return errorAnswer(error);
  } finally {
    context.workbook.worksheets.getItem(name).delete();
    await context.sync();
  }
}

/** Each question's answer in the live host, in the checklist's order. */
export async function askHost(
  context: Excel.RequestContext,
  questions: readonly HostQuestion[] = HOST_QUESTIONS,
): Promise<HostAnswer[]> {
  await requireNewWorkbook(context);
  const answers: HostAnswer[] = [];
  for (const question of questions) {
    // One question at a time, each synced on its own: a question that fails must not take others with it.
    const { number, expected } = question;
    answers.push({
      number,
      question: question.question,
      expected,
      observed: await answerOf(context, question),
    });
  }
  return answers;
}
