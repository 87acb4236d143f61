import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** A database of its own on the PostgreSQL server, created for one benchmark run and dropped after it. */
export interface BenchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

export async function createBenchDatabase(serverUrl: string): Promise<BenchDatabase> {
  const name = `canhgiac_bench_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
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

/**
 * Waits until the product's background work on earlier changes is done: the rollups of the last
 * run's registrations and of their removal, refreshed within seconds of a change. Otherwise that
 * refresh runs beside the next measurement and slows it by a varying amount.
 */
export async function waitForRollups(client: Client): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const { rows } = await client.query<{ pending: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM rollup_dirty) AS pending`,
    );
    if (!rows[0].pending) return;
    if (Date.now() > deadline) throw new Error('the rollups still had work after two minutes');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
