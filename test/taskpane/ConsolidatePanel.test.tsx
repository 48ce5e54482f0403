/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import type { ConsolidationOutcome, UnitFilesRead } from "../../src/excel/consolidateWorkbook";
import { planConsolidation } from "../../src/layout/parentWorkbook";
import { ConsolidatePanel } from "../../src/taskpane/ConsolidatePanel";
import type { ChosenFile, ReadUnitFile } from "../../src/taskpane/readUnitFiles";
import type { UnitRead } from "../../src/xlsx/readUnitResult";
import { fileUnit, indicatorScores, measures } from "../support/unitResults";
import { deferred, renderPane, results } from "./renderPane";

const TODAY = { year: 2025, month: 10, day: 20 };

const chosen = (name: string): ChosenFile => ({
  name,
  size: 9_000,
  arrayBuffer: async () => new ArrayBuffer(4),
});

/** Each file a unit named after it; "เสีย.xlsx" is damaged; "หนึ่ง" passes well, "สอง" fails. */
const readUnitFile: ReadUnitFile = async (_bytes, file): Promise<UnitRead> => {
  if (file === "เสีย.xlsx") return { kind: "unread", file, reason: "damaged" };
  const name = `อบต.${file.replace(".xlsx", "")}`;
  const score = file.startsWith("หนึ่ง") ? 96 : 80;
  return {
    kind: "unit",
    unit: fileUnit(name, file, {
      fiscalYear: 2568,
      indicators: indicatorScores(score),
      measures: measures(2, 1, 0),
    }),
  };
};

/** What Excel's side does with what was read: the parent's plan over an empty workbook. */
async function consolidateInEmptyWorkbook(read: UnitFilesRead): Promise<ConsolidationOutcome> {
  const plan = planConsolidation({ sheets: [], files: read.units, unread: read.unread, today: TODAY });
  return {
    plan,
    unread: read.unread,
    sheets: plan.sheets.map(({ plan: sheet }) => sheet.name),
    missingFeatures: [],
  };
}

function choose(files: readonly ChosenFile[]) {
  const input = document.querySelector('input[type="file"][multiple]') as HTMLInputElement;
  fireEvent.change(input, { target: { files } });
}

const consolidateButton = () => screen.getByRole("button", { name: "รวมผล" });
const consolidateResults = () => results("ผลการรวม");

describe("ConsolidatePanel", () => {
  it("reads the files chosen, writes the parent's sheets, and lists what it found and the memo", async () => {
    const consolidate = jest.fn(consolidateInEmptyWorkbook);
    const { user } = renderPane(<ConsolidatePanel readUnitFile={readUnitFile} consolidate={consolidate} />);
    expect(screen.getByText(/ยังไม่ได้เลือกไฟล์/)).toBeInTheDocument();
    choose([chosen("สอง.xlsx"), chosen("หนึ่ง.xlsx"), chosen("เสีย.xlsx")]);
    expect(screen.getByText("เลือกไว้ 3 ไฟล์")).toBeInTheDocument();

    await user.click(consolidateButton());
    expect(
      await within(consolidateResults()).findByText("รวมผลของ 2 หน่วยงานลงแผ่นงาน “สรุปผลหน่วยงาน” แล้ว"),
    ).toBeInTheDocument();
    expect(consolidate).toHaveBeenCalledTimes(1);
    const read = consolidate.mock.calls[0]?.[0] as UnitFilesRead;
    expect(read.units.map(({ name }) => name)).toEqual(["อบต.สอง", "อบต.หนึ่ง"]);
    expect(read.unread).toEqual([{ file: "เสีย.xlsx", reason: "damaged" }]);
    expect(consolidateResults()).toHaveTextContent("อ่านไฟล์ได้ 2 จาก 3 ไฟล์");
    expect(consolidateResults()).toHaveTextContent("จัดอันดับครบทั้ง 2 หน่วยงาน");

    const findings = screen.getByRole("heading", { name: /^ข้อสังเกต \d+ รายการ$/ })
      .parentElement as HTMLElement;
    expect(within(findings).getByText(/^ไฟล์ เสีย\.xlsx:/)).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "ข้อความสำหรับบันทึกข้อความ" })).toHaveTextContent("บันทึกข้อความ");
    expect(screen.getByRole("button", { name: "คัดลอกข้อความ" })).toBeInTheDocument();
  });

  it("gathers the rows typed in the workbook when no file is chosen", async () => {
    const consolidate = jest.fn(consolidateInEmptyWorkbook);
    const { user } = renderPane(<ConsolidatePanel readUnitFile={readUnitFile} consolidate={consolidate} />);
    await user.click(consolidateButton());
    expect(await within(consolidateResults()).findByText(/รวมผลของ 0 หน่วยงาน/)).toBeInTheDocument();
    expect(consolidate).toHaveBeenCalledWith({ units: [], unread: [] });
  });

  it("shows how far the reading has got, and stops it on request without writing anything", async () => {
    const first = deferred<UnitRead>();
    const slowReader: ReadUnitFile = jest.fn(() => first.promise);
    const consolidate = jest.fn(consolidateInEmptyWorkbook);
    const { user } = renderPane(<ConsolidatePanel readUnitFile={slowReader} consolidate={consolidate} />);
    choose([chosen("หนึ่ง.xlsx"), chosen("สอง.xlsx")]);
    await user.click(consolidateButton());
    expect(await screen.findByText("อ่านแล้ว 0 จาก 2 ไฟล์")).toBeInTheDocument();
    expect(screen.getByRole("progressbar")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "หยุดอ่าน" }));
    await act(async () => first.resolve(await readUnitFile(new ArrayBuffer(0), "หนึ่ง.xlsx")));
    expect(await within(consolidateResults()).findByText("ยังไม่ได้เขียนสิ่งใดลงสมุดงาน")).toBeInTheDocument();
    expect(consolidateResults()).toHaveTextContent("หยุดอ่านแล้วหลังอ่าน 1 จาก 2 ไฟล์");
    expect(consolidate).not.toHaveBeenCalled();
    expect(slowReader).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
  });

  it("says when the browser can hold no more files, and what to do instead", async () => {
    const full: ReadUnitFile = async (bytes, file) => {
      if (file === "หนึ่ง.xlsx") throw new RangeError("Array buffer allocation failed");
      return readUnitFile(bytes, file);
    };
    const consolidate = jest.fn(consolidateInEmptyWorkbook);
    const { user } = renderPane(<ConsolidatePanel readUnitFile={full} consolidate={consolidate} />, "en");
    choose([chosen("หนึ่ง.xlsx"), chosen("สอง.xlsx")]);
    await user.click(screen.getByRole("button", { name: "Consolidate" }));
    const said = await within(results("Consolidation result")).findByText(
      "Nothing was written to the workbook",
    );
    expect(said).toBeInTheDocument();
    expect(results("Consolidation result")).toHaveTextContent(
      "Excel has no room for more files after 1 of 2",
    );
    expect(results("Consolidation result")).toHaveTextContent("ita-tracker consolidate");
    expect(consolidate).not.toHaveBeenCalled();
  });

  it("words a failure of the workbook's side in the user's language", async () => {
    const failing = jest.fn(() =>
      Promise.reject(Object.assign(new Error("x"), { code: "GeneralException" })),
    );
    const { user } = renderPane(<ConsolidatePanel readUnitFile={readUnitFile} consolidate={failing} />);
    await user.click(consolidateButton());
    expect(await within(consolidateResults()).findByText("รวมผลไม่สำเร็จ")).toBeInTheDocument();
  });
});
