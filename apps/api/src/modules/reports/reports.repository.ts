import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CoverageGrouping } from '@canhgiac/contracts';
import { DataSource } from 'typeorm';
import { PRODUCT_TIME_ZONE } from '../../common/time';
import { coverageSql } from './coverage.sql';
import { unitCurrent, unitValidOn, vietnamDayOf } from '../admin-units/admin-units.sql';

export interface CoverageSqlRow {
  isTotal: boolean;
  key: string | null;
  label: string | null;
  population: number | null;
  conferencesHeld: number | null;
  registrations: number;
  attended: number;
  uniqueParticipants: number;
  leafletsDelivered: number | null;
  coveragePct: number | null;
}

export interface CoverageFilter {
  campaignId: string | null;
  from: string | null;
  to: string | null;
  organizationId: string | null;
  districtCode: string | null;
}

const tz = PRODUCT_TIME_ZONE;

/**
 * Settings for the statement of a coverage report. Its one big sort (each person's first
 * attendance, a row per attendance: about 110 MB for 1,000,000 attendances, `pnpm bench:reports`)
 * stays in memory instead of spilling to disk, and JIT compilation, which costs more than it saves
 * on a statement run once, is off. Only the report's own transaction has them.
 */
export const REPORT_SETTINGS = { work_mem: '128MB', jit: 'off' } as const;

