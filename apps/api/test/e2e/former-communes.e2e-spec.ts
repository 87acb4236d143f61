import request from 'supertest';
import { importResultSchema, personSchema } from '@canhgiac/contracts';
import { as, loginDemoUsers } from '../support/auth';
import {
  communes,
  conferenceBody,
  createCampaign,
  createConference,
  formerCommunes,
  personBody,
} from '../support/factories';
import { csv, VI_HEADER, xlsx } from '../support/files';
import { createTestApp, type TestApp } from '../support/test-app';
import { testDatabaseKinds } from '../support/test-database';

/**
 * Association lists keep the communes of before 1/7/2025 for years. Wherever a person's commune is
 * given, a former code or name is read as the unit that covers it today, and the answer carries
 * today's code: Thị trấn Yên Định (14215) is in Xã Hải Hậu (14215), Xã Hải Nam (14224) in Xã Hải
 * Hưng (14248), Phường Vị Xuyên (13636) in Phường Nam Định (13669).
 */
describe.each(testDatabaseKinds())('former communes, read as today (%s)', (kind) => {
  let t: TestApp;
  let staff: ReturnType<typeof as>;
  let staffToken: string;
  let conferenceId: string;
  let organizationId: string;

  beforeAll(async () => {
    t = await createTestApp(kind);
    const tokens = await loginDemoUsers(t);
    staffToken = tokens.staff;
    staff = as(t, tokens.staff);
    organizationId = (await staff.get('/api/organizations?pageSize=1').expect(200)).body.items[0]
      .id;
    const campaign = await createCampaign(staff);
    conferenceId = (await createConference(staff, conferenceBody(campaign.id, '2026-10-20', 8, 11)))
      .id;
  }, 240_000);
  afterAll(() => t.close());

  it.each([
    ['a former code', formerCommunes.haiNam, communes.haiHung, 'Ngô Văn An'],
    ['a former name', 'Thị trấn Yên Định', communes.haiHau, 'Ngô Văn Bình'],
    ['a former name without accents or type', 'yen dinh', communes.haiHau, 'Ngô Văn Cường'],
    ["a former ward's code", '13636', formerCommunes.cuaBac, 'Ngô Văn Dũng'],
    ["today's name", 'Xã Hải Hưng', communes.haiHung, 'Ngô Văn Em'],
  ])('stores a person given %s under today’s code', async (_what, given, today, fullName) => {
    const res = await staff
      .post('/api/people')
      .send(personBody({ fullName, communeCode: given }))
      .expect(201);
    expect(personSchema.parse(res.body).communeCode).toBe(today);
  });

  it('reads a former commune in a registration and in a walk-in', async () => {
    const registered = await staff
      .post(`/api/conferences/${conferenceId}/registrations`)
      .send({ person: personBody({ fullName: 'Đỗ Văn Đăng Ký', communeCode: 'Xã Hải Nam' }) })
      .expect(201);
    expect(registered.body.person.communeCode).toBe(communes.haiHung);
  });

  it('refuses a commune it does not know, in words a coordinator understands', async () => {
    const res = await staff
      .post('/api/people')
      .send(personBody({ fullName: 'Người Không Rõ Xã', communeCode: 'Xã Không Có Thật' }))
      .expect(400);
    expect(res.body.details).toEqual([
      expect.objectContaining({
        path: 'communeCode',
        message: expect.stringContaining('Không tìm thấy xã, phường "Xã Không Có Thật"'),
      }),
    ]);
  });

  const upload = (file: Buffer, name: string) =>
    request(t.http)
      .post(`/api/conferences/${conferenceId}/registrations/import`)
      .query({ organizationId })
      .set('Authorization', `Bearer ${staffToken}`)
      .attach('file', file, name);

  it('imports a CSV whose rows carry former codes and names, and says which rows it translated', async () => {
    const file = csv([
      VI_HEADER,
      ['Nguyễn Văn Cũ', 'Nam', 1950, '', 'Thị trấn Yên Định', 'Nông dân'],
      ['Trần Thị Mới', 'Nữ', 1960, '', communes.haiHung, 'Nông dân'],
      ['Lê Văn Hải Nam', 'Nam', 1955, '', formerCommunes.haiNam, 'Nông dân'],
    ]);
    const res = await upload(file, 'hoi-vien.csv').expect(200);
    const result = importResultSchema.parse(res.body);
    expect(result).toMatchObject({ rows: 3, created: 3, translatedCommunesTotal: 2 });
    expect(result.translatedCommunes).toEqual([
      { row: 2, given: 'Thị trấn Yên Định', code: communes.haiHau, name: 'Xã Hải Hậu' },
      { row: 4, given: formerCommunes.haiNam, code: communes.haiHung, name: 'Xã Hải Hưng' },
    ]);
    const people = await staff.get('/api/people?q=le van hai nam').expect(200);
    expect(people.body.items.map((p: { communeCode: string }) => p.communeCode)).toEqual([
      communes.haiHung,
    ]);
  });

  it('imports an Excel list the same way', async () => {
    const file = await xlsx([
      VI_HEADER,
      ['Phạm Thị Vị Xuyên', 'Nữ', 1948, null, 'Phường Vị Xuyên', 'Nông dân'],
    ]);
    const res = await upload(file, 'hoi-vien.xlsx').expect(200);
    expect(importResultSchema.parse(res.body).translatedCommunes).toEqual([
      { row: 2, given: 'Phường Vị Xuyên', code: '13669', name: 'Phường Nam Định' },
    ]);
  });

  it('lists an unknown commune as a row error, and writes nothing', async () => {
    const file = csv([
      VI_HEADER,
      ['Vũ Văn Đúng', 'Nam', 1950, '', communes.haiHau, 'Nông dân'],
      ['Vũ Văn Sai', 'Nam', 1951, '', 'Xã Không Có Thật', 'Nông dân'],
    ]);
    const res = await upload(file, 'hoi-vien.csv').expect(422);
    expect(res.body.errors).toEqual([
      expect.objectContaining({
        row: 3,
        column: 'Mã xã',
        message: expect.stringContaining('Xã Không Có Thật'),
      }),
    ]);
    const people = await staff.get('/api/people?q=vu van dung').expect(200);
    expect(people.body.total).toBe(0);
  });
});
