import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { EntityManager } from 'typeorm';

export type CopyValue = string | number | boolean | null;

const COPY_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '\t': '\\t',
  '\n': '\\n',
  '\r': '\\r',
};
const COPY_SPECIAL = /[\\\t\n\r]/u;
const COPY_SPECIALS = /[\\\t\n\r]/gu;

/** COPY's text format: tab-separated, \N for null, backslash escapes. */
function copyLine(values: CopyValue[]): string {
  let line = '';
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i];
    let text = value === null ? '\\N' : String(value);
    // Most values hold nothing to escape: they are tested once rather than replaced four times.
    if (value !== null && COPY_SPECIAL.test(text))
      text = text.replace(COPY_SPECIALS, (c) => COPY_ESCAPES[c]);
    line += i === 0 ? text : `\t${text}`;
  }
  return `${line}\n`;
}

const BATCH = 2_000;

/**
 * Loads rows into a table inside the caller's transaction, as fast as the database allows:
 * COPY FROM STDIN on PostgreSQL (the physical limit of a load), and batches of one
 * `INSERT … SELECT FROM jsonb_to_recordset` on the embedded database, which has no COPY FROM STDIN.
 * Rows stream through, in the batches `rows` gives them in: only a few batches are in memory at a
 * time.
 */
export async function bulkLoad(
  manager: EntityManager,
  table: string,
  columns: Array<{ name: string; type: string }>,
  rows: AsyncIterable<CopyValue[][]>,
): Promise<number> {
  const connection = (await manager.queryRunner?.connect()) as unknown;
  let count = 0;
  if (connection instanceof Client) {
    const copy = connection.query(
      copyFrom(`COPY ${table} (${columns.map((c) => c.name).join(', ')}) FROM STDIN`),
    );
    // COPY messages of about 64 KiB rather than one per row. When the source fails (a broken
    // upload), the COPY is still finished cleanly and the failure raised after it: a COPY left
    // half-open would keep the connection busy forever. The caller's transaction rolls it back.
    let failure: unknown;
    async function* lines() {
      let chunk = '';
      try {
        for await (const batch of rows) {
          for (const row of batch) chunk += copyLine(row);
          count += batch.length;
          if (chunk.length >= 65_536) {
            yield chunk;
            chunk = '';
          }
        }
      } catch (error) {
        failure = error;
      }
      if (chunk) yield chunk;
    }
    await pipeline(Readable.from(lines()), copy);
    if (failure !== undefined) throw failure;
    return count;
  }
  const recordType = columns.map((c) => `${c.name} ${c.type}`).join(', ');
  const names = columns.map((c) => c.name).join(', ');
  let batch: Array<Record<string, CopyValue>> = [];
  const flush = async () => {
    if (batch.length === 0) return;
    await manager.query(
      `INSERT INTO ${table} (${names}) SELECT ${names} FROM jsonb_to_recordset($1::jsonb) AS r(${recordType})`,
      [JSON.stringify(batch)],
    );
    batch = [];
  };
  for await (const given of rows) {
    for (const row of given)
      batch.push(Object.fromEntries(columns.map((c, i) => [c.name, row[i]])));
    count += given.length;
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return count;
}
