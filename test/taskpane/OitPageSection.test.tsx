/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import type { OitRegisterRow } from "../../src/domain/oitRegister";
import type { OitPageSource } from "../../src/layout/oitPage";
import { OitPageSection } from "../../src/taskpane/OitPageSection";
import { offerClipboard, offerCopyCommand, textOf } from "./clipboard";
import { renderPane, results } from "./renderPane";

const row: OitRegisterRow = {
  row: 5,
  code: "O1",
  key: "O1",
  requirement: "โครงสร้าง <b>",
  unit: "สำนักปลัด",
  urls: ["https://www.mafueang.go.th/structure?a=1&b=2"],
  period: "ปีงบประมาณ พ.ศ. 2568",
  status: "complete",
  published: "15 ม.ค. 2568",
  note: "",
};
const page: OitPageSource = {
  agency: "องค์การบริหารส่วนตำบลมะเฟือง",
  fiscalYear: 2568,
  digits: "thai",
  rows: [row, { ...row, row: 6, code: "O2", urls: [] }],
};

const copyButton = () => screen.getByRole("button", { name: "คัดลอกหน้าเว็บ OIT" });
const downloadButton = () => screen.getByRole("button", { name: "ดาวน์โหลด" });
const outcome = () => results("ผลของหน้าเว็บ OIT");
const sourceBox = () => screen.getByRole("textbox", { name: "โค้ด HTML ของหน้าเว็บ OIT" });

/** A download as a browser that can make one starts it: the file's address, then a click on a link to it. */
function offerDownload() {
  const files: Blob[] = [];
  const clicked: { download: string; href: string }[] = [];
  Object.defineProperty(URL, "createObjectURL", {
    value: (file: Blob) => (files.push(file), `blob:pane/${files.length}`),
    configurable: true,
  });
  Object.defineProperty(URL, "revokeObjectURL", { value: jest.fn(), configurable: true });
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ download: this.download, href: this.href });
  });
  return { files, clicked };
}

afterEach(() => {
  offerClipboard(undefined);
  // jsdom has no object URLs: without them the pane cannot download.
  Reflect.deleteProperty(URL, "createObjectURL");
  Reflect.deleteProperty(URL, "revokeObjectURL");
  jest.restoreAllMocks();
});

describe("the OIT web page on the Summary tab", () => {
  test("says how many items the page lists, in the workbook's digits", () => {
    renderPane(<OitPageSection page={page} />);
    expect(screen.getByRole("heading", { name: "หน้าเว็บ OIT" })).toBeVisible();
    expect(document.body).toHaveTextContent("รายการข้อมูล OIT ๒ รายการจากแผ่นงานทะเบียน OIT");
    expect((sourceBox() as HTMLTextAreaElement).value.startsWith("<!DOCTYPE html>")).toBe(true);
  });

  test("without a register, says how to get one and offers no button", () => {
    renderPane(<OitPageSection page={null} />);
    expect(document.body).toHaveTextContent("ยังไม่มีแผ่นงานทะเบียน OIT ให้กด “แทรกแบบฟอร์ม ITA”");
    expect(screen.queryByRole("button")).toBeNull();
  });

  test("Copy puts the whole page as text and the table as HTML on the clipboard", async () => {
    const written: ClipboardItem[][] = [];
    const { user } = renderPane(<OitPageSection page={page} />);
    offerClipboard(async (items) => void written.push(items));
    await user.click(copyButton());

    const blobs = (written[0]?.[0] as unknown as { items: Record<string, Blob> }).items;
    const plain = await textOf(blobs["text/plain"]!);
    expect(plain.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(plain).toContain("<title>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘");
    expect(plain).toContain('href="https://www.mafueang.go.th/structure?a=1&#38;b=2"');
    expect(plain).toContain("โครงสร้าง &#60;b&#62;");
    const html = await textOf(blobs["text/html"]!);
    expect(html.startsWith("<table>")).toBe(true);
    expect(html).toContain("อยู่ระหว่างจัดทำ");
    const told = within(outcome()).getByRole("group", { name: "คัดลอกหน้าเว็บ OIT แล้ว" });
    expect(told).toHaveTextContent("บันทึกเป็นไฟล์ oit-ita-2568.html");
  });

  test("where nothing may copy, the page's HTML is selected for Ctrl+C", async () => {
    const { user } = renderPane(<OitPageSection page={page} />);
    offerClipboard(undefined);
    offerCopyCommand(false);
    await user.click(copyButton());
    const box = sourceBox() as HTMLTextAreaElement;
    expect(box).toHaveFocus();
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, box.value.length]);
    const told = within(outcome()).getByRole("group", { name: "คัดลอกอัตโนมัติไม่ได้ในหน้าต่างนี้" });
    expect(told).toHaveTextContent("กด Ctrl+C");
  });

  test("Download saves the page as oit-ita-<year>.html and says where to look", async () => {
    const { files, clicked } = offerDownload();
    const { user } = renderPane(<OitPageSection page={page} />);
    await user.click(downloadButton());
    expect(clicked).toEqual([{ download: "oit-ita-2568.html", href: "blob:pane/1" }]);
    expect(files[0]?.type).toBe("text/html;charset=utf-8");
    expect(await textOf(files[0]!)).toBe((sourceBox() as HTMLTextAreaElement).value);
    const told = within(outcome()).getByRole("group", { name: "ดาวน์โหลด oit-ita-2568.html แล้ว" });
    expect(told).toHaveTextContent("ให้กด “คัดลอกหน้าเว็บ OIT” แทน");
    // The link is gone from the page once the download has started.
    expect(document.querySelector("a[download]")).toBeNull();
  });

  test("where this window cannot download, the page is copied instead and the user told so", async () => {
    const { user } = renderPane(<OitPageSection page={page} />);
    const copied = offerCopyCommand(true);
    await user.click(downloadButton());
    expect(copied.get("text/plain")).toBe((sourceBox() as HTMLTextAreaElement).value);
    const told = within(outcome()).getByRole("group", {
      name: "หน้าต่างนี้ดาวน์โหลดไฟล์ไม่ได้ จึงคัดลอกหน้าเว็บ OIT ไว้ให้แทน",
    });
    expect(told).toHaveTextContent("oit-ita-2568.html");
  });

  test("in English: English words and Arabic digits; the page itself stays Thai", async () => {
    const written: ClipboardItem[][] = [];
    const { user } = renderPane(<OitPageSection page={page} />, "en");
    offerClipboard(async (items) => void written.push(items));
    expect(document.body).toHaveTextContent("The 2 items of the OIT register sheet");
    await user.click(screen.getByRole("button", { name: "Copy OIT web page" }));
    expect(results("OIT web page result")).toHaveTextContent("OIT web page copied");
    const blobs = (written[0]?.[0] as unknown as { items: Record<string, Blob> }).items;
    expect(await textOf(blobs["text/plain"]!)).toContain("พ.ศ. ๒๕๖๘");
  });
});
