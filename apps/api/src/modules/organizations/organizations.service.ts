import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  CreateOrganizationBody,
  ListOrganizationsQuery,
  Organization,
  Page,
  UpdateOrganizationBody,
} from '@canhgiac/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { constraintOf, sqlState } from '../../common/sql';
import type { Actor } from '../../common/auth/actor';
import { AppError } from '../../common/errors/app-error';
import { AuditService } from '../audit/audit.service';
import { AdminUnitsService } from '../admin-units/admin-units.service';
import { OrganizationsRepository } from './organizations.repository';

const CYCLE_MESSAGE = 'Không thể đặt tổ chức này dưới chính nó hoặc dưới một chi hội của nó';

@Injectable()
export class OrganizationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsRepository,
    private readonly adminUnits: AdminUnitsService,
    private readonly audit: AuditService,
  ) {}

  list(query: ListOrganizationsQuery): Promise<Page<Organization>> {
    return this.organizations.findPage(query);
  }

  async get(id: string): Promise<Organization> {
    const organization = await this.organizations.findById(id);
    if (!organization) throw AppError.notFound('tổ chức');
    return organization;
  }

  /** The organization with this id, or a 400 that names the field that referred to it. */
  async requireExisting(id: string, field: string, manager?: EntityManager): Promise<Organization> {
    const organization = await this.organizations.findById(id, manager);
    if (!organization) {
      throw AppError.invalid(field, 'Không có tổ chức này');
    }
    return organization;
  }

  async create(actor: Actor, body: CreateOrganizationBody): Promise<Organization> {
    return this.answerNameRace(body.name, body.districtCode ?? null, () =>
      this.insertOrganization(actor, body),
    );
  }

  /** Two simultaneous creates of one name: the loser gets the same 409 as a sequential duplicate. */
  private async answerNameRace<T>(
    name: string,
    districtCode: string | null,
    work: () => Promise<T>,
  ): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (sqlState(error) === '23514' && constraintOf(error) === 'organization_tree_no_cycle') {
        throw AppError.invalid('parentId', CYCLE_MESSAGE);
      }
      if (sqlState(error) !== '23505') throw error;
      const same = await this.organizations.findSameName(
        name,
        districtCode,
        null,
        this.dataSource.manager,
      );
      throw new AppError('ORGANIZATION_NAME_TAKEN', 'Đã có một tổ chức cùng tên', {
        extra: same ? { existingId: same.id } : undefined,
      });
    }
  }

  private insertOrganization(actor: Actor, body: CreateOrganizationBody): Promise<Organization> {
    return this.dataSource.transaction(async (manager) => {
      const districtCode = body.districtCode ?? null;
      const parentId = body.parentId ?? null;
      const communeCode = body.communeCode ?? null;
      await this.checkDistrictAndName(body.name, districtCode, null, manager);
      await this.checkPlace(null, parentId, communeCode, manager);
      const id = await this.organizations.insert(
        { name: body.name, kind: body.kind, districtCode, parentId, communeCode },
        manager,
      );
      await this.audit.record(manager, actor, {
        action: 'create',
        entity: 'organization',
        entityId: id,
        summary: { name: body.name, kind: body.kind, districtCode, parentId, communeCode },
      });
      return (await this.organizations.findById(id, manager))!;
    });
  }

  async update(actor: Actor, id: string, body: UpdateOrganizationBody): Promise<Organization> {
    try {
      return await this.updateOrganization(actor, id, body);
    } catch (error) {
      if (sqlState(error) === '23514' && constraintOf(error) === 'organization_tree_no_cycle')
        throw AppError.invalid('parentId', CYCLE_MESSAGE);
      throw error;
    }
  }

  private updateOrganization(
    actor: Actor,
    id: string,
    body: UpdateOrganizationBody,
  ): Promise<Organization> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.organizations.findById(id, manager);
      if (!current) throw AppError.notFound('tổ chức');
      const next = {
        name: body.name ?? current.name,
        kind: body.kind ?? current.kind,
        districtCode: body.districtCode === undefined ? current.districtCode : body.districtCode,
        parentId: body.parentId === undefined ? current.parentId : body.parentId,
        communeCode: body.communeCode === undefined ? current.communeCode : body.communeCode,
      };
      if (body.districtCode !== undefined || body.name !== undefined)
        await this.checkDistrictAndName(next.name, next.districtCode, id, manager);
      await this.checkPlace(
        id,
        body.parentId === undefined ? null : next.parentId,
        body.communeCode === undefined ? null : next.communeCode,
        manager,
      );
      await this.organizations.update(id, next, manager);
      await this.audit.record(manager, actor, {
        action: 'update',
        entity: 'organization',
        entityId: id,
        summary: { ...body },
      });
      return (await this.organizations.findById(id, manager))!;
    });
  }

  /**
   * A branch's parent exists and is not the organization or one of its own branches (the
   * database refuses a cycle too, under concurrent moves); its commune is one of today's.
   */
  private async checkPlace(
    id: string | null,
    parentId: string | null,
    communeCode: string | null,
    manager: EntityManager,
  ) {
    if (parentId) {
      await this.requireExisting(parentId, 'parentId', manager);
      if (id && (await this.organizations.isWithin(parentId, id, manager)))
        throw AppError.invalid('parentId', CYCLE_MESSAGE);
    }
    if (communeCode)
      await this.adminUnits.requireCurrent(communeCode, 'commune', 'communeCode', manager);
  }

  private async checkDistrictAndName(
    name: string,
    districtCode: string | null,
    exceptId: string | null,
    manager: EntityManager,
  ) {
    if (districtCode)
      await this.adminUnits.requireCurrent(districtCode, 'district', 'districtCode', manager);
    const same = await this.organizations.findSameName(name, districtCode, exceptId, manager);
    if (same) {
      throw new AppError('ORGANIZATION_NAME_TAKEN', 'Đã có một tổ chức cùng tên', {
        extra: { existingId: same.id },
      });
    }
  }
}
