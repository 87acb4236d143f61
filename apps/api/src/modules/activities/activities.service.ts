import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  Activity,
  ActivityDetail,
  ActivityMetrics,
  CreateActivityBody,
  ListActivitiesQuery,
  Page,
  UpdateActivityBody,
} from '@canhgiac/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { scopeOf, scopeOrganization } from '../../common/auth/scope';
import { Clock } from '../../common/clock';
import { AppError } from '../../common/errors/app-error';
import { AdminUnitsService } from '../admin-units/admin-units.service';
import { AuditService } from '../audit/audit.service';
import { CampaignsService } from '../campaigns/campaigns.service';
import { OrganizationsService } from '../organizations/organizations.service';
import {
  ActivitiesRepository,
  type ActivityValues,
  type NewActivity,
} from './activities.repository';

/**
 * Outreach on every channel. Staff write any activity; a coordinator reads, records and updates
 * the activities of the coordinator's own organization (the scope is in every query), and only
 * staff delete. Every change of the figures is a new snapshot, never an overwrite.
 */
@Injectable()
export class ActivitiesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly activities: ActivitiesRepository,
    private readonly campaigns: CampaignsService,
    private readonly organizations: OrganizationsService,
    private readonly adminUnits: AdminUnitsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(
    actor: Actor,
    campaignId: string,
    query: ListActivitiesQuery,
  ): Promise<Page<Activity>> {
    await this.campaigns.get(campaignId);
    return this.activities.findPage(scopeOf(actor), campaignId, query);
  }

  async get(actor: Actor, id: string): Promise<ActivityDetail> {
    const activity = await this.requireVisible(actor, id);
    return { ...activity, history: await this.activities.history(id) };
  }

  create(actor: Actor, campaignId: string, body: CreateActivityBody): Promise<Activity> {
    return this.dataSource.transaction(async (manager) => {
      await this.campaigns.get(campaignId, manager);
      const organizationId = await this.organizationFor(
        actor,
        body.organizationId ?? null,
        manager,
      );
      if (body.communeCode)
        await this.requireCommuneOn(body.communeCode, body.startsOn, 'communeCode', manager);
      const metrics = body.metrics ?? {};
      const activity: NewActivity = {
        id: randomUUID(),
        channel: body.channel,
        title: body.title,
        startsOn: body.startsOn,
        endsOn: body.endsOn ?? null,
        communeCode: body.communeCode ?? null,
        organizationId,
        link: body.link ?? null,
        notes: body.notes ?? null,
        metrics,
        metricsAsOf: this.metricsDay(body.metricsAsOf, body.startsOn),
      };
      await this.activities.insertMany(campaignId, [activity], manager);
      await this.audit.record(manager, actor, {
        action: 'create',
        entity: 'outreach_activity',
        entityId: activity.id,
        summary: { campaignId, ...body, organizationId },
      });
      return (await this.activities.findById({ kind: 'all' }, activity.id, manager))!;
    });
  }

  update(actor: Actor, id: string, body: UpdateActivityBody): Promise<Activity> {
    return this.dataSource.transaction(async (manager) => {
      const scope = scopeOf(actor);
      if (!(await this.activities.lock(scope, id, manager))) throw AppError.notFound('hoạt động');
      const current = (await this.activities.findById(scope, id, manager))!;
      const startsOn = body.startsOn ?? current.startsOn;
      const endsOn = body.endsOn === undefined ? current.endsOn : body.endsOn;
      if (endsOn && endsOn < startsOn)
        throw AppError.invalid('endsOn', 'Ngày kết thúc phải sau ngày bắt đầu');
      const communeCode = body.communeCode === undefined ? current.communeCode : body.communeCode;
      if (communeCode && (body.communeCode !== undefined || body.startsOn !== undefined)) {
        await this.requireCommuneOn(communeCode, startsOn, 'communeCode', manager);
      }
      const values: Partial<ActivityValues> = {
        channel: body.channel,
        title: body.title,
        startsOn: body.startsOn,
        endsOn: body.endsOn,
        communeCode: body.communeCode,
        link: body.link,
        notes: body.notes,
      };
      if (body.organizationId !== undefined)
        values.organizationId = await this.organizationFor(actor, body.organizationId, manager);
      await this.activities.update(id, values, manager);
      let metrics: ActivityMetrics | undefined;
      if (body.metrics) {
        // A partial update keeps the figures not given: the snapshot is the whole picture on its day.
        metrics = { ...current.metrics, ...body.metrics };
        await this.activities.addSnapshot(
          id,
          this.metricsDay(body.metricsAsOf, startsOn),
          metrics,
          manager,
        );
      } else if (body.metricsAsOf) {
        throw AppError.invalid('metricsAsOf', 'Chỉ ghi ngày số liệu cùng với số liệu');
      }
      await this.audit.record(manager, actor, {
        action: 'update',
        entity: 'outreach_activity',
        entityId: id,
        summary: { ...body },
      });
      return (await this.activities.findById(scope, id, manager))!;
    });
  }

  delete(actor: Actor, id: string): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      const scope = scopeOf(actor);
      if (!(await this.activities.lock(scope, id, manager))) throw AppError.notFound('hoạt động');
      const current = (await this.activities.findById(scope, id, manager))!;
      await this.activities.delete(id, manager);
      await this.audit.record(manager, actor, {
        action: 'delete',
        entity: 'outreach_activity',
        entityId: id,
        summary: {
          campaignId: current.campaignId,
          channel: current.channel,
          title: current.title,
          metrics: current.metrics,
        },
      });
    });
  }

  /** The activity if the caller may see it; otherwise the same 404 as an unknown id. */
  async requireVisible(actor: Actor, id: string, manager?: EntityManager): Promise<Activity> {
    const activity = await this.activities.findById(scopeOf(actor), id, manager);
    if (!activity) throw AppError.notFound('hoạt động');
    return activity;
  }

  /**
   * The commune an activity names must be a commune on the activity's first day. This is the one
   * place the rule is asked of the admin-units module (today's map until units are dated by day).
   */
  async requireCommuneOn(
    code: string,
    _day: string,
    field: string,
    manager?: EntityManager,
  ): Promise<void> {
    await this.adminUnits.requireCurrent(code, 'commune', field, manager);
  }

  /** The same rule for many rows at once (an import): which codes are communes on a day. */
  async communesOn(): Promise<(code: string, day: string) => boolean> {
    const communes = await this.adminUnits.list({ level: 'commune' });
    const codes = new Set(communes.map((unit) => unit.code));
    return (code) => codes.has(code);
  }

  /**
   * The organization an activity is recorded for: a coordinator records only for the
   * coordinator's own (given or not); staff name any organization that exists, or none.
   */
  async organizationFor(
    actor: Actor,
    organizationId: string | null,
    manager?: EntityManager,
  ): Promise<string | null> {
    const own = scopeOrganization(scopeOf(actor));
    if (own) {
      if (organizationId && organizationId !== own) {
        throw AppError.invalid(
          'organizationId',
          'Điều phối viên chỉ ghi hoạt động của tổ chức mình',
        );
      }
      return own;
    }
    if (organizationId)
      await this.organizations.requireExisting(organizationId, 'organizationId', manager);
    return organizationId;
  }

  /**
   * The day figures were read: the one given, else today (or the first day of an activity that
   * has not started yet). Never before the activity starts, never after today.
   */
  metricsDay(given: string | undefined, startsOn: string, field = 'metricsAsOf'): string {
    const today = this.clock.today();
    const latest = today > startsOn ? today : startsOn;
    const day = given ?? latest;
    if (day < startsOn)
      throw AppError.invalid(field, 'Ngày số liệu không được trước ngày bắt đầu hoạt động');
    if (day > latest) throw AppError.invalid(field, 'Ngày số liệu không được sau hôm nay');
    return day;
  }
}
