import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type ChangeConferenceStatusBody,
  type Conference,
  type CreateConferenceBody,
  conferenceTransitions,
  type ListConferencesQuery,
  type Page,
  type UpdateConferenceBody,
} from '@canhgiac/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { sqlState } from '../../common/sql';
import type { Actor } from '../../common/auth/actor';
import { AppError } from '../../common/errors/app-error';
import { todayInVietnam } from '../../common/time';
import { AdminUnitsService } from '../admin-units/admin-units.service';
import { AuditService } from '../audit/audit.service';
import { CampaignsService } from '../campaigns/campaigns.service';
import { Clock } from '../../common/clock';
import { OrganizationsService } from '../organizations/organizations.service';
import {
  capacityBelowRegistered,
  conferenceClash,
  invalidTransition,
  notEditable,
  notStartedYet,
} from './conferences.errors';
import { type Booking, ConferencesRepository } from './conferences.repository';

const isExclusionViolation = (error: unknown) => sqlState(error) === '23P01';

/** The conference as it would be after the edit. */
function merged(current: Conference, body: UpdateConferenceBody) {
  const next = {
    title: body.title ?? current.title,
    topic: body.topic ?? current.topic,
    startsAt: body.startsAt ?? current.startsAt,
    endsAt: body.endsAt ?? current.endsAt,
    communeCode: body.communeCode ?? current.communeCode,
    venue: body.venue ?? current.venue,
    capacity: body.capacity ?? current.capacity,
    notes: body.notes === undefined ? current.notes : body.notes,
    organizerIds: body.organizerIds ?? current.organizerIds,
    trainers: body.trainers ?? current.trainers,
  };
  if (Date.parse(next.endsAt) <= Date.parse(next.startsAt))
    throw AppError.invalid('endsAt', 'Giờ kết thúc phải sau giờ bắt đầu');
  return next;
}

const vietnamDay = (instant: string) => todayInVietnam(new Date(instant));

