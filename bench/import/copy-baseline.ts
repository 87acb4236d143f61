import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import { Readable } from 'node:stream';
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

/**
 * A second, stricter limit: the same rows COPYed into tables shaped like the product's (`LIKE
 * person` and `LIKE registration` with all their indexes, defaults, generated columns and checks,
 * and the registration's foreign keys). It is what persisting these rows costs at least, before
 * any matching; the bare-table COPY above ignores that cost.
 */
export async function timeShapedCopy(
  client: Client,
  copyPath: string,
  conferenceId: string,
  userId: string,
  run: number | string,
  /** What to leave out, to measure what it costs: one index of `person` or `registration` (its definition on the product's table), or all the foreign keys. */
  without?: { index: string } | { foreignKeys: true },
): Promise<{ seconds: number; rows: number }> {
  const person = `bench_person_${run}`;
  const registration = `bench_registration_${run}`;
  await client.query(`DROP TABLE IF EXISTS ${registration}, ${person}`);
  if (without && 'index' in without) {
    // The product's tables without their indexes, then each index but the one left out, from
    // its definition (a unique constraint's index costs what the constraint costs).
    await client.query(`CREATE TABLE ${person} (LIKE person INCLUDING ALL EXCLUDING INDEXES)`);
    await client.query(
      `CREATE TABLE ${registration} (LIKE registration INCLUDING ALL EXCLUDING INDEXES)`,
    );
    await client.query(`ALTER TABLE ${person} ADD PRIMARY KEY (id)`);
    const { rows } = await client.query<{ sql: string }>(
      `SELECT regexp_replace(indexdef, ' INDEX (\\S+) ON public\\.(\\S+) ', ' INDEX \\1_b ON public.bench_\\2_' || $2 || ' ') AS sql
       FROM pg_indexes
       WHERE schemaname = 'public' AND tablename IN ('person', 'registration')
         AND indexname NOT IN ('person_pkey', $1)`,
      [without.index, String(run)],
    );
    for (const { sql } of rows) await client.query(sql);
  } else {
    await client.query(`CREATE TABLE ${person} (LIKE person INCLUDING ALL)`);
    await client.query(`CREATE TABLE ${registration} (LIKE registration INCLUDING ALL)`);
  }
  if (!(without && 'foreignKeys' in without))
    await client.query(
      `ALTER TABLE ${registration} ADD FOREIGN KEY (person_id) REFERENCES ${person} (id),
         ADD FOREIGN KEY (conference_id) REFERENCES conference (id),
         ADD FOREIGN KEY (organization_id) REFERENCES organization (id),
         ADD FOREIGN KEY (created_by) REFERENCES app_user (id)`,
    );
  // Give every row an id as a client would, and keep the registrations for the second COPY.
  const lines = fs.readFileSync(copyPath, 'utf8').split('\n').filter(Boolean);
  const people: string[] = [];
  const registrations: string[] = [];
  for (const line of lines) {
    const [, fullName, gender, birthYear, phone, commune, group, organization] = line.split('\t');
    const id = randomUUID();
    people.push(
      `${id}\t${fullName}\t${gender}\t${birthYear}\t${phone}\t${commune}\t${organization}\t${group}\timport\n`,
    );
    registrations.push(`${conferenceId}\t${id}\t${organization}\t${userId}\n`);
  }
  await checkpoint(client);
  const started = process.hrtime.bigint();
  const copyPeople = client.query(
    copyFrom(
      `COPY ${person} (id, full_name, gender, birth_year, phone, commune_code, organization_id, group_code, consent_source) FROM STDIN`,
    ),
  );
  await pipeline(Readable.from(chunks(people)), copyPeople);
  const copyRegistrations = client.query(
    copyFrom(
      `COPY ${registration} (conference_id, person_id, organization_id, created_by) FROM STDIN`,
    ),
  );
  try {
    await pipeline(Readable.from(chunks(registrations)), copyRegistrations);
  } catch (error) {
    // Two of 100,000 random check-in codes clash about once in 200 runs (the product retries
    // from a savepoint): this measure is then taken again.
    const constraint = (error as { constraint?: string }).constraint ?? '';
    if (!constraint.endsWith('check_in_code_key')) throw error;
    await client.query(`DROP TABLE ${registration}, ${person}`);
    return timeShapedCopy(client, copyPath, conferenceId, userId, run, without);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await client.query(`DROP TABLE ${registration}, ${person}`);
  return { seconds, rows: copyRegistrations.rowCount };
}

function* chunks(lines: string[]): Generator<string> {
  for (let i = 0; i < lines.length; i += 1000) yield lines.slice(i, i + 1000).join('');
}

/**
 * What each index of `person` and `registration`, and the registration's foreign keys, add to the
 * COPY into product-shaped tables: the shaped COPY timed with everything, then without each in
 * turn, alternating, best of `runs`. The person's primary key stays (the foreign key needs it).
 */
export async function indexCosts(
  client: Client,
  copyPath: string,
  conferenceId: string,
  userId: string,
  runs: number,
): Promise<{ all: number; costs: Array<{ name: string; table: string; seconds: number }> }> {
  const { rows: indexes } = await client.query<{ name: string; table: string }>(
    `SELECT indexname AS name, tablename AS table FROM pg_indexes
     WHERE schemaname = 'public' AND tablename IN ('person', 'registration') AND indexname <> 'person_pkey'
     ORDER BY tablename, indexname`,
  );
  const variants: Array<{
    name: string;
    table: string;
    without?: Parameters<typeof timeShapedCopy>[5];
  }> = [
    { name: 'everything', table: '' },
    ...indexes.map((i) => ({ ...i, without: { index: i.name } })),
    {
      name: 'foreign keys of registration',
      table: 'registration',
      without: { foreignKeys: true as const },
    },
  ];
  const best = new Map<string, number>();
  for (let round = 0; round < runs; round += 1)
    for (const v of variants) {
      const { seconds } = await timeShapedCopy(
        client,
        copyPath,
        conferenceId,
        userId,
        `cost`,
        v.without,
      );
      best.set(v.name, Math.min(best.get(v.name) ?? Infinity, seconds));
    }
  const all = best.get('everything')!;
  return {
    all,
    costs: variants
      .slice(1)
      .map((v) => ({ name: v.name, table: v.table, seconds: all - best.get(v.name)! }))
      .sort((a, b) => b.seconds - a.seconds),
  };
}
