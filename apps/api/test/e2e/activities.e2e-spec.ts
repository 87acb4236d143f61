import {
  activityDetailSchema,
  activityPageSchema,
  activitySchema,
  auditPageSchema,
  channelsReportSchema,
  errorResponseSchema,
} from '@canhgiac/contracts';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { as, loginDemoUsers } from '../support/auth';
import { communes, createCampaign } from '../support/factories';
import { csv, xlsx } from '../support/files';
import { binary } from '../support/pdf';
import { createTestApp, type TestApp } from '../support/test-app';
import { testDatabaseKinds } from '../support/test-database';

const MEDIA_HEADER = [
  'Kênh',
  'Tiêu đề',
  'Ngày',
  'Lượt xem',
  'Lượt chia sẻ',
  'Số người chia sẻ',
  'Số tin nhắn',
  'Số nhóm',
  'Số thành viên',
  'Đường dẫn',
];

describe.each(testDatabaseKinds())('outreach activities and the channels report (%s)', (kind) => {
  let t: TestApp;
  let tokens: Awaited<ReturnType<typeof loginDemoUsers>>;
  let staff: ReturnType<typeof as>;
  let campaignId: string;
  let farmersOrg: string;
  let veteransOrg: string;

  const activities = async () => {
    const [row] = await t.app
      .get(DataSource)
      .query<Array<Record<string, unknown>>>(
        `SELECT (SELECT count(*)::int FROM outreach_activity) AS activities, (SELECT count(*)::int FROM activity_metric_snapshot) AS snapshots`,
      );
    return row as { activities: number; snapshots: number };
  };
  const upload = (token: string, id: string, file: Buffer, name: string) =>
    request(t.http)
      .post(`/api/campaigns/${id}/activities/import`)
      .set('Authorization', `Bearer ${token}`)
      .attach('file', file, name);
  const channels = async (query: string, token = tokens.staff) =>
    channelsReportSchema.parse(
      (await as(t, token).get(`/api/reports/channels?${query}`).expect(200)).body,
    );

  beforeAll(async () => {
    t = await createTestApp(kind);
    tokens = await loginDemoUsers(t);
    staff = as(t, tokens.staff);
    campaignId = (await createCampaign(staff)).id;
    farmersOrg = (await as(t, tokens.coordinator).get('/api/auth/me')).body.organizationId;
    veteransOrg = (await as(t, tokens.otherCoordinator).get('/api/auth/me')).body.organizationId;
  });
  afterAll(() => t.close());

  it('records an activity with its channel, commune, organization and figures, and audits it', async () => {
    const res = await staff
      .post(`/api/campaigns/${campaignId}/activities`)
      .send({
        channel: 'video',
        title: 'Video "Cảnh giác cuộc gọi giả danh công an"',
        startsOn: '2026-02-01',
        communeCode: communes.yenDinh,
        organizationId: farmersOrg,
        metrics: { views: 12_500, shares: 340, sharers: 120 },
        metricsAsOf: '2026-02-10',
        link: 'https://www.youtube.com/watch?v=canhgiac',
      })
      .expect(201);
    const activity = activitySchema.parse(res.body);
    expect(activity).toMatchObject({
      campaignId,
      channel: 'video',
      communeCode: communes.yenDinh,
      organizationId: farmersOrg,
      metrics: { views: 12_500, shares: 340, sharers: 120 },
      metricsAsOf: '2026-02-10',
      endsOn: null,
    });
    const audit = auditPageSchema.parse(
      (
        await as(t, tokens.admin)
          .get('/api/audit?entity=outreach_activity&action=create')
          .expect(200)
      ).body,
    );
    expect(audit.items.some((entry) => entry.entityId === activity.id)).toBe(true);
  });

  it('refuses negative or fractional figures, an unknown channel or commune and a reversed period with 400 on the field', async () => {
    const base = { channel: 'sms', title: 'Đợt tin nhắn cảnh báo dịp Tết', startsOn: '2026-01-20' };
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...base, metrics: { views: -5 } }, 'metrics.views'],
      [{ ...base, metrics: { messages: 1.5 } }, 'metrics.messages'],
      [{ ...base, metrics: { likes: 3 } }, 'metrics'],
      [{ ...base, channel: 'tiktok' }, 'channel'],
      [{ ...base, endsOn: '2026-01-10' }, 'endsOn'],
      [{ ...base, communeCode: '99999' }, 'communeCode'],
      [{ ...base, link: 'javascript:alert(1)' }, 'link'],
      [{ ...base, metrics: { messages: 10 }, metricsAsOf: '2026-01-01' }, 'metricsAsOf'],
    ];
    const before = await activities();
    for (const [body, path] of cases) {
      const res = await staff
        .post(`/api/campaigns/${campaignId}/activities`)
        .send(body)
        .expect(400);
      const error = errorResponseSchema.parse(res.body);
      expect(error.details?.map((d) => d.path)).toContain(path);
    }
    const negative = await staff
      .post(`/api/campaigns/${campaignId}/activities`)
      .send({ ...base, metrics: { views: -5 } });
    expect(negative.body.details[0].message).toBe('Lượt xem không được âm');
    expect(await activities()).toEqual(before);
  });

  it('keeps every update of the figures, and a report for a past period reads those known at its end', async () => {
    const created = activitySchema.parse(
      (
        await staff
          .post(`/api/campaigns/${campaignId}/activities`)
          .send({
            channel: 'social_post',
            title: 'Bài đăng Fanpage Sở về lừa đảo đầu tư',
            startsOn: '2026-03-02',
            metrics: { views: 1000, shares: 50 },
            metricsAsOf: '2026-03-05',
          })
          .expect(201)
      ).body,
    );
    const updated = activitySchema.parse(
      (
        await staff
          .patch(`/api/activities/${created.id}`)
          .send({ metrics: { views: 4000 }, metricsAsOf: '2026-04-20' })
          .expect(200)
      ).body,
    );
    // Figures not given keep their value.
    expect(updated.metrics).toEqual({ views: 4000, shares: 50 });
    expect(updated.metricsAsOf).toBe('2026-04-20');
    const detail = activityDetailSchema.parse(
      (await staff.get(`/api/activities/${created.id}`).expect(200)).body,
    );
    expect(detail.history.map((h) => [h.asOf, h.metrics])).toEqual([
      ['2026-03-05', { views: 1000, shares: 50 }],
      ['2026-04-20', { views: 4000, shares: 50 }],
    ]);

    const quarter = await channels(`campaignId=${campaignId}&from=2026-03-01&to=2026-03-31`);
    expect(quarter.rows.find((r) => r.channel === 'social_post')).toMatchObject({
      activities: 1,
      views: 1000,
      shares: 50,
    });
    const later = await channels(`campaignId=${campaignId}&from=2026-03-01&to=2026-06-30`);
    expect(later.rows.find((r) => r.channel === 'social_post')).toMatchObject({
      activities: 1,
      views: 4000,
      shares: 50,
    });
  });

  it('totals each channel as the hand-summed activities, for every channel in order', async () => {
    const campaign = (await createCampaign(staff)).id;
    const bodies = [
      {
        channel: 'video',
        title: 'Phóng sự 1',
        startsOn: '2026-01-05',
        metrics: { views: 100_000, shares: 2_000, sharers: 150 },
      },
      {
        channel: 'video',
        title: 'Phóng sự 2',
        startsOn: '2026-02-05',
        metrics: { views: 250_000, shares: 3_500, sharers: 170 },
      },
      {
        channel: 'sms',
        title: 'Tin nhắn dịp Tết',
        startsOn: '2026-01-25',
        metrics: { messages: 800_000 },
      },
      {
        channel: 'zalo_group',
        title: 'Nhóm Zalo an ninh thôn',
        startsOn: '2026-01-10',
        communeCode: communes.haiNam,
        metrics: { groups: 45, members: 9_000 },
      },
      {
        channel: 'zalo_group',
        title: 'Nhóm Zalo an ninh xóm',
        startsOn: '2026-01-12',
        metrics: { groups: 12, members: 1_500, posts: 30 },
      },
      { channel: 'leaflet_drop', title: 'Phát tờ rơi tại chợ', startsOn: '2026-03-01' },
    ];
    for (const body of bodies)
      await staff.post(`/api/campaigns/${campaign}/activities`).send(body).expect(201);
    const report = await channels(`campaignId=${campaign}`);
    expect(report.rows.map((r) => r.channel)).toEqual([
      'video',
      'social_post',
      'portal_post',
      'sms',
      'zalo_group',
      'leaflet_drop',
      'other',
    ]);
    for (const row of report.rows) {
      const mine = bodies.filter((b) => b.channel === row.channel);
      const sum = (key: string) =>
        mine.reduce((s, b) => s + (((b.metrics ?? {}) as Record<string, number>)[key] ?? 0), 0);
      expect(row).toMatchObject({
        activities: mine.length,
        views: sum('views'),
        shares: sum('shares'),
        sharers: sum('sharers'),
        messages: sum('messages'),
        groups: sum('groups'),
        members: sum('members'),
        posts: sum('posts'),
      });
    }
    expect(report.totals).toMatchObject({
      activities: 6,
      views: 350_000,
      shares: 5_500,
      messages: 800_000,
      groups: 57,
      members: 10_500,
      posts: 30,
    });

    // The leader reads the aggregate (and the workbook), never the list.
    expect((await channels(`campaignId=${campaign}`, tokens.leader)).totals).toEqual(report.totals);
    await as(t, tokens.leader).get(`/api/campaigns/${campaign}/activities`).expect(403);
    const file = await as(t, tokens.leader)
      .get(`/api/reports/channels?campaignId=${campaign}&format=xlsx`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(file.body as Buffer).buffer);
    const sheet = workbook.worksheets[0];
    const values: unknown[][] = [];
    sheet.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
    expect(values.find((row) => row[0] === 'Video')).toEqual([
      'Video',
      2,
      350_000,
      5_500,
      320,
      0,
      0,
      0,
      0,
    ]);
    expect(values.find((row) => row[0] === 'Tổng cộng')?.[1]).toBe(6);
  });

  it('lists with filters and paging', async () => {
    const campaign = (await createCampaign(staff)).id;
    for (let i = 1; i <= 5; i += 1) {
      await staff
        .post(`/api/campaigns/${campaign}/activities`)
        .send({
          channel: i % 2 ? 'video' : 'portal_post',
          title: `Tin bài số ${i}`,
          startsOn: `2026-01-0${i}`,
          communeCode: i === 1 ? communes.haiNam : undefined,
        })
        .expect(201);
    }
    const page = activityPageSchema.parse(
      (
        await staff
          .get(`/api/campaigns/${campaign}/activities?channel=video&pageSize=2`)
          .expect(200)
      ).body,
    );
    expect(page.total).toBe(3);
    expect(page.items.map((a) => a.title)).toEqual(['Tin bài số 5', 'Tin bài số 3']);
    const byCommune = activityPageSchema.parse(
      (
        await staff
          .get(`/api/campaigns/${campaign}/activities?communeCode=${communes.haiNam}`)
          .expect(200)
      ).body,
    );
    expect(byCommune.items.map((a) => a.title)).toEqual(['Tin bài số 1']);
    const search = activityPageSchema.parse(
      (await staff.get(`/api/campaigns/${campaign}/activities?q=tin bai so 4`).expect(200)).body,
    );
    expect(search.items.map((a) => a.title)).toEqual(['Tin bài số 4']);
    await staff.get(`/api/campaigns/00000000-0000-4000-8000-000000000000/activities`).expect(404);
  });

  it("keeps a coordinator to the coordinator's organization: records for it, sees only its activities, deletes nothing", async () => {
    const campaign = (await createCampaign(staff)).id;
    const farmers = as(t, tokens.coordinator);
    const own = activitySchema.parse(
      (
        await farmers
          .post(`/api/campaigns/${campaign}/activities`)
          .send({
            channel: 'zalo_group',
            title: 'Nhóm Zalo chi hội',
            startsOn: '2026-02-01',
            metrics: { groups: 3, members: 240 },
          })
          .expect(201)
      ).body,
    );
    expect(own.organizationId).toBe(farmersOrg);
    const refused = await farmers
      .post(`/api/campaigns/${campaign}/activities`)
      .send({
        channel: 'video',
        title: 'Video',
        startsOn: '2026-02-01',
        organizationId: veteransOrg,
      })
      .expect(400);
    expect(refused.body.details[0].path).toBe('organizationId');
    const others = activitySchema.parse(
      (
        await staff
          .post(`/api/campaigns/${campaign}/activities`)
          .send({
            channel: 'video',
            title: 'Video của Hội Cựu chiến binh',
            startsOn: '2026-02-01',
            organizationId: veteransOrg,
            metrics: { views: 999 },
          })
          .expect(201)
      ).body,
    );

    const list = activityPageSchema.parse(
      (await farmers.get(`/api/campaigns/${campaign}/activities`).expect(200)).body,
    );
    expect(list.items.map((a) => a.id)).toEqual([own.id]);
    // Another organization's activity is as unknown as a wrong id.
    await farmers.get(`/api/activities/${others.id}`).expect(404);
    await farmers
      .patch(`/api/activities/${others.id}`)
      .send({ metrics: { views: 1 } })
      .expect(404);
    await farmers
      .patch(`/api/activities/${own.id}`)
      .send({ metrics: { members: 300 } })
      .expect(200);
    await farmers.delete(`/api/activities/${own.id}`).expect(403);
    // The coordinator's channels report covers the coordinator's organization only.
    const report = await channels(`campaignId=${campaign}`, tokens.coordinator);
    expect(report.totals).toMatchObject({ activities: 1, views: 0, groups: 3, members: 300 });

    await staff.delete(`/api/activities/${others.id}`).expect(204);
    await staff.get(`/api/activities/${others.id}`).expect(404);
    const audit = auditPageSchema.parse(
      (
        await as(t, tokens.admin)
          .get('/api/audit?entity=outreach_activity&action=delete')
          .expect(200)
      ).body,
    );
    expect(audit.items.some((entry) => entry.entityId === others.id)).toBe(true);
  });

  it("imports the media team's sheet with Vietnamese headers, CSV or XLSX, all rows in one go", async () => {
    const campaign = (await createCampaign(staff)).id;
    const rows = [
      [
        'Video',
        'Clip cảnh giác lừa đảo qua mạng',
        '05/01/2026',
        '12.500',
        '340',
        '120',
        '',
        '',
        '',
        'https://youtu.be/abc',
      ],
      ['Tin nhắn SMS', 'Đợt SMS trước Tết', '2026-01-25', '', '', '', '650000', '', '', ''],
      ['Zalo', 'Nhóm Zalo an ninh thôn', '10/01/2026', '', '', '', '', '45', '9 000', ''],
    ];
    const fromCsv = await upload(
      tokens.staff,
      campaign,
      csv([MEDIA_HEADER, ...rows]),
      'truyen-thong.csv',
    ).expect(200);
    expect(fromCsv.body).toEqual({ imported: 3 });
    const fromXlsx = await upload(
      tokens.staff,
      campaign,
      await xlsx([
        MEDIA_HEADER,
        ['Cổng thông tin', 'Tin bài trên cổng tỉnh', '03/02/2026', 8000, 12, '', '', '', '', ''],
      ]),
      'truyen-thong.xlsx',
    ).expect(200);
    expect(fromXlsx.body).toEqual({ imported: 1 });
    const report = await channels(`campaignId=${campaign}`);
    expect(report.totals).toMatchObject({
      activities: 4,
      views: 20_500,
      shares: 352,
      sharers: 120,
      messages: 650_000,
      groups: 45,
      members: 9_000,
    });
    const list = activityPageSchema.parse(
      (await staff.get(`/api/campaigns/${campaign}/activities?channel=sms`).expect(200)).body,
    );
    expect(list.items[0]).toMatchObject({
      title: 'Đợt SMS trước Tết',
      startsOn: '2026-01-25',
      metrics: { messages: 650_000 },
    });
  });

  it('writes nothing when any row of the sheet is invalid, and names each row, column and problem', async () => {
    const campaign = (await createCampaign(staff)).id;
    const before = await activities();
    const rows = [
      ['Video', 'Clip đúng', '05/01/2026', '100', '', '', '', '', '', ''],
      ['Tiktok', '', '31/02/2026', '-4', '', '', '', '', '', ''],
      ['Zalo', 'Nhóm Zalo', '10/01/2026', '', '', '', '', 'ba', '', 'không phải đường dẫn'],
    ];
    const res = await upload(
      tokens.staff,
      campaign,
      csv([MEDIA_HEADER, ...rows]),
      'loi.csv',
    ).expect(422);
    expect(res.body.code).toBe('FILE_ROWS_INVALID');
    expect(res.body.errors).toEqual([
      { row: 3, column: 'Kênh', message: expect.stringContaining('Không rõ kênh "Tiktok"') },
      { row: 3, column: 'Tiêu đề', message: 'Không được để trống' },
      { row: 3, column: 'Ngày', message: expect.stringContaining('không hợp lệ') },
      { row: 3, column: 'Lượt xem', message: 'Lượt xem không được âm' },
      { row: 4, column: 'Số nhóm', message: 'Số nhóm phải là số nguyên' },
      { row: 4, column: 'Đường dẫn', message: expect.stringContaining('http') },
    ]);
    const missing = await upload(
      tokens.staff,
      campaign,
      csv([
        ['Kênh', 'Lượt xem'],
        ['Video', '1'],
      ]),
      'thieu.csv',
    ).expect(422);
    expect(missing.body.errors.map((e: { column: string }) => e.column)).toEqual([
      'Tiêu đề',
      'Ngày',
    ]);
    expect(await activities()).toEqual(before);
  });
});
