import { coverageReportSchema, organizationPageSchema } from '@canhgiac/contracts';
import { as, login, loginDemoUsers } from '../support/auth';
import {
  communes,
  conferenceBody,
  createCampaign,
  createConference,
  personBody,
} from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';
import { testDatabaseKinds } from '../support/test-database';

/**
 * Organizations form a tree: the provincial Farmers' Association (coord.farmers) has commune
 * branches in Xã Hải Hậu (coord.farmers.haihau) and Phường Nam Định (coord.farmers.namdinh). A
 * coordinator's scope is their organization and its branches: the province sees what its branches
 * entered; a branch sees only its own, neither its sibling's nor the province's.
 */
describe.each(testDatabaseKinds())('organizations as a tree (%s)', (kind) => {
  let t: TestApp;
  let staff: ReturnType<typeof as>;
  let province: ReturnType<typeof as>;
  let haiHau: ReturnType<typeof as>;
  let namDinh: ReturnType<typeof as>;
  let veterans: ReturnType<typeof as>;
  let provinceOrg: string;
  let haiHauOrg: string;
  let namDinhOrg: string;
  let conferenceId: string;
  let campaignId: string;
  const people: Record<'haiHau' | 'namDinh' | 'province', { id: string; regId: string }> = {
    haiHau: { id: '', regId: '' },
    namDinh: { id: '', regId: '' },
    province: { id: '', regId: '' },
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    const tokens = await loginDemoUsers(t);
    staff = as(t, tokens.staff);
    province = as(t, tokens.coordinator);
    veterans = as(t, tokens.otherCoordinator);
    haiHau = as(t, await login(t, 'coord.farmers.haihau'));
    namDinh = as(t, await login(t, 'coord.farmers.namdinh'));
    provinceOrg = (await province.get('/api/auth/me')).body.organizationId;
    haiHauOrg = (await haiHau.get('/api/auth/me')).body.organizationId;
    namDinhOrg = (await namDinh.get('/api/auth/me')).body.organizationId;
    const campaign = await createCampaign(staff);
    campaignId = campaign.id;
    conferenceId = (await createConference(staff, conferenceBody(campaign.id, '2026-04-12', 8, 11)))
      .id;
    await staff
      .post(`/api/conferences/${conferenceId}/status`)
      .send({ status: 'confirmed' })
      .expect(200);
    const register = async (client: ReturnType<typeof as>, fullName: string) => {
      const res = await client
        .post(`/api/conferences/${conferenceId}/registrations`)
        .send({ person: personBody({ fullName, communeCode: communes.haiHau }) })
        .expect(201);
      return { id: res.body.person.id as string, regId: res.body.id as string };
    };
    people.haiHau = await register(haiHau, 'Trần Văn Chi Hội Hải Hậu');
    people.namDinh = await register(namDinh, 'Lê Thị Chi Hội Nam Định');
    people.province = await register(province, 'Phạm Văn Hội Tỉnh');
  }, 240_000);
  afterAll(() => t.close());

  const ids = (body: { items: Array<{ id: string }> }) => body.items.map((item) => item.id).sort();
  const personIdsOf = (rows: Array<{ person: { id: string } }>) =>
    rows.map((row) => row.person.id).sort();

  it('lists a branch under its association, with its commune', async () => {
    const branches = organizationPageSchema.parse(
      (await staff.get(`/api/organizations?parentId=${provinceOrg}`).expect(200)).body,
    );
    expect(branches.items.map((o) => [o.name, o.communeCode]).sort()).toEqual([
      ['Hội Nông dân phường Nam Định', '13669'],
      ['Hội Nông dân xã Hải Hậu', '14215'],
    ]);
    const within = organizationPageSchema.parse(
      (await staff.get(`/api/organizations?within=${provinceOrg}`).expect(200)).body,
    );
    expect(within.items.map((o) => o.id).sort()).toEqual(
      [provinceOrg, haiHauOrg, namDinhOrg].sort(),
    );
  });

  it('gives the provincial coordinator the members its branches entered', async () => {
    const res = await province.get('/api/people?q=chi hoi&pageSize=100').expect(200);
    expect(ids(res.body)).toEqual([people.haiHau.id, people.namDinh.id].sort());
    await province.get(`/api/people/${people.province.id}`).expect(200);
    const branchCopy = await province.get(`/api/people/${people.haiHau.id}`).expect(200);
    expect(branchCopy.body).toMatchObject({
      fullName: 'Trần Văn Chi Hội Hải Hậu',
      organizationId: haiHauOrg,
    });
    const registrations = await province
      .get(`/api/conferences/${conferenceId}/registrations`)
      .expect(200);
    expect(personIdsOf(registrations.body)).toEqual(
      [people.haiHau.id, people.namDinh.id, people.province.id].sort(),
    );
  });

  it('gives a branch coordinator only the branch: not the sibling, not the association', async () => {
    const res = await haiHau.get('/api/people?q=chi hoi&pageSize=100').expect(200);
    expect(ids(res.body)).toEqual([people.haiHau.id]);
    await haiHau.get(`/api/people/${people.namDinh.id}`).expect(404);
    await haiHau.get(`/api/people/${people.province.id}`).expect(404);
    const registrations = await haiHau
      .get(`/api/conferences/${conferenceId}/registrations`)
      .expect(200);
    expect(personIdsOf(registrations.body)).toEqual([people.haiHau.id]);
    const other = await veterans.get(`/api/conferences/${conferenceId}/registrations`).expect(200);
    expect(personIdsOf(other.body)).toEqual([]);
  });

  it("leaves the branch's member to the branch: the association reads it but cannot move it", async () => {
    const res = await province
      .patch(`/api/people/${people.haiHau.id}`)
      .send({ group: 'veteran' })
      .expect(400);
    expect(res.body.details).toEqual([expect.objectContaining({ path: 'organizationId' })]);
  });

  it("counts the provincial coordinator's report over its branches, and rolls branches up by association", async () => {
    for (const regId of [people.haiHau.regId, people.namDinh.regId]) {
      await staff
        .post(`/api/conferences/${conferenceId}/attendance`)
        .send({ registrationId: regId })
        .expect(200);
    }
    const own = coverageReportSchema.parse(
      (await province.get(`/api/reports/coverage?campaignId=${campaignId}&groupBy=organization`))
        .body,
    );
    expect(own.totals).toMatchObject({ registrations: 3, attended: 2 });
    expect(own.rows.map((row) => row.label).sort()).toEqual([
      'Hội Nông dân phường Nam Định',
      'Hội Nông dân tỉnh Ninh Bình',
      'Hội Nông dân xã Hải Hậu',
    ]);
    const branch = coverageReportSchema.parse(
      (await haiHau.get(`/api/reports/coverage?campaignId=${campaignId}&groupBy=organization`))
        .body,
    );
    expect(branch.totals).toMatchObject({ registrations: 1, attended: 1 });

    const rolled = coverageReportSchema.parse(
      (await staff.get(`/api/reports/coverage?campaignId=${campaignId}&groupBy=association`)).body,
    );
    expect(rolled.rows.map((row) => [row.label, row.registrations, row.attended])).toEqual([
      ['Hội Nông dân tỉnh Ninh Bình', 3, 2],
    ]);
  });

  it('refuses a parent that would make a cycle, and an unknown parent, naming the field', async () => {
    const cycle = await staff
      .patch(`/api/organizations/${provinceOrg}`)
      .send({ parentId: haiHauOrg })
      .expect(400);
    expect(cycle.body.details).toEqual([
      expect.objectContaining({ path: 'parentId', message: expect.stringMatching(/chi hội/u) }),
    ]);
    const self = await staff
      .patch(`/api/organizations/${provinceOrg}`)
      .send({ parentId: provinceOrg })
      .expect(400);
    expect(self.body.details[0].path).toBe('parentId');
    const unknown = await staff
      .post('/api/organizations')
      .send({
        name: 'Hội Nông dân xã Hải Hưng',
        kind: 'farmers_association',
        parentId: '00000000-0000-4000-8000-000000000000',
      })
      .expect(400);
    expect(unknown.body.details[0].path).toBe('parentId');
    const former = await staff
      .post('/api/organizations')
      .send({
        name: 'Hội Nông dân xã Hải Nam',
        kind: 'farmers_association',
        parentId: provinceOrg,
        communeCode: '14224',
      })
      .expect(400);
    expect(former.body.details[0].path).toBe('communeCode');
    const created = await staff
      .post('/api/organizations')
      .send({
        name: 'Hội Nông dân xã Hải Hưng',
        kind: 'farmers_association',
        parentId: provinceOrg,
        communeCode: communes.haiHung,
      })
      .expect(201);
    expect(created.body).toMatchObject({ parentId: provinceOrg, communeCode: communes.haiHung });
  });
});
