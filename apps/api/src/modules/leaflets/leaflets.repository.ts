import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  AllocationStatus,
  CreateLeafletBatchBody,
  LeafletAllocation,
  LeafletBatch,
  LeafletPlaceSummary,
  ListLeafletAllocationsQuery,
  ListLeafletBatchesQuery,
  Page,
  RecipientKind,
  UpdateLeafletBatchBody,
} from '@canhgiac/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { queryPage } from '../../common/sql';
import {
  unitCurrent,
  unitRollUpOne,
  unitValidOn,
  vietnamDayOf,
} from '../admin-units/admin-units.sql';

const BATCH = `b.id, b.title, b.quantity, b.received_on AS "receivedOn", b.campaign_id AS "campaignId", b.note,
  b.allocated, coalesce(d.delivered, 0)::int AS delivered, (b.quantity - b.allocated) AS available, b.created_at AS "createdAt"`;
const BATCH_FROM = `leaflet_batch b
  LEFT JOIN LATERAL (SELECT sum(a.quantity) AS delivered FROM leaflet_allocation a WHERE a.batch_id = b.id AND a.status = 'delivered') d ON true`;

/**
 * Allocations with their recipient's name and where the leaflets went. The recipient is named as
 * it was on the allocation's day (a handover note is a document of its day), with the district of
 * that day before 1/7/2025. `placeCode`/`placeName` is today's commune that covers the place: the
 * commune given, rolled up from the unit of the allocation's day; the conference's commune, rolled
 * up from the conference's day; or the organization's commune. Null is the province level.
 */
const ALLOCATIONS = `
  WITH roll AS (${unitRollUpOne(`'infinity'::date`)})
  SELECT a.id, a.batch_id AS "batchId", b.title AS "batchTitle", a.document_number AS "documentNumber", a.quantity,
    a.recipient_kind AS "recipientKind", a.organization_id AS "organizationId", a.commune_code AS "communeCode",
    a.conference_id AS "conferenceId",
    CASE a.recipient_kind WHEN 'organization' THEN o.name WHEN 'commune' THEN coalesce(cu.name, a.commune_code) ELSE f.title END AS "recipientName",
    CASE WHEN held.level = 'district' THEN held.code END AS "districtCode",
    CASE WHEN held.level = 'district' THEN held.name END AS "districtName",
    place.code AS "placeCode", place.name AS "placeName",
    a.note, a.status, a.delivered_on AS "deliveredOn", a.received_by AS "receivedBy", a.cancel_reason AS "cancelReason",
    a.created_at AS "createdAt", b.campaign_id AS "campaignId"
  FROM leaflet_allocation a
  JOIN leaflet_batch b ON b.id = a.batch_id
  LEFT JOIN organization o ON o.id = a.organization_id
  LEFT JOIN admin_unit cu ON cu.code = a.commune_code AND ${unitValidOn('cu', vietnamDayOf('a.created_at'))}
  LEFT JOIN conference f ON f.id = a.conference_id
  LEFT JOIN admin_unit fu ON fu.code = f.commune_code AND ${unitValidOn('fu', vietnamDayOf('f.starts_at'))}
  LEFT JOIN admin_unit held ON held.code = coalesce(cu.parent_code, fu.parent_code) AND ${unitValidOn('held', vietnamDayOf('coalesce(f.starts_at, a.created_at)'))}
  LEFT JOIN roll ON roll.origin_id = coalesce(cu.id, fu.id)
  LEFT JOIN admin_unit place ON place.id = CASE a.recipient_kind WHEN 'organization' THEN
      (SELECT ou.id FROM admin_unit ou WHERE ou.code = o.commune_code AND ${unitCurrent('ou')})
    ELSE roll.target_id END`;

type AllocationRow = Omit<LeafletAllocation, 'createdAt'> & {
  createdAt: Date;
  campaignId: string | null;
};
const toAllocation = ({ campaignId: _c, ...row }: AllocationRow): LeafletAllocation => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
});
type BatchRow = Omit<LeafletBatch, 'createdAt'> & { createdAt: Date };
const toBatch = (row: BatchRow): LeafletBatch => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
});

export interface NewAllocation {
  batchId: string;
  quantity: number;
  recipientKind: RecipientKind;
  organizationId: string | null;
  communeCode: string | null;
  conferenceId: string | null;
  note: string | null;
  createdBy: string;
}

