import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  CheckInBody,
  CheckInMethod,
  CreateRegistrationBody,
  ListRegistrationsQuery,
  Registration,
} from '@canhgiac/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { scopeOf, scopeOrganization } from '../../common/auth/scope';
import { Clock } from '../../common/clock';
import { AppError } from '../../common/errors/app-error';
import { AuditService } from '../audit/audit.service';
import { ConferencesService } from '../conferences/conferences.service';
import { PeopleService } from '../people/people.service';
import {
  type CheckInKey,
  type RegistrationRecord,
  RegistrationsRepository,
} from './registrations.repository';

export const conferenceFull = (capacity: number) =>
  new AppError('CONFERENCE_FULL', `Hội nghị đã đủ ${capacity} chỗ, không thể đăng ký thêm`, {
    extra: { capacity },
  });

const checkInCancelled = () =>
  new AppError('CONFERENCE_CANCELLED', 'Hội nghị đã bị hủy, không thể điểm danh');

const dayMonthYear = (day: string) => day.split('-').reverse().join('/');

/** Check-in opens on the conference's day (in Vietnam); before it, only staff may, with a reason. */
export const checkInBeforeDay = (startsOn: string, today: string) =>
  new AppError(
    'CHECK_IN_BEFORE_DAY',
    `Hội nghị diễn ra ngày ${dayMonthYear(startsOn)}, chưa đến ngày nên chưa thể điểm danh. ` +
      'Nếu thật sự cần, cán bộ của Sở có thể điểm danh trước ngày và ghi rõ lý do.',
    { extra: { startsOn, today } },
  );

const earlyCheckInForbidden = () =>
  new AppError(
    'FORBIDDEN',
    'Chỉ cán bộ của Sở mới được điểm danh trước ngày hội nghị. Hãy điểm danh vào ngày hội nghị.',
  );

