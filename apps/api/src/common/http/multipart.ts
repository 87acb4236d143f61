import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import type { Request } from 'express';
import { AppError } from '../errors/app-error';

/** A file received whole onto local disk, to be read as often as needed and then disposed of. */
export interface UploadedFile {
  filename: string;
  mimeType: string;
  size: number;
  /** A fresh stream over the received bytes. */
  open(): Readable;
  /** Deletes the received copy; safe to call more than once. */
  dispose(): Promise<void>;
}

export interface ReceiveOptions {
  /** Largest file accepted, in bytes; beyond it the request is answered 413. */
  maxBytes: number;
  /** How long the client may send nothing before the upload is given up with 408. */
  idleTimeoutMs: number;
}

const cutOff = (cause?: unknown) => new AppError('BAD_REQUEST', 'Tệp tải lên bị ngắt giữa chừng, hãy gửi lại', { cause });

/**
 * Receives the first file of a multipart request (field `field`) onto a temporary file, streamed
 * (never held in memory), and resolves once it is complete. The work that reads the file (an
 * import, with its transaction, its locks and its COPY) starts only then, so a client that stalls
 * or goes away mid-file holds nothing but its own socket; after `idleTimeoutMs` without a byte it
 * is answered 408 and its connection closed.
 */
export async function receiveFile(req: Request, field: string, options: ReceiveOptions): Promise<UploadedFile> {
  const contentType = (req.headers['content-type'] ?? '').toLowerCase();
  if (!contentType.startsWith('multipart/form-data')) {
    throw new AppError('VALIDATION_FAILED', 'Hãy gửi tệp dưới dạng multipart/form-data', {
      details: [{ path: field, message: 'Chưa có tệp' }],
    });
  }
  let parser: busboy.Busboy;
  try {
    parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: options.maxBytes, fields: 20 }, defParamCharset: 'utf8' });
  } catch {
    throw new AppError('BAD_REQUEST', 'Nội dung tải lên không hợp lệ');
  }

  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'canhgiac-upload-'));
  const target = path.join(dir, 'file');
  const dispose = () => fs.promises.rm(dir, { recursive: true, force: true });

  try {
    const received = await new Promise<Omit<UploadedFile, 'open' | 'dispose'>>((resolve, reject) => {
      let info: { filename: string; mimeType: string } | undefined;
      let written: Promise<void> | undefined;
      let truncated = false;
      let settled = false;
      const fail = (error: AppError) => {
        if (settled) return;
        settled = true;
        clearTimeout(idle);
        req.unpipe(parser);
        reject(error);
      };

      let idle = setTimeout(onIdle, options.idleTimeoutMs);
      function onIdle() {
        fail(new AppError('REQUEST_TIMEOUT', 'Tệp tải lên quá chậm hoặc bị ngừng giữa chừng, hãy gửi lại'));
        // The answer goes out, then the connection closes: nothing is left waiting for the rest.
        req.res?.setHeader('Connection', 'close');
        req.res?.once('finish', () => req.socket.destroy());
      }
      req.on('data', () => {
        clearTimeout(idle);
        if (!settled) idle = setTimeout(onIdle, options.idleTimeoutMs);
      });

      parser.on('file', (name, stream, fileInfo) => {
        if (name !== field || info) {
          stream.resume();
          return;
        }
        info = { filename: fileInfo.filename ?? '', mimeType: fileInfo.mimeType };
        stream.on('limit', () => (truncated = true));
        written = pipeline(stream, fs.createWriteStream(target));
        // A failed write is reported when the parser closes; never as an unhandled rejection.
        written.catch(() => undefined);
      });
      parser.on('error', (error: unknown) => fail(cutOff(error)));
      req.on('aborted', () => fail(cutOff()));
      parser.on('close', () => {
        if (settled) return;
        if (!info || !written) {
          fail(new AppError('VALIDATION_FAILED', 'Chưa có tệp', { details: [{ path: field, message: 'Chưa chọn tệp để nhập' }] }));
          return;
        }
        const fileInfo = info;
        written.then(
          async () => {
            if (truncated) return fail(new AppError('PAYLOAD_TOO_LARGE', `Tệp quá lớn: tối đa ${Math.round(options.maxBytes / 1024 / 1024)} MB`));
            const { size } = await fs.promises.stat(target);
            settled = true;
            clearTimeout(idle);
            resolve({ ...fileInfo, size });
          },
          (error: unknown) => fail(cutOff(error)),
        );
      });
      req.pipe(parser);
    });
    return { ...received, open: () => fs.createReadStream(target), dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}
