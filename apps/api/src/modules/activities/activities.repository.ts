import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type Activity,
  type ActivityMetrics,
  type ActivityMetricSnapshot,
  activityMetricKeys,
  type ListActivitiesQuery,
  type Page,
} from '@canhgiac/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { type Scope, scopeCondition } from '../../common/auth/scope';
import { deleteCounted, escapeLike, queryPage } from '../../common/sql';

/** The columns an activity is written with. */
export interface ActivityValues {
  channel: Activity['channel'];
  title: string;
  startsOn: string;
  endsOn: string | null;
  communeCode: string | null;
  organizationId: string | null;
  link: string | null;
  notes: string | null;
}

/** An activity ready to insert, with its figures as read on `metricsAsOf`. */
export interface NewActivity extends ActivityValues {
  id: string;
  metrics: ActivityMetrics;
  metricsAsOf: string;
}

const METRIC_COLUMNS = activityMetricKeys.join(', ');

/** The latest snapshot of each activity (by the day the figures were read, then by entry). */
const SELECT = `SELECT a.id, a.campaign_id AS "campaignId", a.channel, a.title, a.starts_on AS "startsOn", a.ends_on AS "endsOn",
    a.commune_code AS "communeCode", a.organization_id AS "organizationId", a.link, a.notes,
    a.created_at AS "createdAt", a.updated_at AS "updatedAt", s.as_of AS "metricsAsOf",
    ${activityMetricKeys.map((key) => `s.${key}`).join(', ')}
  FROM outreach_activity a
  LEFT JOIN LATERAL (
    SELECT * FROM activity_metric_snapshot s WHERE s.activity_id = a.id ORDER BY s.as_of DESC, s.id DESC LIMIT 1
  ) s ON true`;

type Row = Omit<Activity, 'metrics' | 'createdAt' | 'updatedAt'> & {
  createdAt: Date;
  updatedAt: Date;
} & Record<(typeof activityMetricKeys)[number], number | null>;

/** The figures that were recorded; those never given are left out. */
export function metricsOf(row: Record<string, unknown>): ActivityMetrics {
  const metrics: ActivityMetrics = {};
  for (const key of activityMetricKeys)
    if (row[key] !== null && row[key] !== undefined) metrics[key] = Number(row[key]);
  return metrics;
}

