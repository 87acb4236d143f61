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
  /** True when the upload broke off (a body without its closing boundary, a client gone away). */
  failed(): boolean;
}

/**
 * Streams the first file of a multipart request (field `field`) without buffering it: the
 * caller consumes `stream` as it arrives.
 */
export function receiveFile(req: Request, field: string, maxBytes: number): Promise<UploadedFile> {
  const contentType = (req.headers['content-type'] ?? '').toLowerCase();
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
      parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: maxBytes, fields: 20 }, defParamCharset: 'utf8' });
    } catch {
      reject(new AppError('BAD_REQUEST', 'Nội dung tải lên không hợp lệ'));
      return;
    }
    let found = false;
    let broken = false;
    let currentFile: Readable | undefined;
    parser.on('file', (name, stream, info) => {
      if (name !== field || found) {
        stream.resume();
        return;
      }
      found = true;
      currentFile = stream;
      let cut = false;
      stream.on('limit', () => (cut = true));
      // A body that ends before its closing boundary, or a client that goes away, errors the file
      // stream; readers see it as a failed read (400), never as an unhandled error.
      stream.on('error', () => undefined);
      resolve({ filename: info.filename ?? '', mimeType: info.mimeType, stream, truncated: () => cut, failed: () => broken });
    });
    parser.on('error', (error: Error) => {
      broken = true;
      reject(new AppError('BAD_REQUEST', 'Nội dung tải lên không hợp lệ'));
      // Hand the failure to whoever reads the file, so the read ends instead of waiting forever.
      currentFile?.destroy(new AppError('BAD_REQUEST', 'Tệp tải lên bị ngắt giữa chừng, hãy gửi lại', { cause: error }));
    });
    req.on('aborted', () => {
      broken = true;
      currentFile?.destroy(new AppError('BAD_REQUEST', 'Tệp tải lên bị ngắt giữa chừng, hãy gửi lại'));
    });
    parser.on('close', () => {
      if (!found) reject(new AppError('VALIDATION_FAILED', 'Chưa có tệp', { details: [{ path: field, message: 'Chưa chọn tệp để nhập' }] }));
    });
    req.pipe(parser);
  });
}
