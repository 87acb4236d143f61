import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  type CoverageReport,
  coverageReportSchema,
  dashboardSchema,
  errorResponseSchema,
  type Matrix,
  matrixSchema,
  planReportTextsSchema,
  targetBand,
  targetsSchema,
} from '@canhgiac/contracts';
import ExcelJS from 'exceljs';
import { as, loginDemoUsers } from '../support/auth';
import {
  communes,
  conferenceBody,
  createCampaign,
  createConference,
  personBody,
} from '../support/factories';
import { binary, pdfInfoPages, pdfPageTexts, pdfText } from '../support/pdf';
import { createTestApp, type TestApp } from '../support/test-app';
import { testDatabaseKinds } from '../support/test-database';

/** The text of a DOCX's body, as Word shows it: every run of word/document.xml. */
function docxText(docx: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'canhgiac-docx-'));
  try {
    const file = path.join(dir, 'report.docx');
    fs.writeFileSync(file, docx);
    const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' });
    return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/gu)]
      .map((m) =>
        m[1]
          .replace(/&lt;/gu, '<')
          .replace(/&gt;/gu, '>')
          .replace(/&quot;/gu, '"')
          .replace(/&apos;/gu, "'")
          .replace(/&amp;/gu, '&'),
      )
      .join(' ');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Every Vietnamese letter, lower and upper case, each vowel with each tone: 134 letters, NFC. */
const VIETNAMESE_LETTERS = (() => {
  const vowels = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
  const tones = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
  const lower = [...vowels.flatMap((v) => tones.map((t) => `${v}${t}`.normalize('NFC'))), 'đ'];
  return [...lower, ...lower.map((letter) => letter.toUpperCase())];
})();

const count = (n: number) => n.toLocaleString('vi-VN');

