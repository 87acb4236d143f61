import type { MigrationInterface, QueryRunner } from 'typeorm';
import namDinh from '../seeds/data/nam-dinh-admin-units.json';
import mapping from '../seeds/data/nam-dinh-2025-mapping.json';
import ninhBinh from '../seeds/data/ninh-binh-2025-units.json';
import country from '../seeds/data/vn-2025-units.json';

/** The day the two-tier local government began; the former units' first day of no longer being valid. */
const REFORM_DAY = '2025-07-01';
/** The 2019 census, the population figure the data files carry. */
const CENSUS_DAY = '2019-04-01';

const nfc = (value: string) => value.normalize('NFC');
const sourcesText = (sources: Record<string, string>) =>
  Object.entries(sources)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n');

/**
 * The reorganization of 1 July 2025 (ADR 0005): Nam Định's province, 9 districts and 175 communes
 * end on 30 June 2025; the 34 provinces and 3,321 commune-level units of the two-tier map begin on
 * 1 July 2025, communes directly under their province. Each former Nam Định commune is linked to
 * the unit it went into, with the clause of Resolution 1674/NQ-UBTVQH15 that says so, and the
 * province to the new Ninh Bình (Resolution 202/2025/QH15). Districts have no successor: the
 * district level was abolished, and the links of its communes carry their territory forward.
 */
