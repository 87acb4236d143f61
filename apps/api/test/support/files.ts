import request from 'supertest';
import { once } from 'node:events';
import * as zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

export const csv = (rows: Array<Array<string | number>>) =>
  Buffer.from(
    `\uFEFF${rows.map((row) => row.map((cell) => (/[",\n]/u.test(String(cell)) ? `"${String(cell).replace(/"/gu, '""')}"` : cell)).join(',')).join('\r\n')}\r\n`,
  );

export async function xlsx(rows: Array<Array<string | number | null>>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const VI_HEADER = [
  'Họ và tên',
  'Giới tính',
  'Năm sinh',
  'Số điện thoại',
  'Mã xã',
  'Nhóm đối tượng',
];
export const FIELD_HEADER = ['fullName', 'gender', 'birthYear', 'phone', 'communeCode', 'group'];

/** One part of a hand-built zip; `declaredSize` makes the directory lie about its inflated size. */
export interface ZipPart {
  name: string;
  data: Buffer | AsyncIterable<Buffer>;
  declaredSize?: number;
}

async function deflate(
  data: Buffer | AsyncIterable<Buffer>,
): Promise<{ compressed: Buffer; size: number }> {
  if (Buffer.isBuffer(data)) return { compressed: zlib.deflateRawSync(data), size: data.length };
  const deflater = zlib.createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflater.on('data', (chunk: Buffer) => out.push(chunk));
  const ended = once(deflater, 'end');
  let size = 0;
  for await (const chunk of data) {
    size += chunk.length;
    if (!deflater.write(chunk)) await once(deflater, 'drain');
  }
  deflater.end();
  await ended;
  return { compressed: Buffer.concat(out), size };
}

/**
 * A zip written by hand, so that tests can build what no spreadsheet program writes: parts that
 * inflate to hundreds of megabytes from a few hundred kilobytes, or that lie about their size.
 * Parts are streamed through deflate, never held inflated. (CRCs are left 0: no reader here checks them.)
 */
export async function zipParts(parts: ZipPart[]): Promise<Buffer> {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const { compressed, size } = await deflate(part.data);
    const name = Buffer.from(part.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(part.declaredSize ?? size, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(compressed.length, 20);
    entry.writeUInt32LE(part.declaredSize ?? size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    central.push(entry, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * An .xlsx of one sheet whose cell A1 is a shared string of `chars` characters ("A" repeated),
 * streamed: a 200-million-character cell is a zip of about 200 KB. `declaredSize` lies about the
 * inflated size of the shared strings.
 */
export async function xlsxWithHugeCell(chars: number, declaredSize?: number): Promise<Buffer> {
  const main = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  async function* sharedStrings(): AsyncGenerator<Buffer> {
    yield Buffer.from(
      `<?xml version="1.0" encoding="UTF-8"?><sst ${main} count="1" uniqueCount="1"><si><t>`,
    );
    const block = Buffer.alloc(1 << 20, 'A');
    for (let left = chars; left > 0; left -= block.length)
      yield left >= block.length ? block : block.subarray(0, left);
    yield Buffer.from('</t></si></sst>');
  }
  return zipParts([
    {
      name: '[Content_Types].xml',
      data: Buffer.from(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: Buffer.from(
        `<?xml version="1.0" encoding="UTF-8"?><workbook ${main} xmlns:r="${rel}"><sheets><sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: Buffer.from(
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      data: Buffer.from(
        `<?xml version="1.0" encoding="UTF-8"?><worksheet ${main}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>`,
      ),
    },
    { name: 'xl/sharedStrings.xml', data: sharedStrings(), declaredSize },
  ]);
}

/** Tone marks Windows-1258 writes as separate characters after the letter. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/u;

/**
 * Text as Vietnamese Windows saves it in its code page 1258: a letter with a tone mark is the
 * letter (with its other marks, "ô", "ư") followed by the tone mark as a combining character.
 */
export function windows1258(text: string): Buffer {
  const split = [...text.normalize('NFC')]
    .map((char) => {
      const parts = char.normalize('NFD');
      const tone = [...parts].find((c) => TONE_MARKS.test(c));
      return tone ? `${parts.replace(tone, '').normalize('NFC')}${tone}` : char;
    })
    .join('');
  return iconv.encode(split, 'windows-1258');
}

/** A CSV as Excel's "Unicode Text" writes one: UTF-16 LE with its byte order mark, tabs between cells. */
export const utf16Csv = (rows: Array<Array<string | number>>) =>
  Buffer.concat([
    Buffer.from([0xff, 0xfe]),
    Buffer.from(`${rows.map((row) => row.join('\t')).join('\r\n')}\r\n`, 'utf16le'),
  ]);

/** Posts a member list as multipart (field `file`) to a conference's import route, or to `path` beside it. */
export const uploadList = (
  t: { http: Parameters<typeof request>[0] },
  token: string,
  conferenceId: string,
  file: Buffer,
  name: string,
  query: Record<string, string> = {},
  path = 'import',
) =>
  request(t.http)
    .post(`/api/conferences/${conferenceId}/registrations/${path}`)
    .query(query)
    .set('Authorization', `Bearer ${token}`)
    .attach('file', file, name);