const toDto = (row: Row): Activity => ({
  id: row.id,
  campaignId: row.campaignId,
  channel: row.channel,
  title: row.title,
  startsOn: row.startsOn,
  endsOn: row.endsOn,
  communeCode: row.communeCode,
  organizationId: row.organizationId,
  metrics: metricsOf(row),
  metricsAsOf: row.metricsAsOf,
  link: row.link,
  notes: row.notes,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

@Injectable()
export class ActivitiesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A campaign's activities the scope may see, newest first. */
  findPage(scope: Scope, campaignId: string, query: ListActivitiesQuery): Promise<Page<Activity>> {
    const params: unknown[] = [
      campaignId,
      query.channel ?? null,
      query.communeCode ?? null,
      query.organizationId ?? null,
      query.from ?? null,
      query.to ?? null,
      query.q ? `%${escapeLike(query.q)}%` : null,
    ];
    const where = `a.campaign_id = $1 AND ($2::text IS NULL OR a.channel = $2) AND ($3::text IS NULL OR a.commune_code = $3)
      AND ($4::uuid IS NULL OR a.organization_id = $4) AND ($5::date IS NULL OR a.starts_on >= $5) AND ($6::date IS NULL OR a.starts_on <= $6)
      AND ($7::text IS NULL OR fold_text(a.title) LIKE fold_text($7))
      AND ${scopeCondition(scope, 'a.organization_id', params)}`;
    return queryPage(
      this.dataSource,
      {
        items: `${SELECT} WHERE ${where} ORDER BY a.starts_on DESC, a.created_at DESC, a.id`,
        counted: `outreach_activity a WHERE ${where}`,
      },
      params,
      query,
      toDto,
    );
  }

  /** The activity, if the scope may see it. */
  async findById(
    scope: Scope,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Activity | undefined> {
    const params: unknown[] = [id];
    const rows: Row[] = await manager.query(
      `${SELECT} WHERE a.id = $1 AND ${scopeCondition(scope, 'a.organization_id', params)}`,
      params,
    );
    return rows[0] && toDto(rows[0]);
  }

  /** Locks the activity for an update, if the scope may see it. */
  async lock(scope: Scope, id: string, manager: EntityManager): Promise<boolean> {
    const params: unknown[] = [id];
    const rows = await manager.query<unknown[]>(
      `SELECT id FROM outreach_activity a WHERE a.id = $1 AND ${scopeCondition(scope, 'a.organization_id', params)} FOR UPDATE`,
      params,
    );
    return rows.length > 0;
  }

  /** Every recorded update of the figures, oldest first. */
  async history(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ActivityMetricSnapshot[]> {
    const rows: Array<Record<string, unknown> & { asOf: string; recordedAt: Date }> =
      await manager.query(
        `SELECT as_of AS "asOf", recorded_at AS "recordedAt", ${METRIC_COLUMNS} FROM activity_metric_snapshot
       WHERE activity_id = $1 ORDER BY as_of, id`,
        [id],
      );
    return rows.map((row) => ({
      asOf: row.asOf,
      recordedAt: row.recordedAt.toISOString(),
      metrics: metricsOf(row),
    }));
  }

  /**
   * Inserts activities and the snapshots of those with figures, as two statements whatever their
   * number (an import of 10,000 rows is still two).
   */
  async insertMany(
    campaignId: string,
    activities: NewActivity[],
    manager: EntityManager,
  ): Promise<void> {
    const rows = JSON.stringify(
      activities.map((a) => ({
        id: a.id,
        channel: a.channel,
        title: a.title,
        starts_on: a.startsOn,
        ends_on: a.endsOn,
        commune_code: a.communeCode,
        organization_id: a.organizationId,
        link: a.link,
        notes: a.notes,
        as_of: a.metricsAsOf,
        has_metrics: Object.keys(a.metrics).length > 0,
        ...a.metrics,
      })),
    );
    const recordset = `jsonb_to_recordset($1::jsonb) AS r(id uuid, channel text, title text, starts_on date, ends_on date,
      commune_code text, organization_id uuid, link text, notes text, as_of date, has_metrics boolean,
      ${activityMetricKeys.map((key) => `${key} integer`).join(', ')})`;
    await manager.query(
      `INSERT INTO outreach_activity (id, campaign_id, channel, title, starts_on, ends_on, commune_code, organization_id, link, notes)
       SELECT r.id, $2, r.channel, r.title, r.starts_on, r.ends_on, r.commune_code, r.organization_id, r.link, r.notes FROM ${recordset}`,
      [rows, campaignId],
    );
    await manager.query(
      `INSERT INTO activity_metric_snapshot (activity_id, as_of, ${METRIC_COLUMNS})
       SELECT r.id, r.as_of, ${activityMetricKeys.map((key) => `r.${key}`).join(', ')} FROM ${recordset} WHERE r.has_metrics`,
      [rows],
    );
  }

  async update(id: string, values: Partial<ActivityValues>, manager: EntityManager): Promise<void> {
    const columns: Record<keyof ActivityValues, string> = {
      channel: 'channel',
      title: 'title',
      startsOn: 'starts_on',
      endsOn: 'ends_on',
      communeCode: 'commune_code',
      organizationId: 'organization_id',
      link: 'link',
      notes: 'notes',
    };
    const params: unknown[] = [id];
    const sets = (Object.keys(values) as Array<keyof ActivityValues>)
      .filter((key) => values[key] !== undefined)
      .map((key) => {
        params.push(values[key]);
        return `${columns[key]} = $${params.length}`;
      });
    await manager.query(
      `UPDATE outreach_activity SET ${[...sets, 'updated_at = now()'].join(', ')} WHERE id = $1`,
      params,
    );
  }

  async addSnapshot(
    id: string,
    asOf: string,
    metrics: ActivityMetrics,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO activity_metric_snapshot (activity_id, as_of, ${METRIC_COLUMNS}) VALUES ($1, $2, ${activityMetricKeys.map((_, i) => `$${i + 3}`).join(', ')})`,
      [id, asOf, ...activityMetricKeys.map((key) => metrics[key] ?? null)],
    );
  }

  async delete(id: string, manager: EntityManager): Promise<number> {
    return deleteCounted(manager, `DELETE FROM outreach_activity WHERE id = $1`, [id]);
  }
}