@Injectable()
export class RegistrationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registrations: RegistrationsRepository,
    private readonly conferences: ConferencesService,
    private readonly people: PeopleService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(
    actor: Actor,
    conferenceId: string,
    query: ListRegistrationsQuery,
  ): Promise<Registration[]> {
    await this.conferences.state(conferenceId);
    const records = await this.registrations.findForConference(scopeOf(actor), conferenceId, query);
    return this.present(actor, records);
  }

  async register(
    actor: Actor,
    conferenceId: string,
    body: CreateRegistrationBody,
  ): Promise<Registration> {
    const id = await this.dataSource.transaction(async (manager) => {
      const { id } = await this.registerIn(actor, conferenceId, body, manager);
      return id;
    });
    return this.getOne(actor, conferenceId, id);
  }

  /**
   * Registers inside the caller's transaction: the person (existing, visible to the caller, or
   * found or created by the duplicate rule), a seat, and the registration, or nothing.
   *
   * For a coordinator, "registered already" means on their organization's list. Someone another
   * organization registered for the same conference goes on their list too (one registration,
   * one seat more for their list), and the answer is the one a new registration gets.
   */
  async registerIn(
    actor: Actor,
    conferenceId: string,
    body: CreateRegistrationBody,
    manager: EntityManager,
    options: { allowExisting?: boolean } = {},
  ): Promise<{ id: string; created: boolean }> {
    const conference = await this.conferences.state(conferenceId, manager);
    if (conference.status === 'cancelled') {
      throw new AppError('CONFERENCE_CANCELLED', 'Hội nghị đã bị hủy, không thể đăng ký');
    }
    await this.registrations.lockConference(conferenceId, manager);
    const own = scopeOrganization(scopeOf(actor));
    const person = body.personId
      ? await this.people.requireVisible(actor, body.personId, manager)
      : await this.people.findOrCreate(actor, body.person!, body.person!.consentSource, manager);
    const personId = person.id;
    const existing = await this.registrations.findByPerson(conferenceId, personId, own, manager);
    if (existing && (!own || existing.claimed)) {
      if (options.allowExisting) return { id: existing.id, created: false };
      throw new AppError('ALREADY_REGISTERED', 'Người này đã được đăng ký vào hội nghị', {
        extra: { registrationId: existing.id },
      });
    }
    if (!(await this.registrations.takeSeats(conferenceId, 1, manager)))
      throw conferenceFull(conference.capacity);
    // A coordinator registers for their organization; the department registers for the person's.
    const organizationId = own ?? person.organizationId;
    let id: string;
    if (existing) {
      await this.registrations.addClaim(existing.id, own!, actor.id, manager);
      id = existing.id;
    } else {
      const inserted = await this.registrations.insert(
        { conferenceId, personId, organizationId, createdBy: actor.id },
        manager,
      );
      // The conference is locked: nobody registers this person between our check and our insert.
      if (!inserted)
        throw new AppError('ALREADY_REGISTERED', 'Người này đã được đăng ký vào hội nghị');
      id = inserted;
    }
    await this.people.touch([personId], manager);
    await this.audit.record(manager, actor, {
      action: 'create',
      entity: 'registration',
      entityId: id,
      summary: { conferenceId, personId, organizationId, ...(existing ? { claim: true } : {}) },
    });
    return { id, created: true };
  }

  /**
   * The department removes the registration. A coordinator takes it off their organization's
   * list: the registration goes when no other list carries it. One answer either way.
   */
  async unregister(actor: Actor, conferenceId: string, registrationId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const scope = scopeOf(actor);
      const registration = await this.registrations.findById(
        scope,
        conferenceId,
        registrationId,
        manager,
      );
      if (!registration) throw AppError.notFound('lượt đăng ký');
      if (registration.status === 'attended') {
        throw new AppError(
          'REGISTRATION_ATTENDED',
          'Người này đã điểm danh, không thể hủy đăng ký',
        );
      }
      const held = await this.registrations.lockForRemoval(registrationId, manager);
      const own = scopeOrganization(scope);
      if (own) {
        await this.registrations.removeClaim(registrationId, own, held.organizationId, manager);
        await this.registrations.releaseSeats(conferenceId, 1, manager);
      } else {
        await this.registrations.delete(registrationId, manager);
        await this.registrations.releaseSeats(conferenceId, held.seats, manager);
      }
      await this.audit.record(manager, actor, {
        action: 'delete',
        entity: 'registration',
        entityId: registrationId,
        summary: {
          conferenceId,
          personId: registration.personId,
          ...(own ? { organizationId: own } : {}),
        },
      });
    });
  }

  /**
   * Checks a registrant in: idempotent, so a second or concurrent check-in returns the same
   * registration and the same `checkedInAt`. A walk-in is registered and checked in at once.
   * The common case (a registration, a person or a code) is one statement, because check-in is
   * the one write that arrives in bursts: a queue of people at the door.
   */
  async checkIn(actor: Actor, conferenceId: string, body: CheckInBody): Promise<Registration> {
    const early = body.earlyCheckIn ?? null;
    if (early && actor.role !== 'admin' && actor.role !== 'staff') throw earlyCheckInForbidden();
    if (body.person) {
      const person = body.person;
      // A walk-in refused for its day rolls back with its registration.
      return this.dataSource.transaction(async (manager) => {
        await this.requireOpenForCheckIn(conferenceId, manager);
        const { id } = await this.registerIn(actor, conferenceId, { person }, manager, {
          allowExisting: true,
        });
        return this.markAttended(
          actor,
          conferenceId,
          { registrationId: id },
          'walk_in',
          early,
          manager,
        );
      });
    }
    const [method, key]: [CheckInMethod, CheckInKey] = body.registrationId
      ? ['registration', { registrationId: body.registrationId }]
      : body.personId
        ? ['person', { personId: body.personId }]
        : ['code', { code: body.code! }];
    return this.markAttended(actor, conferenceId, key, method, early);
  }

  private async requireOpenForCheckIn(conferenceId: string, manager: EntityManager): Promise<void> {
    const conference = await this.conferences.state(conferenceId, manager);
    if (conference.status === 'cancelled') throw checkInCancelled();
  }

  /**
   * The check-in statement. Before the conference's day it is refused, unless staff gave a
   * reason (`early`): then it is recorded, and its audit entry carries the reason and the day.
   */
  private async markAttended(
    actor: Actor,
    conferenceId: string,
    key: CheckInKey,
    method: CheckInMethod,
    early: { reason: string } | null,
    manager?: EntityManager,
  ): Promise<Registration> {
    const today = this.clock.today();
    const outcome = await this.registrations.checkIn(
      scopeOf(actor),
      conferenceId,
      key,
      method,
      { today, beforeDay: early !== null },
      (source, params) => {
        params.push(early?.reason ?? null, today);
        const reason = `$${params.length - 1}::text`;
        const day = `$${params.length}::text`;
        return this.audit.insertFrom(
          actor,
          { action: 'check_in', entity: 'registration' },
          source,
          `jsonb_build_object('conferenceId', s.conference_id, 'method', s.check_in_method)
             || CASE WHEN s.before_day THEN jsonb_build_object('earlyCheckIn', jsonb_build_object(
                  'reason', ${reason}, 'conferenceDay', to_char(s.starts_on, 'YYYY-MM-DD'), 'checkedInOn', ${day}))
                ELSE '{}'::jsonb END`,
          params,
        );
      },
      manager,
    );
    if (!outcome) throw AppError.notFound('hội nghị');
    if (outcome.conferenceStatus === 'cancelled') throw checkInCancelled();
    if (!outcome.registration && !early && outcome.startsOn > today)
      throw checkInBeforeDay(outcome.startsOn, today);
    if (!outcome.registration) throw AppError.notFound('lượt đăng ký trong hội nghị này');
    const { personId: _personId, person, ...registration } = outcome.registration;
    return {
      ...registration,
      person: this.people.presentJson(actor, person),
      checkedInAt: registration.checkedInAt?.toISOString() ?? null,
      createdAt: registration.createdAt.toISOString(),
    };
  }

  private async getOne(actor: Actor, conferenceId: string, id: string): Promise<Registration> {
    const record = await this.registrations.findById(scopeOf(actor), conferenceId, id);
    if (!record) throw AppError.notFound('lượt đăng ký');
    return (await this.present(actor, [record]))[0];
  }

  private async present(actor: Actor, records: RegistrationRecord[]): Promise<Registration[]> {
    const people = await this.people.presentMany(actor, [
      ...new Set(records.map((r) => r.personId)),
    ]);
    return records.map((record) => {
      const { personId, ...rest } = record;
      return {
        ...rest,
        person: people.get(personId)!,
        checkedInAt: record.checkedInAt?.toISOString() ?? null,
        createdAt: record.createdAt.toISOString(),
      };
    });
  }
}
