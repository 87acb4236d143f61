import { fileSlug, type Registration } from '@canhgiac/contracts';
import request from 'supertest';
import { ROLL_CALL_ROWS_PER_PAGE } from '../../src/modules/registrations/roll-call.pdf';
import { COVERAGE_ROWS_PER_PAGE } from '../../src/modules/reports/exports/coverage-pdf';
import { as, loginDemoUsers } from '../support/auth';
import { communes, conferenceBody, createCampaign, createConference } from '../support/factories';
import { csv, VI_HEADER } from '../support/files';
import { binary, pdfInfoPages as pdfinfoPages, pdfPageTexts, pdfText } from '../support/pdf';
import { createTestApp, type TestApp } from '../support/test-app';
import { testDatabaseKinds } from '../support/test-database';

/** Pages a table of `rows` fills: the first page holds fewer rows, under the document's heading. */
const pagesFor = (rows: number, perPage: { first: number; next: number }) =>
  rows <= perPage.first ? 1 : 1 + Math.ceil((rows - perPage.first) / perPage.next);

/** `filename*=UTF-8''…` decoded, and the plain `filename="…"`. */
function downloadNames(disposition: string | undefined) {
  const utf8 = /filename\*=UTF-8''([^;]+)/u.exec(disposition ?? '')?.[1];
  return {
    type: disposition?.split(';')[0],
    ascii: /filename="([^"]+)"/u.exec(disposition ?? '')?.[1],
    utf8: utf8 === undefined ? undefined : decodeURIComponent(utf8),
  };
}

const family = ['Trần', 'Lê', 'Phạm', 'Vũ', 'Đỗ'];
const given = [
  'Thị Hòa',
  'Văn Đức',
  'Ngọc Ánh',
  'Quang Huy',
  'Thu Thủy',
  'Minh Tuấn',
  'Thanh Hương',
  'Đình Khôi',
];
/** Up to 440 distinct names; a later conference registers the same people again. */
const names = (count: number) =>
  Array.from(
    { length: count },
    (_, i) => `${family[i % 5]} ${given[Math.floor(i / 5) % 8]} ${syllable(Math.floor(i / 40))}`,
  );
const syllable = (n: number) =>
  ['An', 'Bảo', 'Cường', 'Dung', 'Giao', 'Hải', 'Khoa', 'Linh', 'Mai', 'Nam', 'Oanh'][n];

