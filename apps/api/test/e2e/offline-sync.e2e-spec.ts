import { randomUUID } from 'node:crypto';
import {
  type AttendanceEventInput,
  type AttendanceSyncResult,
  attendanceSyncResultSchema,
  errorResponseSchema,
  registrationListSchema,
  rosterSchema,
} from '@canhgiac/contracts';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { as, loginDemoUsers } from '../support/auth';
import {
  communes,
  conferenceBody,
  createCampaign,
  createConference,
  personBody,
} from '../support/factories';
import { csv, FIELD_HEADER } from '../support/files';
import { createTestApp, TEST_NOW, type TestApp } from '../support/test-app';
import { testDatabaseKinds } from '../support/test-database';

type Client = ReturnType<typeof as>;

/**
 * Offline check-in at the venue: a device downloads the roster, checks people in with no
 * network, and sends its events later, maybe twice, maybe from several devices at once.
 */
describe.each(testDatabaseKinds())('offline check-in (%s)', (kind) => {
  let t: TestApp;
  let tokens: Awaited<ReturnType<typeof loginDemoUsers>>;
  let staff: Client;
  let farmers: Client;
  let veterans: Client;
  let campaignId: string;
  let veteransOrg: string;
  let venue = 0;

  /** The conference day is the test clock's day; the clock stands at 09:00 on it. */
  const day = () => t.clock.today();
  /** An instant of the conference day, by the device's clock, e.g. at('07:55'). */
  const at = (time: string) => `${day()}T${time}:00+07:00`;
  const iso = (instant: string) => new Date(instant).toISOString();

  async function conference(capacity = 200) {
    venue += 1;
    return createConference(
      staff,
      conferenceBody(campaignId, day(), 7, 11, { capacity, venue: `Hội trường thôn ${venue}` }),
    );
  }

  async function register(client: Client, conferenceId: string, overrides = {}) {
    const res = await client
      .post(`/api/conferences/${conferenceId}/registrations`)
      .send({ person: personBody(overrides) })
      .expect(201);
    return res.body as { id: string; checkInCode: string; person: { id: string } };
  }

  const checkIn = (code: string, time = '08:00'): AttendanceEventInput => ({
    eventId: randomUUID(),
    at: at(time),
    kind: 'check_in',
    code,
  });

  const sync = (
    client: Client,
    conferenceId: string,
    events: unknown[],
    deviceId = 'may-tinh-bang-1',
  ) => client.post(`/api/conferences/${conferenceId}/attendance/sync`).send({ deviceId, events });

  async function synced(
    client: Client,
    conferenceId: string,
    events: unknown[],
    deviceId?: string,
  ) {
    const res = await sync(client, conferenceId, events, deviceId).expect(200);
    return attendanceSyncResultSchema.parse(res.body).results;
  }

  async function listed(conferenceId: string) {
    const res = await staff.get(`/api/conferences/${conferenceId}/registrations`).expect(200);
    return new Map(registrationListSchema.parse(res.body).map((r) => [r.id, r]));
  }

  beforeAll(async () => {
    t = await createTestApp(kind);
    tokens = await loginDemoUsers(t);
    staff = as(t, tokens.staff);
    farmers = as(t, tokens.coordinator);
    veterans = as(t, tokens.otherCoordinator);
    campaignId = (await createCampaign(staff)).id;
    veteransOrg = (await veterans.get('/api/auth/me').expect(200)).body.organizationId;
  });
  afterAll(() => t.close());

  it('gives a device the conference and its registrants, without phone numbers', async () => {
    const c = await conference();
    const a = await register(staff, c.id, { fullName: 'Trần Thị Điểm', phone: '0912 345 678' });
    const b = await register(staff, c.id, { fullName: 'Lê Văn Danh', birthYear: 1951 });
    const res = await staff.get(`/api/conferences/${c.id}/roster`).expect(200);
    const roster = rosterSchema.parse(res.body);
    expect(roster.conference).toEqual({
      id: c.id,
      title: c.title,
      startsAt: c.startsAt,
      endsAt: c.endsAt,
      venue: c.venue,
      communeCode: c.communeCode,
      status: 'planned',
    });
    expect(roster.generatedAt).toBe(t.clock.now().toISOString());
    expect(roster.registrations.map((r) => r.id)).toEqual([b.id, a.id]);
    expect(roster.registrations[1]).toEqual({
      id: a.id,
      code: a.checkInCode,
      fullName: 'Trần Thị Điểm',
      birthYear: expect.any(Number),
      communeCode: communes.haiHau,
      organizationId: null,
      status: 'registered',
      checkedInAt: null,
    });
    expect(JSON.stringify(res.body)).not.toMatch(/phone|0912345678/u);
  });

  it("gives a coordinator only their organization's registrations on the roster", async () => {
    const c = await conference();
    const own = await register(farmers, c.id);
    const other = await register(veterans, c.id);
    const ids = async (client: Client) =>
      rosterSchema
        .parse((await client.get(`/api/conferences/${c.id}/roster`).expect(200)).body)
        .registrations.map((r) => r.id)
        .sort();
    expect(await ids(farmers)).toEqual([own.id]);
    expect(await ids(veterans)).toEqual([other.id]);
    expect(await ids(staff)).toEqual([own.id, other.id].sort());
  });

  it('lists the roster in the order of the roll-call sheet the same caller prints', async () => {
    const c = await conference();
    await register(staff, c.id, { fullName: 'Vũ Văn Ất' });
    await register(veterans, c.id, { fullName: 'Đỗ Thị Bính' });
    await register(farmers, c.id, { fullName: 'Ngô Văn Canh' });
    await register(farmers, c.id, { fullName: 'An Thị Đinh' });
    for (const client of [staff, farmers]) {
      const roster = rosterSchema.parse(
        (await client.get(`/api/conferences/${c.id}/roster`).expect(200)).body,
      );
      const sheet = registrationListSchema.parse(
        (await client.get(`/api/conferences/${c.id}/registrations`).expect(200)).body,
      );
      expect(roster.registrations.map((r) => r.id)).toEqual(sheet.map((r) => r.id));
    }
    const staffRoster = rosterSchema.parse(
      (await staff.get(`/api/conferences/${c.id}/roster`).expect(200)).body,
    );
    // By organization (Cựu chiến binh before Nông dân, no organization last), then by name.
    expect(staffRoster.registrations.map((r) => r.fullName)).toEqual([
      'Đỗ Thị Bính',
      'An Thị Đinh',
      'Ngô Văn Canh',
      'Vũ Văn Ất',
    ]);
  });

  it('refuses the roster and the sync to leaders, like every route that returns people', async () => {
    const c = await conference();
    const reg = await register(staff, c.id);
    const leader = as(t, tokens.leader);
    errorResponseSchema.parse(
      (await leader.get(`/api/conferences/${c.id}/roster`).expect(403)).body,
    );
    await sync(leader, c.id, [checkIn(reg.checkInCode)]).expect(403);
    expect((await listed(c.id)).get(reg.id)?.status).toBe('registered');
  });

  it('answers 404 for an unknown conference', async () => {
    const unknown = randomUUID();
    await staff.get(`/api/conferences/${unknown}/roster`).expect(404);
    await sync(staff, unknown, [checkIn('7K3M9QXD')]).expect(404);
  });

  it('answers duplicate for every event of a batch sent again, and changes nothing', async () => {
    const c = await conference();
    const byCode = await register(farmers, c.id);
    const byId = await register(farmers, c.id);
    const events = [
      checkIn(byCode.checkInCode, '07:40'),
      { eventId: randomUUID(), at: at('07:45'), kind: 'check_in', registrationId: byId.id },
      {
        eventId: randomUUID(),
        at: at('07:50'),
        kind: 'walk_in',
        person: personBody({ fullName: 'Phạm Văn Đến Muộn' }),
      },
      checkIn('ZZZZZZZZ'),
    ];
    const first = await synced(farmers, c.id, events);
    expect(first.map((r) => r.outcome)).toEqual(['applied', 'applied', 'applied', 'rejected']);
    expect(first[0].registrationId).toBe(byCode.id);
    expect(first[1].registrationId).toBe(byId.id);

    const dataSource = t.app.get(DataSource);
    const state = async () => ({
      registrations: await listed(c.id),
      rows: await dataSource.query(
        `SELECT (SELECT count(*)::int FROM attendance_event) AS events,
                (SELECT count(*)::int FROM audit_log) AS audit,
                (SELECT count(*)::int FROM person) AS people,
                (SELECT registered_count FROM conference WHERE id = $1) AS seats`,
        [c.id],
      ),
    });
    const before = await state();
    const again = await synced(farmers, c.id, events, 'may-tinh-bang-2');
    expect(again.map((r) => r.outcome)).toEqual([
      'duplicate',
      'duplicate',
      'duplicate',
      'duplicate',
    ]);
    // The device learns what became of each event, even if it never saw the first answer.
    expect(again.map((r) => r.registrationId)).toEqual(first.map((r) => r.registrationId));
    expect(again[3].reason).toBe(first[3].reason);
    expect(await state()).toEqual(before);
  });

  it('applies the valid events of a batch and rejects, with a reason, those of another organization and of a cancelled conference', async () => {
    const open = await conference();
    const cancelled = await conference();
    const own = await register(farmers, open.id);
    const foreign = await register(veterans, open.id);
    const elsewhere = await register(farmers, cancelled.id);
    await staff
      .post(`/api/conferences/${cancelled.id}/status`)
      .send({ status: 'cancelled', reason: 'Mưa bão' })
      .expect(200);

    const results = await synced(farmers, open.id, [
      checkIn(own.checkInCode),
      checkIn(foreign.checkInCode),
      { eventId: randomUUID(), at: at('08:01'), kind: 'check_in', registrationId: foreign.id },
      checkIn(elsewhere.checkInCode),
      checkIn('ZZZZZZZZ'),
      {
        eventId: randomUUID(),
        at: at('08:02'),
        kind: 'walk_in',
        person: { ...personBody(), consent: false },
      },
      {
        eventId: randomUUID(),
        at: at('08:03'),
        kind: 'walk_in',
        person: personBody({ organizationId: veteransOrg }),
      },
      { eventId: randomUUID(), at: 'hôm qua', kind: 'check_in', code: own.checkInCode },
      { eventId: randomUUID(), at: at('08:04'), kind: 'check_out', code: own.checkInCode },
    ]);
    expect(results.map((r) => r.outcome)).toEqual([
      'applied',
      ...Array.from({ length: 8 }, () => 'rejected'),
    ]);
    const reasons = results.map((r) => r.reason);
    expect(reasons[0]).toBeUndefined();
    // Another organization's registrant gets the answer an unknown code gets.
    expect(reasons[1]).toBe(
      `Mã điểm danh ${foreign.checkInCode} không có trong danh sách hội nghị này`,
    );
    expect(reasons[2]).toBe('Lượt đăng ký này không có trong danh sách hội nghị này');
    expect(reasons[3]).toBe(
      `Mã điểm danh ${elsewhere.checkInCode} không có trong danh sách hội nghị này`,
    );
    expect(reasons[4]).toBe('Mã điểm danh ZZZZZZZZ không có trong danh sách hội nghị này');
    expect(reasons[5]).toBe(
      'Sự kiện không hợp lệ: Cần có sự đồng ý của người tham gia để lưu thông tin',
    );
    expect(reasons[6]).toMatch(/tổ chức mình/u);
    expect(reasons[7]).toMatch(
      /^Sự kiện không hợp lệ: Thời điểm: Thời gian phải có dạng ISO 8601/u,
    );
    expect(reasons[8]).toBe(
      'Sự kiện không hợp lệ: Loại sự kiện (kind) phải là check_in hoặc walk_in',
    );
    const list = await listed(open.id);
    expect(list.get(own.id)).toMatchObject({ status: 'attended', checkInMethod: 'code' });
    expect(list.get(foreign.id)?.status).toBe('registered');

    const atCancelled = await synced(farmers, cancelled.id, [checkIn(elsewhere.checkInCode)]);
    expect(atCancelled).toEqual([
      {
        eventId: expect.any(String),
        outcome: 'rejected',
        reason: 'Hội nghị đã bị hủy, không thể điểm danh',
      },
    ]);
    const [{ status }] = await t.app
      .get(DataSource)
      .query<Array<Record<string, unknown>>>(`SELECT status FROM registration WHERE id = $1`, [
        elsewhere.id,
      ]);
    expect(status).toBe('registered');
  });

  it('counts the same person checked in from two devices once, at the earliest time, as an online check-in is counted', async () => {
    const c = await conference();
    const reg = await register(farmers, c.id);
    const [first] = await synced(farmers, c.id, [checkIn(reg.checkInCode, '08:10')], 'may-1');
    // The second device had no network until later, but saw the person first.
    const [second] = await synced(staff, c.id, [checkIn(reg.checkInCode, '07:55')], 'may-2');
    const [third] = await synced(farmers, c.id, [checkIn(reg.checkInCode, '08:30')], 'may-3');
    expect([first, second, third].map((r) => [r.outcome, r.registrationId])).toEqual([
      ['applied', reg.id],
      ['applied', reg.id],
      ['applied', reg.id],
    ]);
    const online = await staff
      .post(`/api/conferences/${c.id}/attendance`)
      .send({ code: reg.checkInCode })
      .expect(200);
    expect(online.body).toMatchObject({ status: 'attended', checkedInAt: iso(at('07:55')) });
    expect((await listed(c.id)).get(reg.id)).toMatchObject({
      status: 'attended',
      checkedInAt: iso(at('07:55')),
      checkInMethod: 'code',
    });
    const [{ attendances }] = await t.app
      .get(DataSource)
      .query<Array<Record<string, unknown>>>(
        `SELECT count(*)::int AS attendances FROM registration WHERE conference_id = $1 AND status = 'attended'`,
        [c.id],
      );
    expect(attendances).toBe(1);
  });

  it('makes walk-ins of the same person from two devices one person and one registration', async () => {
    const c = await conference();
    const person = personBody({ fullName: 'Đỗ Thị Vãng Lai', birthYear: 1950 });
    const walkIn = (time: string, fullName: unknown) => ({
      eventId: randomUUID(),
      at: at(time),
      kind: 'walk_in',
      person: { ...person, fullName },
    });
    const [a, b] = await Promise.all([
      synced(farmers, c.id, [walkIn('08:20', person.fullName)], 'may-1'),
      synced(farmers, c.id, [walkIn('08:05', 'do thi vang lai')], 'may-2'),
    ]);
    expect([a[0].outcome, b[0].outcome]).toEqual(['applied', 'applied']);
    expect(a[0].registrationId).toBe(b[0].registrationId);
    const [counts] = await t.app.get(DataSource).query<Array<Record<string, unknown>>>(
      `SELECT (SELECT count(*)::int FROM person WHERE name_key = fold_text($1)) AS people,
              (SELECT count(*)::int FROM registration WHERE conference_id = $2) AS registrations,
              (SELECT registered_count FROM conference WHERE id = $2) AS seats`,
      [person.fullName, c.id],
    );
    expect(counts).toEqual({ people: 1, registrations: 1, seats: 1 });
    expect((await listed(c.id)).get(a[0].registrationId!)).toMatchObject({
      status: 'attended',
      checkInMethod: 'walk_in',
      checkedInAt: iso(at('08:05')),
    });
  });

  it('rejects a check-in the device recorded before the conference day, and counts one after the sync at the time of the sync', async () => {
    const c = await conference();
    const [early, late, right] = await Promise.all([0, 1, 2].map(() => register(staff, c.id)));
    const now = t.clock.now().getTime();
    const walkIn = {
      eventId: randomUUID(),
      at: `${day()}T00:00:00+07:00`,
      kind: 'walk_in',
      person: personBody({ fullName: 'Mai Văn Nửa Đêm' }),
    };
    const results = await synced(staff, c.id, [
      { ...checkIn(early.checkInCode), at: `${day()}T00:00:00+07:00` },
      { ...checkIn(early.checkInCode), at: new Date(now - 3 * 86_400_000).toISOString() },
      { ...checkIn(right.checkInCode), at: new Date(now - 9 * 3_600_000 - 1000).toISOString() },
      { ...checkIn(late.checkInCode), at: new Date(now + 2 * 86_400_000).toISOString() },
      checkIn(right.checkInCode, '08:45'),
      { ...walkIn, at: `${day()}T00:00:00+07:00` },
      {
        ...walkIn,
        eventId: randomUUID(),
        person: personBody({ fullName: 'Mai Thị Hôm Qua' }),
        at: new Date(now - 86_400_000).toISOString(),
      },
    ]);
    expect(results.map((r) => r.outcome)).toEqual([
      'applied',
      'rejected',
      'rejected',
      'applied',
      'applied',
      'applied',
      'rejected',
    ]);
    // 00:00 on the day is the day; one second before it is the day before.
    const dayLabel = day().split('-').reverse().join('/');
    expect(results[2].reason).toBe(
      `Thiết bị ghi điểm danh lúc 23:59 ngày ${new Date(now - 86_400_000).toISOString().slice(0, 10).split('-').reverse().join('/')}, trước ngày hội nghị (${dayLabel}); kiểm tra lại ngày giờ của thiết bị`,
    );
    expect(results[1].reason).toContain(`trước ngày hội nghị (${dayLabel})`);
    const list = await listed(c.id);
    expect(list.get(early.id)?.checkedInAt).toBe(iso(`${day()}T00:00:00+07:00`));
    expect(list.get(late.id)?.checkedInAt).toBe(t.clock.now().toISOString());
    expect(list.get(right.id)?.checkedInAt).toBe(iso(at('08:45')));
    // The walk-in recorded the day before was not registered.
    const names = (await staff.get(`/api/conferences/${c.id}/registrations`).expect(200)).body.map(
      (r: { person: { fullName: string } }) => r.person.fullName,
    );
    expect(names).toContain('Mai Văn Nửa Đêm');
    expect(names).not.toContain('Mai Thị Hôm Qua');
  });

  it('rejects every event while the conference day has not come, and applies them when sent on the day', async () => {
    const tomorrow = new Date(t.clock.now().getTime() + 86_400_000);
    const tomorrowDay = tomorrow.toISOString().slice(0, 10);
    venue += 1;
    const c = await createConference(
      staff,
      conferenceBody(campaignId, tomorrowDay, 7, 11, { venue: `Hội trường thôn ${venue}` }),
    );
    const reg = await register(staff, c.id);
    const events = [{ ...checkIn(reg.checkInCode), at: `${tomorrowDay}T08:00:00+07:00` }];
    const before = await synced(staff, c.id, events);
    expect(before).toEqual([
      {
        eventId: events[0].eventId,
        outcome: 'rejected',
        reason: `Chưa đến ngày hội nghị (${tomorrowDay.split('-').reverse().join('/')}) nên chưa thể điểm danh; hãy đồng bộ lại vào ngày hội nghị`,
      },
    ]);
    expect((await listed(c.id)).get(reg.id)?.status).toBe('registered');
    // The device sends it again on the day, as a new event (the first one was decided).
    t.clock.set(`${tomorrowDay}T09:00:00+07:00`);
    try {
      const onTheDay = await synced(staff, c.id, [{ ...events[0], eventId: randomUUID() }]);
      expect(onTheDay[0].outcome).toBe('applied');
      expect((await listed(c.id)).get(reg.id)?.checkedInAt).toBe(
        iso(`${tomorrowDay}T08:00:00+07:00`),
      );
    } finally {
      t.clock.set(TEST_NOW);
    }
  });

  it('audits a sync with the device, the caller and what came of its events', async () => {
    const c = await conference();
    const reg = await register(farmers, c.id);
    const events = [checkIn(reg.checkInCode), checkIn('ZZZZZZZZ')];
    await synced(farmers, c.id, [...events, events[0]], 'may-kiem-toan');
    await synced(farmers, c.id, events, 'may-kiem-toan');
    const audit = await as(t, tokens.admin)
      .get(`/api/audit?entity=attendance_sync&pageSize=100`)
      .expect(200);
    const entries = audit.body.items.filter(
      (e: { entityId: string }) => e.entityId === c.id,
    ) as Array<{ username: string; action: string; summary: Record<string, unknown> }>;
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      username: 'coord.farmers',
      action: 'check_in',
      summary: {
        conferenceId: c.id,
        deviceId: 'may-kiem-toan',
        events: 3,
        applied: 1,
        duplicate: 1,
        rejected: 1,
        attended: 1,
        movedEarlier: 0,
        timesAdjusted: 0,
      },
    });
  });

  it('applies each of 500 events exactly once when 10 devices send them at the same time', async () => {
    const c = await conference(600);
    const file = csv([
      FIELD_HEADER,
      ...Array.from({ length: 500 }, () => {
        const p = personBody();
        return [p.fullName, p.gender, p.birthYear, '', p.communeCode, p.group] as string[];
      }),
    ]);
    const imported = await request(t.http)
      .post(`/api/conferences/${c.id}/registrations/import`)
      .query({ organizationId: veteransOrg })
      .set('Authorization', `Bearer ${tokens.staff}`)
      .attach('file', file, 'danh-sach.csv')
      .expect(200);
    expect(imported.body.created).toBe(500);
    const roster = rosterSchema.parse(
      (await farmers.get(`/api/conferences/${c.id}/roster`).expect(200)).body,
    );
    expect(roster.registrations).toHaveLength(0);
    const codes = rosterSchema
      .parse((await staff.get(`/api/conferences/${c.id}/roster`).expect(200)).body)
      .registrations.map((r) => r.code);
    expect(codes).toHaveLength(500);
    const events = codes.map((code, i) => checkIn(code, `08:${String(i % 60).padStart(2, '0')}`));

    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, device) => sync(staff, c.id, events, `may-${device + 1}`)),
    );
    expect(answers.map((r) => r.status)).toEqual(Array.from({ length: 10 }, () => 200));
    const results = answers.flatMap(
      (r) => (attendanceSyncResultSchema.parse(r.body) as AttendanceSyncResult).results,
    );
    expect(new Set(results.map((r) => r.outcome))).toEqual(new Set(['applied', 'duplicate']));
    const applied = results.filter((r) => r.outcome === 'applied').map((r) => r.eventId);
    expect(applied).toHaveLength(500);
    expect(new Set(applied)).toEqual(new Set(events.map((e) => e.eventId)));

    const [counts] = await t.app.get(DataSource).query<Array<Record<string, unknown>>>(
      `SELECT (SELECT count(*)::int FROM registration WHERE conference_id = $1 AND status = 'attended') AS attended,
              (SELECT count(*)::int FROM attendance_event WHERE conference_id = $1) AS events,
              (SELECT count(*)::int FROM attendance_event WHERE conference_id = $1 AND outcome = 'applied') AS applied`,
      [c.id],
    );
    expect(counts).toEqual({ attended: 500, events: 500, applied: 500 });
  });

  it('refuses a batch of more than 2,000 events, or an event without its id, with 400 in the error shape', async () => {
    const c = await conference();
    const tooMany = await sync(
      staff,
      c.id,
      Array.from({ length: 2001 }, () => checkIn('7K3M9QXD')),
    ).expect(400);
    expect(errorResponseSchema.parse(tooMany.body)).toMatchObject({
      statusCode: 400,
      error: 'Bad Request',
      code: 'VALIDATION_FAILED',
      details: [{ path: 'events', message: expect.stringMatching(/2\.000 sự kiện/u) }],
    });
    const noId = await sync(staff, c.id, [{ ...checkIn('7K3M9QXD'), eventId: 'abc' }]).expect(400);
    expect(errorResponseSchema.parse(noId.body).details?.[0].path).toBe('events.0');
    const [{ events }] = await t.app
      .get(DataSource)
      .query<Array<Record<string, unknown>>>(
        `SELECT count(*)::int AS events FROM attendance_event WHERE conference_id = $1`,
        [c.id],
      );
    expect(events).toBe(0);
  });
});
