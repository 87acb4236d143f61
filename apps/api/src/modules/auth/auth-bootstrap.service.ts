import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { hashPassword } from '../../common/auth/password-hasher';
import { UsersService } from '../users/users.service';

/**
 * The first admin of a production database comes from ADMIN_USERNAME / ADMIN_PASSWORD, and only
 * while the database has no user at all. No default password exists: without those variables an
 * empty production database simply has no one who can log in. (Demo users come from the demo seed.)
 */
@Injectable()
export class AuthBootstrapService implements OnApplicationBootstrap {
  private readonly logger = new Logger('AuthBootstrap');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const admin = this.config.admin;
    if (!admin) return;
    await this.dataSource.transaction(async (manager) => {
      // Serializes concurrent starts of several replicas on one empty database.
      await manager.query(`LOCK TABLE app_user IN SHARE ROW EXCLUSIVE MODE`);
      if ((await this.users.countUsers(manager)) > 0) return;
      await this.users.bootstrap(
        {
          username: admin.username.toLowerCase(),
          fullName: 'Quản trị hệ thống',
          role: 'admin',
          organizationId: null,
          active: true,
          passwordHash: await hashPassword(admin.password),
        },
        manager,
      );
      this.logger.log(`first admin "${admin.username}" created`);
    });
  }
}
