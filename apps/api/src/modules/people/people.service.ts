import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ConsentSource, CreatePersonBody, ListPeopleQuery, Page, Person, UpdatePersonBody } from '@canhgiac/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { sqlState } from '../../common/sql';
import type { Actor } from '../../common/auth/actor';
import { scopeOf, scopeOrganization } from '../../common/auth/scope';
import { AppError } from '../../common/errors/app-error';
import { AdminUnitsService } from '../admin-units/admin-units.service';
import { AuditService } from '../audit/audit.service';
import { OrganizationsService } from '../organizations/organizations.service';
import { NOT_SEEN_TODAY, PERSON_COLUMNS, type PersonRecord, type PersonValues, PeopleRepository } from './people.repository';

/** Roles that work with participants by phone see numbers in full; anyone else sees them masked. */
export function maskPhone(phone: string | null, actor: Actor): string | null {
  if (!phone) return null;
  if (actor.role === 'admin' || actor.role === 'staff' || actor.role === 'coordinator') return phone;
  return `${phone.slice(0, 2)}******${phone.slice(-2)}`;
}

export function presentPerson(record: PersonRecord, actor: Actor): Person {
  return {
    ...record,
    phone: maskPhone(record.phone, actor),
    consentAt: record.consentAt?.toISOString() ?? null,
    createdAt: record.createdAt.toISOString(),
  };
}

/**
 * The person whose id is `idSql`, as one json value, for a statement of another module that
 * returns people with its own rows (check-in answers with its registration and person in one
 * round trip). Read it back with `PeopleService.presentJson`; the caller's scope decides whether
 * the person may be seen, as with `presentMany`.
 */
export const personJsonSql = (idSql: string) =>
  `(SELECT row_to_json(j) FROM (SELECT ${PERSON_COLUMNS('p')} FROM person p WHERE p.id = ${idSql}) j)`;

/**
 * Marks as seen the people whose ids are in `idColumn` of `source` (a CTE), as a statement to
 * place in another module's WITH list; the same rule as `touch`.
 */
export const personTouchSql = (source: string, idColumn: string) =>
  `UPDATE person p SET last_seen_at = now() FROM ${source} s WHERE p.id = s.${idColumn} AND ${NOT_SEEN_TODAY('p')}`;

/** A person row as `personJsonSql` returns it: the timestamps are strings. */
export type PersonJson = Omit<PersonRecord, 'consentAt' | 'createdAt'> & { consentAt: string | null; createdAt: string };

const duplicate = (existingId: string) =>
  new AppError('PERSON_DUPLICATE', 'Người này đã có trong danh sách (trùng họ tên, năm sinh và số điện thoại hoặc xã)', {
    extra: { existingId },
  });

const isUniqueViolation = (error: unknown) => sqlState(error) === '23505';

/** Personal data stays out of the audit log: it records what changed, not who the person is. */
const auditSummary = (values: Partial<PersonValues>) => {
  const { fullName, phone, birthYear, ...rest } = values;
  return {
    ...rest,
    ...(fullName !== undefined ? { fullName: 'changed' } : {}),
    ...(phone !== undefined ? { phone: 'changed' } : {}),
    ...(birthYear !== undefined ? { birthYear: 'changed' } : {}),
  };
};

