// The memo as the clipboard carries it: HTML that Word pastes as the memo itself (its paragraphs indented,
// its tables real tables with borders, all in the document font at 16 pt), and plain text for programs
// that take no HTML, a table's cells apart by tabs, which Word can turn back into a table.
import { oneLine } from "./cellText";
import { cssFontFamily, escapeHtml } from "./memo";
import {
  MEMO_POINTS,
  MEMO_TITLE,
  DOTTED_LINE,
  type MemoBlock,
  type MemoField,
  type OfficialMemo,
} from "./officialMemo";

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

/**
 * The memo as one HTML document, every text escaped, in the same form as its Word document: the title
 * and the header labels bold at their official sizes, everything else at the body's, paragraphs
 * distributed and indented, tables as wide as the text and sized to what they hold.
 */
export function officialMemoHtml(memo: OfficialMemo, font: string): string {
  const type = (points: number) => `font-family:'${cssFontFamily(font)}';font-size:${points}pt`;
  const text = type(MEMO_POINTS.body);
  const paragraph = (content: string, extra = "") =>
    `<p style="${text};margin:0;${extra}">${escapeHtml(content)}</p>`;
  const body = "text-indent:2.5cm;text-align:justify;text-justify:inter-cluster";
  const field = ({ label, value }: MemoField) =>
    `<p style="${text};margin:0"><b style="${type(MEMO_POINTS.label)}">${escapeHtml(label)}</b> ` +
    `${escapeHtml(value ?? DOTTED_LINE)}</p>`;
  const cellStyle = `${text};border:1px solid #000;padding:2pt 4pt;vertical-align:top`;
  const block = (part: MemoBlock): string => {
    if (part.kind === "heading") return paragraph(part.text, `${body};margin-top:6pt;font-weight:bold`);
    if (part.kind === "paragraph") return paragraph(part.text, body);
    const head = part.columns
      .map(({ header }) => `<th style="${cellStyle};text-align:center">${escapeHtml(header)}</th>`)
      .join("");
    const rows = part.rows
      .map(
        (row) =>
          `<tr>${row
            .map(
              (cell, index) =>
                `<td style="${cellStyle};text-align:${part.columns[index]?.align ?? "left"}">${escapeHtml(cell).replace(/\n/g, "<br>")}</td>`,
            )
            .join("")}</tr>`,
      )
      .join("");
    return `<table style="border-collapse:collapse;width:100%;margin:6pt 0"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
  };
  const html = [
    paragraph(MEMO_TITLE, `text-align:center;font-weight:bold;${type(MEMO_POINTS.title)}`),
    ...memo.fields.map(field),
    paragraph(fieldText(memo.to), "margin-top:6pt"),
    ...memo.body.map(block),
    paragraph(memo.closing, `${body};margin-top:6pt`),
    ...memo.signature.map((line, index) =>
      paragraph(line, `margin-left:8cm;text-align:center${index === 0 ? ";margin-top:48pt" : ""}`),
    ),
  ].join("");
  return `<html><head><meta charset="utf-8"></head><body>${html}</body></html>`;
}
