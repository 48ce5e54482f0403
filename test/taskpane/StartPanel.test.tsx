/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import type { InsertOptions, InsertResult } from "../../src/excel/insertItaSheets";
import { StartPanel } from "../../src/taskpane/StartPanel";

// React's act() wants to know it runs in a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const done: InsertResult = {
  created: ["คะแนน ITA", "ติดตาม IIT", "ติดตาม EIT", "ติดตาม OIT"],
  repaired: [],
  renamed: [],
  missingFeatures: [],
  fiscalYear: 2565,
};

let container: HTMLDivElement;
let root: Root;

beforeEach(() => {
  container = document.createElement("div");
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

function render(insertSheets: (options: InsertOptions) => Promise<InsertResult>) {
  act(() =>
    root.render(
      <FluentProvider theme={webLightTheme}>
        <StartPanel insertSheets={insertSheets} today={{ year: 2025, month: 11, day: 21 }} />
      </FluentProvider>,
    ),
  );
}

const button = () =>
  [...container.querySelectorAll("button")].find((candidate) => candidate.textContent === "แทรกแบบฟอร์ม ITA")!;

/** Sets a controlled input's value the way a browser does, so React sees the change. */
function type(element: HTMLInputElement | HTMLSelectElement, value: string, event: "input" | "change") {
  const prototype =
    element instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLSelectElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, "value")?.set?.call(element, value);
  act(() => element.dispatchEvent(new Event(event, { bubbles: true })));
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((ok, fail) => ((resolve = ok), (reject = fail)));
  return { promise, resolve, reject };
}

describe("the Start panel", () => {
  test("sends the agency and the chosen year, spins while it runs, and cannot start twice", async () => {
    const pending = deferred<InsertResult>();
    const insertSheets = jest.fn(() => pending.promise);
    render(insertSheets);
    type(container.querySelector("input")!, "  อบต.มะเฟือง ", "input");
    type(container.querySelector("select")!, "2565", "change");
    expect(container.textContent).toContain("เกณฑ์ปี ๒๕๖๕: ผลเป็นระดับตัวอักษร AA ถึง F");

    act(() => button().click());
    act(() => button().click());

    expect(insertSheets).toHaveBeenCalledTimes(1);
    expect(insertSheets).toHaveBeenCalledWith({ agency: "อบต.มะเฟือง", fiscalYear: 2565 });
    expect(button().disabled).toBe(true);
    expect(container.textContent).toContain("กำลังแทรกแบบฟอร์ม");

    await act(async () => pending.resolve(done));

    expect(button().disabled).toBe(false);
    expect(container.textContent).not.toContain("กำลังแทรกแบบฟอร์ม");
    expect(container.textContent).toContain("แทรกแบบฟอร์ม ITA แล้ว");
    expect(container.textContent).toContain("สร้างแผ่นงาน “คะแนน ITA”, “ติดตาม IIT”, “ติดตาม EIT”, “ติดตาม OIT”");
  });

  test("an empty agency is not sent, and the year defaults to today's", async () => {
    const insertSheets = jest.fn(async () => ({ ...done, fiscalYear: 2569 }));
    render(insertSheets);
    await act(async () => button().click());
    expect(insertSheets).toHaveBeenCalledWith({ fiscalYear: 2569 });
  });

  test.each([
    [{ code: "AccessDenied", message: "You cannot perform the requested operation." }, "แผ่นงานถูกป้องกันอยู่"],
    [{ code: "InvalidOperationInCellEditMode", message: "Cell edit mode" }, "กำลังแก้ไขเซลล์อยู่"],
    [new Error("Unexpected token < in JSON"), "Excel ทำรายการไม่สำเร็จ"],
  ])("a failure is told in Thai, never as raw text: %p", async (error, words) => {
    render(() => Promise.reject(error));
    await act(async () => button().click());
    expect(container.textContent).toContain("แทรกแบบฟอร์มไม่สำเร็จ");
    expect(container.textContent).toContain(words);
    expect(container.textContent).not.toContain((error as { message: string }).message);
    expect(button().disabled).toBe(false);
  });
});
