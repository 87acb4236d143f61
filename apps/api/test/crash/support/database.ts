import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import { openPglite } from '../../../src/database/database.options';

export type CrashDbKind = 'postgres' | 'embedded';

/** PostgreSQL when TEST_DATABASE_URL is set, otherwise the embedded database in a temporary DATA_DIR. */
export const crashDbKind = (): CrashDbKind =>
  process.env.TEST_DATABASE_URL ? 'postgres' : 'embedded';

/** The test's own sessions carry this name, so that watching the server's sessions leaves them out. */
const TEST_APPLICATION = 'canhgiac-crash-test';

export type Query = <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;

/** The URL of database `name` on the server of TEST_DATABASE_URL. */
export function databaseUrl(name: string): string {
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${name}`;
  return url.toString();
}

export function uniqueName(label: string): string {
  return `canhgiac_${label}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
}

async function withAdmin<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createPostgresDatabase(name: string): Promise<string> {
  await withAdmin((client) => client.query(`CREATE DATABASE ${name}`));
  return databaseUrl(name);
}

export async function dropPostgresDatabase(name: string): Promise<void> {
  await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

/**
 * A fresh database for one scenario: a new database on the PostgreSQL server, or a new
 * temporary DATA_DIR for the embedded one. `sql` reads and writes it directly; on the embedded
 * database that opens the data directory, so the server must not be running.
 */
export class TestDb {
  private constructor(
    readonly kind: CrashDbKind,
    readonly name: string,
    readonly url: string | undefined,
    readonly dataDir: string | undefined,
  ) {}

  static async create(kind: CrashDbKind, label: string): Promise<TestDb> {
    const name = uniqueName(label);
    if (kind === 'postgres')
      return new TestDb(kind, name, await createPostgresDatabase(name), undefined);
    return new TestDb(kind, name, undefined, fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`)));
  }

  /** An embedded database in an existing DATA_DIR (e.g. one an import script wrote). */
  static embeddedAt(dataDir: string): TestDb {
    return new TestDb('embedded', path.basename(dataDir), undefined, dataDir);
  }

  static postgresNamed(name: string): TestDb {
    return new TestDb('postgres', name, databaseUrl(name), undefined);
  }

  /** What the server needs to use this database. */
  serverEnv(): Record<string, string> {
    return this.kind === 'postgres' ? { DATABASE_URL: this.url! } : { DATA_DIR: this.dataDir! };
  }

  async sql<T>(fn: (query: Query) => Promise<T>): Promise<T> {
    if (this.kind === 'postgres') {
      const client = new Client({ connectionString: this.url, application_name: TEST_APPLICATION });
      client.on('error', () => undefined);
      await client.connect();
      try {
        return await fn(async (text, params) => (await client.query(text, params)).rows);
      } finally {
        await client.end();
      }
    }
    const db = await openPglite(this.dataDir);
    try {
      return await fn(
        async <R>(text: string, params?: unknown[]) => (await db.query<R>(text, params)).rows,
      );
    } finally {
      await db.close();
    }
  }

  async drop(): Promise<void> {
    if (this.kind === 'postgres') await dropPostgresDatabase(this.name);
    else fs.rmSync(this.dataDir!, { recursive: true, force: true });
  }
}

/**
 * A second connection to a PostgreSQL test database that watches the server's sessions in
 * pg_stat_activity, to kill the server while a given statement runs.
 */
export class ActivityMonitor {
  private constructor(private readonly client: Client) {}

  static async open(url: string): Promise<ActivityMonitor> {
    const client = new Client({ connectionString: url, application_name: TEST_APPLICATION });
    // Dropping the database at the end terminates this session; that is no error of the test.
    client.on('error', () => undefined);
    await client.connect();
    return new ActivityMonitor(client);
  }

  /** The other sessions on this database: pid, state, the start of the query. */
  async sessions(): Promise<
    Array<{ pid: number; state: string | null; xact: boolean; query: string }>
  > {
    const { rows } = await this.client.query(
      `SELECT pid, state, xact_start IS NOT NULL AS xact, query FROM pg_stat_activity
       WHERE datname = current_database() AND backend_type = 'client backend' AND application_name <> $1`,
      [TEST_APPLICATION],
    );
    return rows;
  }

  /** Polls until a session runs a statement matching `pattern`; resolves with it, or undefined when `until` says stop. */
  async waitForStatement(
    pattern: RegExp,
    until: () => boolean,
    intervalMs = 10,
  ): Promise<string | undefined> {
    for (;;) {
      if (until()) return undefined;
      const hit = (await this.sessions()).find(
        (s) => s.state === 'active' && pattern.test(s.query),
      );
      if (hit) return hit.query;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }

  /** After a crash, waits until the dead server's backends have noticed and gone (their work rolled back). */
  async waitForNoSessions(pids: number[], timeoutMs = 60_000): Promise<number> {
    const started = Date.now();
    for (;;) {
      const { rows } = await this.client.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE pid = ANY ($1::int[])`,
        [pids],
      );
      if (rows[0].n === 0) return Date.now() - started;
      if (Date.now() - started > timeoutMs)
        throw new Error(
          `${rows[0].n} backends of the killed server still alive after ${timeoutMs} ms`,
        );
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async close(): Promise<void> {
    await this.client.end().catch(() => undefined);
  }
}

/**
 * Waits for `work` at most `ms`; true when it finished. For dropping test databases: DROP
 * DATABASE waits until every backend of the cluster has absorbed a signal barrier, and a backend
 * blocked in COPY FROM STDIN on a stalled client (another test's hung upload) does not absorb it
 * for minutes. The drop then finishes in the background instead of failing the suite.
 */
export async function within(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([work.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
