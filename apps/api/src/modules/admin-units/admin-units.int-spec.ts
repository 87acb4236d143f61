import type { AdminUnit } from '@canhgiac/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { createMigratedDataSource, testDatabaseKinds } from '../../../test/support/test-database';
import { FixedClock } from '../../common/clock';
import { AppError } from '../../common/errors/app-error';
import { parseEnv } from '../../config/env.schema';
import { AdminUnitsRepository } from './admin-units.repository';
import { AdminUnitsService } from './admin-units.service';
import {
  loadReorganization,
  loadStatistics,
  type ReorganizationFile,
  UnitsLoadError,
} from './units-loader';

/** The 400's message for one field, or a failure if the call succeeded or failed otherwise. */
async function refusal(call: Promise<unknown>): Promise<string> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).options.details!.map((d) => d.message).join('\n');
}

async function problemsOf(call: Promise<unknown>): Promise<string[]> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UnitsLoadError);
  return (error as UnitsLoadError).problems;
}

describe.each(testDatabaseKinds())('administrative units over time (%s)', (kind) => {
  let db: Awaited<ReturnType<typeof createMigratedDataSource>>;
  let repository: AdminUnitsRepository;
  let service: AdminUnitsService;
  let dataSource: DataSource;

  /**
   * Runs work in a transaction that is always rolled back, so each test starts from the shipped
   * data. The work uses only `manager`: the embedded database has one connection.
   */
  async function rolledBack<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const runner = dataSource.createQueryRunner();
    await runner.startTransaction();
    try {
      return await work(runner.manager);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  }

  beforeAll(async () => {
    db = await createMigratedDataSource(kind);
    dataSource = db.dataSource;
    repository = new AdminUnitsRepository(dataSource);
    service = new AdminUnitsService(
      repository,
      new FixedClock('2026-05-15T09:00:00+07:00'),
      parseEnv({}),
    );
  });
  afterAll(() => db.close());

  describe('the map before 1 July 2025', () => {
    it('is Nam Định: 1 province, 9 districts and 175 communes under them', async () => {
      const on = '2025-03-01';
      expect((await repository.findValid({ level: 'province', on })).map((p) => p.code)).toEqual([
        '36',
      ]);
      const districts = await repository.findValid({ level: 'district', on });
      expect(districts).toHaveLength(9);
      const communes = await repository.findValid({ level: 'commune', on });
      expect(communes).toHaveLength(175);
      expect(new Set(communes.map((c) => c.parentCode))).toEqual(
        new Set(districts.map((d) => d.code)),
      );
    });

    it('gives Hải Hậu its 24 communes with their 2019 census population, ending on 30/6/2025', async () => {
      const communes = await repository.findValid({
        level: 'commune',
        parentCode: '366',
        on: '2025-06-30',
      });
      expect(communes).toHaveLength(24);
      expect(communes.find((c) => c.code === '14215')).toEqual({
        code: '14215',
        name: 'Thị trấn Yên Định',
        type: 'thị trấn',
        level: 'commune',
        parentCode: '366',
        population: 17923,
        areaKm2: null,
        validFrom: null,
        validTo: '2025-06-30',
      });
      for (const commune of communes) expect(commune.name).toBe(commune.name.normalize('NFC'));
    });
  });

  describe('the map from 1 July 2025', () => {
    it('has 34 provinces, no district and 3,321 communes directly under their province', async () => {
      const on = '2026-01-01';
      expect(await repository.findValid({ level: 'province', on })).toHaveLength(34);
      expect(await repository.findValid({ level: 'district', on })).toEqual([]);
      expect(await repository.findValid({ level: 'commune', on })).toHaveLength(3321);
    });

    it('gives Ninh Bình (37) 129 communes; the 57 former Nam Định ones carry the census on the new boundaries', async () => {
      const communes = await repository.findValid({
        level: 'commune',
        parentCode: '37',
        on: '2026-01-01',
      });
      expect(communes).toHaveLength(129);
      expect(communes.filter((c) => c.population !== null)).toHaveLength(57);
      expect(communes.find((c) => c.code === '14215')).toEqual({
        code: '14215',
        name: 'Xã Hải Hậu',
        type: 'xã',
        level: 'commune',
        parentCode: '37',
        population: 35849,
        areaKm2: null,
        validFrom: '2025-07-01',
        validTo: null,
      });
      // 17,923 (Yên Định) + Hải Trung + Hải Long: each went whole into Xã Hải Hậu.
      const former = await repository.findValid({
        level: 'commune',
        parentCode: '366',
        on: '2025-06-30',
      });
      const parts = former
        .filter((c) => ['14215', '14227', '14254'].includes(c.code))
        .reduce((sum, c) => sum + c.population!, 0);
      expect(parts).toBe(35849);
    });

    it('links every former Nam Định commune to its successor with the clause of Resolution 1674', async () => {
      const [row] = await dataSource.query<Array<Record<string, unknown>>>(
        `SELECT count(*)::int AS former, count(s.id)::int AS linked, count(*) FILTER (WHERE s.legal_basis LIKE '%1674/NQ-UBTVQH15%khoản%')::int AS cited
         FROM admin_unit u LEFT JOIN admin_unit_succession s ON s.predecessor_id = u.id
         WHERE u.level = 'commune' AND u.valid_to = '2025-07-01'`,
      );
      expect(row).toEqual({ former: 175, linked: 175, cited: 175 });
    });

    it('tells both periods of 13669 apart: Phường Cửa Bắc until 30/6/2025, Phường Nam Định from 1/7/2025', async () => {
      const history = await service.history('13669');
      expect(history.map((p) => [p.name, p.validFrom, p.validTo])).toEqual([
        ['Phường Cửa Bắc', null, '2025-06-30'],
        ['Phường Nam Định', '2025-07-01', null],
      ]);
      expect(history[0].successors).toEqual([
        expect.objectContaining({
          code: '13669',
          name: 'Phường Nam Định',
          validFrom: '2025-07-01',
          legalBasis: expect.stringContaining('khoản 114'),
        }),
      ]);
      expect(history[1].predecessors.map((p) => p.name)).toEqual(
        expect.arrayContaining(['Phường Cửa Bắc', 'Phường Vị Xuyên', 'Xã Mỹ Phúc']),
      );
      expect(history[1].predecessors).toHaveLength(8);
      expect(history[1].predecessors.every((p) => p.validTo === '2025-06-30')).toBe(true);
    });

    it('keeps the sources of the reference data beside it', async () => {
      const datasets: Array<{ source: string; asOf: string }> = await dataSource.query(
        `SELECT source, as_of AS "asOf" FROM reference_dataset ORDER BY as_of`,
      );
      expect(datasets.map((d) => d.asOf)).toEqual([
        '2025-03-01',
        '2025-07-01',
        '2025-07-01',
        '2025-07-01',
      ]);
      expect(datasets.some((d) => d.source.includes('1674/NQ-UBTVQH15'))).toBe(true);
      expect(
        datasets.some((d) => d.source.includes('thanglequoc/vietnamese-provinces-database')),
      ).toBe(true);
    });
  });

  describe('a day decides what a code means', () => {
    it('accepts a commune valid on the day and refuses one that had ended, naming what it became', async () => {
      expect(
        (await service.requireValidOn('14224', 'commune', '2025-03-10', 'communeCode')).name,
      ).toBe('Xã Hải Nam');
      const message = await refusal(
        service.requireValidOn('14224', 'commune', '2026-03-10', 'communeCode'),
      );
      expect(message).toBe(
        'Mã 14224 (Xã Hải Nam) chỉ có hiệu lực đến 30/06/2025; từ 01/07/2025 thuộc Xã Hải Hưng (14248)',
      );
      expect(
        await refusal(service.requireValidOn('366', 'district', '2026-03-10', 'districtCode')),
      ).toContain('không còn cấp huyện');
    });
  });

  describe('resolveCommune: a former code or name, resolved to the unit of today within Ninh Bình', () => {
    const today = '2026-05-15';
    it.each([
      ['14215', 'Xã Hải Hậu', false, 'Xã Hải Hậu'],
      ['Thị trấn Yên Định', 'Xã Hải Hậu', true, 'Thị trấn Yên Định'],
      ['thi tran yen dinh', 'Xã Hải Hậu', true, 'Thị trấn Yên Định'],
      ['  Yên  Định ', 'Xã Hải Hậu', true, 'Thị trấn Yên Định'],
      ['14227', 'Xã Hải Hậu', true, 'Xã Hải Trung'],
      ['Phường Cửa Bắc', 'Phường Nam Định', true, 'Phường Cửa Bắc'],
      ['Hồng Quang', 'Phường Hồng Quang', false, 'Phường Hồng Quang'],
      ['xã hải nam', 'Xã Hải Hưng', true, 'Xã Hải Nam'],
    ])('%s → %s (translated: %s)', async (given, name, translated, matched) => {
      const resolved = await service.resolveCommune(given, today);
      expect(resolved.unit).toMatchObject({
        name,
        level: 'commune',
        parentCode: '37',
        validTo: null,
      });
      expect(resolved.translated).toBe(translated);
      expect(resolved.matched.name).toBe(matched);
    });

    it('reads a code as of the day asked: before the reform 14224 is Xã Hải Nam itself', async () => {
      const resolved = await service.resolveCommune('14224', '2025-03-01');
      expect(resolved).toMatchObject({
        unit: { code: '14224', name: 'Xã Hải Nam', parentCode: '366' },
        translated: false,
      });
    });

    it.each([
      [
        'Xã Nam Điền',
        ['Huyện Nghĩa Hưng', 'Xã Rạng Đông (13894)', 'Huyện Nam Trực', 'Phường Vị Khê (13972)'],
      ],
      [
        'xa hong quang',
        ['Huyện Ý Yên', 'Xã Ý Yên (13795)', 'Huyện Nam Trực', 'Phường Hồng Quang (13984)'],
      ],
    ])('refuses the ambiguous %s, naming each candidate', async (given, parts) => {
      const message = await refusal(service.resolveCommune(given, today));
      for (const part of parts) expect(message).toContain(part);
    });

    it('refuses a name it does not know and a commune of another province', async () => {
      expect(await refusal(service.resolveCommune('Xã Không Có', today))).toContain(
        'Không tìm thấy',
      );
      expect(await refusal(service.resolveCommune('00004', today))).toContain('Không tìm thấy'); // Phường Ba Đình, Hà Nội
    });
  });

  describe('loading a later official change (units:load)', () => {
    /** Ninh Bình from 2027-01-01 as a file: Xã Hải Hưng merged into Xã Hải Hậu, every other unit carried over. */
    async function change(asOf = '2027-01-01'): Promise<ReorganizationFile> {
      const current = await repository.findValid({
        level: 'commune',
        parentCode: '37',
        on: '2026-12-31',
      });
      return {
        asOf,
        source: 'Nghị quyết thử nghiệm',
        province: { code: '37' },
        units: current
          .filter((u) => u.code !== '14248')
          .map((u) => ({
            code: u.code,
            name: u.name,
            type: u.type as 'xã',
            predecessors:
              u.code === '14215'
                ? [
                    { code: '14215', extent: 'whole' },
                    { code: '14248', extent: 'whole' },
                  ]
                : [{ code: u.code, extent: 'whole' }],
            legalBasis: `Nghị quyết thử nghiệm, khoản ${u.code}`,
            population: u.code === '14215' ? 60000 : null,
          })),
      } as ReorganizationFile;
    }

    it('opens the new period, closes the old one and links them, in one go', async () => {
      const file = await change();
      await rolledBack(async (manager) => {
        const result = await loadReorganization(manager, file, 'test.json');
        expect(result).toMatchObject({ closed: 129, opened: 128, successions: 129 });
        const on = (day: string) =>
          manager.query<AdminUnit[]>(
            `SELECT code, name, population FROM admin_unit u WHERE parent_code = '37' AND level = 'commune'
                         AND (valid_from IS NULL OR valid_from <= $1) AND (valid_to IS NULL OR valid_to > $1) ORDER BY code`,
            [day],
          );
        expect(await on('2026-12-31')).toHaveLength(129);
        const after: AdminUnit[] = await on('2027-01-01');
        expect(after).toHaveLength(128);
        expect(after.find((u) => u.code === '14215')).toMatchObject({
          name: 'Xã Hải Hậu',
          population: 60000,
        });
        // Xã Hải Nam (until 2025) now rolls up two steps, to the Xã Hải Hậu of 2027.
        const later = new AdminUnitsService(
          repository,
          new FixedClock('2027-02-01T09:00:00+07:00'),
          parseEnv({}),
        );
        const resolver = await later.communeResolver('2027-02-01', 'communeCode', manager);
        expect(resolver('Xã Hải Nam')).toMatchObject({
          unit: { code: '14215', validFrom: '2027-01-01' },
          translated: true,
        });
        const [audit] = await manager.query<Array<Record<string, unknown>>>(
          `SELECT action, entity FROM audit_log WHERE username = 'units:load'`,
        );
        expect(audit).toEqual({ action: 'import', entity: 'admin_unit' });
      });
    });

    it('refuses a former unit left with no successor, and writes nothing', async () => {
      const file = await change();
      file.units = file.units.filter((u) => u.code !== '14464'); // Xã Gia Viễn
      const before = await dataSource.query(`SELECT count(*)::int AS n FROM admin_unit`);
      const problems = await rolledBack((manager) =>
        problemsOf(loadReorganization(manager, file, 'test.json')),
      );
      expect(problems).toEqual(['Xã Gia Viễn (14464) không có đơn vị kế thừa trong tệp']);
      expect(await dataSource.query(`SELECT count(*)::int AS n FROM admin_unit`)).toEqual(before);
    });

    it('refuses unknown codes', async () => {
      const file = await change();
      file.units[0].predecessors.push({ code: '99999', extent: 'part' } as never);
      const problems = await rolledBack((manager) =>
        problemsOf(loadReorganization(manager, file, 'test.json')),
      );
      expect(problems).toEqual([
        'Mã 99999 không phải xã, phường nào vào ngày 31/12/2026 (mã không có)',
      ]);
    });

    it('refuses periods that overlap: a code twice, and a change earlier than one already loaded', async () => {
      const twice = await change();
      twice.units.push({
        ...twice.units[1],
        predecessors: [{ code: '14248', extent: 'part' }],
      } as never);
      const duplicated = await rolledBack((manager) =>
        problemsOf(loadReorganization(manager, twice, 'test.json')),
      );
      expect(duplicated).toContain(
        `Mã ${twice.units[1].code} có hai lần trong tệp: hai thời kỳ của một mã chồng lên nhau`,
      );

      const [earlier, later] = [await change('2026-09-01'), await change()];
      const problems = await rolledBack(async (manager) => {
        await loadReorganization(manager, later, 'test.json');
        return problemsOf(loadReorganization(manager, earlier, 'test.json'));
      });
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.every((p) => p.includes('chồng lên nhau'))).toBe(true);
    });

    it('refuses a file missing its legal basis, saying where', async () => {
      const file = (await change()) as unknown as { units: Array<Record<string, unknown>> };
      delete file.units[2].legalBasis;
      const problems = await rolledBack((manager) =>
        problemsOf(loadReorganization(manager, file, 'test.json')),
      );
      expect(problems).toEqual([expect.stringMatching(/^units\.2\.legalBasis: /u)]);
    });
  });

  describe('loading official figures later (units:statistics)', () => {
    it('keeps each figure with its date and source; the unit shows the latest', async () => {
      await rolledBack(async (manager) => {
        await loadStatistics(
          manager,
          {
            asOf: '2026-04-01',
            source: 'Cục Thống kê, niên giám 2026',
            figures: [{ code: '14464', population: 41250, areaKm2: 55.3 }],
          },
          'a.json',
        );
        await loadStatistics(
          manager,
          {
            asOf: '2025-12-31',
            source: 'Cục Thống kê, ước tính',
            figures: [{ code: '14464', population: 40000 }],
          },
          'b.json',
        );
        const [unit] = await manager.query<Array<Record<string, unknown>>>(
          `SELECT population, area_km2::float8 AS "areaKm2" FROM admin_unit WHERE code = '14464' AND valid_to IS NULL`,
        );
        expect(unit).toEqual({ population: 41250, areaKm2: 55.3 });
        const figures = await manager.query(
          `SELECT s.population, s.as_of AS "asOf", s.source FROM unit_statistic s JOIN admin_unit u ON u.id = s.unit_id
           WHERE u.code = '14464' ORDER BY s.as_of`,
        );
        expect(figures).toEqual([
          { population: 40000, asOf: '2025-12-31', source: 'Cục Thống kê, ước tính' },
          { population: 41250, asOf: '2026-04-01', source: 'Cục Thống kê, niên giám 2026' },
        ]);
      });
    });

    it('refuses unknown codes, duplicates, a second figure of the same day and a file with no source', async () => {
      const problems = await rolledBack(async (manager) => {
        await loadStatistics(
          manager,
          { asOf: '2026-04-01', source: 'A', figures: [{ code: '14464', population: 1 }] },
          'a.json',
        );
        return problemsOf(
          loadStatistics(
            manager,
            {
              asOf: '2026-04-01',
              source: 'B',
              figures: [
                { code: '14464', population: 2 },
                { code: '14224', population: 3 },
                { code: '14482', population: 4 },
                { code: '14482', population: 5 },
              ],
            },
            'b.json',
          ),
        );
      });
      expect(problems).toEqual([
        'Mã 14482 có hai lần trong tệp',
        'Xã Gia Viễn (14464) đã có số liệu ngày 01/04/2026',
        'Mã 14224 không phải đơn vị nào vào ngày 01/04/2026 (mã không có)',
      ]);
      const noSource = await rolledBack((manager) =>
        problemsOf(
          loadStatistics(
            manager,
            { asOf: '2026-04-01', figures: [{ code: '14464', population: 1 }] },
            'c.json',
          ),
        ),
      );
      expect(noSource).toEqual([expect.stringMatching(/^source: /u)]);
    });
  });
});
