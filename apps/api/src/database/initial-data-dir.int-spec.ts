import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { jobQueueSchemaSql } from '../modules/jobs/job-queue.sql';
import { writeInitialDataDir } from './cli/initial-data-dir';
import { buildDataSourceOptions, openPglite } from './database.options';
import manifest from './migrations/checksums.json';
import { migrations } from './migrations';
import { migrateDatabase } from './migration-checksums';
import { createPgliteDriver } from './pglite-pool';

jest.setTimeout(240_000);

/**
 * The embedded database a fresh DATA_DIR starts from (built with the API): it must be the database
 * a fresh folder would get the long way, migrated and checksummed, with the job queue's schema.
 * Embedded only: a PostgreSQL server has its own initdb.
 */
describe('the initial embedded database of a fresh data folder', () => {
  let work: string;
  let tarball: string;
  let dataSource: DataSource | undefined;

  const start = async (dataDir: string) => {
    dataSource = new DataSource({
      ...buildDataSourceOptions({ kind: 'embedded' }),
      driver: createPgliteDriver(() => openPglite(dataDir, { initialDataDir: tarball })),
    });
    await dataSource.initialize();
    await migrateDatabase(dataSource);
    return dataSource;
  };

  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'canhgiac-initial-'));
    tarball = path.join(work, 'initial-pgdata.tar.gz');
    expect(await writeInitialDataDir(tarball)).toBeGreaterThan(0);
  });

  afterEach(async () => {
    if (dataSource?.isInitialized) await dataSource.destroy();
    dataSource = undefined;
  });

  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it('starts a fresh folder at the latest migration, checksummed, with the job queue’s schema', async () => {
    const db = await start(path.join(work, 'fresh'));
    expect(fs.existsSync(path.join(work, 'fresh', 'pgdata', 'PG_VERSION'))).toBe(true);
    const ran: Array<{ name: string }> = await db.query(`SELECT name FROM migrations`);
    expect(ran.map((row) => row.name).sort()).toEqual(migrations.map((m) => m.name).sort());
    const checksums: Array<{ name: string; checksum: string }> = await db.query(
      `SELECT name, checksum FROM migration_checksum`,
    );
    expect(Object.fromEntries(checksums.map((row) => [row.name, row.checksum]))).toEqual(manifest);
    const [{ version }] = await db.query<Array<{ version: number }>>(
      `SELECT version FROM pgboss.version`,
    );
    // The version this pg-boss makes, so its start on the folder has nothing to create or migrate.
    expect(jobQueueSchemaSql()).toContain(
      `INSERT INTO pgboss.version(version) VALUES ('${version}')`,
    );
    // The extensions the schema uses work, as on a folder made by initdb.
    const [{ folded }] = await db.query<Array<{ folded: string }>>(
      `SELECT unaccent('Trần Thị Bình') AS folded`,
    );
    expect(folded).toBe('Tran Thi Binh');
  });

  it('opens a folder that has a database as it is, never over it', async () => {
    const dataDir = path.join(work, 'kept');
    let db = await start(dataDir);
    await db.query(`INSERT INTO app_setting (key, value) VALUES ('kept', '"yes"'::jsonb)`);
    await db.destroy();

    db = await start(dataDir);
    const rows: Array<{ value: string }> = await db.query(
      `SELECT value FROM app_setting WHERE key = 'kept'`,
    );
    expect(rows).toEqual([{ value: 'yes' }]);
  });
});
