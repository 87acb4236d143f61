import { todayInVietnam } from '../../src/common/time';
import {
  errorResponseSchema,
  registrationListSchema,
  registrationSchema,
} from '@canhgiac/contracts';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { as, loginDemoUsers } from '../support/auth';
import { conferenceBody, createCampaign, createConference, personBody } from '../support/factories';
import { binary, pdfFonts, pdfText } from '../support/pdf';
import { createTestApp, TEST_NOW, type TestApp } from '../support/test-app';
import { testDatabaseKinds } from '../support/test-database';

describe.each(testDatabaseKinds())('registration and attendance (%s)', (kind) => {
  let t: TestApp;
  let tokens: Awaited<ReturnType<typeof loginDemoUsers>>;
  let staff: ReturnType<typeof as>;
  let campaignId: string;
  let hour = 0;

  /**
   * A fresh conference at its own venue, so tests do not clash; on a day before the test clock's
   * (2026-05-15), so that check-in is open, unless a day is given.
   */
  async function conference(capacity = 100, status?: 'confirmed', on?: string) {
    hour += 1;
    const day = on ?? `2026-0${1 + (hour % 4)}-${String(1 + (hour % 27)).padStart(2, '0')}`;
    const created = await createConference(
      staff,
      conferenceBody(campaignId, day, 7, 8, { capacity, venue: `Hội trường ${hour}` }),
    );
    if (status)
      await staff.post(`/api/conferences/${created.id}/status`).send({ status }).expect(200);
    return created;
  }

  beforeAll(async () => {
    t = await createTestApp(kind);
    tokens = await loginDemoUsers(t);
    staff = as(t, tokens.staff);
    campaignId = (await createCampaign(staff)).id;
  });
  afterAll(() => t.close());

  it('registers an existing person, or a new one in the same call', async () => {
    const c = await conference();
    const person = await staff.post('/api/people').send(personBody()).expect(201);
    const existing = await staff
      .post(`/api/conferences/${c.id}/registrations`)
      .send({ personId: person.body.id })
      .expect(201);
    expect(registrationSchema.parse(existing.body)).toMatchObject({
      status: 'registered',
      checkedInAt: null,
    });
    const fresh = await staff
      .post(`/api/conferences/${c.id}/registrations`)
      .send({ person: personBody({ fullName: 'Hoàng Văn Mới' }) })
      .expect(201);
    expect(fresh.body.person.fullName).toBe('Hoàng Văn Mới');
    expect(fresh.body.checkInCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/u);
  });

  it('refuses to register the same person twice', async () => {
    const c = await conference();
    const body = { person: personBody() };
    await staff.post(`/api/conferences/${c.id}/registrations`).send(body).expect(201);
    const res = await staff.post(`/api/conferences/${c.id}/registrations`).send(body).expect(409);
    expect(res.body.code).toBe('ALREADY_REGISTERED');
  });

  it('refuses a registration beyond capacity', async () => {
    const c = await conference(2);
    await staff
      .post(`/api/conferences/${c.id}/registrations`)
      .send({ person: personBody() })
      .expect(201);
    await staff
      .post(`/api/conferences/${c.id}/registrations`)
      .send({ person: personBody() })
      .expect(201);
    const res = await staff
      .post(`/api/conferences/${c.id}/registrations`)
      .send({ person: personBody() })
      .expect(409);
    expect(res.body).toMatchObject({ code: 'CONFERENCE_FULL', capacity: 2 });
  });

  it('holds capacity under concurrent registrations: exactly as many succeed as there are seats', async () => {
    const c = await conference(5);
    const results = await Promise.all(
      Array.from({ length: 12 }, () =>
        staff.post(`/api/conferences/${c.id}/registrations`).send({ person: personBody() }),
      ),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(5);
    expect(
      results.filter((r) => r.status === 409).every((r) => r.body.code === 'CONFERENCE_FULL'),
    ).toBe(true);
    const list = registrationListSchema.parse(
      (await staff.get(`/api/conferences/${c.id}/registrations`).expect(200)).body,
    );
    expect(list).toHaveLength(5);
    const [{ count }] = await t.app
      .get(DataSource)
      .query<Array<Record<string, unknown>>>(
        `SELECT registered_count AS count FROM conference WHERE id = $1`,
        [c.id],
      );
    expect(count).toBe(5);
  });

  it('registers one person once under concurrent requests for the same person', async () => {
    const c = await conference();
    const person = await staff.post('/api/people').send(personBody()).expect(201);
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        staff.post(`/api/conferences/${c.id}/registrations`).send({ personId: person.body.id }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
  });

  it('checks in by registration, person or printed code; a repeat returns the same time', async () => {
    const c = await conference(100, 'confirmed');
    const regs = await Promise.all(
      [0, 1, 2].map(() =>
        staff
          .post(`/api/conferences/${c.id}/registrations`)
          .send({ person: personBody() })
          .expect(201),
      ),
    );
    const byRegistration = await staff
      .post(`/api/conferences/${c.id}/attendance`)
      .send({ registrationId: regs[0].body.id })
      .expect(200);
    expect(byRegistration.body).toMatchObject({
      status: 'attended',
      checkInMethod: 'registration',
    });
    const byPerson = await staff
      .post(`/api/conferences/${c.id}/attendance`)
      .send({ personId: regs[1].body.person.id })
      .expect(200);
    expect(byPerson.body.checkInMethod).toBe('person');
    const byCode = await staff
      .post(`/api/conferences/${c.id}/attendance`)
      .send({ code: regs[2].body.checkInCode.toLowerCase() })
      .expect(200);
    expect(byCode.body.checkInMethod).toBe('code');
    const again = await staff
      .post(`/api/conferences/${c.id}/attendance`)
      .send({ code: regs[2].body.checkInCode })
      .expect(200);
    expect(again.body.checkedInAt).toBe(byCode.body.checkedInAt);
    await staff.post(`/api/conferences/${c.id}/attendance`).send({ code: 'ZZZZZZZZ' }).expect(404);
  });

  it('answers concurrent check-ins of one registrant with the same registration and time', async () => {
    const c = await conference(100, 'confirmed');
    const reg = await staff
      .post(`/api/conferences/${c.id}/registrations`)
      .send({ person: personBody() })
      .expect(201);
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        staff.post(`/api/conferences/${c.id}/attendance`).send({ registrationId: reg.body.id }),
      ),
    );
    expect(new Set(results.map((r) => r.status))).toEqual(new Set([200]));
    expect(new Set(results.map((r) => r.body.checkedInAt)).size).toBe(1);
    const audit = await as(t, tokens.admin)
      .get(`/api/audit?entity=registration&action=check_in&pageSize=100`)
      .expect(200);
    expect(
      audit.body.items.filter((e: { entityId: string }) => e.entityId === reg.body.id),
    ).toHaveLength(1);
  });

  it('audits a check-in with who, where and how, and marks the person seen for retention', async () => {
    const c = await conference(100, 'confirmed');
    const reg = await staff
      .post(`/api/conferences/${c.id}/registrations`)
      .send({ person: personBody() })
      .expect(201);
    const dataSource = t.app.get(DataSource);
    await dataSource.query(
      `UPDATE person SET last_seen_at = now() - interval '4 years' WHERE id = $1`,
      [reg.body.person.id],
    );
    const checkedIn = await staff
      .post(`/api/conferences/${c.id}/attendance`)
      .send({ code: reg.body.checkInCode })
      .expect(200);
    expect(registrationSchema.parse(checkedIn.body)).toMatchObject({
      id: reg.body.id,
      status: 'attended',
      checkInMethod: 'code',
      person: { id: reg.body.person.id, fullName: reg.body.person.fullName },
    });
    const [{ recent }] = await dataSource.query<Array<Record<string, unknown>>>(
      `SELECT last_seen_at > now() - interval '1 minute' AS recent FROM person WHERE id = $1`,
      [reg.body.person.id],
    );
    expect(recent).toBe(true);
    const audit = await as(t, tokens.admin)
      .get(`/api/audit?entity=registration&action=check_in&pageSize=100`)
      .expect(200);
    const entry = audit.body.items.find((e: { entityId: string }) => e.entityId === reg.body.id);
    expect(entry).toMatchObject({
      username: 'staff',
      summary: { conferenceId: c.id, method: 'code' },
    });
  });

  describe("check-in opens on the conference's day", () => {
    // The conference is on the day after the test clock's day, at 07:00.
    const today = todayInVietnam(new Date(TEST_NOW));
    const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000)
      .toISOString()
      .slice(0, 10);
    afterEach(() => t.clock.set(TEST_NOW));

    async function tomorrowsConference() {
      const c = await conference(100, 'confirmed', tomorrow);
      const reg = await staff
        .post(`/api/conferences/${c.id}/registrations`)
        .send({ person: personBody() })
        .expect(201);
      return { c, reg: reg.body as { id: string; checkInCode: string; person: { id: string } } };
    }

    it('refuses a check-in before the day with 409 CHECK_IN_BEFORE_DAY, by code, registration, person or walk-in, and writes nothing', async () => {
      const { c, reg } = await tomorrowsConference();
      for (const body of [
        { code: reg.checkInCode },
        { registrationId: reg.id },
        { personId: reg.person.id },
        { person: personBody({ fullName: 'Lý Văn Sớm' }) },
      ]) {
        for (const caller of [staff, as(t, tokens.coordinator)]) {
          const res = await caller.post(`/api/conferences/${c.id}/attendance`).send(body);
          expect(res.status).toBe(409);
          expect(errorResponseSchema.parse(res.body)).toMatchObject({
            statusCode: 409,
            error: 'Conflict',
            code: 'CHECK_IN_BEFORE_DAY',
            message: expect.stringContaining(
              `Hội nghị diễn ra ngày ${tomorrow.split('-').reverse().join('/')}, chưa đến ngày`,
            ),
          });
          expect(res.body).toMatchObject({ startsOn: tomorrow, today });
        }
      }
      const list = await staff.get(`/api/conferences/${c.id}/registrations`).expect(200);
      // The walk-in was not registered either, and nobody is attended.
      expect(registrationListSchema.parse(list.body).map((r) => [r.id, r.status])).toEqual([
        [reg.id, 'registered'],
      ]);
    });

    it("opens at 00:00 on the conference's day, Vietnamese time", async () => {
      const { c, reg } = await tomorrowsConference();
      t.clock.set(`${today}T23:59:00+07:00`);
      await staff
        .post(`/api/conferences/${c.id}/attendance`)
        .send({ code: reg.checkInCode })
        .expect(409);
      t.clock.set(`${tomorrow}T00:00:00+07:00`);
      const res = await staff
        .post(`/api/conferences/${c.id}/attendance`)
        .send({ code: reg.checkInCode })
        .expect(200);
      expect(res.body).toMatchObject({ id: reg.id, status: 'attended' });
    });

    it('lets staff check in before the day with a reason, and the audit log keeps the reason and the days', async () => {
      const { c, reg } = await tomorrowsConference();
      const reason = 'Ông Tùng phải đi viện ngày mai, đã ký danh sách hôm nay';
      const res = await staff
        .post(`/api/conferences/${c.id}/attendance`)
        .send({ code: reg.checkInCode, earlyCheckIn: { reason } })
        .expect(200);
      expect(registrationSchema.parse(res.body)).toMatchObject({ id: reg.id, status: 'attended' });
      // Checked in early, the person is then answered as checked in, to anyone who may see them.
      const again = await staff
        .post(`/api/conferences/${c.id}/attendance`)
        .send({ code: reg.checkInCode })
        .expect(200);
      expect(again.body.checkedInAt).toBe(res.body.checkedInAt);
      const walkIn = await staff
        .post(`/api/conferences/${c.id}/attendance`)
        .send({ person: personBody({ fullName: 'Đặng Thị Sớm' }), earlyCheckIn: { reason } })
        .expect(200);
      expect(walkIn.body).toMatchObject({ status: 'attended', checkInMethod: 'walk_in' });

      const audit = await as(t, tokens.admin)
        .get(`/api/audit?entity=registration&action=check_in&pageSize=100`)
        .expect(200);
      for (const id of [reg.id, walkIn.body.id as string]) {
        const entry = audit.body.items.find((e: { entityId: string }) => e.entityId === id);
        expect(entry).toMatchObject({
          username: 'staff',
          summary: {
            conferenceId: c.id,
            earlyCheckIn: { reason, conferenceDay: tomorrow, checkedInOn: today },
          },
        });
      }
    });

    it('refuses the early check-in to a coordinator (403) and without a reason (400)', async () => {
      const { c, reg } = await tomorrowsConference();
      const forbidden = await as(t, tokens.coordinator)
        .post(`/api/conferences/${c.id}/attendance`)
        .send({ code: reg.checkInCode, earlyCheckIn: { reason: 'Cần điểm danh trước' } })
        .expect(403);
      expect(forbidden.body.message).toContain('Chỉ cán bộ của Sở');
      const blank = await staff
        .post(`/api/conferences/${c.id}/attendance`)
        .send({ code: reg.checkInCode, earlyCheckIn: { reason: '   ' } })
        .expect(400);
      expect(errorResponseSchema.parse(blank.body).details?.[0]?.path).toBe('earlyCheckIn.reason');
      const list = await staff.get(`/api/conferences/${c.id}/registrations`).expect(200);
      expect(list.body[0].status).toBe('registered');
    });

    it('records no early check-in in the audit log of a check-in on or after the day', async () => {
      const c = await conference(100, 'confirmed');
      const reg = await staff
        .post(`/api/conferences/${c.id}/registrations`)
        .send({ person: personBody() })
        .expect(201);
      await staff
        .post(`/api/conferences/${c.id}/attendance`)
        .send({ code: reg.body.checkInCode, earlyCheckIn: { reason: 'Không cần' } })
        .expect(200);
      const audit = await as(t, tokens.admin)
        .get(`/api/audit?entity=registration&action=check_in&pageSize=100`)
        .expect(200);
      const entry = audit.body.items.find((e: { entityId: string }) => e.entityId === reg.body.id);
      expect(entry.summary).toEqual({ conferenceId: c.id, method: 'code' });
    });
  });

  it('registers and checks in a walk-in in one step, reusing a person already in the registry', async () => {
    const c = await conference(100, 'confirmed');
    const known = personBody({ fullName: 'Bùi Văn Vãng', birthYear: 1949, phone: '0935 111 222' });
    const existing = await staff.post('/api/people').send(known).expect(201);
    const walkIn = await staff
      .post(`/api/conferences/${c.id}/attendance`)
      .send({ person: { ...known, fullName: 'bui van vang' } })
      .expect(200);
    expect(walkIn.body).toMatchObject({ status: 'attended', checkInMethod: 'walk_in' });
    expect(walkIn.body.person.id).toBe(existing.body.id);
  });

  it('makes 30 simultaneous walk-ins of the same new person one person and one registration, every one answered 200', async () => {
    const c = await conference(100, 'confirmed');
    const dataSource = t.app.get(DataSource);
    const cases = [
      {
        client: staff,
        body: personBody({ fullName: 'Lê Thị Cửa Đông', birthYear: 1957, phone: '0936 222 333' }),
      },
      // Without a phone the duplicate rule compares the commune; a coordinator at the door.
      {
        client: as(t, tokens.coordinator),
        body: personBody({ fullName: 'Lê Văn Cửa Tây', birthYear: 1953 }),
      },
    ];
    for (const { client, body } of cases) {
      const results = await Promise.all(
        Array.from({ length: 30 }, () =>
          client.post(`/api/conferences/${c.id}/attendance`).send({ person: body }),
        ),
      );
      expect(results.map((r) => r.status)).toEqual(Array.from({ length: 30 }, () => 200));
      expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
      expect(new Set(results.map((r) => r.body.person.id)).size).toBe(1);
      expect(new Set(results.map((r) => r.body.checkedInAt)).size).toBe(1);
      const [{ people, registrations }] = await dataSource.query<Array<Record<string, unknown>>>(
        `SELECT (SELECT count(*)::int FROM person WHERE name_key = fold_text($1)) AS people,
                (SELECT count(*)::int FROM registration r JOIN person p ON p.id = r.person_id
                 WHERE r.conference_id = $2 AND p.name_key = fold_text($1)) AS registrations`,
        [body.fullName, c.id],
      );
      expect({ people, registrations }).toEqual({ people: 1, registrations: 1 });
    }
    const [{ count }] = await dataSource.query<Array<{ count: number }>>(
      `SELECT registered_count AS count FROM conference WHERE id = $1`,
      [c.id],
    );
    expect(count).toBe(2);
  });

  it('counts a registrant not checked in at a held conference as absent', async () => {
    const past = await createConference(
      staff,
      conferenceBody(campaignId, '2026-01-05', 8, 9, { venue: 'Nhà văn hóa vắng mặt' }),
    );
    const a = await staff
      .post(`/api/conferences/${past.id}/registrations`)
      .send({ person: personBody() })
      .expect(201);
    const b = await staff
      .post(`/api/conferences/${past.id}/registrations`)
      .send({ person: personBody() })
      .expect(201);
    await staff
      .post(`/api/conferences/${past.id}/attendance`)
      .send({ registrationId: a.body.id })
      .expect(200);
    await staff
      .post(`/api/conferences/${past.id}/status`)
      .send({ status: 'confirmed' })
      .expect(200);
    await staff.post(`/api/conferences/${past.id}/status`).send({ status: 'held' }).expect(200);
    const list = (await staff.get(`/api/conferences/${past.id}/registrations`).expect(200))
      .body as Array<{ id: string; status: string }>;
    expect(Object.fromEntries(list.map((r) => [r.id, r.status]))).toEqual({
      [a.body.id]: 'attended',
      [b.body.id]: 'absent',
    });
    // Attendance entered later from the paper sheet still counts, once.
    await staff
      .post(`/api/conferences/${past.id}/attendance`)
      .send({ registrationId: b.body.id })
      .expect(200);
    const absent = await staff
      .get(`/api/conferences/${past.id}/registrations?status=absent`)
      .expect(200);
    expect(absent.body).toHaveLength(0);
  });

  it('refuses registration and check-in at a cancelled conference', async () => {
    const c = await conference();
    const reg = await staff
      .post(`/api/conferences/${c.id}/registrations`)
      .send({ person: personBody() })
      .expect(201);
    await staff
      .post(`/api/conferences/${c.id}/status`)
      .send({ status: 'cancelled', reason: 'Bão' })
      .expect(200);
    expect(
      (
        await staff
          .post(`/api/conferences/${c.id}/registrations`)
          .send({ person: personBody() })
          .expect(409)
      ).body.code,
    ).toBe('CONFERENCE_CANCELLED');
    await staff
      .post(`/api/conferences/${c.id}/attendance`)
      .send({ registrationId: reg.body.id })
      .expect(409);
  });

  it('unregisters someone who has not attended, freeing the seat', async () => {
    const c = await conference(1);
    const reg = await staff
      .post(`/api/conferences/${c.id}/registrations`)
      .send({ person: personBody() })
      .expect(201);
    await staff
      .post(`/api/conferences/${c.id}/registrations`)
      .send({ person: personBody() })
      .expect(409);
    await staff.delete(`/api/conferences/${c.id}/registrations/${reg.body.id}`).expect(204);
    const other = await staff
      .post(`/api/conferences/${c.id}/registrations`)
      .send({ person: personBody() })
      .expect(201);
    await staff
      .post(`/api/conferences/${c.id}/attendance`)
      .send({ registrationId: other.body.id })
      .expect(200);
    const res = await staff
      .delete(`/api/conferences/${c.id}/registrations/${other.body.id}`)
      .expect(409);
    expect(res.body.code).toBe('REGISTRATION_ATTENDED');
  });

  it('prints a roll-call sheet whose text holds the Vietnamese names exactly, by organization then name', async () => {
    const c = await conference();
    const names = ['Nguyễn Thị Hương', 'Đặng Văn Lộc', 'Trương Ngọc Ánh', 'Phạm Thị Thu Hiền'];
    for (const fullName of names) {
      await staff
        .post(`/api/conferences/${c.id}/registrations`)
        .send({ person: personBody({ fullName }) })
        .expect(201);
    }
    const res = await request(t.http)
      .get(`/api/conferences/${c.id}/roll-call.pdf`)
      .set('Authorization', `Bearer ${tokens.staff}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = pdfText(res.body as Buffer);
    for (const name of names) expect(text).toContain(name);
    expect(text).toContain('DANH SÁCH ĐIỂM DANH');
    expect(text).toContain('Xã Hải Hậu');
    const order = ['Đặng Văn Lộc', 'Nguyễn Thị Hương', 'Phạm Thị Thu Hiền', 'Trương Ngọc Ánh'].map(
      (n) => text.indexOf(n),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(pdfFonts(res.body as Buffer)).toMatch(/BeVietnamPro.*yes/u);
  });
});
