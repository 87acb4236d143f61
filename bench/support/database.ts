import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** The PostgreSQL server the benchmarks use, as an administration URL. */
export const serverUrl =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';

/** A database of its own on the server, created for one benchmark run and dropped after it. */
export interface BenchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

export async function createBenchDatabase(prefix: string): Promise<BenchDatabase> {
  const name = `canhgiac_bench_${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () =>
      withClient(serverUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
      ).then(() => undefined),
  };
}

export async function withClient<T>(url: string, use: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

export async function serverVersion(): Promise<string> {
  return withClient(
    serverUrl,
    async (c) =>
      (await c.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version,
  );
}

/**
 * Flushes dirty pages before a timed phase, so one phase does not pay for the previous one's
 * writes. Needs superuser or pg_checkpoint; without them the run goes on unflushed.
 */
export async function checkpoint(client: Client): Promise<void> {
  try {
    await client.query('CHECKPOINT');
  } catch (error) {
    if ((error as { code?: string }).code !== '42501') throw error; // insufficient_privilege
  }
}
