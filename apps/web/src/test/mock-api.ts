import { vi } from 'vitest';

export interface RecordedRequest {
  method: string;
  path: string;
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

/**
 * Replaces `fetch` (the network boundary) with handlers keyed "METHOD /api/path/:param".
 * Unknown routes answer 404 in the API's error shape. Every request is recorded.
 */
export function mockApi(routes: Record<string, Handler>) {
  const requests: RecordedRequest[] = [];
  const compiled = Object.entries(routes).map(([key, handler]) => {
    const [method, pattern] = key.split(' ');
    const names: string[] = [];
    const source = pattern.replace(/:(\w+)/gu, (_match, name: string) => {
      names.push(name);
      return '([^/]+)';
    });
    return { method, regex: new RegExp(`^${source}$`, 'u'), names, handler };
  });

  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(input instanceof Request ? input.url : String(input), 'http://localhost');
    const method = (init.method ?? 'GET').toUpperCase();
    const text = typeof init.body === 'string' ? init.body : undefined;
    const request: RecordedRequest = {
      method,
      path: url.pathname,
      query: url.searchParams,
      headers: new Headers(init.headers),
      body: text ? (JSON.parse(text) as unknown) : undefined,
    };
    requests.push(request);
    for (const route of compiled) {
      const match = route.method === method ? route.regex.exec(url.pathname) : null;
      if (!match) continue;
      const params = Object.fromEntries(
        route.names.map((name, i) => [name, decodeURIComponent(match[i + 1])]),
      );
      const { status = 200, body } = await route.handler(request, params);
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
