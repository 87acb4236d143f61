import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import type { DatabaseTarget } from '../../src/config/env.schema';
import { buildDataSourceOptions } from '../../src/database/database.options';
import { migrateDatabase } from '../../src/database/migration-checksums';

export type TestDatabaseKind = 'embedded' | 'postgres';

/**
 * The databases every SQL test runs against: the embedded one always, and PostgreSQL too
 * whenever TEST_DATABASE_URL is set (CI sets it).
 */
export function testDatabaseKinds(): TestDatabaseKind[] {
  return process.env.TEST_DATABASE_URL ? ['embedded', 'postgres'] : ['embedded'];
}

export interface TestDatabase {
  target: DatabaseTarget;
  /** Drops what the test created; nothing is left behind. */
  drop(): Promise<void>;
}

/** A fresh, empty database: an in-memory embedded one, or a new database on the PostgreSQL server. */
export async function createTestDatabase(kind: TestDatabaseKind): Promise<TestDatabase> {
  if (kind === 'embedded') return { target: { kind: 'embedded' }, drop: async () => undefined };
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `canhgiac_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    target: { kind: 'postgres', url: url.toString() },
    drop: async () => {
      const client = new Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** A migrated data source on a fresh database, for integration tests of repositories and services. */
export async function createMigratedDataSource(kind: TestDatabaseKind) {
  const database = await createTestDatabase(kind);
  const dataSource = new DataSource(buildDataSourceOptions(database.target));
  await dataSource.initialize();
  await migrateDatabase(dataSource);
  return {
    dataSource,
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await database.drop();
    },
  };
}
