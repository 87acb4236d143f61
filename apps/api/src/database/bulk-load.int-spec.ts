import { DataSource } from 'typeorm';
import {
  createTestDatabase,
  type TestDatabase,
  testDatabaseKinds,
} from '../../test/support/test-database';
import { bulkLoad, type CopyValue } from './bulk-load';
import { buildDataSourceOptions } from './database.options';

const COLUMNS = [
  { name: 'n', type: 'integer' },
  { name: 'label', type: 'text' },
  { name: 'flag', type: 'boolean' },
];

/** The rows in batches of three, as a reader hands them on; it breaks off before row `failAfter`. */
async function* fromArray(rows: CopyValue[][], failAfter?: number): AsyncGenerator<CopyValue[][]> {
  for (let i = 0; i < rows.length; i += 3) {
    if (failAfter !== undefined && failAfter < i + 3) throw new Error('the upload broke off');
    yield rows.slice(i, i + 3);
  }
}

describe.each(testDatabaseKinds())('bulkLoad (%s)', (kind) => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    dataSource = new DataSource(buildDataSourceOptions(database.target));
    await dataSource.initialize();
    await dataSource.query(`CREATE TABLE loaded (n integer, label text, flag boolean)`);
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });
  beforeEach(() => dataSource.query(`TRUNCATE loaded`));

  it('loads every value as given: the characters COPY escapes, empty text, null, Vietnamese', async () => {
    const rows: CopyValue[][] = [
      [1, 'Hội Nông dân\txã Yên Định', true],
      [2, 'dòng 1\ndòng 2\r\ndòng 3\r', false],
      [3, 'C:\\Danh sách\\N', null],
      [4, '\\N', true],
      [5, '', false],
      [6, null, null],
      [7, 'Nguyễn Thị Hương', true],
    ];
    const count = await dataSource.transaction((manager) =>
      bulkLoad(manager, 'loaded', COLUMNS, fromArray(rows)),
    );
    expect(count).toBe(rows.length);
    const loaded = await dataSource.query<Array<{ n: number; label: string; flag: boolean }>>(
      `SELECT n, label, flag FROM loaded ORDER BY n`,
    );
    expect(loaded.map((r) => [r.n, r.label, r.flag])).toEqual(rows);
  });

  it('loads many rows, more than one batch, in order', async () => {
    const rows: CopyValue[][] = Array.from({ length: 5_001 }, (_, i) => [
      i,
      `hàng ${i}`,
      i % 2 === 0,
    ]);
    await dataSource.transaction((manager) =>
      bulkLoad(manager, 'loaded', COLUMNS, fromArray(rows)),
    );
    const [summary] = await dataSource.query<Array<{ rows: number; last: string }>>(
      `SELECT count(*)::int AS rows, max(label) FILTER (WHERE n = 5000) AS last FROM loaded`,
    );
    expect(summary).toEqual({ rows: 5_001, last: 'hàng 5000' });
  });

  it('raises a failure of its rows, leaves nothing once rolled back, and the database serves on', async () => {
    const rows: CopyValue[][] = Array.from({ length: 3_000 }, (_, i) => [i, 'x', true]);
    await expect(
      dataSource.transaction((manager) =>
        bulkLoad(manager, 'loaded', COLUMNS, fromArray(rows, 2_500)),
      ),
    ).rejects.toThrow('the upload broke off');
    const [{ count }] = await dataSource.query<Array<{ count: number }>>(
      `SELECT count(*)::int AS count FROM loaded`,
    );
    expect(count).toBe(0);
  });
});
