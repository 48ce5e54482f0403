import type { Element } from "@xmldom/xmldom";
import type { OitRegisterRow } from "../../src/domain/oitRegister";
import { oitPageFileName, oitPageHtml, oitTableHtml, type OitPageSource } from "../../src/layout/oitPage";
import { bodyCells, elements, links, parsed } from "../support/htmlPage";

function registerRow(fields: Partial<OitRegisterRow>): OitRegisterRow {
  return {
    row: 5,
    code: "O1",
    key: "O1",
    requirement: "โครงสร้าง",
    unit: "สำนักปลัด",
    urls: ["https://www.mafueang.go.th/structure"],
    period: "ต.ค. 2567 - ก.ย. 2568",
    status: "complete",
    published: "15 ม.ค. 2568",
    note: "",
    ...fields,
  };
}

function source(rows: OitRegisterRow[], fields: Partial<OitPageSource> = {}): OitPageSource {
  return { agency: "องค์การบริหารส่วนตำบลมะเฟือง", fiscalYear: 2568, digits: "thai", rows, ...fields };
}

// Built from parts, so that the source holds no script URL for the linter to flag.
const SCRIPT_SCHEME = ["java", "script:"].join("");

describe("oitPageHtml: a standalone page in Thai", () => {
  const html = oitPageHtml(source([registerRow({}), registerRow({ code: "O2", requirement: "ข้อมูลผู้บริหาร" })]));
  const page = parsed(html);

  it("is an HTML5 document in Thai, in UTF-8, sized to the device", () => {
    expect(html.startsWith("<!DOCTYPE html>\n")).toBe(true);
    expect(page.documentElement?.getAttribute("lang")).toBe("th");
    const metas = elements(page, "meta");
    expect(metas.map((meta) => meta.getAttribute("charset"))).toContain("utf-8");
    expect(metas.find((meta) => meta.getAttribute("name") === "viewport")?.getAttribute("content")).toBe(
      "width=device-width, initial-scale=1",
    );
  });

  it("is titled with the fiscal year and the agency, and says both above the table", () => {
    expect(elements(page, "title")[0]?.textContent).toBe(
      "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ – องค์การบริหารส่วนตำบลมะเฟือง",
    );
    expect(elements(page, "h1")[0]?.textContent).toBe("การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘");
    expect(elements(page, "p")[0]?.textContent).toBe("องค์การบริหารส่วนตำบลมะเฟือง");
  });

  it("leaves out the agency where the workbook names none", () => {
    const nameless = parsed(oitPageHtml(source([registerRow({})], { agency: "  " })));
    expect(elements(nameless, "title")[0]?.textContent).toBe(
      "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
    );
    expect(elements(nameless, "p")).toHaveLength(0);
    expect(elements(nameless, "caption")[0]?.textContent).not.toContain(" ของ");
  });

  it("has a caption and column headers that screen readers announce with each cell", () => {
    const [table] = elements(page, "table");
    const firstChild = Array.from(table!.childNodes).find((node) => node.nodeType === 1) as Element;
    expect(firstChild.tagName).toBe("caption");
    expect(firstChild.textContent).toBe(
      "รายการข้อมูลตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ขององค์การบริหารส่วนตำบลมะเฟือง ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
    );
    const [head] = elements(page, "thead");
    const headers = elements(head!, "th");
    expect(headers.map((header) => header.textContent)).toEqual([
      "ข้อ",
      "ข้อมูลที่เปิดเผย",
      "ลิงก์ไปยังข้อมูล",
      "ช่วงเวลาของข้อมูล",
      "วันที่เผยแพร่",
    ]);
    expect(headers.every((header) => header.getAttribute("scope") === "col")).toBe(true);
    const [body] = elements(page, "tbody");
    const rowHeaders = elements(body!, "th");
    expect(rowHeaders.map((header) => [header.textContent, header.getAttribute("scope")])).toEqual([
      ["O๑", "row"],
      ["O๒", "row"],
    ]);
  });

  it("gives one row per item, in the register's order, with its period and publication date", () => {
    expect(bodyCells(html)).toEqual([
      ["O๑", "โครงสร้าง", "https://www.mafueang.go.th/structure", "ต.ค. ๒๕๖๗ - ก.ย. ๒๕๖๘", "๑๕ ม.ค. ๒๕๖๘"],
      ["O๒", "ข้อมูลผู้บริหาร", "https://www.mafueang.go.th/structure", "ต.ค. ๒๕๖๗ - ก.ย. ๒๕๖๘", "๑๕ ม.ค. ๒๕๖๘"],
    ]);
  });

  it("runs no script and loads nothing from elsewhere", () => {
    expect(elements(page, "script")).toHaveLength(0);
    for (const name of ["link", "img", "iframe", "object", "embed"])
      expect(elements(page, name)).toHaveLength(0);
    const style = elements(page, "style")[0]?.textContent ?? "";
    expect(style).not.toMatch(/url\(|@import/i);
    expect(style).toContain('font-family: "TH SarabunPSK", "Sarabun", sans-serif');
    // Text and boxes in relative sizes, so that the page reflows at 200 % zoom; print gets its own rules.
    expect(style).not.toMatch(/(?:font-size|width|height|padding|margin)\s*:[^;]*\dpx/);
    expect(style).toContain("@media print");
  });

  it("keeps nothing the register holds only for the agency itself: the unit, the status and the note", () => {
    const internal = oitPageHtml(
      source([registerRow({ unit: "กองช่าง", status: "incomplete", note: "รอผู้บริหารลงนาม" })]),
    );
    expect(internal).not.toContain("กองช่าง");
    expect(internal).not.toContain("รอผู้บริหารลงนาม");
  });
});

describe("oitPageHtml: links", () => {
  it("links each web address, with the address as the link's text", () => {
    expect(links(oitPageHtml(source([registerRow({})])))).toEqual([
      {
        href: "https://www.mafueang.go.th/structure",
        text: "https://www.mafueang.go.th/structure",
        rel: "noopener",
      },
    ]);
  });

  it("lists several addresses of one item, each its own link", () => {
    const urls = ["https://www.mafueang.go.th/plan", "http://www.mafueang.go.th/plan-2568.pdf"];
    const html = oitPageHtml(source([registerRow({ urls })]));
    const [list] = elements(parsed(html), "ul");
    expect(elements(list!, "li").map((item) => item.textContent)).toEqual(urls);
    expect(links(html).map((link) => link.href)).toEqual(urls);
  });

  it("keeps an & in an address, escaped in the markup and whole in the link", () => {
    const url = "https://www.mafueang.go.th/news.php?type=oit&id=5";
    const html = oitPageHtml(source([registerRow({ urls: [url] })]));
    expect(html).not.toContain("oit&id");
    expect(links(html)).toEqual([{ href: url, text: url, rel: "noopener" }]);
  });

  it("percent-encodes spaces and Thai in an address's path, so that the link is valid", () => {
    const url = "https://www.mafueang.go.th/ไฟล์/แผน 2568.pdf";
    const [link] = links(oitPageHtml(source([registerRow({ urls: [url] })])));
    expect(link?.text).toBe(url);
    expect(link?.href).toBe(new URL(url).href);
    expect(link?.href).not.toMatch(/[\sก-๙]/);
  });

  it.each([
    [`${SCRIPT_SCHEME}alert(document.cookie)`],
    [`  ${SCRIPT_SCHEME.toUpperCase()}alert(1)`],
    ["data:text/html,<script>alert(1)</script>"],
    ["vbscript:msgbox(1)"],
    ["www.mafueang.go.th/oit"],
    ["https://"],
    ["http://exa mple.go.th/"],
    ["ftp://files.mafueang.go.th/plan.pdf"],
    ["\\\\server\\share\\plan.pdf"],
  ])("shows %j as text, never as a link", (typed) => {
    const html = oitPageHtml(source([registerRow({ urls: [typed] })]));
    expect(links(html)).toEqual([]);
    expect(html).not.toMatch(/href=/i);
    expect(bodyCells(html)[0]?.[2]).toBe(typed.trim());
    expect(elements(parsed(html), "script")).toHaveLength(0);
  });

  it("links the web addresses of an item and shows the rest beside them as text", () => {
    const html = oitPageHtml(
      source([registerRow({ urls: ["https://a.go.th/1", `${SCRIPT_SCHEME}void(0)`] })]),
    );
    expect(links(html).map((link) => link.href)).toEqual(["https://a.go.th/1"]);
    expect(elements(parsed(html), "li").map((item) => item.textContent)).toEqual([
      "https://a.go.th/1",
      `${SCRIPT_SCHEME}void(0)`,
    ]);
  });

  it("says the evidence is being prepared where an item has no address, rather than leave the cell empty", () => {
    const html = oitPageHtml(
      source([registerRow({ urls: [] }), registerRow({ code: "O2", urls: ["", "  "] })]),
    );
    expect(bodyCells(html).map((cells) => cells[2])).toEqual(["อยู่ระหว่างจัดทำ", "อยู่ระหว่างจัดทำ"]);
    expect(links(html)).toEqual([]);
  });
});

describe("oitPageHtml: hostile text", () => {
  const hostile = `<script>alert("x")</script> & 'quoted' </td></tr></table>`;

  it("shows every text of the register as text, whatever markup it holds", () => {
    const html = oitPageHtml(
      source([registerRow({ code: hostile, requirement: hostile, period: hostile, published: hostile })], {
        agency: hostile,
      }),
    );
    const page = parsed(html);
    expect(elements(page, "script")).toHaveLength(0);
    expect(elements(page, "table")).toHaveLength(1);
    expect(elements(page, "p")[0]?.textContent).toBe(hostile.trim());
    expect(elements(page, "title")[0]?.textContent).toContain(hostile.trim());
    // The code, period and date take Thai digits; there are none in this text.
    expect(bodyCells(html)[0]).toEqual([
      hostile.trim(),
      hostile.trim(),
      expect.any(String),
      hostile.trim(),
      hostile.trim(),
    ]);
    expect(html).not.toContain("<script");
    expect(html).not.toMatch(/'quoted'|"x"/);
  });

  it("keeps an address's quotes and angle brackets out of the markup", () => {
    const url = `https://a.go.th/"><script>alert('x')</script>`;
    const html = oitPageHtml(source([registerRow({ urls: [url] })]));
    expect(elements(parsed(html), "script")).toHaveLength(0);
    const [link] = links(html);
    expect(link?.text).toBe(url);
    expect(link?.href).toBe(new URL(url).href);
  });
});

describe("oitPageHtml: digits", () => {
  const row = registerRow({
    code: "O12",
    period: "ไตรมาส 1-2",
    published: "1 ก.พ. 2568",
    urls: ["https://a.go.th/2568/o12"],
  });

  it("writes the year, the codes, periods and dates in Thai digits by default, never an address", () => {
    const html = oitPageHtml(source([row], { agency: "เทศบาลตำบล 1" }));
    expect(bodyCells(html)[0]).toEqual([
      "O๑๒",
      "โครงสร้าง",
      "https://a.go.th/2568/o12",
      "ไตรมาส ๑-๒",
      "๑ ก.พ. ๒๕๖๘",
    ]);
    expect(links(html)[0]?.href).toBe("https://a.go.th/2568/o12");
    // The agency's name is its own, digits and all.
    expect(elements(parsed(html), "p")[0]?.textContent).toBe("เทศบาลตำบล 1");
  });

  it("writes Arabic digits throughout when the workbook asks for them", () => {
    const html = oitPageHtml(source([{ ...row, period: "ไตรมาส ๑-๒" }], { digits: "arabic" }));
    expect(elements(parsed(html), "h1")[0]?.textContent).toBe(
      "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2568",
    );
    expect(bodyCells(html)[0]?.slice(0, 1).concat(bodyCells(html)[0]!.slice(3))).toEqual([
      "O12",
      "ไตรมาส 1-2",
      "1 ก.พ. 2568",
    ]);
  });
});

describe("oitTableHtml: the table alone, for a website's editor", () => {
  it("is just the table, unstyled, with the same caption, headers and rows as the page", () => {
    const rows = [registerRow({}), registerRow({ code: "O2", urls: [] })];
    const table = oitTableHtml(source(rows));
    expect(table.startsWith("<table>")).toBe(true);
    expect(table.endsWith("</table>")).toBe(true);
    expect(table).not.toMatch(/style|<html|<head|<body/i);
    const fragment = parsed(table);
    expect(elements(fragment, "caption")).toHaveLength(1);
    expect(elements(fragment, "th").filter((header) => header.getAttribute("scope") === "col")).toHaveLength(
      5,
    );
    expect(bodyCells(table)).toEqual(bodyCells(oitPageHtml(source(rows))));
  });

  it("says the register is empty in a row of its own rather than show a bare header", () => {
    const cells = bodyCells(oitTableHtml(source([])));
    expect(cells).toEqual([["ยังไม่มีรายการในทะเบียน OIT"]]);
    const [cell] = elements(parsed(oitTableHtml(source([]))), "td");
    expect(cell?.getAttribute("colspan")).toBe("5");
  });
});

describe("oitPageFileName", () => {
  it("names the file by the fiscal year in Arabic digits", () => {
    expect(oitPageFileName(2568)).toBe("oit-ita-2568.html");
  });
});