export class AdministrativeReform20251765000400000 implements MigrationInterface {
  name = 'AdministrativeReform20251765000400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE admin_unit ADD COLUMN area_km2 numeric(10, 2) CHECK (area_km2 IS NULL OR area_km2 >= 0)`,
    );
    // A code names at most one unit on any day: two periods of one code never overlap.
    await queryRunner.query(`
      ALTER TABLE admin_unit ADD CONSTRAINT admin_unit_period_no_overlap
        EXCLUDE USING gist (code WITH =, daterange(valid_from, valid_to) WITH &&)`);
    await queryRunner.query(`
      CREATE TABLE admin_unit_succession (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        predecessor_id uuid NOT NULL REFERENCES admin_unit (id),
        successor_id uuid NOT NULL REFERENCES admin_unit (id),
        extent text NOT NULL CHECK (extent IN ('whole', 'part', 'remainder')),
        legal_basis text NOT NULL CHECK (length(legal_basis) > 0),
        dataset_id uuid NOT NULL REFERENCES reference_dataset (id),
        UNIQUE (predecessor_id, successor_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX admin_unit_succession_successor ON admin_unit_succession (successor_id)`,
    );
    // Official figures as data with a date and a source; admin_unit.population and area_km2 hold
    // the latest of them (by as_of), kept so by whoever loads a figure, in the same transaction.
    await queryRunner.query(`
      CREATE TABLE unit_statistic (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        unit_id uuid NOT NULL REFERENCES admin_unit (id),
        population integer CHECK (population IS NULL OR population >= 0),
        area_km2 numeric(10, 2) CHECK (area_km2 IS NULL OR area_km2 >= 0),
        as_of date NOT NULL,
        source text NOT NULL CHECK (length(source) > 0),
        dataset_id uuid NOT NULL REFERENCES reference_dataset (id),
        CHECK (population IS NOT NULL OR area_km2 IS NOT NULL),
        UNIQUE (unit_id, as_of)
      )`);

    const dataset = async (name: string, source: string, asOf: string, note: string | null) =>
      (
        (await queryRunner.query(
          `INSERT INTO reference_dataset (name, source, as_of, note) VALUES ($1, $2, $3, $4) RETURNING id`,
          [name, source, asOf, note],
        )) as Array<{ id: string }>
      )[0].id;

    // The census figures already loaded become dated statistics of the former units.
    const [{ id: namDinhDataset }] = (await queryRunner.query(
      `SELECT dataset_id AS id FROM admin_unit WHERE code = '36' LIMIT 1`,
    )) as Array<{ id: string }>;
    await queryRunner.query(
      `INSERT INTO unit_statistic (unit_id, population, as_of, source, dataset_id)
       SELECT id, population, $1, $2, dataset_id FROM admin_unit WHERE population IS NOT NULL AND dataset_id = $3`,
      [CENSUS_DAY, nfc(namDinh.source), namDinhDataset],
    );

    // The former map ends.
    await queryRunner.query(
      `UPDATE admin_unit SET valid_to = $1 WHERE valid_to IS NULL AND dataset_id = $2`,
      [REFORM_DAY, namDinhDataset],
    );

    // The country's new map begins.
    const countryDataset = await dataset(
      'Đơn vị hành chính cả nước từ 01/7/2025',
      JSON.stringify(country.source),
      country.asOf,
      [nfc(country.description), ...country.notes.map(nfc)].join('\n'),
    );
    const ninhBinhDataset = await dataset(
      'Đơn vị hành chính cấp xã tỉnh Ninh Bình từ 01/7/2025, với đơn vị trước sắp xếp',
      sourcesText(ninhBinh.sources),
      ninhBinh.asOf,
      [nfc(ninhBinh.description), ...ninhBinh.notes.map(nfc)].join('\n'),
    );
    const mappingDataset = await dataset(
      'Đơn vị cấp xã tỉnh Nam Định trước 01/7/2025 và đơn vị kế thừa',
      sourcesText(mapping.sources),
      mapping.asOf,
      [nfc(mapping.description), ...mapping.notes.map(nfc)].join('\n'),
    );

    const ninhBinhUnits = new Map(ninhBinh.units.map((unit) => [unit.code, unit]));
    const provinces = country.provinces.map((p) => ({
      code: p.code,
      name: nfc(p.name),
      type: nfc(p.type),
      level: 'province',
      parent_code: null,
      population: null,
    }));
    const communes = country.units.map((u) => ({
      code: u.code,
      name: nfc(u.name),
      type: nfc(u.type),
      level: 'commune',
      parent_code: u.provinceCode,
      population: ninhBinhUnits.get(u.code)?.population ?? null,
    }));
    await queryRunner.query(
      `INSERT INTO admin_unit (code, name, type, level, parent_code, population, area_km2, valid_from, dataset_id)
       SELECT u.code, u.name, u.type, u.level, u.parent_code, u.population, NULL, $2, $3
       FROM jsonb_to_recordset($1::jsonb) AS u(code text, name text, type text, level text, parent_code text, population integer)`,
      [JSON.stringify([...provinces, ...communes]), REFORM_DAY, countryDataset],
    );
    // The figures the Ninh Bình file carries, as dated statistics with their own source.
    await queryRunner.query(
      `INSERT INTO unit_statistic (unit_id, population, area_km2, as_of, source, dataset_id)
       SELECT a.id, s.population, s.area_km2, $2, s.source, $3
       FROM jsonb_to_recordset($1::jsonb) AS s(code text, population integer, area_km2 numeric, source text)
       JOIN admin_unit a ON a.code = s.code AND a.valid_from = '${REFORM_DAY}'`,
      [
        JSON.stringify(
          ninhBinh.units
            .filter((u) => u.population !== null || u.areaKm2 !== null)
            .map((u) => ({
              code: u.code,
              population: u.population,
              area_km2: u.areaKm2,
              source: nfc(u.populationSource),
            })),
        ),
        CENSUS_DAY,
        ninhBinhDataset,
      ],
    );

    // Succession: each former Nam Định commune → the unit it went into, with its clause.
    await queryRunner.query(
      `INSERT INTO admin_unit_succession (predecessor_id, successor_id, extent, legal_basis, dataset_id)
       SELECT old.id, new.id, m.extent, m.legal_basis, $2
       FROM jsonb_to_recordset($1::jsonb) AS m(old_code text, new_code text, extent text, legal_basis text)
       JOIN admin_unit old ON old.code = m.old_code AND old.level = 'commune' AND old.valid_to = '${REFORM_DAY}'
       JOIN admin_unit new ON new.code = m.new_code AND new.level = 'commune' AND new.valid_from = '${REFORM_DAY}'`,
      [
        JSON.stringify(
          mapping.mappings.flatMap((m) =>
            m.newCodes.map((newCode) => ({
              old_code: m.oldCode,
              new_code: newCode,
              extent: m.extent,
              legal_basis: nfc(m.legalBasis),
            })),
          ),
        ),
        mappingDataset,
      ],
    );
    await queryRunner.query(
      `INSERT INTO admin_unit_succession (predecessor_id, successor_id, extent, legal_basis, dataset_id)
       SELECT old.id, new.id, 'whole', $1, $2
       FROM admin_unit old, admin_unit new
       WHERE old.code = '36' AND old.valid_to = '${REFORM_DAY}' AND new.code = $3 AND new.valid_from = '${REFORM_DAY}'`,
      [nfc(ninhBinh.province.legalBasis), ninhBinhDataset, ninhBinh.province.code],
    );
    // Every former unit (districts aside) must have gone into a new one: checked in SQL, so the
    // migration is statements only and its checksum covers what it does.
    await queryRunner.query(`
      DO $check$
      DECLARE missing integer;
      BEGIN
        SELECT count(*) INTO missing FROM admin_unit u
        WHERE u.valid_to = '${REFORM_DAY}' AND u.level <> 'district'
          AND NOT EXISTS (SELECT 1 FROM admin_unit_succession s WHERE s.predecessor_id = u.id);
        IF missing <> 0 THEN RAISE EXCEPTION '% former units have no successor', missing; END IF;
      END
      $check$`);

    // The department is Ninh Bình's now: a new campaign's certificates say so. Campaigns already
    // made keep the settings they have, as documents of their time.
    await queryRunner.query(`
      ALTER TABLE campaign ALTER COLUMN certificate_parent_body SET DEFAULT 'UBND TỈNH NINH BÌNH',
        ALTER COLUMN certificate_issue_place SET DEFAULT 'Ninh Bình'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE campaign ALTER COLUMN certificate_parent_body SET DEFAULT 'UBND TỈNH NAM ĐỊNH',
        ALTER COLUMN certificate_issue_place SET DEFAULT 'Nam Định'`);
    await queryRunner.query(`DROP TABLE unit_statistic`);
    await queryRunner.query(`DROP TABLE admin_unit_succession`);
    await queryRunner.query(`DELETE FROM admin_unit WHERE valid_from = '${REFORM_DAY}'`);
    await queryRunner.query(
      `UPDATE admin_unit SET valid_to = NULL WHERE valid_to = '${REFORM_DAY}'`,
    );
    await queryRunner.query(
      `DELETE FROM reference_dataset d WHERE NOT EXISTS (SELECT 1 FROM admin_unit u WHERE u.dataset_id = d.id)`,
    );
    await queryRunner.query(`ALTER TABLE admin_unit DROP CONSTRAINT admin_unit_period_no_overlap`);
    await queryRunner.query(`ALTER TABLE admin_unit DROP COLUMN area_km2`);
  }
}
