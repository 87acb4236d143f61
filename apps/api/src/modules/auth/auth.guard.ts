import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ACCESS_RULE, type AccessRule } from '../../common/auth/roles.decorator';
import type { AuthenticatedRequest } from '../../common/auth/current-actor.decorator';
import { AppError } from '../../common/errors/app-error';
import { AuthService } from './auth.service';

/**
 * The one guard in front of every route. Deny by default: a route without a rule is refused
 * (and the app does not start with one, see AccessRulesCheck).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) throw new AppError('FORBIDDEN', 'Bạn không có quyền thực hiện thao tác này');
    if (rule.kind === 'public') return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)\s*$/iu.exec(header) : null;
    if (!match) throw new AppError('UNAUTHENTICATED', 'Cần đăng nhập');
    const actor = await this.auth.actorFromToken(match[1], request.ip ?? null);
    if (!rule.roles.includes(actor.role)) {
      throw new AppError('FORBIDDEN', 'Bạn không có quyền thực hiện thao tác này');
    }
    request.actor = actor;
    return true;
  }
}
