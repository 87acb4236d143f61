import * as fs from 'node:fs';
import { Readable } from 'node:stream';
import * as zlib from 'node:zlib';
import { AppError } from '../../../common/errors/app-error';

/**
 * An .xlsx is a zip of XML files. A few hundred kilobytes of zip can inflate to gigabytes (a
 * "zip bomb"), and one XML text can hold a cell of hundreds of millions of characters. Before the
 * workbook is parsed, its zip is checked here, from its central directory:
 *
 * - only the parts the import reads are kept (the workbook, its relationships, the shared strings
 *   and the first worksheet); pictures, styles and other sheets are never inflated;
 * - their declared uncompressed sizes must fit the limit, and each is inflated once, counting
 *   bytes, and refused as soon as it inflates past its declared size or the limit (a zip may lie);
 * - no XML text or tag may be longer than 8 bytes per character of `maxCellChars` (the longest
 *   escape of one character, `&#x10FFF;`; a cell of Excel holds at most 32,767 characters), and the shared strings table may hold at most `maxSharedStrings` entries.
 *
 * The checked parts are then handed to the spreadsheet reader as a new zip stream built from the
 * same compressed bytes, shared strings before the worksheet so the reader never spools a sheet
 * to disk while waiting for them.
 */

export interface XlsxLimits {
  /** The parts the import reads, inflated, in bytes. */
  maxUnzippedBytes: number;
  /** The longest cell, in characters; no run of XML between two `<` (a text or a tag) may exceed 8 bytes for each. */
  maxCellChars: number;
  maxSharedStrings: number;
}

interface Entry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const SHARED_STRINGS = 'xl/sharedStrings.xml';
const WORKSHEET = /^xl\/worksheets\/sheet\d+\.xml$/u;
const EMPTY_SHARED_STRINGS = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>',
);

const broken = () =>
  new AppError('VALIDATION_FAILED', 'Tệp Excel bị lỗi hoặc không phải .xlsx', {
    details: [
      { path: 'file', message: 'Không đọc được tệp Excel: hãy mở và lưu lại dưới dạng .xlsx' },
    ],
  });

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const tooBig = (limits: XlsxLimits) =>
  new AppError(
    'PAYLOAD_TOO_LARGE',
    `Tệp Excel khi giải nén quá lớn: tối đa ${megabytes(limits.maxUnzippedBytes)} dữ liệu`,
    {
      details: [
        {
          path: 'file',
          message:
            'Hãy xóa các trang, hình ảnh và định dạng không cần thiết, hoặc chia danh sách thành nhiều tệp',
        },
      ],
    },
  );

async function readAt(
  fd: fs.promises.FileHandle,
  position: number,
  length: number,
): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await fd.read(buffer, 0, length, position);
  if (bytesRead !== length) throw broken();
  return buffer;
}

