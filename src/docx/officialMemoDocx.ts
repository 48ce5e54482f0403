// The memo as a Word document in the form of the government's correspondence rules (ระเบียบสำนัก
// นายกรัฐมนตรีว่าด้วยงานสารบรรณ, and the layout agencies' templates follow): A4, 3 cm on the left and 2 cm on
// the right; on the first line the place of the Garuda, 1.5 cm tall at the top left, and "บันทึกข้อความ"
// centred at 29 pt bold; the header labels bold at 20 pt, each followed by a dotted line that runs under
// what is written on it to the margin; the rest, "เรียน" included, at 16 pt in the document font, the
// paragraphs Thai-distributed with their first line indented 2.5 cm, headings kept with what follows,
// tables sized to what they hold and set apart from the text, room to sign, and "- ๒ -" at the top of
// every page after the first. Thai is a complex script to Word: fonts, sizes and the language are set for
// it as well as for Latin text.
//
// The Garuda itself is not drawn: its use is the state's, under the Government Mark Act 1939 and the
// Prime Minister's Office's rules on the emblem (2001), and each agency pastes the image its own
// templates hold. Its place is kept, so that pasted at the top left it stands beside the title.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  NumberFormat,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  UnderlineType,
  WidthType,
} from "docx";
import {
  MEMO_POINTS,
  MEMO_TITLE,
  DOTTED_LINE,
  type MemoBlock,
  type MemoTable,
  type MemoField,
  type OfficialMemo,
} from "../domain/officialMemo";
import { fittedColumnWidths } from "../layout/fittedColumns";
import { textWidth } from "../layout/textMetrics";

/** Twentieths of a point, as Word measures; A4 is 11906 by 16838 of them. */
const TWIPS_PER_POINT = 20;
const centimetres = (cm: number) => Math.round((cm / 2.54) * 1440);
const PAGE = { width: centimetres(21), height: centimetres(29.7) };
/** The Garuda stands 1.5 cm below the page's top; a later page's number sits above that line. */
const MARGINS = {
  top: centimetres(1.5),
  bottom: centimetres(2),
  left: centimetres(3),
  right: centimetres(2),
  header: centimetres(0.7),
};
const TEXT_WIDTH = PAGE.width - MARGINS.left - MARGINS.right;
const FIRST_LINE_INDENT = centimetres(2.5);
/** The Garuda's height: the title's line is as tall, so that the emblem pasted there fits beside it. */
const GARUDA_HEIGHT = centimetres(1.5);
/** Where the signature block starts: its lines are centred from here to the right margin. */
const SIGNATURE_INDENT = centimetres(8);
/** Room to sign: three lines of the body's 16 pt. */
const SIGNING_ROOM = 3 * 21 * TWIPS_PER_POINT;
/** "Enter + Before 6 points" between parts, as the rules for typing official letters have it. */
const PART_SPACING = 6 * TWIPS_PER_POINT;
/** A table cell's margins, left and right (twips). */
const CELL_MARGIN = 80;
/** "วันที่" stands at the middle of the line that starts with "ที่". */
const DATE_TAB = Math.round(TEXT_WIDTH / 2);

interface Look {
  readonly bold?: boolean;
  readonly points?: number;
  readonly dotted?: boolean;
}

/** A run of `text`, or a tab (<w:tab/>, which Word and LibreOffice both take) for "\t". */
function runOf(
  text: string,
  font: string,
  { bold = false, points = MEMO_POINTS.body, dotted = false }: Look = {},
): TextRun {
  return new TextRun({
    ...(text === "\t" ? { children: [new Tab()] } : { text }),
    bold,
    boldComplexScript: bold,
    size: points * 2,
    sizeComplexScript: points * 2,
    font: { ascii: font, hAnsi: font, cs: font, eastAsia: font },
    ...(dotted && { underline: { type: UnderlineType.DOTTED } }),
  });
}

/** The room a header label takes: its text bold at 20 pt, and a space. */
function labelRoom(label: string, font: string): number {
  const points = textWidth(`${label} `, { font, size: MEMO_POINTS.label, bold: true });
  return Math.ceil(points * TWIPS_PER_POINT);
}

/**
 * A header field: the label bold at 20 pt, then a dotted line to `end` with the value written on it. A
 * value too long for its line goes on under the value's start, not under the label.
 */
function fieldRuns(field: MemoField, font: string): TextRun[] {
  return [
    runOf(field.label, font, { bold: true, points: MEMO_POINTS.label }),
    runOf("\t", font),
    runOf(field.value ?? "", font, { dotted: true }),
    runOf("\t", font, { dotted: true }),
  ];
}

function fieldParagraph(field: MemoField, font: string): Paragraph {
  const room = labelRoom(field.label, font);
  return new Paragraph({
    indent: { left: room, hanging: room },
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
    children: fieldRuns(field, font),
  });
}

