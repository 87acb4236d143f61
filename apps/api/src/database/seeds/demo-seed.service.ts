import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { UsersService } from '../../modules/users/users.service';
import { todayInVietnam } from '../../common/time';
import { demoConferences, demoOrganizations, demoTrainers, demoUsers } from './demo-data';

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
      await this.seedCampaign(manager);
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

  /** This year's campaign with its targets, and the sample conferences, in a few set-based statements. */
  private async seedCampaign(manager: EntityManager) {
    const today = todayInVietnam();
    const year = Number(today.slice(0, 4));
    const [{ id: campaignId }] = await manager.query(
      `INSERT INTO campaign (name, year, starts_on, ends_on, target_conferences, target_participants, target_leaflets)
       VALUES ($1, $2, $3, $4, 70, 15000, 20000) RETURNING id`,
      [`Tuyên truyền phòng chống lừa đảo trên không gian mạng năm ${year}`, year, `${year}-01-01`, `${year}-12-31`],
    );
    const rows = demoConferences.map((conference, index) => {
      const day = new Date(`${today}T00:00:00Z`);
      day.setUTCDate(day.getUTCDate() + conference.dayOffset);
      const iso = day.toISOString().slice(0, 10);
      const clamped = iso < `${year}-01-01` ? `${year}-01-0${(index % 9) + 1}` : iso > `${year}-12-31` ? `${year}-12-${20 + (index % 9)}` : iso;
      const past = conference.dayOffset < 0;
      return {
        title: `Hội nghị tập huấn nhận diện lừa đảo trên không gian mạng số ${index + 1}`,
        startsAt: `${clamped}T08:00:00+07:00`,
        endsAt: `${clamped}T11:00:00+07:00`,
        communeCode: conference.communeCode,
        venue: conference.venue,
        capacity: conference.capacity,
        status: past ? 'held' : conference.dayOffset < 7 ? 'confirmed' : 'planned',
        organizers: conference.organizers,
        trainers: conference.trainers.map((i) => demoTrainers[i]),
      };
    });
    await manager.query(
      `WITH input AS (
         SELECT * FROM jsonb_to_recordset($2::jsonb) AS c(title text, "startsAt" timestamptz, "endsAt" timestamptz,
           "communeCode" text, venue text, capacity int, status text, organizers text[], trainers text[])
       ), inserted AS (
         INSERT INTO conference (campaign_id, title, topic, starts_at, ends_at, commune_code, venue, capacity, status)
         SELECT $1, title, 'Nhận diện và phòng chống lừa đảo trên môi trường Internet và điện thoại', "startsAt", "endsAt",
                "communeCode", venue, capacity, status
         FROM input RETURNING id, title, starts_at, ends_at, status
       ), organizers AS (
         INSERT INTO conference_organizer (conference_id, organization_id)
         SELECT i.id, o.id FROM inserted i JOIN input c ON c.title = i.title
           JOIN organization o ON o.name = ANY (c.organizers)
       )
       INSERT INTO conference_trainer (conference_id, position, name, during, active)
       SELECT i.id, t.position, t.name, tstzrange(i.starts_at, i.ends_at, '[)'), i.status <> 'cancelled'
       FROM inserted i JOIN input c ON c.title = i.title, unnest(c.trainers) WITH ORDINALITY AS t(name, position)`,
      [campaignId, JSON.stringify(rows)],
    );
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
