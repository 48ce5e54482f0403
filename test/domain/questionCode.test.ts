import fc from "fast-check";
import { formatQuestionCode, parseQuestionCode, type QuestionPrefix } from "../../src/domain/questionCode";
import { toThaiDigits } from "../../src/domain/thaiDigits";

describe("parseQuestionCode", () => {
  it.each([
    ["I12", "I", 12],
    ["i 12", "I", 12],
    ["I๑๒", "I", 12],
    ["1๑๒", "I", 12],
    ["1๒", "I", 2],
    ["1๒๔", "I", 24],
    ["E๓", "E", 3],
    ["e3", "E", 3],
    ["E 15", "E", 15],
    ["O๔๘", "O", 48],
    ["o48", "O", 48],
    ["O1", "O", 1],
    ["๐๔๒", "O", 42],
    ["0๔๒", "O", 42],
    ["ข้อ O48", "O", 48],
    ["ข้อ ๐๔๒", "O", 42],
    ["ข้อO48", "O", 48],
    ["ข้อที่ I5", "I", 5],
    ["E๓ เจ้าหน้าที่ของหน่วยงานที่ท่านติดต่อ มีการปิดบังหรือบิดเบือนข้อมูล", "E", 3],
    ["1๑๒ หน่วยงานของท่าน เปิดโอกาสให้ท่านมีส่วนร่วม", "I", 12],
    ["O๖ กฎหมายที่เกี่ยวข้อง", "O", 6],
    ["O๒ (ไม่มีข้อมูลผู้บริหาร)", "O", 2],
    ["I12: การปฏิบัติงาน", "I", 12],
    ["E๓เจ้าหน้าที่", "E", 3],
    ["  I 7  ", "I", 7],
    ["I007", "I", 7],
    ["O๑๐๕", "O", 105],
  ])("read %p as %p%p", (text, prefix, number) => {
    expect(parseQuestionCode(text)).toEqual({ prefix, number });
  });

  it.each([
    ["112"],
    ["12"],
    ["๑๒"],
    ["X5"],
    [""],
    ["   "],
    ["I"],
    ["IIT"],
    ["EIT 2566"],
    ["I0"],
    ["๐๐"],
    ["I1234"],
    ["1๑๒๓๔"],
    ["I12a"],
    ["I1.5"],
    ["A12"],
    ["Excel"],
    ["ข้อ"],
    ["ข้อ 12"],
    ["การปฏิบัติหน้าที่ I12"],
    [12],
    [null],
    [undefined],
    [{ prefix: "I", number: 12 }],
  ])("refuse %p", (value) => {
    expect(parseQuestionCode(value)).toBeNull();
  });

  const prefix = fc.constantFrom<QuestionPrefix>("I", "E", "O");

  it.each([
    [{ prefix: "I", number: 12 }, "I12"],
    [{ prefix: "E", number: 3 }, "E3"],
    [{ prefix: "O", number: 48 }, "O48"],
  ] as const)("write %p as %p", (code, text) => {
    expect(formatQuestionCode(code)).toBe(text);
  });

  it("read back every code it writes, in any case and digits (property)", () => {
    fc.assert(
      fc.property(
        prefix,
        fc.integer({ min: 1, max: 999 }),
        fc.boolean(),
        fc.boolean(),
        (letter, number, lower, thai) => {
          const written = formatQuestionCode({ prefix: letter, number });
          const typed = thai ? toThaiDigits(written) : written;
          expect(parseQuestionCode(lower ? typed.toLowerCase() : typed)).toEqual({ prefix: letter, number });
          expect(written).toBe(`${letter}${number}`);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("read I and O codes that OCR turned into digits (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), (number) => {
        expect(parseQuestionCode(`1${toThaiDigits(String(number))}`)).toEqual({ prefix: "I", number });
        expect(parseQuestionCode(`๐${toThaiDigits(String(number))}`)).toEqual({ prefix: "O", number });
      }),
      { numRuns: 2000 },
    );
  });

  it("never throw on any value (property)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string(), fc.string({ unit: "grapheme" })), (value) => {
        const code = parseQuestionCode(value);
        if (code !== null) {
          expect(["I", "E", "O"]).toContain(code.prefix);
          expect(Number.isInteger(code.number) && code.number >= 1 && code.number <= 999).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
