import { createHash } from 'node:crypto';
import { Client, type QueryResultRow } from 'pg';
import type { Page } from '@canhgiac/contracts';
import { type DataSource, type EntityManager, QueryFailedError } from 'typeorm';

/** Escapes LIKE wildcards so a search for "50%" means the characters, not a pattern. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/gu, (char) => `\\${char}`);
}

/** The SQLSTATE of a failed statement (`23505` unique violation, `23P01` exclusion), if it is one. */
export function sqlState(error: unknown): string | undefined {
  return error instanceof QueryFailedError
    ? (error.driverError as { code?: string }).code
    : undefined;
}

/** The constraint a failed statement named (a check, a unique index, a trigger's own name). */
export function constraintOf(error: unknown): string | undefined {
  return error instanceof QueryFailedError
    ? (error.driverError as { constraint?: string }).constraint
    : undefined;
}

/**
 * Runs a `DELETE …` (without RETURNING) and answers how many rows it deleted. TypeORM answers a
 * bare DELETE with no count, so the statement goes inside a CTE.
 */
export async function deleteCounted(
  manager: EntityManager,
  deleteSql: string,
  params: unknown[] = [],
): Promise<number> {
  const [{ count }] = await manager.query<Array<{ count: number }>>(
    `WITH gone AS (${deleteSql} RETURNING 1) SELECT count(*)::int AS count FROM gone`,
    params,
  );
  return count;
}

/** The offset of a page, for `LIMIT pageSize OFFSET …`. */
export function pageOffset(page: number, pageSize: number): number {
  return (page - 1) * pageSize;
}

/**
 * A page of a list and the total it is a page of, as two statements side by side: `items` is the
 * list's statement with its ORDER BY (LIMIT and OFFSET are added), `counted` what follows FROM
 * for the total, with the same WHERE and `params`. `map` turns a row into the item.
 */
export async function queryPage<Row, Item = Row>(
  source: DataSource,
  statement: { items: string; counted: string },
  params: unknown[],
  paging: { page: number; pageSize: number },
  map: (row: Row) => Item = (row) => row as unknown as Item,
): Promise<Page<Item>> {
  const [rows, [{ total }]] = await Promise.all([
    source.query(`${statement.items} LIMIT $${params.length + 1} OFFSET $${params.length + 2}`, [
      ...params,
      paging.pageSize,
      pageOffset(paging.page, paging.pageSize),
    ]) as Promise<Row[]>,
    source.query(`SELECT count(*)::int AS total FROM ${statement.counted}`, params) as Promise<
      Array<{ total: number }>
    >,
  ]);
  return { items: rows.map(map), total, page: paging.page, pageSize: paging.pageSize };
}

/**
 * Runs a statement on a hot path as a named prepared statement on PostgreSQL, so that each pooled
 * connection plans it once instead of on every request (planning a statement of several CTEs
 * costs about as much as running it). The name is derived from the text, so every variant of a
 * statement (by scope, by key) is prepared apart. The embedded database has one session and
 * plans cheaply; there the statement runs as usual. Errors surface as TypeORM's QueryFailedError,
 * like those of `manager.query`.
 */
export async function queryPrepared<T>(
  manager: EntityManager,
  text: string,
  params: unknown[],
): Promise<T[]> {
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  const owned = !manager.queryRunner;
  try {
    const connection: unknown = await runner.connect();
    if (!(connection instanceof Client)) return (await runner.query(text, params)) as T[];
    const name = `prepared_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    try {
      return (await connection.query<T & QueryResultRow>({ name, text, values: params })).rows;
    } catch (error) {
      throw new QueryFailedError(text, params, error as Error);
    }
  } finally {
    if (owned) await runner.release();
  }
}
