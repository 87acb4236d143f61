import * as fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { checkpoint } from './database';

/** The staging table's columns and types (registration-import.service.ts), with no index and no generated column. */
const COLUMNS = `row_no integer NOT NULL, full_name text NOT NULL, gender text NOT NULL, birth_year smallint NOT NULL,
  phone varchar(10), commune_code varchar(10) NOT NULL, group_code text NOT NULL, organization_id uuid`;
const NAMES =
  'row_no, full_name, gender, birth_year, phone, commune_code, group_code, organization_id';

/**
 * The physical limit: the same rows, already normalized, streamed from disk by COPY FROM STDIN
 * into a fresh, ordinary (logged) table without indexes. Returns the seconds the COPY took.
 */
export async function timeRawCopy(
  client: Client,
  copyPath: string,
  run: number,
): Promise<{ seconds: number; rows: number }> {
  const table = `bench_copy_${run}`;
  await client.query(`DROP TABLE IF EXISTS ${table}`);
  await client.query(`CREATE TABLE ${table} (${COLUMNS})`);
  await checkpoint(client);
  const started = process.hrtime.bigint();
  const copy = client.query(copyFrom(`COPY ${table} (${NAMES}) FROM STDIN`));
  await pipeline(fs.createReadStream(copyPath, { highWaterMark: 1 << 16 }), copy);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rows = copy.rowCount;
  await client.query(`DROP TABLE ${table}`);
  return { seconds, rows };
}
