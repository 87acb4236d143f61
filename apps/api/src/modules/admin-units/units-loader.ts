import type { AuditAction, AuditEntity } from '@canhgiac/contracts';
import { z } from 'zod';
import type { EntityManager } from 'typeorm';
import { unitValidOn } from './admin-units.sql';
import { vietnameseDate } from './commune-names';

/**
 * Loading official changes of the administrative map after installation (ADR 0005): a new period
 * of a province's commune-level units with their successions, and dated population and area
 * figures. Each load is one transaction, checked as a whole before anything is written; a file
 * that does not add up is refused with every problem listed, in words a coordinator reads.
 */

/** A file refused: every problem found, each one sentence. */
export class UnitsLoadError extends Error {
  constructor(readonly problems: string[]) {
    super(`Dữ liệu không được nạp (the file was refused):\n  - ${problems.join('\n  - ')}`);
    this.name = 'UnitsLoadError';
  }
}

const isoDay = z.iso.date({ message: 'ngày dạng YYYY-MM-DD' });
const text = z
  .string()
  .trim()
  .min(1)
  .transform((value) => value.normalize('NFC'));

/** The shape of shared/data/ninh-binh-2025-units.json: a province's commune-level units from a day. */
export const reorganizationFileSchema = z.object({
  asOf: isoDay,
  description: z.string().optional(),
  /** Where the change comes from; stored with the load. */
  sources: z.record(z.string(), z.string()).optional(),
  source: z.string().optional(),
  province: z
    .object({
      code: z.string().regex(/^\d{2}$/u, { message: 'mã tỉnh gồm 2 chữ số' }),
      name: z.string().optional(),
    })
    .loose(),
  units: z
    .array(
      z
        .object({
          code: z.string().regex(/^\d{5}$/u, { message: 'mã xã gồm 5 chữ số' }),
          name: text,
          type: z.enum(['xã', 'phường', 'đặc khu']),
          predecessors: z
            .array(
              z
                .object({
                  code: z.string().regex(/^\d{5}$/u),
                  name: z.string().optional(),
                  extent: z.enum(['whole', 'part', 'remainder']).default('whole'),
                })
                .loose(),
            )
            .min(1, { message: 'mỗi đơn vị mới phải có ít nhất một đơn vị trước' }),
          legalBasis: text,
          population: z.number().int().min(0).nullish(),
          areaKm2: z.number().min(0).nullish(),
          populationSource: z.string().nullish(),
        })
        .loose(),
    )
    .min(1),
});
export type ReorganizationFile = z.infer<typeof reorganizationFileSchema>;

/** Official figures as of a day, with their source: `{asOf, source, on?, figures:[{code, population?, areaKm2?}]}`. */
export const statisticsFileSchema = z.object({
  asOf: isoDay,
  source: text,
  /** The day the codes are read on (codes are reused); the figures' own day when absent. */
  on: isoDay.optional(),
  figures: z
    .array(
      z
        .object({
          code: z.string().regex(/^\d{2,5}$/u),
          population: z.number().int().min(0).nullish(),
          areaKm2: z.number().min(0).nullish(),
        })
        .refine((f) => f.population != null || f.areaKm2 != null, {
          message: 'cần dân số hoặc diện tích',
        }),
    )
    .min(1),
});
export type StatisticsFile = z.infer<typeof statisticsFileSchema>;

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new UnitsLoadError(
      result.error.issues.map((issue) => `${issue.path.join('.') || '(tệp)'}: ${issue.message}`),
    );
  }
  return result.data;
}

const dayBefore = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

interface UnitRow {
  id: string;
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
  validFrom: string | null;
  validTo: string | null;
}

export interface ReorganizationResult {
  datasetId: string;
  closed: number;
  opened: number;
  successions: number;
}

