import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { Actor, AnonymousCaller } from './actor';

export interface AuthenticatedRequest extends Request {
  actor?: Actor;
}

/** The authenticated caller of a route guarded by `@Roles(...)`. */
export const CurrentActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Actor => {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!request.actor) throw new Error('CurrentActor used on a route without @Roles');
    return request.actor;
  },
);

/** The address and (if any) the user of the caller, for public routes and the audit log. */
export const CurrentCaller = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Actor | AnonymousCaller => {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    return request.actor ?? { id: null, username: null, ip: request.ip ?? null };
  },
);
