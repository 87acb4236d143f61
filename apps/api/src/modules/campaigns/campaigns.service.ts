import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  Campaign,
  CampaignProgress,
  CreateCampaignBody,
  ListCampaignsQuery,
  Page,
  UpdateCampaignBody,
} from '@canhgiac/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { AppError } from '../../common/errors/app-error';
import { Clock } from '../../common/clock';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { AuditService } from '../audit/audit.service';
import { CampaignsRepository } from './campaigns.repository';

@Injectable()
export class CampaignsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly campaigns: CampaignsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  list(query: ListCampaignsQuery): Promise<Page<Campaign>> {
    return this.campaigns.findPage(query);
  }

  async get(id: string, manager?: EntityManager): Promise<Campaign> {
    const campaign = await this.campaigns.findById(id, manager);
    if (!campaign) throw AppError.notFound('chiến dịch');
    return campaign;
  }

  /** The campaign, or undefined: for features that validate a reference to it. */
  find(id: string, manager?: EntityManager): Promise<Campaign | undefined> {
    return this.campaigns.findById(id, manager);
  }

  async progress(id: string): Promise<CampaignProgress> {
    const progress = await this.campaigns.progress(
      id,
      this.clock.today(),
      this.config.provinceCode,
    );
    if (!progress) throw AppError.notFound('chiến dịch');
    return progress;
  }

  create(actor: Actor, body: CreateCampaignBody): Promise<Campaign> {
    return this.dataSource.transaction(async (manager) => {
      const id = await this.campaigns.insert(body, manager);
      await this.audit.record(manager, actor, {
        action: 'create',
        entity: 'campaign',
        entityId: id,
        summary: { ...body },
      });
      return (await this.campaigns.findById(id, manager))!;
    });
  }

  update(actor: Actor, id: string, body: UpdateCampaignBody): Promise<Campaign> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.get(id, manager);
      const startsOn = body.startsOn ?? current.startsOn;
      const endsOn = body.endsOn ?? current.endsOn;
      if (endsOn < startsOn) {
        throw AppError.invalid('endsOn', 'Ngày kết thúc phải sau ngày bắt đầu');
      }
      await this.campaigns.update(id, body, manager);
      await this.audit.record(manager, actor, {
        action: 'update',
        entity: 'campaign',
        entityId: id,
        summary: { ...body },
      });
      return (await this.campaigns.findById(id, manager))!;
    });
  }
}
