import type { MigrationInterface, QueryRunner } from 'typeorm';
import dataset from '../seeds/data/nam-dinh-admin-units.json';

interface SourceCommune {
  code: string;
  name: string;
  type: string;
  population: number | null;
}
interface SourceDistrict extends SourceCommune {
  communes: SourceCommune[];
}

/** Flattens the province → district → commune file into rows with a parent code. */
function flattenUnits() {
  const province = dataset.province as { code: string; name: string; population?: number };
  const districts = dataset.districts as SourceDistrict[];
  const provincePopulation = districts.reduce((sum, d) => sum + (d.population ?? 0), 0);
  return [
    {
      code: province.code,
      name: province.name,
      type: 'tỉnh',
      level: 'province',
      parent_code: null,
      population: provincePopulation,
    },
    ...districts.flatMap((district) => [
      {
        code: district.code,
        name: district.name,
        type: district.type,
        level: 'district',
        parent_code: province.code,
        population: district.population,
      },
      ...district.communes.map((commune) => ({
        code: commune.code,
        name: commune.name,
        type: commune.type,
        level: 'commune',
        parent_code: district.code,
        population: commune.population,
      })),
    ]),
  ].map((unit) => ({
    ...unit,
    name: unit.name.normalize('NFC'),
    type: unit.type.normalize('NFC'),
  }));
}

export class Foundation1764316800000 implements MigrationInterface {
  name = 'Foundation1764316800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    // unaccent() is only STABLE; this wrapper pins the dictionary so it can be used in indexes.
    await queryRunner.query(`
      CREATE FUNCTION fold_text(value text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT btrim(lower(regexp_replace(public.unaccent('public.unaccent'::regdictionary, value), '\\s+', ' ', 'g'))) $$`);

    await queryRunner.query(`
      CREATE TABLE app_setting (
        key text PRIMARY KEY,
        value jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE reference_dataset (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        source text NOT NULL,
        as_of date,
        note text,
        loaded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE admin_unit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(10) NOT NULL,
        name text NOT NULL,
        type text NOT NULL,
        level text NOT NULL,
        parent_code varchar(10),
        population integer CHECK (population IS NULL OR population >= 0),
        valid_from date,
        valid_to date,
        dataset_id uuid NOT NULL REFERENCES reference_dataset (id),
        CONSTRAINT admin_unit_validity CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_to > valid_from)
      )`);
    // At most one current row per code; closed rows keep the history.
    await queryRunner.query(
      `CREATE UNIQUE INDEX admin_unit_current_code ON admin_unit (code) WHERE valid_to IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX admin_unit_code ON admin_unit (code, valid_from)`);
    await queryRunner.query(`CREATE INDEX admin_unit_parent ON admin_unit (parent_code, level)`);

    await queryRunner.query(`
      CREATE TABLE organization (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        kind text NOT NULL CHECK (kind IN ('farmers_association', 'veterans_association', 'womens_union',
          'youth_union', 'peoples_committee', 'school', 'enterprise', 'agency', 'other')),
        district_code varchar(10),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX organization_name_district ON organization (fold_text(name), coalesce(district_code, ''))`,
    );
    await queryRunner.query(
      `CREATE INDEX organization_name_trgm ON organization USING gin (fold_text(name) gin_trgm_ops)`,
    );

    const [{ id: datasetId }] = (await queryRunner.query(
      `INSERT INTO reference_dataset (name, source, as_of, note) VALUES ($1, $2, $3, $4) RETURNING id`,
      ['Đơn vị hành chính tỉnh Nam Định', dataset.source, dataset.asOf, dataset.populationNote],
    )) as Array<{ id: string }>;
    await queryRunner.query(
      `INSERT INTO admin_unit (code, name, type, level, parent_code, population, dataset_id)
       SELECT u.code, u.name, u.type, u.level, u.parent_code, u.population, $2
       FROM jsonb_to_recordset($1::jsonb)
         AS u(code text, name text, type text, level text, parent_code text, population integer)`,
      [JSON.stringify(flattenUnits()), datasetId],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE organization`);
    await queryRunner.query(`DROP TABLE admin_unit`);
    await queryRunner.query(`DROP TABLE reference_dataset`);
    await queryRunner.query(`DROP TABLE app_setting`);
    await queryRunner.query(`DROP FUNCTION fold_text(text)`);
  }
}
