import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  ListOrganizationsQuery,
  Organization as OrganizationDto,
  OrganizationKind,
  Page,
} from '@canhgiac/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { withinOrganization } from '../../common/auth/scope';
import { escapeLike, queryPage } from '../../common/sql';

const COLUMNS = `id, name, kind, district_code AS "districtCode", parent_id AS "parentId", commune_code AS "communeCode"`;

/** What staff write of an organization. */
export interface OrganizationValues {
  name: string;
  kind: OrganizationKind;
  districtCode: string | null;
  parentId: string | null;
  communeCode: string | null;
}

const WRITABLE: Record<keyof OrganizationValues, string> = {
  name: 'name',
  kind: 'kind',
  districtCode: 'district_code',
  parentId: 'parent_id',
  communeCode: 'commune_code',
};

@Injectable()
export class OrganizationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findPage(query: ListOrganizationsQuery): Promise<Page<OrganizationDto>> {
    const params = [
      query.q ? `%${escapeLike(query.q.normalize('NFC'))}%` : null,
      query.kind ?? null,
      query.districtCode ?? null,
      query.parentId ?? null,
      query.within ?? null,
    ];
    const where = `($1::text IS NULL OR fold_text(name) LIKE fold_text($1))
      AND ($2::text IS NULL OR kind = $2)
      AND ($3::text IS NULL OR district_code = $3)
      AND ($4::uuid IS NULL OR parent_id = $4)
      AND ($5::uuid IS NULL OR ${withinOrganization('id', '$5')})`;
    return queryPage(
      this.dataSource,
      {
        items: `SELECT ${COLUMNS} FROM organization WHERE ${where} ORDER BY fold_text(name), id`,
        counted: `organization WHERE ${where}`,
      },
      params,
      query,
    );
  }

  async findById(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<OrganizationDto | undefined> {
    const rows: OrganizationDto[] = await manager.query(
      `SELECT ${COLUMNS} FROM organization WHERE id = $1`,
      [id],
    );
    return rows[0];
  }

  /** Another organization with the same name (ignoring case and accents) in the same district. */
  async findSameName(
    name: string,
    districtCode: string | null,
    exceptId: string | null,
    manager: EntityManager,
  ): Promise<{ id: string } | undefined> {
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT id FROM organization
       WHERE fold_text(name) = fold_text($1) AND coalesce(district_code, '') = coalesce($2, '')
         AND ($3::uuid IS NULL OR id <> $3)`,
      [name, districtCode, exceptId],
    );
    return rows[0];
  }

  /** Whether `candidate` is `organization` itself or one of its branches, at any depth. */
  async isWithin(
    candidate: string,
    organization: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    const rows: Array<{ within: boolean }> = await manager.query(
      `SELECT ${withinOrganization('$1::uuid', '$2')} AS within`,
      [candidate, organization],
    );
    return rows[0]?.within === true;
  }

  async insert(values: OrganizationValues, manager: EntityManager): Promise<string> {
    const [{ id }]: Array<{ id: string }> = await manager.query(
      `INSERT INTO organization (name, kind, district_code, parent_id, commune_code)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [values.name, values.kind, values.districtCode, values.parentId, values.communeCode],
    );
    return id;
  }

  /** Sets the fields given (and `updated_at`); the others stay as they are. */
  async update(id: string, values: Partial<OrganizationValues>, manager: EntityManager) {
    const params: unknown[] = [id];
    const sets = (Object.keys(WRITABLE) as Array<keyof OrganizationValues>)
      .filter((field) => values[field] !== undefined)
      .map((field) => {
        params.push(values[field]);
        return `${WRITABLE[field]} = $${params.length}`;
      });
    await manager.query(
      `UPDATE organization SET ${[...sets, 'updated_at = now()'].join(', ')} WHERE id = $1`,
      params,
    );
  }
}
