import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DataSource, type MigrationInterface, type QueryRunner } from 'typeorm';
import { firstReleasedMigrations } from '../../test/support/first-released-migrations';
import {
  createTestDatabase,
  type TestDatabase,
  type TestDatabaseKind,
  testDatabaseKinds,
} from '../../test/support/test-database';
import type { DatabaseTarget } from '../config/env.schema';
import { buildDataSourceOptions } from './database.options';
import manifest from './migrations/checksums.json';
import { migrations } from './migrations';
import { MigrationChecksumError, migrateDatabase } from './migration-checksums';

jest.setTimeout(240_000);

type MigrationList = Array<new () => MigrationInterface>;

/** A database that outlives its data source: the embedded one in a directory, so it can be reopened. */
async function reopenableDatabase(kind: TestDatabaseKind): Promise<TestDatabase> {
  if (kind === 'postgres') return createTestDatabase(kind);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'canhgiac-migrations-'));
  return {
    target: { kind: 'embedded', dataDir },
    drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
  };
}

async function open(target: DatabaseTarget, list: MigrationList = migrations): Promise<DataSource> {
  return new DataSource({ ...buildDataSourceOptions(target), migrations: list }).initialize();
}

/** Tables, columns (type, default, order), indexes, constraints, functions, triggers and storage options. */
async function schemaOf(
  dataSource: DataSource,
): Promise<Array<{ kind: string; name: string; definition: string }>> {
  return dataSource.query(`
    SELECT 'column' AS kind, c.relname || '.' || a.attname AS name,
           format_type(a.atttypid, a.atttypmod) || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END
             || coalesce(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '') || ' ' || a.attgenerated::text
             || ' #' || a.attnum AS definition
    FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'v', 'm') AND a.attnum > 0 AND NOT a.attisdropped
    UNION ALL
    SELECT 'table', relname, coalesce(array_to_string(reloptions, ','), '')
    FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'S')
    UNION ALL
    SELECT 'index', indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'
    UNION ALL
    SELECT 'constraint', conrelid::regclass::text || '.' || conname, pg_get_constraintdef(oid)
    FROM pg_constraint WHERE connamespace = 'public'::regnamespace
    UNION ALL
    SELECT 'function', p.oid::regprocedure::text, pg_get_functiondef(p.oid)
    FROM pg_proc p
    WHERE p.pronamespace = 'public'::regnamespace AND p.prokind IN ('f', 'p')
      AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_proc'::regclass AND e.objid = p.oid AND e.deptype = 'e')
    UNION ALL
    SELECT 'trigger', tgrelid::regclass::text || '.' || tgname, pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal
    ORDER BY 1, 2`);
}

describe.each(testDatabaseKinds())('migrations on start (%s)', (kind) => {
  let database: TestDatabase;
  let dataSource: DataSource | undefined;

  beforeEach(async () => {
    database = await reopenableDatabase(kind);
  });

  afterEach(async () => {
    if (dataSource?.isInitialized) await dataSource.destroy();
    dataSource = undefined;
    await database.drop();
  });

  it('records each checksum, and refuses to start, naming it, when a migration that already ran has changed, and runs nothing', async () => {
    dataSource = await open(database.target);
    await migrateDatabase(dataSource);
    const rows: Array<{ name: string; checksum: string }> = await dataSource.query(
      `SELECT name, checksum FROM migration_checksum`,
    );
    expect(Object.fromEntries(rows.map((row) => [row.name, row.checksum]))).toEqual(manifest);
    await dataSource.destroy();

    // The same migration, by name and timestamp, with an edited statement.
    class Hardening1764835200000 implements MigrationInterface {
      name = 'Hardening1764835200000';
      async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE person SET (fillfactor = 80)`);
      }
      async down(): Promise<void> {}
    }
    class Later1799999999999 implements MigrationInterface {
      name = 'Later1799999999999';
      async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE later (id int)`);
      }
      async down(): Promise<void> {}
    }
    const tampered = [
      ...migrations.map((Migration) =>
        Migration.name === 'Hardening1764835200000' ? Hardening1764835200000 : Migration,
      ),
      Later1799999999999,
    ] as MigrationList;

    dataSource = await open(database.target, tampered);
    const refusal = migrateDatabase(dataSource);
    await expect(refusal).rejects.toBeInstanceOf(MigrationChecksumError);
    await expect(refusal).rejects.toThrow(
      /^Refusing to start: a migration that already ran on this database has changed since: Hardening1764835200000 \(recorded checksum [0-9a-f]{12}…, now [0-9a-f]{12}…\)\./,
    );
    const [{ later }] = await dataSource.query<Array<{ later: boolean }>>(
      `SELECT to_regclass('later') IS NOT NULL AS later`,
    );
    expect(later).toBe(false);
    await dataSource.destroy();

    // Put back as released, the same database starts and runs what is pending.
    dataSource = await open(database.target, [...migrations, Later1799999999999] as MigrationList);
    await migrateDatabase(dataSource);
    const [{ recorded }] = await dataSource.query<Array<{ recorded: boolean }>>(
      `SELECT count(*)::int AS recorded FROM migration_checksum WHERE name = 'Later1799999999999'`,
    );
    expect(recorded).toBe(1);
  });

  it('brings a database that ran the first-released migrations to the schema of a fresh one', async () => {
    // As the first release migrated it: no checksum table, three migrations in their first form.
    dataSource = await open(database.target, firstReleasedMigrations);
    await dataSource.runMigrations({ transaction: 'all' });
    const [{ name_key: before }] = await dataSource.query<Array<{ name_key: string }>>(
      `INSERT INTO person (full_name, gender, birth_year, commune_code, group_code)
       VALUES (' Trần  Thị Bình ', 'female', 1958, '13669', 'farmer') RETURNING name_key`,
    );
    expect(before).toBe(' tran thi binh ');
    await dataSource.destroy();

    dataSource = await open(database.target);
    await migrateDatabase(dataSource);
    const upgraded = await schemaOf(dataSource);
    const [{ name_key: after }] = await dataSource.query<Array<{ name_key: string }>>(
      `SELECT name_key FROM person`,
    );
    expect(after).toBe('tran thi binh');
    // The checksums that ran before the table existed are taken as they are now.
    const rows: Array<{ name: string; checksum: string }> = await dataSource.query(
      `SELECT name, checksum FROM migration_checksum`,
    );
    expect(Object.fromEntries(rows.map((row) => [row.name, row.checksum]))).toEqual(manifest);
    await dataSource.destroy();

    const fresh = await reopenableDatabase(kind);
    const freshSource = await open(fresh.target);
    try {
      await migrateDatabase(freshSource);
      const expected = await schemaOf(freshSource);
      expect(upgraded.length).toBeGreaterThan(100);
      expect(upgraded).toEqual(expected);
    } finally {
      await freshSource.destroy();
      await fresh.drop();
    }
  });
});
