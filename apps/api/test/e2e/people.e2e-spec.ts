import { personPageSchema, personSchema } from '@canhgiac/contracts';
import { DataSource } from 'typeorm';
import { as, loginDemoUsers } from '../support/auth';
import { communes, personBody } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';
import { testDatabaseKinds } from '../support/test-database';

describe.each(testDatabaseKinds())('the people registry (%s)', (kind) => {
  let t: TestApp;
  let staff: ReturnType<typeof as>;

  beforeAll(async () => {
    t = await createTestApp(kind);
    staff = as(t, (await loginDemoUsers(t)).staff);
  });
  afterAll(() => t.close());

  it('stores a name in NFC with spaces collapsed and a phone in the 0xxxxxxxxx form', async () => {
    const res = await staff
      .post('/api/people')
      .send(
        personBody({
          fullName: ' Nguye\u0302\u0303n   Thi\u0323 Hu\u031bo\u031bng',
          phone: '+84 912.345.678',
          birthYear: 1958,
        }),
      )
      .expect(201);
    expect(personSchema.parse(res.body)).toMatchObject({
      fullName: 'Nguyễn Thị Hương',
      phone: '0912345678',
      consentSource: 'paper_form',
    });
  });

  it('refuses a number that is not a Vietnamese mobile, saying so', async () => {
    const res = await staff
      .post('/api/people')
      .send(personBody({ phone: '0228 3123 456' }))
      .expect(400);
    expect(res.body.details).toEqual([
      { path: 'phone', message: expect.stringContaining('di động'), code: 'custom' },
    ]);
  });

  it('answers the same name, birth year and phone with 409 and the existing id', async () => {
    const body = personBody({ fullName: 'Phạm Văn Đồng', birthYear: 1950, phone: '0987 000 111' });
    const first = await staff.post('/api/people').send(body).expect(201);
    const res = await staff
      .post('/api/people')
      .send({
        ...body,
        fullName: 'pham van  dong',
        phone: '+84987000111',
        communeCode: communes.haiNam,
      })
      .expect(409);
    expect(res.body).toMatchObject({ code: 'PERSON_DUPLICATE', existingId: first.body.id });
  });

  it('without a phone, answers the same name, birth year and commune with 409', async () => {
    const body = personBody({ fullName: 'Vũ Thị Nụ', birthYear: 1944 });
    const first = await staff.post('/api/people').send(body).expect(201);
    const res = await staff
      .post('/api/people')
      .send({ ...body, fullName: 'VŨ THỊ NỤ' })
      .expect(409);
    expect(res.body.existingId).toBe(first.body.id);
    // In another commune it is someone else.
    await staff
      .post('/api/people')
      .send({ ...body, communeCode: communes.haiNam })
      .expect(201);
  });

  it('finds "nguyen thi huong" as "Nguyễn Thị Hương", ignoring case and accents, and by phone', async () => {
    const created = await staff
      .post('/api/people')
      .send(personBody({ fullName: 'Nguyễn Thị Hường', birthYear: 1961, phone: '0977 123 456' }))
      .expect(201);
    const byName = personPageSchema.parse(
      (await staff.get('/api/people?q=nguyen thi huong&birthYear=1961').expect(200)).body,
    );
    expect(byName.items.map((p) => p.id)).toContain(created.body.id);
    const upper = personPageSchema.parse(
      (await staff.get('/api/people?q=NGUYỄN THỊ HƯỜNG').expect(200)).body,
    );
    expect(upper.items.map((p) => p.id)).toContain(created.body.id);
    const byPhone = personPageSchema.parse(
      (await staff.get('/api/people?q=0977 123').expect(200)).body,
    );
    expect(byPhone.items.map((p) => p.id)).toEqual([created.body.id]);
  });

  it('erases name, phone and birth year on DELETE, and hides the person from search', async () => {
    const created = await staff
      .post('/api/people')
      .send(personBody({ fullName: 'Lý Thị Xóa', phone: '0966 555 444' }))
      .expect(201);
    await staff.delete(`/api/people/${created.body.id}`).expect(204);
    const erased = await staff.get(`/api/people/${created.body.id}`).expect(200);
    expect(erased.body).toMatchObject({
      fullName: null,
      phone: null,
      birthYear: null,
      erased: true,
    });
    const search = await staff.get('/api/people?q=ly thi xoa').expect(200);
    expect(search.body.total).toBe(0);
    await staff.patch(`/api/people/${created.body.id}`).send({ group: 'other' }).expect(409);
  });

  it('edits a person and keeps the duplicate rule', async () => {
    const a = await staff
      .post('/api/people')
      .send(personBody({ fullName: 'Đinh Văn A', birthYear: 1970, phone: '0911 000 001' }))
      .expect(201);
    const b = await staff
      .post('/api/people')
      .send(personBody({ fullName: 'Đinh Văn B', birthYear: 1970, phone: '0911 000 001' }))
      .expect(201);
    const res = await staff
      .patch(`/api/people/${b.body.id}`)
      .send({ fullName: 'Đinh Văn A' })
      .expect(409);
    expect(res.body.existingId).toBe(a.body.id);
    const ok = await staff
      .patch(`/api/people/${b.body.id}`)
      .send({ group: 'veteran', phone: '' })
      .expect(200);
    expect(ok.body).toMatchObject({ group: 'veteran', phone: null });
  });

  it('lets a coordinator correct what their organization holds, answering as if no one else existed', async () => {
    const tokens = await loginDemoUsers(t);
    const farmers = as(t, tokens.coordinator);
    const veterans = as(t, tokens.otherCoordinator);
    const theirs = await veterans
      .post('/api/people')
      .send(
        personBody({
          fullName: 'Hà Văn Riêng',
          birthYear: 1947,
          phone: '0918 777 001',
          group: 'veteran',
        }),
      )
      .expect(201);
    const ours = await farmers
      .post('/api/people')
      .send(personBody({ fullName: 'Hà Văn Rieng', birthYear: 1948, phone: '0918 777 001' }))
      .expect(201);
    // Corrected to the veterans' member: not a 409 naming them, but the farmers' own copy.
    const corrected = await farmers
      .patch(`/api/people/${ours.body.id}`)
      .send({ birthYear: 1947, group: 'elderly' })
      .expect(200);
    expect(corrected.body).toMatchObject({
      id: ours.body.id,
      fullName: 'Hà Văn Rieng',
      birthYear: 1947,
      group: 'elderly',
    });
    expect((await veterans.get(`/api/people/${theirs.body.id}`).expect(200)).body).toMatchObject({
      fullName: 'Hà Văn Riêng',
      group: 'veteran',
    });
    await farmers.get(`/api/people/${theirs.body.id}`).expect(404);
    // Within their own organization, the duplicate rule still answers with the existing member.
    const second = await farmers
      .post('/api/people')
      .send(personBody({ fullName: 'Hà Văn Khác', birthYear: 1947, phone: '0918 777 002' }))
      .expect(201);
    const clash = await farmers
      .patch(`/api/people/${second.body.id}`)
      .send({ fullName: 'Hà Văn Rieng', phone: '0918 777 001' })
      .expect(409);
    expect(clash.body).toMatchObject({ code: 'PERSON_DUPLICATE', existingId: ours.body.id });
  });

  it("erases the person from every organization's copy, not only from the registry", async () => {
    const tokens = await loginDemoUsers(t);
    const body = personBody({ fullName: 'Trịnh Thị Quên', birthYear: 1950, phone: '0918 777 009' });
    const farmers = await as(t, tokens.coordinator).post('/api/people').send(body).expect(201);
    const veterans = await as(t, tokens.otherCoordinator)
      .post('/api/people')
      .send({ ...body, group: 'veteran' })
      .expect(201);
    expect(veterans.body.id).toBe(farmers.body.id);
    await staff.delete(`/api/people/${farmers.body.id}`).expect(204);
    for (const token of [tokens.coordinator, tokens.otherCoordinator]) {
      expect(
        (await as(t, token).get(`/api/people/${farmers.body.id}`).expect(200)).body,
      ).toMatchObject({
        fullName: null,
        phone: null,
        birthYear: null,
        erased: true,
      });
    }
  });

  it('lets staff move a person to another organization, whose coordinator then holds them', async () => {
    const tokens = await loginDemoUsers(t);
    const veteransOrg = (await as(t, tokens.otherCoordinator).get('/api/auth/me').expect(200)).body
      .organizationId as string;
    const person = await staff
      .post('/api/people')
      .send(personBody({ fullName: 'Đỗ Văn Chuyển' }))
      .expect(201);
    await as(t, tokens.otherCoordinator).get(`/api/people/${person.body.id}`).expect(404);
    const moved = await staff
      .patch(`/api/people/${person.body.id}`)
      .send({ organizationId: veteransOrg, fullName: 'Đỗ Văn Chuyển Hội' })
      .expect(200);
    expect(moved.body.organizationId).toBe(veteransOrg);
    expect(
      (await as(t, tokens.otherCoordinator).get(`/api/people/${person.body.id}`).expect(200)).body,
    ).toMatchObject({
      fullName: 'Đỗ Văn Chuyển Hội',
      organizationId: veteransOrg,
    });
  });
});