@Injectable()
export class ConferencesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly conferences: ConferencesRepository,
    private readonly campaigns: CampaignsService,
    private readonly adminUnits: AdminUnitsService,
    private readonly organizations: OrganizationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  list(query: ListConferencesQuery): Promise<Page<Conference>> {
    return this.conferences.findPage(query);
  }

  async get(id: string, manager?: EntityManager): Promise<Conference> {
    const conference = await this.conferences.findById(id, manager);
    if (!conference) throw AppError.notFound('hội nghị');
    return conference;
  }

  /** The conference's status and capacity, or a 404. */
  async state(
    id: string,
    manager?: EntityManager,
  ): Promise<{ status: Conference['status']; capacity: number }> {
    const state = await this.conferences.findState(id, manager);
    if (!state) throw AppError.notFound('hội nghị');
    return state;
  }

  async create(actor: Actor, body: CreateConferenceBody): Promise<Conference> {
    const booking: Booking = { ...body, exceptId: null };
    return this.withClashBackstop(
      () => booking,
      () =>
        this.dataSource.transaction(async (manager) => {
          await this.checkReferences(body.campaignId, body, manager);
          const conflicts = await this.conferences.findOverlapping(booking, manager);
          if (conflicts.length > 0 && !body.force) throw conferenceClash(conflicts);
          const forced = conflicts.length > 0;
          const id = await this.conferences.insert(
            { ...body, notes: body.notes ?? null, forced },
            manager,
          );
          await this.conferences.replaceOrganizers(id, body.organizerIds, manager);
          await this.conferences.replaceTrainers(id, body.trainers, manager);
          const { force: _force, ...summary } = body;
          await this.audit.record(manager, actor, {
            action: 'create',
            entity: 'conference',
            entityId: id,
            summary: {
              ...summary,
              ...(forced ? { forced: true, conflicts: conflicts.map((c) => c.conferenceId) } : {}),
            },
          });
          return (await this.conferences.findById(id, manager))!;
        }),
    );
  }

  async update(actor: Actor, id: string, body: UpdateConferenceBody): Promise<Conference> {
    let booking: Booking | undefined;
    return this.withClashBackstop(
      () => booking,
      () =>
        this.dataSource.transaction(async (manager) => {
          // Lock first, then read: two concurrent edits cannot overwrite each other unseen.
          const locked = await this.conferences.lockStatus(id, manager);
          if (!locked) throw AppError.notFound('hội nghị');
          const current = await this.get(id, manager);
          const next = merged(current, body);
          booking = { ...next, exceptId: id };
          const onlyNotes = Object.keys(body).every((key) => key === 'notes' || key === 'force');
          if ((locked.status === 'held' || locked.status === 'cancelled') && !onlyNotes)
            throw notEditable(locked.status);
          if (next.capacity < locked.registeredCount)
            throw capacityBelowRegistered(locked.registeredCount);
          await this.checkReferences(current.campaignId, next, manager);
          const conflicts =
            locked.status === 'cancelled'
              ? []
              : await this.conferences.findOverlapping({ ...next, exceptId: id }, manager);
          if (conflicts.length > 0 && !body.force && !onlyNotes) throw conferenceClash(conflicts);
          const forced = conflicts.length > 0 && (body.force === true || current.forced);
          await this.conferences.update(id, { ...next, forced }, manager);
          await this.conferences.replaceOrganizers(id, next.organizerIds, manager);
          await this.conferences.replaceTrainers(id, next.trainers, manager);
          const { force: _force, ...summary } = body;
          await this.audit.record(manager, actor, {
            action: 'update',
            entity: 'conference',
            entityId: id,
            summary: {
              ...summary,
              ...(forced ? { forced: true, conflicts: conflicts.map((c) => c.conferenceId) } : {}),
            },
          });
          return (await this.conferences.findById(id, manager))!;
        }),
    );
  }

  async changeStatus(
    actor: Actor,
    id: string,
    body: ChangeConferenceStatusBody,
  ): Promise<Conference> {
    return this.dataSource.transaction(async (manager) => {
      const locked = await this.conferences.lockStatus(id, manager);
      if (!locked) throw AppError.notFound('hội nghị');
      if (!conferenceTransitions[locked.status].includes(body.status))
        throw invalidTransition(locked.status, body.status);
      if (body.status === 'held' && locked.startsAt.getTime() > this.clock.now().getTime())
        throw notStartedYet();
      await this.conferences.setStatus(
        id,
        body.status,
        body.status === 'cancelled' ? body.reason! : null,
        manager,
      );
      await this.audit.record(manager, actor, {
        action: 'status_change',
        entity: 'conference',
        entityId: id,
        summary: {
          from: locked.status,
          to: body.status,
          ...(body.reason ? { reason: body.reason } : {}),
        },
      });
      return (await this.conferences.findById(id, manager))!;
    });
  }

  /**
   * The exclusion constraints are the backstop for requests that race past the clash check:
   * the loser is answered like any other clash, with the conferences it clashes with.
   */
  private async withClashBackstop<T>(
    booking: () => Booking | undefined,
    work: () => Promise<T>,
  ): Promise<T> {
    try {
      return await work();
    } catch (error) {
      const attempted = booking();
      if (!isExclusionViolation(error) || !attempted) throw error;
      throw conferenceClash(await this.conferences.findOverlapping(attempted));
    }
  }

  private async checkReferences(
    campaignId: string,
    values: { startsAt: string; endsAt: string; communeCode: string; organizerIds: string[] },
    manager: EntityManager,
  ) {
    const campaign = await this.campaigns.find(campaignId, manager);
    if (!campaign) throw AppError.invalid('campaignId', 'Không có chiến dịch này');
    const day = vietnamDay(values.startsAt);
    if (day < campaign.startsOn || day > campaign.endsOn) {
      throw AppError.invalid(
        'startsAt',
        `Ngày hội nghị phải nằm trong thời gian của chiến dịch (${campaign.startsOn} – ${campaign.endsOn})`,
      );
    }
    // The commune must exist on the conference's day: a 2026 conference cannot sit in a commune that
    // ended on 30/6/2025, and a 2025 one keeps the commune of its day.
    await this.adminUnits.requireValidOn(
      values.communeCode,
      'commune',
      day,
      'communeCode',
      manager,
    );
    for (const [index, organizationId] of values.organizerIds.entries()) {
      await this.organizations.requireExisting(organizationId, `organizerIds.${index}`, manager);
    }
  }
}
