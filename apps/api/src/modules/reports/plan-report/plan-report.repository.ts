import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PlanReportTexts, PutPlanReportTextsBody } from '@canhgiac/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { PRODUCT_TIME_ZONE } from '../../../common/time';
import { unitValidOn } from '../../admin-units/admin-units.sql';

export interface LeafletFigures {
  /** Leaflets of the campaign's batches received in the period. */
  printed: number;
  /** Allocated in the period and not cancelled. */
  allocated: number;
}

@Injectable()
export class PlanReportRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findTexts(
    campaignId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<PlanReportTexts> {
    const rows: Array<Omit<PlanReportTexts, 'updatedAt'> & { updatedAt: Date }> =
      await manager.query(
        `SELECT campaign_id AS "campaignId", document_number AS "documentNumber", plan_reference AS "planReference",
         general_assessment AS "generalAssessment", recommendations, recipients, updated_at AS "updatedAt"
       FROM plan_report_draft WHERE campaign_id = $1`,
        [campaignId],
      );
    const row = rows[0];
    if (!row)
      return {
        campaignId,
        documentNumber: '',
        planReference: '',
        generalAssessment: '',
        recommendations: '',
        recipients: [],
        updatedAt: null,
      };
    return { ...row, updatedAt: row.updatedAt.toISOString() };
  }

  /** Writes the given fields; the others keep their value (or the empty default). */
  async upsertTexts(
    campaignId: string,
    body: PutPlanReportTextsBody,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO plan_report_draft (campaign_id, document_number, plan_reference, general_assessment, recommendations, recipients)
       VALUES ($1, coalesce($2, ''), coalesce($3, ''), coalesce($4, ''), coalesce($5, ''), coalesce($6::text[], '{}'))
       ON CONFLICT (campaign_id) DO UPDATE SET
         document_number = coalesce($2, plan_report_draft.document_number),
         plan_reference = coalesce($3, plan_report_draft.plan_reference),
         general_assessment = coalesce($4, plan_report_draft.general_assessment),
         recommendations = coalesce($5, plan_report_draft.recommendations),
         recipients = coalesce($6::text[], plan_report_draft.recipients),
         updated_at = now()`,
      [
        campaignId,
        body.documentNumber ?? null,
        body.planReference ?? null,
        body.generalAssessment ?? null,
        body.recommendations ?? null,
        body.recipients ?? null,
      ],
    );
  }

  /** Leaflets printed (batches received) and allocated in the period; delivered ones come from coverage. */
  async leaflets(campaignId: string, from: string, to: string): Promise<LeafletFigures> {
    const [row] = await this.dataSource.query<LeafletFigures[]>(
      `SELECT
         (SELECT coalesce(sum(b.quantity), 0)::int FROM leaflet_batch b
            WHERE b.campaign_id = $1 AND b.received_on BETWEEN $2::date AND $3::date) AS printed,
         (SELECT coalesce(sum(a.quantity), 0)::int FROM leaflet_allocation a
            JOIN leaflet_batch b ON b.id = a.batch_id LEFT JOIN conference f ON f.id = a.conference_id
            WHERE a.status <> 'cancelled' AND (b.campaign_id = $1 OR f.campaign_id = $1)
              AND (a.created_at AT TIME ZONE '${PRODUCT_TIME_ZONE}')::date BETWEEN $2::date AND $3::date) AS allocated`,
      [campaignId, from, to],
    );
    return row;
  }

  /** Today's communes of the province: the total that "communes reached" is measured against, as on the dashboard. */
  async communesTotal(provinceCode: string, today: string): Promise<number> {
    const [row] = await this.dataSource.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM admin_unit u
       WHERE u.level = 'commune' AND u.parent_code = $1 AND ${unitValidOn('u', '$2::date')}`,
      [provinceCode, today],
    );
    return row.n;
  }
}