describe('data retention', () => {
  it('anonymizes people not seen for the retention period, and keeps counting their attendance', async () => {
    const t = await createTestApp('embedded', { RETENTION_YEARS: '3' });
    try {
      const tokens = await loginDemoUsers(t);
      const staff = as(t, tokens.staff);
      const admin = as(t, tokens.admin);
      const old = await staff
        .post('/api/people')
        .send(personBody({ fullName: 'Người Lâu Không Gặp', phone: '0977 000 333' }))
        .expect(201);
      const recent = await staff
        .post('/api/people')
        .send(personBody({ fullName: 'Người Mới Gặp' }))
        .expect(201);
      const dataSource = t.app.get(DataSource);
      await dataSource.query(
        `UPDATE person SET last_seen_at = now() - interval '4 years' WHERE id = $1`,
        [old.body.id],
      );
      expect((await admin.get('/api/privacy/retention').expect(200)).body).toEqual({
        retentionYears: 3,
        eligible: 1,
      });
      expect((await admin.post('/api/privacy/retention/run').expect(200)).body).toEqual({
        anonymized: 1,
      });
      expect((await staff.get(`/api/people/${old.body.id}`).expect(200)).body).toMatchObject({
        fullName: null,
        phone: null,
        birthYear: null,
        erased: true,
      });
      expect((await staff.get(`/api/people/${recent.body.id}`).expect(200)).body.fullName).toBe(
        'Người Mới Gặp',
      );
      const audit = await admin.get('/api/audit?entity=person&action=erase').expect(200);
      expect(audit.body.items[0].summary).toMatchObject({ retention: true, anonymized: 1 });
      await staff.post('/api/privacy/retention/run').expect(403);
    } finally {
      await t.close();
    }
  });
});
