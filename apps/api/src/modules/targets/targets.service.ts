import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ErrorDetail, PutTargetsBody, ReportUnits, Targets } from '@canhgiac/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { scopeOf } from '../../common/auth/scope';
import { AppError } from '../../common/errors/app-error';
import { AdminUnitsService } from '../admin-units/admin-units.service';
import { AuditService } from '../audit/audit.service';
import { CampaignsService } from '../campaigns/campaigns.service';
import { TargetsRepository } from './targets.repository';
import type { TargetFigures } from './targets.sql';

/**
 * Targets below the campaign's totals. A commune is read on the campaign's first day, so a plan
 * written before a reorganization keeps its communes, and reports roll them up to today's units.
 */
@Injectable()
export class TargetsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly targets: TargetsRepository,
    private readonly campaigns: CampaignsService,
    private readonly adminUnits: AdminUnitsService,
    private readonly audit: AuditService,
  ) {}

  async get(actor: Actor, campaignId: string): Promise<Targets> {
    await this.campaigns.get(campaignId);
    return { campaignId, items: await this.targets.findForCampaign(scopeOf(actor), campaignId) };
  }

  /** For reports: the targets rolled up to the report's units. */
  figures(
    campaignId: string,
    units: ReportUnits,
    organizationId: string | null,
    today: string,
  ): Promise<TargetFigures[]> {
    return this.targets.figures(campaignId, units, organizationId, today);
  }

  async replace(actor: Actor, campaignId: string, body: PutTargetsBody): Promise<Targets> {
    const campaign = await this.campaigns.get(campaignId);
    // The communes of the campaign's first day (reference data, read before the transaction).
    const communes = new Set(
      (await this.adminUnits.list({ level: 'commune', on: campaign.startsOn })).map(
        (unit) => unit.code,
      ),
    );
    return this.dataSource.transaction(async (manager) => {
      await this.targets.lockCampaign(campaignId, manager);
      const organizationIds = [
        ...new Set(
          body.items.map((item) => item.organizationId).filter((id): id is string => !!id),
        ),
      ];
      const organizations = await this.targets.existingOrganizations(organizationIds, manager);
      const details: ErrorDetail[] = [];
      body.items.forEach((item, index) => {
        if (item.communeCode && !communes.has(item.communeCode)) {
          details.push({
            path: `items.${index}.communeCode`,
            message: `Không có xã/phường/thị trấn với mã ${item.communeCode} vào ngày ${campaign.startsOn}`,
          });
        }
        if (item.organizationId && !organizations.has(item.organizationId)) {
          details.push({ path: `items.${index}.organizationId`, message: 'Không có tổ chức này' });
        }
      });
      if (details.length > 0)
        throw new AppError('VALIDATION_FAILED', 'Có chỉ tiêu không hợp lệ', { details });
      const removed = await this.targets.replace(
        campaignId,
        body.items,
        campaign.startsOn,
        manager,
      );
      await this.audit.record(manager, actor, {
        action: 'update',
        entity: 'campaign_target',
        entityId: campaignId,
        summary: { removed, items: body.items },
      });
      return {
        campaignId,
        items: await this.targets.findForCampaign(scopeOf(actor), campaignId, manager),
      };
    });
  }
}
