import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ReportUnits, TargetItem, TargetItemBody } from '@canhgiac/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { type Scope, scopeCondition, withinOrganization } from '../../common/auth/scope';
import { unitValidOn } from '../admin-units/admin-units.sql';
import { type TargetFigures, targetCommune, targetCommuneJoins } from './targets.sql';

@Injectable()
export class TargetsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The campaign's targets the scope may see, communes named as they were on their day. */
  async findForCampaign(
    scope: Scope,
    campaignId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<TargetItem[]> {
    // A coordinator sees the targets of the coordinator's organization; a leader sees them all (they are figures, not people).
    const params: unknown[] = [campaignId];
    const condition =
      scope.kind === 'aggregates' ? 'TRUE' : scopeCondition(scope, 't.organization_id', params);
    return manager.query(
      `SELECT t.commune_code AS "communeCode", u.name AS "communeName", t.commune_valid_on AS "communeValidOn",
         t.organization_id AS "organizationId", o.name AS "organizationName",
         t.conferences, t.participants, t.leaflets
       FROM campaign_target t
       LEFT JOIN admin_unit u ON u.code = t.commune_code AND u.level = 'commune' AND ${unitValidOn('u', 't.commune_valid_on')}
       LEFT JOIN organization o ON o.id = t.organization_id
       WHERE t.campaign_id = $1 AND ${condition}
       ORDER BY t.commune_code NULLS FIRST, o.name NULLS FIRST, t.organization_id`,
      params,
    );
  }

  /** The targets a report compares with, rolled up to the report's units; one organization's only when given. */
  figures(
    campaignId: string,
    units: ReportUnits,
    organizationId: string | null,
    today: string,
  ): Promise<TargetFigures[]> {
    return this.dataSource.query(
      `SELECT ${targetCommune(units)} AS "communeCode", t.organization_id AS "organizationId",
         sum(t.conferences)::int AS conferences, sum(t.participants)::int AS participants, sum(t.leaflets)::int AS leaflets
       FROM campaign_target t
       ${targetCommuneJoins('$3::date')}
       WHERE t.campaign_id = $1 AND ($2::uuid IS NULL OR ${withinOrganization('t.organization_id', '$2')})
       GROUP BY 1, 2`,
      [campaignId, organizationId, today],
    );
  }

  /** Which of these ids are organizations. */
  async existingOrganizations(ids: string[], manager: EntityManager): Promise<Set<string>> {
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT id FROM organization WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Set(rows.map((row) => row.id));
  }

  /** Replaces the campaign's targets with `items`: one delete and one insert. */
  async replace(
    campaignId: string,
    items: TargetItemBody[],
    communeValidOn: string,
    manager: EntityManager,
  ): Promise<number> {
    const [{ count: removed }] = await manager.query<Array<{ count: number }>>(
      `WITH gone AS (DELETE FROM campaign_target WHERE campaign_id = $1 RETURNING 1) SELECT count(*)::int AS count FROM gone`,
      [campaignId],
    );
    if (items.length > 0) {
      await manager.query(
        `INSERT INTO campaign_target (campaign_id, commune_code, commune_valid_on, organization_id, conferences, participants, leaflets)
         SELECT $1, r.commune_code, CASE WHEN r.commune_code IS NULL THEN NULL ELSE $3::date END, r.organization_id,
                r.conferences, r.participants, r.leaflets
         FROM jsonb_to_recordset($2::jsonb) AS r(commune_code text, organization_id uuid, conferences integer, participants integer, leaflets integer)`,
        [
          campaignId,
          JSON.stringify(
            items.map((item) => ({
              commune_code: item.communeCode ?? null,
              organization_id: item.organizationId ?? null,
              conferences: item.conferences ?? null,
              participants: item.participants ?? null,
              leaflets: item.leaflets ?? null,
            })),
          ),
          communeValidOn,
        ],
      );
    }
    return removed;
  }

  /** Serializes concurrent replacements of one campaign's targets. */
  async lockCampaign(campaignId: string, manager: EntityManager): Promise<void> {
    await manager.query(`SELECT id FROM campaign WHERE id = $1 FOR UPDATE`, [campaignId]);
  }
}
