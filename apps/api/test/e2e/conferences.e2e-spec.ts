import { conferencePageSchema, conferenceSchema, errorResponseSchema } from '@canhgiac/contracts';
import { as, loginDemoUsers } from '../support/auth';
import {
  communes,
  conferenceBody,
  createCampaign,
  createConference,
  formerCommunes,
} from '../support/factories';
import { createTestApp, dayFromTestNow, TEST_NOW, type TestApp } from '../support/test-app';
import { testDatabaseKinds } from '../support/test-database';

describe.each(testDatabaseKinds())('scheduling conferences (%s)', (kind) => {
  let t: TestApp;
  let staff: ReturnType<typeof as>;
  let tokens: Awaited<ReturnType<typeof loginDemoUsers>>;
  let campaignId: string;

  beforeAll(async () => {
    t = await createTestApp(kind);
    tokens = await loginDemoUsers(t);
    staff = as(t, tokens.staff);
    campaignId = (await createCampaign(staff)).id;
  });
  afterAll(() => t.close());

  describe('clashes', () => {
    it('refuses a second booking of the same venue at an overlapping time, listing the conflict', async () => {
      const first = await createConference(staff, conferenceBody(campaignId, '2026-03-02', 8, 11));
      const res = await staff
        .post('/api/conferences')
        .send(
          conferenceBody(campaignId, '2026-03-02', 10, 12, {
            venue: '  nhà VAN hoa  thon kien chinh ',
          }),
        )
        .expect(409);
      expect(errorResponseSchema.parse(res.body).code).toBe('CONFERENCE_CLASH');
      expect(res.body.conflicts).toEqual([
        expect.objectContaining({ conferenceId: first.id, reason: 'venue', title: first.title }),
      ]);
    });

    it('does not count touching intervals as a clash', async () => {
      await createConference(staff, conferenceBody(campaignId, '2026-03-03', 8, 10));
      await createConference(staff, conferenceBody(campaignId, '2026-03-03', 10, 12));
    });

    it('compares instants, whatever the offset they are written with', async () => {
      await createConference(staff, conferenceBody(campaignId, '2026-03-04', 8, 10));
      // 02:30Z is 09:30 in Vietnam: inside the first booking.
      const res = await staff
        .post('/api/conferences')
        .send({
          ...conferenceBody(campaignId, '2026-03-04', 0, 1),
          startsAt: '2026-03-04T02:30:00Z',
          endsAt: '2026-03-04T04:00:00Z',
        })
        .expect(409);
      expect(res.body.conflicts[0].reason).toBe('venue');
      // 03:00Z is 10:00 in Vietnam: touching, not a clash.
      await staff
        .post('/api/conferences')
        .send({
          ...conferenceBody(campaignId, '2026-03-04', 0, 1),
          startsAt: '2026-03-04T03:00:00Z',
          endsAt: '2026-03-04T04:00:00Z',
        })
        .expect(201);
    });

    it('lets a cancelled conference free its venue and trainers', async () => {
      const cancelled = await createConference(
        staff,
        conferenceBody(campaignId, '2026-03-05', 8, 11, { trainers: ['Đặng Văn Lâm'] }),
      );
      await staff
        .post(`/api/conferences/${cancelled.id}/status`)
        .send({ status: 'cancelled', reason: 'Mưa bão' })
        .expect(200);
      await createConference(
        staff,
        conferenceBody(campaignId, '2026-03-05', 9, 10, { trainers: ['Đặng Văn Lâm'] }),
      );
    });

    it('allows the same venue name in another commune', async () => {
      await createConference(staff, conferenceBody(campaignId, '2026-03-06', 8, 11));
      await createConference(
        staff,
        conferenceBody(campaignId, '2026-03-06', 8, 11, { communeCode: communes.haiNam }),
      );
    });

    it('refuses a trainer who is already booked elsewhere at an overlapping time', async () => {
      const first = await createConference(
        staff,
        conferenceBody(campaignId, '2026-03-09', 8, 11, {
          trainers: ['Nguyễn Thị Hương', 'Lê Minh'],
        }),
      );
      const res = await staff
        .post('/api/conferences')
        .send(
          conferenceBody(campaignId, '2026-03-09', 10, 12, {
            communeCode: communes.haiTrung,
            venue: 'Nhà văn hóa xã',
            trainers: ['nguyen thi  huong'],
          }),
        )
        .expect(409);
      expect(res.body.conflicts).toEqual([
        expect.objectContaining({
          conferenceId: first.id,
          reason: 'trainer',
          trainer: 'Nguyễn Thị Hương',
        }),
      ]);
    });

    it('books anyway with force, and records that it was forced', async () => {
      const first = await createConference(staff, conferenceBody(campaignId, '2026-03-10', 8, 11));
      const forced = await staff
        .post('/api/conferences')
        .send({ ...conferenceBody(campaignId, '2026-03-10', 9, 10), force: true })
        .expect(201);
      expect(conferenceSchema.parse(forced.body).forced).toBe(true);
      const admin = as(t, tokens.admin);
      const audit = await admin.get(`/api/audit?entity=conference&action=create`).expect(200);
      const entry = audit.body.items.find(
        (item: { entityId: string }) => item.entityId === forced.body.id,
      );
      expect(entry.summary).toMatchObject({ forced: true, conflicts: [first.id] });
    });

    it('refuses an edit that moves a conference onto another booking', async () => {
      await createConference(staff, conferenceBody(campaignId, '2026-03-11', 8, 10));
      const second = await createConference(
        staff,
        conferenceBody(campaignId, '2026-03-11', 13, 15),
      );
      const res = await staff
        .patch(`/api/conferences/${second.id}`)
        .send({ startsAt: '2026-03-11T09:00:00+07:00', endsAt: '2026-03-11T11:00:00+07:00' })
        .expect(409);
      expect(res.body.conflicts[0].reason).toBe('venue');
      const moved = await staff
        .patch(`/api/conferences/${second.id}`)
        .send({ startsAt: '2026-03-11T10:00:00+07:00' })
        .expect(200);
      expect(moved.body.startsAt).toBe('2026-03-11T03:00:00.000Z');
    });

    it('lets exactly one of two simultaneous bookings of one venue through', async () => {
      const results = await Promise.all(
        [1, 2, 3, 4].map(() =>
          staff.post('/api/conferences').send(conferenceBody(campaignId, '2026-03-12', 8, 11)),
        ),
      );
      expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
      for (const res of results.filter((r) => r.status === 409))
        expect(res.body.code).toBe('CONFERENCE_CLASH');
    });

    it('lets exactly one of two simultaneous bookings of one trainer through', async () => {
      const results = await Promise.all(
        [communes.haiNam, communes.haiTrung].map((communeCode) =>
          staff.post('/api/conferences').send(
            conferenceBody(campaignId, '2026-03-13', 8, 11, {
              communeCode,
              venue: 'Nhà văn hóa',
              trainers: ['Trần Quốc Toản'],
            }),
          ),
        ),
      );
      expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    });
  });

  describe('lifecycle', () => {
    const move = (id: string, status: string, reason?: string) =>
      staff.post(`/api/conferences/${id}/status`).send({ status, reason });

    it('moves planned → confirmed → held once the conference has started', async () => {
      const past = await createConference(
        staff,
        conferenceBody(campaignId, dayFromTestNow(-120), 8, 11),
      );
      expect(past.status).toBe('planned');
      expect((await move(past.id, 'confirmed').expect(200)).body.status).toBe('confirmed');
      expect((await move(past.id, 'held').expect(200)).body.status).toBe('held');
    });

    it('refuses to mark a conference held before it starts', async () => {
      // The app's clock stands at TEST_NOW; the conference starts 219 days later at 08:00.
      const day = dayFromTestNow(219);
      const future = await createConference(staff, conferenceBody(campaignId, day, 8, 11));
      await move(future.id, 'confirmed').expect(200);
      try {
        t.clock.set(`${day}T07:59:00+07:00`);
        const res = await move(future.id, 'held').expect(409);
        expect(res.body.code).toBe('CONFERENCE_NOT_STARTED');
        t.clock.set(`${day}T08:00:00+07:00`);
        await move(future.id, 'held').expect(200);
      } finally {
        t.clock.set(TEST_NOW);
      }
    });

    it.each([
      ['planned', 'held'],
      ['held', 'cancelled'],
      ['held', 'confirmed'],
      ['cancelled', 'confirmed'],
      ['confirmed', 'confirmed'],
    ])('refuses %s → %s with 409', async (from, to) => {
      const conference = await createConference(
        staff,
        conferenceBody(campaignId, '2026-01-20', 8, 9, { venue: `Phòng ${from}-${to}` }),
      );
      if (from === 'confirmed' || from === 'held')
        await move(conference.id, 'confirmed').expect(200);
      if (from === 'held') await move(conference.id, 'held').expect(200);
      if (from === 'cancelled') await move(conference.id, 'cancelled', 'Trùng lịch').expect(200);
      const res = await move(conference.id, to, 'lý do').expect(409);
      expect(res.body.code).toBe('CONFERENCE_STATUS_INVALID');
    });

    it('requires a reason to cancel, and keeps it', async () => {
      const conference = await createConference(
        staff,
        conferenceBody(campaignId, '2026-04-01', 8, 9),
      );
      const missing = await move(conference.id, 'cancelled').expect(400);
      expect(missing.body.details[0].path).toBe('reason');
      const cancelled = await move(conference.id, 'cancelled', 'Xã đề nghị lùi lịch').expect(200);
      expect(cancelled.body).toMatchObject({
        status: 'cancelled',
        cancelReason: 'Xã đề nghị lùi lịch',
      });
    });

    it('refuses a capacity below the registrations already made', async () => {
      const conference = await createConference(
        staff,
        conferenceBody(campaignId, '2026-04-03', 8, 9, { capacity: 5, venue: 'Phòng sức chứa' }),
      );
      for (const fullName of ['Ngô Văn Một', 'Ngô Văn Hai', 'Ngô Văn Ba']) {
        await staff
          .post(`/api/conferences/${conference.id}/registrations`)
          .send({
            person: {
              fullName,
              gender: 'male',
              birthYear: 1960,
              communeCode: '14215',
              group: 'farmer',
              consent: true,
            },
          })
          .expect(201);
      }
      const res = await staff
        .patch(`/api/conferences/${conference.id}`)
        .send({ capacity: 2 })
        .expect(409);
      expect(res.body).toMatchObject({ code: 'CAPACITY_BELOW_REGISTERED', registered: 3 });
      await staff.patch(`/api/conferences/${conference.id}`).send({ capacity: 3 }).expect(200);
    });

    it('allows only notes to change once a conference is held', async () => {
      const conference = await createConference(
        staff,
        conferenceBody(campaignId, '2026-01-22', 8, 9),
      );
      await move(conference.id, 'confirmed').expect(200);
      await move(conference.id, 'held').expect(200);
      await staff.patch(`/api/conferences/${conference.id}`).send({ capacity: 10 }).expect(409);
      const res = await staff
        .patch(`/api/conferences/${conference.id}`)
        .send({ notes: 'Đông hơn dự kiến' })
        .expect(200);
      expect(res.body.notes).toBe('Đông hơn dự kiến');
    });
  });

  describe('validation', () => {
    it.each([
      [
        'an end before the start',
        { startsAt: '2026-05-01T10:00:00+07:00', endsAt: '2026-05-01T09:00:00+07:00' },
        'endsAt',
      ],
      ['a time without an offset', { startsAt: '2026-05-01T10:00:00' }, 'startsAt'],
      [
        'a date outside the campaign',
        { startsAt: '2027-05-01T08:00:00+07:00', endsAt: '2027-05-01T09:00:00+07:00' },
        'startsAt',
      ],
      ['a district code as the commune', { communeCode: '366' }, 'communeCode'],
      [
        'an unknown organizer',
        { organizerIds: ['00000000-0000-4000-8000-000000000000'] },
        'organizerIds.0',
      ],
      ['a capacity of zero', { capacity: 0 }, 'capacity'],
      ['an unknown campaign', { campaignId: '00000000-0000-4000-8000-000000000000' }, 'campaignId'],
    ])('refuses %s, naming the field', async (_what, overrides, field) => {
      const res = await staff
        .post('/api/conferences')
        .send({ ...conferenceBody(campaignId, '2026-05-01', 8, 9), ...overrides })
        .expect(400);
      expect(res.body.details.map((d: { path: string }) => d.path)).toContain(field);
    });
  });

  describe("the commune of the conference's day", () => {
    let campaign2025: string;
    beforeAll(async () => {
      campaign2025 = (
        await createCampaign(staff, {
          name: 'Kế hoạch năm 2025',
          year: 2025,
          startsOn: '2025-01-01',
          endsOn: '2025-12-31',
        })
      ).id;
    });

    it('accepts a 2026 conference in a commune of today', async () => {
      const c = await createConference(
        staff,
        conferenceBody(campaignId, '2026-03-10', 14, 16, {
          communeCode: communes.haiHung,
          venue: 'Hội trường xã Hải Hưng',
        }),
      );
      expect(c).toMatchObject({
        communeCode: '14248',
        communeName: 'Xã Hải Hưng',
        districtCode: '',
      });
    });

    it('refuses a 2026 conference in a commune that ended on 30/6/2025, saying what it became', async () => {
      const res = await staff
        .post('/api/conferences')
        .send(
          conferenceBody(campaignId, '2026-03-10', 14, 16, {
            communeCode: formerCommunes.haiNam,
            venue: 'Nhà văn hóa xã Hải Nam',
          }),
        )
        .expect(400);
      expect(errorResponseSchema.parse(res.body).details).toEqual([
        {
          path: 'communeCode',
          message:
            'Mã 14224 (Xã Hải Nam) chỉ có hiệu lực đến 30/06/2025; từ 01/07/2025 thuộc Xã Hải Hưng (14248)',
        },
      ]);
    });

    it('accepts a 2025-03-10 conference in that former commune, named and placed as it was', async () => {
      const c = await createConference(
        staff,
        conferenceBody(campaign2025, '2025-03-10', 14, 16, {
          communeCode: formerCommunes.haiNam,
          venue: 'Nhà văn hóa xã Hải Nam',
        }),
      );
      expect(c).toMatchObject({
        communeCode: '14224',
        communeName: 'Xã Hải Nam',
        districtCode: '366',
        districtName: 'Huyện Hải Hậu',
      });
      // A reused code reads as the unit of each conference's own day.
      const before = await createConference(
        staff,
        conferenceBody(campaign2025, '2025-06-30', 8, 9, {
          communeCode: formerCommunes.cuaBac,
          venue: 'Nhà văn hóa phường',
        }),
      );
      const after = await createConference(
        staff,
        conferenceBody(campaign2025, '2025-07-01', 8, 9, {
          communeCode: formerCommunes.cuaBac,
          venue: 'Nhà văn hóa phường',
        }),
      );
      expect([before.communeName, after.communeName]).toEqual([
        'Phường Cửa Bắc',
        'Phường Nam Định',
      ]);
    });

    it('checks the commune again when an edit moves the conference across 1/7/2025', async () => {
      const c = await createConference(
        staff,
        conferenceBody(campaign2025, '2025-05-05', 8, 9, {
          communeCode: formerCommunes.haiTrung,
          venue: 'Nhà văn hóa xã Hải Trung',
        }),
      );
      const res = await staff
        .patch(`/api/conferences/${c.id}`)
        .send({ startsAt: '2025-08-05T08:00:00+07:00', endsAt: '2025-08-05T09:00:00+07:00' })
        .expect(400);
      expect(res.body.details.map((d: { path: string }) => d.path)).toEqual(['communeCode']);
      const moved = await staff
        .patch(`/api/conferences/${c.id}`)
        .send({
          startsAt: '2025-08-05T08:00:00+07:00',
          endsAt: '2025-08-05T09:00:00+07:00',
          communeCode: communes.haiHau,
        })
        .expect(200);
      expect(moved.body).toMatchObject({ communeCode: '14215', communeName: 'Xã Hải Hậu' });
    });
  });

  describe('reading', () => {
    it('filters by campaign, period, district, commune and status, and names the places', async () => {
      const other = await createCampaign(staff, { name: 'Chiến dịch lọc' });
      const organizers = (
        await staff.get('/api/organizations?q=hai hau&pageSize=2').expect(200)
      ).body.items.map((o: { id: string }) => o.id);
      const a = await createConference(
        staff,
        conferenceBody(other.id, '2026-06-02', 8, 9, { organizerIds: organizers }),
      );
      const b = await createConference(
        staff,
        conferenceBody(other.id, '2026-06-20', 8, 9, { communeCode: communes.haiNam }),
      );
      const page = (query: string) =>
        staff.get(`/api/conferences?campaignId=${other.id}&${query}`).expect(200);

      const all = conferencePageSchema.parse((await page('')).body);
      expect(all.items.map((c) => c.id)).toEqual([a.id, b.id]);
      // Since 1/7/2025 a commune has no district above it.
      expect(all.items[0]).toMatchObject({
        communeName: 'Xã Hải Hậu',
        districtCode: '',
        districtName: '',
      });
      expect(all.items[0].organizerIds.sort()).toEqual([...organizers].sort());
      expect(
        (await page('from=2026-06-01&to=2026-06-10')).body.items.map((c: { id: string }) => c.id),
      ).toEqual([a.id]);
      expect((await page('districtCode=366')).body.total).toBe(0);
      expect(
        (await page(`communeCode=${communes.haiNam}`)).body.items.map((c: { id: string }) => c.id),
      ).toEqual([b.id]);
      await staff.post(`/api/conferences/${a.id}/status`).send({ status: 'confirmed' }).expect(200);
      expect((await page('status=confirmed')).body.items.map((c: { id: string }) => c.id)).toEqual([
        a.id,
      ]);
    });

    it('finds a conference by its title or venue, whatever the accents, case or Unicode form typed', async () => {
      const other = await createCampaign(staff, { name: 'Chiến dịch tìm kiếm' });
      const c = await createConference(
        staff,
        conferenceBody(other.id, '2026-06-05', 8, 9, {
          title: 'Cảnh giác lừa đảo qua điện thoại',
          venue: 'Nhà văn hóa thôn Đông Hưng',
        }),
      );
      const found = async (q: string) =>
        (
          await staff
            .get(`/api/conferences?campaignId=${other.id}&q=${encodeURIComponent(q)}`)
            .expect(200)
        ).body.items.map((x: { id: string }) => x.id);
      for (const q of [
        'lừa đảo',
        'LUA DAO',
        'lừa đảo'.normalize('NFD'),
        '  đông   hưng ',
        'dong hung'.normalize('NFD'),
      ]) {
        expect(await found(q)).toEqual([c.id]);
      }
      expect(await found('ngân hàng')).toEqual([]);
    });

    it('lets coordinators and leaders read conferences but not write them', async () => {
      const conference = await createConference(
        staff,
        conferenceBody(campaignId, '2026-07-01', 8, 9),
      );
      for (const token of [tokens.coordinator, tokens.leader]) {
        const reader = as(t, token);
        await reader.get(`/api/conferences/${conference.id}`).expect(200);
        await reader.get('/api/conferences').expect(200);
        await reader
          .post('/api/conferences')
          .send(conferenceBody(campaignId, '2026-07-02', 8, 9))
          .expect(403);
        await reader.patch(`/api/conferences/${conference.id}`).send({ notes: 'x' }).expect(403);
        await reader
          .post(`/api/conferences/${conference.id}/status`)
          .send({ status: 'confirmed' })
          .expect(403);
        await reader.post('/api/campaigns').send({}).expect(403);
      }
    });
  });

  describe('campaigns', () => {
    it('shows progress against the targets', async () => {
      const campaign = await createCampaign(staff, { targetConferences: 4 });
      const held = await createConference(
        staff,
        conferenceBody(campaign.id, '2026-02-02', 8, 9, { venue: 'Nhà văn hóa thôn 1' }),
      );
      await staff
        .post(`/api/conferences/${held.id}/status`)
        .send({ status: 'confirmed' })
        .expect(200);
      await staff.post(`/api/conferences/${held.id}/status`).send({ status: 'held' }).expect(200);
      await createConference(
        staff,
        conferenceBody(campaign.id, '2026-09-02', 8, 9, { communeCode: communes.haiNam }),
      );
      const progress = await staff.get(`/api/campaigns/${campaign.id}/progress`).expect(200);
      expect(progress.body).toEqual({
        campaignId: campaign.id,
        conferences: { target: 4, planned: 1, confirmed: 0, held: 1, cancelled: 0 },
        communes: { reached: 1, scheduled: 1, total: 129 },
      });
    });

    it('refuses a period that ends before it starts', async () => {
      const res = await staff
        .post('/api/campaigns')
        .send({
          name: 'X',
          year: 2026,
          startsOn: '2026-12-01',
          endsOn: '2026-01-01',
          targetConferences: 1,
          targetParticipants: 1,
          targetLeaflets: 1,
        })
        .expect(400);
      expect(res.body.details[0].path).toBe('endsOn');
      const campaign = await createCampaign(staff);
      await staff.patch(`/api/campaigns/${campaign.id}`).send({ endsOn: '2025-01-01' }).expect(400);
      const renamed = await staff
        .patch(`/api/campaigns/${campaign.id}`)
        .send({ targetLeaflets: 25000 })
        .expect(200);
      expect(renamed.body.targetLeaflets).toBe(25000);
    });
  });
});
