import type { AddressInfo } from 'node:net';
import * as net from 'node:net';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { as, loginDemoUsers } from '../support/auth';
import { communes, conferenceBody, createCampaign, createConference } from '../support/factories';
import { csv, FIELD_HEADER, VI_HEADER, xlsx } from '../support/files';
import { binary } from '../support/pdf';
import { createTestApp, type TestApp } from '../support/test-app';
import { testDatabaseKinds } from '../support/test-database';

describe.each(testDatabaseKinds())('importing a member list (%s)', (kind) => {
  let t: TestApp;
  let tokens: Awaited<ReturnType<typeof loginDemoUsers>>;
  let staff: ReturnType<typeof as>;
  let campaignId: string;
  let day = 0;
  let farmersId: string;

  const newConference = async (capacity = 500) => {
    day += 1;
    return createConference(
      staff,
      conferenceBody(campaignId, `2026-08-${String(day).padStart(2, '0')}`, 8, 11, { capacity }),
    );
  };
  const upload = (
    token: string,
    conferenceId: string,
    file: Buffer,
    name: string,
    dryRun = false,
    // The department names the organization of a list whose rows name none.
    organizationId = token === tokens.staff ? farmersId : undefined,
  ) =>
    request(t.http)
      .post(
        `/api/conferences/${conferenceId}/registrations/import?dryRun=${dryRun}${organizationId ? `&organizationId=${organizationId}` : ''}`,
      )
      .set('Authorization', `Bearer ${token}`)
      .attach('file', file, name);
  const counts = async () => {
    const [row] = await t.app
      .get(DataSource)
      .query<Array<Record<string, unknown>>>(
        `SELECT (SELECT count(*)::int FROM person) AS people, (SELECT count(*)::int FROM registration) AS registrations`,
      );
    return row as { people: number; registrations: number };
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    tokens = await loginDemoUsers(t);
    staff = as(t, tokens.staff);
    campaignId = (await createCampaign(staff)).id;
    farmersId = (await as(t, tokens.coordinator).get('/api/auth/me').expect(200)).body
      .organizationId;
  });
  afterAll(() => t.close());

  const goodRows = [
    ['Nguyễn Văn Hải', 'Nam', 1955, '0912 111 001', communes.yenDinh, 'Nông dân'],
    ['Trần Thị Mận', 'Nữ', 1960, '', communes.haiNam, 'Người cao tuổi'],
    ['Lê Văn Tùng', 'nam', 1948, '+84 913 111 003', communes.yenDinh, 'Cựu chiến binh'],
  ];

  it('reports what a dry run would do and writes nothing', async () => {
    const conference = await newConference();
    const before = await counts();
    const res = await upload(
      tokens.staff,
      conference.id,
      csv([VI_HEADER, ...goodRows]),
      'danh-sach.csv',
      true,
    ).expect(200);
    expect(res.body).toEqual({
      rows: 3,
      created: 3,
      matchedExisting: 0,
      alreadyRegistered: 0,
      dryRun: true,
    });
    expect(await counts()).toEqual(before);
  });

  it('imports a CSV, and importing it again creates nothing new', async () => {
    const conference = await newConference();
    const before = await counts();
    const first = await upload(
      tokens.staff,
      conference.id,
      csv([VI_HEADER, ...goodRows]),
      'danh-sach.csv',
    ).expect(200);
    expect(first.body).toMatchObject({
      rows: 3,
      created: 3,
      matchedExisting: 0,
      alreadyRegistered: 0,
    });
    const after = await counts();
    expect(after).toEqual({ people: before.people + 3, registrations: before.registrations + 3 });
    const again = await upload(
      tokens.staff,
      conference.id,
      csv([VI_HEADER, ...goodRows]),
      'danh-sach.csv',
    ).expect(200);
    expect(again.body).toMatchObject({ rows: 3, created: 0, alreadyRegistered: 3 });
    expect(await counts()).toEqual(after);
    const list = (await staff.get(`/api/conferences/${conference.id}/registrations`).expect(200))
      .body;
    expect(list.map((r: { person: { fullName: string } }) => r.person.fullName).sort()).toEqual([
      'Lê Văn Tùng',
      'Nguyễn Văn Hải',
      'Trần Thị Mận',
    ]);
    expect(
      list.find((r: { person: { phone: string } }) => r.person.phone === '0913111003'),
    ).toBeDefined();
  });

  it('reuses people already in the registry for another conference, and counts them', async () => {
    const conference = await newConference();
    const res = await upload(
      tokens.staff,
      conference.id,
      csv([
        FIELD_HEADER,
        ...goodRows,
        ['Phan Thị Mới', 'female', 1990, '', communes.haiTrung, 'worker'],
      ]),
      'list.csv',
    ).expect(200);
    expect(res.body).toMatchObject({
      rows: 4,
      created: 4,
      matchedExisting: 3,
      alreadyRegistered: 0,
    });
  });

  it('marks the people it finds in the registry as seen, and leaves alone those seen within the day', async () => {
    const first = await newConference();
    await upload(tokens.staff, first.id, csv([FIELD_HEADER, ...goodRows]), 'list.csv').expect(200);
    const dataSource = t.app.get(DataSource);
    const seen = () =>
      dataSource.query<Array<{ name: string; seen: string }>>(
        `SELECT full_name AS name, last_seen_at::text AS seen FROM person
         WHERE full_name IN ('Nguyễn Văn Hải', 'Trần Thị Mận') ORDER BY full_name`,
      );
    await dataSource.query(
      `UPDATE person SET last_seen_at = CASE full_name
         WHEN 'Nguyễn Văn Hải' THEN now() - interval '4 years' ELSE now() - interval '2 hours' END
       WHERE full_name IN ('Nguyễn Văn Hải', 'Trần Thị Mận')`,
    );
    const before = await seen();
    const second = await newConference();
    const res = await upload(
      tokens.staff,
      second.id,
      csv([FIELD_HEADER, ...goodRows]),
      'list.csv',
    ).expect(200);
    expect(res.body).toMatchObject({ created: 3, matchedExisting: 3 });
    const [{ recent }] = await dataSource.query<Array<{ recent: boolean }>>(
      `SELECT last_seen_at > now() - interval '1 minute' AS recent FROM person WHERE full_name = 'Nguyễn Văn Hải'`,
    );
    expect(recent).toBe(true);
    // Seen two hours ago: retention counts years, so the row is not written again.
    expect((await seen()).find((p) => p.name === 'Trần Thị Mận')).toEqual(
      before.find((p) => p.name === 'Trần Thị Mận'),
    );
  });

  it('treats a person listed twice in one file as one registration', async () => {
    const conference = await newConference();
    const row = ['Đoàn Văn Kép', 'Nam', 1952, '0914 222 333', communes.yenDinh, 'Nông dân'];
    const res = await upload(
      tokens.staff,
      conference.id,
      csv([VI_HEADER, row, ['doan van kep', 'Nam', 1952, '0914222333', communes.haiNam, 'Khác']]),
      'dup.csv',
    ).expect(200);
    expect(res.body).toMatchObject({ rows: 2, created: 1, alreadyRegistered: 1 });
  });

  it('adds each new person once when two lists naming them are imported into two conferences at once', async () => {
    const [first, second] = await Promise.all([newConference(), newConference()]);
    const family = ['Phạm', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Tạ'];
    const middle = ['Văn', 'Thị', 'Đức', 'Minh', 'Quang', 'Ngọc', 'Hữu', 'Xuân', 'Thu', 'Kim'];
    const given = ['Hòa', 'Lụa'];
    const rows = Array.from({ length: 200 }, (_, i) => [
      `${family[i % 10]} ${middle[Math.floor(i / 10) % 10]} ${given[Math.floor(i / 100)]}`,
      i % 2 ? 'Nữ' : 'Nam',
      1940 + (i % 30),
      i % 3 ? `0915 ${String(400_000 + i).padStart(6, '0')}` : '',
      i % 4 ? communes.yenDinh : communes.haiNam,
      'Nông dân',
    ]);
    const before = await counts();
    const [a, b] = await Promise.all(
      [first, second].map((conference) =>
        upload(tokens.staff, conference.id, csv([VI_HEADER, ...rows]), 'cung-danh-sach.csv'),
      ),
    );
    expect([a.status, b.status]).toEqual([200, 200]);
    expect([a.body.created, b.body.created]).toEqual([200, 200]);
    expect(await counts()).toEqual({
      people: before.people + 200,
      registrations: before.registrations + 400,
    });
  });

  it("imports an XLSX with the template's bilingual headers", async () => {
    const conference = await newConference();
    const header = [
      'Họ và tên / Full name',
      'Giới tính / Gender',
      'Năm sinh / Birth year',
      'Số điện thoại / Phone',
      'Mã xã / Commune code',
      'Nhóm đối tượng / Group',
    ];
    const file = await xlsx([
      header,
      ['Quách Thị Én', 'Nữ', 1966, '0915 333 444', communes.haiNam, 'Học sinh, sinh viên'],
      [null, null, null, null, null, null],
      ['Mai Văn Ốc', 'Nam', 1939, null, communes.yenDinh, 'Người cao tuổi'],
    ]);
    const res = await upload(tokens.staff, conference.id, file, 'danh-sach.xlsx').expect(200);
    expect(res.body).toMatchObject({ rows: 2, created: 2 });
  });

  it('writes nothing when any row is invalid, and names every row, column and problem in Vietnamese', async () => {
    const conference = await newConference();
    const before = await counts();
    const rows = [
      ...goodRows,
      ['', 'Nam', 1950, '', communes.yenDinh, 'Nông dân'],
      ['Hồ Văn Sai', 'đực', 1850, '0281234567', '99999', 'Nông dân'],
    ];
    const res = await upload(
      tokens.staff,
      conference.id,
      csv([VI_HEADER, ...rows]),
      'loi.csv',
    ).expect(422);
    expect(res.body.code).toBe('FILE_ROWS_INVALID');
    expect(res.body.errors).toEqual([
      { row: 5, column: 'Họ và tên', message: 'Không được để trống' },
      { row: 6, column: 'Giới tính', message: 'Giới tính phải là Nam, Nữ hoặc Khác' },
      { row: 6, column: 'Năm sinh', message: 'Năm sinh phải từ 1900' },
      { row: 6, column: 'Số điện thoại', message: expect.stringContaining('di động') },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('reports an unknown commune code by row after the rows themselves are valid', async () => {
    const conference = await newConference();
    const res = await upload(
      tokens.staff,
      conference.id,
      csv([VI_HEADER, goodRows[0], ['Hồ Văn Xa', 'Nam', 1950, '', '99999', 'Nông dân']]),
      'xa.csv',
    ).expect(422);
    expect(res.body.errors).toEqual([
      {
        row: 3,
        column: 'Mã xã',
        message: 'Không tìm thấy xã, phường "99999" trong tỉnh (kể cả tên và mã trước 01/07/2025)',
      },
    ]);
  });

  it('names missing columns on the header row', async () => {
    const conference = await newConference();
    const res = await upload(
      tokens.staff,
      conference.id,
      csv([
        ['Họ và tên', 'Năm sinh'],
        ['A B', 1950],
      ]),
      'thieu.csv',
    ).expect(422);
    expect(res.body.errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([
      [1, 'Giới tính'],
      [1, 'Mã xã'],
      [1, 'Nhóm đối tượng'],
      // How the CSV was read, in case the header's letters came out wrong.
      [1, 'Dòng tiêu đề'],
    ]);
  });

  it('refuses an import that would overfill the conference, and writes nothing', async () => {
    const conference = await newConference(2);
    const before = await counts();
    const res = await upload(
      tokens.staff,
      conference.id,
      csv([VI_HEADER, ...goodRows]),
      'day.csv',
    ).expect(409);
    expect(res.body.code).toBe('CONFERENCE_FULL');
    expect(await counts()).toEqual(before);
  });

  it('refuses a file that is neither CSV nor XLSX, and a request without a file', async () => {
    const conference = await newConference();
    const res = await upload(
      tokens.staff,
      conference.id,
      Buffer.from('%PDF-1.4'),
      'danh-sach.pdf',
    ).expect(400);
    expect(res.body.details[0].path).toBe('file');
    await staff.post(`/api/conferences/${conference.id}/registrations/import`).send({}).expect(400);
  });

  it("puts a coordinator's rows under the coordinator's organization", async () => {
    const conference = await newConference();
    const coordinator = as(t, tokens.coordinator);
    const me = (await coordinator.get('/api/auth/me').expect(200)).body;
    await upload(
      tokens.coordinator,
      conference.id,
      csv([VI_HEADER, ['Tạ Văn Hội', 'Nam', 1957, '', communes.yenDinh, 'Nông dân']]),
      'hoi.csv',
    ).expect(200);
    const list = (
      await coordinator.get(`/api/conferences/${conference.id}/registrations`).expect(200)
    ).body;
    expect(list).toHaveLength(1);
    expect(list[0].organizationId).toBe(me.organizationId);
    expect(list[0].person.organizationId).toBe(me.organizationId);
  });

  it("puts someone another association registered on the coordinator's list as a new registration, and keeps one registration", async () => {
    const conference = await newConference();
    const veterans = as(t, tokens.otherCoordinator);
    const theirs = await veterans
      .post(`/api/conferences/${conference.id}/registrations`)
      .send({
        person: {
          fullName: 'Vương Văn Chung',
          gender: 'male',
          birthYear: 1951,
          phone: '0916 444 555',
          communeCode: communes.haiNam,
          group: 'veteran',
          consent: true,
        },
      })
      .expect(201);
    const before = await counts();
    const file = csv([
      VI_HEADER,
      ['Vương Văn Chung', 'Nam', 1951, '0916444555', communes.yenDinh, 'Nông dân'],
      ['Vương Thị Riêng', 'Nữ', 1952, '', communes.yenDinh, 'Nông dân'],
    ]);
    const res = await upload(tokens.coordinator, conference.id, file, 'chung.csv').expect(200);
    expect(res.body).toEqual({
      rows: 2,
      created: 2,
      matchedExisting: 0,
      alreadyRegistered: 0,
      dryRun: false,
    });
    // One new person (the other was already in the registry) and one new registration.
    expect(await counts()).toEqual({
      people: before.people + 1,
      registrations: before.registrations + 1,
    });
    const list = (
      await as(t, tokens.coordinator)
        .get(`/api/conferences/${conference.id}/registrations`)
        .expect(200)
    ).body as Array<{
      person: { id: string; communeCode: string; group: string };
    }>;
    expect(list.find((r) => r.person.id === theirs.body.person.id)?.person).toMatchObject({
      communeCode: communes.yenDinh,
      group: 'farmer',
    });
    // Imported again, both are on the coordinator's list already, and both are now their members.
    const again = await upload(tokens.coordinator, conference.id, file, 'chung.csv').expect(200);
    expect(again.body).toEqual({
      rows: 2,
      created: 0,
      matchedExisting: 0,
      alreadyRegistered: 2,
      dryRun: false,
    });
    const other = await newConference();
    const elsewhere = await upload(tokens.coordinator, other.id, file, 'chung.csv', true).expect(
      200,
    );
    expect(elsewhere.body).toMatchObject({ created: 2, matchedExisting: 2 });
  });

  it('serves a template whose headers are Vietnamese and English, with lists for gender and group', async () => {
    const conference = await newConference();
    const res = await request(t.http)
      .get(`/api/conferences/${conference.id}/registrations/template.xlsx`)
      .set('Authorization', `Bearer ${tokens.coordinator}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(res.body as Buffer).buffer);
    const sheet = workbook.getWorksheet('Danh sách')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Họ và tên / Full name',
      'Giới tính / Gender',
      'Năm sinh / Birth year',
      'Số điện thoại / Phone',
      'Mã xã / Commune code',
      'Nhóm đối tượng / Group',
      'Tổ chức / Organization',
    ]);
    const lists = workbook.getWorksheet('Danh mục')!;
    expect(lists.getColumn(1).values.slice(2, 5)).toEqual(['Nam', 'Nữ', 'Khác']);
    expect(lists.getColumn(2).values).toContain('Người cao tuổi');
    // The template itself imports: its sample row is valid.
    const imported = await upload(
      tokens.staff,
      conference.id,
      Buffer.from(res.body as Uint8Array),
      'template.xlsx',
    ).expect(200);
    expect(imported.body).toMatchObject({ rows: 1, created: 1 });
  });
});

/**
 * Uploads that break off or stall mid-file. The file is received whole before the import starts
 * its transaction, so neither holds a lock, a connection or a COPY: other work on the same
 * conference goes on at once, and the stalled client is answered 408 after the idle timeout.
 */
describe.each(testDatabaseKinds())('a broken or stalled upload (%s)', (kind) => {
  let t: TestApp;
  let tokens: Awaited<ReturnType<typeof loginDemoUsers>>;
  let staff: ReturnType<typeof as>;
  let campaignId: string;
  const head = (name: string, type: string) =>
    `--B\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n${VI_HEADER.join(',')}\r\nNguyễn Văn A,Nam,1970,,14215,Nông dân\r\n`;

  beforeAll(async () => {
    t = await createTestApp(kind, { UPLOAD_IDLE_TIMEOUT_SECONDS: '1' });
    await t.app.listen(0, '127.0.0.1');
    tokens = await loginDemoUsers(t);
    staff = as(t, tokens.staff);
    campaignId = (await createCampaign(staff)).id;
  });
  afterAll(() => t.close());

  it('answers an upload cut off before its end with 400, and keeps serving', async () => {
    const conference = await createConference(
      staff,
      conferenceBody(campaignId, '2026-09-01', 8, 11),
    );
    for (const [name, type] of [
      ['a.csv', 'text/csv'],
      ['a.bin', 'application/octet-stream'],
    ]) {
      const res = await request(t.http)
        .post(`/api/conferences/${conference.id}/registrations/import`)
        .set('Authorization', `Bearer ${tokens.staff}`)
        .set('Content-Type', 'multipart/form-data; boundary=B')
        .send(head(name, type));
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({
        statusCode: 400,
        error: 'Bad Request',
        message: expect.stringContaining('ngắt giữa chừng'),
      });
    }
    await request(t.http).get('/api/health').expect(200);
    await staff
      .post(`/api/conferences/${conference.id}/registrations`)
      .send({
        person: {
          fullName: 'Sau Tệp Lỗi',
          gender: 'male',
          birthYear: 1960,
          communeCode: '14215',
          group: 'farmer',
          consent: true,
        },
      })
      .expect(201);
  });

  it('holds nothing while an upload stalls mid-file, and answers the stalled client 408', async () => {
    const conference = await createConference(
      staff,
      conferenceBody(campaignId, '2026-09-02', 8, 11),
    );
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    const socket = net.connect(port, '127.0.0.1');
    const answer = new Promise<string>((resolve) => {
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString('utf8')));
      socket.on('close', () => resolve(text));
    });
    const body = head('a.csv', 'text/csv');
    socket.write(
      [
        `POST /api/conferences/${conference.id}/registrations/import HTTP/1.1`,
        'Host: 127.0.0.1',
        `Authorization: Bearer ${tokens.staff}`,
        'Content-Type: multipart/form-data; boundary=B',
        // Announces more than is sent: the client then goes quiet mid-file.
        `Content-Length: ${Buffer.byteLength(body) + 10_000}`,
        '',
        body,
      ].join('\r\n'),
    );
    // While it stalls, the same conference takes a registration and a whole import at once.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await staff
      .post(`/api/conferences/${conference.id}/registrations`)
      .send({
        person: {
          fullName: 'Trong Lúc Chờ',
          gender: 'female',
          birthYear: 1958,
          communeCode: '14215',
          group: 'elderly',
          consent: true,
        },
      })
      .expect(201);
    const imported = await request(t.http)
      .post(`/api/conferences/${conference.id}/registrations/import`)
      .set('Authorization', `Bearer ${tokens.staff}`)
      .attach(
        'file',
        csv([
          [...VI_HEADER, 'Hội'],
          ['Lê Thị Bình', 'Nữ', '1962', '', '14215', 'Nông dân', 'hoi nong dan xa hai hau'],
        ]),
        'b.csv',
      )
      .expect(200);
    expect(imported.body).toMatchObject({ rows: 1, created: 1 });

    const text = await answer;
    expect(text).toMatch(/^HTTP\/1\.1 408/u);
    const json = JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4)) as Record<string, unknown>;
    expect(json).toMatchObject({
      statusCode: 408,
      error: 'Request Timeout',
      message: expect.stringContaining('gửi lại'),
    });
    const list = await staff.get(`/api/conferences/${conference.id}/registrations`).expect(200);
    expect(
      list.body.map((r: { person: { fullName: string } }) => r.person.fullName).sort(),
    ).toEqual(['Lê Thị Bình', 'Trong Lúc Chờ']);
  });
});
