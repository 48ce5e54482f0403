// The memo as a Word document in the layout of the government's correspondence rules (ระเบียบสำนัก
// นายกรัฐมนตรีว่าด้วยงานสารบรรณ): A4, 3 cm on the left and 2 cm on the right, the title "บันทึกข้อความ"
// large and bold, the header labels bold at 20 pt, the text in the document font at 16 pt with each
// paragraph's first line indented 2.5 cm, real tables, and room under the closing line to sign.
// Thai is a complex script to Word: fonts and sizes are set for it as well as for Latin text.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from "docx";
import {
  MEMO_TITLE,
  DOTTED_LINE,
  type MemoBlock,
  type MemoTable,
  type MemoField,
  type OfficialMemo,
} from "../domain/officialMemo";

const BODY_POINTS = 16;
const LABEL_POINTS = 20;
const TITLE_POINTS = 29;
/** Twentieths of a point, as Word measures; A4 is 11906 by 16838 of them. */
const centimetres = (cm: number) => Math.round((cm / 2.54) * 1440);
const PAGE = { width: centimetres(21), height: centimetres(29.7) };
const MARGINS = { top: centimetres(2), bottom: centimetres(2), left: centimetres(3), right: centimetres(2) };
const TEXT_WIDTH = PAGE.width - MARGINS.left - MARGINS.right;
const FIRST_LINE_INDENT = centimetres(2.5);
/** Where the signature block starts: its lines are centred from here to the right margin. */
const SIGNATURE_INDENT = centimetres(8);
/** "วันที่" stands at the middle of the line that starts with "ที่". */
const DATE_TAB = Math.round(TEXT_WIDTH / 2);

interface Look {
  readonly bold?: boolean;
  readonly points?: number;
}

function runOf(text: string, font: string, { bold = false, points = BODY_POINTS }: Look = {}): TextRun {
  return new TextRun({
    text,
    bold,
    boldComplexScript: bold,
    size: points * 2,
    sizeComplexScript: points * 2,
    font: { ascii: font, hAnsi: font, cs: font, eastAsia: font },
  });
}

/** A header field: its label bold and larger, its value or a dotted line to fill in. */
function fieldRuns(field: MemoField, font: string): TextRun[] {
  return [
    runOf(field.label, font, { bold: true, points: LABEL_POINTS }),
    runOf(` ${field.value ?? DOTTED_LINE}`, font),
  ];
}

function cellOf(text: string, font: string, align: "left" | "center", bold: boolean, share: number) {
  return new TableCell({
    width: { size: share, type: WidthType.DXA },
    margins: { left: 80, right: 80 },
    children: [
      new Paragraph({
        alignment: align === "center" ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [runOf(text, font, { bold })],
      }),
    ],
  });
}

function tableOf(block: MemoTable, font: string): Table {
  const total = block.columns.reduce((sum, { share }) => sum + share, 0);
  const widths = block.columns.map(({ share }) => Math.floor((share / total) * TEXT_WIDTH));
  const line = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: {
      top: line,
      bottom: line,
      left: line,
      right: line,
      insideHorizontal: line,
      insideVertical: line,
    },
    rows: [
      new TableRow({
        tableHeader: true,
        children: block.columns.map(({ header }, index) =>
          cellOf(header, font, "center", true, widths[index] as number),
        ),
      }),
      ...block.rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((text, index) =>
              cellOf(text, font, block.columns[index]?.align ?? "left", false, widths[index] as number),
            ),
          }),
      ),
    ],
  });
}

function bodyOf(block: MemoBlock, font: string): Paragraph | Table {
  if (block.kind === "table") return tableOf(block, font);
  return new Paragraph({
    indent: { firstLine: FIRST_LINE_INDENT },
    spacing: block.kind === "heading" ? { before: 120 } : undefined,
    children: [runOf(block.text, font, { bold: block.kind === "heading" })],
  });
}

/** The .docx bytes of the memo, in `font` (the workbook's document font). */
export async function officialMemoDocx(memo: OfficialMemo, font: string): Promise<Buffer> {
  const [office, reference, date, subject] = memo.fields;
  const header = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 120 },
      children: [runOf(MEMO_TITLE, font, { bold: true, points: TITLE_POINTS })],
    }),
    ...(office ? [new Paragraph({ children: fieldRuns(office, font) })] : []),
    new Paragraph({
      tabStops: [{ type: TabStopType.LEFT, position: DATE_TAB }],
      children: [
        ...(reference ? fieldRuns(reference, font) : []),
        ...(date ? [runOf("\t", font), ...fieldRuns(date, font)] : []),
      ],
    }),
    ...(subject ? [new Paragraph({ children: fieldRuns(subject, font) })] : []),
    new Paragraph({ spacing: { before: 120, after: 120 }, children: fieldRuns(memo.to, font) }),
  ];
  const signature = memo.signature.map(
    (line, index) =>
      new Paragraph({
        alignment: AlignmentType.CENTER,
        indent: { left: SIGNATURE_INDENT },
        spacing: index === 0 ? { before: 720 } : undefined,
        children: [runOf(line, font)],
      }),
  );
  const document = new Document({
    styles: {
      default: {
        document: {
          run: {
            size: BODY_POINTS * 2,
            sizeComplexScript: BODY_POINTS * 2,
            font: { ascii: font, hAnsi: font, cs: font, eastAsia: font },
          },
        },
      },
    },
    sections: [
      {
        properties: { page: { size: PAGE, margin: MARGINS } },
        children: [
          ...header,
          ...memo.body.map((block) => bodyOf(block, font)),
          new Paragraph({
            indent: { firstLine: FIRST_LINE_INDENT },
            spacing: { before: 120 },
            children: [runOf(memo.closing, font)],
          }),
          ...signature,
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
