import {
  applyDecorators,
  HttpCode,
  RequestMapping,
  RequestMethod,
  SetMetadata,
} from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiProduces } from '@nestjs/swagger';
import type { RouteDescriptor } from '@canhgiac/contracts';
import { ZodResponse } from 'nestjs-zod';

/** Where `@Route` leaves the descriptor of a handler (read by the routes' coverage test). */
export const ROUTE_METADATA = 'canhgiac:route';

type ResponseDto = Exclude<Parameters<typeof ZodResponse>[0]['type'], unknown[]>;

/** A class made by nestjs-zod's `createZodDto`: it carries the schema it was made of. */
export interface ZodDtoClass {
  new (...args: never[]): unknown;
  readonly schema: unknown;
}

/**
 * Maps a handler to its route descriptor from the contracts: the method, the path (below
 * `/api`) and the status of success, the files it answers with and the multipart upload it takes.
 * `dto` is the DTO class of the JSON answer, serialized through it; it must be made of the
 * route's own response schema, or the application refuses to start.
 */
export function Route(route: RouteDescriptor, dto?: ZodDtoClass): MethodDecorator {
  if (dto && dto.schema !== route.response) {
    throw new Error(`${route.id}: the answer's DTO is not made of the route's response schema`);
  }
  if (route.response && !route.produces && !dto) {
    throw new Error(`${route.id}: a JSON answer is serialized through its DTO`);
  }
  const decorators: Parameters<typeof applyDecorators> = [
    SetMetadata(ROUTE_METADATA, route),
    RequestMapping({ path: route.path, method: RequestMethod[route.method] }),
    HttpCode(route.status),
  ];
  if (dto && !route.produces)
    decorators.push(ZodResponse({ status: route.status, type: dto as ResponseDto }));
  if (dto && route.produces) decorators.push(ApiOkResponse({ type: dto }));
  if (route.produces) {
    decorators.push(
      ApiProduces(...(route.response ? ['application/json'] : []), ...route.produces),
    );
  }
  if (route.body === 'multipart') {
    decorators.push(
      ApiConsumes('multipart/form-data'),
      ApiBody({
        schema: {
          type: 'object',
          required: ['file'],
          properties: { file: { type: 'string', format: 'binary' } },
        },
      }),
    );
  }
  return applyDecorators(...decorators);
}
