// The questions for real Excel are only as good as the table that says where each stands: every question
// in it once, and no number given to two questions.
import { readFileSync } from "fs";
import path from "path";

const checklist = readFileSync(path.join(__dirname, "..", "..", "docs", "real-excel-checklist.md"), "utf8");

describe("docs/real-excel-checklist.md", () => {
  const questions = [...checklist.matchAll(/^(\d+)\. \*\*/gm)].map(([, number]) => Number(number));
  const statuses = [...checklist.matchAll(/^\| \*\*[^|]*\| ([\d, ]+) \|$/gm)].flatMap(([, items]) =>
    (items ?? "").split(",").map((item) => Number(item.trim())),
  );

  it("numbers each question once", () => {
    expect(questions.length).toBeGreaterThan(80);
    expect(questions.filter((number, index) => questions.indexOf(number) !== index)).toEqual([]);
  });

  it("gives every question one place in the table of where it stands, and the table no other", () => {
    expect([...questions].sort((a, b) => a - b)).toEqual([...statuses].sort((a, b) => a - b));
  });
});
