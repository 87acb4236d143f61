import { DataSource } from 'typeorm';
import { createMigratedDataSource, testDatabaseKinds } from '../../../test/support/test-database';
import { AdminUnitsRepository } from './admin-units.repository';

describe.each(testDatabaseKinds())('administrative units (%s)', (kind) => {
  let db: Awaited<ReturnType<typeof createMigratedDataSource>>;
  let repository: AdminUnitsRepository;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createMigratedDataSource(kind);
    dataSource = db.dataSource;
    repository = new AdminUnitsRepository(dataSource);
  });
  afterAll(() => db.close());

  it('loads Nam Định: 1 province, 9 district-level units and 175 communes', async () => {
    const today = '2026-01-01';
    expect(await repository.findValid({ level: 'province', on: today })).toHaveLength(1);
    expect(await repository.findValid({ level: 'district', on: today })).toHaveLength(9);
    expect(await repository.findValid({ level: 'commune', on: today })).toHaveLength(175);
  });

  it('gives Hải Hậu its 24 communes with names in NFC and 2019 census population', async () => {
    const communes = await repository.findValid({
      level: 'commune',
      parentCode: '366',
      on: '2026-01-01',
    });
    expect(communes).toHaveLength(24);
    const yenDinh = communes.find((c) => c.code === '14215');
    expect(yenDinh).toEqual({
      code: '14215',
      name: 'Thị trấn Yên Định',
      type: 'thị trấn',
      level: 'commune',
      parentCode: '366',
      population: 17923,
    });
    for (const commune of communes) expect(commune.name).toBe(commune.name.normalize('NFC'));
  });

  it('keeps the source of the reference data beside it', async () => {
    const [dataset] = await dataSource.query(
      `SELECT source, as_of AS "asOf" FROM reference_dataset`,
    );
    expect(dataset.source).toContain('GSO');
    expect(dataset.asOf).toBe('2025-03-01');
  });

  it('loads a reorganization without losing history: old units answer for past days, new ones for later', async () => {
    await dataSource.transaction(async (manager) => {
      const [{ id: datasetId }] = await manager.query(
        `INSERT INTO reference_dataset (name, source, as_of) VALUES ('merger', 'test', '2027-07-01') RETURNING id`,
      );
      await manager.query(
        `UPDATE admin_unit SET valid_to = '2027-07-01' WHERE code IN ('14224', '14227')`,
      );
      await manager.query(
        `INSERT INTO admin_unit (code, name, type, level, parent_code, population, valid_from, dataset_id)
         VALUES ('99001', 'Xã Hải Nam Trung', 'xã', 'commune', '366', 33226, '2027-07-01', $1)`,
        [datasetId],
      );
    });
    const before = await repository.findValid({
      level: 'commune',
      parentCode: '366',
      on: '2027-06-30',
    });
    const after = await repository.findValid({
      level: 'commune',
      parentCode: '366',
      on: '2027-07-01',
    });
    expect(before.map((c) => c.code)).toEqual(expect.arrayContaining(['14224', '14227']));
    expect(before.map((c) => c.code)).not.toContain('99001');
    expect(after).toHaveLength(23);
    expect(after.map((c) => c.code)).toContain('99001');
    expect(after.map((c) => c.code)).not.toContain('14224');
  });
});
