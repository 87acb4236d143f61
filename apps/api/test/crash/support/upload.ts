import { once } from 'node:events';
import * as fs from 'node:fs';
import * as http from 'node:http';

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Vũ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Ngô',
  'Dương',
  'Phan',
  'Trịnh',
  'Đinh',
  'Mai',
  'Lương',
];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Ngọc', 'Minh', 'Thu', 'Quang', 'Thanh'];
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Hà',
  'Hải',
  'Hằng',
  'Hoa',
  'Hùng',
  'Hương',
  'Lan',
  'Liên',
  'Long',
  'Mai',
  'Nam',
  'Nga',
];
const GROUPS = ['Nông dân', 'Cựu chiến binh', 'Người cao tuổi', 'Công nhân', 'Khác'];

/**
 * Streams a member list of `rows` valid, distinct people to `file` (UTF-8 with BOM, CRLF, the
 * template's Vietnamese headers), as a clerk saves it from Excel. Every row has its own mobile
 * number in the 03x range, which the demo data never uses, so every row is a new person.
 */
export async function writeMemberList(
  file: string,
  rows: number,
  communeCodes: string[],
): Promise<number> {
  const out = fs.createWriteStream(file, { encoding: 'utf8', highWaterMark: 1 << 16 });
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write('\uFEFFHọ và tên,Giới tính,Năm sinh,Số điện thoại,Mã xã,Nhóm đối tượng\r\n');
  let chunk = '';
  for (let i = 0; i < rows; i += 1) {
    const female = i % 2 === 1;
    const name = `${FAMILY[i % 16]} ${female ? 'Thị' : MIDDLE[(i >> 4) % 8]} ${GIVEN[(i >> 7) % 16]} ${GIVEN[(i >> 11) % 16]}`;
    const phone = `03${2 + (i % 8)}${String(i).padStart(7, '0')}`;
    const group = GROUPS[i % GROUPS.length];
    chunk += `${name},${female ? 'Nữ' : 'Nam'},${1940 + (i % 66)},${phone},${communeCodes[i % communeCodes.length]},${group}\r\n`;
    if (chunk.length > 60_000) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(chunk);
  out.end();
  await once(out, 'finish');
  return fs.statSync(file).size;
}

export interface UploadProgress {
  /** When the last byte of the request body was handed to the socket. */
  sentAt?: number;
  /** When the response (its status line) arrived, if it did. */
  respondedAt?: number;
  status?: number;
  body?: string;
  /** The connection broke (the server died) before a complete response. */
  error?: Error;
  done: Promise<void>;
}

/**
 * POSTs a file as multipart/form-data (field `file`), streamed from disk with a Content-Length,
 * and reports when the body was fully sent and when (if ever) the answer came.
 */
export function uploadFile(
  url: string,
  token: string,
  file: string,
  filename: string,
  contentType = 'text/csv',
): UploadProgress {
  const boundary = `----canhgiac-crash-${Date.now().toString(16)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const size = fs.statSync(file).size;
  const progress: Partial<UploadProgress> = {};
  progress.done = new Promise<void>((resolve) => {
    const req = http.request(url, {
      method: 'POST',
      agent: false,
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': head.length + size + tail.length,
      },
    });
    req.on('response', (res) => {
      progress.respondedAt = Date.now();
      progress.status = res.statusCode;
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        progress.body = Buffer.concat(chunks).toString('utf8');
        resolve();
      });
      res.on('error', (error) => {
        progress.error = error;
        resolve();
      });
    });
    req.on('error', (error) => {
      progress.error = error;
      resolve();
    });
    req.on('finish', () => (progress.sentAt = Date.now()));
    req.write(head);
    const stream = fs.createReadStream(file, { highWaterMark: 1 << 16 });
    stream.on('end', () => req.end(tail));
    stream.pipe(req, { end: false });
  });
  return progress as UploadProgress;
}
