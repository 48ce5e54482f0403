import fc from "fast-check";
import { CANONICAL_MARK, EMPTY_SIGNS, MARKED_SIGNS, parseStatusMark } from "../../src/domain/statusMark";

const MARKED = { kind: "marked" };
const EMPTY = { kind: "empty" };

describe("parseStatusMark", () => {
  it("write ✓ as its own mark, one the parser reads as marked", () => {
    expect(CANONICAL_MARK).toBe("✓");
    expect(parseStatusMark(CANONICAL_MARK)).toEqual(MARKED);
  });

  it("include every sign the seeds and ITA.md name, each read as its own kind", () => {
    for (const sign of ["✓", "√", "✔", "☑", "⊗", "X", "x", "/", "1", "●"]) {
      expect(MARKED_SIGNS as readonly string[]).toContain(sign);
    }
    for (const sign of ["○", "◯", "☐", "-"]) expect(EMPTY_SIGNS as readonly string[]).toContain(sign);
    for (const sign of MARKED_SIGNS) expect(parseStatusMark(sign)).toEqual(MARKED);
    for (const sign of EMPTY_SIGNS) expect(parseStatusMark(sign)).toEqual({ kind: "empty" });
    expect(MARKED_SIGNS.filter((sign) => (EMPTY_SIGNS as readonly string[]).includes(sign))).toEqual([]);
  });

  it.each([
    ["✓"],
    ["✔"],
    ["√"],
    ["☑"],
    ["☒"],
    ["⊗"],
    ["⊠"],
    ["⊕"],
    ["X"],
    ["x"],
    ["×"],
    ["✗"],
    ["✘"],
    ["/"],
    ["1"],
    ["๑"],
    ["●"],
    ["◉"],
    ["⦿"],
    ["■"],
    ["*"],
    [" ⊗ "],
    ["\t√\n"],
    ["\u00a0✓\u00a0"],
    ["✓✓"],
    ["✓ ✓"],
    ["⊗⊗⊗"],
    ["✔\uFE0F"],
    ["\u200B✓"],
    [true],
    [1],
  ])("read %p as marked", (value) => {
    expect(parseStatusMark(value)).toEqual(MARKED);
  });

  it.each([
    [null],
    [undefined],
    [""],
    ["   "],
    ["\n\t"],
    ["○"],
    ["◯"],
    ["⭘"],
    ["☐"],
    ["□"],
    ["-"],
    ["–"],
    ["—"],
    ["0"],
    ["๐"],
    [" ○ "],
    ["○○"],
    ["--"],
    [false],
    [0],
    [-0],
  ])("read %p as empty", (value) => {
    expect(parseStatusMark(value)).toEqual(EMPTY);
  });

  it.each([
    ["ดำเนินการแล้ว", "ดำเนินการแล้ว"],
    [" ok ", "ok"],
    ["✓○", "✓○"],
    ["✓x", "✓x"],
    ["10", "10"],
    ["-1", "-1"],
    ["y", "y"],
    ["<p>⊗</p>", "<p>⊗</p>"],
    ["✓ เสร็จ", "✓ เสร็จ"],
    ["2", "2"],
    [2, "2"],
    [0.5, "0.5"],
    [Number.NaN, "NaN"],
    [{}, ""],
    [["✓"], ""],
  ])("read %p as unknown, quoted as %p", (value, text) => {
    expect(parseStatusMark(value)).toEqual({ kind: "unknown", text });
  });

  const whiteSpace = fc.string({ unit: fc.constantFrom(" ", "\t", "\n", "\u00a0", "\u3000"), maxLength: 4 });

  it("read every marked sign, padded and repeated, as marked (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MARKED_SIGNS),
        fc.integer({ min: 1, max: 3 }),
        whiteSpace,
        whiteSpace,
        (sign, times, before, after) => {
          expect(parseStatusMark(before + sign.repeat(times) + after)).toEqual(MARKED);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("read every empty sign, padded and repeated, as empty (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...EMPTY_SIGNS),
        fc.integer({ min: 1, max: 3 }),
        whiteSpace,
        whiteSpace,
        (sign, times, before, after) => {
          expect(parseStatusMark(before + sign.repeat(times) + after)).toEqual(EMPTY);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("never throw, and quote unknown text trimmed (property)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string(), fc.string({ unit: "grapheme" })), (value) => {
        const mark = parseStatusMark(value);
        expect(["marked", "empty", "unknown"]).toContain(mark.kind);
        if (mark.kind === "unknown" && typeof value === "string") expect(mark.text).toBe(value.trim());
      }),
      { numRuns: 3000 },
    );
  });
});
