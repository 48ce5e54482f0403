import fc from "fast-check";
import {
  formatDigits,
  formatScore,
  parseThaiNumber,
  toArabicDigits,
  toThaiDigits,
} from "../../src/domain/thaiDigits";

describe("Thai and Arabic digits", () => {
  it.each([
    ["๐๑๒๓๔๕๖๗๘๙", "0123456789"],
    ["๙๔.๗๐", "94.70"],
    ["ปีงบประมาณ พ.ศ. ๒๕๖๘", "ปีงบประมาณ พ.ศ. 2568"],
    ["๙4.7๐", "94.70"],
    ["no digits", "no digits"],
    ["", ""],
  ])("toArabicDigits(%p) is %p", (text, expected) => {
    expect(toArabicDigits(text)).toBe(expected);
  });

  it.each([
    ["0123456789", "๐๑๒๓๔๕๖๗๘๙"],
    ["คะแนน 86.73", "คะแนน ๘๖.๗๓"],
    ["๑2", "๑๒"],
    ["", ""],
  ])("toThaiDigits(%p) is %p", (text, expected) => {
    expect(toThaiDigits(text)).toBe(expected);
  });

  it.each([
    ["ร้อยละ 94.70", "thai", "ร้อยละ ๙๔.๗๐"],
    ["ร้อยละ ๙๔.๗๐", "arabic", "ร้อยละ 94.70"],
    ["ร้อยละ ๙๔.70", "thai", "ร้อยละ ๙๔.๗๐"],
  ] as const)("formatDigits(%p, %p) is %p", (text, style, expected) => {
    expect(formatDigits(text, style)).toBe(expected);
  });

  it("round-trip any text through Thai digits (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        expect(toArabicDigits(toThaiDigits(text))).toBe(toArabicDigits(text));
        expect(toThaiDigits(toArabicDigits(text))).toBe(toThaiDigits(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("leave no digit of the other script behind (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."0123456789๐๑๒๓๔๕๖๗๘๙ .ก") }), (text) => {
        expect(toArabicDigits(text)).not.toMatch(/[๐-๙]/);
        expect(toThaiDigits(text)).not.toMatch(/[0-9]/);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("parseThaiNumber", () => {
  it.each([
    ["86.73", 86.73],
    ["๘๖.๗๓", 86.73],
    ["๙4.7๐", 94.7],
    ["  ๙๔.๗๐  ", 94.7],
    ["\u00a085\u00a0", 85],
    ["1,234.5", 1234.5],
    ["๑,๒๓๔.๕", 1234.5],
    ["1,234,567", 1234567],
    ["85%", 85],
    ["๘๕.๕ %", 85.5],
    ["+5", 5],
    ["-12.5", -12.5],
    ["-0", 0],
    ["0", 0],
    [".5", 0.5],
    ["007", 7],
    [86.73, 86.73],
    [0, 0],
    [-3, -3],
  ])("read %p as %p", (value, expected) => {
    expect(parseThaiNumber(value)).toBe(expected);
  });

  it.each([
    [""],
    ["   "],
    ["abc"],
    ["คะแนน"],
    ["1.2.3"],
    ["12,34"],
    ["1,2345"],
    [",123"],
    ["1e3"],
    ["5."],
    ["+"],
    ["-"],
    ["%"],
    ["85%%"],
    ["8 5"],
    ["--5"],
    ["Infinity"],
    ["NaN"],
    ["0x10"],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    [Number.NEGATIVE_INFINITY],
    [null],
    [undefined],
    [true],
    [{}],
    [[85]],
    [BigInt(5)],
  ])("refuse %p", (value) => {
    expect(parseThaiNumber(value)).toBeNull();
  });

  it("never throw, and return only finite numbers or null (property)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string(), fc.string({ unit: "grapheme" })), (value) => {
        const parsed = parseThaiNumber(value);
        expect(parsed === null || Number.isFinite(parsed)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("read back integers written in Thai digits with thousands separators (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (value) => {
        const written = toThaiDigits(value.toLocaleString("en-US"));
        expect(parseThaiNumber(written)).toBe(value);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("formatScore", () => {
  it.each([
    [86.73, "thai", "๘๖.๗๓"],
    [86.73, "arabic", "86.73"],
    [86.725, "arabic", "86.73"],
    [86.724, "arabic", "86.72"],
    [1.005, "arabic", "1.01"],
    [1.015, "arabic", "1.02"],
    [2.675, "arabic", "2.68"],
    [0.125, "arabic", "0.13"],
    [94.7, "thai", "๙๔.๗๐"],
    [100, "thai", "๑๐๐.๐๐"],
    [0, "arabic", "0.00"],
    [31.25, "thai", "๓๑.๒๕"],
    [-1.005, "arabic", "-1.01"],
    [-0.001, "arabic", "0.00"],
    [75.404, "arabic", "75.40"],
    [99.995, "arabic", "100.00"],
  ] as const)("write %p in %p digits as %p", (value, style, expected) => {
    expect(formatScore(value, style)).toBe(expected);
  });

  it.each([[Number.NaN], [Number.POSITIVE_INFINITY], [Number.NEGATIVE_INFINITY]])("refuse %p", (value) => {
    expect(() => formatScore(value, "arabic")).toThrow(RangeError);
  });

  /** "12.34" from a count of hundredths, by integer arithmetic only. */
  const hundredthsText = (hundredths: number) =>
    `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, "0")}`;

  it("write any two-decimal score as it reads (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), (hundredths) => {
        expect(formatScore(hundredths / 100, "arabic")).toBe(hundredthsText(hundredths));
      }),
      { numRuns: 2000 },
    );
  });

  it("round every written half-hundredth away from zero (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.boolean(), (hundredths, negative) => {
        const value = (hundredths * 10 + 5) / 1000;
        const expected = hundredthsText(hundredths + 1);
        expect(formatScore(negative ? -value : value, "arabic")).toBe(negative ? `-${expected}` : expected);
      }),
      { numRuns: 2000 },
    );
  });
});
