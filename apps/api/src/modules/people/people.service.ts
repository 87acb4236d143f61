import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  ConsentSource,
  CreatePersonBody,
  ListPeopleQuery,
  Page,
  Person,
  UpdatePersonBody,
} from '@canhgiac/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { sqlState } from '../../common/sql';
import type { Actor } from '../../common/auth/actor';
import { scopeOf, scopeOrganization } from '../../common/auth/scope';
import { AppError } from '../../common/errors/app-error';
import { AdminUnitsService } from '../admin-units/admin-units.service';
import { AuditService } from '../audit/audit.service';
import { OrganizationsService } from '../organizations/organizations.service';
import { type PersonRecord, type PersonValues, PeopleRepository } from './people.repository';
import type { PersonJson } from './people.sql';

/** Roles that work with participants by phone see numbers in full; anyone else sees them masked. */
export function maskPhone(phone: string | null, actor: Actor): string | null {
  if (!phone) return null;
  if (actor.role === 'admin' || actor.role === 'staff' || actor.role === 'coordinator')
    return phone;
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

const duplicate = (existingId: string) =>
  new AppError(
    'PERSON_DUPLICATE',
    'Người này đã có trong danh sách (trùng họ tên, năm sinh và số điện thoại hoặc xã)',
    {
      extra: { existingId },
    },
  );

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

  /**
   * A new person, or 409 with `existingId` when the caller already holds the same person under
   * the duplicate rule. For a coordinator, "already holds" means their own organization's
   * members only: someone matching outside their organization becomes their member too, and the
   * answer is the same 201 with what they entered as for someone new (docs/privacy.md).
   */
  async create(actor: Actor, body: CreatePersonBody): Promise<Person> {
    return this.dataSource.transaction(async (manager) => {
      const values = await this.checkValues(actor, body, manager);
      const { id } = await this.resolve(actor, values, body.consentSource, 'refuse', manager);
      return this.get(actor, id, manager);
    });
  }

  /**
   * For registration in one call: the person the caller already holds under the duplicate rule,
   * or one who becomes theirs (an identity of the registry, or a new one). `existed` says whether
   * the caller held them before; `organizationId` is the registry record's organization.
   */
  async findOrCreate(
    actor: Actor,
    body: CreatePersonBody,
    consentSource: ConsentSource,
    manager: EntityManager,
  ): Promise<{ id: string; organizationId: string | null; existed: boolean }> {
    const values = await this.checkValues(actor, body, manager);
    return this.resolve(actor, values, consentSource, 'reuse', manager);
  }

  async update(actor: Actor, id: string, body: UpdatePersonBody): Promise<Person> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.requireVisible(actor, id, manager);
      if (current.erased)
        throw new AppError('PERSON_ERASED', 'Thông tin của người này đã bị xóa theo yêu cầu');
      const merged = {
        fullName: body.fullName ?? current.fullName!,
        gender: body.gender ?? current.gender,
        birthYear: body.birthYear ?? current.birthYear!,
        phone: body.phone === undefined ? current.phone : body.phone,
        communeCode: body.communeCode ?? current.communeCode,
        organizationId:
          body.organizationId === undefined ? current.organizationId : body.organizationId,
        group: body.group ?? current.group,
      };
      const values = await this.checkValues(actor, merged, manager);
      const own = scopeOrganization(scopeOf(actor));
      if (own) await this.updateAsMember(own, id, values, manager);
      else await this.updateRegistry(id, current, values, manager);
      await this.audit.record(manager, actor, {
        action: 'update',
        entity: 'person',
        entityId: id,
        summary: auditSummary(body),
      });
      return this.get(actor, id, manager);
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
    const records = await this.people.findManyByIds(scopeOf(actor), ids);
    return new Map(records.map((record) => [record.id, presentPerson(record, actor)]));
  }

  presentJson(actor: Actor, json: PersonJson): Person {
    return presentPerson(
      {
        ...json,
        consentAt: json.consentAt ? new Date(json.consentAt) : null,
        createdAt: new Date(json.createdAt),
      },
      actor,
    );
  }

  touch(ids: string[], manager: EntityManager): Promise<void> {
    return this.people.touch(ids, manager);
  }

  /**
   * The duplicate rule, server-side, over the whole registry, answered only with what the caller
   * holds. For the department the registry is what they hold. For a coordinator it is their
   * organization's members: a match among them is a duplicate (`refuse`) or reused (`reuse`); a
   * match outside becomes their member silently; no match is a new identity. A concurrent
   * request adding the same person makes the insert give way, and the rule runs again.
   */
  private async resolve(
    actor: Actor,
    values: PersonValues,
    consentSource: ConsentSource,
    onDuplicate: 'refuse' | 'reuse',
    manager: EntityManager,
  ): Promise<{ id: string; organizationId: string | null; existed: boolean }> {
    const own = scopeOrganization(scopeOf(actor));
    const held = (id: string, organizationId: string | null) => {
      if (onDuplicate === 'refuse') throw duplicate(id);
      return { id, organizationId, existed: true };
    };
    for (let attempt = 1; ; attempt += 1) {
      if (own) {
        const memberId = await this.people.findMemberDuplicate(own, values, null, manager);
        if (memberId) return held(memberId, own);
      }
      const existing = await this.people.findDuplicate(values, null, manager);
      if (existing && !own) return held(existing.id, existing.organizationId);
      if (existing && own) {
        if (!(await this.people.addMembership(existing.id, own, values, consentSource, manager)))
          return held(existing.id, own);
        await this.audit.record(manager, actor, {
          action: 'create',
          entity: 'person',
          entityId: existing.id,
          summary: {
            membership: true,
            communeCode: values.communeCode,
            organizationId: own,
            group: values.group,
            consentSource,
          },
        });
        return { id: existing.id, organizationId: existing.organizationId, existed: false };
      }
      const id = await this.people.insert(values, consentSource, manager);
      if (id) {
        await this.audit.record(manager, actor, {
          action: 'create',
          entity: 'person',
          entityId: id,
          summary: {
            communeCode: values.communeCode,
            organizationId: values.organizationId,
            group: values.group,
            consentSource,
          },
        });
        return { id, organizationId: values.organizationId, existed: false };
      }
      if (attempt >= 3)
        throw new AppError('CONFLICT', 'Người này vừa được thêm cùng lúc ở nơi khác, hãy thử lại');
    }
  }

  /**
   * A coordinator corrects their organization's copy. The duplicate rule looks at their own
   * members only. The registry's record follows when their organization brought the person in,
   * unless the correction would make it another identity of the registry; either way the answer
   * is their copy, so it says nothing about anyone else.
   */
  private async updateAsMember(
    own: string,
    id: string,
    values: PersonValues,
    manager: EntityManager,
  ): Promise<void> {
    const memberId = await this.people.findMemberDuplicate(own, values, id, manager);
    if (memberId) throw duplicate(memberId);
    await this.people.updateMembership(id, own, values, manager);
    if ((await this.people.findHomeOrganization(id, manager)) !== own) return;
    if (await this.people.findDuplicate(values, id, manager)) return;
    await manager.query('SAVEPOINT registry_record');
    try {
      await this.people.update(id, values, manager);
      await manager.query('RELEASE SAVEPOINT registry_record');
    } catch (error) {
      // The same identity was added concurrently: the registry keeps its record.
      if (!isUniqueViolation(error)) throw error;
      await manager.query('ROLLBACK TO SAVEPOINT registry_record');
    }
  }

  /** Staff correct the registry; the identity reaches every organization's copy, and a new organization holds the person too. */
  private async updateRegistry(
    id: string,
    current: PersonRecord,
    values: PersonValues,
    manager: EntityManager,
  ): Promise<void> {
    const existing = await this.people.findDuplicate(values, id, manager);
    if (existing) throw duplicate(existing.id);
    await this.people.update(id, values, manager);
    await this.people.updateIdentityOfMemberships(id, values, manager);
    if (values.organizationId && values.organizationId !== current.organizationId) {
      await this.people.addMembership(
        id,
        values.organizationId,
        values,
        current.consentSource ?? 'paper_form',
        manager,
      );
    }
  }

  /** A coordinator's people belong to the coordinator's organization. */
  private async checkValues(
    actor: Actor,
    body: PersonValues,
    manager: EntityManager,
  ): Promise<PersonValues> {
    let organizationId = body.organizationId ?? null;
    const own = scopeOrganization(scopeOf(actor));
    if (own) {
      if (organizationId && organizationId !== own) {
        throw AppError.invalid(
          'organizationId',
          'Điều phối viên chỉ đăng ký thành viên của tổ chức mình',
        );
      }
      organizationId = own;
    } else if (organizationId) {
      await this.organizations.requireExisting(organizationId, 'organizationId', manager);
    }
    // A former code or name (lists keep "Thị trấn Yên Định" for years) is stored as today's unit.
    const commune = await this.adminUnits.resolveCommune(
      body.communeCode,
      undefined,
      'communeCode',
      manager,
    );
    return { ...body, communeCode: commune.unit.code, organizationId };
  }
}
