import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  Conference as ConferenceDto,
  ConferenceConflict,
  ConferenceStatus,
  ListConferencesQuery,
  Page,
} from '@canhgiac/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { escapeLike, queryPage } from '../../common/sql';
import { PRODUCT_TIME_ZONE } from '../../common/time';
import { unitValidOn, vietnamDayOf } from '../admin-units/admin-units.sql';

/** The unit with a code as it was on the conference's day (units are temporal data). */
const unitOnConferenceDay = (alias: string, code: string, level: 'commune' | 'district') => `
  SELECT ${alias}.code, ${alias}.name, ${alias}.parent_code FROM admin_unit ${alias}
  WHERE ${alias}.code = ${code} AND ${alias}.level = '${level}'
    AND ${unitValidOn(alias, vietnamDayOf('f.starts_at'))}
  ORDER BY ${alias}.valid_from DESC NULLS LAST LIMIT 1`;

const SELECT = `
  SELECT f.id, f.campaign_id AS "campaignId", f.title, f.topic, f.starts_at AS "startsAt", f.ends_at AS "endsAt",
    f.commune_code AS "communeCode", coalesce(cu.name, f.commune_code) AS "communeName",
    coalesce(du.code, '') AS "districtCode", coalesce(du.name, '') AS "districtName",
    f.venue, f.capacity, f.notes, f.status, f.cancel_reason AS "cancelReason", f.forced, f.created_at AS "createdAt",
    coalesce((SELECT array_agg(o.organization_id::text ORDER BY o.organization_id)
              FROM conference_organizer o WHERE o.conference_id = f.id), '{}') AS "organizerIds",
    coalesce((SELECT array_agg(t.name ORDER BY t.position)
              FROM conference_trainer t WHERE t.conference_id = f.id), '{}') AS trainers
  FROM conference f
  LEFT JOIN LATERAL (${unitOnConferenceDay('cu', 'f.commune_code', 'commune')}) cu ON true
  LEFT JOIN LATERAL (${unitOnConferenceDay('du', 'cu.parent_code', 'district')}) du ON true`;

type Row = Omit<ConferenceDto, 'startsAt' | 'endsAt' | 'createdAt'> & {
  startsAt: Date;
  endsAt: Date;
  createdAt: Date;
};
const toDto = (row: Row): ConferenceDto => ({
  ...row,
  startsAt: row.startsAt.toISOString(),
  endsAt: row.endsAt.toISOString(),
  createdAt: row.createdAt.toISOString(),
});

export interface ConferenceValues {
  campaignId: string;
  title: string;
  topic: string;
  startsAt: string;
  endsAt: string;
  communeCode: string;
  venue: string;
  capacity: number;
  notes: string | null;
  forced: boolean;
}

export interface Booking {
  communeCode: string;
  venue: string;
  startsAt: string;
  endsAt: string;
  trainers: string[];
  /** The conference being edited, which cannot clash with itself. */
  exceptId: string | null;
}

