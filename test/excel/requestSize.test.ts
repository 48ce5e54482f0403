import {
  estimateBytes,
  REQUEST_BUDGET_BYTES,
  splitIntoRequests,
  WEB_REQUEST_LIMIT_BYTES,
} from "../../src/excel/requestSize";

describe("estimating a request", () => {
  test("each operation costs its envelope, and the payload its UTF-8 bytes (Thai letters are three)", () => {
    expect(estimateBytes(1, "ab")).toBe(200 + 4);
    expect(estimateBytes(2, "กข")).toBe(400 + 2 + 6);
    expect(estimateBytes(3, undefined)).toBe(600);
  });

  test("the budget leaves room under Excel on the web's 5 MB", () => {
    expect(REQUEST_BUDGET_BYTES).toBeLessThan(WEB_REQUEST_LIMIT_BYTES);
  });
});

describe("cutting steps into requests", () => {
  const size = (bytes: number) => bytes;

  test("everything fits: one request, in order", () => {
    expect(splitIntoRequests([1, 2, 3], size, 10)).toEqual([[1, 2, 3]]);
  });

  test("a step that would pass the budget starts the next request", () => {
    expect(splitIntoRequests([4, 4, 4, 4, 1], size, 10)).toEqual([
      [4, 4],
      [4, 4, 1],
    ]);
  });

  test("a step larger than the budget goes alone, never dropped", () => {
    expect(splitIntoRequests([3, 25, 3], size, 10)).toEqual([[3], [25], [3]]);
  });

  test("no steps, no requests", () => {
    expect(splitIntoRequests([], size, 10)).toEqual([]);
  });

  test("a 6 MB insert becomes two requests under the real budget", () => {
    const steps = Array.from({ length: 6 }, () => 1024 * 1024);
    expect(splitIntoRequests(steps, size).map((request) => request.length)).toEqual([4, 2]);
  });
});
