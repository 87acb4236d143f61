import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ageBands,
  type CoverageGrouping,
  type CoverageUnits,
  type Dashboard,
} from '@canhgiac/contracts';
import { DataSource } from 'typeorm';
import { PRODUCT_TIME_ZONE } from '../../common/time';
import { coverageSql, type CoverageSource } from './coverage.sql';
import { reportSettingsSql } from './report-settings';
import { firstsMeasure } from './rollups/rollups.sql';
import { unitRollUpOne, unitValidOn, vietnamDayOf } from '../admin-units/admin-units.sql';

export interface CoverageSqlRow {
  isTotal: boolean;
  key: string | null;
  label: string | null;
  population: number | null;
  validFrom: string | null;
  validTo: string | null;
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
  /** Today, for rolling activity up to today's units. */
  today: string;
  /** The installation's province. */
  provinceCode: string;
}

const tz = PRODUCT_TIME_ZONE;

@Injectable()
export class ReportsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The coverage aggregate, with the session settings of a report (REPORT_SETTINGS) for its own
   * transaction only. A report over one campaign or all of them reads the rollups (the caller
   * catches them up first); one limited to an organization, a window or a former district counts
   * the registrations themselves, as each person's first attendance depends on those limits.
   */
  coverage(
    groupBy: CoverageGrouping,
    units: CoverageUnits,
    filter: CoverageFilter,
    source: CoverageSource = ReportsRepository.sourceFor(filter),
  ): Promise<CoverageSqlRow[]> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(reportSettingsSql);
      return manager.query(coverageSql(groupBy, units, source), [
        filter.campaignId,
        filter.from,
        filter.to,
        filter.organizationId,
        filter.districtCode,
        filter.today,
        filter.provinceCode,
      ]);
    });
  }

  /** Whether the rollups can answer a coverage report with these limits. */
  static sourceFor(filter: CoverageFilter): CoverageSource {
    const limited = filter.from ?? filter.to ?? filter.organizationId ?? filter.districtCode;
    return limited === null ? 'rollup' : 'raw';
  }

  /** The reports' change counter: it moves with every write of a table the dashboard reads. */
  async changeVersion(): Promise<string> {
    const [row] = await this.dataSource.query<Array<{ version: string }>>(
      `SELECT last_value::text || CASE WHEN is_called THEN '' ELSE '-' END AS version FROM report_change`,
    );
    return row.version;
  }

  /**
   * Whether everything counted under the change counter as read before this call has committed.
   * A writer moves the counter before it commits, so this is false while another session of the
   * database holds a transaction that has written (it has an id). (A snapshot's list of running
   * transactions would not do: it leaves out the newest one.)
   */
  async writesSettled(): Promise<boolean> {
    const [row] = await this.dataSource.query<Array<{ settled: boolean }>>(
      `SELECT NOT EXISTS (
         SELECT FROM pg_stat_activity
         WHERE backend_xid IS NOT NULL AND datname = current_database() AND pid <> pg_backend_pid()
       ) AS settled`,
    );
    return row.settled;
  }

  /** The campaign the dashboard shows: the one asked for, else the one running today, else the latest. */
  async dashboardCampaign(campaignId: string | null, today: string) {
    const rows = await this.dataSource.query<unknown[]>(
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

  /**
   * Every figure of the dashboard, as aggregates in one round trip per section. Communes are
   * today's communes of the province, each activity counted in the commune that covers its place
   * today; the districts are those of the time, for the activity before 1/7/2025 (ADR 0005).
   * Registrations are read from the attendance rollups (ADR 0019), which the caller catches up
   * first: a few rows per conference instead of a row per registration.
   */
  async dashboard(campaignId: string | null, today: string, provinceCode: string) {
    const params = [campaignId];
    const unitParams = [campaignId, today, provinceCode];
    const conf = `SELECT f.id, f.status, f.starts_at, f.commune_code FROM conference f
                  WHERE f.status <> 'cancelled' AND ($1::uuid IS NULL OR f.campaign_id = $1)`;
    // The conferences with their commune of the day, its parent of the day, and today's commune.
    const placed = `
       now_unit AS MATERIALIZED (${unitRollUpOne('$2::date')}),
       conf AS (
         SELECT c.*, cu.id AS commune_id, pu.id AS parent_id, pu.level AS parent_level, t.id AS now_id, t.code AS now_code
         FROM (${conf}) c
         LEFT JOIN admin_unit cu ON cu.code = c.commune_code AND cu.level = 'commune' AND ${unitValidOn('cu', vietnamDayOf('c.starts_at'))}
         LEFT JOIN admin_unit pu ON pu.code = cu.parent_code AND ${unitValidOn('pu', vietnamDayOf('c.starts_at'))}
         LEFT JOIN now_unit nu ON nu.origin_id = cu.id
         LEFT JOIN admin_unit t ON t.id = nu.target_id AND t.parent_code = $3
       )`;
    const actualsQuery = this.dataSource.query<Array<Dashboard['actuals']>>(
      `WITH ${placed},
       att AS (SELECT x.attended, ${firstsMeasure('$1')} AS firsts FROM attendance_rollup_org x JOIN conf c ON c.id = x.conference_id)
       SELECT
         (SELECT count(*)::int FROM conf WHERE status = 'held') AS "conferencesHeld",
         (SELECT count(*)::int FROM conf WHERE status IN ('planned', 'confirmed')) AS "conferencesPlanned",
         (SELECT coalesce(sum(attended), 0)::int FROM att) AS participants,
         (SELECT coalesce(sum(firsts), 0)::int FROM att) AS "uniqueParticipants",
         (SELECT coalesce(sum(a.quantity), 0)::int FROM leaflet_allocation a JOIN leaflet_batch b ON b.id = a.batch_id
            LEFT JOIN conference f ON f.id = a.conference_id
            WHERE a.status = 'delivered' AND ($1::uuid IS NULL OR b.campaign_id = $1 OR f.campaign_id = $1)) AS "leafletsDelivered",
         (SELECT coalesce(sum(b.quantity), 0)::int FROM leaflet_batch b WHERE $1::uuid IS NULL OR b.campaign_id = $1) AS "leafletsPrinted",
         (SELECT count(DISTINCT now_id)::int FROM conf WHERE status = 'held') AS "communesReached",
         (SELECT count(*)::int FROM admin_unit u WHERE u.level = 'commune' AND u.parent_code = $3 AND ${unitValidOn('u', '$2::date')}) AS "communesTotal"`,
      unitParams,
    );
    const byMonthQuery = this.dataSource.query<Dashboard['byMonth']>(
      `WITH conf AS (${conf}),
       m AS (SELECT id, status, to_char(starts_at AT TIME ZONE '${tz}', 'YYYY-MM') AS month FROM conf),
       att AS (SELECT m.month, x.attended, ${firstsMeasure('$1', 'x', true)} AS firsts
               FROM attendance_rollup_org x JOIN m ON m.id = x.conference_id),
       held AS (SELECT month, count(*) FILTER (WHERE status = 'held')::int AS n FROM m GROUP BY month),
       participants AS (SELECT month, sum(attended)::int AS n FROM att GROUP BY month),
       people AS (SELECT month, sum(firsts)::int AS n FROM att GROUP BY month)
       SELECT held.month, held.n AS "conferencesHeld", coalesce(participants.n, 0) AS participants,
         coalesce(people.n, 0) AS "uniqueParticipants"
       FROM held LEFT JOIN participants USING (month) LEFT JOIN people USING (month)
       ORDER BY 1`,
      params,
    );
    const communesQuery = this.dataSource.query<
      Array<Dashboard['communes'][number] & { parentName: string }>
    >(
      `WITH ${placed},
       attended AS (SELECT c.now_id, sum(x.attended)::int AS n FROM attendance_rollup_org x JOIN conf c ON c.id = x.conference_id
                    GROUP BY 1)
       SELECT u.code, u.name, u.parent_code AS "parentCode", p.name AS "parentName",
         CASE WHEN bool_or(c.status = 'held') THEN 'reached' WHEN count(c.id) > 0 THEN 'planned' ELSE 'not_reached' END AS status,
         count(c.id) FILTER (WHERE c.status = 'held')::int AS "conferencesHeld",
         coalesce(max(a.n), 0)::int AS participants
       FROM admin_unit u
       JOIN admin_unit p ON p.code = u.parent_code AND ${unitValidOn('p', '$2::date')}
       LEFT JOIN conf c ON c.now_id = u.id
       LEFT JOIN attended a ON a.now_id = u.id
       WHERE u.level = 'commune' AND u.parent_code = $3 AND ${unitValidOn('u', '$2::date')}
       GROUP BY u.code, u.name, u.parent_code, p.name ORDER BY u.code`,
      unitParams,
    );
    // The districts of the time, for the activity before 1/7/2025: conferences, participants and
    // leaflets in the district of their day; its communes of the time, reached or not.
    const byDistrictQuery = this.dataSource.query<Dashboard['byDistrict']>(
      `WITH ${placed},
       districts AS (
         SELECT d.* FROM admin_unit d
         LEFT JOIN campaign k ON k.id = $1::uuid
         WHERE d.level = 'district'
           AND (d.id IN (SELECT parent_id FROM conf)
                OR (k.id IS NOT NULL AND (d.valid_from IS NULL OR d.valid_from <= k.ends_on) AND (d.valid_to IS NULL OR d.valid_to > k.starts_on)
                    AND EXISTS (SELECT 1 FROM admin_unit dc JOIN now_unit dn ON dn.origin_id = dc.id JOIN admin_unit dt ON dt.id = dn.target_id
                                WHERE dc.level = 'commune' AND dc.parent_code = d.code AND dt.parent_code = $3)))
       ),
       attended AS (SELECT c.parent_id, sum(x.attended)::int AS n FROM attendance_rollup_org x JOIN conf c ON c.id = x.conference_id
                    GROUP BY 1),
       held AS (SELECT parent_id, count(*)::int AS n, count(DISTINCT commune_id)::int AS reached FROM conf WHERE status = 'held' GROUP BY 1),
       leaf AS (
         SELECT CASE a.recipient_kind WHEN 'organization' THEN ou.id WHEN 'commune' THEN apu.id ELSE fpu.id END AS district_id,
                sum(a.quantity)::int AS n
         FROM leaflet_allocation a JOIN leaflet_batch b ON b.id = a.batch_id
         LEFT JOIN organization o ON o.id = a.organization_id
         LEFT JOIN admin_unit ou ON ou.code = o.district_code AND ou.level = 'district' AND ${unitValidOn('ou', 'a.delivered_on')}
         LEFT JOIN admin_unit au ON au.code = a.commune_code AND au.level = 'commune' AND ${unitValidOn('au', 'a.delivered_on')}
         LEFT JOIN admin_unit apu ON apu.code = au.parent_code AND ${unitValidOn('apu', 'a.delivered_on')}
         LEFT JOIN conference f ON f.id = a.conference_id
         LEFT JOIN admin_unit fu ON fu.code = f.commune_code AND fu.level = 'commune' AND ${unitValidOn('fu', vietnamDayOf('f.starts_at'))}
         LEFT JOIN admin_unit fpu ON fpu.code = fu.parent_code AND ${unitValidOn('fpu', vietnamDayOf('f.starts_at'))}
         WHERE a.status = 'delivered' AND ($1::uuid IS NULL OR b.campaign_id = $1 OR f.campaign_id = $1)
         GROUP BY 1)
       SELECT d.code, d.name,
         coalesce(h.n, 0) AS "conferencesHeld",
         coalesce(a.n, 0) AS participants,
         coalesce(h.reached, 0) AS "communesReached",
         (SELECT count(*)::int FROM admin_unit dc WHERE dc.level = 'commune' AND dc.parent_code = d.code
            AND (dc.valid_from IS NULL OR d.valid_to IS NULL OR dc.valid_from < d.valid_to)
            AND (dc.valid_to IS NULL OR d.valid_from IS NULL OR dc.valid_to > d.valid_from)) AS "communesTotal",
         coalesce((SELECT n FROM leaf WHERE leaf.district_id = d.id), 0)::int AS "leafletsDelivered"
       FROM districts d
       LEFT JOIN held h ON h.parent_id = d.id
       LEFT JOIN attended a ON a.parent_id = d.id
       ORDER BY d.code, d.valid_from NULLS FIRST`,
      unitParams,
    );
    // A person's group and gender are one each: people of a group are the firsts in its cells.
    const breakdown = (column: 'group_code' | 'gender' | 'age_band', order = '2 DESC, 1') =>
      this.dataSource.query<Array<{ key: string; uniqueParticipants: number }>>(
        `WITH conf AS (${conf})
         SELECT x.${column} AS key, sum(${firstsMeasure('$1')})::int AS "uniqueParticipants"
         FROM attendance_rollup_person x JOIN conf c ON c.id = x.conference_id
         GROUP BY 1 HAVING sum(${firstsMeasure('$1')}) > 0 ORDER BY ${order}`,
        params,
      );
    // The sections are independent reads: side by side on the pool (one after another when embedded).
    const [[actuals], byMonth, communes, byDistrict, byGroup, byGender, byAgeBand] =
      await Promise.all([
        actualsQuery,
        byMonthQuery,
        communesQuery,
        byDistrictQuery,
        breakdown('group_code'),
        breakdown('gender'),
        breakdown(
          'age_band',
          `array_position(ARRAY[${ageBands.map((band) => `'${band}'`).join(', ')}], x.age_band)`,
        ),
      ]);
    return { actuals, byMonth, communes, byDistrict, byGroup, byGender, byAgeBand };
  }
}
