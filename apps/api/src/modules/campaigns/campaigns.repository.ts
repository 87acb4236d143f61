import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  Campaign as CampaignDto,
  CampaignProgress,
  CertificateSettings,
  CreateCampaignBody,
  ListCampaignsQuery,
  Page,
  UpdateCampaignBody,
} from '@canhgiac/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { queryPage } from '../../common/sql';
import { unitRollUpOne, unitValidOn, vietnamDayOf } from '../admin-units/admin-units.sql';

const COLUMNS = `id, name, year, starts_on AS "startsOn", ends_on AS "endsOn",
  target_conferences AS "targetConferences", target_participants AS "targetParticipants",
  target_leaflets AS "targetLeaflets", created_at AS "createdAt",
  json_build_object('parentBody', certificate_parent_body, 'issuer', certificate_issuer,
    'serialSuffix', certificate_serial_suffix, 'signerTitle', certificate_signer_title,
    'signerName', certificate_signer_name, 'issuePlace', certificate_issue_place) AS certificate`;

type Row = Omit<CampaignDto, 'createdAt'> & { createdAt: Date };
const toDto = (row: Row): CampaignDto => ({ ...row, createdAt: row.createdAt.toISOString() });

/** Certificate settings as columns; absent ones keep their current (or default) value. */
const certificateParams = (settings: Partial<CertificateSettings> | undefined) => [
  settings?.parentBody ?? null,
  settings?.issuer ?? null,
  settings?.serialSuffix ?? null,
  settings?.signerTitle ?? null,
  settings?.signerName ?? null,
  settings?.issuePlace ?? null,
];

@Injectable()
export class CampaignsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findPage(query: ListCampaignsQuery): Promise<Page<CampaignDto>> {
    const params = [query.year ?? null];
    const where = `($1::int IS NULL OR year = $1)`;
    return queryPage(
      this.dataSource,
      {
        items: `SELECT ${COLUMNS} FROM campaign WHERE ${where} ORDER BY starts_on DESC, name`,
        counted: `campaign WHERE ${where}`,
      },
      params,
      query,
      toDto,
    );
  }

  async findById(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CampaignDto | undefined> {
    const rows: Row[] = await manager.query(`SELECT ${COLUMNS} FROM campaign WHERE id = $1`, [id]);
    return rows[0] && toDto(rows[0]);
  }

  async insert(body: CreateCampaignBody, manager: EntityManager): Promise<string> {
    const [{ id }] = await manager.query<Array<{ id: string }>>(
      `INSERT INTO campaign (name, year, starts_on, ends_on, target_conferences, target_participants, target_leaflets)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        body.name,
        body.year,
        body.startsOn,
        body.endsOn,
        body.targetConferences,
        body.targetParticipants,
        body.targetLeaflets,
      ],
    );
    if (body.certificate) await this.updateCertificate(id, body.certificate, manager);
    return id;
  }

  async update(id: string, body: UpdateCampaignBody, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE campaign SET name = coalesce($2, name), year = coalesce($3, year), starts_on = coalesce($4, starts_on),
         ends_on = coalesce($5, ends_on), target_conferences = coalesce($6, target_conferences),
         target_participants = coalesce($7, target_participants), target_leaflets = coalesce($8, target_leaflets),
         updated_at = now()
       WHERE id = $1`,
      [
        id,
        body.name ?? null,
        body.year ?? null,
        body.startsOn ?? null,
        body.endsOn ?? null,
        body.targetConferences ?? null,
        body.targetParticipants ?? null,
        body.targetLeaflets ?? null,
      ],
    );
    if (body.certificate) await this.updateCertificate(id, body.certificate, manager);
  }

  private async updateCertificate(
    id: string,
    settings: Partial<CertificateSettings>,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `UPDATE campaign SET certificate_parent_body = coalesce($2, certificate_parent_body),
         certificate_issuer = coalesce($3, certificate_issuer), certificate_serial_suffix = coalesce($4, certificate_serial_suffix),
         certificate_signer_title = coalesce($5, certificate_signer_title), certificate_signer_name = coalesce($6, certificate_signer_name),
         certificate_issue_place = coalesce($7, certificate_issue_place)
       WHERE id = $1`,
      [id, ...certificateParams(settings)],
    );
  }

  /**
   * Conferences by status and communes reached, against the targets, in one aggregate. Communes
   * are today's communes of the province: a conference counts for the unit that covers its place
   * today, whatever the map of its day (ADR 0005).
   */
  async progress(
    id: string,
    today: string,
    provinceCode: string,
  ): Promise<CampaignProgress | undefined> {
    const rows = await this.dataSource.query<
      Array<{
        campaignId: string;
        target: number;
        planned: number;
        confirmed: number;
        held: number;
        cancelled: number;
        reached: number;
        scheduled: number;
        total: number;
      }>
    >(
      `WITH now_unit AS (${unitRollUpOne('$2::date')})
       SELECT c.id AS "campaignId", c.target_conferences AS target,
         count(f.id) FILTER (WHERE f.status = 'planned')::int AS planned,
         count(f.id) FILTER (WHERE f.status = 'confirmed')::int AS confirmed,
         count(f.id) FILTER (WHERE f.status = 'held')::int AS held,
         count(f.id) FILTER (WHERE f.status = 'cancelled')::int AS cancelled,
         count(DISTINCT t.code) FILTER (WHERE f.status = 'held' AND t.parent_code = $3)::int AS reached,
         count(DISTINCT t.code) FILTER (WHERE f.status IN ('planned', 'confirmed') AND t.parent_code = $3)::int AS scheduled,
         (SELECT count(*)::int FROM admin_unit u WHERE u.level = 'commune' AND u.parent_code = $3
            AND ${unitValidOn('u', '$2::date')}) AS total
       FROM campaign c LEFT JOIN conference f ON f.campaign_id = c.id
       LEFT JOIN admin_unit cu ON cu.code = f.commune_code AND cu.level = 'commune' AND ${unitValidOn('cu', vietnamDayOf('f.starts_at'))}
       LEFT JOIN now_unit nu ON nu.origin_id = cu.id
       LEFT JOIN admin_unit t ON t.id = nu.target_id
       WHERE c.id = $1 GROUP BY c.id`,
      [id, today, provinceCode],
    );
    const row = rows[0];
    if (!row) return undefined;
    return {
      campaignId: row.campaignId,
      conferences: {
        target: row.target,
        planned: row.planned,
        confirmed: row.confirmed,
        held: row.held,
        cancelled: row.cancelled,
      },
      communes: { reached: row.reached, scheduled: row.scheduled, total: row.total },
    };
  }
}
