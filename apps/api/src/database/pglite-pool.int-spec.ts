import { createMigratedDataSource } from '../../test/support/test-database';

describe('embedded database pool', () => {
  let db: Awaited<ReturnType<typeof createMigratedDataSource>>;

  beforeAll(async () => {
    db = await createMigratedDataSource('embedded');
    await db.dataSource.query(`CREATE TABLE pool_probe (n int PRIMARY KEY)`);
  });
  afterAll(() => db.close());

  it('keeps concurrent transactions apart: a rolled-back one leaves nothing, a committed one stays', async () => {
    const failing = db.dataSource.transaction(async (manager) => {
      await manager.query(`INSERT INTO pool_probe VALUES (1)`);
      await new Promise((resolve) => setTimeout(resolve, 20));
      throw new Error('abandon');
    });
    const succeeding = db.dataSource.transaction(async (manager) => {
      await manager.query(`INSERT INTO pool_probe VALUES (2)`);
    });
    await expect(failing).rejects.toThrow('abandon');
    await succeeding;
    const rows: Array<{ n: number }> = await db.dataSource.query(
      `SELECT n FROM pool_probe ORDER BY n`,
    );
    expect(rows).toEqual([{ n: 2 }]);
  });

  it('serves many concurrent queries in order without losing any', async () => {
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        db.dataSource.query<Array<{ n: number }>>(`SELECT $1::int AS n`, [i]),
      ),
    );
    expect(results.map((rows) => rows[0].n)).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });

  it('returns 64-bit counts, numerics and dates as node-postgres does', async () => {
    const [row] = await db.dataSource.query<Array<Record<string, unknown>>>(
      `SELECT count(*) AS c, 1.50::numeric AS n, DATE '2025-03-01' AS d`,
    );
    expect(row).toEqual({ c: '1', n: '1.50', d: '2025-03-01' });
  });
});
