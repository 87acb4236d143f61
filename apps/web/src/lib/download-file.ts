import {
  errorResponseSchema,
  fileSlug,
  slugFileName,
  type RouteDefinition,
} from '@canhgiac/contracts';
import { getAccessToken, notifyUnauthorized, renewSession } from './access-token';
import { routeUrl, type RouteAddress } from './api-client';
import { ApiError, NetworkError } from './api-errors';

export interface DownloadProgress {
  /** Bytes received so far. */
  loaded: number;
  /** The size the server announced (Content-Length), or null for a streamed file. */
  total: number | null;
}

export interface FetchFileOptions {
  /**
   * Used when the answer names no file (Content-Disposition), as its ASCII slug: "Biên bản bàn
   * giao 12/BBBG-2026.pdf" is saved as "bien-ban-ban-giao-12-bbbg-2026.pdf".
   */
  fallbackFileName: string;
  onProgress?: (progress: DownloadProgress) => void;
  signal?: AbortSignal;
  /** A file to send (a multipart POST in the field `file`) for a route that answers a file made from it. */
  upload?: File;
}

export interface DownloadedFile {
  blob: Blob;
  fileName: string;
  contentType: string;
}

/** A name given by the web, as the API names its files' plain `filename`: the same slug. */
function slugName(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? slugFileName(name.slice(0, dot), name.slice(dot + 1)) : fileSlug(name);
}

/**
 * `attachment; filename="a.pdf"` or `filename*=UTF-8''…` → the file name: the Vietnamese
 * `filename*` first, then the plain ASCII `filename`, then the fallback slugged.
 */
export function fileNameFrom(disposition: string | null, fallback: string): string {
  if (!disposition) return slugName(fallback);
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/iu.exec(disposition);
  if (encoded) {
    try {
      return decodeURIComponent(encoded[1].trim());
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/iu.exec(disposition);
  return plain ? plain[1].trim() : slugName(fallback);
}

async function send(url: string, signal?: AbortSignal, upload?: File) {
  const headers = new Headers();
  const token = getAccessToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  let body: FormData | undefined;
  if (upload) {
    body = new FormData();
    body.append('file', upload, upload.name);
  }
  try {
    const init = body ? { headers, signal, method: 'POST', body } : { headers, signal };
    return { response: await fetch(url, init), token };
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new NetworkError(error);
  }
}

async function errorOf(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  let payload: unknown;
  try {
    payload = text ? JSON.parse(text) : undefined;
  } catch {
    payload = undefined;
  }
  const parsed = errorResponseSchema.safeParse(payload);
  return new ApiError(
    parsed.success
      ? parsed.data
      : { statusCode: response.status, error: response.statusText, message: '' },
  );
}

async function readBody(response: Response, onProgress?: FetchFileOptions['onProgress']) {
  const length = Number(response.headers.get('Content-Length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  const type = response.headers.get('Content-Type') ?? 'application/octet-stream';
  if (!response.body) return new Blob([await response.arrayBuffer()], { type });
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  onProgress?.({ loaded, total });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.byteLength;
    onProgress?.({ loaded, total });
  }
  return new Blob(chunks as BlobPart[], { type });
}

/**
 * Fetches a file of the API (a PDF, a spreadsheet) with the bearer token, reporting progress as
 * it arrives. A 401 renews the session once, as the JSON client does; errors are ApiErrors.
 */
export async function fetchFile<R extends RouteDefinition>(
  route: R,
  options: FetchFileOptions & RouteAddress<R>,
): Promise<DownloadedFile> {
  const url = routeUrl(route, options);
  const first = await send(url, options.signal, options.upload);
  let response = first.response;
  if (response.status === 401) {
    const current = getAccessToken();
    const renewed = (current && current !== first.token) || (await renewSession());
    if (renewed) response = (await send(url, options.signal, options.upload)).response;
    if (response.status === 401) notifyUnauthorized();
  }
  if (!response.ok) throw await errorOf(response);
  const blob = await readBody(response, options.onProgress);
  return {
    blob,
    fileName: fileNameFrom(response.headers.get('Content-Disposition'), options.fallbackFileName),
    contentType: blob.type,
  };
}

/** Hands a fetched file to the browser as a download under its name. */
export function saveFile({ blob, fileName }: DownloadedFile): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