describe.each(testDatabaseKinds())('printed sheets and file names (%s)', (kind) => {
  let t: TestApp;
  let tokens: Awaited<ReturnType<typeof loginDemoUsers>>;
  let staff: ReturnType<typeof as>;
  let campaignId: string;
  let day = 0;

  const fetchPdf = async (url: string) => {
    const res = await request(t.http)
      .get(url)
      .set('Authorization', `Bearer ${tokens.staff}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    return {
      body: res.body as Buffer,
      disposition: res.headers['content-disposition'] as string | undefined,
    };
  };

  /** A conference with `count` registrants, imported from one CSV as a clerk would. */
  async function conferenceWith(count: number, title?: string) {
    day += 1;
    const conference = await createConference(
      staff,
      conferenceBody(campaignId, `2026-06-${String(day).padStart(2, '0')}`, 8, 11, {
        capacity: 500,
        ...(title ? { title } : {}),
      }),
    );
    const people = names(count);
    if (count > 0) {
      const file = csv([
        VI_HEADER,
        ...people.map((name, i) => [
          name,
          i % 2 ? 'Nam' : 'Nữ',
          1940 + (i % 60),
          '',
          communes.yenDinh,
          'Nông dân',
        ]),
      ]);
      const res = await request(t.http)
        .post(`/api/conferences/${conference.id}/registrations/import`)
        .query({
          organizationId: (
            await request(t.http)
              .get('/api/organizations?pageSize=1')
              .set('Authorization', `Bearer ${tokens.staff}`)
          ).body.items[0].id,
        })
        .set('Authorization', `Bearer ${tokens.staff}`)
        .attach('file', file, 'danh-sach.csv');
      expect({ status: res.status, body: res.status === 200 ? null : res.body }).toEqual({
        status: 200,
        body: null,
      });
    }
    return { conference, people };
  }

  beforeAll(async () => {
    t = await createTestApp(kind);
    tokens = await loginDemoUsers(t);
    staff = as(t, tokens.staff);
    campaignId = (await createCampaign(staff)).id;
  });
  afterAll(() => t.close());

  it('lays out the roll call in fixed pages of registrant rows', () => {
    // 13 under the heading, then 15 a page: what fits an A4 sheet at a row tall enough to sign in.
    expect(ROLL_CALL_ROWS_PER_PAGE).toEqual({ first: 13, next: 15 });
  });

  it.each([3, 39, 400])(
    'prints the roll call of %i registrants on exactly the pages its rows fill, every code whole',
    async (count) => {
      const { conference, people } = await conferenceWith(count);
      const { body } = await fetchPdf(`/api/conferences/${conference.id}/roll-call.pdf`);
      const expected = pagesFor(count, ROLL_CALL_ROWS_PER_PAGE);

      expect(pdfinfoPages(body)).toBe(expected);
      const pages = pdfPageTexts(body);
      expect(pages).toHaveLength(expected);
      pages.forEach((text, i) => {
        // Each page carries its number and registrants: a page number never stands alone on a page.
        expect(text).toContain(`Trang ${i + 1}/${expected}`);
        expect(people.some((name) => text.includes(name))).toBe(true);
      });
      const all = pages.join('\n');
      for (const name of people) expect(all).toContain(name);

      // Each check-in code stands whole on its row, as the clerk types it at the door.
      const registrations: Registration[] = (
        await staff.get(`/api/conferences/${conference.id}/registrations`).expect(200)
      ).body;
      expect(registrations).toHaveLength(count);
      const layout = pdfText(body, { layout: true });
      for (const { checkInCode } of registrations)
        expect(layout).toMatch(new RegExp(`(^|\\s)${checkInCode}(\\s|$)`, 'mu'));
    },
  );

  it('prints an empty roll call on one page', async () => {
    const { conference } = await conferenceWith(0);
    const { body } = await fetchPdf(`/api/conferences/${conference.id}/roll-call.pdf`);
    expect(pdfinfoPages(body)).toBe(1);
    expect(pdfText(body)).toContain('Chưa có người đăng ký.');
  });

  it('prints the coverage report by commune on exactly the pages its rows fill', async () => {
    const report = (await staff.get('/api/reports/coverage?groupBy=commune').expect(200)).body as {
      rows: unknown[];
    };
    expect(report.rows.length).toBeGreaterThan(100);
    const { body, disposition } = await fetchPdf(
      '/api/reports/coverage?groupBy=commune&format=pdf',
    );
    const expected = pagesFor(report.rows.length + 1, COVERAGE_ROWS_PER_PAGE);
    expect(expected).toBeGreaterThan(1);
    expect(pdfinfoPages(body)).toBe(expected);
    const pages = pdfPageTexts(body);
    pages.forEach((text, i) => {
      expect(text).toContain(`Trang ${i + 1}/${expected}`);
      expect(text).toMatch(/Xã |Phường |Thị trấn |Tổng cộng/u);
    });
    expect(pages[expected - 1]).toContain('Tổng cộng');
    expect(downloadNames(disposition)).toEqual({
      type: 'attachment',
      ascii: 'bao-cao-do-bao-phu-theo-xa-phuong.pdf',
      utf8: 'Báo cáo độ bao phủ theo xã, phường.pdf',
    });
  });

  it('names the roll call after the conference, in Vietnamese with an ASCII fallback', async () => {
    const title = 'Hội nghị tập huấn "An toàn số" cho người cao tuổi: xã Hải Nam/Hải Hậu';
    const { conference } = await conferenceWith(3, title);
    const { disposition } = await fetchPdf(`/api/conferences/${conference.id}/roll-call.pdf`);
    expect(downloadNames(disposition)).toEqual({
      type: 'inline',
      ascii:
        'danh-sach-diem-danh-hoi-nghi-tap-huan-an-toan-so-cho-nguoi-cao-tuoi-xa-hai-nam-hai-hau.pdf',
      // Only the characters a file system refuses are replaced.
      utf8: 'Danh sách điểm danh – Hội nghị tập huấn -An toàn số- cho người cao tuổi- xã Hải Nam-Hải Hậu.pdf',
    });
  });

  it('names the coverage exports after the report and its grouping', async () => {
    for (const [groupBy, format] of [
      ['district', 'xlsx'],
      ['age_band', 'csv'],
    ] as const) {
      // Districts exist only as held: the map before 1/7/2025.
      const units = groupBy === 'district' ? 'as-held' : 'current';
      const res = await staff
        .get(`/api/reports/coverage?groupBy=${groupBy}&units=${units}&format=${format}`)
        .buffer(true)
        .parse(binary)
        .expect(200);
      const names = downloadNames(res.headers['content-disposition']);
      expect(names.type).toBe('attachment');
      expect(names.utf8).toMatch(new RegExp(`^Báo cáo độ bao phủ theo .+\\.${format}$`, 'u'));
      expect(names.ascii).toBe(`${fileSlug(names.utf8!.slice(0, -format.length - 1))}.${format}`);
      expect(names.ascii).toMatch(
        new RegExp(`^bao-cao-do-bao-phu-theo-[a-z0-9-]+\\.${format}$`, 'u'),
      );
    }
  });

  it('names the template and the plan-results files in Vietnamese, with their ASCII slug', async () => {
    const { conference } = await conferenceWith(0);
    const files: Array<[string, string, string]> = [
      [
        `/api/conferences/${conference.id}/registrations/template.xlsx`,
        'Mẫu danh sách đăng ký',
        'xlsx',
      ],
      [
        `/api/reports/channels?campaignId=${campaignId}&format=xlsx`,
        'Kết quả tuyên truyền theo kênh',
        'xlsx',
      ],
      [
        '/api/reports/matrix?rows=commune&cols=organization&format=xlsx',
        'Ma trận số người tham gia theo xã và tổ chức',
        'xlsx',
      ],
      [
        `/api/reports/plan-report?campaignId=${campaignId}&format=docx`,
        'Báo cáo kết quả kế hoạch',
        'docx',
      ],
    ];
    for (const [url, title, extension] of files) {
      const res = await staff.get(url).buffer(true).parse(binary).expect(200);
      expect(downloadNames(res.headers['content-disposition'])).toEqual({
        type: 'attachment',
        ascii: `${fileSlug(title)}.${extension}`,
        utf8: `${title}.${extension}`,
      });
    }
    expect(fileSlug('Ma trận số người tham gia theo xã và tổ chức')).toBe(
      'ma-tran-so-nguoi-tham-gia-theo-xa-va-to-chuc',
    );
  });

  it('names the certificates and the handover note after what they are', async () => {
    const title = 'Hội nghị tuyên truyền thị trấn Yên Định';
    const { conference } = await conferenceWith(0, title);
    const batch = await fetchPdf(`/api/conferences/${conference.id}/certificates.pdf`);
    expect(downloadNames(batch.disposition)).toEqual({
      type: 'inline',
      ascii: 'giay-chung-nhan-hoi-nghi-tuyen-truyen-thi-tran-yen-dinh.pdf',
      utf8: `Giấy chứng nhận – ${title}.pdf`,
    });
    await staff
      .get('/api/conferences/00000000-0000-4000-8000-000000000000/certificates.pdf')
      .expect(404);

    const leafletBatch = (
      await staff
        .post('/api/leaflet-batches')
        .send({ title: 'Tờ rơi cảnh giác lừa đảo', quantity: 1000, receivedOn: '2026-03-01' })
        .expect(201)
    ).body;
    const allocation = (
      await staff
        .post(`/api/leaflet-batches/${leafletBatch.id}/allocations`)
        .send({ quantity: 100, communeCode: communes.haiNam })
        .expect(201)
    ).body;
    const slip = await fetchPdf(`/api/leaflet-allocations/${allocation.id}/slip.pdf`);
    const names = downloadNames(slip.disposition);
    expect(names.type).toBe('inline');
    expect(names.utf8).toMatch(/^Biên bản bàn giao .+\.pdf$/u);
    expect(names.utf8).not.toMatch(/[/\\]/u);
    expect(names.ascii).toMatch(/^bien-ban-ban-giao-[a-z0-9-]+\.pdf$/u);
  });
});