/** The entries of the zip's central directory, with where each one's data starts. */
async function readDirectory(
  file: string,
  size: number,
): Promise<Array<Entry & { dataOffset: number }>> {
  const fd = await fs.promises.open(file, 'r');
  try {
    // The end-of-central-directory record: 22 bytes and a comment of up to 64 KiB, at the end.
    const tailLength = Math.min(size, 22 + 65_535);
    const tail = await readAt(fd, size - tailLength, tailLength);
    let eocd = -1;
    for (let i = tailLength - 22; i >= 0; i -= 1) {
      if (tail.readUInt32LE(i) === 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw broken();
    const count = tail.readUInt16LE(eocd + 10);
    const directorySize = tail.readUInt32LE(eocd + 12);
    const directoryOffset = tail.readUInt32LE(eocd + 16);
    // A zip64 archive (over 4 GB or 65,535 entries) is no member list.
    if (
      count === 0xffff ||
      directoryOffset === 0xffffffff ||
      directoryOffset + directorySize > size
    )
      throw broken();
    const directory = await readAt(fd, directoryOffset, directorySize);
    const entries: Array<Entry & { dataOffset: number }> = [];
    let at = 0;
    for (let i = 0; i < count; i += 1) {
      if (at + 46 > directory.length || directory.readUInt32LE(at) !== 0x02014b50) throw broken();
      const nameLength = directory.readUInt16LE(at + 28);
      const entry: Entry = {
        flags: directory.readUInt16LE(at + 8),
        method: directory.readUInt16LE(at + 10),
        crc: directory.readUInt32LE(at + 16),
        compressedSize: directory.readUInt32LE(at + 20),
        size: directory.readUInt32LE(at + 24),
        localOffset: directory.readUInt32LE(at + 42),
        name: directory.toString('utf8', at + 46, at + 46 + nameLength),
      };
      at += 46 + nameLength + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
      entries.push({ ...entry, dataOffset: -1 });
    }
    for (const entry of entries) {
      if (!isWanted(entry.name)) continue;
      const local = await readAt(fd, entry.localOffset, 30);
      if (local.readUInt32LE(0) !== 0x04034b50) throw broken();
      entry.dataOffset = entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
      if (entry.dataOffset + entry.compressedSize > size) throw broken();
    }
    return entries;
  } finally {
    await fd.close();
  }
}

const isWanted = (name: string) =>
  name === 'xl/workbook.xml' ||
  name === 'xl/_rels/workbook.xml.rels' ||
  name === SHARED_STRINGS ||
  WORKSHEET.test(name);

/** The parts to read, in the order the reader needs them. */
function choose(
  entries: Array<Entry & { dataOffset: number }>,
): Array<Entry & { dataOffset: number }> {
  const named = (name: string) => entries.find((entry) => entry.name === name);
  const sheet = entries.find((entry) => WORKSHEET.test(entry.name));
  if (!sheet || !named('xl/workbook.xml')) throw broken();
  return [
    named('xl/_rels/workbook.xml.rels'),
    named('xl/workbook.xml'),
    named(SHARED_STRINGS),
    sheet,
  ].filter((entry): entry is Entry & { dataOffset: number } => entry !== undefined);
}

/** Inflates one part, counting, and checks its texts; never keeps more than one chunk. */
async function check(
  file: string,
  entry: Entry & { dataOffset: number },
  limits: XlsxLimits,
  budget: number,
): Promise<number> {
  if (entry.flags & 0x1) throw broken(); // encrypted
  if (entry.method !== 0 && entry.method !== 8) throw broken();
  const allowed = Math.min(entry.size, budget);
  const source =
    entry.compressedSize === 0
      ? Readable.from([])
      : fs.createReadStream(file, {
          start: entry.dataOffset,
          end: entry.dataOffset + entry.compressedSize - 1,
        });
  const inflated = entry.method === 8 ? source.pipe(zlib.createInflateRaw()) : source;
  source.once('error', (error: Error) => inflated.destroy(error));
  const isSharedStrings = entry.name === SHARED_STRINGS;
  let total = 0;
  let run = 0;
  let strings = 0;
  const maxRun = limits.maxCellChars * 8;
  try {
    for await (const chunk of inflated as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > allowed) throw entry.size > budget || total > budget ? tooBig(limits) : lying();
      let from = 0;
      for (let lt = chunk.indexOf(0x3c); lt !== -1; lt = chunk.indexOf(0x3c, lt + 1)) {
        run += lt - from;
        if (run > maxRun) throw longText(limits);
        run = 0;
        from = lt;
        // `<si>` or `<si …>`: one entry of the shared strings table.
        if (
          isSharedStrings &&
          chunk[lt + 1] === 0x73 &&
          chunk[lt + 2] === 0x69 &&
          (chunk[lt + 3] === 0x3e || chunk[lt + 3] === 0x20)
        ) {
          strings += 1;
          if (strings > limits.maxSharedStrings) throw tooManyTexts(limits);
        }
      }
      run += chunk.length - from;
      if (run > maxRun) throw longText(limits);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw broken();
  } finally {
    source.destroy();
    inflated.destroy();
  }
  return total;
}

const lying = () =>
  new AppError(
    'PAYLOAD_TOO_LARGE',
    'Tệp Excel không hợp lệ: dữ liệu giải nén lớn hơn kích thước tệp khai báo',
    {
      details: [{ path: 'file', message: 'Hãy mở tệp bằng Excel và lưu lại dưới dạng .xlsx' }],
    },
  );
const longText = (limits: XlsxLimits) =>
  new AppError(
    'PAYLOAD_TOO_LARGE',
    `Tệp Excel có một ô quá dài: mỗi ô tối đa ${limits.maxCellChars.toLocaleString('vi-VN')} ký tự`,
    {
      details: [{ path: 'file', message: 'Hãy xóa nội dung quá dài trong tệp rồi nhập lại' }],
    },
  );
const tooManyTexts = (limits: XlsxLimits) =>
  new AppError(
    'PAYLOAD_TOO_LARGE',
    `Tệp Excel có quá nhiều ô chữ: tối đa ${limits.maxSharedStrings.toLocaleString('vi-VN')}`,
    {
      details: [
        {
          path: 'file',
          message: 'Hãy xóa các trang và cột không cần thiết, hoặc chia danh sách thành nhiều tệp',
        },
      ],
    },
  );

function localHeader(entry: Entry): Buffer {
  const name = Buffer.from(entry.name, 'utf8');
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(0x0800, 6); // UTF-8 names; sizes known here, no data descriptor
  header.writeUInt16LE(entry.method, 8);
  header.writeUInt32LE(entry.crc, 14);
  header.writeUInt32LE(entry.compressedSize, 18);
  header.writeUInt32LE(entry.size, 22);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, name]);
}

/**
 * Checks the workbook's zip against the limits (413 past them, 400 when it is no zip) and
 * returns a stream of a zip holding only the checked parts, for the spreadsheet reader.
 */
export async function checkedXlsx(
  file: string,
  size: number,
  limits: XlsxLimits,
): Promise<Readable> {
  const parts = choose(await readDirectory(file, size));
  const declared = parts.reduce((sum, part) => sum + part.size, 0);
  if (declared > limits.maxUnzippedBytes) throw tooBig(limits);
  let budget = limits.maxUnzippedBytes;
  for (const part of parts) {
    const inflated = await check(file, part, limits, budget);
    budget -= inflated;
    part.size = inflated; // the reader is told the size actually found
  }
  async function* zip(): AsyncGenerator<Buffer> {
    if (!parts.some((part) => part.name === SHARED_STRINGS)) {
      yield localHeader({
        name: SHARED_STRINGS,
        method: 0,
        flags: 0,
        crc: 0,
        compressedSize: EMPTY_SHARED_STRINGS.length,
        size: EMPTY_SHARED_STRINGS.length,
        localOffset: 0,
      });
      yield EMPTY_SHARED_STRINGS;
    }
    for (const part of parts) {
      yield localHeader(part);
      if (part.compressedSize === 0) continue;
      for await (const chunk of fs.createReadStream(file, {
        start: part.dataOffset,
        end: part.dataOffset + part.compressedSize - 1,
      })) {
        yield chunk as Buffer;
      }
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    yield end;
  }
  return Readable.from(zip(), { objectMode: false });
}
