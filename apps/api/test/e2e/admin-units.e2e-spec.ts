import { adminUnitHistorySchema, adminUnitListSchema } from '@canhgiac/contracts';
import { as, login } from '../support/auth';
import { createTestApp, type TestApp } from '../support/test-app';
import { testDatabaseKinds } from '../support/test-database';

describe.each(testDatabaseKinds())('administrative units over time, over HTTP (%s)', (kind) => {
  let t: TestApp;
  let leader: ReturnType<typeof as>;

  beforeAll(async () => {
    t = await createTestApp(kind);
    leader = as(t, await login(t, 'leader'));
  });
  afterAll(() => t.close());

  const list = async (query: string) =>
    adminUnitListSchema.parse((await leader.get(`/api/admin-units?${query}`).expect(200)).body);

  it('lists the 129 communes of Ninh Bình on 2026-01-01, the 57 former Nam Định ones with their population', async () => {
    const communes = await list('level=commune&on=2026-01-01');
    expect(communes).toHaveLength(129);
    expect(new Set(communes.map((c) => c.parentCode))).toEqual(new Set(['37']));
    expect(communes.filter((c) => c.population !== null)).toHaveLength(57);
    expect(communes.find((c) => c.name === 'Xã Hải Hậu')).toEqual({
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
    expect(await list('level=district&on=2026-01-01')).toEqual([]);
  });

  it('lists the 175 Nam Định communes under their 9 districts on 2025-03-01', async () => {
    const districts = await list('level=district&on=2025-03-01');
    expect(districts).toHaveLength(9);
    const communes = await list('level=commune&on=2025-03-01');
    expect(communes).toHaveLength(175);
    expect(new Set(communes.map((c) => c.parentCode))).toEqual(
      new Set(districts.map((d) => d.code)),
    );
    expect(communes.every((c) => c.validTo === '2025-06-30')).toBe(true);
  });

  it("answers today's map by default, from the app's clock", async () => {
    expect(await list('level=commune')).toHaveLength(129);
    t.clock.set('2025-05-01T09:00:00+07:00');
    try {
      expect(await list('level=commune')).toHaveLength(175);
    } finally {
      t.clock.set('2026-05-15T09:00:00+07:00');
    }
    // Other provinces are there when asked for: Hà Nội's communes.
    expect((await list('level=commune&parentCode=01')).length).toBeGreaterThan(100);
    expect(await list('level=province')).toHaveLength(34);
  });

  it('shows both periods of 13669 with their predecessors and successors', async () => {
    const history = adminUnitHistorySchema.parse(
      (await leader.get('/api/admin-units/13669/history').expect(200)).body,
    );
    expect(
      history.map((p) => ({
        name: p.name,
        validFrom: p.validFrom,
        validTo: p.validTo,
        parentCode: p.parentCode,
      })),
    ).toEqual([
      { name: 'Phường Cửa Bắc', validFrom: null, validTo: '2025-06-30', parentCode: '356' },
      { name: 'Phường Nam Định', validFrom: '2025-07-01', validTo: null, parentCode: '37' },
    ]);
    expect(history[0].successors).toEqual([
      {
        code: '13669',
        name: 'Phường Nam Định',
        validFrom: '2025-07-01',
        extent: 'whole',
        legalBasis:
          'Nghị quyết 1674/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội, Điều 1 khoản 114',
      },
    ]);
    expect(history[1].predecessors.map((p) => p.code)).toEqual([
      '13636',
      '13666',
      '13669',
      '13678',
      '13681',
      '13687',
      '13690',
      '13726',
    ]);
  });

  it('answers 404 for a code that never existed and 400 for a malformed one', async () => {
    await leader.get('/api/admin-units/99999/history').expect(404);
    const res = await leader.get('/api/admin-units/abc/history').expect(400);
    expect(res.body.details[0].path).toBe('code');
  });
});
