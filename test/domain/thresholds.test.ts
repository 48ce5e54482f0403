import { bandLimit, bandOf, BANDS } from "../../src/domain/bands";
import { readIndicatorScore } from "../../src/domain/indicatorScore";
import { roundHalfAwayFromZero } from "../../src/domain/rounding";
import { DEFAULT_THRESHOLDS, parseThresholds, validateThresholds } from "../../src/domain/thresholds";
import fc from "fast-check";

describe("thresholds", () => {
  it("default to 85, 90, 95", () => {
    expect(DEFAULT_THRESHOLDS).toEqual({ pass: 85, strength: 90, excellence: 95 });
  });

  it.each([
    ["85,90,95", { pass: 85, strength: 90, excellence: 95 }],
    ["๘๕,๙๐,๙๕", { pass: 85, strength: 90, excellence: 95 }],
    [" 80 , 87.5 , 92 ", { pass: 80, strength: 87.5, excellence: 92 }],
    ["0,50,100", { pass: 0, strength: 50, excellence: 100 }],
  ])("read %p", (text, thresholds) => {
    expect(parseThresholds(text)).toEqual({ ok: true, thresholds });
  });

  it.each([
    ["85,90", "count"],
    ["85,90,95,99", "count"],
    ["85,ninety,95", "notNumber"],
    ["85,,95", "notNumber"],
    ["85,90,101", "outOfRange"],
    ["-1,90,95", "outOfRange"],
    ["90,85,95", "notAscending"],
    ["85,85,95", "notAscending"],
  ])("refuse %p as %p", (text, problem) => {
    expect(parseThresholds(text)).toEqual({ ok: false, problem });
  });

  it("refuse values that are not finite", () => {
    expect(validateThresholds([85, Number.NaN, 95])).toEqual({ ok: false, problem: "notNumber" });
  });
});

describe("bands", () => {
  it.each([
    [0, "below85"],
    [84.99, "below85"],
    [85, "below90"],
    [89.99, "below90"],
    [90, "below95"],
    [94.99, "below95"],
    [95, "top"],
    [100, "top"],
  ])("%p is %p at the default thresholds", (score, band) => {
    expect(bandOf(score, DEFAULT_THRESHOLDS)).toBe(band);
  });

  it("name the threshold each band lies under", () => {
    const thresholds = { pass: 80, strength: 88, excellence: 93 };
    expect(BANDS.map((band) => bandLimit(band, thresholds))).toEqual([80, 88, 93, 93]);
  });

  it("never put a score in a band above its threshold (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (score) => {
        const band = bandOf(score, DEFAULT_THRESHOLDS);
        if (band === "top") expect(score).toBeGreaterThanOrEqual(95);
        else expect(score).toBeLessThan(bandLimit(band, DEFAULT_THRESHOLDS));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("roundHalfAwayFromZero", () => {
  it.each([
    [86.7262, 86.73],
    [86.725, 86.73],
    [60.725, 60.73],
    [1.005, 1.01],
    [84.994, 84.99],
    [84.995, 85],
    [-1.005, -1.01],
    [-0.001, 0],
    [100, 100],
  ])("%p → %p", (value, rounded) => {
    expect(roundHalfAwayFromZero(value)).toBe(rounded);
  });
});

describe("readIndicatorScore", () => {
  it.each([
    ["๙๔.๗๐", 94.7],
    ["94.70", 94.7],
    [94.7, 94.7],
    [" 0 ", 0],
    ["100", 100],
  ])("reads %p as %p", (value, score) => {
    expect(readIndicatorScore(value)).toEqual({ ok: true, score });
  });

  it.each([
    ["", "empty"],
    [null, "empty"],
    ["   ", "empty"],
    ["เก้าสิบ", "notNumber"],
    ["100.01", "outOfRange"],
    [-1, "outOfRange"],
  ])("refuses %p as %p", (value, problem) => {
    expect(readIndicatorScore(value)).toEqual({ ok: false, problem });
  });
});
