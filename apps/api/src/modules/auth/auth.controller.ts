import { Body, Controller, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  changePasswordBodySchema,
  loginBodySchema,
  loginResponseSchema,
  sessionUserSchema,
  authRoutes,
} from '@canhgiac/contracts';
import type { Request, Response } from 'express';
import { createZodDto } from 'nestjs-zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor } from '../../common/auth/current-actor.decorator';
import { ALL_ROLES, Public, Roles } from '../../common/auth/roles.decorator';
import { AuthService, type Session } from './auth.service';
import { Route } from '../../common/http/route.decorator';

class LoginDto extends createZodDto(loginBodySchema) {}
class ChangePasswordDto extends createZodDto(changePasswordBodySchema) {}
class LoginResponseDto extends createZodDto(loginResponseSchema) {}
class SessionUserDto extends createZodDto(sessionUserSchema) {}

/** The refresh token lives in an httpOnly cookie that only the auth routes receive. */
export const REFRESH_COOKIE = 'cg_refresh';
const COOKIE_PATH = '/api/auth';

function refreshCookie(req: Request): string | undefined {
  const value = (req.cookies as Record<string, unknown> | undefined)?.[REFRESH_COOKIE];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  private startSession(req: Request, res: Response, session: Session) {
    res.cookie(REFRESH_COOKIE, session.refreshToken, {
      httpOnly: true,
      sameSite: 'strict',
      secure: req.secure,
      path: COOKIE_PATH,
      maxAge: this.auth.refreshTokenTtlMs,
    });
    const { refreshToken: _hidden, ...body } = session;
    return body;
  }

  @Route(authRoutes.login, LoginResponseDto)
  @Public()
  async login(
    @Body() body: LoginDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.startSession(req, res, await this.auth.login(body, req.ip ?? null));
  }

  /** A new access token from the refresh cookie: how the web keeps a session across reloads. */
  @Route(authRoutes.refresh, LoginResponseDto)
  @Public()
  async refresh(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.startSession(req, res, await this.auth.refresh(refreshCookie(req)));
  }

  @Route(authRoutes.logout)
  @Public()
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(refreshCookie(req), req.ip ?? null);
    res.clearCookie(REFRESH_COOKIE, { path: COOKIE_PATH });
  }

  @Route(authRoutes.me, SessionUserDto)
  @Roles(...ALL_ROLES)
  @ApiBearerAuth()
  me(@CurrentActor() actor: Actor) {
    return this.auth.me(actor);
  }

  /** Changes the caller's own password; every other session ends, this one continues. */
  @Route(authRoutes.changePassword, LoginResponseDto)
  @Roles(...ALL_ROLES)
  @ApiBearerAuth()
  async changePassword(
    @CurrentActor() actor: Actor,
    @Body() body: ChangePasswordDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.startSession(req, res, await this.auth.changePassword(actor, body));
  }
}
