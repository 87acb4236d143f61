import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AdminUnit as AdminUnitDto, AdminUnitLevel } from '@canhgiac/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { unitValidOn } from './admin-units.sql';

export interface AdminUnitFilter {
  level?: AdminUnitLevel;
  parentCode?: string;
  /** YYYY-MM-DD: the units valid on that day. */
  on: string;
}

const VALID_ON = unitValidOn('admin_unit', '$1::date');

@Injectable()
export class AdminUnitsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Units valid on a day, in the official order of their codes. */
  async findValid(filter: AdminUnitFilter): Promise<AdminUnitDto[]> {
    return this.dataSource.query(
      `SELECT code, name, type, level, parent_code AS "parentCode", population
       FROM admin_unit
       WHERE ${VALID_ON}
         AND ($2::text IS NULL OR level = $2)
         AND ($3::text IS NULL OR parent_code = $3)
       ORDER BY code`,
      [filter.on, filter.level ?? null, filter.parentCode ?? null],
    );
  }

  async findValidByCode(
    code: string,
    on: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<AdminUnitDto | undefined> {
    const rows: AdminUnitDto[] = await manager.query(
      `SELECT code, name, type, level, parent_code AS "parentCode", population
       FROM admin_unit WHERE code = $2 AND ${VALID_ON}`,
      [on, code],
    );
    return rows[0];
  }
}
