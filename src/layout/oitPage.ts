// The web page of the OIT items that an agency publishes on its own website: each item of the OIT
// register with the links to its evidence. Plain, standalone HTML: no script, no external resource,
// nothing but what the register says, every text escaped, and links only to web addresses.
import { escapeHtml } from "../domain/memo";
import { fiscalYearWords, type OitRegisterRow } from "../domain/oitRegister";
import { formatDigits, type DigitStyle } from "../domain/thaiDigits";
import type { WorkbookSettings } from "../domain/workbookSettings";

export interface OitPageSource {
  /** May be empty: the page then names no agency. */
  readonly agency: string;
  /** Buddhist era. */
  readonly fiscalYear: number;
  readonly digits: DigitStyle;
  /** In the register's order. */
  readonly rows: readonly OitRegisterRow[];
}

/** A workbook's register (as a check reads it) in its agency, year and digits; null without a register. */
export function oitPageSource(
  settings: WorkbookSettings,
  register: readonly OitRegisterRow[] | null,
): OitPageSource | null {
  const { agency, fiscalYear, digitStyle } = settings;
  return register && { agency, fiscalYear, digits: digitStyle, rows: register };
}

/** Said where an item has no evidence to link yet, so that no cell of the table is left blank. */
const NO_EVIDENCE_YET = "อยู่ระหว่างจัดทำ";

const COLUMN_HEADERS = ["ข้อ", "ข้อมูลที่เปิดเผย", "ลิงก์ไปยังข้อมูล", "ช่วงเวลาของข้อมูล", "วันที่เผยแพร่"];

/** "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘": only the year takes the digit style, never the agency's own name. */
function yearPhrase({ fiscalYear, digits }: OitPageSource): string {
  return `ประจำ${fiscalYearWords(fiscalYear, digits)}`;
}

/** The name the page is downloaded under; Arabic digits, which every web server and CMS takes. */
export function oitPageFileName(fiscalYear: number): string {
  return `oit-ita-${fiscalYear}.html`;
}

/**
 * A web address someone typed, when it is one a visitor can follow safely: http or https with a host.
 * Anything else (a script or data address, a file path, "www.…" without its scheme, a malformed address) is
 * shown as text and never becomes a link, so that a register cell can never run code on the agency's site.
 */
function followableAddress(typed: string): string | null {
  const text = typed.trim();
  if (!/^https?:\/\//i.test(text)) return null;
  try {
    const address = new URL(text);
    // The parsed form, percent-encoded: spaces or Thai in a path become a valid href.
    return address.hostname === "" ? null : address.href;
  } catch {
    return null;
  }
}

function evidenceCell(urls: readonly string[]): string {
  const typed = urls.map((url) => url.trim()).filter((url) => url !== "");
  if (typed.length === 0) return escapeHtml(NO_EVIDENCE_YET);
  const items = typed.map((url) => {
    const address = followableAddress(url);
    // rel="noopener" keeps the opened page from reaching back, should a CMS open links in a new tab.
    return address === null
      ? escapeHtml(url)
      : `<a href="${escapeHtml(address)}" rel="noopener">${escapeHtml(url)}</a>`;
  });
  // Several links are a list, which screen readers announce with its count.
  return items.length === 1
    ? (items[0] as string)
    : `<ul>${items.map((item) => `<li>${item}</li>`).join("")}</ul>`;
}

function itemRow(row: OitRegisterRow, digits: DigitStyle): string {
  const cells = [
    `<th scope="row">${escapeHtml(formatDigits(row.code.trim(), digits))}</th>`,
    `<td>${escapeHtml(row.requirement.trim())}</td>`,
    `<td>${evidenceCell(row.urls)}</td>`,
    `<td>${escapeHtml(formatDigits(row.period.trim(), digits))}</td>`,
    `<td>${escapeHtml(formatDigits(row.published.trim(), digits))}</td>`,
  ];
  return `<tr>${cells.join("")}</tr>`;
}

/**
 * The table alone, for the HTML view of a website's editor (CMS): there a whole document is stripped or
 * nested inside the site's page, and the site's own theme should style the table, so it carries no style.
 */
export function oitTableHtml(source: OitPageSource): string {
  const { digits, rows } = source;
  const agency = source.agency.trim();
  const caption =
    `รายการข้อมูลตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)${agency === "" ? "" : ` ของ${agency}`} ` +
    yearPhrase(source);
  const head = COLUMN_HEADERS.map((header) => `<th scope="col">${header}</th>`).join("");
  const body =
    rows.length === 0
      ? `<tr><td colspan="${COLUMN_HEADERS.length}">ยังไม่มีรายการในทะเบียน OIT</td></tr>`
      : rows.map((row) => itemRow(row, digits)).join("\n");
  return (
    `<table>\n<caption>${escapeHtml(caption)}</caption>\n<thead><tr>${head}</tr></thead>\n` +
    `<tbody>\n${body}\n</tbody>\n</table>`
  );
}

/**
 * Relative sizes only, so that the page reflows at 200 % zoom; long addresses break anywhere rather than
 * widen the table; printed, the links' addresses are already on the page and the header row repeats.
 */
const PAGE_STYLE = `
body { font-family: "TH SarabunPSK", "Sarabun", sans-serif; font-size: 1.25rem; line-height: 1.6;
  color: #1a1a1a; background: #fff; max-width: 70rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6rem; line-height: 1.3; margin: 0 0 0.5rem; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: bold; padding: 0.5rem 0; }
th, td { border: 1px solid #6b6b6b; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top;
  overflow-wrap: anywhere; }
thead th { background: #e8eef5; }
ul { margin: 0; padding-left: 1.2rem; }
a { color: #0b4f9c; }
a:focus-visible { outline: 3px solid #0b4f9c; outline-offset: 2px; }
@media print {
  body { max-width: none; padding: 0; color: #000; font-size: 14pt; }
  a { color: #000; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
}
`;

/** The whole page, to save as a file and upload, or to open and print. */
export function oitPageHtml(source: OitPageSource): string {
  const title = `การเปิดเผยข้อมูลสาธารณะ (OIT) ${yearPhrase(source)}`;
  const agency = source.agency.trim();
  return [
    "<!DOCTYPE html>",
    '<html lang="th">',
    "<head>",
    '<meta charset="utf-8" />',
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    `<title>${escapeHtml(agency === "" ? title : `${title} – ${agency}`)}</title>`,
    `<style>${PAGE_STYLE}</style>`,
    "</head>",
    "<body>",
    "<main>",
    `<h1>${escapeHtml(title)}</h1>`,
    ...(agency === "" ? [] : [`<p>${escapeHtml(agency)}</p>`]),
    oitTableHtml(source),
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
