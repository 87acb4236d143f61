import { allRoutes, routeById, type RouteId } from '@canhgiac/contracts';
import { vi } from 'vitest';

export interface RecordedRequest {
  method: string;
  path: string;
  /** The route of the contracts the request called, if any. */
  route: RouteId | undefined;
  /** Its path parameters, decoded. */
  params: Record<string, string>;
  query: URLSearchParams;
  headers: Headers;
  body: unknown;
}

export interface MockResponse {
  status?: number;
  /** JSON, or a Blob sent as it is (a PDF, a spreadsheet) with its type. */
  body?: unknown;
}

export type Handler = (
  request: RecordedRequest,
  params: Record<string, string>,
) => MockResponse | Promise<MockResponse>;

/** Handlers by the id of the route they answer (`'conferences.get'`). */
export type Handlers = Partial<Record<RouteId, Handler>>;

const compiledRoutes = allRoutes.map((route) => {
  const names: string[] = [];
  const source = `/api${route.path}`
    .replace(/[.]/gu, '\\.')
    .replace(/:(\w+)/gu, (_match, name: string) => {
      names.push(name);
      return '([^/]+?)';
    });
  return { route, regex: new RegExp(`^${source}$`, 'u'), names };
});

/** The route of the contracts a request calls, with its path parameters. */
export function matchRoute(method: string, pathname: string) {
  for (const { route, regex, names } of compiledRoutes) {
    const match = route.method === method ? regex.exec(pathname) : null;
    if (!match) continue;
    const params = Object.fromEntries(
      names.map((name, i) => [name, decodeURIComponent(match[i + 1])]),
    );
    return { id: route.id as RouteId, params };
  }
  return undefined;
}

/**
 * Replaces `fetch` (the network boundary) with handlers keyed by the routes of the contracts
 * (`{ 'conferences.get': (request, params) => … }`), matched the way the API matches them.
 * Unknown routes, and routes given no handler, answer 404 in the API's error shape. Every request
 * is recorded with the route it called.
 */
export function mockApi(handlers: Handlers) {
  for (const id of Object.keys(handlers)) routeById(id as RouteId);
  const requests: RecordedRequest[] = [];

  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(input instanceof Request ? input.url : String(input), 'http://localhost');
    const method = (init.method ?? 'GET').toUpperCase();
    const text = typeof init.body === 'string' ? init.body : undefined;
    const matched = matchRoute(method, url.pathname);
    const request: RecordedRequest = {
      method,
      path: url.pathname,
      route: matched?.id,
      params: matched?.params ?? {},
      query: url.searchParams,
      headers: new Headers(init.headers),
      body: text ? (JSON.parse(text) as unknown) : undefined,
    };
    requests.push(request);
    const handler = matched ? handlers[matched.id] : undefined;
    if (matched && handler) {
      const { status = 200, body } = await handler(request, matched.params);
      if (body instanceof Blob) {
        // jsdom's Blob is not the one of the fetch implementation: hand over its bytes.
        return new Response(await body.arrayBuffer(), {
          status,
          headers: { 'Content-Type': body.type },
        });
      }
      return new Response(body === undefined ? null : JSON.stringify(body), {
        status,
        headers: { 'Content-Type': 'application/json' },
      });
    }
    return new Response(
      JSON.stringify({
        statusCode: 404,
        error: 'Not Found',
        message: `No mock for ${method} ${url.pathname}`,
      }),
      { status: 404, headers: { 'Content-Type': 'application/json' } },
    );
  });
  vi.stubGlobal('fetch', fetchMock);
  return { requests, fetchMock };
}
