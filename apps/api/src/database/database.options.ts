import * as fs from 'node:fs';
import * as path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { types as pgTypes } from 'pg';
import type { DataSourceOptions } from 'typeorm';
import type { DatabaseTarget } from '../config/env.schema';
import { createPgliteDriver, pgliteParsers } from './pglite-pool';
import { embeddedStartArguments } from './pglite-settings';
import { migrations } from './migrations';

// node-postgres parses `date` into a local-midnight Date; the product means a calendar day.
pgTypes.setTypeParser(pgTypes.builtins.DATE, (value) => value);

/**
 * The embedded database as a fresh folder gets it: PostgreSQL's initdb done, every migration run
 * and checksummed, the job queue's schema made. The build writes it (cli/initial-data-dir.ts)
 * beside the compiled code; a first start unpacks it instead of running initdb and the
 * migrations, which is most of a first start's time. Absent (tests, `pnpm dev`), a fresh folder
 * is made the long way. Either way the migrations then run as on any start, so a file built
 * before the latest migration only leaves it to run.
 */
export const INITIAL_DATA_DIR = path.join(__dirname, 'initial-pgdata.tar.gz');

/**
 * Opens (creating if needed) the embedded PostgreSQL in `dataDir`, with the extensions the schema
 * uses. A folder without a database starts from `initialDataDir` when that file exists.
 */
export async function openPglite(
  dataDir: string | undefined,
  { initialDataDir = INITIAL_DATA_DIR }: { initialDataDir?: string } = {},
): Promise<PGlite> {
  // PGlite is ESM; loaded lazily so the PostgreSQL path never pays for it.
  const [{ PGlite }, { unaccent }, { pg_trgm }, { btree_gist }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/unaccent'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
    import('@electric-sql/pglite/contrib/btree_gist'),
  ]);
  const pgdata = dataDir ? path.join(dataDir, 'pgdata') : undefined;
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
  const fresh = !pgdata || !fs.existsSync(path.join(pgdata, 'PG_VERSION'));
  const loadDataDir =
    fresh && fs.existsSync(initialDataDir)
      ? new Blob([fs.readFileSync(initialDataDir)])
      : undefined;
  const db = await PGlite.create(pgdata, {
    extensions: { unaccent, pg_trgm, btree_gist },
    parsers: pgliteParsers,
    loadDataDir,
    startParams: [...PGlite.defaultStartParams, ...embeddedStartArguments()],
  });
  return db as unknown as PGlite;
}

/**
 * The same migrations serve PostgreSQL and the embedded database; only the driver
 * differs. `synchronize` is never on: the schema comes from migrations alone.
 */
export function buildDataSourceOptions(target: DatabaseTarget): DataSourceOptions {
  const common = {
    type: 'postgres' as const,
    // No entities: the SQL is written by hand (ADR 0016); TypeORM runs it, its transactions and the migrations.
    entities: [],
    migrations,
    migrationsRun: false,
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    installExtensions: false,
    // Failures reach the error filter, which logs what is ours; constraint refusals are answers, not errors.
    logging: false,
  };
  if (target.kind === 'postgres') {
    return { ...common, url: target.url, poolSize: 10, extra: { connectionTimeoutMillis: 10_000 } };
  }
  const driver = createPgliteDriver(() => openPglite(target.dataDir));
  return { ...common, driver };
}
