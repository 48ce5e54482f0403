// Workbooks of the kind users hand to the command line, and a part-by-part comparison of two files.
// The Excel-style workbook holds what Excel saves and ExcelJS cannot: a pivot table and its cache, a
// sensitivity label among the custom properties, an empty workbook protection, threaded comments, a
// name with a constant and one scoped to a sheet, beside a picture, a note, a table and a web link.
import { Workbook } from "exceljs";
import JSZip from "jszip";
import { ONE_PIXEL_PNG, parseXml } from "./xlsxParts";

export const USER_SHEET = "งบประมาณ";

const OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const MICROSOFT = "http://schemas.microsoft.com/office";
const SPREADSHEET = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

const SENSITIVITY_LABEL =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties ' +
  'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
  'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property ' +
  'fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="MSIP_Label_0a1b_Enabled">' +
  "<vt:lpwstr>true</vt:lpwstr></property></Properties>";

/** Changes a part of the package, failing when the change finds nothing to change. */
export async function edit(zip: JSZip, part: string, change: (xml: string) => string): Promise<void> {
  const xml = await zip.file(part)?.async("string");
  if (xml === undefined) throw new Error(`no part ${part}`);
  const changed = change(xml);
  if (changed === xml) throw new Error(`the edit of ${part} changed nothing`);
  zip.file(part, changed);
}

/**
 * Adds a part and the relationship from `source` to it, as Excel would, with its content type where
 * given; returns the relationship's id.
 */
export async function link(
  zip: JSZip,
  source: string,
  type: string,
  target: string,
  content = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><part/>',
  contentType?: string,
): Promise<string> {
  const slash = source.lastIndexOf("/");
  const rels = `${source.slice(0, slash + 1)}_rels/${source.slice(slash + 1)}.rels`;
  const id = `rIdUser${Object.keys(zip.files).length}`;
  const relationship = `<Relationship Id="${id}" Type="${type}" Target="/${target}"/>`;
  const existing = await zip.file(rels)?.async("string");
  zip.file(
    rels,
    existing?.replace("</Relationships>", `${relationship}</Relationships>`) ??
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationship}</Relationships>`,
  );
  zip.file(target, content);
  if (contentType !== undefined) {
    await edit(zip, "[Content_Types].xml", (xml) =>
      xml.replace("</Types>", `<Override PartName="/${target}" ContentType="${contentType}"/></Types>`),
    );
  }
  return id;
}

/** A user's own workbook as Excel saves it, with no ITA sheet in it. */
export async function excelStyleWorkbook(): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(USER_SHEET);
  sheet.addRows([
    ["โครงการ", "งบประมาณ"],
    ["ซ่อมถนน", 120000],
    ["อบรม", 35000],
  ]);
  sheet.getCell("A2").note = "หมายเหตุของผู้ใช้";
  sheet.getCell("A6").value = { text: "ITA", hyperlink: "https://itas.nacc.go.th/" };
  sheet.addTable({ name: "Budget", ref: "D1", columns: [{ name: "รายการ" }], rows: [["ค่าวัสดุ"]] });
  sheet.addImage(workbook.addImage({ base64: ONE_PIXEL_PNG, extension: "png" }), "F2:G4");
  sheet.pageSetup.printTitlesRow = "1:1";
  return withExcelOnlyParts(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

/** The file with what only Excel writes added, its pivot table and threaded comments on the first sheet. */
export async function withExcelOnlyParts(file: Uint8Array): Promise<Buffer> {
  const zip = await JSZip.loadAsync(file);
  const user = "xl/worksheets/sheet1.xml";

  const cacheId = await link(
    zip,
    "xl/workbook.xml",
    `${OFFICE}/pivotCacheDefinition`,
    "xl/pivotCache/pivotCacheDefinition1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><pivotCacheDefinition xmlns="${SPREADSHEET}" xmlns:r="${OFFICE}" refreshOnLoad="1"><cacheSource type="worksheet"><worksheetSource ref="A1:B3" sheet="${USER_SHEET}"/></cacheSource><cacheFields count="0"/></pivotCacheDefinition>`,
    "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml",
  );
  await link(
    zip,
    user,
    `${OFFICE}/pivotTable`,
    "xl/pivotTables/pivotTable1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><pivotTableDefinition xmlns="${SPREADSHEET}" name="PivotTable1" cacheId="1" dataCaption="Values"><location ref="J2:K4" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/></pivotTableDefinition>`,
    "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml",
  );
  await link(
    zip,
    user,
    `${MICROSOFT}/2017/10/relationships/threadedComment`,
    "xl/threadedComments/threadedComment1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><ThreadedComments xmlns="${MICROSOFT}/spreadsheetml/2018/threadedcomments"/>`,
    "application/vnd.ms-excel.threadedcomments+xml",
  );
  await link(
    zip,
    "",
    `${OFFICE}/custom-properties`,
    "docProps/custom.xml",
    SENSITIVITY_LABEL,
    "application/vnd.openxmlformats-officedocument.custom-properties+xml",
  );
  await edit(zip, "xl/workbook.xml", (xml) =>
    xml
      .replace(/<workbookPr\b[^>]*\/>/, "$&<workbookProtection/>")
      .replace(
        /<\/definedNames>|<\/sheets>(?![\s\S]*<definedNames)/,
        (end) =>
          `${end === "</sheets>" ? "</sheets><definedNames>" : ""}<definedName name="Rate">0.07</definedName>` +
          `<definedName name="Local" localSheetId="0">'${USER_SHEET}'!$B$2</definedName></definedNames>`,
      )
      .replace(
        /<\/workbook>\s*$/,
        `<pivotCaches><pivotCache cacheId="1" r:id="${cacheId}"/></pivotCaches></workbook>`,
      ),
  );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Parts of `after` that differ from `before`'s, parts only `before` has, and parts only `after` has. */
export async function comparedParts(before: Uint8Array, after: Uint8Array) {
  const [was, is] = await Promise.all([JSZip.loadAsync(before), JSZip.loadAsync(after)]);
  const names = (zip: JSZip) => Object.keys(zip.files).filter((name) => !zip.files[name]?.dir);
  const changed: string[] = [];
  for (const name of names(was).filter((part) => is.file(part) !== null)) {
    const [old, now] = await Promise.all([
      was.file(name)?.async("uint8array"),
      is.file(name)?.async("uint8array"),
    ]);
    if (!Buffer.from(old as Uint8Array).equals(Buffer.from(now as Uint8Array))) changed.push(name);
  }
  return {
    changed: changed.sort(),
    removed: names(was).filter((part) => is.file(part) === null),
    added: names(is).filter((part) => was.file(part) === null),
  };
}

/** The parts a write of our sheets may change: the package's lists of sheets, parts and styles. */
export const LISTING_PARTS = [
  "[Content_Types].xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
  "xl/workbook.xml",
];

/** Every XML part of the file parses: a malformed part is what makes Excel "repair" a file. */
export async function everyXmlPartParses(file: Uint8Array): Promise<void> {
  const zip = await JSZip.loadAsync(file);
  for (const name of Object.keys(zip.files).filter((part) => /\.(xml|rels)$/.test(part))) {
    const xml = (await zip.file(name)?.async("string")) as string;
    if (parseXml(xml).getElementsByTagName("parsererror").length > 0) throw new Error(`${name} is malformed`);
  }
}
