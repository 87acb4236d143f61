/**
 * Compiled by `pnpm typecheck`, never run: hand-written SQL gives no `any`.
 */
import type { DataSource, EntityManager } from 'typeorm';

export async function rowsAreUnknownUntilTyped(manager: EntityManager, dataSource: DataSource) {
  const untyped = await manager.query('SELECT 1 AS n');
  // @ts-expect-error rows of no declared type are unknown, not any
  void untyped.length;
  const alsoUntyped = await dataSource.query('SELECT 1 AS n');
  // @ts-expect-error the same through the DataSource
  void alsoUntyped[0];
  const typed = await manager.query<Array<{ n: number }>>('SELECT 1 AS n');
  const n: number = typed[0].n;
  // @ts-expect-error a declared row type holds every use of it
  const wrong: string = typed[0].n;
  return [n, wrong];
}
