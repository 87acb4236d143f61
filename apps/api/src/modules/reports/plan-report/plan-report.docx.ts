import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { formatLongDate } from '../../../common/pdf/format';
import {
  type Block,
  documentNumberLine,
  type PlanReportData,
  planReportBlocks,
  planReportTitle,
  recipientLines,
} from './plan-report.content';

/** Decree 30/2020/NĐ-CP: Times New Roman, 13–14 pt; sizes below are half-points. */
const FONT = 'Times New Roman';
const PT12 = 24;
const PT13 = 26;
const PT14 = 28;
const nfc = (text: string) => text.normalize('NFC');

const run = (
  text: string,
  options: { bold?: boolean; italics?: boolean; size?: number; break?: number } = {},
) =>
  new TextRun({
    text: nfc(text),
    font: FONT,
    size: options.size ?? PT14,
    bold: options.bold,
    italics: options.italics,
    break: options.break,
  });

const line = (
  children: ParagraphChild[],
  options: {
    align?: (typeof AlignmentType)[keyof typeof AlignmentType];
    after?: number;
    before?: number;
    indent?: boolean;
    underlineWidth?: number;
  } = {},
) =>
  new Paragraph({
    children,
    alignment: options.align ?? AlignmentType.JUSTIFIED,
    spacing: { before: options.before ?? 0, after: options.after ?? 0, line: 288 },
    indent: options.indent ? { firstLine: convertMillimetersToTwip(12.7) } : undefined,
  });

/** A short rule under the agency's name or the motto, centred under the text as the decree draws it. */
const rule = (cellTwips: number, ruleTwips: number, before = 0) =>
  new Paragraph({
    children: [],
    spacing: { before, after: 60 },
    indent: { left: (cellTwips - ruleTwips) / 2, right: (cellTwips - ruleTwips) / 2 },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
  });

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const noBorders = {
  top: none,
  bottom: none,
  left: none,
  right: none,
  insideHorizontal: none,
  insideVertical: none,
};

/** A4 with the decree's margins: top and bottom 20 mm, left 30 mm, right 15 mm. */
const PAGE_WIDTH_MM = 210;
const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 };
const CONTENT_TWIPS = convertMillimetersToTwip(PAGE_WIDTH_MM - MARGINS_MM.left - MARGINS_MM.right);

/** The heading reaches 10 mm into the left margin, as the decree's sample places the agency's block. */
const HEADER_OUTDENT = convertMillimetersToTwip(10);

function headerTable(data: PlanReportData): Table {
  const width = CONTENT_TWIPS + HEADER_OUTDENT;
  const left = Math.round(width * 0.43);
  const right = width - left;
  const center = AlignmentType.CENTER;
  const margins = { left: 0, right: 0, top: 0, bottom: 0 };
  return new Table({
    width: { size: width, type: WidthType.DXA },
    indent: { size: -HEADER_OUTDENT, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: noBorders,
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: left, type: WidthType.DXA },
            margins,
            children: [
              line([run(data.parentBody.toUpperCase(), { size: PT12 })], { align: center }),
              line([run(data.issuer.toUpperCase(), { bold: true, size: PT12 })], { align: center }),
              rule(left, convertMillimetersToTwip(25), 40),
              line([run(documentNumberLine(data), { size: PT13 })], { align: center, before: 60 }),
            ],
          }),
          new TableCell({
            width: { size: right, type: WidthType.DXA },
            margins,
            children: [
              line([run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: PT12 })], {
                align: center,
              }),
              line([run('Độc lập - Tự do - Hạnh phúc', { bold: true, size: PT13 })], {
                align: center,
              }),
              rule(right, convertMillimetersToTwip(55), 40),
              line(
                [
                  run(`${data.place}, ${formatLongDate(`${data.issuedOn}T12:00:00+07:00`)}`, {
                    italics: true,
                    size: PT14,
                  }),
                ],
                { align: center, before: 60 },
              ),
            ],
          }),
        ],
      }),
    ],
  });
}

