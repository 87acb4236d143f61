import { errorResponseSchema } from '@canhgiac/contracts';
import type { z } from 'zod';
import {
  getAccessToken,
  notifyUnauthorized,
  renewSession,
  setAccessToken,
  setAccessTokenGetter,
  setUnauthorizedHandler,
} from './access-token';
import { ApiError, NetworkError, UnexpectedResponseError } from './api-errors';

export { ApiError, NetworkError, UnexpectedResponseError };
export { setAccessToken, setAccessTokenGetter, setUnauthorizedHandler };

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions<S extends z.ZodType | undefined = undefined> {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** Contract schema the response body is parsed with. */
  schema?: S;
  signal?: AbortSignal;
  /**
   * On a 401, renew the session once and repeat the request, then report it to the
   * unauthorized handler. Off for the auth endpoints themselves (login, refresh, logout).
   */
  renewOnUnauthorized?: boolean;
}

type Result<S> = S extends z.ZodType ? z.output<S> : unknown;

/** Builds a relative `/api/...` URL; empty query values are left out. */
export function apiUrl(path: string, query?: Record<string, QueryValue>): string {
  const url = `/api${path.startsWith('/') ? path : `/${path}`}`;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${url}?${search}` : url;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function toApiError(response: Response, payload: unknown): ApiError {
  const parsed = errorResponseSchema.safeParse(payload);
  if (parsed.success) return new ApiError(parsed.data);
  return new ApiError({
    statusCode: response.status,
    error: response.statusText || `HTTP ${response.status}`,
    message: '',
  });
}

async function send(path: string, options: RequestOptions<z.ZodType | undefined>) {
  const headers = new Headers({ Accept: 'application/json' });
  const token = getAccessToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  const hasBody = options.body !== undefined;
  if (hasBody) headers.set('Content-Type', 'application/json');
  try {
    const response = await fetch(apiUrl(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body: hasBody ? JSON.stringify(options.body) : undefined,
      signal: options.signal,
    });
    return { response, token };
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new NetworkError(error);
  }
}

export async function apiRequest<S extends z.ZodType | undefined = undefined>(
  path: string,
  options: RequestOptions<S> = {},
): Promise<Result<S>> {
  const renew = options.renewOnUnauthorized ?? true;
  const first = await send(path, options);
  let response = first.response;
  if (response.status === 401 && renew) {
    // Another request may have renewed the token meanwhile: then just repeat this one.
    const current = getAccessToken();
    const renewed = (current && current !== first.token) || (await renewSession());
    if (renewed) response = (await send(path, options)).response;
  }

  const payload = await readJson(response);
  if (!response.ok) {
    if (response.status === 401 && renew) notifyUnauthorized();
    throw toApiError(response, payload);
  }
  if (!options.schema) return payload as Result<S>;
  const parsed = options.schema.safeParse(payload);
  if (!parsed.success) throw new UnexpectedResponseError(path, parsed.error);
  return parsed.data as Result<S>;
}
