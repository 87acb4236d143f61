import {
  type CoverageReport,
  coverageGroupings,
  coverageReportSchema,
  dashboardSchema,
} from '@canhgiac/contracts';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { as, loginDemoUsers } from '../support/auth';
import {
  communes,
  conferenceBody,
  createCampaign,
  createConference,
  formerCommunes,
  personBody,
} from '../support/factories';
import { binary, pdfText } from '../support/pdf';
import { createTestApp, type TestApp } from '../support/test-app';
import { testDatabaseKinds } from '../support/test-database';

const additive = ['registrations', 'attended', 'uniqueParticipants'] as const;

/** Building the app, the demo seed and the suite's data takes minutes on a busy machine. */
const SETUP_TIMEOUT_MS = 240_000;
describe.each(testDatabaseKinds())('coverage reports and the dashboard (%s)', (kind) => {
  let t: TestApp;
  let tokens: Awaited<ReturnType<typeof loginDemoUsers>>;
  let staff: ReturnType<typeof as>;
  let campaignId: string;
  let repeatPersonId: string;

  const coverage = async (query: string, token = tokens.staff) =>
    coverageReportSchema.parse(
      (
        await as(t, token)
          .get(`/api/reports/coverage?campaignId=${campaignId}&${query}`)
          .expect(200)
      ).body,
    );

  beforeAll(async () => {
    t = await createTestApp(kind);
    tokens = await loginDemoUsers(t);
    staff = as(t, tokens.staff);
    const farmers = as(t, tokens.coordinator);
    const veterans = as(t, tokens.otherCoordinator);
    campaignId = (
      await createCampaign(staff, {
        targetConferences: 10,
        targetParticipants: 100,
        targetLeaflets: 5000,
      })
    ).id;

    // Three conferences: Xã Hải Hậu (January), Xã Hải Hưng and Xã Vụ Bản (February); one still planned in Xã Giao Ninh.
    const a = await createConference(staff, conferenceBody(campaignId, '2026-01-10', 8, 11));
    const b = await createConference(
      staff,
      conferenceBody(campaignId, '2026-02-10', 8, 11, {
        communeCode: communes.haiHung,
        venue: 'Nhà văn hóa xã Hải Hưng',
      }),
    );
    const c = await createConference(
      staff,
      conferenceBody(campaignId, '2026-02-20', 8, 11, {
        communeCode: '13741',
        venue: 'Hội trường UBND xã Vụ Bản',
      }),
    );
    await createConference(
      staff,
      conferenceBody(campaignId, '2026-12-20', 8, 11, {
        communeCode: '14212',
        venue: 'Hội trường xã Giao Ninh',
      }),
    );

    const attend = async (
      client: ReturnType<typeof as>,
      conferenceId: string,
      body: Record<string, unknown>,
    ) => {
      const reg = await client
        .post(`/api/conferences/${conferenceId}/registrations`)
        .send(body)
        .expect(201);
      await client
        .post(`/api/conferences/${conferenceId}/attendance`)
        .send({ registrationId: reg.body.id })
        .expect(200);
      return reg.body;
    };
    // A farmer who attends two conferences: two attendances, one person.
    const repeat = await attend(farmers, a.id, {
      person: personBody({
        fullName: 'Lặp Lại Hai Lần',
        group: 'farmer',
        gender: 'male',
        birthYear: 1950,
      }),
    });
    repeatPersonId = repeat.person.id;
    await attend(farmers, b.id, { personId: repeatPersonId });
    await attend(farmers, a.id, {
      person: personBody({ group: 'elderly', gender: 'female', birthYear: 1940 }),
    });
    await attend(veterans, b.id, {
      person: personBody({ group: 'veteran', gender: 'male', birthYear: 1955 }),
    });
    await attend(veterans, c.id, {
      person: personBody({ group: 'veteran', gender: 'male', birthYear: 1960 }),
    });
    await attend(staff, c.id, {
      person: personBody({ group: 'student', gender: 'female', birthYear: 2009 }),
    });
    // Registered but never came.
    await farmers
      .post(`/api/conferences/${c.id}/registrations`)
      .send({ person: personBody({ group: 'worker', birthYear: 1990 }) })
      .expect(201);
    // An erased participant still counts.
    const erased = await attend(staff, c.id, {
      person: personBody({
        fullName: 'Sẽ Bị Xóa',
        group: 'other',
        gender: 'other',
        birthYear: 1980,
      }),
    });
    await staff.delete(`/api/people/${erased.person.id}`).expect(204);

    for (const id of [a.id, b.id, c.id]) {
      await staff.post(`/api/conferences/${id}/status`).send({ status: 'confirmed' }).expect(200);
      await staff.post(`/api/conferences/${id}/status`).send({ status: 'held' }).expect(200);
    }

    const batch = await staff
      .post('/api/leaflet-batches')
      .send({ title: 'Tờ rơi', quantity: 5000, receivedOn: '2026-01-01', campaignId })
      .expect(201);
    const toA = await staff
      .post(`/api/leaflet-batches/${batch.body.id}/allocations`)
      .send({ quantity: 300, conferenceId: a.id })
      .expect(201);
    await staff
      .post(`/api/leaflet-allocations/${toA.body.id}/deliver`)
      .send({ deliveredOn: '2026-01-10', receivedBy: 'Ban tổ chức' })
      .expect(200);
    const farmersOrg = (await farmers.get('/api/auth/me')).body.organizationId;
    const toOrg = await staff
      .post(`/api/leaflet-batches/${batch.body.id}/allocations`)
      .send({ quantity: 200, organizationId: farmersOrg })
      .expect(201);
    await staff
      .post(`/api/leaflet-allocations/${toOrg.body.id}/deliver`)
      .send({ deliveredOn: '2026-02-01', receivedBy: 'Hội Nông dân' })
      .expect(200);
    await staff
      .post(`/api/leaflet-batches/${batch.body.id}/allocations`)
      .send({ quantity: 999, communeCode: communes.yenDinh })
      .expect(201);
  }, SETUP_TIMEOUT_MS);
  afterAll(() => t.close());

  it('counts attendances and distinct people apart, erased people included', async () => {
    const report = await coverage('groupBy=commune');
    expect(report).toMatchObject({ groupBy: 'commune', units: 'current' });
    expect(report.totals).toEqual({
      conferencesHeld: 3,
      registrations: 8,
      attended: 7,
      uniqueParticipants: 6,
      leafletsDelivered: 500,
      // 72 of Ninh Bình's 129 communes have no official figure yet: the province's coverage is unknown.
      population: null,
      coveragePct: null,
    });
  });

  it('gives each commune its own population and coverage, and unknown where no figure is known', async () => {
    const report = await coverage('groupBy=commune');
    expect(report.rows.find((r) => r.key === communes.haiHau)).toMatchObject({
      label: 'Xã Hải Hậu',
      population: 35849,
      uniqueParticipants: 2,
      coveragePct: Number(((2 / 35849) * 100).toFixed(2)),
    });
    const giaVien = report.rows.find((r) => r.key === '14464')!;
    expect(giaVien).toMatchObject({ label: 'Xã Gia Viễn', population: null, coveragePct: null });
  });

  it.each([
    ...coverageGroupings
      .filter((g) => g !== 'district')
      .flatMap((g) => [
        [g, 'current'],
        [g, 'as-held'],
      ]),
    ['district', 'as-held'],
  ])('adds its rows up to the totals when grouped by %s (units %s)', async (groupBy, units) => {
    const report = await coverage(`groupBy=${groupBy}&units=${units}`);
    for (const field of additive) {
      expect(report.rows.reduce((sum, row) => sum + row[field], 0)).toBe(report.totals[field]);
    }
    for (const field of ['conferencesHeld', 'leafletsDelivered'] as const) {
      if (report.rows.some((row) => row[field] !== null)) {
        expect(report.rows.reduce((sum, row) => sum + (row[field] ?? 0), 0)).toBe(
          report.totals[field],
        );
      }
    }
  });

  it("refuses districts on today's map: since 1/7/2025 there are none", async () => {
    const res = await staff
      .get(`/api/reports/coverage?campaignId=${campaignId}&groupBy=district`)
      .expect(400);
    expect(res.body.details).toEqual([
      {
        path: 'groupBy',
        message: expect.stringContaining('không còn cấp huyện'),
        code: 'custom',
      },
    ]);
    await staff
      .get(`/api/reports/coverage?campaignId=${campaignId}&groupBy=district&units=current`)
      .expect(400);
    await staff.get(`/api/reports/coverage?campaignId=${campaignId}&units=sometimes`).expect(400);
  });

  it('shows a 2026 campaign, as held, under the province: no district label for a period after the reform', async () => {
    const report = await coverage('groupBy=district&units=as-held');
    expect(report.rows.map((r) => [r.key, r.label, r.conferencesHeld, r.attended])).toEqual([
      ['37', 'Tỉnh Ninh Bình (từ 01/07/2025, xã, phường trực thuộc tỉnh)', 3, 7],
      [null, 'Không xác định địa bàn', 0, 0],
    ]);
    for (const row of report.rows) expect(row.label.toLowerCase()).not.toContain('huyện');
  });

  it('agrees with the dashboard', async () => {
    const dashboard = dashboardSchema.parse(
      (
        await as(t, tokens.leader)
          .get(`/api/reports/dashboard?campaignId=${campaignId}`)
          .expect(200)
      ).body,
    );
    const report = await coverage('groupBy=month');
    expect(dashboard.actuals).toMatchObject({
      conferencesHeld: report.totals.conferencesHeld,
      conferencesPlanned: 1,
      participants: report.totals.attended,
      uniqueParticipants: report.totals.uniqueParticipants,
      leafletsDelivered: report.totals.leafletsDelivered,
      leafletsPrinted: 5000,
      communesReached: 3,
      communesTotal: 129,
    });
    expect(dashboard.targets).toEqual({ conferences: 10, participants: 100, leaflets: 5000 });
    expect(dashboard.byMonth.map((m) => [m.month, m.conferencesHeld])).toEqual([
      ['2026-01', 1],
      ['2026-02', 2],
      ['2026-12', 0],
    ]);
    expect(dashboard.communes).toHaveLength(129);
    expect(dashboard.unreachedCommunes).toHaveLength(126);
    expect(dashboard.unreachedCommunes[0]).toMatchObject({
      parentCode: '37',
      parentName: 'Tỉnh Ninh Bình',
    });
    expect(dashboard.communes.find((c) => c.code === '14212')?.status).toBe('planned');
    expect(dashboard.communes.find((c) => c.code === communes.haiHung)).toMatchObject({
      status: 'reached',
      conferencesHeld: 1,
      participants: 2,
    });
    // A campaign wholly after the reform has no district of its time.
    expect(dashboard.byDistrict).toEqual([]);
    expect(dashboard.byGender.reduce((sum, g) => sum + g.uniqueParticipants, 0)).toBe(6);
  });

  it('puts each person in the row of their first attendance, and lists every commune', async () => {
    const byMonth = await coverage('groupBy=month');
    expect(byMonth.rows.map((r) => [r.label, r.attended, r.uniqueParticipants])).toEqual([
      ['Tháng 01/2026', 2, 2],
      ['Tháng 02/2026', 5, 4],
    ]);
    const byCommune = await coverage('groupBy=commune');
    // Every commune of Ninh Bình today, plus one row for leaflets given to an organization, which has no commune.
    expect(byCommune.rows.filter((r) => r.key !== null)).toHaveLength(129);
    expect(byCommune.rows.find((r) => r.key === null)).toMatchObject({
      label: 'Không xác định xã',
      leafletsDelivered: 200,
      attended: 0,
    });
    expect(byCommune.rows.find((r) => r.key === communes.haiHau)).toMatchObject({
      label: 'Xã Hải Hậu',
      population: 35849,
      conferencesHeld: 1,
      attended: 2,
      validFrom: '2025-07-01',
      validTo: null,
    });
    const byAge = await coverage('groupBy=age_band');
    expect(byAge.rows.map((r) => [r.key, r.uniqueParticipants])).toEqual([
      ['lt18', 1],
      ['36_59', 0],
      ['gte60', 4],
      ['unknown', 1],
    ]);
  });

  it("limits a coordinator to the coordinator's organization", async () => {
    const farmersReport = await coverage('groupBy=organization', tokens.coordinator);
    expect(farmersReport.rows).toHaveLength(1);
    expect(farmersReport.totals).toMatchObject({
      registrations: 4,
      attended: 3,
      uniqueParticipants: 2,
      leafletsDelivered: 200,
    });
    const all = await coverage('groupBy=organization', tokens.leader);
    expect(all.rows.map((r) => r.label)).toEqual([
      'Hội Cựu chiến binh tỉnh Ninh Bình',
      'Hội Nông dân tỉnh Ninh Bình',
      'Không thuộc tổ chức',
    ]);
    await as(t, tokens.coordinator).get('/api/reports/dashboard').expect(403);
  });

  it('exports CSV with a byte-order mark that parses back to the same figures', async () => {
    const res = await request(t.http)
      .get(`/api/reports/coverage?campaignId=${campaignId}&groupBy=commune&format=csv`)
      .set('Authorization', `Bearer ${tokens.staff}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const body = res.body as Buffer;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records: string[][] = parse(body.toString('utf8'), { bom: true });
    expect(records[0]).toEqual([
      'Mã',
      'Xã, phường',
      'Hội nghị đã tổ chức',
      'Lượt đăng ký',
      'Lượt tham dự',
      'Số người tham dự',
      'Tờ rơi đã giao',
      'Dân số',
      'Tỷ lệ bao phủ (%)',
    ]);
    expect(records).toHaveLength(1 + 129 + 1 + 1);
    expect(records[records.length - 1].slice(1, 7)).toEqual([
      'Tổng cộng',
      '3',
      '8',
      '7',
      '6',
      '500',
    ]);
    expect(records.find((r) => r[0] === '14215')?.[1]).toBe('Xã Hải Hậu');
  });

  it('exports the CSV for Vietnamese Excel with decimal=comma: semicolons and decimal commas', async () => {
    const get = (query: string) =>
      request(t.http)
        .get(`/api/reports/coverage?campaignId=${campaignId}&groupBy=commune&format=csv${query}`)
        .set('Authorization', `Bearer ${tokens.staff}`)
        .buffer(true)
        .parse(binary);
    const json = (
      await as(t, tokens.staff)
        .get(`/api/reports/coverage?campaignId=${campaignId}&groupBy=commune`)
        .expect(200)
    ).body as { rows: Array<{ key: string; coveragePct: number | null }> };
    const reached = json.rows.find(
      (r) => r.coveragePct !== null && !Number.isInteger(r.coveragePct),
    );
    expect(reached).toBeDefined();

    const res = await get('&decimal=comma').expect(200);
    const text = (res.body as Buffer).toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.split('\r\n')[0]).toBe(
      '\uFEFFMã;Xã, phường;Hội nghị đã tổ chức;Lượt đăng ký;Lượt tham dự;Số người tham dự;Tờ rơi đã giao;Dân số;Tỷ lệ bao phủ (%)',
    );
    const records: string[][] = parse(text, { bom: true, delimiter: ';' });
    expect(records.find((r) => r[0] === reached!.key)?.[8]).toBe(
      String(reached!.coveragePct).replace('.', ','),
    );
    // The default stays RFC 4180, as scripts read it.
    const plain: string[][] = parse((await get('').expect(200)).body.toString('utf8'), {
      bom: true,
    });
    expect(plain.find((r) => r[0] === reached!.key)?.[8]).toBe(String(reached!.coveragePct));

    const bad = await get('&decimal=dot').expect(400);
    expect(JSON.parse((bad.body as Buffer).toString('utf8')).details[0].path).toBe('decimal');
  });

  it('exports XLSX with the filters on top, a header, number formats and a totals row', async () => {
    const res = await request(t.http)
      .get(`/api/reports/coverage?campaignId=${campaignId}&groupBy=gender&format=xlsx`)
      .set('Authorization', `Bearer ${tokens.leader}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(res.body as Buffer).buffer);
    const sheet = workbook.worksheets[0];
    const text = (r: number) => (sheet.getRow(r).values as unknown[]).slice(1);
    expect(String(text(1)[0])).toContain('BÁO CÁO');
    expect(String(text(2)[0])).toMatch(/^Chiến dịch: /u);
    expect(text(6)).toEqual([
      'Giới tính',
      'Hội nghị đã tổ chức',
      'Lượt đăng ký',
      'Lượt tham dự',
      'Số người tham dự',
      'Tờ rơi đã giao',
      'Dân số',
      'Tỷ lệ bao phủ (%)',
    ]);
    const last = sheet.getRow(sheet.rowCount);
    expect(last.getCell(1).value).toBe('Tổng cộng');
    expect(last.getCell(5).value).toBe(6);
    expect(last.getCell(5).numFmt).toBe('#,##0');
    expect(last.font?.bold).toBe(true);
    expect(sheet.getRow(7).getCell(1).value).toBe('Nam');
  });

  it('exports a PDF with the title, the date and Vietnamese labels', async () => {
    const res = await request(t.http)
      .get(`/api/reports/coverage?campaignId=${campaignId}&groupBy=group&format=pdf`)
      .set('Authorization', `Bearer ${tokens.staff}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const text = pdfText(res.body as Buffer).replace(/\s+/gu, ' ');
    for (const expected of [
      'BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN PHÒNG, CHỐNG LỪA ĐẢO',
      'Ngày lập:',
      'Nhóm đối tượng',
      'Nông dân',
      'Cựu chiến binh',
      'Người cao tuổi',
      'Học sinh, sinh viên',
      'Tổng cộng',
      'Số người tham dự',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('refuses an unknown grouping or format, and a reversed period', async () => {
    await staff.get('/api/reports/coverage?groupBy=village').expect(400);
    await staff.get('/api/reports/coverage?format=docx').expect(400);
    await staff.get('/api/reports/coverage?from=2026-05-01&to=2026-01-01').expect(400);
  });
});

export type { CoverageReport };

/**
 * The 2025 plan spans the reorganization of 1 July 2025. Conferences before it sit in Nam Định's
 * former communes, after it in Ninh Bình's; both ways of counting must add up to the same totals,
 * and each attendance must sit under the right unit. The figures below are worked out by hand.
 *
 *   P1 2025-03-10 Xã Hải Nam (14224, Huyện Hải Hậu)       → today Xã Hải Hưng (14248)   A; leaflets 100
 *   P2 2025-05-20 Phường Cửa Bắc (13669, TP Nam Định)     → today Phường Nam Định (13669) B, F
 *   P3 2025-06-05 Xã Hải Trung (14227, Huyện Hải Hậu)     → today Xã Hải Hậu (14215)    C
 *   N1 2025-08-12 Xã Hải Hưng (14248, from 1/7/2025)                                       A again, D
 *   N2 2025-09-15 Phường Nam Định (13669, from 1/7/2025)                                   B again, E no-show; leaflets 50
 *
 * 8 registrations, 7 attendances, 5 people (A, B, C, D, F), 5 conferences, 150 leaflets.
 */
describe.each(testDatabaseKinds())(
  'reports across the reorganization of 1 July 2025 (%s)',
  (kind) => {
    let t: TestApp;
    let staff: ReturnType<typeof as>;
    let leader: ReturnType<typeof as>;
    let campaignId: string;

    const report = async (query: string) =>
      coverageReportSchema.parse(
        (await staff.get(`/api/reports/coverage?campaignId=${campaignId}&${query}`).expect(200))
          .body,
      );
    const figures = (rows: CoverageReport['rows']) =>
      rows
        .filter(
          (r) =>
            r.registrations > 0 || (r.conferencesHeld ?? 0) > 0 || (r.leafletsDelivered ?? 0) > 0,
        )
        .map((r) => [
          r.key,
          r.label,
          r.validTo,
          r.conferencesHeld,
          r.registrations,
          r.attended,
          r.uniqueParticipants,
          r.leafletsDelivered,
        ]);

    beforeAll(async () => {
      t = await createTestApp(kind);
      const tokens = await loginDemoUsers(t);
      staff = as(t, tokens.staff);
      leader = as(t, tokens.leader);
      campaignId = (
        await createCampaign(staff, {
          name: 'Kế hoạch tuyên truyền năm 2025',
          year: 2025,
          startsOn: '2025-01-01',
          endsOn: '2025-12-31',
        })
      ).id;
      const conference = (day: string, communeCode: string, venue: string) =>
        createConference(staff, conferenceBody(campaignId, day, 8, 11, { communeCode, venue }));
      const p1 = await conference('2025-03-10', formerCommunes.haiNam, 'Nhà văn hóa xã Hải Nam');
      const p2 = await conference('2025-05-20', formerCommunes.cuaBac, 'Hội trường phường Cửa Bắc');
      const p3 = await conference(
        '2025-06-05',
        formerCommunes.haiTrung,
        'Nhà văn hóa xã Hải Trung',
      );
      const n1 = await conference('2025-08-12', communes.haiHung, 'Hội trường xã Hải Hưng');
      const n2 = await conference(
        '2025-09-15',
        formerCommunes.cuaBac,
        'Hội trường phường Nam Định',
      );

      const register = async (
        conferenceId: string,
        body: Record<string, unknown>,
        attend = true,
      ) => {
        const reg = await staff
          .post(`/api/conferences/${conferenceId}/registrations`)
          .send(body)
          .expect(201);
        if (attend)
          await staff
            .post(`/api/conferences/${conferenceId}/attendance`)
            .send({ registrationId: reg.body.id })
            .expect(200);
        return reg.body.person.id as string;
      };
      const a = await register(p1.id, { person: personBody({ fullName: 'Người A Hai Lần' }) });
      const b = await register(p2.id, { person: personBody({ fullName: 'Người B Hai Lần' }) });
      await register(p2.id, { person: personBody({ fullName: 'Người F' }) });
      await register(p3.id, { person: personBody({ fullName: 'Người C' }) });
      await register(n1.id, { personId: a });
      await register(n1.id, { person: personBody({ fullName: 'Người D' }) });
      await register(n2.id, { personId: b });
      await register(n2.id, { person: personBody({ fullName: 'Người E Vắng' }) }, false);
      for (const c of [p1, p2, p3, n1, n2]) {
        await staff
          .post(`/api/conferences/${c.id}/status`)
          .send({ status: 'confirmed' })
          .expect(200);
        await staff.post(`/api/conferences/${c.id}/status`).send({ status: 'held' }).expect(200);
      }
      const batch = await staff
        .post('/api/leaflet-batches')
        .send({ title: 'Tờ rơi 2025', quantity: 1000, receivedOn: '2025-01-05', campaignId })
        .expect(201);
      for (const [conferenceId, quantity, deliveredOn] of [
        [p1.id, 100, '2025-03-10'],
        [n2.id, 50, '2025-09-15'],
      ] as const) {
        const allocation = await staff
          .post(`/api/leaflet-batches/${batch.body.id}/allocations`)
          .send({ quantity, conferenceId })
          .expect(201);
        await staff
          .post(`/api/leaflet-allocations/${allocation.body.id}/deliver`)
          .send({ deliveredOn, receivedBy: 'Ban tổ chức' })
          .expect(200);
      }
    }, SETUP_TIMEOUT_MS);
    afterAll(() => t.close());

    const totals = {
      conferencesHeld: 5,
      registrations: 8,
      attended: 7,
      uniqueParticipants: 5,
      leafletsDelivered: 150,
    };

    it("rolls every activity up to today's commune with units=current", async () => {
      const current = await report('groupBy=commune&units=current');
      expect(current.totals).toMatchObject(totals);
      expect(figures(current.rows)).toEqual([
        ['13669', 'Phường Nam Định', null, 2, 4, 3, 2, 50],
        ['14215', 'Xã Hải Hậu', null, 1, 1, 1, 1, 0],
        ['14248', 'Xã Hải Hưng', null, 2, 3, 3, 2, 100],
      ]);
      expect(current.rows.filter((r) => r.key !== null)).toHaveLength(129);
      expect(current.rows.find((r) => r.key === '14248')).toMatchObject({
        population: 50226,
        coveragePct: Number(((2 / 50226) * 100).toFixed(2)),
      });
    });

    it('keeps the communes of the time with units=as-held, a reused code once per period', async () => {
      const asHeld = await report('groupBy=commune&units=as-held');
      expect(asHeld.totals).toMatchObject(totals);
      expect(figures(asHeld.rows)).toEqual([
        ['13669', 'Phường Cửa Bắc', '2025-06-30', 1, 2, 2, 2, 0],
        ['13669', 'Phường Nam Định', null, 1, 2, 1, 0, 50],
        ['14224', 'Xã Hải Nam', '2025-06-30', 1, 1, 1, 1, 100],
        ['14227', 'Xã Hải Trung', '2025-06-30', 1, 1, 1, 1, 0],
        ['14248', 'Xã Hải Hưng', null, 1, 2, 2, 1, 0],
      ]);
      // The campaign's year saw both maps: Nam Định's 175 communes and Ninh Bình's 129.
      expect(asHeld.rows.filter((r) => r.key !== null)).toHaveLength(175 + 129);
      expect(asHeld.rows.find((r) => r.label === 'Xã Hải Nam')).toMatchObject({
        population: 22214,
      });
    });

    it('puts the activity before 1/7/2025 under its district, and after it under the province', async () => {
      const byDistrict = await report('groupBy=district&units=as-held');
      expect(byDistrict.totals).toMatchObject(totals);
      expect(figures(byDistrict.rows)).toEqual([
        ['356', 'Thành phố Nam Định', '2025-06-30', 1, 2, 2, 2, 0],
        ['366', 'Huyện Hải Hậu', '2025-06-30', 2, 2, 2, 2, 100],
        ['37', 'Tỉnh Ninh Bình (từ 01/07/2025, xã, phường trực thuộc tỉnh)', null, 2, 4, 3, 1, 50],
      ]);
      expect(byDistrict.rows.filter((r) => r.key !== null)).toHaveLength(9 + 1);
    });

    it('agrees in every other grouping, both ways', async () => {
      for (const groupBy of ['organization', 'group', 'gender', 'age_band', 'month']) {
        const [current, asHeld] = [
          await report(`groupBy=${groupBy}&units=current`),
          await report(`groupBy=${groupBy}&units=as-held`),
        ];
        expect(current.totals).toMatchObject(totals);
        expect(asHeld.totals).toEqual(current.totals);
        expect(asHeld.rows).toEqual(current.rows);
      }
    });

    it("counts today's communes on the dashboard, and the districts of the time for the first half", async () => {
      const dashboard = dashboardSchema.parse(
        (await leader.get(`/api/reports/dashboard?campaignId=${campaignId}`).expect(200)).body,
      );
      expect(dashboard.actuals).toMatchObject({
        conferencesHeld: 5,
        participants: 7,
        uniqueParticipants: 5,
        communesReached: 3,
        communesTotal: 129,
      });
      expect(dashboard.unreachedCommunes).toHaveLength(126);
      expect(dashboard.communes.find((c) => c.code === '14248')).toMatchObject({
        name: 'Xã Hải Hưng',
        status: 'reached',
        conferencesHeld: 2,
        participants: 3,
      });
      expect(dashboard.byDistrict).toHaveLength(9);
      expect(dashboard.byDistrict.find((d) => d.code === '366')).toEqual({
        code: '366',
        name: 'Huyện Hải Hậu',
        conferencesHeld: 2,
        participants: 2,
        communesReached: 2,
        communesTotal: 24,
        leafletsDelivered: 100,
      });
      expect(dashboard.byDistrict.find((d) => d.code === '356')).toMatchObject({
        conferencesHeld: 1,
        participants: 2,
        communesReached: 1,
        communesTotal: 21,
      });
    });
  },
);