describe.each(testDatabaseKinds())(
  'targets, the coverage matrix and the results report (%s)',
  (kind) => {
    let t: TestApp;
    let tokens: Awaited<ReturnType<typeof loginDemoUsers>>;
    let staff: ReturnType<typeof as>;
    let campaignId: string;
    let farmersOrg: string;
    let veteransOrg: string;

    const coverage = async (query: string, token = tokens.staff): Promise<CoverageReport> =>
      coverageReportSchema.parse(
        (
          await as(t, token)
            .get(`/api/reports/coverage?campaignId=${campaignId}&${query}`)
            .expect(200)
        ).body,
      );
    const matrix = async (query: string, token = tokens.staff): Promise<Matrix> =>
      matrixSchema.parse(
        (
          await as(t, token)
            .get(`/api/reports/matrix?campaignId=${campaignId}&${query}`)
            .expect(200)
        ).body,
      );

    /** The matrix's totals are the coverage report's rows, key by key, and its total the report's total. */
    const expectTotalsMatchCoverage = (
      m: Matrix,
      side: 'row' | 'col',
      report: CoverageReport,
      field: 'uniqueParticipants' | 'attended' | 'conferencesHeld',
    ) => {
      const headers = side === 'row' ? m.rows : m.cols;
      const totals = side === 'row' ? m.rowTotals : m.colTotals;
      const fromMatrix = Object.fromEntries(
        headers.map((h, i) => [h.key ?? '-', totals[i]]).filter(([, n]) => n !== 0),
      );
      const fromCoverage = Object.fromEntries(
        report.rows.map((r) => [r.key ?? '-', r[field] ?? 0]).filter(([, n]) => n !== 0),
      );
      expect(fromMatrix).toEqual(fromCoverage);
      expect(m.total).toBe(report.totals[field]);
    };

    beforeAll(async () => {
      t = await createTestApp(kind);
      tokens = await loginDemoUsers(t);
      staff = as(t, tokens.staff);
      const farmers = as(t, tokens.coordinator);
      const veterans = as(t, tokens.otherCoordinator);
      farmersOrg = (await farmers.get('/api/auth/me')).body.organizationId;
      veteransOrg = (await veterans.get('/api/auth/me')).body.organizationId;
      campaignId = (
        await createCampaign(staff, {
          targetConferences: 10,
          targetParticipants: 20,
          targetLeaflets: 1000,
        })
      ).id;

      const a = await createConference(
        staff,
        conferenceBody(campaignId, '2026-01-10', 8, 11, { organizerIds: [farmersOrg] }),
      );
      const b = await createConference(
        staff,
        conferenceBody(campaignId, '2026-02-10', 8, 11, {
          communeCode: communes.haiNam,
          venue: 'Nhà văn hóa xã Hải Nam',
          organizerIds: [farmersOrg, veteransOrg],
        }),
      );
      const c = await createConference(
        staff,
        conferenceBody(campaignId, '2026-02-20', 8, 11, {
          communeCode: communes.haiTrung,
          venue: 'Hội trường xã Hải Trung',
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
      // A farmer at two conferences: two attendances, one person, counted where first seen.
      const repeat = await attend(farmers, a.id, { person: personBody({ group: 'farmer' }) });
      await attend(farmers, b.id, { personId: repeat.person.id });
      await attend(farmers, a.id, { person: personBody({ group: 'elderly' }) });
      await attend(farmers, b.id, { person: personBody({ group: 'farmer' }) });
      await attend(veterans, b.id, { person: personBody({ group: 'veteran' }) });
      await attend(veterans, c.id, { person: personBody({ group: 'veteran' }) });
      await attend(staff, c.id, { person: personBody({ group: 'student' }) });
      await farmers
        .post(`/api/conferences/${c.id}/registrations`)
        .send({ person: personBody({ group: 'worker' }) })
        .expect(201);
      for (const id of [a.id, b.id, c.id]) {
        await staff.post(`/api/conferences/${id}/status`).send({ status: 'confirmed' }).expect(200);
        await staff.post(`/api/conferences/${id}/status`).send({ status: 'held' }).expect(200);
      }
      const batch = await staff
        .post('/api/leaflet-batches')
        .send({ title: 'Tờ rơi cảnh giác', quantity: 2000, receivedOn: '2026-01-02', campaignId })
        .expect(201);
      const toA = await staff
        .post(`/api/leaflet-batches/${batch.body.id}/allocations`)
        .send({ quantity: 300, conferenceId: a.id })
        .expect(201);
      await staff
        .post(`/api/leaflet-allocations/${toA.body.id}/deliver`)
        .send({ deliveredOn: '2026-01-10', receivedBy: 'Ban tổ chức' })
        .expect(200);
      await staff
        .post(`/api/campaigns/${campaignId}/activities`)
        .send({
          channel: 'video',
          title: 'Video cảnh giác',
          startsOn: '2026-01-15',
          metrics: { views: 40_000, shares: 900, sharers: 310 },
        })
        .expect(201);
      await staff
        .post(`/api/campaigns/${campaignId}/activities`)
        .send({
          channel: 'sms',
          title: 'SMS dịp Tết',
          startsOn: '2026-01-25',
          metrics: { messages: 650_000 },
        })
        .expect(201);
      // A fresh database, the demo seed and some thirty requests: slow on a loaded machine.
    }, 180_000);
    afterAll(() => t.close());

    it('replaces the targets as a whole set, and names the item of each problem', async () => {
      const bad = await staff
        .put(`/api/campaigns/${campaignId}/targets`)
        .send({
          items: [
            { communeCode: communes.yenDinh, participants: -1 },
            { communeCode: communes.haiNam },
            { communeCode: communes.haiNam, participants: 3 },
            {},
          ],
        })
        .expect(400);
      expect(
        errorResponseSchema
          .parse(bad.body)
          .details?.map((d) => d.path)
          .sort(),
      ).toEqual(['items.0.participants', 'items.2', 'items.3']);
      const unknown = await staff
        .put(`/api/campaigns/${campaignId}/targets`)
        .send({
          items: [
            { communeCode: communes.yenDinh, participants: 3 },
            { communeCode: '99999', participants: 1 },
            { organizationId: '00000000-0000-4000-8000-000000000000', participants: 1 },
          ],
        })
        .expect(400);
      expect(unknown.body.details.map((d: { path: string }) => d.path)).toEqual([
        'items.1.communeCode',
        'items.2.organizationId',
      ]);

      const items = [
        { communeCode: communes.yenDinh, participants: 2, conferences: 1 },
        { communeCode: communes.haiNam, participants: 10 },
        { organizationId: farmersOrg, participants: 4 },
        { organizationId: veteransOrg, participants: 8 },
        { communeCode: communes.haiNam, organizationId: farmersOrg, participants: 2 },
        { communeCode: communes.haiNam, organizationId: veteransOrg, participants: 5 },
      ];
      await staff
        .put(`/api/campaigns/${campaignId}/targets`)
        .send({ items: [{ communeCode: communes.haiTrung, participants: 99 }] })
        .expect(200);
      const saved = targetsSchema.parse(
        (await staff.put(`/api/campaigns/${campaignId}/targets`).send({ items }).expect(200)).body,
      );
      expect(saved.items).toHaveLength(6);
      expect(saved.items.find((i) => i.communeCode === communes.haiTrung)).toBeUndefined();
      expect(saved.items.find((i) => i.communeCode === communes.yenDinh)).toMatchObject({
        communeName: 'Xã Hải Hậu',
        communeValidOn: '2026-01-01',
        participants: 2,
        conferences: 1,
        leaflets: null,
      });

      const coordinatorView = targetsSchema.parse(
        (await as(t, tokens.coordinator).get(`/api/campaigns/${campaignId}/targets`).expect(200))
          .body,
      );
      expect(coordinatorView.items.every((i) => i.organizationId === farmersOrg)).toBe(true);
      expect(coordinatorView.items).toHaveLength(2);
      await as(t, tokens.coordinator)
        .put(`/api/campaigns/${campaignId}/targets`)
        .send({ items: [] })
        .expect(403);
    });

    it('keeps concurrent replacements whole: the set read back is one of the sets sent, never a mix', async () => {
      const other = (await createCampaign(staff)).id;
      const sets = [
        [
          { communeCode: communes.yenDinh, participants: 1 },
          { communeCode: communes.haiNam, participants: 2 },
        ],
        [
          { organizationId: farmersOrg, participants: 3 },
          { organizationId: veteransOrg, participants: 4 },
          { communeCode: communes.haiTrung, participants: 5 },
        ],
      ];
      for (let round = 0; round < 3; round += 1) {
        const answers = await Promise.all(
          sets.map((items) => staff.put(`/api/campaigns/${other}/targets`).send({ items })),
        );
        expect(answers.map((a) => a.status)).toEqual([200, 200]);
        const read = targetsSchema.parse(
          (await staff.get(`/api/campaigns/${other}/targets`).expect(200)).body,
        );
        const key = (i: {
          communeCode?: string | null;
          organizationId?: string | null;
          participants?: number | null;
        }) => `${i.communeCode ?? ''}|${i.organizationId ?? ''}|${i.participants}`;
        expect(sets.map((items) => items.map(key).sort().join(','))).toContain(
          read.items.map(key).sort().join(','),
        );
      }
    });

    it('sums communes × organizations so that row and column totals equal the coverage report', async () => {
      const [byCommune, byOrganization, byGroup, byMonth] = await Promise.all([
        coverage('groupBy=commune'),
        coverage('groupBy=organization'),
        coverage('groupBy=group'),
        coverage('groupBy=month'),
      ]);
      for (const measure of ['uniqueParticipants', 'attended'] as const) {
        const m = await matrix(`rows=commune&cols=organization&measure=${measure}`);
        expectTotalsMatchCoverage(m, 'row', byCommune, measure);
        expectTotalsMatchCoverage(m, 'col', byOrganization, measure);
        // Cells add up to the totals both ways.
        m.rowTotals.forEach((n, i) => expect(m.cells[i].reduce((s, v) => s + v, 0)).toBe(n));
        m.colTotals.forEach((n, j) => expect(m.cells.reduce((s, row) => s + row[j], 0)).toBe(n));
      }
      const groups = await matrix('rows=group&cols=month&measure=uniqueParticipants');
      expectTotalsMatchCoverage(groups, 'row', byGroup, 'uniqueParticipants');
      expectTotalsMatchCoverage(groups, 'col', byMonth, 'uniqueParticipants');
      const held = await matrix('rows=commune&cols=month&measure=conferencesHeld');
      expectTotalsMatchCoverage(held, 'row', byCommune, 'conferencesHeld');
      expectTotalsMatchCoverage(held, 'col', byMonth, 'conferencesHeld');

      // The repeat farmer counts once, in Yên Định (January), the farmers' column.
      const m = await matrix('rows=commune&cols=organization&measure=uniqueParticipants');
      const cell = (commune: string, organization: string) =>
        m.cells[m.rows.findIndex((r) => r.key === commune)][
          m.cols.findIndex((c) => c.key === organization)
        ];
      expect(cell(communes.yenDinh, farmersOrg)).toBe(2);
      expect(cell(communes.haiNam, farmersOrg)).toBe(1);
      expect(cell(communes.haiNam, veteransOrg)).toBe(1);
      expect(m.rows.find((r) => r.key === communes.haiNam)?.label).toBe('Xã Hải Hưng');

      // A co-organized conference counts in each organizer's column, once in its commune's total.
      const byOrganizer = await matrix('rows=commune&cols=organization&measure=conferencesHeld');
      const haiNam = byOrganizer.rows.findIndex((r) => r.key === communes.haiNam);
      expect(byOrganizer.rowTotals[haiNam]).toBe(1);
      expect(byOrganizer.cells[haiNam].filter((n) => n === 1)).toHaveLength(2);
      expect(byOrganizer.total).toBe(3);
    });

    it('shows the targets beside the figures: per cell, per commune and per organization', async () => {
      const m = await matrix('rows=commune&cols=organization&measure=uniqueParticipants');
      const r = (code: string) => m.rows.findIndex((row) => row.key === code);
      const c = (id: string) => m.cols.findIndex((col) => col.key === id);
      expect(m.targets[r(communes.haiNam)][c(farmersOrg)]).toBe(2);
      expect(m.targets[r(communes.haiNam)][c(veteransOrg)]).toBe(5);
      expect(m.targets[r(communes.yenDinh)][c(farmersOrg)]).toBeNull();
      expect(m.rowTargets[r(communes.yenDinh)]).toBe(2);
      expect(m.rowTargets[r(communes.haiNam)]).toBe(10);
      expect(m.colTargets[c(farmersOrg)]).toBe(4);
      expect(m.colTargets[c(veteransOrg)]).toBe(8);
      // Conferences are compared with conference targets.
      const held = await matrix('rows=commune&cols=organization&measure=conferencesHeld');
      expect(held.rowTargets[held.rows.findIndex((row) => row.key === communes.yenDinh)]).toBe(1);
      expect(held.rowTargets[held.rows.findIndex((row) => row.key === communes.haiNam)]).toBeNull();
    });

    it("limits a coordinator's matrix to the coordinator's own organization's column", async () => {
      const m = await matrix(
        'rows=commune&cols=organization&measure=uniqueParticipants',
        tokens.coordinator,
      );
      expect(m.cols.map((c) => c.key)).toEqual([farmersOrg]);
      const own = await coverage('groupBy=commune', tokens.coordinator);
      expectTotalsMatchCoverage(m, 'row', own, 'uniqueParticipants');
      expect(m.colTargets).toEqual([4]);
      // The commune-wide targets are not the coordinator's; their own cell's is.
      expect(m.rowTargets[m.rows.findIndex((r) => r.key === communes.yenDinh)]).toBeNull();
      expect(m.targets[m.rows.findIndex((r) => r.key === communes.haiNam)][0]).toBe(2);
      const other = await matrix(
        'rows=group&cols=organization&measure=attended',
        tokens.otherCoordinator,
      );
      expect(other.cols.map((c) => c.key)).toEqual([veteransOrg]);
      expect(other.total).toBe(2);
    });

    it('exports the matrix to XLSX with each cell coloured by its band, and a legend', async () => {
      const m = await matrix('rows=commune&cols=organization&measure=uniqueParticipants');
      const res = await staff
        .get(
          `/api/reports/matrix?campaignId=${campaignId}&rows=commune&cols=organization&format=xlsx`,
        )
        .buffer(true)
        .parse(binary)
        .expect(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Uint8Array.from(res.body as Buffer).buffer);
      const sheet = workbook.worksheets[0];
      let checked = 0;
      sheet.eachRow((row) => {
        const i = m.rows.findIndex((r) => r.label === row.getCell(1).value);
        if (i < 0) return;
        m.cols.forEach((_, j) => {
          const fill = row.getCell(j + 2).fill as ExcelJS.FillPattern;
          expect(fill.fgColor?.argb).toBe(
            `FF${targetBand(m.cells[i][j], m.targets[i][j]).colour.slice(1)}`,
          );
          checked += 1;
        });
      });
      expect(checked).toBe(m.rows.length * m.cols.length);
      const texts: string[] = [];
      sheet.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
      expect(texts).toEqual(
        expect.arrayContaining([
          'Chú giải màu',
          'Đạt chỉ tiêu (từ 100%)',
          'Chưa đặt chỉ tiêu',
          '1 / 2',
        ]),
      );
    });

    it('refuses a matrix with the same rows and columns, or conferences by group', async () => {
      const same = await staff
        .get(`/api/reports/matrix?rows=organization&cols=organization`)
        .expect(400);
      expect(same.body.details[0].path).toBe('cols');
      const group = await staff
        .get(`/api/reports/matrix?rows=group&cols=month&measure=conferencesHeld`)
        .expect(400);
      expect(group.body.details[0].path).toBe('measure');
      await staff.get(`/api/reports/matrix?units=yesterday`).expect(400);
    });

    it('writes the results report as a DOCX whose text holds the national title, the motto, the title and the dashboard figures', async () => {
      const texts = planReportTextsSchema.parse(
        (
          await staff
            .put(`/api/campaigns/${campaignId}/report-texts`)
            .send({
              documentNumber: '125/BC-SKHCN',
              planReference: '170/KH-UBND ngày 31/12/2024 của UBND tỉnh',
              generalAssessment:
                'Công tác tuyên truyền được triển khai đồng bộ.\nNgười dân đã chủ động hơn.',
              recommendations: 'Đề nghị UBND tỉnh tiếp tục bố trí kinh phí.',
              recipients: ['UBND tỉnh (để báo cáo)', 'Công an tỉnh'],
            })
            .expect(200)
        ).body,
      );
      expect(texts.recipients).toEqual(['UBND tỉnh (để báo cáo)', 'Công an tỉnh']);
      await as(t, tokens.coordinator)
        .put(`/api/campaigns/${campaignId}/report-texts`)
        .send({ documentNumber: '1' })
        .expect(403);

      const dashboard = dashboardSchema.parse(
        (await staff.get(`/api/reports/dashboard?campaignId=${campaignId}`).expect(200)).body,
      );
      const res = await as(t, tokens.leader)
        .get(`/api/reports/plan-report?campaignId=${campaignId}&format=docx`)
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect(res.headers['content-type']).toContain('wordprocessingml');
      const text = docxText(res.body as Buffer);
      for (const expected of [
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
        'Số: 125/BC-SKHCN',
        'BÁO CÁO',
        'Kết quả thực hiện Kế hoạch số 170/KH-UBND ngày 31/12/2024 của UBND tỉnh',
        'ngày 15 tháng 05 năm 2026',
        'Người dân đã chủ động hơn.',
        'Đề nghị UBND tỉnh tiếp tục bố trí kinh phí.',
        'Nơi nhận:',
        '- Công an tỉnh;',
        '- Lưu: VT.',
        `đã tổ chức ${count(dashboard.actuals.conferencesHeld)} hội nghị trên tổng số ${count(dashboard.targets.conferences)} hội nghị`,
        `với ${count(dashboard.actuals.participants)} lượt người tham dự, trong đó ${count(dashboard.actuals.uniqueParticipants)} người tham gia`,
        `tại ${count(dashboard.actuals.communesReached)}/${count(dashboard.actuals.communesTotal)} xã, phường, đặc khu`,
        `đã bàn giao đến người dân, các tổ chức, hội nghị ${count(dashboard.actuals.leafletsDelivered)} tờ`,
        `Đã in ${count(dashboard.actuals.leafletsPrinted)} tờ rơi`,
        'Video: 1 hoạt động; lượt xem 40.000, lượt chia sẻ 900, số người chia sẻ 310;',
        'Đợt tin nhắn SMS: 1 hoạt động; số tin nhắn 650.000;',
        'Xã Hải Hưng – Hội Cựu chiến binh',
      ]) {
        expect(text).toContain(expected);
      }
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'canhgiac-docx-'));
      try {
        fs.writeFileSync(path.join(dir, 'r.docx'), res.body as Buffer);
        const xml = execFileSync(
          'unzip',
          ['-p', path.join(dir, 'r.docx'), 'word/document.xml', 'word/styles.xml'],
          { encoding: 'utf8' },
        );
        expect(xml).toContain('w:ascii="Times New Roman"');
        expect(xml).not.toMatch(/w:ascii="(?!Times New Roman)/u);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    it('writes the same report as a PDF whose text extracts with every Vietnamese letter', async () => {
      await staff
        .put(`/api/campaigns/${campaignId}/report-texts`)
        .send({ generalAssessment: `Bảng chữ cái: ${VIETNAMESE_LETTERS.join(' ')}` })
        .expect(200);
      const res = await staff
        .get(
          `/api/reports/plan-report?campaignId=${campaignId}&from=2026-01-01&to=2026-06-30&format=pdf`,
        )
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      const text = pdfText(res.body as Buffer).replace(/\s+/gu, ' ');
      for (const expected of [
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'BÁO CÁO',
        'Kết quả thực hiện Kế hoạch số 170/KH-UBND',
        '(Từ ngày 01/01/2026 đến ngày 30/06/2026)',
        'Nơi nhận:',
      ]) {
        expect(text).toContain(expected);
      }
      // Justified lines may lose the spaces between one-letter words, and a page's number may fall
      // inside the paragraph; the letters themselves must all be there, in order.
      expect(text.replace(/[\s\d]+/gu, '')).toContain(`Bảngchữcái:${VIETNAMESE_LETTERS.join('')}`);

      // A page number never makes a page of its own: each page has the report's text, and from
      // the second page on its own number, at the top.
      const pages = pdfPageTexts(res.body as Buffer);
      expect(pages.length).toBeGreaterThan(1);
      expect(pdfInfoPages(res.body as Buffer)).toBe(pages.length);
      pages.forEach((page, i) => {
        const lines = page.split('\n').filter((line) => line.trim() !== '');
        expect(lines.filter((line) => !/^\s*\d+\s*$/u.test(line)).length).toBeGreaterThan(3);
        if (i > 0) expect(lines[0].trim()).toBe(String(i + 1));
      });
    });

    it('refuses a report without a campaign or for an unknown one, and to a coordinator', async () => {
      await staff.get('/api/reports/plan-report?format=docx').expect(400);
      await staff
        .get('/api/reports/plan-report?campaignId=00000000-0000-4000-8000-000000000000')
        .expect(404);
      await as(t, tokens.coordinator)
        .get(`/api/reports/plan-report?campaignId=${campaignId}`)
        .expect(403);
    });
  },
);
