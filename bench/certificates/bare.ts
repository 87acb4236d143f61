/**
 * The physical limit of a certificate batch: bare pdfkit writing the same pages, with the same
 * embedded font files, the same strings and the same QR code drawn as vector squares, with no
 * database, no HTTP, no framework and no layout logic (every string is placed on one line at a
 * position measured once).
 */
import * as fs from 'node:fs';
import type { Writable } from 'node:stream';
import { apiRequire } from '../support/app';
import type { MemorySampler } from '../support/measure';

const PDFDocument = apiRequire('pdfkit') as new (
  options?: PDFKit.PDFDocumentOptions,
) => PDFKit.PDFDocument;
const QRCode = apiRequire('qrcode') as {
  create(
    text: string,
    options: { errorCorrectionLevel: 'M' },
  ): { modules: { size: number; get(row: number, col: number): number | boolean } };
};

const FONT_DIR = '@expo-google-fonts/be-vietnam-pro';
const fontFiles = {
  regular: `${FONT_DIR}/400Regular/BeVietnamPro_400Regular.ttf`,
  italic: `${FONT_DIR}/400Regular_Italic/BeVietnamPro_400Regular_Italic.ttf`,
  bold: `${FONT_DIR}/700Bold/BeVietnamPro_700Bold.ttf`,
} as const;
type Face = keyof typeof fontFiles;
let fonts: Record<Face, Buffer> | undefined;

/** Every string one certificate page shows, already composed (NFC). */
export interface CertificateText {
  parentBody: string;
  issuer: string;
  serialLine: string;
  holder: string;
  details: string;
  title: string;
  held: string;
  issueLine: string;
  signerTitle: string;
  signerName: string;
  verifyUrl: string;
}

const W = 841.89;
const H = 595.28;
const NAVY = '#0B3A82';
const RED = '#B3261E';
const GOLD = '#B8860B';
const MOTTO = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO_2 = 'Độc lập – Tự do – Hạnh phúc';

function centered(
  doc: PDFKit.PDFDocument,
  text: string,
  x: number,
  y: number,
  width: number,
  face: Face,
  size: number,
  color = 'black',
) {
  doc.font(face).fontSize(size).fillColor(color);
  doc.text(text, x + (width - doc.widthOfString(text)) / 2, y, { lineBreak: false });
}

function qr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const cell = size / (modules.size + 4);
  for (let row = 0; row < modules.size; row += 1) {
    let run = -1;
    for (let col = 0; col <= modules.size; col += 1) {
      const dark = col < modules.size && modules.get(row, col);
      if (dark && run < 0) run = col;
      else if (!dark && run >= 0) {
        doc.rect(x + (run + 2) * cell, y + (row + 2) * cell, (col - run) * cell, cell);
        run = -1;
      }
    }
  }
  doc.fillColor('black').fill();
}

function page(doc: PDFKit.PDFDocument, c: CertificateText) {
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
  centered(doc, c.parentBody, 46, 46, 300, 'regular', 12);
  centered(doc, c.issuer, 46, 63, 300, 'bold', 12);
  doc.lineWidth(0.8).strokeColor('black').moveTo(141, 81).lineTo(251, 81).stroke();
  centered(doc, c.serialLine, 46, 88, 300, 'regular', 11);
  const rightX = W - 46 - 360;
  centered(doc, MOTTO, rightX, 46, 360, 'bold', 12);
  centered(doc, MOTTO_2, rightX, 63, 360, 'bold', 12.5);
  doc
    .moveTo(rightX + 95, 81)
    .lineTo(rightX + 265, 81)
    .stroke();
  centered(doc, 'GIẤY CHỨNG NHẬN', 60, 122, W - 120, 'bold', 40, RED);
  centered(doc, 'Chứng nhận', 60, 176, W - 120, 'italic', 15);
  centered(doc, c.holder, 80, 204, W - 160, 'bold', 28, NAVY);
  centered(doc, c.details, 80, 248, W - 160, 'regular', 14);
  centered(doc, 'Đã tham gia hội nghị tập huấn', 80, 276, W - 160, 'regular', 14);
  centered(doc, c.title, 100, 298, W - 200, 'bold', 17);
  centered(doc, c.held, 100, 329, W - 200, 'regular', 12.5);
  const signX = W - 46 - 300;
  centered(doc, c.issueLine, signX, 418, 300, 'italic', 13);
  centered(doc, c.signerTitle, signX, 440, 300, 'bold', 13);
  if (c.signerName) centered(doc, c.signerName, signX, 520, 300, 'bold', 14);
  qr(doc, c.verifyUrl, 52, H - 52 - 92 - 26, 92);
  doc.font('regular').fontSize(8.5).fillColor('#333333');
  doc.text('Quét mã để kiểm tra giấy chứng nhận', 52, H - 76, { lineBreak: false });
  doc.text(c.serialLine, 52, H - 64, { lineBreak: false });
}

/**
 * Writes one page per certificate into `out`, yielding to the event loop every `chunk` pages
 * (the product yields while it reads its next page of rows), so the stream drains and memory
 * can be sampled. Resolves with the bytes written once `out` has finished.
 */
export async function renderBare(
  certificates: CertificateText[],
  out: Writable,
  memory: MemorySampler,
  chunk = 200,
): Promise<{ pages: number; bytes: number }> {
  fonts ??= Object.fromEntries(
    Object.entries(fontFiles).map(([face, file]) => [
      face,
      fs.readFileSync(apiRequire.resolve(file)),
    ]),
  ) as Record<Face, Buffer>;
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    info: { Title: 'Giấy chứng nhận', Author: 'Cảnh Giác', Creator: 'Cảnh Giác' },
    lang: 'vi-VN',
  } as PDFKit.PDFDocumentOptions);
  for (const [face, buffer] of Object.entries(fonts)) doc.registerFont(face, buffer);
  let bytes = 0;
  doc.on('data', (data: Buffer) => (bytes += data.length));
  const finished = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
  });
  doc.pipe(out);
  for (let i = 0; i < certificates.length; i += 1) {
    if (i > 0) doc.addPage();
    page(doc, certificates[i]);
    if ((i + 1) % chunk === 0) {
      memory.sample();
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  doc.end();
  await finished;
  memory.sample();
  return { pages: certificates.length, bytes };
}
