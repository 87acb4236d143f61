import { createHash } from 'node:crypto';
import type { DataSource, MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A migration that has run is never edited (ADR 0004): a database that already ran it would never
 * get the change. As Flyway does, each migration's checksum is recorded when it runs, and the
 * application refuses to start when a migration that ran on this database has changed since.
 *
 * The checksum covers what the migration does, not how its file is written: the SQL statements
 * its `up` sends, with their parameters, in order, recorded by running `up` against a query
 * runner that only listens. That is the same whether the code runs compiled by tsc (dist/) or
 * by swc (tests, `pnpm dev`), survives reformatting and comments, and still changes when a
 * statement, a literal or the reference data a migration inserts changes.
 * Migrations therefore send SQL through `queryRunner.query` only, and decide nothing from the
 * results in TypeScript: a condition goes into the SQL (a DO block, IF NOT EXISTS). A result a
 * migration passes on (`RETURNING id` into the next statement) is recorded as a placeholder
 * naming the statement and column it came from.
 */

/** The table that keeps each executed migration's checksum. */
export const CHECKSUM_TABLE = 'migration_checksum';

type MigrationLike = MigrationInterface & { name?: string };

export function migrationName(migration: MigrationLike): string {
  return migration.name ?? migration.constructor.name;
}

/** The statements a migration's `up` sends, with their parameters, without touching a database. */
export async function migrationStatements(
  migration: MigrationLike,
): Promise<Array<[string, unknown[]]>> {
  const statements: Array<[string, unknown[]]> = [];
  const name = migrationName(migration);
  const recorder = new Proxy(
    {},
    {
      get(_target, property) {
        if (property === 'query') {
          return async (sql: string, parameters?: unknown[]) => {
            statements.push([sql, parameters ?? []]);
            const statement = statements.length;
            const row = new Proxy(
              {},
              {
                get: (_row, column) =>
                  column === 'then'
                    ? undefined
                    : `<result of statement ${statement}: ${String(column)}>`,
              },
            );
            return [row];
          };
        }
        if (property === 'then') return undefined;
        throw new Error(
          `Migration ${name} uses queryRunner.${String(property)}; migrations send their SQL through queryRunner.query only, so that their checksum covers what they do.`,
        );
      },
    },
  );
  await migration.up(recorder as QueryRunner);
  return statements;
}

/** SHA-256, hexadecimal, of the statements a migration's `up` sends. */
export async function migrationChecksum(migration: MigrationLike): Promise<string> {
  const statements = await migrationStatements(migration);
  return createHash('sha256').update(JSON.stringify(statements)).digest('hex');
}

/** A migration that ran on this database has changed since: the application must not start. */
export class MigrationChecksumError extends Error {
  constructor(readonly changed: Array<{ name: string; recorded: string; current: string }>) {
    super(
      `Refusing to start: ${changed.length === 1 ? 'a migration that already ran on this database has' : 'migrations that already ran on this database have'} changed since: ` +
        changed
          .map(
            (c) =>
              `${c.name} (recorded checksum ${c.recorded.slice(0, 12)}…, now ${c.current.slice(0, 12)}…)`,
          )
          .join(', ') +
        '. A database never runs a migration twice, so the change would never reach it. Restore the migration as it was released and put the change in a new migration (docs/adr/0004).',
    );
    this.name = 'MigrationChecksumError';
  }
}

async function recordedChecksums(dataSource: DataSource): Promise<Map<string, string>> {
  const [{ present }] = await dataSource.query<Array<{ present: boolean }>>(
    `SELECT to_regclass($1) IS NOT NULL AS present`,
    [CHECKSUM_TABLE],
  );
  if (!present) return new Map();
  const rows: Array<{ name: string; checksum: string }> = await dataSource.query(
    `SELECT name, checksum FROM ${CHECKSUM_TABLE}`,
  );
  return new Map(rows.map((row) => [row.name, row.checksum]));
}

/** Refuses, before anything runs, if a migration recorded on this database has changed. */
export async function verifyMigrationChecksums(dataSource: DataSource): Promise<void> {
  const recorded = await recordedChecksums(dataSource);
  const changed: Array<{ name: string; recorded: string; current: string }> = [];
  for (const migration of dataSource.migrations) {
    const name = migrationName(migration);
    const checksum = recorded.get(name);
    if (checksum === undefined) continue;
    const current = await migrationChecksum(migration);
    if (current !== checksum) changed.push({ name, recorded: checksum, current });
  }
  if (changed.length > 0) throw new MigrationChecksumError(changed);
}

/**
 * Records the checksum of every executed migration that has none yet: those that just ran, and,
 * the first time, those that ran before checksums were kept (taken as they are now: the baseline).
 * A migration this version does not know (a database used by a newer version) is left alone.
 */
export async function recordMigrationChecksums(dataSource: DataSource): Promise<void> {
  const recorded = await recordedChecksums(dataSource);
  const executed: Array<{ name: string }> = await dataSource.query(`SELECT name FROM migrations`);
  const ran = new Set(executed.map((row) => row.name));
  const missing = dataSource.migrations.filter(
    (m) => ran.has(migrationName(m)) && !recorded.has(migrationName(m)),
  );
  if (missing.length === 0) return;
  const names: string[] = [];
  const checksums: string[] = [];
  for (const migration of missing) {
    names.push(migrationName(migration));
    checksums.push(await migrationChecksum(migration));
  }
  await dataSource.query(
    `INSERT INTO ${CHECKSUM_TABLE} (name, checksum) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT (name) DO NOTHING`,
    [names, checksums],
  );
}

/** The names in TypeORM's table of executed migrations; none when it does not exist yet. */
async function executedMigrations(dataSource: DataSource): Promise<Set<string>> {
  const [{ present }] = await dataSource.query<Array<{ present: boolean }>>(
    `SELECT to_regclass('migrations') IS NOT NULL AS present`,
  );
  if (!present) return new Set();
  const rows: Array<{ name: string }> = await dataSource.query(`SELECT name FROM migrations`);
  return new Set(rows.map((row) => row.name));
}

/**
 * What the application does with its database on start: refuse if a migration that ran has
 * changed, run the pending migrations in one transaction, record their checksums.
 * A database that has run every migration this version knows (most starts) is told by one read
 * of the migrations table; TypeORM's own check asks information_schema, which the embedded
 * database takes about a third of a second to answer the first time.
 */
export async function migrateDatabase(dataSource: DataSource): Promise<void> {
  await verifyMigrationChecksums(dataSource);
  const executed = await executedMigrations(dataSource);
  if (dataSource.migrations.some((migration) => !executed.has(migrationName(migration))))
    await dataSource.runMigrations({ transaction: 'all' });
  await recordMigrationChecksums(dataSource);
}
