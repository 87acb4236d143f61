import { describe, expect, it } from 'vitest';
import { allRoutes, apiRoutes, routeById } from '../routes';
import { routeKey, routePath } from './routes';

describe('route descriptors', () => {
  it('name every route once, by method and path', () => {
    const keys = allRoutes.map(routeKey);
    expect(new Set(keys).size).toBe(keys.length);
    const ids = allRoutes.map((route) => route.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('give each route its id and its status of success', () => {
    expect(apiRoutes.conferences.get.id).toBe('conferences.get');
    expect(apiRoutes.conferences.create.status).toBe(201);
    expect(apiRoutes.conferences.get.status).toBe(200);
    expect(routeById('people.erase').status).toBe(204);
  });

  it('build a call’s path with its parameters encoded', () => {
    expect(routePath(apiRoutes.conferences.get, { id: 'a b/c' })).toBe('/conferences/a%20b%2Fc');
    expect(routePath(apiRoutes.registrations.delete, { id: 'c1', registrationId: 'r1' })).toBe(
      '/conferences/c1/registrations/r1',
    );
    expect(routePath(apiRoutes.certificates.pdf, { id: 'x' })).toBe('/certificates/x.pdf');
    // A missing parameter does not compile, and fails if forced.
    // @ts-expect-error registrationId is required
    expect(() => routePath(apiRoutes.registrations.delete, { id: 'c1' })).toThrow(
      /registrationId/u,
    );
  });

  it('describe what each route takes and answers', () => {
    for (const route of allRoutes) {
      const names = [...route.path.matchAll(/:(\w+)/gu)].map((match) => match[1]);
      // A route with path parameters checks them.
      expect(names.length === 0 || route.params !== undefined).toBe(true);
      // A route answers JSON, a file or nothing (204), never an unsaid shape.
      expect(
        route.status === 204 || route.response !== undefined || route.produces !== undefined,
      ).toBe(true);
    }
  });
});