/** Loads a new period of a province's commune-level units, closing the units they replace. */
export async function loadReorganization(
  manager: EntityManager,
  input: unknown,
  origin: string,
): Promise<ReorganizationResult> {
  const file = parse(reorganizationFileSchema, input);
  const asOf = file.asOf;
  const before = dayBefore(asOf);
  const problems: string[] = [];

  const [province] = (await manager.query(
    `SELECT code, name FROM admin_unit u WHERE code = $1 AND level = 'province' AND ${unitValidOn('u', '$2::date')}`,
    [file.province.code, asOf],
  )) as Array<{ code: string; name: string }>;
  if (!province)
    problems.push(`Không có tỉnh mã ${file.province.code} vào ngày ${vietnameseDate(asOf)}`);

  const seen = new Set<string>();
  for (const unit of file.units) {
    if (seen.has(unit.code))
      problems.push(`Mã ${unit.code} có hai lần trong tệp: hai thời kỳ của một mã chồng lên nhau`);
    seen.add(unit.code);
  }

  // The former units: each predecessor must be a commune valid the day before.
  const predecessorCodes = [
    ...new Set(file.units.flatMap((u) => u.predecessors.map((p) => p.code))),
  ];
  const former = (await manager.query(
    `SELECT id, code, name, level, parent_code AS "parentCode", valid_from AS "validFrom", valid_to AS "validTo"
     FROM admin_unit u WHERE code = ANY($1) AND level = 'commune' AND ${unitValidOn('u', '$2::date')}`,
    [predecessorCodes, before],
  )) as UnitRow[];
  const formerByCode = new Map(former.map((row) => [row.code, row]));
  for (const code of predecessorCodes) {
    const row = formerByCode.get(code);
    if (!row)
      problems.push(
        `Mã ${code} không phải xã, phường nào vào ngày ${vietnameseDate(before)} (mã không có)`,
      );
    else if (row.validTo !== null && row.validTo > asOf) {
      problems.push(
        `${row.name} (${code}) đã có thay đổi khác từ ${vietnameseDate(row.validTo)}: các thời kỳ chồng lên nhau`,
      );
    }
  }

  // A unit that went whole into one successor cannot also go into another.
  const wholeIn = new Map<string, string[]>();
  for (const unit of file.units) {
    for (const p of unit.predecessors)
      if (p.extent === 'whole') wholeIn.set(p.code, [...(wholeIn.get(p.code) ?? []), unit.code]);
  }
  for (const [code, into] of wholeIn) {
    if (into.length > 1)
      problems.push(`Mã ${code} được ghi là nhập toàn bộ vào nhiều đơn vị (${into.join(', ')})`);
  }

  // Every commune of the province on the day before must go somewhere.
  if (province) {
    const current = (await manager.query(
      `SELECT code, name FROM admin_unit u WHERE parent_code = $1 AND level = 'commune' AND ${unitValidOn('u', '$2::date')} ORDER BY code`,
      [province.code, before],
    )) as Array<{ code: string; name: string }>;
    const covered = new Set(predecessorCodes);
    for (const unit of current) {
      if (!covered.has(unit.code))
        problems.push(`${unit.name} (${unit.code}) không có đơn vị kế thừa trong tệp`);
    }
  }

  // A new unit's period [asOf, …) must not overlap another period of its code.
  const clashes = (await manager.query(
    `SELECT code, name, valid_from AS "validFrom" FROM admin_unit u
     WHERE code = ANY($1) AND (valid_to IS NULL OR valid_to > $2::date) AND NOT (id = ANY($3::uuid[]))`,
    [file.units.map((u) => u.code), asOf, former.map((row) => row.id)],
  )) as Array<{ code: string; name: string; validFrom: string | null }>;
  for (const clash of clashes) {
    problems.push(
      `Mã ${clash.code} đang là ${clash.name}${clash.validFrom ? ` từ ${vietnameseDate(clash.validFrom)}` : ''} và không kết thúc trước ${vietnameseDate(asOf)}: hai thời kỳ chồng lên nhau`,
    );
  }
  if (problems.length > 0) throw new UnitsLoadError(problems);

  const source = file.sources ? JSON.stringify(file.sources) : (file.source ?? origin);
  const [{ id: datasetId }] = (await manager.query(
    `INSERT INTO reference_dataset (name, source, as_of, note) VALUES ($1, $2, $3, $4) RETURNING id`,
    [
      `Sắp xếp đơn vị cấp xã tỉnh ${province!.name} từ ${vietnameseDate(asOf)}`,
      source,
      asOf,
      file.description ?? origin,
    ],
  )) as Array<{ id: string }>;
  await manager.query(`UPDATE admin_unit SET valid_to = $2 WHERE id = ANY($1::uuid[])`, [
    former.map((row) => row.id),
    asOf,
  ]);
  const opened = (await manager.query(
    `INSERT INTO admin_unit (code, name, type, level, parent_code, population, area_km2, valid_from, dataset_id)
     SELECT u.code, u.name, u.type, 'commune', $2, u.population, u.area_km2, $3, $4
     FROM jsonb_to_recordset($1::jsonb) AS u(code text, name text, type text, population integer, area_km2 numeric)
     RETURNING id, code`,
    [
      JSON.stringify(
        file.units.map((u) => ({
          code: u.code,
          name: u.name,
          type: u.type,
          population: u.population ?? null,
          area_km2: u.areaKm2 ?? null,
        })),
      ),
      province!.code,
      asOf,
      datasetId,
    ],
  )) as Array<{ id: string; code: string }>;
  const openedByCode = new Map(opened.map((row) => [row.code, row.id]));
  const links = file.units.flatMap((u) =>
    u.predecessors.map((p) => ({
      predecessor_id: formerByCode.get(p.code)!.id,
      successor_id: openedByCode.get(u.code)!,
      extent: p.extent,
      legal_basis: u.legalBasis,
    })),
  );
  await manager.query(
    `INSERT INTO admin_unit_succession (predecessor_id, successor_id, extent, legal_basis, dataset_id)
     SELECT l.predecessor_id, l.successor_id, l.extent, l.legal_basis, $2
     FROM jsonb_to_recordset($1::jsonb) AS l(predecessor_id uuid, successor_id uuid, extent text, legal_basis text)`,
    [JSON.stringify(links), datasetId],
  );
  const figures = file.units.filter((u) => u.population != null || u.areaKm2 != null);
  if (figures.length > 0) {
    await manager.query(
      `INSERT INTO unit_statistic (unit_id, population, area_km2, as_of, source, dataset_id)
       SELECT s.unit_id, s.population, s.area_km2, $2, s.source, $3
       FROM jsonb_to_recordset($1::jsonb) AS s(unit_id uuid, population integer, area_km2 numeric, source text)`,
      [
        JSON.stringify(
          figures.map((u) => ({
            unit_id: openedByCode.get(u.code),
            population: u.population ?? null,
            area_km2: u.areaKm2 ?? null,
            source: u.populationSource ?? u.legalBasis,
          })),
        ),
        asOf,
        datasetId,
      ],
    );
  }
  const result = {
    datasetId,
    closed: former.length,
    opened: opened.length,
    successions: links.length,
  };
  await manager.query(
    `INSERT INTO audit_log (username, action, entity, entity_id, summary) VALUES ('units:load', $3, $4, $1, $2)`,
    [
      datasetId,
      JSON.stringify({ kind: 'reorganization', asOf, province: province!.code, origin, ...result }),
      'import' satisfies AuditAction,
      'admin_unit' satisfies AuditEntity,
    ],
  );
  return result;
}

