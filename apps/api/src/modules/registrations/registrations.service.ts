import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CheckInBody, CheckInMethod, CreateRegistrationBody, ListRegistrationsQuery, Registration } from '@canhgiac/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { scopeOf, scopeOrganization } from '../../common/auth/scope';
import { AppError } from '../../common/errors/app-error';
import { AuditService } from '../audit/audit.service';
import { ConferencesService } from '../conferences/conferences.service';
import { PeopleService } from '../people/people.service';
import { type CheckInKey, type RegistrationRecord, RegistrationsRepository } from './registrations.repository';

export const conferenceFull = (capacity: number) =>
  new AppError('CONFERENCE_FULL', `Hội nghị đã đủ ${capacity} chỗ, không thể đăng ký thêm`, { extra: { capacity } });

const checkInCancelled = () => new AppError('CONFERENCE_CANCELLED', 'Hội nghị đã bị hủy, không thể điểm danh');

@Injectable()
export class RegistrationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registrations: RegistrationsRepository,
    private readonly conferences: ConferencesService,
    private readonly people: PeopleService,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, conferenceId: string, query: ListRegistrationsQuery): Promise<Registration[]> {
    await this.conferences.state(conferenceId);
    const records = await this.registrations.findForConference(scopeOf(actor), conferenceId, query);
    return this.present(actor, records);
  }

  async register(actor: Actor, conferenceId: string, body: CreateRegistrationBody): Promise<Registration> {
    const id = await this.dataSource.transaction(async (manager) => {
      const { id } = await this.registerIn(actor, conferenceId, body, manager);
      return id;
    });
    return this.getOne(actor, conferenceId, id);
  }

  /**
   * Registers inside the caller's transaction: the person (existing, visible to the caller, or
   * found or created by the duplicate rule), a seat, and the registration, or nothing.
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
    const person = body.personId
      ? await this.people.requireVisible(actor, body.personId, manager)
      : await this.people.findOrCreate(actor, body.person!, body.person!.consentSource, manager);
    const personId = person.id;
    const existing = await this.registrations.findByPerson(conferenceId, personId, manager);
    if (existing) {
      if (options.allowExisting) return { id: existing.id, created: false };
      throw new AppError('ALREADY_REGISTERED', 'Người này đã được đăng ký vào hội nghị', { extra: { registrationId: existing.id } });
    }
    if (!(await this.registrations.takeSeats(conferenceId, 1, manager))) throw conferenceFull(conference.capacity);
    // A coordinator registers for their organization; the department registers for the person's.
    const organizationId = scopeOrganization(scopeOf(actor)) ?? person.organizationId;
    const id = await this.registrations.insert({ conferenceId, personId, organizationId, createdBy: actor.id }, manager);
    if (!id) {
      // A concurrent request registered the same person between our check and our insert.
      throw new AppError('ALREADY_REGISTERED', 'Người này đã được đăng ký vào hội nghị');
    }
    await this.people.touch([personId], manager);
    await this.audit.record(manager, actor, {
      action: 'create',
      entity: 'registration',
      entityId: id,
      summary: { conferenceId, personId, organizationId },
    });
    return { id, created: true };
  }

  async unregister(actor: Actor, conferenceId: string, registrationId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const registration = await this.registrations.findById(scopeOf(actor), conferenceId, registrationId, manager);
      if (!registration) throw AppError.notFound('lượt đăng ký');
      if (registration.status === 'attended') {
        throw new AppError('REGISTRATION_ATTENDED', 'Người này đã điểm danh, không thể hủy đăng ký');
      }
      await this.registrations.delete(registrationId, manager);
      await this.registrations.releaseSeat(conferenceId, manager);
      await this.audit.record(manager, actor, {
        action: 'delete',
        entity: 'registration',
        entityId: registrationId,
        summary: { conferenceId, personId: registration.personId },
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
    if (body.person) {
      const person = body.person;
      return this.dataSource.transaction(async (manager) => {
        await this.requireOpenForCheckIn(conferenceId, manager);
        const { id } = await this.registerIn(actor, conferenceId, { person }, manager, { allowExisting: true });
        return this.markAttended(actor, conferenceId, { registrationId: id }, 'walk_in', manager);
      });
    }
    const [method, key]: [CheckInMethod, CheckInKey] = body.registrationId
      ? ['registration', { registrationId: body.registrationId }]
      : body.personId
        ? ['person', { personId: body.personId }]
        : ['code', { code: body.code! }];
    return this.markAttended(actor, conferenceId, key, method);
  }

  private async requireOpenForCheckIn(conferenceId: string, manager: EntityManager): Promise<void> {
    const conference = await this.conferences.state(conferenceId, manager);
    if (conference.status === 'cancelled') throw checkInCancelled();
  }

  private async markAttended(
    actor: Actor,
    conferenceId: string,
    key: CheckInKey,
    method: CheckInMethod,
    manager?: EntityManager,
  ): Promise<Registration> {
    const outcome = await this.registrations.checkIn(
      scopeOf(actor),
      conferenceId,
      key,
      method,
      (source, params) =>
        this.audit.insertFrom(
          actor,
          { action: 'check_in', entity: 'registration' },
          source,
          `jsonb_build_object('conferenceId', s.conference_id, 'method', s.check_in_method)`,
          params,
        ),
      manager,
    );
    if (!outcome) throw AppError.notFound('hội nghị');
    if (outcome.conferenceStatus === 'cancelled') throw checkInCancelled();
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
    const people = await this.people.presentMany(actor, [...new Set(records.map((r) => r.personId))]);
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
