import { errorResponseSchema, type RouteDefinition } from '@canhgiac/contracts';
import { getAccessToken, notifyUnauthorized, renewSession } from './access-token';
import { routeUrl, type CallResult, type RouteAddress } from './api-client';
import { ApiError, NetworkError, UnexpectedResponseError } from './api-errors';

/** "uploading" while the file travels (with bytes), then "processing" while the server works. */
export type UploadProgress =
  { phase: 'uploading'; loaded: number; total: number } | { phase: 'processing' };

interface UploadRequest {
  file: File;
  /** The multipart field name. */
  field?: string;
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
function post(url: string, request: UploadRequest): Promise<Answer> {
  return new Promise((resolve, reject) => {
    if (request.signal?.aborted) return reject(abortError());
    const xhr = new XMLHttpRequest();
    const token = getAccessToken();
    xhr.open('POST', url);
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
 * Sends a file to a route that takes one (a multipart POST), reporting upload progress; the JSON
 * answer parsed with the route's schema, or an ApiError in the API's error shape (a 422 keeps its
 * `errors` in `body`). Renews the session once on a 401, like `apiRequest`.
 */
export async function uploadApiFile<R extends RouteDefinition>(
  route: R,
  request: UploadRequest & RouteAddress<R>,
): Promise<CallResult<R>> {
  const url = routeUrl(route, request);
  let answer = await post(url, request);
  if (answer.status === 401) {
    const current = getAccessToken();
    const renewed = (current && current !== answer.token) || (await renewSession());
    if (renewed) answer = await post(url, request);
  }
  if (answer.status < 200 || answer.status >= 300) {
    if (answer.status === 401) notifyUnauthorized();
    throw apiErrorOf(answer);
  }
  const payload: unknown = answer.text ? JSON.parse(answer.text) : undefined;
  if (!route.response) return undefined as CallResult<R>;
  const parsed = route.response.safeParse(payload);
  if (!parsed.success) throw new UnexpectedResponseError(url, parsed.error);
  return parsed.data as CallResult<R>;
}
