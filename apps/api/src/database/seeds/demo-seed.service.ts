import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { UsersService } from '../../modules/users/users.service';
import { demoOrganizations, demoUsers } from './demo-data';

const SEED_KEY = 'demo_seed';

/**
 * Seeds demo data once, on the first start of a database in demo mode (embedded by default,
 * or DEMO_SEED=true). A marker in app_setting keeps it from running twice.
 */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demoSeed) return;
    await this.dataSource.transaction(async (manager) => {
      const claimed: unknown[] = await manager.query(
        `INSERT INTO app_setting (key, value) VALUES ($1, $2::jsonb) ON CONFLICT (key) DO NOTHING RETURNING key`,
        [SEED_KEY, JSON.stringify({ seededAt: new Date().toISOString() })],
      );
      if (claimed.length === 0) return;
      await this.seedOrganizations(manager);
      await this.seedUsers(manager);
      this.logger.log('demo data seeded');
    });
  }

  private async seedUsers(manager: EntityManager) {
    const organizations: Array<{ id: string; name: string }> = await manager.query(`SELECT id, name FROM organization`);
    const idOf = (name: string | null) => (name ? (organizations.find((o) => o.name === name)?.id ?? null) : null);
    const existing: Array<{ username: string }> = await manager.query(`SELECT lower(username) AS username FROM app_user`);
    const taken = new Set(existing.map((row) => row.username));
    // A first admin from ADMIN_USERNAME may already hold a demo username; it keeps its own password.
    for (const user of demoUsers.filter((u) => !taken.has(u.username))) {
      await this.users.bootstrap(
        { username: user.username, fullName: user.fullName, role: user.role, organizationId: idOf(user.organizationName), active: true, password: this.config.demoPassword },
        manager,
      );
    }
  }

  private async seedOrganizations(manager: EntityManager) {
    await manager.query(
      `INSERT INTO organization (name, kind, district_code)
       SELECT o.name, o.kind, o."districtCode" FROM jsonb_to_recordset($1::jsonb) AS o(name text, kind text, "districtCode" text)
       ON CONFLICT DO NOTHING`,
      [JSON.stringify(demoOrganizations)],
    );
  }
}