@Injectable()
export class LeafletsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findBatches(query: ListLeafletBatchesQuery): Promise<Page<LeafletBatch>> {
    const params = [query.campaignId ?? null];
    const where = `($1::uuid IS NULL OR b.campaign_id = $1)`;
    return queryPage(
      this.dataSource,
      {
        items: `SELECT ${BATCH} FROM ${BATCH_FROM} WHERE ${where} ORDER BY b.received_on DESC, b.created_at DESC`,
        counted: `leaflet_batch b WHERE ${where}`,
      },
      params,
      query,
      toBatch,
    );
  }

  async findBatch(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<LeafletBatch | undefined> {
    const rows: BatchRow[] = await manager.query(
      `SELECT ${BATCH} FROM ${BATCH_FROM} WHERE b.id = $1`,
      [id],
    );
    return rows[0] && toBatch(rows[0]);
  }

  async insertBatch(
    body: CreateLeafletBatchBody,
    userId: string,
    manager: EntityManager,
  ): Promise<string> {
    const [{ id }] = await manager.query<Array<{ id: string }>>(
      `INSERT INTO leaflet_batch (title, quantity, received_on, campaign_id, note, created_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [
        body.title,
        body.quantity,
        body.receivedOn,
        body.campaignId ?? null,
        body.note ?? null,
        userId,
      ],
    );
    return id;
  }

  /** Changes a batch; a quantity below what is already allocated is refused (returns false). */
  async updateBatch(
    id: string,
    body: UpdateLeafletBatchBody,
    manager: EntityManager,
  ): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      `WITH changed AS (
         UPDATE leaflet_batch SET title = coalesce($2, title), quantity = coalesce($3, quantity),
           received_on = coalesce($4, received_on), note = CASE WHEN $5::boolean THEN $6 ELSE note END
         WHERE id = $1 AND coalesce($3, quantity) >= allocated RETURNING id
       ) SELECT id FROM changed`,
      [
        id,
        body.title ?? null,
        body.quantity ?? null,
        body.receivedOn ?? null,
        body.note !== undefined,
        body.note ?? null,
      ],
    );
    return rows.length > 0;
  }

  /**
   * Takes leaflets from a batch's stock, or none when fewer are left: the row lock this takes on
   * the batch serializes concurrent allocations, and the stock check constraint backs it.
   */
  async takeStock(batchId: string, quantity: number, manager: EntityManager): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      `WITH taken AS (
         UPDATE leaflet_batch SET allocated = allocated + $2 WHERE id = $1 AND allocated + $2 <= quantity RETURNING id
       ) SELECT id FROM taken`,
      [batchId, quantity],
    );
    return rows.length > 0;
  }

  async returnStock(batchId: string, quantity: number, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE leaflet_batch SET allocated = allocated - $2 WHERE id = $1`, [
      batchId,
      quantity,
    ]);
  }

  /** The next number of a document register (series and year), under the counter's row lock. */
  async nextDocumentNumber(series: string, year: number, manager: EntityManager): Promise<number> {
    const [{ number }] = await manager.query<Array<{ number: number }>>(
      `INSERT INTO document_counter (series, year, last_number) VALUES ($1, $2, 1)
       ON CONFLICT (series, year) DO UPDATE SET last_number = document_counter.last_number + 1
       RETURNING last_number AS number`,
      [series, year],
    );
    return number;
  }

  async insertAllocation(
    values: NewAllocation,
    documentNumber: string,
    manager: EntityManager,
  ): Promise<string> {
    const [{ id }] = await manager.query<Array<{ id: string }>>(
      `INSERT INTO leaflet_allocation (batch_id, document_number, quantity, recipient_kind, organization_id, commune_code, conference_id, note, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        values.batchId,
        documentNumber,
        values.quantity,
        values.recipientKind,
        values.organizationId,
        values.communeCode,
        values.conferenceId,
        values.note,
        values.createdBy,
      ],
    );
    return id;
  }

  async findAllocations(query: ListLeafletAllocationsQuery): Promise<Page<LeafletAllocation>> {
    const params = [
      query.batchId ?? null,
      query.recipientKind ?? null,
      query.placeCode ?? null,
      query.status ?? null,
      query.conferenceId ?? null,
      query.organizationId ?? null,
    ];
    const where = `($1::uuid IS NULL OR "batchId" = $1) AND ($2::text IS NULL OR "recipientKind" = $2)
      AND ($3::text IS NULL OR "placeCode" = $3) AND ($4::text IS NULL OR status = $4)
      AND ($5::uuid IS NULL OR "conferenceId" = $5) AND ($6::uuid IS NULL OR "organizationId" = $6)`;
    return queryPage(
      this.dataSource,
      {
        items: `SELECT * FROM (${ALLOCATIONS}) v WHERE ${where} ORDER BY "createdAt" DESC, id`,
        counted: `(${ALLOCATIONS}) v WHERE ${where}`,
      },
      params,
      query,
      toAllocation,
    );
  }

  async findAllocation(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<LeafletAllocation | undefined> {
    const rows: AllocationRow[] = await manager.query(
      `SELECT * FROM (${ALLOCATIONS}) v WHERE id = $1`,
      [id],
    );
    return rows[0] && toAllocation(rows[0]);
  }

  async lockAllocation(id: string, manager: EntityManager) {
    const rows: Array<{ status: AllocationStatus; batchId: string; quantity: number }> =
      await manager.query(
        `SELECT status, batch_id AS "batchId", quantity FROM leaflet_allocation WHERE id = $1 FOR UPDATE`,
        [id],
      );
    return rows[0];
  }

  async markDelivered(
    id: string,
    deliveredOn: string,
    receivedBy: string,
    userId: string,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `UPDATE leaflet_allocation SET status = 'delivered', delivered_on = $2, received_by = $3, delivered_by = $4 WHERE id = $1`,
      [id, deliveredOn, receivedBy, userId],
    );
  }

  async markCancelled(id: string, reason: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE leaflet_allocation SET status = 'cancelled', cancelled_at = now(), cancel_reason = $2 WHERE id = $1`,
      [id, reason],
    );
  }

  /**
   * Leaflets allocated and delivered per commune of today's map (the province level apart), with
   * the stock totals, in one aggregate each.
   */
  async summary(campaignId: string | null, batchId: string | null): Promise<LeafletPlaceSummary> {
    const rows = await this.dataSource.query<LeafletPlaceSummary['rows']>(
      `SELECT "placeCode", coalesce("placeName", 'Cấp tỉnh') AS "placeName",
         sum(quantity) FILTER (WHERE status <> 'cancelled')::int AS allocated,
         coalesce(sum(quantity) FILTER (WHERE status = 'delivered'), 0)::int AS delivered,
         count(*) FILTER (WHERE status <> 'cancelled')::int AS allocations
       FROM (${ALLOCATIONS}) v
       WHERE ($1::uuid IS NULL OR "campaignId" = $1) AND ($2::uuid IS NULL OR "batchId" = $2) AND status <> 'cancelled'
       GROUP BY "placeCode", "placeName" ORDER BY "placeCode" NULLS FIRST`,
      [campaignId, batchId],
    );
    const [totals] = await this.dataSource.query<Array<LeafletPlaceSummary['totals']>>(
      `SELECT coalesce(sum(b.quantity), 0)::int AS quantity, coalesce(sum(b.allocated), 0)::int AS allocated,
         coalesce(sum(d.delivered), 0)::int AS delivered, coalesce(sum(b.quantity - b.allocated), 0)::int AS available
       FROM ${BATCH_FROM} WHERE ($1::uuid IS NULL OR b.campaign_id = $1) AND ($2::uuid IS NULL OR b.id = $2)`,
      [campaignId, batchId],
    );
    return { rows, totals };
  }

  /** What the handover note prints: the allocation, the giver's name and the issuing body. */
  async findSlip(id: string) {
    const rows = await this.dataSource.query<unknown[]>(
      `SELECT v.*, coalesce(du.full_name, cu.full_name) AS "giverName",
         coalesce(k.certificate_parent_body, 'UBND TỈNH NINH BÌNH') AS "parentBody",
         coalesce(k.certificate_issuer, 'SỞ KHOA HỌC VÀ CÔNG NGHỆ') AS issuer,
         coalesce(k.certificate_issue_place, 'Ninh Bình') AS place
       FROM (${ALLOCATIONS}) v
       JOIN leaflet_allocation a ON a.id = v.id
       LEFT JOIN app_user du ON du.id = a.delivered_by
       LEFT JOIN app_user cu ON cu.id = a.created_by
       LEFT JOIN campaign k ON k.id = v."campaignId"
       WHERE v.id = $1`,
      [id],
    );
    return rows[0] as
      | (AllocationRow & {
          giverName: string | null;
          parentBody: string;
          issuer: string;
          place: string;
        })
      | undefined;
  }
}
