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
  /** Where the received bytes are, for readers that need random access (a zip's directory). */
  path: string;
  /** A fresh stream over the received bytes, or over `start`…`end` (inclusive) of them, in chunks of `highWaterMark` bytes. */
  open(options?: { start?: number; end?: number; highWaterMark?: number }): Readable;
  /** A path beside the received copy for work files of the same request, deleted with it. */
  scratch(name: string): string;
  /** Deletes the received copy; safe to call more than once. */
  dispose(): Promise<void>;
}

/**
 * Every upload gets its own directory `upload-XXXXXX` under this one, deleted when its request
 * ends. A process that dies mid-request leaves its directory behind; `sweepStaleUploads` deletes
 * those, at start and daily (housekeeping).
 */
export const UPLOADS_DIR = path.join(os.tmpdir(), 'canhgiac-uploads');
const UPLOAD_PREFIX = 'upload-';

/** The directories of this process's requests still in progress: never swept. */
const inUse = new Set<string>();
/** How often a directory in use is marked as fresh, for sweeps of other processes sharing the temp folder. */
const TOUCH_MS = 15_000;
/** A directory untouched for less than this is never swept, whatever the idle timeout. */
const MIN_STALE_MS = 60_000;
let toucher: NodeJS.Timeout | undefined;

function track(dir: string) {
  inUse.add(dir);
  toucher ??= setInterval(() => {
    const now = new Date();
    for (const used of inUse) fs.promises.utimes(used, now, now).catch(() => undefined);
  }, TOUCH_MS).unref();
}

function untrack(dir: string) {
  inUse.delete(dir);
  if (inUse.size === 0 && toucher) {
    clearInterval(toucher);
    toucher = undefined;
  }
}

/**
 * Deletes upload directories left behind by a process that died mid-request: those of
 * `UPLOADS_DIR` not in use here and untouched (no file in them written) for longer than
 * `idleMs` (the upload idle timeout; at least a minute). Returns how many were deleted.
 */
export async function sweepStaleUploads(idleMs: number, now = Date.now()): Promise<number> {
  let names: string[];
  try {
    names = await fs.promises.readdir(UPLOADS_DIR);
  } catch {
    return 0; // nothing uploaded yet
  }
  const staleBefore = now - Math.max(idleMs, MIN_STALE_MS);
  let deleted = 0;
  for (const name of names) {
    const dir = path.join(UPLOADS_DIR, name);
    if (!name.startsWith(UPLOAD_PREFIX) || inUse.has(dir)) continue;
    try {
      let newest = (await fs.promises.stat(dir)).mtimeMs;
      for (const file of await fs.promises.readdir(dir)) {
        newest = Math.max(newest, (await fs.promises.stat(path.join(dir, file))).mtimeMs);
      }
      if (newest >= staleBefore) continue;
      await fs.promises.rm(dir, { recursive: true, force: true });
      deleted += 1;
    } catch {
      // Gone meanwhile, or not ours to read: left alone.
    }
  }
  return deleted;
}

export interface ReceiveOptions {
  /** Largest file accepted, in bytes; beyond it the request is answered 413. */
  maxBytes: number;
  /** How long the client may send nothing before the upload is given up with 408. */
  idleTimeoutMs: number;
}

const cutOff = (cause?: unknown) =>
  new AppError('BAD_REQUEST', 'Tệp tải lên bị ngắt giữa chừng, hãy gửi lại', { cause });

/**
 * Receives the first file of a multipart request (field `field`) onto a temporary file, streamed
 * (never held in memory), and resolves once it is complete. The work that reads the file (an
 * import, with its transaction, its locks and its COPY) starts only then, so a client that stalls
 * or goes away mid-file holds nothing but its own socket; after `idleTimeoutMs` without a byte it
 * is answered 408 and its connection closed.
 */
export async function receiveFile(
  req: Request,
  field: string,
  options: ReceiveOptions,
): Promise<UploadedFile> {
  const contentType = (req.headers['content-type'] ?? '').toLowerCase();
  if (!contentType.startsWith('multipart/form-data')) {
    throw new AppError('VALIDATION_FAILED', 'Hãy gửi tệp dưới dạng multipart/form-data', {
      details: [{ path: field, message: 'Chưa có tệp' }],
    });
  }
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: req.headers,
      limits: { files: 1, fileSize: options.maxBytes, fields: 20 },
      defParamCharset: 'utf8',
    });
  } catch {
    throw new AppError('BAD_REQUEST', 'Nội dung tải lên không hợp lệ');
  }

  await fs.promises.mkdir(UPLOADS_DIR, { recursive: true, mode: 0o700 });
  const dir = await fs.promises.mkdtemp(path.join(UPLOADS_DIR, UPLOAD_PREFIX));
  track(dir);
  const target = path.join(dir, 'file');
  const dispose = async () => {
    await fs.promises.rm(dir, { recursive: true, force: true });
    untrack(dir);
  };

  try {
    const received = await new Promise<Pick<UploadedFile, 'filename' | 'mimeType' | 'size'>>(
      (resolve, reject) => {
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
          fail(
            new AppError(
              'REQUEST_TIMEOUT',
              'Tệp tải lên quá chậm hoặc bị ngừng giữa chừng, hãy gửi lại',
            ),
          );
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
            // Drained and ignored; a form cut off inside it errs here, and is answered by the parser's error.
            stream.on('error', () => undefined);
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
            fail(
              new AppError('VALIDATION_FAILED', 'Chưa có tệp', {
                details: [{ path: field, message: 'Chưa chọn tệp để nhập' }],
              }),
            );
            return;
          }
          const fileInfo = info;
          written.then(
            async () => {
              if (truncated)
                return fail(
                  new AppError(
                    'PAYLOAD_TOO_LARGE',
                    `Tệp quá lớn: tối đa ${Math.round(options.maxBytes / 1024 / 1024)} MB`,
                  ),
                );
              const { size } = await fs.promises.stat(target);
              settled = true;
              clearTimeout(idle);
              resolve({ ...fileInfo, size });
            },
            (error: unknown) => fail(cutOff(error)),
          );
        });
        req.pipe(parser);
      },
    );
    return {
      ...received,
      path: target,
      open: (options) => fs.createReadStream(target, options),
      scratch: (name) => path.join(dir, path.basename(name)),
      dispose,
    };
  } catch (error) {
    await dispose();
    throw error;
  }
}
