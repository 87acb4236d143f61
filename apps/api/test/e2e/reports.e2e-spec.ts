import {
  type CoverageReport,
  coverageGroupings,
  coverageReportSchema,
  dashboardSchema,
} from '@canhgiac/contracts';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
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
import { binary, pdfText } from '../support/pdf';
import { createTestApp, type TestApp } from '../support/test-app';
import { testDatabaseKinds } from '../support/test-database';

const additive = ['registrations', 'attended', 'uniqueParticipants'] as const;

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

    // Three conferences: two in Hải Hậu (January, February), one in Vụ Bản (February); one still planned.
    const a = await createConference(staff, conferenceBody(campaignId, '2026-01-10', 8, 11));
    const b = await createConference(
      staff,
      conferenceBody(campaignId, '2026-02-10', 8, 11, {
        communeCode: communes.haiNam,
        venue: 'Nhà văn hóa xã Hải Nam',
      }),
    );
    const c = await createConference(
      staff,
      conferenceBody(campaignId, '2026-02-20', 8, 11, {
        communeCode: '13741',
        venue: 'Hội trường UBND thị trấn Gôi',
      }),
    );
    await createConference(
      staff,
      conferenceBody(campaignId, '2026-12-20', 8, 11, {
        communeCode: '14152',
        venue: 'Hội trường Quất Lâm',
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
  });
  afterAll(() => t.close());

  it('counts attendances and distinct people apart, erased people included', async () => {
    const report = await coverage('groupBy=district');
    expect(report.totals).toMatchObject({
      conferencesHeld: 3,
      registrations: 8,
      attended: 7,
      uniqueParticipants: 6,
      leafletsDelivered: 500,
      population: 1_780_393,
    });
    expect(report.totals.coveragePct).toBeCloseTo((6 / 1_780_393) * 100, 2);
  });

  it.each(coverageGroupings)(
    'adds its rows up to the totals when grouped by %s',
    async (groupBy) => {
      const report = await coverage(`groupBy=${groupBy}`);
      for (const field of additive) {
        expect(report.rows.reduce((sum, row) => sum + row[field], 0)).toBe(report.totals[field]);
      }
      for (const field of ['conferencesHeld', 'leafletsDelivered', 'population'] as const) {
        if (report.rows.some((row) => row[field] !== null)) {
          expect(report.rows.reduce((sum, row) => sum + (row[field] ?? 0), 0)).toBe(
            report.totals[field],
          );
        }
      }
    },
  );

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
      communesTotal: 175,
    });
    expect(dashboard.targets).toEqual({ conferences: 10, participants: 100, leaflets: 5000 });
    expect(dashboard.byMonth.map((m) => [m.month, m.conferencesHeld])).toEqual([
      ['2026-01', 1],
      ['2026-02', 2],
      ['2026-12', 0],
    ]);
    expect(dashboard.unreachedCommunes).toHaveLength(172);
    expect(dashboard.communes.find((c) => c.code === '14152')?.status).toBe('planned');
    expect(dashboard.byDistrict.find((d) => d.code === '366')).toMatchObject({
      conferencesHeld: 2,
      communesReached: 2,
      communesTotal: 24,
      participants: 4,
    });
    expect(dashboard.byGender.reduce((sum, g) => sum + g.uniqueParticipants, 0)).toBe(6);
  });

  it('puts each person in the row of their first attendance, and lists every commune', async () => {
    const byMonth = await coverage('groupBy=month');
    expect(byMonth.rows.map((r) => [r.label, r.attended, r.uniqueParticipants])).toEqual([
      ['Tháng 01/2026', 2, 2],
      ['Tháng 02/2026', 5, 4],
    ]);
    const byCommune = await coverage('groupBy=commune');
    // Every commune, plus one row for leaflets given to an organization, which has no commune.
    expect(byCommune.rows.filter((r) => r.key !== null)).toHaveLength(175);
    expect(byCommune.rows.find((r) => r.key === null)).toMatchObject({
      label: 'Không xác định xã',
      leafletsDelivered: 200,
      attended: 0,
    });
    expect(byCommune.rows.find((r) => r.key === communes.yenDinh)).toMatchObject({
      label: 'Thị trấn Yên Định',
      population: 17923,
      conferencesHeld: 1,
      attended: 2,
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
      'Hội Cựu chiến binh huyện Hải Hậu',
      'Hội Nông dân huyện Hải Hậu',
      'Không thuộc tổ chức',
    ]);
    await as(t, tokens.coordinator).get('/api/reports/dashboard').expect(403);
  });

  it('exports CSV with a byte-order mark that parses back to the same figures', async () => {
    const res = await request(t.http)
      .get(`/api/reports/coverage?campaignId=${campaignId}&groupBy=district&format=csv`)
      .set('Authorization', `Bearer ${tokens.staff}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const body = res.body as Buffer;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records: string[][] = parse(body.toString('utf8'), { bom: true });
    expect(records[0]).toEqual([
      'Mã',
      'Huyện, thành phố',
      'Hội nghị đã tổ chức',
      'Lượt đăng ký',
      'Lượt tham dự',
      'Số người tham dự',
      'Tờ rơi đã phát',
      'Dân số (TĐT 2019)',
      'Tỷ lệ bao phủ (%)',
    ]);
    expect(records).toHaveLength(1 + 9 + 1);
    expect(records[records.length - 1].slice(1, 7)).toEqual([
      'Tổng cộng',
      '3',
      '8',
      '7',
      '6',
      '500',
    ]);
    expect(records.find((r) => r[0] === '366')?.[1]).toBe('Huyện Hải Hậu');
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
      'Tờ rơi đã phát',
      'Dân số (TĐT 2019)',
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
 * A commune merged away after its conference (ADR 0005): the conference, its participants and its
 * leaflets still count in the district they were held in, and the old commune keeps a row of its
 * own under its name; today's communes are the ones listed.
 */
describe.each(testDatabaseKinds())('reports across a merger of communes (%s)', (kind) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it('counts a conference in the district and under the name its commune had on the day', async () => {
    const tokens = await loginDemoUsers(t);
    const staff = as(t, tokens.staff);
    const campaignId = (await createCampaign(staff)).id;
    const conference = await createConference(
      staff,
      conferenceBody(campaignId, '2026-02-10', 8, 11, {
        communeCode: communes.haiNam,
        venue: 'Nhà văn hóa xã Hải Nam',
      }),
    );
    for (const fullName of ['Trước Sáp Nhập Một', 'Trước Sáp Nhập Hai']) {
      const reg = await staff
        .post(`/api/conferences/${conference.id}/registrations`)
        .send({ person: personBody({ fullName, communeCode: communes.haiNam }) })
        .expect(201);
      await staff
        .post(`/api/conferences/${conference.id}/attendance`)
        .send({ registrationId: reg.body.id })
        .expect(200);
    }
    await staff
      .post(`/api/conferences/${conference.id}/status`)
      .send({ status: 'confirmed' })
      .expect(200);
    await staff
      .post(`/api/conferences/${conference.id}/status`)
      .send({ status: 'held' })
      .expect(200);
    const batch = await staff
      .post('/api/leaflet-batches')
      .send({ title: 'Tờ rơi', quantity: 1000, receivedOn: '2026-01-01', campaignId })
      .expect(201);
    const allocation = await staff
      .post(`/api/leaflet-batches/${batch.body.id}/allocations`)
      .send({ quantity: 300, conferenceId: conference.id })
      .expect(201);
    await staff
      .post(`/api/leaflet-allocations/${allocation.body.id}/deliver`)
      .send({ deliveredOn: '2026-02-10', receivedBy: 'Ban tổ chức' })
      .expect(200);

    const byDistrict = async () =>
      coverageReportSchema.parse(
        (
          await staff
            .get(`/api/reports/coverage?campaignId=${campaignId}&groupBy=district`)
            .expect(200)
        ).body,
      );
    const before = await byDistrict();
    const haiNam = (
      await staff.get('/api/admin-units?level=commune&parentCode=366').expect(200)
    ).body.find((u: { code: string }) => u.code === communes.haiNam);

    // Hải Nam and a neighbour merge on 01/07/2026 into a new commune of the same district.
    const dataSource = t.app.get(DataSource);
    await dataSource.transaction(async (manager) => {
      const [{ id }] = await manager.query(
        `INSERT INTO reference_dataset (name, source, as_of) VALUES ('sáp nhập', 'kiểm thử', '2026-07-01') RETURNING id`,
      );
      await manager.query(
        `UPDATE admin_unit SET valid_to = '2026-07-01' WHERE code IN ($1, '14227') AND valid_to IS NULL`,
        [communes.haiNam],
      );
      await manager.query(
        `INSERT INTO admin_unit (code, name, type, level, parent_code, population, valid_from, dataset_id)
         VALUES ('99001', 'Xã Hải Nam Trung', 'xã', 'commune', '366', 33226, '2026-07-01', $1)`,
        [id],
      );
    });

    const after = await byDistrict();
    const row = (report: CoverageReport, key: string | null) =>
      report.rows.find((r) => r.key === key);
    expect(row(after, '366')).toMatchObject({
      conferencesHeld: 1,
      attended: 2,
      uniqueParticipants: 2,
      leafletsDelivered: 300,
    });
    expect(row(after, '366')).toMatchObject({
      conferencesHeld: row(before, '366')!.conferencesHeld,
      attended: row(before, '366')!.attended,
    });
    expect(row(after, null)).toBeUndefined();
    expect(after.totals).toMatchObject({
      conferencesHeld: 1,
      attended: 2,
      uniqueParticipants: 2,
      leafletsDelivered: 300,
    });

    const byCommune = coverageReportSchema.parse(
      (
        await staff
          .get(`/api/reports/coverage?campaignId=${campaignId}&groupBy=commune&districtCode=366`)
          .expect(200)
      ).body,
    );
    expect(row(byCommune, communes.haiNam)).toMatchObject({
      label: haiNam.name,
      conferencesHeld: 1,
      attended: 2,
      leafletsDelivered: 300,
    });
    expect(row(byCommune, '99001')).toMatchObject({
      label: 'Xã Hải Nam Trung',
      conferencesHeld: 0,
      attended: 0,
    });
    expect(byCommune.totals).toMatchObject({ conferencesHeld: 1, attended: 2 });

    const dashboard = dashboardSchema.parse(
      (await staff.get(`/api/reports/dashboard?campaignId=${campaignId}`).expect(200)).body,
    );
    expect(dashboard.byDistrict.find((d) => d.code === '366')).toMatchObject({
      conferencesHeld: 1,
      participants: 2,
      leafletsDelivered: 300,
    });
  });
});