function bodyTable(block: Extract<Block, { kind: 'table' }>): Table {
  const totalWidth = block.widths.reduce((a, b) => a + b, 0);
  const widths = block.widths.map((w) => Math.round((CONTENT_TWIPS * w) / totalWidth));
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
  const cell = (text: string, i: number, bold: boolean) =>
    new TableCell({
      width: { size: widths[i], type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { left: 60, right: 60, top: 30, bottom: 30 },
      children: [
        line([run(text, { bold, size: PT12 })], {
          align: i === 1 ? AlignmentType.LEFT : AlignmentType.CENTER,
        }),
      ],
    });
  const rows = [
    new TableRow({ tableHeader: true, children: block.headers.map((h, i) => cell(h, i, true)) }),
    ...block.rows.map(
      (row) =>
        new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, i, false)) }),
    ),
    ...(block.total
      ? [new TableRow({ children: block.total.map((text, i) => cell(text, i, true)) })]
      : []),
  ];
  return new Table({
    width: { size: CONTENT_TWIPS, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows,
  });
}

function signatureTable(data: PlanReportData): Table {
  const left = Math.round(CONTENT_TWIPS * 0.5);
  const right = CONTENT_TWIPS - left;
  const recipients = recipientLines(data);
  return new Table({
    width: { size: CONTENT_TWIPS, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: noBorders,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            width: { size: left, type: WidthType.DXA },
            children: [
              line([run('Nơi nhận:', { bold: true, italics: true, size: 24 })], {
                align: AlignmentType.LEFT,
              }),
              ...recipients.map((r) => line([run(r, { size: 22 })], { align: AlignmentType.LEFT })),
            ],
          }),
          new TableCell({
            width: { size: right, type: WidthType.DXA },
            children: [
              line([run(data.signerTitle.toUpperCase(), { bold: true, size: PT14 })], {
                align: AlignmentType.CENTER,
              }),
              ...[1, 2, 3, 4, 5].map(() => line([run('')], { align: AlignmentType.CENTER })),
              line([run(data.signerName || ' ', { bold: true, size: PT14 })], {
                align: AlignmentType.CENTER,
              }),
            ],
          }),
        ],
      }),
    ],
  });
}

/** The results report as a Word document in the layout of Decree 30/2020/NĐ-CP. */
export async function planReportDocx(data: PlanReportData): Promise<Buffer> {
  const children: Array<Paragraph | Table> = [headerTable(data)];
  children.push(
    line([run('BÁO CÁO', { bold: true })], { align: AlignmentType.CENTER, before: 360 }),
  );
  children.push(
    line([run(planReportTitle(data), { bold: true })], { align: AlignmentType.CENTER }),
  );
  children.push(
    line(
      [
        run(
          `(Từ ngày ${data.from.split('-').reverse().join('/')} đến ngày ${data.to.split('-').reverse().join('/')})`,
          { italics: true },
        ),
      ],
      { align: AlignmentType.CENTER, after: 60 },
    ),
  );
  children.push(rule(CONTENT_TWIPS, convertMillimetersToTwip(35), 120));
  for (const block of planReportBlocks(data)) {
    switch (block.kind) {
      case 'heading':
        children.push(
          line([run(block.text, { bold: true })], { before: 180, after: 60, indent: true }),
        );
        break;
      case 'subheading':
        children.push(
          line([run(block.text, { bold: true })], { before: 120, after: 60, indent: true }),
        );
        break;
      case 'paragraph':
        children.push(line([run(block.text)], { after: 60, indent: true }));
        break;
      case 'bullet':
        children.push(line([run(`- ${block.text}`)], { after: 40, indent: true }));
        break;
      case 'table':
        children.push(
          line([run(block.caption, { bold: true, italics: true })], {
            align: AlignmentType.CENTER,
            before: 120,
            after: 60,
          }),
        );
        children.push(bodyTable(block));
        break;
    }
  }
  children.push(line([run('')], { after: 120 }));
  children.push(signatureTable(data));

  const document = new Document({
    creator: 'Cảnh Giác',
    title: nfc(`Báo cáo ${planReportTitle(data)}`),
    styles: { default: { document: { run: { font: FONT, size: PT14 } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: {
              width: convertMillimetersToTwip(PAGE_WIDTH_MM),
              height: convertMillimetersToTwip(297),
            },
            margin: {
              top: convertMillimetersToTwip(MARGINS_MM.top),
              bottom: convertMillimetersToTwip(MARGINS_MM.bottom),
              left: convertMillimetersToTwip(MARGINS_MM.left),
              right: convertMillimetersToTwip(MARGINS_MM.right),
            },
          },
        },
        // Page numbers from the second page, centred at the top, as the decree asks.
        headers: {
          first: new Header({ children: [] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: PT13 })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
