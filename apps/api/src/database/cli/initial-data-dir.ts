import 'reflect-metadata';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { jobQueueSchemaSql } from '../../modules/jobs/job-queue.sql';
import { INITIAL_DATA_DIR, buildDataSourceOptions, openPglite } from '../database.options';
import { migrateDatabase } from '../migration-checksums';
import { createPgliteDriver } from '../pglite-pool';

/**
 * Writes the embedded database a fresh DATA_DIR starts from (see INITIAL_DATA_DIR): an in-memory
 * PGlite, initdb'd, migrated as a start migrates, with the job queue's schema, dumped as a
 * gzipped tar. Run by the build after tsc, so the file always matches the migrations and the
 * PGlite version it ships with; it holds no data of any installation and no secret.
 * `node dist/database/cli/initial-data-dir.js [file]`.
 */
export async function writeInitialDataDir(file: string): Promise<number> {
  const driver = createPgliteDriver(() => openPglite(undefined, { initialDataDir: '' }));
  const dataSource = new DataSource({
    ...buildDataSourceOptions({ kind: 'embedded' }),
    driver,
  });
  await dataSource.initialize();
  try {
    await migrateDatabase(dataSource);
    await dataSource.query(jobQueueSchemaSql());
    const db = await driver.database();
    await db.exec('CHECKPOINT');
    const dump = await db.dumpDataDir('gzip');
    const bytes = Buffer.from(await dump.arrayBuffer());
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(`${file}.tmp`, bytes);
    fs.renameSync(`${file}.tmp`, file);
    return bytes.length;
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  const file = path.resolve(process.argv[2] ?? INITIAL_DATA_DIR);
  writeInitialDataDir(file).then(
    (bytes) => process.stdout.write(`${file}: ${(bytes / 1024 / 1024).toFixed(1)} MB\n`),
    (error: unknown) => {
      process.stderr.write(
        `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exit(1);
    },
  );
}
