import {
  errorResponseSchema,
  routePath,
  type PathParams,
  type RouteDefinition,
} from '@canhgiac/contracts';
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

interface SendOptions {
  method: RouteDefinition['method'];
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
}

/**
 * The query a route takes, as the caller writes it: each value as the schema reads it or as it
 * parses it (`active: true` or `'true'`); empty values are left out of the URL.
 */
export type QueryOf<R extends RouteDefinition> = R['query'] extends z.ZodType
  ? {
      [K in keyof z.input<R['query']>]?:
        z.input<R['query']>[K] | z.output<R['query']>[K & keyof z.output<R['query']>] | null;
    }
  : never;

// A route known only as "some route" (a shared component's prop) takes any parameters and query.
type ParamsPart<R extends RouteDefinition> = string extends R['path']
  ? { params?: Record<string, string> }
  : [keyof PathParams<R['path']>] extends [never]
    ? { params?: undefined }
    : { params: PathParams<R['path']> };
type QueryPart<R extends RouteDefinition> = R['query'] extends z.ZodType
  ? { query?: QueryOf<R> }
  : R['query'] extends undefined
    ? { query?: undefined }
    : { query?: Record<string, QueryValue> };
type BodyPart<R extends RouteDefinition> = R['body'] extends z.ZodType
  ? { body: z.input<R['body']> }
  : { body?: undefined };

/** Where a route is called: its path parameters and its query. */
export type RouteAddress<R extends RouteDefinition> = ParamsPart<R> & QueryPart<R>;

/** What a call of a route sends: its path parameters, its query and its body. */
export type CallInput<R extends RouteDefinition> = RouteAddress<R> &
  BodyPart<R> & {
    signal?: AbortSignal;
    /**
     * On a 401, renew the session once and repeat the request, then report it to the
     * unauthorized handler. Off for the auth endpoints themselves (login, refresh, logout).
     */
    renewOnUnauthorized?: boolean;
  };

/** What a call answers: the route's response, parsed with its schema. */
export type CallResult<R extends RouteDefinition> = R['response'] extends z.ZodType
  ? z.output<R['response']>
  : void;

/** Arguments of a call: the input may be left out when nothing in it is required. */
export type CallArgs<R extends RouteDefinition> =
  Record<string, never> extends CallInput<R> ? [input?: CallInput<R>] : [input: CallInput<R>];

/** The relative `/api/...` URL of a call of `route`; empty query values are left out. */
export function routeUrl<R extends RouteDefinition>(route: R, address: RouteAddress<R>): string {
  const params = (address.params ?? {}) as PathParams<R['path']>;
  return apiUrl(routePath(route, params), address.query as Record<string, QueryValue> | undefined);
}

/** Builds a relative `/api/...` URL; empty query values are left out. */
function apiUrl(path: string, query?: Record<string, QueryValue>): string {
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

async function send(url: string, options: SendOptions) {
  const headers = new Headers({ Accept: 'application/json' });
  const token = getAccessToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  const hasBody = options.body !== undefined;
  if (hasBody) headers.set('Content-Type', 'application/json');
  try {
    const response = await fetch(url, {
      method: options.method,
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

/**
 * Calls a route of the API, described in the contracts: `apiRequest(conferenceRoutes.get,
 * { params: { id } })`. The JSON answer is parsed with the route's response schema; an error
 * answer throws an ApiError in the API's error shape.
 */
export async function apiRequest<R extends RouteDefinition>(
  route: R,
  ...[input]: CallArgs<R>
): Promise<CallResult<R>> {
  const call = (input ?? {}) as CallInput<RouteDefinition>;
  const url = routeUrl(route, call as RouteAddress<R>);
  const options: SendOptions = { method: route.method, body: call.body, signal: call.signal };
  const renew = call.renewOnUnauthorized ?? true;
  const first = await send(url, options);
  let response = first.response;
  if (response.status === 401 && renew) {
    // Another request may have renewed the token meanwhile: then just repeat this one.
    const current = getAccessToken();
    const renewed = (current && current !== first.token) || (await renewSession());
    if (renewed) response = (await send(url, options)).response;
  }

  const payload = await readJson(response);
  if (!response.ok) {
    if (response.status === 401 && renew) notifyUnauthorized();
    throw toApiError(response, payload);
  }
  if (!route.response) return undefined as CallResult<R>;
  const parsed = route.response.safeParse(payload);
  if (!parsed.success) throw new UnexpectedResponseError(url, parsed.error);
  return parsed.data as CallResult<R>;
}
