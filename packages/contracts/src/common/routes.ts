import type { z } from 'zod';

/**
 * Route descriptors: each endpoint of the HTTP API, written once, beside its schemas. The API's
 * controllers map their handlers with them (`@Route`), the web's client calls them
 * (`apiRequest(route, …)`), the web tests' mock answers them and the fuzz suite walks them, so no
 * address is typed by hand twice.
 */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The media types of the files a route answers with, instead of (or besides) JSON. */
export const mediaTypes = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv; charset=utf-8',
} as const;
export type MediaType = (typeof mediaTypes)[keyof typeof mediaTypes];

export interface RouteDefinition {
  method: HttpMethod;
  /** Below `/api`, with `:name` segments (`/conferences/:id/registrations`). */
  path: string;
  /** The path's parameters, checked before the handler runs. */
  params?: z.ZodType;
  query?: z.ZodType;
  /** A JSON body, or a file in the multipart field `file`. */
  body?: z.ZodType | 'multipart';
  /** The JSON answer; absent when the route answers only files, or nothing (204). */
  response?: z.ZodType;
  /** Files the route answers with (by `format`, or always). */
  produces?: readonly MediaType[];
  /** The status of success; 200 unless said. */
  status?: 200 | 201 | 202 | 204;
}

/** A route as `defineRoutes` answers it: with its id and its status of success. */
export type RouteDescriptor = RouteDefinition & { id: string; status: 200 | 201 | 202 | 204 };

type Trim<Name extends string> = Name extends `${infer Head}.${string}` ? Head : Name;
type ParamNames<Path extends string> = Path extends `${string}:${infer Name}/${infer Rest}`
  ? Trim<Name> | ParamNames<`/${Rest}`>
  : Path extends `${string}:${infer Name}`
    ? Trim<Name>
    : never;

/** The values of a path's `:name` segments, e.g. `{ id: string }` for `/conferences/:id`. */
export type PathParams<Path extends string> = { [Name in ParamNames<Path>]: string };

/**
 * A feature's routes. Each gets its id (`conferences.get`), which names it in logs, in the web
 * tests' mock and in the fuzz suite's findings.
 */
export function defineRoutes<
  const Group extends string,
  const R extends Record<string, RouteDefinition>,
>(
  group: Group,
  routes: R,
): {
  [K in keyof R & string]: Omit<R[K], 'status'> & {
    id: `${Group}.${K}`;
    status: R[K] extends { status: infer S extends number } ? S : 200;
  };
} {
  return Object.fromEntries(
    Object.entries(routes).map(([key, route]) => [
      key,
      { ...route, id: `${group}.${key}`, status: route.status ?? 200 },
    ]),
  ) as never;
}

/** The path of a call, its parameters encoded: `routePath(conferenceRoutes.get, { id })`. */
export function routePath<D extends RouteDefinition>(
  route: D,
  params: PathParams<D['path']>,
): string {
  const values = params as Record<string, string>;
  return route.path.replace(/:(\w+)/gu, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`${route.path}: no value for :${name}`);
    return encodeURIComponent(value);
  });
}

/** `GET /api/conferences/:id`: how a route is named in messages and test failures. */
export function routeKey(route: RouteDefinition): string {
  return `${route.method} /api${route.path}`;
}
