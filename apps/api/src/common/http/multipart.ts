import type { Readable } from 'node:stream';
import busboy from 'busboy';
import type { Request } from 'express';
import { AppError } from '../errors/app-error';

export interface UploadedFile {
  filename: string;
  mimeType: string;
  stream: Readable;
  /** True once the stream was cut at the size limit. */
  truncated(): boolean;
}

/**
 * Streams the first file of a multipart request (field `field`) without buffering it: the
 * caller consumes `stream` as it arrives.
 */
export function receiveFile(req: Request, field: string, maxBytes: number): Promise<UploadedFile> {
  const contentType = req.headers['content-type'] ?? '';
  if (!contentType.startsWith('multipart/form-data')) {
    return Promise.reject(
      new AppError('VALIDATION_FAILED', 'Hãy gửi tệp dưới dạng multipart/form-data', {
        details: [{ path: field, message: 'Chưa có tệp' }],
      }),
    );
  }
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: maxBytes, fields: 20 } });
    } catch {
      reject(new AppError('BAD_REQUEST', 'Nội dung tải lên không hợp lệ'));
      return;
    }
    let found = false;
    parser.on('file', (name, stream, info) => {
      if (name !== field || found) {
        stream.resume();
        return;
      }
      found = true;
      let cut = false;
      stream.on('limit', () => (cut = true));
      resolve({ filename: info.filename ?? '', mimeType: info.mimeType, stream, truncated: () => cut });
    });
    parser.on('error', () => reject(new AppError('BAD_REQUEST', 'Nội dung tải lên không hợp lệ')));
    parser.on('close', () => {
      if (!found) reject(new AppError('VALIDATION_FAILED', 'Chưa có tệp', { details: [{ path: field, message: 'Chưa chọn tệp để nhập' }] }));
    });
    req.pipe(parser);
  });
}
