import {
  certificateListSchema,
  certificateSummarySchema,
  issueCertificatesResultSchema,
  issuePreviewSchema,
  verifyResultSchema,
} from '@canhgiac/contracts';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { as, loginDemoUsers } from '../support/auth';
import { conferenceBody, createCampaign, createConference, personBody } from '../support/factories';
import { binary, pdfFonts, pdfPageCount, pdfText } from '../support/pdf';
import { createTestApp, TEST_NOW, type TestApp } from '../support/test-app';
import { testDatabaseKinds } from '../support/test-database';

/** Building the app, the demo seed and the suite's data takes minutes on a busy machine. */
const SETUP_TIMEOUT_MS = 240_000;
describe.each(testDatabaseKinds())('certificates (%s)', (kind) => {
  let t: TestApp;
  let tokens: Awaited<ReturnType<typeof loginDemoUsers>>;
  let staff: ReturnType<typeof as>;
  let campaignId: string;
  let day = 0;

  /** A held conference with `attended` checked-in registrants (and one who stayed away). */
  async function heldConference(names: string[], title?: string) {
    day += 1;
    const conference = await createConference(
      staff,
      conferenceBody(
        campaignId,
        `2026-02-${String(day).padStart(2, '0')}`,
        8,
        11,
        title ? { title } : {},
      ),
    );
    const people = [];
    for (const fullName of names) {
      const reg = await staff
        .post(`/api/conferences/${conference.id}/registrations`)
        .send({ person: personBody({ fullName }) })
        .expect(201);
      await staff
        .post(`/api/conferences/${conference.id}/attendance`)
        .send({ registrationId: reg.body.id })
        .expect(200);
      people.push(reg.body.person);
    }
    await staff
      .post(`/api/conferences/${conference.id}/registrations`)
      .send({ person: personBody({ fullName: 'Người Vắng Mặt' }) })
      .expect(201);
    await staff
      .post(`/api/conferences/${conference.id}/status`)
      .send({ status: 'confirmed' })
      .expect(200);
    await staff
      .post(`/api/conferences/${conference.id}/status`)
      .send({ status: 'held' })
      .expect(200);
    return { conference, people };
  }

  const pdf = (url: string, token = tokens.staff) =>
    request(t.http).get(url).set('Authorization', `Bearer ${token}`).buffer(true).parse(binary);

  beforeAll(async () => {
    t = await createTestApp(kind, { PUBLIC_URL: 'https://taphuan.example.vn' });
    tokens = await loginDemoUsers(t);
    staff = as(t, tokens.staff);
    campaignId = (
      await createCampaign(staff, {
        certificate: {
          serialSuffix: 'GCN-SKHCN',
          signerName: 'Trần Văn Giám',
          signerTitle: 'Giám đốc',
        },
      } as never)
    ).id;
  }, SETUP_TIMEOUT_MS);
  afterAll(() => t.close());

  it('refuses to issue before the conference is held', async () => {
    const conference = await createConference(
      staff,
      conferenceBody(campaignId, '2026-06-15', 8, 11),
    );
    const res = await staff.post(`/api/conferences/${conference.id}/certificates`).expect(409);
    expect(res.body.code).toBe('CONFERENCE_NOT_HELD');
  });

  it("issues one certificate per attended registrant, numbered in the year's register, and none the second time", async () => {
    const { conference } = await heldConference(['Nguyễn Văn Ất', 'Trần Thị Bính']);
    const first = issueCertificatesResultSchema.parse(
      (await staff.post(`/api/conferences/${conference.id}/certificates`).expect(200)).body,
    );
    expect(first.issued).toBe(2);
    // The register of the year the app's clock stands in.
    const year = TEST_NOW.slice(0, 4);
    for (const c of first.certificates) {
      expect(c.serial).toMatch(new RegExp(`^\\d+/GCN-SKHCN-${year}$`, 'u'));
      expect(c.verifyCode).toMatch(/^[A-Za-z0-9_-]{40,}$/u);
    }
    const numbers = first.certificates.map((c) => Number(c.serial.split('/')[0]));
    expect(numbers[1]).toBe(numbers[0] + 1);
    const again = await staff.post(`/api/conferences/${conference.id}/certificates`).expect(200);
    expect(again.body).toEqual({ issued: 0, certificates: [] });
  });

  it('previews how many certificates issuing would number, their serials and the first holder, exactly as the batch then issues them', async () => {
    const { conference, people } = await heldConference([
      'Vũ Thị Xuân',
      'Bùi Văn An',
      'Lê Thị Cúc',
    ]);
    const url = `/api/conferences/${conference.id}/certificates/issue-preview`;
    const preview = issuePreviewSchema.parse((await staff.get(url).expect(200)).body);
    expect(preview.toIssue).toBe(3);
    expect(preview.conferenceHeld).toBe(true);
    // Previewing numbers nothing: twice the same answer.
    expect((await staff.get(url).expect(200)).body).toEqual(preview);

    const issued = issueCertificatesResultSchema.parse(
      (await staff.post(`/api/conferences/${conference.id}/certificates`).expect(200)).body,
    );
    const bySerial = [...issued.certificates].sort(
      (a, b) => Number(a.serial.split('/')[0]) - Number(b.serial.split('/')[0]),
    );
    expect(preview.firstSerial).toBe(bySerial[0].serial);
    expect(preview.lastSerial).toBe(bySerial[2].serial);
    const firstHolder = people.find((p: { id: string }) => p.id === bySerial[0].personId);
    expect(preview.first).toEqual({ fullName: firstHolder.fullName, organizationName: null });

    expect((await staff.get(url).expect(200)).body).toEqual({
      toIssue: 0,
      firstSerial: null,
      lastSerial: null,
      first: null,
      conferenceHeld: true,
    });
  });

  it('previews a conference not yet held as such, and answers 404 for an unknown one', async () => {
    const conference = await createConference(
      staff,
      conferenceBody(campaignId, '2026-06-16', 8, 11),
    );
    const res = await staff
      .get(`/api/conferences/${conference.id}/certificates/issue-preview`)
      .expect(200);
    expect(res.body).toMatchObject({ toIssue: 0, conferenceHeld: false });
    await staff
      .get('/api/conferences/00000000-0000-4000-8000-000000000000/certificates/issue-preview')
      .expect(404);
  });

  it('numbers concurrent batches without gaps or duplicates', async () => {
    const batches = await Promise.all(
      [0, 1, 2].map((i) =>
        heldConference([`Người ${'ABC'[i]} Một`, `Người ${'ABC'[i]} Hai`, `Người ${'ABC'[i]} Ba`]),
      ),
    );
    const results = await Promise.all(
      batches.map(({ conference }) => staff.post(`/api/conferences/${conference.id}/certificates`)),
    );
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    const [{ min, max, count, distinct }] = await t.app
      .get(DataSource)
      .query<Array<{ min: number; max: number; count: number; distinct: number }>>(
        `SELECT min(serial_number) AS min, max(serial_number) AS max, count(*)::int AS count, count(DISTINCT serial_number)::int AS distinct
       FROM certificate WHERE serial_year = $1`,
        [Number(TEST_NOW.slice(0, 4))],
      );
    expect(distinct).toBe(count);
    expect(max - min + 1).toBe(count);
  });

  it('prints every Vietnamese string of the certificate exactly, with an embedded font', async () => {
    const names = [
      'Nguyễn Thị Diễm Hương',
      'Đặng Quốc Việt',
      'Lưu Thị Ngọc Ánh',
      'Phạm Thị Thùy Dương',
    ];
    const { conference } = await heldConference(
      names,
      'Nhận diện và phòng chống lừa đảo trên môi trường Internet và điện thoại',
    );
    await staff.post(`/api/conferences/${conference.id}/certificates`).expect(200);
    const res = await pdf(`/api/conferences/${conference.id}/certificates.pdf`).expect(200);
    const body = res.body as Buffer;
    expect(pdfPageCount(body)).toBe(4);
    const text = pdfText(body);
    for (const expected of [
      ...names,
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập – Tự do – Hạnh phúc',
      'GIẤY CHỨNG NHẬN',
      'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
      'UBND TỈNH NINH BÌNH',
      'Nhận diện và phòng chống lừa đảo trên môi trường Internet và điện thoại',
      'Xã Hải Hậu, Tỉnh Ninh Bình',
      'Trần Văn Giám',
      'GIÁM ĐỐC',
      'Ninh Bình, ngày',
    ]) {
      expect(text).toContain(expected);
    }
    // One page per holder, by organization then name.
    const pages = text.split('\f').filter((page) => page.trim());
    expect(pages.map((page) => names.find((n) => page.includes(n)))).toEqual([
      'Đặng Quốc Việt',
      'Lưu Thị Ngọc Ánh',
      'Nguyễn Thị Diễm Hương',
      'Phạm Thị Thùy Dương',
    ]);
    expect(pdfFonts(body)).toMatch(/BeVietnamPro/u);
  });

  it('revokes with a reason, re-issues with a new serial linked to the old one, and verifies both honestly', async () => {
    const { conference } = await heldConference(['Võ Thị Ễnh']);
    const issued = (await staff.post(`/api/conferences/${conference.id}/certificates`).expect(200))
      .body.certificates[0];

    const before = verifyResultSchema.parse(
      (await request(t.http).get(`/api/public/verify/${issued.verifyCode}`).expect(200)).body,
    );
    expect(before).toMatchObject({
      valid: true,
      revoked: false,
      serial: issued.serial,
      holderName: 'Võ Thị Ễnh',
    });
    expect(Object.keys(before).sort()).toEqual(
      [
        'conferenceTitle',
        'heldOn',
        'holderName',
        'issuedOn',
        'issuer',
        'place',
        'replacedBySerial',
        'revoked',
        'revokedOn',
        'revokedReason',
        'serial',
        'valid',
      ].sort(),
    );

    await staff.post(`/api/certificates/${issued.id}/revoke`).send({}).expect(400);
    const revoked = await staff
      .post(`/api/certificates/${issued.id}/revoke`)
      .send({ reason: 'Sai năm sinh' })
      .expect(200);
    expect(revoked.body).toMatchObject({ status: 'revoked', revokedReason: 'Sai năm sinh' });
    await staff
      .post(`/api/certificates/${issued.id}/revoke`)
      .send({ reason: 'Lần nữa' })
      .expect(409);

    const reissued = await staff.post(`/api/certificates/${issued.id}/reissue`).expect(201);
    expect(reissued.body).toMatchObject({ status: 'valid', replacesId: issued.id });
    expect(reissued.body.serial).not.toBe(issued.serial);
    await staff.post(`/api/certificates/${issued.id}/reissue`).expect(409);
    await staff.post(`/api/certificates/${reissued.body.id}/reissue`).expect(409);

    const after = (await request(t.http).get(`/api/public/verify/${issued.verifyCode}`).expect(200))
      .body;
    expect(after).toMatchObject({
      valid: false,
      revoked: true,
      revokedReason: 'Sai năm sinh',
      replacedBySerial: reissued.body.serial,
    });
    const replacement = (
      await request(t.http).get(`/api/public/verify/${reissued.body.verifyCode}`).expect(200)
    ).body;
    expect(replacement.valid).toBe(true);

    // The batch prints valid certificates only.
    const batch = pdfText(
      (await pdf(`/api/conferences/${conference.id}/certificates.pdf`).expect(200)).body as Buffer,
    );
    expect(batch).toContain(reissued.body.serial);
    expect(batch).not.toContain(`Số: ${issued.serial}\n`);

    const audit = await as(t, tokens.admin)
      .get(`/api/audit?entity=certificate&pageSize=50`)
      .expect(200);
    const actions = audit.body.items.map(
      (e: { action: string; entityId: string }) => `${e.action}:${e.entityId}`,
    );
    expect(actions).toEqual(
      expect.arrayContaining([`revoke:${issued.id}`, `issue:${reissued.body.id}`]),
    );
  });

  it("prints an issued certificate as it was issued, whatever the campaign's settings say later; a re-issue takes the new ones", async () => {
    const { conference } = await heldConference(['Lưu Văn Giữ']);
    const before = (await staff.get(`/api/campaigns/${campaignId}`).expect(200)).body
      .certificate as { signerName: string; issuer: string };
    const issued = issueCertificatesResultSchema.parse(
      (await staff.post(`/api/conferences/${conference.id}/certificates`).expect(200)).body,
    );
    const id = issued.certificates[0].id;
    await staff
      .patch(`/api/campaigns/${campaignId}`)
      .send({ certificate: { signerName: 'Phạm Thị Mới', issuer: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ MỚI' } })
      .expect(200);
    try {
      const reprint = pdfText(
        (await pdf(`/api/certificates/${id}.pdf`).expect(200)).body as Buffer,
      );
      expect(reprint).toContain('Lưu Văn Giữ');
      expect(reprint).toContain('Trần Văn Giám');
      expect(reprint).not.toContain('Phạm Thị Mới');
      const verified = await request(t.http)
        .get(`/api/public/verify/${issued.certificates[0].verifyCode}`)
        .expect(200);
      expect(verified.body.issuer).not.toContain('MỚI');

      await staff
        .post(`/api/certificates/${id}/revoke`)
        .send({ reason: 'Sai năm sinh' })
        .expect(200);
      const reissued = await staff.post(`/api/certificates/${id}/reissue`).expect(201);
      const fresh = pdfText(
        (await pdf(`/api/certificates/${reissued.body.id}.pdf`).expect(200)).body as Buffer,
      );
      expect(fresh).toContain('Phạm Thị Mới');
    } finally {
      await staff
        .patch(`/api/campaigns/${campaignId}`)
        .send({ certificate: { signerName: before.signerName, issuer: before.issuer } })
        .expect(200);
    }
  });

  it('answers an unknown code with 404, and logs every verification', async () => {
    const res = await request(t.http)
      .get('/api/public/verify/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')
      .expect(404);
    expect(res.body.statusCode).toBe(404);
    await request(t.http).get('/api/public/verify/bad!code').expect(400);
    const [{ count }] = await t.app
      .get(DataSource)
      .query<Array<Record<string, unknown>>>(
        `SELECT count(*)::int AS count FROM certificate_verification WHERE code = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' AND NOT valid`,
      );
    expect(count).toBe(1);
  });

  it('prints a single certificate whose QR links to PUBLIC_URL/verify/<code>', async () => {
    const { conference } = await heldConference(['Hà Thị Ơn']);
    const issued = (await staff.post(`/api/conferences/${conference.id}/certificates`).expect(200))
      .body.certificates[0];
    const res = await pdf(`/api/certificates/${issued.id}.pdf`).expect(200);
    expect(pdfPageCount(res.body as Buffer)).toBe(1);
    expect(pdfText(res.body as Buffer)).toContain('Hà Thị Ơn');
    const list = certificateListSchema.parse(
      (await staff.get(`/api/conferences/${conference.id}/certificates`).expect(200)).body,
    );
    expect(list.map((c) => c.id)).toEqual([issued.id]);
  });

  it('counts per held conference who may hold a certificate, what is issued, still to issue and revoked; a coordinator its own people', async () => {
    const own = (await createCampaign(staff)).id;
    const coordinator = as(t, tokens.coordinator);
    /** A conference of the campaign with people checked in (by staff or the coordinator) and one absent. */
    async function held(day: string, byStaff: number, byCoordinator: number, hold = true) {
      const conference = await createConference(staff, conferenceBody(own, day, 13, 16));
      const registered: string[] = [];
      for (const client of [
        ...Array.from({ length: byStaff }, () => staff),
        ...Array.from({ length: byCoordinator }, () => coordinator),
      ]) {
        const reg = await client
          .post(`/api/conferences/${conference.id}/registrations`)
          .send({ person: personBody() })
          .expect(201);
        await staff
          .post(`/api/conferences/${conference.id}/attendance`)
          .send({ registrationId: reg.body.id })
          .expect(200);
        registered.push(reg.body.id);
      }
      await staff
        .post(`/api/conferences/${conference.id}/registrations`)
        .send({ person: personBody() })
        .expect(201);
      if (hold)
        for (const status of ['confirmed', 'held'])
          await staff.post(`/api/conferences/${conference.id}/status`).send({ status }).expect(200);
      return { ...conference, registered };
    }
    const a = await held('2026-03-10', 2, 2);
    const b = await held('2026-03-20', 2, 1);
    const c = await held('2026-03-25', 1, 0);
    await held('2026-03-27', 1, 1, false); // not held: never listed
    const issued = issueCertificatesResultSchema.parse(
      (await staff.post(`/api/conferences/${a.id}/certificates`).expect(200)).body,
    );
    const list = certificateListSchema.parse(
      (await staff.get(`/api/conferences/${a.id}/certificates`).expect(200)).body,
    );
    const ofStaff = list.find((x) => x.registrationId === a.registered[0])!;
    const ofCoordinator = list.find((x) => x.registrationId === a.registered[2])!;
    expect(issued.issued).toBe(4);
    // One revoked and left so; one revoked and issued again.
    await staff
      .post(`/api/certificates/${ofStaff.id}/revoke`)
      .send({ reason: 'Sai tên' })
      .expect(200);
    await staff
      .post(`/api/certificates/${ofCoordinator.id}/revoke`)
      .send({ reason: 'Sai năm sinh' })
      .expect(200);
    await staff.post(`/api/certificates/${ofCoordinator.id}/reissue`).expect(201);

    const summary = async (client: ReturnType<typeof as>, query = '') =>
      certificateSummarySchema.parse(
        (await client.get(`/api/certificate-summary?campaignId=${own}${query}`).expect(200)).body,
      );
    const counts = (s: Awaited<ReturnType<typeof summary>>) =>
      s.items.map(({ conferenceId, eligible, issued, toIssue, revoked }) => ({
        conferenceId,
        eligible,
        issued,
        toIssue,
        revoked,
      }));
    const everyone = await summary(staff);
    // Newest first; a conference not held is not listed.
    expect(counts(everyone)).toEqual([
      { conferenceId: c.id, eligible: 1, issued: 0, toIssue: 1, revoked: 0 },
      { conferenceId: b.id, eligible: 3, issued: 0, toIssue: 3, revoked: 0 },
      { conferenceId: a.id, eligible: 4, issued: 3, toIssue: 0, revoked: 1 },
    ]);
    expect(everyone.totals).toEqual({
      conferences: 3,
      eligible: 8,
      issued: 3,
      toIssue: 4,
      revoked: 1,
    });
    expect(everyone.items[2]).toMatchObject({
      title: a.title,
      startsAt: new Date('2026-03-10T13:00:00+07:00').toISOString(),
      campaignId: own,
      communeCode: a.communeCode,
    });
    expect(everyone.items[2].communeName).toMatch(/^(Xã|Thị trấn|Phường) /u);

    // Counts only: leadership reads the same figures.
    expect(await summary(as(t, tokens.leader))).toEqual(everyone);
    // A coordinator counts the people of the association, where it registered any.
    const own_ = await summary(coordinator);
    expect(counts(own_)).toEqual([
      { conferenceId: b.id, eligible: 1, issued: 0, toIssue: 1, revoked: 0 },
      { conferenceId: a.id, eligible: 2, issued: 2, toIssue: 0, revoked: 0 },
    ]);
    expect(own_.totals).toEqual({ conferences: 2, eligible: 3, issued: 2, toIssue: 1, revoked: 0 });

    const pending = await summary(staff, '&pending=true');
    expect(pending.items.map((x) => x.conferenceId)).toEqual([c.id, b.id]);
    const second = await summary(staff, '&page=2&pageSize=2');
    expect(second).toMatchObject({ total: 3, page: 2, pageSize: 2, totals: everyone.totals });
    expect(second.items.map((x) => x.conferenceId)).toEqual([a.id]);
    expect((await summary(staff, '&page=3&pageSize=2')).items).toEqual([]);

    for (const bad of ['pending=yes', 'format=pdf', 'campaignId=x', 'pageSize=501']) {
      const res = await staff.get(`/api/certificate-summary?${bad}`).expect(400);
      expect(res.body.details[0].path).toBe(bad.split('=')[0]);
    }
  });

  it('exports the certificate summary as an Excel workbook with a totals row', async () => {
    const own = await createCampaign(staff);
    const conference = await createConference(staff, conferenceBody(own.id, '2026-04-02', 8, 11));
    for (const status of ['confirmed', 'held'])
      await staff.post(`/api/conferences/${conference.id}/status`).send({ status }).expect(200);
    const res = await request(t.http)
      .get(`/api/certificate-summary?campaignId=${own.id}&format=xlsx`)
      .set('Authorization', `Bearer ${tokens.leader}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-disposition']).toContain(
      'filename="tinh-hinh-cap-giay-chung-nhan.xlsx"',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(res.body as Buffer).buffer);
    const sheet = workbook.worksheets[0];
    const values = (r: number) => (sheet.getRow(r).values as unknown[]).slice(1);
    expect(values(1)).toEqual(['TÌNH HÌNH CẤP GIẤY CHỨNG NHẬN']);
    expect(values(2)).toEqual([`Chiến dịch: ${own.name}`]);
    expect(values(3)).toEqual(['Ngày lập: 15/05/2026']);
    expect(values(4)[1]).toBe('Hội nghị');
    expect(values(5)).toEqual([1, conference.title, '02/04/2026', 'Xã Hải Hậu', 0, 0, 0, 0]);
    expect(values(6)).toEqual(['', 'Tổng cộng (1 hội nghị)', '', '', 0, 0, 0, 0]);
  });

  it('keeps coordinators and leaders from issuing or revoking', async () => {
    const { conference } = await heldConference(['Mạc Văn Bảo']);
    for (const token of [tokens.coordinator, tokens.leader]) {
      await as(t, token).post(`/api/conferences/${conference.id}/certificates`).expect(403);
    }
    const issued = (await staff.post(`/api/conferences/${conference.id}/certificates`).expect(200))
      .body.certificates[0];
    await as(t, tokens.coordinator)
      .post(`/api/certificates/${issued.id}/revoke`)
      .send({ reason: 'thử' })
      .expect(403);
    // Staff registered this person, not the coordinator's association: out of the coordinator's scope.
    await as(t, tokens.coordinator).get(`/api/certificates/${issued.id}`).expect(404);
    await pdf(`/api/certificates/${issued.id}.pdf`, tokens.coordinator).expect(404);
  });
});

describe('verification rate limit', () => {
  it('answers 429 with Retry-After once an address checks too many codes in a minute', async () => {
    const t = await createTestApp('embedded');
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 32; i += 1) {
        statuses.push(
          (await request(t.http).get(`/api/public/verify/${'B'.repeat(30)}${i}`)).status,
        );
      }
      expect(statuses.slice(0, 30).every((s) => s === 404)).toBe(true);
      expect(statuses.slice(30)).toEqual([429, 429]);
      const res = await request(t.http)
        .get('/api/public/verify/CCCCCCCCCCCCCCCCCCCCCCCCCCCCCC')
        .expect(429);
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      await t.close();
    }
  });
});