@Injectable()
export class ReportsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The coverage aggregate, with the session settings of a report (REPORT_SETTINGS) for its own
   * transaction only: a report is rare and reads everything, a request of the app is frequent and
   * reads little, and the server's defaults are set for the latter.
   */
  coverage(groupBy: CoverageGrouping, filter: CoverageFilter): Promise<CoverageSqlRow[]> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `SELECT ${Object.entries(REPORT_SETTINGS)
          .map(([name, value]) => `set_config('${name}', '${value}', true)`)
          .join(', ')}`,
      );
      return manager.query(coverageSql(groupBy), [
        filter.campaignId,
        filter.from,
        filter.to,
        filter.organizationId,
        filter.districtCode,
      ]);
    });
  }

  /** The campaign the dashboard shows: the one asked for, else the one running today, else the latest. */
  async dashboardCampaign(campaignId: string | null, today: string) {
    const rows = await this.dataSource.query(
      `SELECT id, name, starts_on AS "startsOn", ends_on AS "endsOn", target_conferences AS conferences,
         target_participants AS participants, target_leaflets AS leaflets
       FROM campaign
       WHERE $1::uuid IS NULL OR id = $1
       ORDER BY (id = $1) DESC NULLS LAST, (starts_on <= $2::date AND ends_on >= $2::date) DESC, starts_on DESC
       LIMIT 1`,
      [campaignId, today],
    );
    return rows[0] as
      | {
          id: string;
          name: string;
          startsOn: string;
          endsOn: string;
          conferences: number;
          participants: number;
          leaflets: number;
        }
      | undefined;
  }

  /** Every figure of the dashboard, as aggregates in one round trip per section. */
  async dashboard(campaignId: string | null) {
    const params = [campaignId];
    const conf = `SELECT f.id, f.status, f.starts_at, f.commune_code FROM conference f
                  WHERE f.status <> 'cancelled' AND ($1::uuid IS NULL OR f.campaign_id = $1)`;
    const actualsQuery = this.dataSource.query(
      `WITH conf AS (${conf}),
       reg AS (SELECT r.person_id, r.status FROM registration r JOIN conf c ON c.id = r.conference_id)
       SELECT
         (SELECT count(*)::int FROM conf WHERE status = 'held') AS "conferencesHeld",
         (SELECT count(*)::int FROM conf WHERE status IN ('planned', 'confirmed')) AS "conferencesPlanned",
         (SELECT count(*)::int FROM reg WHERE status = 'attended') AS participants,
         (SELECT count(*)::int FROM (SELECT DISTINCT person_id FROM reg WHERE status = 'attended') d) AS "uniqueParticipants",
         (SELECT coalesce(sum(a.quantity), 0)::int FROM leaflet_allocation a JOIN leaflet_batch b ON b.id = a.batch_id
            LEFT JOIN conference f ON f.id = a.conference_id
            WHERE a.status = 'delivered' AND ($1::uuid IS NULL OR b.campaign_id = $1 OR f.campaign_id = $1)) AS "leafletsDelivered",
         (SELECT coalesce(sum(b.quantity), 0)::int FROM leaflet_batch b WHERE $1::uuid IS NULL OR b.campaign_id = $1) AS "leafletsPrinted",
         (SELECT count(DISTINCT commune_code)::int FROM conf WHERE status = 'held') AS "communesReached",
         (SELECT count(*)::int FROM admin_unit u WHERE u.level = 'commune' AND ${unitCurrent('u')}) AS "communesTotal"`,
      params,
    );
    const byMonthQuery = this.dataSource.query(
      `WITH conf AS (${conf}),
       m AS (SELECT id, status, to_char(starts_at AT TIME ZONE '${tz}', 'YYYY-MM') AS month FROM conf),
       att AS (SELECT m.month, r.person_id FROM registration r JOIN m ON m.id = r.conference_id WHERE r.status = 'attended'),
       held AS (SELECT month, count(*) FILTER (WHERE status = 'held')::int AS n FROM m GROUP BY month),
       participants AS (SELECT month, count(*)::int AS n FROM att GROUP BY month),
       people AS (SELECT month, count(*)::int AS n FROM (SELECT DISTINCT month, person_id FROM att) d GROUP BY month)
       SELECT held.month, held.n AS "conferencesHeld", coalesce(participants.n, 0) AS participants,
         coalesce(people.n, 0) AS "uniqueParticipants"
       FROM held LEFT JOIN participants USING (month) LEFT JOIN people USING (month)
       ORDER BY 1`,
      params,
    );
    const communesQuery = this.dataSource.query(
      `WITH conf AS (${conf})
       SELECT u.code, u.name, u.parent_code AS "districtCode", d.name AS "districtName",
         CASE WHEN bool_or(c.status = 'held') THEN 'reached' WHEN count(c.id) > 0 THEN 'planned' ELSE 'not_reached' END AS status,
         count(c.id) FILTER (WHERE c.status = 'held')::int AS held
       FROM admin_unit u
       JOIN admin_unit d ON d.code = u.parent_code AND ${unitCurrent('d')}
       LEFT JOIN conf c ON c.commune_code = u.code
       WHERE u.level = 'commune' AND ${unitCurrent('u')}
       GROUP BY u.code, u.name, u.parent_code, d.name ORDER BY u.code`,
      params,
    );
    // Conferences, participants and leaflets count in the district as it was on their day, so a
    // later merger of communes loses none; "communes reached" are counted on today's map.
    const byDistrictQuery = this.dataSource.query(
      `WITH conf AS (
         SELECT c.*, cu.parent_code AS district_code FROM (${conf}) c
         LEFT JOIN admin_unit cu ON cu.code = c.commune_code AND ${unitValidOn('cu', vietnamDayOf('c.starts_at'))}
       ),
       attended AS (SELECT c.district_code, count(*)::int AS n FROM registration r JOIN conf c ON c.id = r.conference_id
                    WHERE r.status = 'attended' GROUP BY 1),
       held AS (SELECT district_code, count(*)::int AS n FROM conf WHERE status = 'held' GROUP BY 1),
       reached AS (
         SELECT u.parent_code AS district_code, count(*)::int AS n, (count(*) FILTER (WHERE EXISTS (
             SELECT 1 FROM conf c WHERE c.status = 'held' AND c.commune_code = u.code)))::int AS reached
         FROM admin_unit u WHERE u.level = 'commune' AND ${unitCurrent('u')} GROUP BY 1),
       leaf AS (
         SELECT CASE a.recipient_kind WHEN 'organization' THEN o.district_code WHEN 'commune' THEN au.parent_code ELSE fu.parent_code END AS district,
                sum(a.quantity)::int AS n
         FROM leaflet_allocation a JOIN leaflet_batch b ON b.id = a.batch_id
         LEFT JOIN organization o ON o.id = a.organization_id
         LEFT JOIN admin_unit au ON au.code = a.commune_code AND ${unitValidOn('au', 'a.delivered_on')}
         LEFT JOIN conference f ON f.id = a.conference_id
         LEFT JOIN admin_unit fu ON fu.code = f.commune_code AND ${unitValidOn('fu', vietnamDayOf('f.starts_at'))}
         WHERE a.status = 'delivered' AND ($1::uuid IS NULL OR b.campaign_id = $1 OR f.campaign_id = $1)
         GROUP BY 1)
       SELECT d.code, d.name,
         coalesce(h.n, 0) AS "conferencesHeld",
         coalesce(a.n, 0) AS participants,
         coalesce(u.reached, 0) AS "communesReached",
         coalesce(u.n, 0) AS "communesTotal",
         coalesce((SELECT n FROM leaf WHERE leaf.district = d.code), 0)::int AS "leafletsDelivered"
       FROM admin_unit d
       LEFT JOIN reached u ON u.district_code = d.code
       LEFT JOIN held h ON h.district_code = d.code
       LEFT JOIN attended a ON a.district_code = d.code
       WHERE d.level = 'district' AND ${unitCurrent('d')}
       ORDER BY d.code`,
      params,
    );
    const breakdown = (column: string) =>
      this.dataSource.query(
        // DISTINCT then count, rather than count(DISTINCT …): both steps hash instead of sorting.
        `WITH conf AS (${conf})
         SELECT key, count(*)::int AS "uniqueParticipants" FROM (
           SELECT DISTINCT p.${column} AS key, r.person_id
           FROM registration r JOIN conf c ON c.id = r.conference_id JOIN person p ON p.id = r.person_id
           WHERE r.status = 'attended'
         ) d GROUP BY 1 ORDER BY 2 DESC, 1`,
        params,
      );
    // The sections are independent reads: side by side on the pool (one after another when embedded).
    const [[actuals], byMonth, communes, byDistrict, byGroup, byGender] = await Promise.all([
      actualsQuery,
      byMonthQuery,
      communesQuery,
      byDistrictQuery,
      breakdown('group_code'),
      breakdown('gender'),
    ]);
    return { actuals, byMonth, communes, byDistrict, byGroup, byGender };
  }
}
