import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type request from 'supertest';

/** Collects a binary response body (PDF, XLSX) as a Buffer. */
export function binary(res: request.Response, callback: (err: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}

/** The text of a PDF as poppler's pdftotext extracts it (what search and copy-paste see). */
export function pdfText(pdf: Buffer, options: { layout?: boolean } = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'canhgiac-pdf-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    fs.writeFileSync(file, pdf);
    return execFileSync(
      'pdftotext',
      [...(options.layout ? ['-layout'] : []), '-enc', 'UTF-8', file, '-'],
      { encoding: 'utf8' },
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Fonts embedded in a PDF, as pdffonts lists them. */
export function pdfFonts(pdf: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'canhgiac-pdf-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    fs.writeFileSync(file, pdf);
    return execFileSync('pdffonts', [file], { encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/gu) ?? []).length;
}

/** Pages as poppler's pdfinfo counts them (what a printer gets). */
export function pdfInfoPages(pdf: Buffer): number {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'canhgiac-pdf-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    fs.writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    return Number(/^Pages:\s+(\d+)/mu.exec(info)?.[1]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of each page, in order (pdftotext ends every page with a form feed). */
export const pdfPageTexts = (pdf: Buffer, options: { layout?: boolean } = {}): string[] =>
  pdfText(pdf, options).split('\f').slice(0, -1);
