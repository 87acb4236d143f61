import { errorExtraSchemas, errorResponseSchema } from '@canhgiac/contracts';
import { as, loginDemoUsers } from '../support/auth';
import { conferenceBody, createCampaign, createConference } from '../support/factories';
import { csv, uploadList, xlsx } from '../support/files';
import { createTestApp, type TestApp } from '../support/test-app';
import { testDatabaseKinds } from '../support/test-database';

/** A header the importer does not recognize: the columns are chosen by hand and sent with the file. */
describe.each(testDatabaseKinds())(
  'importing a list whose columns are chosen by hand (%s)',
  (kind) => {
    let t: TestApp;
    let tokens: Awaited<ReturnType<typeof loginDemoUsers>>;
    let staff: ReturnType<typeof as>;
    let campaignId: string;
    let day = 0;

    const header = [
      'STT',
      'Người tham dự',
      'Giới tính',
      'Năm sinh',
      'Điện thoại',
      'Địa chỉ xã',
      'Đối tượng',
    ];
    const rows: Array<Array<string | number | null>> = [
      [1, 'Hoàng Thị Duyên', 'Nữ', 1962, '0912 555 001', 'Xã Hải Hậu', 'Nông dân'],
      [2, 'Lại Văn Cường', 'Nam', 1948, null, 'Phường Nam Định', 'CCB'],
      [3, 'Tạ Thị Hoa', 'Nữ', 1975, '0912 555 003', 'hai hau', 'Công nhân'],
    ];
    const chosen = {
      fullName: 'Người tham dự',
      gender: 'Giới tính',
      birthYear: 'Năm sinh',
      phone: 'Điện thoại',
      communeCode: 'Địa chỉ xã',
      group: 'Đối tượng',
    };

    const newConference = async () => {
      day += 1;
      return createConference(
        staff,
        conferenceBody(campaignId, `2026-11-${String(day).padStart(2, '0')}`, 8, 11, {
          capacity: 500,
        }),
      );
    };
    const upload = (
      conferenceId: string,
      file: Buffer,
      name: string,
      query: Record<string, string> = {},
      token = tokens.coordinator,
    ) => uploadList(t, token, conferenceId, file, name, query);

    beforeAll(async () => {
      t = await createTestApp(kind);
      tokens = await loginDemoUsers(t);
      staff = as(t, tokens.staff);
      campaignId = (await createCampaign(staff)).id;
    });
    afterAll(() => t.close());

    it('answers a header it cannot read with its cells, the columns it knew and the first rows below it', async () => {
      const conference = await newConference();
      const many = Array.from({ length: 8 }, (_, i) => [
        i + 1,
        `Người ${i + 1}`,
        'Nam',
        1950,
        null,
        'Xã Hải Hậu',
        'Nông dân',
      ]);
      const file = await xlsx([['DANH SÁCH THAM DỰ', null], header, ...many]);
      const res = await upload(conference.id, file, 'ds.xlsx', { dryRun: 'true' }).expect(422);
      const extra = errorExtraSchemas.FILE_ROWS_INVALID.parse(res.body);
      expect(extra.errors.map((e) => e.column)).toEqual(['Họ và tên', 'Mã xã']);
      expect(extra.header).toEqual({
        row: 2,
        cells: header,
        recognized: { gender: 3, birthYear: 4, phone: 5, group: 7 },
        sample: many
          .slice(0, 5)
          .map((row) => row.map((cell) => (cell === null ? '' : String(cell)))),
      });
      // Nothing was written.
      expect(
        (await staff.get(`/api/conferences/${conference.id}/registrations`).expect(200)).body,
      ).toEqual([]);
    });

    it('shows a header whose every cell is unknown under its title, not a title or a data row', async () => {
      const conference = await newConference();
      const file = csv([
        ['Danh sách hội viên'],
        ['Người', 'Phái', 'Tuổi sinh', 'Nơi cư trú', 'Diện'],
        ['Lê Văn Tám', 'Nam', 1950, 'Xã Hải Hậu', 'Nông dân'],
      ]);
      const res = await upload(conference.id, file, 'ds.csv', { dryRun: 'true' }).expect(422);
      const { header: shown } = errorExtraSchemas.FILE_ROWS_INVALID.parse(res.body);
      expect(shown).toMatchObject({
        row: 2,
        cells: ['Người', 'Phái', 'Tuổi sinh', 'Nơi cư trú', 'Diện'],
        recognized: {},
        sample: [['Lê Văn Tám', 'Nam', '1950', 'Xã Hải Hậu', 'Nông dân']],
      });
    });

    it('imports the columns chosen by header text or by number, instead of guessing', async () => {
      const conference = await newConference();
      const file = await xlsx([['DANH SÁCH THAM DỰ', null], header, ...rows]);
      const checked = await upload(conference.id, file, 'ds.xlsx', {
        dryRun: 'true',
        columns: JSON.stringify(chosen),
      }).expect(200);
      expect(checked.body).toMatchObject({ rows: 3, created: 3, dryRun: true });

      // Numbers count columns as a spreadsheet does (A = 1); the phone column is left out.
      const byNumber = { fullName: 2, gender: 3, birthYear: 4, communeCode: 6, group: 'đối tượng' };
      await upload(conference.id, file, 'ds.xlsx', { columns: JSON.stringify(byNumber) }).expect(
        200,
      );
      const list = (await staff.get(`/api/conferences/${conference.id}/registrations`).expect(200))
        .body as Array<{
        person: {
          fullName: string;
          gender: string;
          group: string;
          communeCode: string;
          phone: string | null;
        };
      }>;
      const byName = new Map(list.map((r) => [r.person.fullName, r.person]));
      expect([...byName.keys()].sort()).toEqual(['Hoàng Thị Duyên', 'Lại Văn Cường', 'Tạ Thị Hoa']);
      expect(byName.get('Lại Văn Cường')).toMatchObject({
        gender: 'male',
        group: 'veteran',
        communeCode: '13669',
      });
      expect(byName.get('Hoàng Thị Duyên')).toMatchObject({ communeCode: '14215', phone: null });
    });

    it('names the columns of the file in row errors when they were chosen by hand', async () => {
      const conference = await newConference();
      const file = csv([header, [1, 'Hoàng Văn Lỗi', 'đực', 1950, '', 'Xã Hải Hậu', 'Nông dân']]);
      const res = await upload(conference.id, file, 'ds.csv', {
        columns: JSON.stringify(chosen),
      }).expect(422);
      expect(res.body.errors).toEqual([
        { row: 2, column: 'Giới tính', message: 'Giới tính phải là Nam, Nữ hoặc Khác' },
      ]);
      expect(res.body.header).toBeUndefined();
    });

    it('refuses a choice that does not fit the file with a 400 naming each field', async () => {
      const conference = await newConference();
      const file = csv([header, rows[0] as Array<string | number>]);
      const refused = async (columns: string, paths: string[]) => {
        const res = await upload(conference.id, file, 'ds.csv', { dryRun: 'true', columns }).expect(
          400,
        );
        const body = errorResponseSchema.parse(res.body);
        expect(body.details?.map((d) => d.path)).toEqual(paths);
        return body;
      };
      // A header the file does not have, and a column number past its last column.
      const missing = await refused(
        JSON.stringify({ ...chosen, fullName: 'Họ và tên', phone: 12 }),
        ['columns.fullName', 'columns.phone'],
      );
      expect(missing.message).toContain('Các cột đã chọn không khớp với tệp');
      expect(missing.details![0].message).toBe(
        'Dòng tiêu đề của tệp không có cột "Họ và tên" đã chọn cho "Họ và tên"',
      );
      expect(missing.details![1].message).toContain('chỉ có 7 cột');
      // A required field with no column, and one column for two fields.
      const incomplete = await refused(
        JSON.stringify({ ...chosen, group: undefined, gender: 'Năm sinh' }),
        ['columns.group', 'columns.birthYear'],
      );
      expect(incomplete.details!.map((d) => d.message)).toEqual([
        'Chưa chọn cột cho "Nhóm đối tượng"',
        'Cột này đã được chọn cho "Giới tính": mỗi cột chỉ dùng cho một thông tin',
      ]);
      // The same column by text and by number; a field the import does not have.
      await refused(JSON.stringify({ ...chosen, phone: 2 }), ['columns.phone']);
      await refused(JSON.stringify({ ...chosen, email: 'Email' }), ['columns']);
      const notJson = await refused('{fullName: Tên', ['columns']);
      expect(notJson.details![0].message).toContain('JSON');
      // None of the chosen headers anywhere in the first rows.
      const elsewhere = await refused(
        JSON.stringify({
          fullName: 'A',
          gender: 'B',
          birthYear: 'C',
          communeCode: 'D',
          group: 'E',
        }),
        ['columns'],
      );
      expect(elsewhere.details![0].message).toContain('Không tìm thấy dòng tiêu đề');
    });
  },
);