export interface StatisticsResult {
  datasetId: string;
  figures: number;
}

/**
 * Loads official figures as of a day. Each is kept with its date and source; a unit's population
 * and area become its latest figures (by date), which coverage % uses.
 */
export async function loadStatistics(
  manager: EntityManager,
  input: unknown,
  origin: string,
): Promise<StatisticsResult> {
  const file = parse(statisticsFileSchema, input);
  const on = file.on ?? file.asOf;
  const problems: string[] = [];
  const codes = file.figures.map((f) => f.code);
  const duplicates = codes.filter((code, index) => codes.indexOf(code) !== index);
  for (const code of new Set(duplicates)) problems.push(`Mã ${code} có hai lần trong tệp`);
  const units = (await manager.query(
    `SELECT u.id, u.code, u.name, EXISTS (SELECT 1 FROM unit_statistic s WHERE s.unit_id = u.id AND s.as_of = $3::date) AS "hasFigure"
     FROM admin_unit u WHERE code = ANY($1) AND ${unitValidOn('u', '$2::date')}`,
    [codes, on, file.asOf],
  )) as Array<{ id: string; code: string; name: string; hasFigure: boolean }>;
  const byCode = new Map(units.map((u) => [u.code, u]));
  for (const code of new Set(codes)) {
    const unit = byCode.get(code);
    if (!unit)
      problems.push(
        `Mã ${code} không phải đơn vị nào vào ngày ${vietnameseDate(on)} (mã không có)`,
      );
    else if (unit.hasFigure)
      problems.push(`${unit.name} (${code}) đã có số liệu ngày ${vietnameseDate(file.asOf)}`);
  }
  if (problems.length > 0) throw new UnitsLoadError(problems);

  const [{ id: datasetId }] = (await manager.query(
    `INSERT INTO reference_dataset (name, source, as_of, note) VALUES ($1, $2, $3, $4) RETURNING id`,
    [`Dân số và diện tích ngày ${vietnameseDate(file.asOf)}`, file.source, file.asOf, origin],
  )) as Array<{ id: string }>;
  const rows = file.figures.map((f) => ({
    unit_id: byCode.get(f.code)!.id,
    population: f.population ?? null,
    area_km2: f.areaKm2 ?? null,
  }));
  await manager.query(
    `INSERT INTO unit_statistic (unit_id, population, area_km2, as_of, source, dataset_id)
     SELECT s.unit_id, s.population, s.area_km2, $2, $3, $4
     FROM jsonb_to_recordset($1::jsonb) AS s(unit_id uuid, population integer, area_km2 numeric)`,
    [JSON.stringify(rows), file.asOf, file.source, datasetId],
  );
  await manager.query(
    `UPDATE admin_unit a SET
       population = coalesce((SELECT s.population FROM unit_statistic s WHERE s.unit_id = a.id AND s.population IS NOT NULL
                              ORDER BY s.as_of DESC LIMIT 1), a.population),
       area_km2 = coalesce((SELECT s.area_km2 FROM unit_statistic s WHERE s.unit_id = a.id AND s.area_km2 IS NOT NULL
                            ORDER BY s.as_of DESC LIMIT 1), a.area_km2)
     WHERE a.id = ANY($1::uuid[])`,
    [rows.map((r) => r.unit_id)],
  );
  await manager.query(
    `INSERT INTO audit_log (username, action, entity, entity_id, summary) VALUES ('units:statistics', $3, $4, $1, $2)`,
    [
      datasetId,
      JSON.stringify({
        kind: 'statistics',
        asOf: file.asOf,
        source: file.source,
        origin,
        figures: rows.length,
      }),
      'import' satisfies AuditAction,
      'unit_statistic' satisfies AuditEntity,
    ],
  );
  return { datasetId, figures: rows.length };
}