/** "ที่" and "วันที่" on one line, the first's dotted line ending where the second begins. */
function referenceAndDate(reference: MemoField, date: MemoField, font: string): Paragraph {
  const room = labelRoom(reference.label, font);
  return new Paragraph({
    indent: { left: room, hanging: room },
    tabStops: [
      { type: TabStopType.LEFT, position: DATE_TAB },
      { type: TabStopType.RIGHT, position: TEXT_WIDTH },
    ],
    children: [
      ...fieldRuns(reference, font).slice(0, 3),
      runOf("\t", font, { dotted: true }),
      runOf(date.label, font, { bold: true, points: MEMO_POINTS.label }),
      runOf(` ${date.value ?? ""}`, font, { dotted: true }),
      runOf("\t", font, { dotted: true }),
    ],
  });
}

function cellOf(text: string, font: string, align: "left" | "center", bold: boolean, width: number) {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { left: CELL_MARGIN, right: CELL_MARGIN },
    children: text.split("\n").map(
      (line) =>
        new Paragraph({
          alignment: align === "center" ? AlignmentType.CENTER : AlignmentType.LEFT,
          children: [runOf(line, font, { bold })],
        }),
    ),
  });
}

function tableOf(block: MemoTable, font: string): Table {
  const style = { font, size: MEMO_POINTS.body };
  const points = fittedColumnWidths(
    block.columns.map(({ header }, index) => ({ header, cells: block.rows.map((row) => row[index] ?? "") })),
    TEXT_WIDTH / TWIPS_PER_POINT,
    { header: { ...style, bold: true }, body: { ...style, bold: false } },
    (2 * CELL_MARGIN) / TWIPS_PER_POINT,
  );
  const widths = points.map((each) => Math.floor(each * TWIPS_PER_POINT));
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
        cantSplit: true,
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

/**
 * The body in order. A heading and a paragraph that introduces a table stay on the page of what follows
 * them; text before and after a table stands apart from it.
 */
function bodyOf(body: readonly MemoBlock[], font: string): (Paragraph | Table)[] {
  return body.map((block, index) => {
    if (block.kind === "table") return tableOf(block, font);
    const tableNext = body[index + 1]?.kind === "table";
    const tableBefore = body[index - 1]?.kind === "table";
    const heading = block.kind === "heading";
    return new Paragraph({
      alignment: AlignmentType.THAI_DISTRIBUTE,
      indent: { firstLine: FIRST_LINE_INDENT },
      keepNext: heading || tableNext,
      keepLines: heading,
      spacing: {
        ...((heading || tableBefore) && { before: PART_SPACING }),
        ...(tableNext && { after: PART_SPACING }),
      },
      children: [runOf(block.text, font, { bold: heading })],
    });
  });
}

/** "- ๒ -" at the top centre of every page after the first, in the memo's digits. */
function laterPagesHeader(font: string): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: ["- ", PageNumber.CURRENT, " -"],
            size: MEMO_POINTS.body * 2,
            sizeComplexScript: MEMO_POINTS.body * 2,
            font: { ascii: font, hAnsi: font, cs: font, eastAsia: font },
          }),
        ],
      }),
    ],
  });
}

/** The .docx bytes of the memo, in `font` (the workbook's document font). */
export async function officialMemoDocx(memo: OfficialMemo, font: string): Promise<Buffer> {
  const [office, reference, date, subject] = memo.fields;
  const header = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: GARUDA_HEIGHT, lineRule: LineRuleType.EXACT, after: PART_SPACING },
      children: [runOf(MEMO_TITLE, font, { bold: true, points: MEMO_POINTS.title })],
    }),
    ...(office ? [fieldParagraph(office, font)] : []),
    ...(reference && date ? [referenceAndDate(reference, date, font)] : []),
    ...(subject ? [fieldParagraph(subject, font)] : []),
    // เรียน is the body's: 16 pt, plain, its addressee to write on the dots.
    new Paragraph({
      spacing: { before: PART_SPACING },
      children: [runOf(`${memo.to.label} ${memo.to.value ?? DOTTED_LINE}`, font)],
    }),
  ];
  const signature = memo.signature.map(
    (line, index) =>
      new Paragraph({
        alignment: AlignmentType.CENTER,
        indent: { left: SIGNATURE_INDENT },
        keepNext: index < memo.signature.length - 1,
        spacing: index === 0 ? { before: SIGNING_ROOM } : undefined,
        children: [runOf(line, font)],
      }),
  );
  const document = new Document({
    styles: {
      default: {
        document: {
          run: {
            size: MEMO_POINTS.body * 2,
            sizeComplexScript: MEMO_POINTS.body * 2,
            font: { ascii: font, hAnsi: font, cs: font, eastAsia: font },
            language: { value: "th-TH", bidirectional: "th-TH" },
          },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: PAGE,
            margin: MARGINS,
            pageNumbers: {
              formatType: memo.digits === "thai" ? NumberFormat.THAI_NUMBERS : NumberFormat.DECIMAL,
            },
          },
        },
        headers: { default: laterPagesHeader(font), first: new Header({ children: [] }) },
        children: [
          ...header,
          ...bodyOf(memo.body, font),
          new Paragraph({
            alignment: AlignmentType.THAI_DISTRIBUTE,
            indent: { firstLine: FIRST_LINE_INDENT },
            keepNext: true,
            spacing: { before: PART_SPACING },
            children: [runOf(memo.closing, font)],
          }),
          ...signature,
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
