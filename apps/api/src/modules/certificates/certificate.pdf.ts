import { createPdf, fitFontSize, nfc, type Pdf } from '../../common/pdf/pdf-document';
import { formatDate, formatLongDate } from '../../common/pdf/format';
import { drawQr } from '../../common/pdf/qr';
import type { CertificatePrint } from './certificates.repository';

const W = 841.89;
const H = 595.28;
const NAVY = '#0B3A82';
const RED = '#B3261E';
const GOLD = '#B8860B';

const honorific = { male: 'Ông', female: 'Bà', other: 'Ông/Bà' } as const;

function frame(doc: Pdf) {
  doc.save();
  doc
    .lineWidth(3)
    .strokeColor(NAVY)
    .rect(18, 18, W - 36, H - 36)
    .stroke();
  doc
    .lineWidth(1)
    .strokeColor(GOLD)
    .rect(26, 26, W - 52, H - 52)
    .stroke();
  doc.restore();
}

/** Centered text within [x, x + width], shrinking to one line. */
function centered(
  doc: Pdf,
  text: string,
  x: number,
  y: number,
  width: number,
  font: 'regular' | 'bold' | 'medium' | 'italic' | 'boldItalic',
  size: number,
  color = 'black',
) {
  const fitted = fitFontSize(doc, text, font, size, size * 0.6, width);
  doc
    .font(font)
    .fontSize(fitted)
    .fillColor(color)
    .text(nfc(text), x, y, { width, align: 'center', lineBreak: false });
}

function underline(doc: Pdf, centerX: number, y: number, width: number) {
  doc
    .save()
    .lineWidth(0.8)
    .strokeColor('black')
    .moveTo(centerX - width / 2, y)
    .lineTo(centerX + width / 2, y)
    .stroke()
    .restore();
}

/** Draws one certificate on the current page. */
export function drawCertificate(doc: Pdf, cert: CertificatePrint, verifyUrl: string): void {
  frame(doc);
  const s = cert.settings;
  // Header: the issuing body (left) and the national motto (right), as on every state document.
  const leftX = 46;
  const leftW = 300;
  centered(doc, s.parentBody.toUpperCase(), leftX, 46, leftW, 'regular', 12);
  centered(doc, s.issuer.toUpperCase(), leftX, 63, leftW, 'bold', 12);
  underline(doc, leftX + leftW / 2, 81, 110);
  centered(doc, `Số: ${cert.serial}`, leftX, 88, leftW, 'regular', 11);

  const rightX = W - 46 - 360;
  centered(doc, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', rightX, 46, 360, 'bold', 12);
  centered(doc, 'Độc lập – Tự do – Hạnh phúc', rightX, 63, 360, 'bold', 12.5);
  underline(doc, rightX + 180, 81, 170);

  centered(doc, 'GIẤY CHỨNG NHẬN', 60, 122, W - 120, 'bold', 40, RED);
  centered(doc, 'Chứng nhận', 60, 176, W - 120, 'italic', 15);

  const name = cert.holderName ?? '(thông tin đã được xóa theo yêu cầu)';
  centered(doc, `${honorific[cert.gender]}: ${name}`, 80, 204, W - 160, 'bold', 28, NAVY);

  const details = [
    cert.birthYear ? `Năm sinh: ${cert.birthYear}` : null,
    cert.residence ? `Nơi cư trú: ${cert.residence}` : null,
  ]
    .filter(Boolean)
    .join('     ');
  if (details) centered(doc, details, 80, 248, W - 160, 'regular', 14);

  centered(doc, 'Đã tham gia hội nghị tập huấn', 80, 276, W - 160, 'regular', 14);
  // A long title wraps on up to three lines, smaller when needed.
  const title = nfc(`“${cert.conferenceTitle}”`);
  let size = 17;
  doc.font('bold');
  while (
    size > 11 &&
    doc.fontSize(size).heightOfString(title, { width: W - 200, align: 'center' }) > 3 * size * 1.25
  )
    size -= 0.5;
  const titleHeight = Math.min(
    doc.heightOfString(title, { width: W - 200, align: 'center' }),
    3 * size * 1.3,
  );
  doc
    .fillColor('black')
    .fontSize(size)
    .text(title, 100, 298, {
      width: W - 200,
      align: 'center',
      height: titleHeight + 2,
      ellipsis: true,
    });

  const held = `Tổ chức ngày ${formatDate(cert.startsAt)} tại ${cert.venue}${cert.place ? `, ${cert.place}` : ''}`;
  doc.font('regular').fontSize(12.5);
  doc.text(nfc(held), 100, 298 + titleHeight + 10, {
    width: W - 200,
    align: 'center',
    height: 34,
    ellipsis: true,
  });

  // Place and date of issue, then the signer.
  const signX = W - 46 - 300;
  centered(doc, `${s.issuePlace}, ${formatLongDate(cert.issuedAt)}`, signX, 418, 300, 'italic', 13);
  centered(doc, s.signerTitle.toUpperCase(), signX, 440, 300, 'bold', 13);
  if (s.signerName) centered(doc, s.signerName, signX, 520, 300, 'bold', 14);

  // The QR code links to the public verification page.
  const qrSize = 92;
  drawQr(doc, verifyUrl, 52, H - 52 - qrSize - 26, qrSize);
  doc.font('regular').fontSize(8.5).fillColor('#333333');
  doc.text('Quét mã để kiểm tra giấy chứng nhận', 52, H - 52 - 24, {
    width: 200,
    lineBreak: false,
  });
  doc.text(nfc(`Số: ${cert.serial}`), 52, H - 52 - 12, { width: 200, lineBreak: false });
  doc.fillColor('black');
}

/**
 * A PDF with one certificate, or a batch written page by page to the stream; `createdAt` stamps
 * it (a job's file is stamped with the job's time, so that a rerun makes the same bytes).
 */
export function createCertificatePdf(title: string, createdAt?: Date): Pdf {
  return createPdf({ title, layout: 'landscape', margin: 0, createdAt });
}
