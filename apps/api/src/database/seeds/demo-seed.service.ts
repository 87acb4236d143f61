import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { hashPassword } from '../../common/auth/password-hasher';
import { UsersService } from '../../modules/users/users.service';
import { Clock } from '../../common/clock';
import { unitRollUpOne } from '../../modules/admin-units/admin-units.sql';
import {
  demoConferences,
  demoOrganizations,
  demoParticipantOrganizations,
  demoPlan2025,
  demoTrainers,
  demoUsers,
} from './demo-data';

interface ConferenceRow {
  title: string;
  startsAt: string;
  endsAt: string;
  communeCode: string;
  venue: string;
  capacity: number;
  status: string;
  organizers: string[];
  trainers: string[];
}

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
    private readonly clock: Clock,
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
      await this.seedPlan2025(manager);
      const campaign = await this.seedCampaign(manager);
      await this.seedParticipants(manager);
      await this.seedLeaflets(manager, campaign.id, campaign.startsOn);
      this.logger.log('demo data seeded');
    });
  }

  private async seedUsers(manager: EntityManager) {
    const organizations: Array<{ id: string; name: string }> = await manager.query(
      `SELECT id, name FROM organization`,
    );
    const idOf = (name: string | null) =>
      name ? (organizations.find((o) => o.name === name)?.id ?? null) : null;
    const existing: Array<{ username: string }> = await manager.query(
      `SELECT lower(username) AS username FROM app_user`,
    );
    const taken = new Set(existing.map((row) => row.username));
    // A first admin from ADMIN_USERNAME may already hold a demo username; it keeps its own password.
    // argon2 runs on libuv's thread pool: the hashes (each with its own salt) are computed side
    // by side, which halves a fresh start's share of them on two cores; the users are then
    // written one after another on the transaction's connection.
    const hashed = await Promise.all(
      demoUsers
        .filter((u) => !taken.has(u.username))
        .map(async (user) => ({
          user,
          passwordHash: await hashPassword(this.config.demoPassword),
        })),
    );
    for (const { user, passwordHash } of hashed) {
      await this.users.bootstrap(
        {
          username: user.username,
          fullName: user.fullName,
          role: user.role,
          organizationId: idOf(user.organizationName),
          active: true,
          passwordHash,
        },
        manager,
      );
    }
  }

  /**
   * The 2025 plan, which spans the reorganization of 1 July 2025: January–June in Nam Định's
   * communes of the time, July–December in Ninh Bình's. Only when the demo starts after 2025.
   */
  private async seedPlan2025(manager: EntityManager) {
    if (this.clock.today() < '2026-01-01') return;
    const [{ id: campaignId }] = await manager.query<Array<{ id: string }>>(
      `INSERT INTO campaign (name, year, starts_on, ends_on, target_conferences, target_participants, target_leaflets)
       VALUES ('Kế hoạch tuyên truyền phòng chống lừa đảo trên không gian mạng năm 2025', 2025, '2025-01-01', '2025-12-31', 12, 600, 5000)
       RETURNING id`,
    );
    await this.insertConferences(
      manager,
      campaignId,
      demoPlan2025.map((conference, index) => ({
        title: `Hội nghị tuyên truyền phòng chống lừa đảo năm 2025 số ${index + 1}`,
        startsAt: `${conference.day}T08:00:00+07:00`,
        endsAt: `${conference.day}T11:00:00+07:00`,
        communeCode: conference.communeCode,
        venue: conference.venue,
        capacity: conference.capacity,
        status: 'held',
        organizers: conference.organizers,
        trainers: conference.trainers.map((i) => demoTrainers[i]),
      })),
    );
  }

  /** This year's campaign with its targets, and the sample conferences, in a few set-based statements. */
  private async seedCampaign(manager: EntityManager): Promise<{ id: string; startsOn: string }> {
    const today = this.clock.today();
    const year = Number(today.slice(0, 4));
    const [{ id: campaignId }] = await manager.query<Array<{ id: string }>>(
      `INSERT INTO campaign (name, year, starts_on, ends_on, target_conferences, target_participants, target_leaflets)
       VALUES ($1, $2, $3, $4, 70, 15000, 20000) RETURNING id`,
      [
        `Tuyên truyền phòng chống lừa đảo trên không gian mạng năm ${year}`,
        year,
        `${year}-01-01`,
        `${year}-12-31`,
      ],
    );
    const rows = demoConferences.map((conference, index): ConferenceRow => {
      const day = new Date(`${today}T00:00:00Z`);
      day.setUTCDate(day.getUTCDate() + conference.dayOffset);
      const iso = day.toISOString().slice(0, 10);
      const clamped =
        iso < `${year}-01-01`
          ? `${year}-01-0${(index % 9) + 1}`
          : iso > `${year}-12-31`
            ? `${year}-12-${20 + (index % 9)}`
            : iso;
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
    await this.insertConferences(manager, campaignId, rows);
    return { id: campaignId, startsOn: `${year}-01-01` };
  }

  private async insertConferences(
    manager: EntityManager,
    campaignId: string,
    rows: ConferenceRow[],
  ) {
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

  /**
   * Participants for the conferences already held: about forty each, living in the commune that
   * covers the conference's place today, brought by the demo associations, most of them checked
   * in. Set-based, like an import.
   */
  private async seedParticipants(manager: EntityManager) {
    const family = [
      'Nguyễn',
      'Trần',
      'Lê',
      'Phạm',
      'Hoàng',
      'Vũ',
      'Đặng',
      'Bùi',
      'Đỗ',
      'Ngô',
      'Dương',
      'Phan',
      'Trịnh',
      'Đinh',
      'Mai',
      'Lương',
    ];
    const middle = [
      'Văn',
      'Thị',
      'Đức',
      'Ngọc',
      'Minh',
      'Thu',
      'Quang',
      'Thanh',
      'Hữu',
      'Thị Thu',
      'Văn Đức',
    ];
    const given = [
      'An',
      'Bình',
      'Cường',
      'Dũng',
      'Hà',
      'Hải',
      'Hằng',
      'Hoa',
      'Hùng',
      'Hương',
      'Lan',
      'Liên',
      'Long',
      'Mai',
      'Nam',
      'Nga',
      'Ngọc',
      'Phúc',
      'Phương',
      'Quý',
      'Sơn',
      'Tâm',
      'Thảo',
      'Thắng',
      'Thủy',
      'Tiến',
      'Trang',
      'Tuấn',
      'Vân',
      'Xuân',
      'Yến',
      'Đông',
      'Ánh',
      'Ước',
    ];
    await manager.query(
      `WITH now_unit AS (${unitRollUpOne('$5::date')}),
       held AS (
         SELECT f.id, t.code AS commune_code, f.starts_at, row_number() OVER (ORDER BY f.starts_at) AS k
         FROM conference f
         JOIN admin_unit cu ON cu.code = f.commune_code AND cu.level = 'commune'
           AND (cu.valid_from IS NULL OR cu.valid_from <= (f.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date)
           AND (cu.valid_to IS NULL OR cu.valid_to > (f.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date)
         JOIN now_unit nu ON nu.origin_id = cu.id JOIN admin_unit t ON t.id = nu.target_id
         WHERE f.status = 'held'
       ), orgs AS (
         SELECT array_agg(id ORDER BY name) AS ids FROM organization WHERE name = ANY ($4::text[])
       ), people AS (
         SELECT h.id AS conference_id, h.commune_code, h.starts_at, g AS n, h.k,
           $1::text[] AS family, $2::text[] AS middle, $3::text[] AS given, o.ids
         FROM held h, orgs o, generate_series(1, 36 + (h.k::int % 5) * 3) AS g
       ), inserted AS (
         INSERT INTO person (full_name, gender, birth_year, phone, commune_code, organization_id, group_code, consent_at, consent_source, last_seen_at)
         SELECT family[1 + (n * 7 + k * 3) % array_length(family, 1)] || ' ' || middle[1 + (n + k) % array_length(middle, 1)]
                  || ' ' || given[1 + (n * 5 + k * 11) % array_length(given, 1)] || CASE WHEN n > 30 THEN ' ' || given[1 + n % 7] ELSE '' END,
                CASE WHEN middle[1 + (n + k) % array_length(middle, 1)] LIKE 'Thị%' THEN 'female' ELSE 'male' END,
                1940 + (n * 13 + k * 7) % 66,
                CASE WHEN n % 4 = 0 THEN NULL ELSE '09' || lpad(((k * 1000003 + n * 7919) % 100000000)::text, 8, '0') END,
                commune_code,
                ids[1 + n % array_length(ids, 1)],
                (ARRAY['farmer', 'veteran', 'elderly', 'farmer', 'worker', 'student', 'civil_servant', 'farmer'])[1 + n % 8],
                starts_at - interval '7 days', 'paper_form', starts_at
         FROM people
         ON CONFLICT DO NOTHING
         RETURNING id, commune_code, organization_id, last_seen_at
       )
       INSERT INTO registration (conference_id, person_id, organization_id, status, checked_in_at, check_in_method)
       SELECT h.id, i.id, i.organization_id,
              CASE WHEN abs(hashtext(i.id::text)) % 100 < 86 THEN 'attended' ELSE 'registered' END,
              CASE WHEN abs(hashtext(i.id::text)) % 100 < 86 THEN h.starts_at + (abs(hashtext(i.id::text)) % 40) * interval '1 minute' END,
              CASE WHEN abs(hashtext(i.id::text)) % 100 < 86 THEN (ARRAY['code', 'registration', 'person'])[1 + abs(hashtext(i.id::text)) % 3] END
       FROM inserted i JOIN held h ON h.commune_code = i.commune_code AND h.starts_at = i.last_seen_at`,
      [family, middle, given, demoParticipantOrganizations, this.clock.today()],
    );
    await manager.query(
      `UPDATE conference f SET registered_count = (SELECT count(*) FROM registration r WHERE r.conference_id = f.id)`,
    );
  }

  /** The campaign's 20,000 leaflets: handed to the conferences held, to an association, and planned for communes. */
  private async seedLeaflets(manager: EntityManager, campaignId: string, startsOn: string) {
    const [{ id: batchId }] = await manager.query<Array<{ id: string }>>(
      `INSERT INTO leaflet_batch (title, quantity, received_on, campaign_id, note)
       VALUES ('Nhận diện và phòng chống lừa đảo trên môi trường Internet và điện thoại', 20000, $2, $1, 'In tại Công ty In Ninh Bình')
       RETURNING id`,
      [campaignId, startsOn],
    );
    const year = Number(startsOn.slice(0, 4));
    await manager.query(
      `WITH plan AS (
         SELECT 'conference' AS kind, f.id AS conference_id, NULL::uuid AS organization_id, NULL::text AS commune_code, 300 AS quantity,
                (f.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS delivered_on, 'Ban tổ chức hội nghị' AS received_by, f.starts_at AS at
         FROM conference f WHERE f.status = 'held' AND f.campaign_id = $4
         UNION ALL
         SELECT 'organization', NULL, o.id, NULL, 2000, $3::date, 'Phạm Văn Hùng', now() FROM organization o WHERE o.name = 'Hội Nông dân tỉnh Ninh Bình'
         UNION ALL
         SELECT 'commune', NULL, NULL, c, 500, NULL, NULL, now() FROM unnest(ARRAY['14218', '14221', '14182']) AS c
       ), numbered AS (SELECT plan.*, row_number() OVER (ORDER BY at, kind) AS n FROM plan)
       INSERT INTO leaflet_allocation (batch_id, document_number, quantity, recipient_kind, organization_id, commune_code, conference_id,
                                       status, delivered_on, received_by)
       SELECT $1, n || '/BBBG-' || $2::int, quantity, kind, organization_id, commune_code, conference_id,
              CASE WHEN delivered_on IS NULL THEN 'planned' ELSE 'delivered' END, delivered_on, received_by
       FROM numbered`,
      [batchId, year, startsOn, campaignId],
    );
    await manager.query(
      `UPDATE leaflet_batch b SET allocated = (SELECT sum(quantity) FROM leaflet_allocation a WHERE a.batch_id = b.id AND a.status <> 'cancelled') WHERE b.id = $1`,
      [batchId],
    );
    await manager.query(
      `INSERT INTO document_counter (series, year, last_number)
       SELECT 'BBBG', $2::int, count(*) FROM leaflet_allocation WHERE batch_id = $1
       ON CONFLICT (series, year) DO UPDATE SET last_number = excluded.last_number`,
      [batchId, year],
    );
  }

  private async seedOrganizations(manager: EntityManager) {
    await manager.query(
      `INSERT INTO organization (name, kind, district_code, commune_code)
       SELECT o.name, o.kind, o."districtCode", o."communeCode"
       FROM jsonb_to_recordset($1::jsonb) AS o(name text, kind text, "districtCode" text, "communeCode" text)
       ON CONFLICT DO NOTHING`,
      [JSON.stringify(demoOrganizations)],
    );
    // Commune branches under their provincial association.
    await manager.query(
      `UPDATE organization o SET parent_id = p.id
       FROM jsonb_to_recordset($1::jsonb) AS d(name text, "parentName" text)
       JOIN organization p ON p.name = d."parentName"
       WHERE o.name = d.name AND d."parentName" IS NOT NULL`,
      [JSON.stringify(demoOrganizations)],
    );
  }
}
