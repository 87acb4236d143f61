import { doReadNumber, ReadingConfig } from 'read-vietnamese-number';
import { formatLongDate } from '../../common/pdf/format';
import { createPdf, nfc, type Pdf } from '../../common/pdf/pdf-document';

export interface HandoverSlip {
  documentNumber: string;
  batchTitle: string;
  quantity: number;
  recipientKind: 'organization' | 'commune' | 'conference';
  recipientName: string;
  districtName: string | null;
  status: 'planned' | 'delivered' | 'cancelled';
  deliveredOn: string | null;
  receivedBy: string | null;
  note: string | null;
  giverName: string | null;
  parentBody: string;
  issuer: string;
  place: string;
}

const MARGIN = 56;
const wordsConfig = new ReadingConfig();
wordsConfig.unit = ['tờ'];

/** 20000 → "Hai mươi nghìn tờ". */
export function quantityInWords(quantity: number): string {
  const words = doReadNumber(String(quantity), wordsConfig);
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

const recipientLabel = {
  organization: 'Tổ chức',
  commune: 'Ủy ban nhân dân',
  conference: 'Ban tổ chức hội nghị',
} as const;

function twoColumns(doc: Pdf, y: number, left: string[], right: string[]) {
  const width = (doc.page.width - 2 * MARGIN) / 2;
  left.forEach((line, i) =>
    doc
      .font(i === 1 ? 'bold' : 'regular')
      .fontSize(11.5)
      .text(nfc(line), MARGIN, y + i * 16, { width, align: 'center' }),
  );
  right.forEach((line, i) =>
    doc
      .font('bold')
      .fontSize(i === 0 ? 11.5 : 12)
      .text(nfc(line), MARGIN + width, y + i * 16, { width, align: 'center' }),
  );
}

/**
 * "Biên bản bàn giao": the handover note of an allocation, A4, with its document number, the date,
 * who gives and who receives, the leaflet title and the quantity in numbers and in words, and
 * both parties' signature blocks.
 */
export function renderHandoverNote(slip: HandoverSlip): Pdf {
  const doc = createPdf({ title: `Biên bản bàn giao ${slip.documentNumber}`, margin: MARGIN });
  const contentWidth = doc.page.width - 2 * MARGIN;
  twoColumns(
    doc,
    MARGIN,
    [slip.parentBody.toUpperCase(), slip.issuer.toUpperCase()],
    ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập – Tự do – Hạnh phúc'],
  );
  const half = contentWidth / 2;
  doc
    .lineWidth(0.7)
    .moveTo(MARGIN + half / 2 - 45, MARGIN + 34)
    .lineTo(MARGIN + half / 2 + 45, MARGIN + 34)
    .stroke();
  doc
    .moveTo(MARGIN + half + half / 2 - 75, MARGIN + 34)
    .lineTo(MARGIN + half + half / 2 + 75, MARGIN + 34)
    .stroke();
  doc
    .font('regular')
    .fontSize(11.5)
    .text(nfc(`Số: ${slip.documentNumber}`), MARGIN, MARGIN + 42, { width: half, align: 'center' });
  const dated = slip.deliveredOn
    ? `${slip.place}, ${formatLongDate(`${slip.deliveredOn}T12:00:00+07:00`)}`
    : `${slip.place}, ngày ..... tháng ..... năm ..........`;
  doc.font('italic').text(nfc(dated), MARGIN + half, MARGIN + 42, { width: half, align: 'center' });

  doc
    .font('bold')
    .fontSize(16)
    .text('BIÊN BẢN BÀN GIAO', MARGIN, MARGIN + 84, { width: contentWidth, align: 'center' });
  doc
    .font('bold')
    .fontSize(12)
    .text('Tài liệu tuyên truyền phòng, chống lừa đảo trên không gian mạng', {
      width: contentWidth,
      align: 'center',
    });
  doc.moveDown(1.2);

  const body = (label: string, value: string) => {
    doc.font('bold').fontSize(12).text(nfc(label), MARGIN, doc.y, { continued: true });
    doc.font('regular').text(nfc(value), { width: contentWidth });
  };
  doc
    .font('regular')
    .fontSize(12)
    .text('Hôm nay, hai bên gồm:', MARGIN, doc.y, { width: contentWidth });
  doc.moveDown(0.4);
  body('BÊN GIAO: ', `${slip.issuer}`);
  body('     Đại diện: ', slip.giverName ?? '....................................................');
  doc.moveDown(0.3);
  const receiver = `${recipientLabel[slip.recipientKind]}: ${slip.recipientName}${slip.districtName ? ` (${slip.districtName})` : ''}`;
  body('BÊN NHẬN: ', receiver);
  body(
    '     Đại diện: ',
    slip.receivedBy ?? '....................................................',
  );
  doc.moveDown(0.6);
  doc
    .font('regular')
    .fontSize(12)
    .text('Hai bên thống nhất bàn giao tài liệu như sau:', MARGIN, doc.y, { width: contentWidth });
  doc.moveDown(0.5);

  // The table of what changes hands.
  const columns = [
    { title: 'STT', width: 36 },
    { title: 'Tên tài liệu', width: contentWidth - 36 - 70 - 90 - 90 },
    { title: 'Đơn vị tính', width: 70 },
    { title: 'Số lượng', width: 90 },
    { title: 'Ghi chú', width: 90 },
  ];
  let x = MARGIN;
  const top = doc.y;
  doc.font('bold').fontSize(11);
  for (const column of columns) {
    doc.rect(x, top, column.width, 24).stroke();
    doc.text(column.title, x + 2, top + 7, { width: column.width - 4, align: 'center' });
    x += column.width;
  }
  const title = nfc(`Tờ rơi “${slip.batchTitle}”`);
  doc.font('regular').fontSize(11);
  const rowHeight = Math.max(30, doc.heightOfString(title, { width: columns[1].width - 8 }) + 12);
  const cells = [
    '1',
    title,
    'Tờ',
    slip.quantity.toLocaleString('vi-VN'),
    slip.note ? nfc(slip.note) : '',
  ];
  x = MARGIN;
  columns.forEach((column, i) => {
    doc.rect(x, top + 24, column.width, rowHeight).stroke();
    doc.text(cells[i], x + 4, top + 30, {
      width: column.width - 8,
      align: i === 1 || i === 4 ? 'left' : 'center',
      height: rowHeight - 8,
      ellipsis: true,
    });
    x += column.width;
  });
  doc.y = top + 24 + rowHeight + 10;
  body(
    'Tổng số lượng: ',
    `${slip.quantity.toLocaleString('vi-VN')} tờ (Bằng chữ: ${quantityInWords(slip.quantity)}).`,
  );
  doc.moveDown(0.6);
  doc
    .font('regular')
    .fontSize(12)
    .text(
      'Biên bản được lập thành 02 bản có giá trị như nhau, mỗi bên giữ 01 bản. Bên nhận có trách nhiệm sử dụng tài liệu đúng mục đích tuyên truyền.',
      MARGIN,
      doc.y,
      { width: contentWidth, align: 'justify' },
    );
  if (slip.status === 'cancelled') {
    doc
      .moveDown(0.6)
      .font('bold')
      .fillColor('#B3261E')
      .text('LƯỢT PHÂN BỔ NÀY ĐÃ BỊ HỦY', { width: contentWidth, align: 'center' })
      .fillColor('black');
  }

  // Signature blocks.
  const signTop = doc.y + 30;
  for (const [i, party] of ['ĐẠI DIỆN BÊN GIAO', 'ĐẠI DIỆN BÊN NHẬN'].entries()) {
    const left = MARGIN + i * half;
    doc.font('bold').fontSize(12).text(party, left, signTop, { width: half, align: 'center' });
    doc
      .font('italic')
      .fontSize(11)
      .text('(Ký, ghi rõ họ tên)', left, signTop + 17, { width: half, align: 'center' });
    const name = i === 0 ? slip.giverName : slip.receivedBy;
    if (name)
      doc
        .font('bold')
        .fontSize(12)
        .text(nfc(name), left, signTop + 100, { width: half, align: 'center' });
  }
  return doc;
}
