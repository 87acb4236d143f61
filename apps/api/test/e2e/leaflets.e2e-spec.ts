import {
  leafletAllocationSchema,
  leafletBatchSchema,
  leafletPlaceSummarySchema,
} from '@canhgiac/contracts';
import request from 'supertest';
import { as, loginDemoUsers } from '../support/auth';
import {
  communes,
  conferenceBody,
  createCampaign,
  createConference,
  formerCommunes,
} from '../support/factories';
import { binary, pdfFonts, pdfText } from '../support/pdf';
import { createTestApp, TEST_NOW, type TestApp } from '../support/test-app';
import { testDatabaseKinds } from '../support/test-database';

const TITLE = 'Nhận diện và phòng chống lừa đảo trên môi trường Internet và điện thoại';

/** Building the app, the demo seed and the suite's data takes minutes on a busy machine. */
const SETUP_TIMEOUT_MS = 240_000;
describe.each(testDatabaseKinds())('leaflet stock and allocations (%s)', (kind) => {
  let t: TestApp;
  let tokens: Awaited<ReturnType<typeof loginDemoUsers>>;
  let staff: ReturnType<typeof as>;
  let farmersId: string;

  const newBatch = async (quantity = 20_000) =>
    leafletBatchSchema.parse(
      (
        await staff
          .post('/api/leaflet-batches')
          .send({ title: TITLE, quantity, receivedOn: '2026-03-01' })
          .expect(201)
      ).body,
    );

  beforeAll(async () => {
    t = await createTestApp(kind);
    tokens = await loginDemoUsers(t);
    staff = as(t, tokens.staff);
    farmersId = (await as(t, tokens.coordinator).get('/api/auth/me')).body.organizationId;
  }, SETUP_TIMEOUT_MS);
  afterAll(() => t.close());

  it('gives exactly 20 of 30 concurrent allocations of 1,000 from 20,000', async () => {
    const batch = await newBatch();
    const results = await Promise.all(
      Array.from({ length: 30 }, () =>
        staff
          .post(`/api/leaflet-batches/${batch.id}/allocations`)
          .send({ quantity: 1_000, organizationId: farmersId }),
      ),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(20);
    const refused = results.filter((r) => r.status === 409);
    expect(refused).toHaveLength(10);
    for (const res of refused)
      expect(res.body).toMatchObject({ code: 'LEAFLETS_INSUFFICIENT', available: 0 });
    const after = (await staff.get(`/api/leaflet-batches/${batch.id}`).expect(200)).body;
    expect(after).toMatchObject({
      quantity: 20_000,
      allocated: 20_000,
      available: 0,
      delivered: 0,
    });
    const numbers = results.filter((r) => r.status === 201).map((r) => r.body.documentNumber);
    expect(new Set(numbers).size).toBe(20);
  });

  it('numbers concurrent allocations in one running register of the year: no gap, no duplicate', async () => {
    // Two batches at once: both registers' allocations take their number from the same counter.
    const [first, second] = [await newBatch(6_000), await newBatch(6_000)];
    const results = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        staff
          .post(`/api/leaflet-batches/${(i % 2 ? first : second).id}/allocations`)
          .send({ quantity: 1_000, communeCode: communes.haiNam }),
      ),
    );
    // 6 of 8 fit each batch; a refused one takes no number.
    expect(results.filter((r) => r.status === 201)).toHaveLength(12);
    expect(results.filter((r) => r.status === 409)).toHaveLength(4);
    const numbered = results
      .filter((r) => r.status === 201)
      .map((r) => leafletAllocationSchema.parse(r.body).documentNumber);
    const year = TEST_NOW.slice(0, 4);
    for (const number of numbered) expect(number).toMatch(new RegExp(`^\\d+/BBBG-${year}$`, 'u'));
    const numbers = numbered.map((n) => Number(n.split('/')[0])).sort((a, b) => a - b);
    const lowest = numbers[0];
    expect(numbers).toEqual(Array.from({ length: 12 }, (_, i) => lowest + i));

    // The next note of the year follows on, and cancelling keeps a number in the register.
    const next = leafletAllocationSchema.parse(
      (
        await staff
          .post(`/api/leaflet-batches/${(await newBatch(100)).id}/allocations`)
          .send({ quantity: 100, organizationId: farmersId })
          .expect(201)
      ).body,
    );
    expect(next.documentNumber).toBe(`${lowest + 12}/BBBG-${year}`);
    const cancelled = await staff
      .post(`/api/leaflet-allocations/${next.id}/cancel`)
      .send({ reason: 'Lập nhầm' })
      .expect(200);
    expect(cancelled.body.documentNumber).toBe(next.documentNumber);
  });

  it('records one delivery of concurrent ones, and each handover note prints its own number', async () => {
    const batch = await newBatch(3_000);
    const allocations = await Promise.all(
      [communes.haiNam, communes.yenDinh, communes.haiNam].map(async (communeCode) =>
        leafletAllocationSchema.parse(
          (
            await staff
              .post(`/api/leaflet-batches/${batch.id}/allocations`)
              .send({ quantity: 1_000, communeCode })
              .expect(201)
          ).body,
        ),
      ),
    );
    // Each allocation delivered from three places at once: one delivery each is recorded.
    const receivers = ['Nguyễn Văn An', 'Lê Thị Bình', 'Phạm Văn Cường'];
    const deliveries = await Promise.all(
      allocations.flatMap((allocation) =>
        receivers.map((receivedBy) =>
          staff
            .post(`/api/leaflet-allocations/${allocation.id}/deliver`)
            .send({ deliveredOn: '2026-05-14', receivedBy })
            .then((res) => ({ allocation, res })),
        ),
      ),
    );
    for (const allocation of allocations) {
      const mine = deliveries.filter((d) => d.allocation.id === allocation.id);
      const done = mine.filter((d) => d.res.status === 200);
      expect(done).toHaveLength(1);
      for (const { res } of mine.filter((d) => d.res.status !== 200))
        expect(res.body).toMatchObject({ statusCode: 409, code: 'ALLOCATION_NOT_PLANNED' });
      const delivered = leafletAllocationSchema.parse(done[0].res.body);
      // Delivery keeps the number the note was printed with when it was planned.
      expect(delivered.documentNumber).toBe(allocation.documentNumber);

      const pdf = await request(t.http)
        .get(`/api/leaflet-allocations/${allocation.id}/slip.pdf`)
        .set('Authorization', `Bearer ${tokens.staff}`)
        .buffer(true)
        .parse(binary)
        .expect(200);
      const text = pdfText(pdf.body as Buffer).replace(/\s+/gu, ' ');
      expect(text).toContain(`Số: ${allocation.documentNumber}`);
      expect(text).toContain('ngày 14 tháng 05 năm 2026');
      expect(text).toContain(delivered.receivedBy!);
      for (const other of allocations.filter((a) => a.id !== allocation.id))
        expect(text).not.toContain(`Số: ${other.documentNumber}`);
    }
    const audit = await as(t, tokens.admin)
      .get(`/api/audit?entity=leaflet_allocation&action=deliver&pageSize=500`)
      .expect(200);
    const ids = new Set(allocations.map((a) => a.id));
    expect(
      (audit.body.items as Array<{ entityId: string }>).filter((e) => ids.has(e.entityId)),
    ).toHaveLength(3);
  });

  it('refuses more than is left and says how many are', async () => {
    const batch = await newBatch(1_500);
    await staff
      .post(`/api/leaflet-batches/${batch.id}/allocations`)
      .send({ quantity: 1_000, communeCode: communes.yenDinh })
      .expect(201);
    const res = await staff
      .post(`/api/leaflet-batches/${batch.id}/allocations`)
      .send({ quantity: 600, communeCode: communes.haiNam })
      .expect(409);
    expect(res.body.available).toBe(500);
    expect(res.body.message).toContain('500');
  });

  it.each([
    ['zero', { quantity: 0 }],
    ['a negative quantity', { quantity: -5 }],
    ['a fraction', { quantity: 2.5 }],
    ['no recipient', { quantity: 10, organizationId: undefined }],
    ['two recipients', { quantity: 10, communeCode: '14215' }],
  ])('answers %s with 400', async (_what, overrides) => {
    const batch = await newBatch(100);
    await staff
      .post(`/api/leaflet-batches/${batch.id}/allocations`)
      .send({ organizationId: farmersId, ...overrides })
      .expect(400);
  });

  it('returns a cancelled allocation to stock, keeping the record', async () => {
    const batch = await newBatch(2_000);
    const allocation = await staff
      .post(`/api/leaflet-batches/${batch.id}/allocations`)
      .send({ quantity: 2_000, communeCode: communes.haiNam })
      .expect(201);
    await staff
      .post(`/api/leaflet-batches/${batch.id}/allocations`)
      .send({ quantity: 1, communeCode: communes.haiNam })
      .expect(409);
    await staff.post(`/api/leaflet-allocations/${allocation.body.id}/cancel`).send({}).expect(400);
    const cancelled = await staff
      .post(`/api/leaflet-allocations/${allocation.body.id}/cancel`)
      .send({ reason: 'Xã đã nhận đủ' })
      .expect(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelReason: 'Xã đã nhận đủ' });
    expect((await staff.get(`/api/leaflet-batches/${batch.id}`)).body).toMatchObject({
      allocated: 0,
      available: 2_000,
    });
    await staff
      .post(`/api/leaflet-allocations/${allocation.body.id}/deliver`)
      .send({ deliveredOn: '2026-03-05', receivedBy: 'Nguyễn Văn A' })
      .expect(409);
    const list = await staff
      .get(`/api/leaflet-allocations?batchId=${batch.id}&status=cancelled`)
      .expect(200);
    expect(list.body.items.map((a: { id: string }) => a.id)).toEqual([allocation.body.id]);
  });

  it('delivers to a conference, and prints the handover note with the quantity in words', async () => {
    const campaign = await createCampaign(staff);
    const conference = await createConference(
      staff,
      conferenceBody(campaign.id, '2026-04-10', 8, 11),
    );
    const batch = await newBatch();
    const allocation = leafletAllocationSchema.parse(
      (
        await staff
          .post(`/api/leaflet-batches/${batch.id}/allocations`)
          .send({ quantity: 1_250, conferenceId: conference.id, note: 'Phát tại hội nghị' })
          .expect(201)
      ).body,
    );
    // Since 1/7/2025 there are no districts: the place is the commune of today's map.
    expect(allocation).toMatchObject({
      recipientKind: 'conference',
      recipientName: conference.title,
      districtCode: null,
      districtName: null,
      placeCode: communes.yenDinh,
      placeName: 'Xã Hải Hậu',
    });
    const delivered = await staff
      .post(`/api/leaflet-allocations/${allocation.id}/deliver`)
      .send({ deliveredOn: '2026-04-10', receivedBy: 'Trần Thị Thủy' })
      .expect(200);
    expect(delivered.body).toMatchObject({
      status: 'delivered',
      deliveredOn: '2026-04-10',
      receivedBy: 'Trần Thị Thủy',
    });
    expect((await staff.get(`/api/leaflet-batches/${batch.id}`)).body).toMatchObject({
      allocated: 1_250,
      delivered: 1_250,
      available: 18_750,
    });
    expect(
      (await staff.get(`/api/leaflet-allocations?conferenceId=${conference.id}`)).body.total,
    ).toBe(1);

    const pdf = await request(t.http)
      .get(`/api/leaflet-allocations/${allocation.id}/slip.pdf`)
      .set('Authorization', `Bearer ${tokens.staff}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const text = pdfText(pdf.body as Buffer).replace(/\s+/gu, ' ');
    for (const expected of [
      'BIÊN BẢN BÀN GIAO',
      `Số: ${allocation.documentNumber}`,
      'ngày 10 tháng 04 năm 2026',
      'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
      'Trần Thị Thủy',
      'Trần Thị Lan',
      TITLE,
      '1.250 tờ',
      'Một nghìn hai trăm năm mươi tờ',
      'ĐẠI DIỆN BÊN GIAO',
      'ĐẠI DIỆN BÊN NHẬN',
    ]) {
      expect(text).toContain(expected);
    }
    expect(pdfFonts(pdf.body as Buffer)).toMatch(/BeVietnamPro/u);
  });

  it('sums allocations and deliveries per commune of today, the province level apart', async () => {
    const campaign = await createCampaign(staff);
    const batch = leafletBatchSchema.parse(
      (
        await staff
          .post('/api/leaflet-batches')
          .send({
            title: TITLE,
            quantity: 5_000,
            receivedOn: '2026-03-01',
            campaignId: campaign.id,
          })
          .expect(201)
      ).body,
    );
    const a = await staff
      .post(`/api/leaflet-batches/${batch.id}/allocations`)
      .send({ quantity: 1_000, communeCode: communes.yenDinh })
      .expect(201);
    await staff
      .post(`/api/leaflet-batches/${batch.id}/allocations`)
      .send({ quantity: 700, organizationId: farmersId })
      .expect(201);
    await staff
      .post(`/api/leaflet-batches/${batch.id}/allocations`)
      .send({ quantity: 300, communeCode: '13741' })
      .expect(201);
    await staff
      .post(`/api/leaflet-allocations/${a.body.id}/deliver`)
      .send({ deliveredOn: '2026-03-02', receivedBy: 'Lê Văn B' })
      .expect(200);
    const summary = leafletPlaceSummarySchema.parse(
      (
        await as(t, tokens.leader)
          .get(`/api/leaflets/summary?campaignId=${campaign.id}`)
          .expect(200)
      ).body,
    );
    // The provincial association works at the province level; 13741 is Xã Giao Minh today.
    expect(summary.rows).toEqual([
      { placeCode: null, placeName: 'Cấp tỉnh', allocated: 700, delivered: 0, allocations: 1 },
      {
        placeCode: '13741',
        placeName: 'Xã Vụ Bản',
        allocated: 300,
        delivered: 0,
        allocations: 1,
      },
      {
        placeCode: communes.yenDinh,
        placeName: 'Xã Hải Hậu',
        allocated: 1_000,
        delivered: 1_000,
        allocations: 1,
      },
    ]);
    expect(summary.totals).toEqual({
      quantity: 5_000,
      allocated: 2_000,
      delivered: 1_000,
      available: 3_000,
    });
  });

  it('names a 2025 conference place as held on its note, and as today in the summary', async () => {
    const campaign = await createCampaign(staff, {
      year: 2025,
      startsOn: '2025-01-01',
      endsOn: '2025-12-31',
    });
    const conference = await createConference(
      staff,
      conferenceBody(campaign.id, '2025-03-10', 8, 11, { communeCode: formerCommunes.haiNam }),
    );
    const batch = leafletBatchSchema.parse(
      (
        await staff
          .post('/api/leaflet-batches')
          .send({ title: TITLE, quantity: 500, receivedOn: '2025-03-01', campaignId: campaign.id })
          .expect(201)
      ).body,
    );
    const allocation = leafletAllocationSchema.parse(
      (
        await staff
          .post(`/api/leaflet-batches/${batch.id}/allocations`)
          .send({ quantity: 200, conferenceId: conference.id })
          .expect(201)
      ).body,
    );
    // Xã Hải Nam (Huyện Hải Hậu) went into Xã Hải Hưng on 1/7/2025.
    expect(allocation).toMatchObject({
      districtCode: '366',
      districtName: 'Huyện Hải Hậu',
      placeCode: communes.haiHung,
      placeName: 'Xã Hải Hưng',
    });
    const summary = leafletPlaceSummarySchema.parse(
      (await staff.get(`/api/leaflets/summary?campaignId=${campaign.id}`).expect(200)).body,
    );
    expect(summary.rows).toEqual([
      {
        placeCode: communes.haiHung,
        placeName: 'Xã Hải Hưng',
        allocated: 200,
        delivered: 0,
        allocations: 1,
      },
    ]);
    const filtered = await staff
      .get(`/api/leaflet-allocations?batchId=${batch.id}&placeCode=${communes.haiHung}`)
      .expect(200);
    expect(filtered.body.total).toBe(1);
  });

  it('refuses to shrink a batch below what is allocated', async () => {
    const batch = await newBatch(1_000);
    await staff
      .post(`/api/leaflet-batches/${batch.id}/allocations`)
      .send({ quantity: 800, organizationId: farmersId })
      .expect(201);
    const res = await staff
      .patch(`/api/leaflet-batches/${batch.id}`)
      .send({ quantity: 500 })
      .expect(409);
    expect(res.body.allocated).toBe(800);
    await staff.patch(`/api/leaflet-batches/${batch.id}`).send({ quantity: 900 }).expect(200);
  });

  it('lets leaders read the stock but not change it, and keeps coordinators out', async () => {
    const batch = await newBatch(100);
    const leader = as(t, tokens.leader);
    await leader.get('/api/leaflet-batches').expect(200);
    await leader
      .post('/api/leaflet-batches')
      .send({ title: TITLE, quantity: 1, receivedOn: '2026-03-01' })
      .expect(403);
    await leader
      .post(`/api/leaflet-batches/${batch.id}/allocations`)
      .send({ quantity: 1, organizationId: farmersId })
      .expect(403);
    await as(t, tokens.coordinator).get('/api/leaflet-batches').expect(403);
  });
});
