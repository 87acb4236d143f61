import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { AuditModule } from '../audit/audit.module';
import { UsersModule } from '../users/users.module';
import { AccessRulesCheck } from './access-rules.check';
import { AuthBootstrapService } from './auth-bootstrap.service';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { resolveJwtSecret } from './jwt-secret';
import { LoginThrottleService } from './login-throttle.service';
import { RefreshTokensRepository } from './refresh-tokens.repository';
import { TokensService } from './tokens.service';

@Module({
  imports: [
    DiscoveryModule,
    AuditModule,
    UsersModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        // A key object, not a string: given a string, the token library tries to parse it as a
        // public key on every verification before it falls back to a secret, which costs more
        // than the rest of an authenticated request.
        const key = createSecretKey(Buffer.from(resolveJwtSecret(config)));
        return {
          privateKey: key,
          publicKey: key,
          signOptions: { algorithm: 'HS256' },
          verifyOptions: { algorithms: ['HS256'] },
        };
      },
    }),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    TokensService,
    RefreshTokensRepository,
    LoginThrottleService,
    AuthBootstrapService,
    AccessRulesCheck,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [TokensService, LoginThrottleService],
})
export class AuthModule {}
