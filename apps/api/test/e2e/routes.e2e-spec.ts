import { PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { allRoutes, type RouteDescriptor } from '@canhgiac/contracts';
import request from 'supertest';
import { ROUTE_METADATA } from '../../src/common/http/route.decorator';
import { createTestApp, type TestApp } from '../support/test-app';

interface MappedHandler {
  controller: string;
  handler: string;
  route: RouteDescriptor | undefined;
  /** The schemas of the DTO classes its parameters are validated with. */
  schemas: unknown[];
}

/** Every handler the application maps to an address, with the descriptor `@Route` gave it. */
function mappedHandlers(t: TestApp): MappedHandler[] {
  const found: MappedHandler[] = [];
  for (const module of t.app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const prototype = Object.getPrototypeOf(wrapper.instance) as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (typeof handler !== 'function' || name === 'constructor') continue;
        if (Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
        const types = (Reflect.getMetadata('design:paramtypes', prototype, name) ?? []) as Array<{
          schema?: unknown;
        }>;
        found.push({
          controller: wrapper.name as string,
          handler: name,
          route: Reflect.getMetadata(ROUTE_METADATA, handler) as RouteDescriptor | undefined,
          schemas: types.map((type) => type?.schema).filter((schema) => schema !== undefined),
        });
      }
    }
  }
  return found;
}

describe('the API answers exactly the routes its contracts describe', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('embedded');
  });
  afterAll(async () => {
    await t.close();
  });

  it('maps every handler through its route descriptor, and every descriptor to one handler', () => {
    const handlers = mappedHandlers(t);
    expect(handlers.filter((h) => !h.route).map((h) => `${h.controller}.${h.handler}`)).toEqual([]);
    const mapped = handlers.map((h) => h.route!.id).sort();
    expect(mapped).toEqual(allRoutes.map((route) => route.id).sort());
  });

  it('validates the path, the query and the body with the descriptor’s own schemas', () => {
    for (const { route, schemas, controller, handler } of mappedHandlers(t)) {
      const expected = [route!.params, route!.query, route!.body].filter(
        (schema) => schema !== undefined && schema !== 'multipart',
      );
      const missing = expected.filter((schema) => !schemas.includes(schema));
      expect({ handler: `${controller}.${handler}`, missing: missing.length }).toEqual({
        handler: `${controller}.${handler}`,
        missing: 0,
      });
    }
  });

  it('documents each route in the OpenAPI document at its address', async () => {
    const res = await request(t.http).get('/api/docs-json').expect(200);
    const paths = res.body.paths as Record<string, Record<string, unknown>>;
    const documented = Object.entries(paths)
      .flatMap(([path, item]) =>
        Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
      )
      .sort();
    const described = allRoutes
      .map((route) => `${route.method} /api${route.path.replace(/:(\w+)/gu, '{$1}')}`)
      .sort();
    expect(documented).toEqual(described);
  });
});