@Injectable()
export class ConferencesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findPage(query: ListConferencesQuery): Promise<Page<ConferenceDto>> {
    const params: unknown[] = [
      query.campaignId ?? null,
      query.from ?? null,
      query.to ?? null,
      query.districtCode ?? null,
      query.communeCode ?? null,
      query.status ?? null,
      query.q ? `%${escapeLike(query.q)}%` : null,
    ];
    const where = `($1::uuid IS NULL OR f.campaign_id = $1)
      AND ($2::date IS NULL OR f.ends_at > ($2::date)::timestamp AT TIME ZONE '${PRODUCT_TIME_ZONE}')
      AND ($3::date IS NULL OR f.starts_at < ($3::date + 1)::timestamp AT TIME ZONE '${PRODUCT_TIME_ZONE}')
      AND ($4::text IS NULL OR EXISTS (SELECT 1 FROM admin_unit fu WHERE fu.code = f.commune_code AND fu.parent_code = $4
                                       AND ${unitValidOn('fu', vietnamDayOf('f.starts_at'))}))
      AND ($5::text IS NULL OR f.commune_code = $5)
      AND ($6::text IS NULL OR f.status = $6)
      AND ($7::text IS NULL OR fold_text(f.title || ' ' || f.venue) LIKE fold_text($7))`;
    return queryPage(
      this.dataSource,
      {
        items: `${SELECT} WHERE ${where} ORDER BY f.starts_at, f.id`,
        counted: `conference f WHERE ${where}`,
      },
      params,
      query,
      toDto,
    );
  }

  async findById(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ConferenceDto | undefined> {
    const rows: Row[] = await manager.query(`${SELECT} WHERE f.id = $1`, [id]);
    return rows[0] && toDto(rows[0]);
  }

  /** Just what registration and check-in need to know, without the joins of a full read. */
  async findState(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ status: ConferenceStatus; capacity: number } | undefined> {
    const rows = await manager.query<Array<{ status: ConferenceStatus; capacity: number }>>(
      `SELECT status, capacity FROM conference WHERE id = $1`,
      [id],
    );
    return rows[0];
  }

  /** Locks the conference row for a status change or an edit. */
  async lockStatus(
    id: string,
    manager: EntityManager,
  ): Promise<{ status: ConferenceStatus; startsAt: Date; registeredCount: number } | undefined> {
    const rows = await manager.query<
      Array<{ status: ConferenceStatus; startsAt: Date; registeredCount: number }>
    >(
      `SELECT status, starts_at AS "startsAt", registered_count AS "registeredCount" FROM conference WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0];
  }

  /**
   * Non-cancelled conferences that overlap the booking at the same venue (same commune, venue
   * equal after folding case, spaces and diacritics) or that book one of its trainers.
   * Intervals are half-open: a conference ending at 11:00 does not clash with one starting at 11:00.
   */
  async findOverlapping(
    booking: Booking,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ConferenceConflict[]> {
    const rows = await manager.query(
      `WITH wanted AS (SELECT tstzrange($3::timestamptz, $4::timestamptz, '[)') AS during)
       SELECT f.id AS "conferenceId", 'venue' AS reason, f.title, f.starts_at AS "startsAt", f.ends_at AS "endsAt",
              f.venue, f.commune_code AS "communeCode", NULL AS trainer
       FROM conference f, wanted w
       WHERE f.status <> 'cancelled' AND f.commune_code = $1 AND f.venue_key = fold_text($2)
         AND tstzrange(f.starts_at, f.ends_at, '[)') && w.during AND ($5::uuid IS NULL OR f.id <> $5)
       UNION ALL
       SELECT f.id, 'trainer', f.title, f.starts_at, f.ends_at, f.venue, f.commune_code, t.name
       FROM conference_trainer t JOIN conference f ON f.id = t.conference_id, wanted w
       WHERE f.status <> 'cancelled' AND t.trainer_key IN (SELECT fold_text(x) FROM unnest($6::text[]) AS x)
         AND tstzrange(f.starts_at, f.ends_at, '[)') && w.during AND ($5::uuid IS NULL OR f.id <> $5)
       ORDER BY "startsAt", reason`,
      [
        booking.communeCode,
        booking.venue,
        booking.startsAt,
        booking.endsAt,
        booking.exceptId,
        booking.trainers,
      ],
    );
    return (
      rows as Array<ConferenceConflict & { startsAt: Date; endsAt: Date; trainer: string | null }>
    ).map((row) => ({
      conferenceId: row.conferenceId,
      reason: row.reason,
      title: row.title,
      startsAt: row.startsAt.toISOString(),
      endsAt: row.endsAt.toISOString(),
      venue: row.venue,
      communeCode: row.communeCode,
      ...(row.trainer ? { trainer: row.trainer } : {}),
    }));
  }

  async insert(values: ConferenceValues, manager: EntityManager): Promise<string> {
    const [{ id }] = await manager.query<Array<{ id: string }>>(
      `INSERT INTO conference (campaign_id, title, topic, starts_at, ends_at, commune_code, venue, capacity, notes, forced)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        values.campaignId,
        values.title,
        values.topic,
        values.startsAt,
        values.endsAt,
        values.communeCode,
        values.venue,
        values.capacity,
        values.notes,
        values.forced,
      ],
    );
    return id;
  }

  async update(
    id: string,
    values: Omit<ConferenceValues, 'campaignId'>,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `UPDATE conference SET title = $2, topic = $3, starts_at = $4, ends_at = $5, commune_code = $6, venue = $7,
         capacity = $8, notes = $9, forced = $10, updated_at = now()
       WHERE id = $1`,
      [
        id,
        values.title,
        values.topic,
        values.startsAt,
        values.endsAt,
        values.communeCode,
        values.venue,
        values.capacity,
        values.notes,
        values.forced,
      ],
    );
  }

  async replaceOrganizers(
    id: string,
    organizerIds: string[],
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(`DELETE FROM conference_organizer WHERE conference_id = $1`, [id]);
    await manager.query(
      `INSERT INTO conference_organizer (conference_id, organization_id) SELECT $1, unnest($2::uuid[])`,
      [id, organizerIds],
    );
  }

  /** The trainers' rows carry the conference's time range and whether it still books them. */
  async replaceTrainers(id: string, trainers: string[], manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM conference_trainer WHERE conference_id = $1`, [id]);
    await manager.query(
      `INSERT INTO conference_trainer (conference_id, position, name, during, active)
       SELECT f.id, t.position, t.name, tstzrange(f.starts_at, f.ends_at, '[)'), f.status <> 'cancelled' AND NOT f.forced
       FROM conference f, unnest($2::text[]) WITH ORDINALITY AS t(name, position)
       WHERE f.id = $1`,
      [id, trainers],
    );
  }

  async setStatus(
    id: string,
    status: ConferenceStatus,
    cancelReason: string | null,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `UPDATE conference SET status = $2, cancel_reason = $3, updated_at = now() WHERE id = $1`,
      [id, status, cancelReason],
    );
    await manager.query(
      `UPDATE conference_trainer t SET active = f.status <> 'cancelled' AND NOT f.forced
       FROM conference f WHERE f.id = t.conference_id AND f.id = $1`,
      [id],
    );
  }
}
