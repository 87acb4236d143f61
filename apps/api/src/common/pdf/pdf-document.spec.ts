import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createPdf, type Pdf, writePageNumbers } from './pdf-document';

const MARGIN = 36;

function finish(doc: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/** Pages as poppler counts them, and each page's text. */
function read(pdf: Buffer): { pages: number; texts: string[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'canhgiac-pdf-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    fs.writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    return {
      pages: Number(/^Pages:\s+(\d+)/mu.exec(info)?.[1]),
      texts: text.split('\f').slice(0, -1),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** `pages` pages, each filled with text down to its bottom margin: the cursor ends at the foot. */
function filledDocument(pages: number): Pdf {
  const doc = createPdf({ title: 'Thử số trang', margin: MARGIN, bufferPages: true });
  for (let page = 1; page <= pages; page += 1) {
    if (page > 1) doc.addPage();
    doc.fontSize(10).text(`Nội dung trang ${page}`, MARGIN, MARGIN);
    doc.y = doc.page.height - MARGIN - 2;
  }
  return doc;
}

describe('page numbers', () => {
  it.each([1, 3, 12])(
    'number %i full pages without adding a page, each page carrying "Trang x/N"',
    async (count) => {
      const doc = filledDocument(count);
      writePageNumbers(doc, MARGIN);
      const { pages, texts } = read(await finish(doc));
      expect(pages).toBe(count);
      texts.forEach((text, i) => {
        expect(text).toContain(`Nội dung trang ${i + 1}`);
        expect(text).toContain(`Trang ${i + 1}/${count}`);
      });
    },
  );

  it("writes a styled number (the decree's top centre, from the second page) without adding a page", async () => {
    const doc = filledDocument(4);
    writePageNumbers(doc, 85, {
      label: (page) => `Số ${page}`,
      top: 25,
      right: 42,
      align: 'center',
      fontSize: 12,
      from: 2,
    });
    const { pages, texts } = read(await finish(doc));
    expect(pages).toBe(4);
    expect(texts[0]).not.toMatch(/Số \d/u);
    for (const i of [1, 2, 3]) expect(texts[i]).toContain(`Số ${i + 1}`);
  });

  it('never wraps a number that is too long for its line onto a new page', async () => {
    const doc = filledDocument(2);
    writePageNumbers(doc, MARGIN, { label: (page) => `Trang ${page} `.repeat(400) });
    expect(read(await finish(doc)).pages).toBe(2);
  });
});
