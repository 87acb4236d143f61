import {
  type Conference,
  genderLabels,
  participantGroupLabels,
  type Gender,
  type ParticipantGroup,
} from '@canhgiac/contracts';
import {
  createPdf,
  fitFontSize,
  FOOTER_HEIGHT,
  nfc,
  type Pdf,
  writePageNumbers,
} from '../../common/pdf/pdf-document';
import { formatDate, formatTime } from '../../common/pdf/format';
import { drawQr } from '../../common/pdf/qr';

export interface RollCallRow {
  fullName: string | null;
  birthYear: number | null;
  gender: Gender;
  group: ParticipantGroup;
  organizationName: string | null;
  checkInCode: string;
  attended: boolean;
}

const MARGIN = 36;
const A4_HEIGHT = 841.89;
const ROW_HEIGHT = 48;
const QR_SIZE = 44;
const HEADER_HEIGHT = 28;
/** The first page's heading (title, conference, place, time) has a fixed height, so paging is known in advance. */
const HEADING_HEIGHT = 88;
const columns = [
  { key: 'index', title: 'STT', width: 26, align: 'center' },
  { key: 'name', title: 'Họ và tên', width: 140, align: 'left' },
  { key: 'year', title: 'Năm sinh', width: 40, align: 'center' },
  { key: 'gender', title: 'Giới tính', width: 40, align: 'center' },
  { key: 'unit', title: 'Tổ chức / nhóm', width: 100, align: 'left' },
  { key: 'code', title: 'Mã điểm danh', width: 112, align: 'left' },
  { key: 'sign', title: 'Ký tên', width: 65, align: 'center' },
] as const;

const rowsBelow = (top: number) =>
  Math.floor((A4_HEIGHT - MARGIN - FOOTER_HEIGHT - top - HEADER_HEIGHT) / ROW_HEIGHT);

/** Registrant rows on the first page (under the heading) and on each following page. */
export const ROLL_CALL_ROWS_PER_PAGE = {
  first: rowsBelow(MARGIN + HEADING_HEIGHT),
  next: rowsBelow(MARGIN),
} as const;

function heading(doc: Pdf, conference: Conference, total: number) {
  const width = doc.page.width - 2 * MARGIN;
  doc
    .font('bold')
    .fontSize(14)
    .text('DANH SÁCH ĐIỂM DANH', MARGIN, MARGIN, { align: 'center', width, lineBreak: false });
  // A long title takes at most two lines; every line below has a fixed place.
  doc
    .font('bold')
    .fontSize(11)
    .text(nfc(conference.title), MARGIN, MARGIN + 22, {
      align: 'center',
      width,
      height: 28,
      ellipsis: true,
    });
  doc.font('regular').fontSize(10);
  const when = `${formatTime(conference.startsAt)}–${formatTime(conference.endsAt)}, ngày ${formatDate(conference.startsAt)}`;
  const place = nfc(
    `Địa điểm: ${conference.venue}, ${conference.communeName}, ${conference.districtName}`,
  );
  doc.text(place, MARGIN, MARGIN + 54, { width, height: 13, ellipsis: true });
  doc.text(nfc(`Thời gian: ${when}    Số người đăng ký: ${total}`), MARGIN, MARGIN + 68, {
    width,
    height: 13,
    ellipsis: true,
  });
}

function tableHeader(doc: Pdf, y: number): number {
  let x = MARGIN;
  doc.font('bold').fontSize(8.5);
  for (const column of columns) {
    doc.rect(x, y, column.width, HEADER_HEIGHT).fillAndStroke('#E8EEF7', '#000000');
    const height = doc.heightOfString(column.title, { width: column.width - 6 });
    doc.fillColor('black').text(column.title, x + 3, y + (HEADER_HEIGHT - height) / 2, {
      width: column.width - 6,
      align: 'center',
    });
    x += column.width;
  }
  return y + HEADER_HEIGHT;
}

function row(doc: Pdf, y: number, index: number, item: RollCallRow) {
  const name = item.fullName ? nfc(item.fullName) : '(đã xóa thông tin)';
  const unit = [item.organizationName, participantGroupLabels[item.group]]
    .filter(Boolean)
    .join(' – ');
  const cells: Record<string, string> = {
    index: String(index),
    name,
    year: item.birthYear ? String(item.birthYear) : '',
    gender: genderLabels[item.gender],
    unit: nfc(unit),
    code: item.checkInCode,
    sign: item.attended ? 'Đã điểm danh' : '',
  };
  let x = MARGIN;
  doc.lineWidth(0.6);
  for (const column of columns) {
    doc.rect(x, y, column.width, ROW_HEIGHT).stroke('#000000');
    if (column.key === 'code') {
      drawQr(doc, item.checkInCode, x + 1, y + 2, QR_SIZE);
      // The code is typed at the door when a QR does not scan: always whole, on one line.
      const space = column.width - QR_SIZE - 6;
      const size = fitFontSize(doc, cells.code, 'medium', 10, 6, space);
      doc
        .fillColor('black')
        .text(cells.code, x + QR_SIZE + 3, y + (ROW_HEIGHT - size) / 2, { lineBreak: false });
    } else {
      const font = column.key === 'name' ? 'medium' : column.key === 'sign' ? 'italic' : 'regular';
      const size = column.key === 'name' ? 10 : 9;
      doc.font(font).fontSize(size).fillColor('black');
      const height = doc.heightOfString(cells[column.key], { width: column.width - 6 });
      doc.text(
        cells[column.key],
        x + 3,
        y + Math.max(3, (ROW_HEIGHT - Math.min(height, ROW_HEIGHT - 6)) / 2),
        {
          width: column.width - 6,
          height: ROW_HEIGHT - 6,
          align: column.align,
          ellipsis: true,
        },
      );
    }
    x += column.width;
  }
}

/**
 * The printable sign-in sheet: a header with the conference, commune, venue and date, then one row
 * per registrant (by organization, then name) with a signature box and a QR code of the
 * registrant's check-in code. The QR carries only the 8-character code, so it stays coarse
 * enough to scan from a photocopy; the check-in page reads it. A4, paged, black on white.
 */
export function renderRollCall(conference: Conference, rows: RollCallRow[]): Pdf {
  const doc = createPdf({
    title: `Danh sách điểm danh – ${conference.title}`,
    margin: MARGIN,
    bufferPages: true,
  });
  heading(doc, conference, rows.length);
  let y = tableHeader(doc, MARGIN + HEADING_HEIGHT);
  let left = ROLL_CALL_ROWS_PER_PAGE.first;
  rows.forEach((item, index) => {
    if (left === 0) {
      doc.addPage();
      y = tableHeader(doc, MARGIN);
      left = ROLL_CALL_ROWS_PER_PAGE.next;
    }
    row(doc, y, index + 1, item);
    y += ROW_HEIGHT;
    left -= 1;
  });
  if (rows.length === 0) {
    doc
      .font('italic')
      .fontSize(10)
      .text('Chưa có người đăng ký.', MARGIN, y + 8, { lineBreak: false });
  }
  writePageNumbers(doc, MARGIN);
  return doc;
}
