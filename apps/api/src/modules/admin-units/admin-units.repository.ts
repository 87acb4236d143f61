import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  AdminUnit as AdminUnitDto,
  AdminUnitLevel,
  AdminUnitPeriod,
} from '@canhgiac/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { unitColumns, unitRollUp, unitValidOn } from './admin-units.sql';

export interface AdminUnitFilter {
  level?: AdminUnitLevel;
  parentCode?: string;
  /** YYYY-MM-DD: the units valid on that day. */
  on: string;
  /**
   * Without `parentCode`, districts and communes are limited to this province's: the province
   * valid on `on` that is it or became it (Nam Định before 1/7/2025 for Ninh Bình).
   */
  provinceCode?: string;
}

/** A commune-level period and the unit valid on the day asked that covers it. */
export interface CommuneCandidate {
  id: string;
  code: string;
  name: string;
  type: string;
  validFrom: string | null;
  validTo: string | null;
  /** The parent on the period's own map (a district before 1/7/2025, the province after). */
  parentName: string | null;
  target: AdminUnitDto;
}

const VALID_ON = unitValidOn('admin_unit', '$1::date');

@Injectable()
export class AdminUnitsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Units valid on a day, in the official order of their codes. */
  async findValid(filter: AdminUnitFilter): Promise<AdminUnitDto[]> {
    return this.dataSource.query(
      `WITH province AS (
         SELECT p.code FROM admin_unit p
         WHERE p.level = 'province' AND ${unitValidOn('p', '$1::date')}
           AND p.id IN (SELECT r.origin_id FROM (${unitRollUp(`'infinity'::date`)}) r JOIN admin_unit t ON t.id = r.target_id WHERE t.code = $4)
       )
       SELECT ${unitColumns('admin_unit')}
       FROM admin_unit
       WHERE ${VALID_ON}
         AND ($2::text IS NULL OR level = $2)
         AND ($3::text IS NULL OR parent_code = $3)
         AND ($3::text IS NOT NULL OR $4::text IS NULL OR level = 'province'
              OR parent_code IN (SELECT code FROM province)
              OR parent_code IN (SELECT d.code FROM admin_unit d WHERE d.level = 'district' AND d.parent_code IN (SELECT code FROM province)
                                   AND ${unitValidOn('d', '$1::date')}))
       ORDER BY code`,
      [filter.on, filter.level ?? null, filter.parentCode ?? null, filter.provinceCode ?? null],
    );
  }

  async findValidByCode(
    code: string,
    on: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<AdminUnitDto | undefined> {
    const rows: AdminUnitDto[] = await manager.query(
      `SELECT ${unitColumns('admin_unit')} FROM admin_unit WHERE code = $2 AND ${VALID_ON}`,
      [on, code],
    );
    return rows[0];
  }

  /** Every period of a code, oldest first, each with the units it came from and went into. */
  async findHistory(
    code: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<AdminUnitPeriod[]> {
    return manager.query(
      `SELECT ${unitColumns('u')},
         coalesce((SELECT json_agg(json_build_object('code', p.code, 'name', p.name, 'extent', s.extent,
                     'legalBasis', s.legal_basis, 'validTo', (p.valid_to - 1)) ORDER BY p.code)
                   FROM admin_unit_succession s JOIN admin_unit p ON p.id = s.predecessor_id
                   WHERE s.successor_id = u.id), '[]') AS predecessors,
         coalesce((SELECT json_agg(json_build_object('code', n.code, 'name', n.name, 'extent', s.extent,
                     'legalBasis', s.legal_basis, 'validFrom', n.valid_from) ORDER BY n.code)
                   FROM admin_unit_succession s JOIN admin_unit n ON n.id = s.successor_id
                   WHERE s.predecessor_id = u.id), '[]') AS successors
       FROM admin_unit u WHERE u.code = $1
       ORDER BY u.valid_from NULLS FIRST`,
      [code],
    );
  }

  /**
   * Every commune-level period, of any date, with the commune valid on `on` that covers it, where
   * that commune is of `provinceCode`: directly, or through what it became by `today` (before
   * 1/7/2025 Nam Định's communes are Ninh Bình's by succession).
   */
  async findCommuneCandidates(
    provinceCode: string,
    on: string,
    today: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CommuneCandidate[]> {
    const rows: Array<
      Omit<CommuneCandidate, 'target'> & {
        target: AdminUnitDto & { validFrom: string | null; validTo: string | null };
      }
    > = await manager.query(
      `SELECT o.id, o.code, o.name, o.type, o.valid_from AS "validFrom", (o.valid_to - 1) AS "validTo", op.name AS "parentName",
           json_build_object('code', t.code, 'name', t.name, 'type', t.type, 'level', t.level, 'parentCode', t.parent_code,
             'population', t.population, 'areaKm2', t.area_km2::float8, 'validFrom', t.valid_from, 'validTo', (t.valid_to - 1)) AS target
         FROM (${unitRollUp('$1::date')}) r
         JOIN admin_unit o ON o.id = r.origin_id AND o.level = 'commune'
         JOIN admin_unit t ON t.id = r.target_id AND t.level = 'commune'
           AND (t.parent_code = $2 OR t.id IN (
             SELECT n.origin_id FROM (${unitRollUp('$3::date')}) n JOIN admin_unit nt ON nt.id = n.target_id WHERE nt.parent_code = $2))
         LEFT JOIN LATERAL (
           SELECT p.name FROM admin_unit p
           WHERE p.code = o.parent_code AND (p.valid_from IS NULL OR o.valid_to IS NULL OR p.valid_from < o.valid_to)
             AND (p.valid_to IS NULL OR o.valid_from IS NULL OR p.valid_to > o.valid_from)
           ORDER BY p.valid_from DESC NULLS LAST LIMIT 1
         ) op ON true
         ORDER BY o.code, o.valid_from NULLS FIRST`,
      [on, provinceCode, today],
    );
    return rows;
  }
}