@Injectable()
export class PeopleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly people: PeopleRepository,
    private readonly adminUnits: AdminUnitsService,
    private readonly organizations: OrganizationsService,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, query: ListPeopleQuery): Promise<Page<Person>> {
    const page = await this.people.findPage(scopeOf(actor), query);
    return { ...page, items: page.items.map((record) => presentPerson(record, actor)) };
  }

  async get(actor: Actor, id: string, manager?: EntityManager): Promise<Person> {
    return presentPerson(await this.requireVisible(actor, id, manager), actor);
  }

  /** The person if the caller may see it; otherwise the same 404 as an unknown id. */
  async requireVisible(actor: Actor, id: string, manager?: EntityManager): Promise<PersonRecord> {
    const record = await this.people.findById(scopeOf(actor), id, manager);
    if (!record) throw AppError.notFound('người tham gia');
    return record;
  }

  async create(actor: Actor, body: CreatePersonBody): Promise<Person> {
    return this.answerDuplicateRace(body, () =>
      this.dataSource.transaction(async (manager) => {
        const values = await this.checkValues(actor, body, manager);
        const existingId = (await this.people.findDuplicate(values, null, manager))?.id;
        if (existingId) throw duplicate(existingId);
        const id = await this.insert(actor, values, body.consentSource, manager);
        return presentPerson((await this.people.findById({ kind: 'all' }, id, manager))!, actor);
      }),
    );
  }

  /**
   * For registration in one call: the person already in the registry under the duplicate rule,
   * or a new one. Returns the id and whether it was found.
   */
  async findOrCreate(
    actor: Actor,
    body: CreatePersonBody,
    consentSource: ConsentSource,
    manager: EntityManager,
  ): Promise<{ id: string; organizationId: string | null; existed: boolean }> {
    const values = await this.checkValues(actor, body, manager);
    const existing = await this.people.findDuplicate(values, null, manager);
    if (existing) return { ...existing, existed: true };
    return { id: await this.insert(actor, values, consentSource, manager), organizationId: values.organizationId, existed: false };
  }

  async update(actor: Actor, id: string, body: UpdatePersonBody): Promise<Person> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.requireVisible(actor, id, manager);
      if (current.erased) throw new AppError('PERSON_ERASED', 'Thông tin của người này đã bị xóa theo yêu cầu');
      const merged = {
        fullName: body.fullName ?? current.fullName!,
        gender: body.gender ?? current.gender,
        birthYear: body.birthYear ?? current.birthYear!,
        phone: body.phone === undefined ? current.phone : body.phone,
        communeCode: body.communeCode ?? current.communeCode,
        organizationId: body.organizationId === undefined ? current.organizationId : body.organizationId,
        group: body.group ?? current.group,
      };
      const values = await this.checkValues(actor, merged, manager);
      const existingId = (await this.people.findDuplicate(values, id, manager))?.id;
      if (existingId) throw duplicate(existingId);
      await this.people.update(id, values, manager);
      await this.audit.record(manager, actor, { action: 'update', entity: 'person', entityId: id, summary: auditSummary(body) });
      return presentPerson((await this.people.findById({ kind: 'all' }, id, manager))!, actor);
    });
  }

  /** Erases the name, phone and birth year; attendance still counts, anonymously. */
  async erase(actor: Actor, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const current = await this.requireVisible(actor, id, manager);
      if (current.erased) return;
      await this.people.erase(id, manager);
      await this.audit.record(manager, actor, { action: 'erase', entity: 'person', entityId: id });
    });
  }

  /** People behind registrations the caller may see, presented for that caller. */
  async presentMany(actor: Actor, ids: string[]): Promise<Map<string, Person>> {
    const records = await this.people.findManyByIds(ids);
    return new Map(records.map((record) => [record.id, presentPerson(record, actor)]));
  }

  presentJson(actor: Actor, json: PersonJson): Person {
    return presentPerson({ ...json, consentAt: json.consentAt ? new Date(json.consentAt) : null, createdAt: new Date(json.createdAt) }, actor);
  }

  touch(ids: string[], manager: EntityManager): Promise<void> {
    return this.people.touch(ids, manager);
  }

  private async insert(actor: Actor, values: PersonValues, consentSource: ConsentSource, manager: EntityManager) {
    const id = await this.people.insert(values, consentSource, manager);
    await this.audit.record(manager, actor, {
      action: 'create',
      entity: 'person',
      entityId: id,
      summary: { communeCode: values.communeCode, organizationId: values.organizationId, group: values.group, consentSource },
    });
    return id;
  }

  /** A coordinator's people belong to the coordinator's organization. */
  private async checkValues(actor: Actor, body: PersonValues, manager: EntityManager): Promise<PersonValues> {
    let organizationId = body.organizationId ?? null;
    const own = scopeOrganization(scopeOf(actor));
    if (own) {
      if (organizationId && organizationId !== own) {
        throw AppError.invalid('organizationId', 'Điều phối viên chỉ đăng ký thành viên của tổ chức mình');
      }
      organizationId = own;
    } else if (organizationId) {
      await this.organizations.requireExisting(organizationId, 'organizationId', manager);
    }
    await this.adminUnits.requireCurrent(body.communeCode, 'commune', 'communeCode', manager);
    return { ...body, organizationId };
  }

  private async answerDuplicateRace<T>(values: PersonValues, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const existingId = (await this.people.findDuplicate(values, null, this.dataSource.manager))?.id;
      if (existingId) throw duplicate(existingId);
      throw error;
    }
  }
}
