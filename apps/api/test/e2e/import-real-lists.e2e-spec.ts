import ExcelJS from 'exceljs';
import { as, loginDemoUsers } from '../support/auth';
import { conferenceBody, createCampaign, createConference } from '../support/factories';
import { csv, uploadList, utf16Csv, VI_HEADER, windows1258, xlsx } from '../support/files';
import { binary } from '../support/pdf';
import { createTestApp, type TestApp } from '../support/test-app';
import { testDatabaseKinds } from '../support/test-database';

/** The lists association coordinators keep: their own headers, commune names, legacy encodings. */
describe.each(testDatabaseKinds())('importing the lists coordinators really keep (%s)', (kind) => {
  let t: TestApp;
  let tokens: Awaited<ReturnType<typeof loginDemoUsers>>;
  let staff: ReturnType<typeof as>;
  let campaignId: string;
  let farmersId: string;
  let day = 0;

  const newConference = async () => {
    day += 1;
    return createConference(
      staff,
      conferenceBody(campaignId, `2026-10-${String(day).padStart(2, '0')}`, 8, 11, {
        capacity: 500,
      }),
    );
  };
  const upload = (
    conferenceId: string,
    file: Buffer,
    name: string,
    query: Record<string, string> = {},
    token = tokens.staff,
    path = 'import',
  ) => uploadList(t, token, conferenceId, file, name, query, path);
  const registered = async (conferenceId: string) =>
    (await staff.get(`/api/conferences/${conferenceId}/registrations`).expect(200)).body as Array<{
      organizationId: string | null;
      person: { fullName: string; gender: string; group: string; communeCode: string };
    }>;

  beforeAll(async () => {
    t = await createTestApp(kind);
    tokens = await loginDemoUsers(t);
    staff = as(t, tokens.staff);
    campaignId = (await createCampaign(staff)).id;
    farmersId = (await as(t, tokens.coordinator).get('/api/auth/me').expect(200)).body
      .organizationId;
  });
  afterAll(() => t.close());

  it('imports an XLSX with a title row, variant headers, commune names, and words for gender, group and organization', async () => {
    const conference = await newConference();
    const file = await xlsx([
      ['DANH SÁCH HỘI VIÊN THAM DỰ HỘI NGHỊ', null, null, null, null, null, null, null],
      ['STT', 'Họ tên', 'Giới', 'Năm sinh', 'SĐT', 'Xã/phường', 'Đối tượng', 'Hội'],
      [
        1,
        'Phạm Thị Lụa',
        'nu',
        1957,
        '0912 222 001',
        'Xã Hải Hậu',
        'NCT',
        'Hội Nông dân xã Hải Hậu',
      ],
      [2, 'Đinh Văn Khoa', 'M', 1950, null, 'hai hau', 'CCB', 'hoi cuu chien binh xa hai hau'],
      [3, 'Vũ Thị Mai', 'Nữ giới', 1990, '0912 222 003', 'Phường Nam Định', 'nông dân', ''],
    ]);
    const res = await upload(conference.id, file, 'hoi-vien.xlsx', {
      organizationId: farmersId,
    }).expect(200);
    expect(res.body).toMatchObject({ rows: 3, created: 3 });
    const byName = new Map((await registered(conference.id)).map((r) => [r.person.fullName, r]));
    const orgs = (await staff.get('/api/organizations?pageSize=100').expect(200)).body
      .items as Array<{
      id: string;
      name: string;
    }>;
    const orgId = (name: string) => orgs.find((o) => o.name === name)!.id;
    expect(byName.get('Phạm Thị Lụa')).toMatchObject({
      organizationId: orgId('Hội Nông dân xã Hải Hậu'),
      person: { gender: 'female', group: 'elderly', communeCode: '14215' },
    });
    expect(byName.get('Đinh Văn Khoa')).toMatchObject({
      organizationId: orgId('Hội Cựu chiến binh xã Hải Hậu'),
      person: { gender: 'male', group: 'veteran', communeCode: '14215' },
    });
    // A blank organization cell: the organization chosen for the list.
    expect(byName.get('Vũ Thị Mai')).toMatchObject({
      organizationId: farmersId,
      person: { gender: 'female', group: 'farmer', communeCode: '13669' },
    });
  });

  it('imports a CSV saved by Vietnamese Excel in Windows-1258 with semicolons', async () => {
    const conference = await newConference();
    const text = [
      'Họ tên;SĐT;Xã;Năm sinh;Giới tính;Nhóm đối tượng',
      'Nguyễn Thị Hường;0912 333 001;Xã Hải Hậu;1961;Nữ;Người cao tuổi',
      'Đỗ Văn Tộ;;Phường Nam Định;1955;Nam;Cựu chiến binh',
    ].join('\r\n');
    const bytes = windows1258(`${text}\r\n`);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    await upload(conference.id, bytes, 'danh-sach.csv', { organizationId: farmersId }).expect(200);
    const names = (await registered(conference.id)).map((r) => r.person.fullName).sort();
    // Stored NFC, exactly as typed in UTF-8.
    expect(names).toEqual(['Nguyễn Thị Hường', 'Đỗ Văn Tộ']);
  });

  it('imports a CSV saved as UTF-16 "Unicode Text" with tabs', async () => {
    const conference = await newConference();
    const file = utf16Csv([
      ['Họ và tên', 'Giới tính', 'Năm sinh', 'Số điện thoại', 'Phường/xã', 'Nhóm'],
      ['Lương Thị Ngọc', 'F', '1970', '0912444001', 'xa hai hau', 'Công nhân'],
    ]);
    const res = await upload(conference.id, file, 'unicode.csv', {
      organizationId: farmersId,
    }).expect(200);
    expect(res.body).toMatchObject({ rows: 1, created: 1 });
    expect((await registered(conference.id))[0].person.fullName).toBe('Lương Thị Ngọc');
  });

  it('names the candidates, with their codes, of a commune name that fits more than one unit', async () => {
    const conference = await newConference();
    const res = await upload(
      conference.id,
      // Xã Quang Trung and Phường Quang Trung (Nam Định, before 1/7/2025) went to two units.
      csv([VI_HEADER, ['Trịnh Văn Ba', 'Nam', 1950, '', 'Quang Trung', 'Nông dân']]),
      'mo-ho.csv',
      { organizationId: farmersId },
    ).expect(422);
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors[0]).toMatchObject({ row: 2, column: 'Mã xã' });
    expect(res.body.errors[0].message).toContain('"Quang Trung" có thể là');
    expect(res.body.errors[0].message).toContain('Xã Hiển Khánh (13753)');
    expect(res.body.errors[0].message).toContain('Phường Nam Định (13669)');
  });

  it('names missing columns by their Vietnamese labels, never field codes, and says how a mangled CSV was read', async () => {
    const conference = await newConference();
    // UTF-8 bytes read as if typed in another code page: the header names no column.
    // A header typed in an old font encoding (VNI): plain bytes that are no Unicode Vietnamese.
    const mangled = Buffer.from('Hoï teân,Soá ÑT,Xaõ\r\nA,B,C\r\n', 'latin1');
    const res = await upload(conference.id, mangled, 'loi-font.csv', {
      organizationId: farmersId,
    }).expect(422);
    const messages = res.body.errors.map((e: { message: string }) => e.message).join('\n');
    expect(messages).not.toMatch(/fullName|communeCode|birthYear/u);
    expect(res.body.errors[0]).toMatchObject({ row: 1, column: 'Họ và tên' });
    expect(res.body.errors.at(-1)).toMatchObject({ row: 1, column: 'Dòng tiêu đề' });
    expect(res.body.errors.at(-1).message).toContain('bảng mã');
    expect(res.body.errors.at(-1).message).toContain('CSV UTF-8');
    // Only the header is at fault: there is no cell to mark, so no marked file is offered.
    expect(res.body.annotatedFile).toBe(false);
    expect(res.body.message).not.toContain('đánh dấu');
  });

  it('asks the department which organization a list belongs to when its rows name none', async () => {
    const conference = await newConference();
    const file = csv([VI_HEADER, ['Mạc Văn Tư', 'Nam', 1950, '', '14215', 'Nông dân']]);
    // The check says the rows would belong to no organization, for the web to ask.
    const checked = await upload(conference.id, file, 'khong-hoi.csv', { dryRun: 'true' }).expect(
      200,
    );
    expect(checked.body).toMatchObject({ rows: 1, dryRun: true, organizationMissing: true });
    // Named, the answer has no such flag.
    const named = await upload(conference.id, file, 'khong-hoi.csv', {
      dryRun: 'true',
      organizationId: farmersId,
    }).expect(200);
    expect(named.body.organizationMissing).toBeUndefined();
    // A coordinator's rows are their organization's, without asking.
    await upload(conference.id, file, 'khong-hoi.csv', {}, tokens.coordinator).expect(200);
    // And a coordinator cannot file a list under another organization.
    const veterans = (await as(t, tokens.otherCoordinator).get('/api/auth/me')).body.organizationId;
    await upload(
      conference.id,
      file,
      'khong-hoi.csv',
      { organizationId: veterans },
      tokens.coordinator,
    ).expect(403);
  });

  it('offers the file back with the cells at fault highlighted and noted, read back with exceljs', async () => {
    const conference = await newConference();
    const header = ['Họ tên', 'Giới', 'Năm sinh', 'SĐT', 'Xã', 'Đối tượng'];
    const rows: Array<Array<string | number>> = [
      header,
      ['Hà Văn Đúng', 'Nam', 1950, '', 'Hải Hậu', 'Nông dân'],
      ['Hà Văn Sai', 'đực', 1950, '0281234567', 'Hải Hậu', 'Nông dân'],
      ['Hà Thị Xa', 'Nữ', 1960, '', 'Xã Không Có', 'Nông dân'],
    ];
    const file = csv(rows);
    const failed = await upload(conference.id, file, 'danh-sach.csv', {
      organizationId: farmersId,
    }).expect(422);
    expect(failed.body.annotatedFile).toBe(true);
    expect(failed.body.message).toContain('đánh dấu lỗi');

    const res = await upload(
      conference.id,
      file,
      'danh-sach.csv',
      { organizationId: farmersId },
      tokens.staff,
      'import/annotated.xlsx',
    )
      .buffer(true)
      .parse(binary)
      .expect(200)
      .expect('Content-Type', /spreadsheetml/u);
    expect(res.headers['content-disposition']).toContain('.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(res.body as Buffer).buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).values).toEqual([undefined, ...header]);
    expect(sheet.getCell('A3').value).toBe('Hà Văn Sai');
    const marked: Array<[string, string]> = [];
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const fill = cell.fill as ExcelJS.FillPattern | undefined;
        if (fill?.fgColor?.argb === 'FFFFC7CE') {
          const note = cell.note as string | { texts: Array<{ text: string }> };
          marked.push([
            cell.address,
            typeof note === 'string' ? note : note.texts.map((part) => part.text).join(''),
          ]);
        }
      }),
    );
    expect(marked).toEqual([
      ['B3', 'Giới tính phải là Nam, Nữ hoặc Khác'],
      ['D3', expect.stringContaining('di động')],
      ['E4', expect.stringContaining('Không tìm thấy xã, phường "Xã Không Có"')],
    ]);
  });
});
