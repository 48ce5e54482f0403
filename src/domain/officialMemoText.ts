// The memo as the clipboard carries it: HTML that Word pastes as the memo itself (its paragraphs indented,
// its tables real tables with borders, all in the document font at 16 pt), and plain text for programs
// that take no HTML, a table's cells apart by tabs, which Word can turn back into a table.
import { oneLine } from "./cellText";
import { cssFontFamily, escapeHtml } from "./memo";
import { MEMO_TITLE, DOTTED_LINE, type MemoBlock, type MemoField, type OfficialMemo } from "./officialMemo";

/** A header field as printed: its label, then its value or a dotted line to fill in. */
export const fieldText = ({ label, value }: MemoField) => `${label} ${value ?? DOTTED_LINE}`;

/** One line a paragraph and a table row, a row's cells apart by tabs, as Word pastes plain text. */
export function officialMemoLines(memo: OfficialMemo): string[] {
  const block = (part: MemoBlock): string[] => {
    if (part.kind !== "table") return [oneLine(part.text)];
    const rows = [part.columns.map(({ header }) => header), ...part.rows];
    return rows.map((row) => row.map(oneLine).join("\t"));
  };
  return [
    MEMO_TITLE,
    ...memo.fields.map((field) => oneLine(fieldText(field))),
    oneLine(fieldText(memo.to)),
    ...memo.body.flatMap(block),
    memo.closing,
    "",
    ...memo.signature,
  ];
}

export function officialMemoPlainText(memo: OfficialMemo): string {
  return officialMemoLines(memo).join("\r\n");
}

/** The memo as one HTML document, every text escaped. */
export function officialMemoHtml(memo: OfficialMemo, font: string): string {
  const text = `font-family:'${cssFontFamily(font)}';font-size:16pt`;
  const paragraph = (content: string, extra = "") =>
    `<p style="${text};margin:0;${extra}">${escapeHtml(content)}</p>`;
  const cellStyle = `${text};border:1px solid #000;padding:2pt 4pt;vertical-align:top`;
  const block = (part: MemoBlock): string => {
    if (part.kind === "heading") return paragraph(part.text, "text-indent:2.5cm;font-weight:bold");
    if (part.kind === "paragraph") return paragraph(part.text, "text-indent:2.5cm");
    const total = part.columns.reduce((sum, { share }) => sum + share, 0);
    const head = part.columns
      .map(
        ({ header, share }) =>
          `<th style="${cellStyle};width:${Math.round((share / total) * 100)}%;text-align:center">${escapeHtml(header)}</th>`,
      )
      .join("");
    const rows = part.rows
      .map(
        (row) =>
          `<tr>${row
            .map(
              (cell, index) =>
                `<td style="${cellStyle};text-align:${part.columns[index]?.align ?? "left"}">${escapeHtml(cell)}</td>`,
            )
            .join("")}</tr>`,
      )
      .join("");
    return `<table style="border-collapse:collapse;width:100%"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
  };
  const body = [
    paragraph(MEMO_TITLE, "text-align:center;font-weight:bold;font-size:29pt"),
    ...memo.fields.map((field) => paragraph(fieldText(field))),
    paragraph(fieldText(memo.to), "margin-top:6pt"),
    ...memo.body.map(block),
    paragraph(memo.closing, "text-indent:2.5cm;margin-top:6pt"),
    ...memo.signature.map((line, index) =>
      paragraph(line, `margin-left:8cm;text-align:center${index === 0 ? ";margin-top:36pt" : ""}`),
    ),
  ].join("");
  return `<html><head><meta charset="utf-8"></head><body>${body}</body></html>`;
}
