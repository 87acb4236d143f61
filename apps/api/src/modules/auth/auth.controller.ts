import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  changePasswordBodySchema,
  loginBodySchema,
  loginResponseSchema,
  sessionUserSchema,
} from '@canhgiac/contracts';
import type { Request, Response } from 'express';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import type { Actor } from '../../common/auth/actor';
import { CurrentActor } from '../../common/auth/current-actor.decorator';
import { ALL_ROLES, Public, Roles } from '../../common/auth/roles.decorator';
import { AuthService, type Session } from './auth.service';

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
@Controller('auth')
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

  @Post('login')
  @Public()
  @HttpCode(200)
  @ZodResponse({ status: 200, type: LoginResponseDto })
  async login(
    @Body() body: LoginDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.startSession(req, res, await this.auth.login(body, req.ip ?? null));
  }

  /** A new access token from the refresh cookie: how the web keeps a session across reloads. */
  @Post('refresh')
  @Public()
  @HttpCode(200)
  @ZodResponse({ status: 200, type: LoginResponseDto })
  async refresh(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.startSession(req, res, await this.auth.refresh(refreshCookie(req)));
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(refreshCookie(req), req.ip ?? null);
    res.clearCookie(REFRESH_COOKIE, { path: COOKIE_PATH });
  }

  @Get('me')
  @Roles(...ALL_ROLES)
  @ApiBearerAuth()
  @ZodResponse({ type: SessionUserDto })
  me(@CurrentActor() actor: Actor) {
    return this.auth.me(actor);
  }

  /** Changes the caller's own password; every other session ends, this one continues. */
  @Post('password')
  @Roles(...ALL_ROLES)
  @ApiBearerAuth()
  @HttpCode(200)
  @ZodResponse({ status: 200, type: LoginResponseDto })
  async changePassword(
    @CurrentActor() actor: Actor,
    @Body() body: ChangePasswordDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.startSession(req, res, await this.auth.changePassword(actor, body));
  }
}
