import { errorResponseSchema } from '@canhgiac/contracts';
import { getAccessToken, notifyUnauthorized, renewSession } from './access-token';
import { apiUrl, type QueryValue } from './api-client';
import { ApiError, NetworkError } from './api-errors';

/** "uploading" while the file travels (with bytes), then "processing" while the server works. */
export type UploadProgress =
  { phase: 'uploading'; loaded: number; total: number } | { phase: 'processing' };

interface UploadRequest {
  file: File;
  /** The multipart field name. */
  field?: string;
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
  onProgress?: (progress: UploadProgress) => void;
}

interface Answer {
  status: number;
  statusText: string;
  text: string;
  token: string | null | undefined;
}

/** The API's error shape from the answer's text, or a bare one from the status. */
function apiErrorOf({ status, statusText, text }: Answer): ApiError {
  let payload: unknown;
  try {
    payload = text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    payload = undefined;
  }
  const parsed = errorResponseSchema.safeParse(payload);
  if (parsed.success) return new ApiError(parsed.data);
  return new ApiError({ statusCode: status, error: statusText || `HTTP ${status}`, message: '' });
}

function abortError() {
  return new DOMException('The upload was aborted', 'AbortError');
}

/** One multipart POST through XMLHttpRequest, whose upload events tell the bytes sent. */
function post(path: string, request: UploadRequest): Promise<Answer> {
  return new Promise((resolve, reject) => {
    if (request.signal?.aborted) return reject(abortError());
    const xhr = new XMLHttpRequest();
    const token = getAccessToken();
    xhr.open('POST', apiUrl(path, request.query));
    xhr.setRequestHeader('Accept', 'application/json');
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) => {
      const total = event.lengthComputable ? event.total : request.file.size;
      request.onProgress?.({ phase: 'uploading', loaded: event.loaded, total });
    };
    xhr.upload.onload = () => request.onProgress?.({ phase: 'processing' });
    xhr.onload = () =>
      resolve({ status: xhr.status, statusText: xhr.statusText, text: xhr.responseText, token });
    xhr.onerror = () => reject(new NetworkError(new Error('XMLHttpRequest failed')));
    xhr.onabort = () => reject(abortError());
    request.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    const form = new FormData();
    form.append(request.field ?? 'file', request.file, request.file.name);
    request.onProgress?.({ phase: 'uploading', loaded: 0, total: request.file.size });
    xhr.send(form);
  });
}

/**
 * `POST /api/<path>` with a file in a multipart field, reporting upload progress; the JSON
 * answer, or an ApiError in the API's error shape (a 422 keeps its `errors` in `body`).
 * Renews the session once on a 401, like `apiRequest`.
 */
export async function uploadApiFile(path: string, request: UploadRequest): Promise<unknown> {
  let answer = await post(path, request);
  if (answer.status === 401) {
    const current = getAccessToken();
    const renewed = (current && current !== answer.token) || (await renewSession());
    if (renewed) answer = await post(path, request);
  }
  if (answer.status < 200 || answer.status >= 300) {
    if (answer.status === 401) notifyUnauthorized();
    throw apiErrorOf(answer);
  }
  return answer.text ? (JSON.parse(answer.text) as unknown) : undefined;
}
