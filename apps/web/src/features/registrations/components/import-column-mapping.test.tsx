import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { conferences } from '../../../test/conference-fixtures';
import type { Handler, RecordedRequest } from '../../../test/mock-api';
import { mockPeopleApi } from '../../../test/people-api';
import { apiError, registrations } from '../../../test/people-fixtures';
import { organizationsRoute } from '../../../test/reference-api';
import { renderApp } from '../../../test/render-app';
import { mockXhrThroughFetch } from '../../../test/xhr-mock';

const [planned] = conferences;

const header = {
  row: 2,
  cells: ['STT', 'Người tham dự', 'Giới tính', 'Năm sinh', 'Điện thoại', 'Địa chỉ xã', 'Đối tượng'],
  recognized: { gender: 3, birthYear: 4, phone: 5, group: 7 },
  sample: [
    ['1', 'Hoàng Thị Duyên', 'Nữ', '1962', '0912555001', 'Xã Hải Hậu', 'Nông dân'],
    ['2', 'Lại Văn Cường', 'Nam', '1948', '', 'Phường Nam Định', 'CCB'],
  ],
};
const unreadable = apiError(422, 'FILE_ROWS_INVALID', 'Tệp có 2 lỗi, chưa nhập dòng nào.', {
  errors: [
    { row: 2, column: 'Họ và tên', message: 'Thiếu cột "Họ và tên"' },
    { row: 2, column: 'Mã xã', message: 'Thiếu cột "Mã xã"' },
  ],
  totalErrors: 2,
  annotatedFile: false,
  header,
});
const result = { rows: 2, created: 2, matchedExisting: 0, alreadyRegistered: 0 };

const imports = (requests: RecordedRequest[]) =>
  requests.filter((request) => request.path.endsWith('/registrations/import'));
const columnsSent = (request: RecordedRequest) =>
  JSON.parse(request.query.get('columns') ?? 'null') as unknown;

/** The import answers the header failure until columns are chosen, then as `chosen` says. */
async function openImport(
  chosen: Handler = (request) => ({
    body: { ...result, dryRun: request.query.get('dryRun') === 'true' },
  }),
) {
  mockXhrThroughFetch();
  const api = mockPeopleApi(
    {
      'registrations.list': () => ({ body: registrations }),
      'organizations.list': organizationsRoute,
      'registrations.import': (request, params) =>
        request.query.get('columns') ? chosen(request, params) : unreadable,
    },
    'coordinator',
  );
  const { user } = renderApp(`/conferences/${planned.id}?tab=registrations`);
  await screen.findByRole('grid', { name: 'Danh sách đăng ký của hội nghị' });
  const chooseFile = async () => {
    await user.click(screen.getByRole('button', { name: 'Nhập từ tệp Excel/CSV' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nhập danh sách từ tệp' });
    await user.upload(
      within(dialog).getByLabelText('Tệp danh sách (.xlsx hoặc .csv)'),
      new File(['x'], 'hoi-vien.xlsx'),
    );
    await within(dialog).findByRole('region', { name: 'Chọn cột cho từng thông tin' });
    return dialog;
  };
  return { ...api, user, chooseFile };
}

describe('choosing the columns of a list whose header is not recognized', () => {
  it('shows the file’s columns and first rows, and imports with the columns chosen', async () => {
    const { user, requests, chooseFile } = await openImport();
    const dialog = await chooseFile();
    const fields = within(dialog).getByRole('group', { name: 'Cột của tệp cho từng thông tin' });

    // What the importer said of the header stays in sight.
    expect(within(dialog).getByText('Thiếu cột "Mã xã"')).toBeInTheDocument();
    // The columns the header named are chosen already; the others are asked for.
    expect(within(fields).getByRole('combobox', { name: /^Giới tính/u })).toHaveTextContent(
      'Cột C: Giới tính',
    );
    expect(within(fields).getByRole('combobox', { name: /^Nhóm đối tượng/u })).toHaveTextContent(
      'Cột G: Đối tượng',
    );
    const preview = within(dialog).getByRole('table', { name: 'Các dòng đầu của tệp' });
    expect(within(preview).getAllByRole('row')).toHaveLength(3);
    expect(within(preview).getByText('Lại Văn Cường')).toBeInTheDocument();
    const apply = within(dialog).getByRole('button', { name: 'Kiểm tra với các cột đã chọn' });
    expect(apply).toBeDisabled();
    expect(within(dialog).getByRole('button', { name: 'Nhập' })).toBeDisabled();

    await user.click(within(fields).getByRole('combobox', { name: /^Họ và tên/u }));
    await user.click(await screen.findByRole('option', { name: 'Cột B: Người tham dự' }));
    await user.click(within(fields).getByRole('combobox', { name: /^Xã, phường/u }));
    await user.click(await screen.findByRole('option', { name: 'Cột F: Địa chỉ xã' }));
    // The preview marks the column with the field it was chosen for.
    expect(within(preview).getAllByText('Họ và tên')).toHaveLength(1);
    await user.click(apply);

    expect(await within(dialog).findByText('Tệp hợp lệ, sẵn sàng nhập')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Nhập' }));
    expect(await within(dialog).findByText('Đã nhập xong danh sách')).toBeInTheDocument();
    const sent = imports(requests);
    const expected = {
      fullName: 'Người tham dự',
      gender: 'Giới tính',
      birthYear: 'Năm sinh',
      phone: 'Điện thoại',
      communeCode: 'Địa chỉ xã',
      group: 'Đối tượng',
    };
    expect(sent.map((request) => [request.query.get('dryRun'), columnsSent(request)])).toEqual([
      ['true', null],
      ['true', expected],
      ['false', expected],
    ]);
  });

  it('keeps the choice for the next file with the same header, and says so', async () => {
    const { user, chooseFile } = await openImport();
    let dialog = await chooseFile();
    let fields = within(dialog).getByRole('group', { name: 'Cột của tệp cho từng thông tin' });
    await user.click(within(fields).getByRole('combobox', { name: /^Họ và tên/u }));
    await user.click(await screen.findByRole('option', { name: 'Cột B: Người tham dự' }));
    await user.click(within(fields).getByRole('combobox', { name: /^Xã, phường/u }));
    await user.click(await screen.findByRole('option', { name: 'Cột F: Địa chỉ xã' }));
    // The phone column is left out this time.
    await user.click(within(fields).getByRole('combobox', { name: /^Số điện thoại/u }));
    await user.click(await screen.findByRole('option', { name: '(Không có)' }));
    await user.click(within(dialog).getByRole('button', { name: 'Kiểm tra với các cột đã chọn' }));
    await within(dialog).findByText('Tệp hợp lệ, sẵn sàng nhập');
    await user.click(within(dialog).getByRole('button', { name: 'Hủy' }));

    dialog = await chooseFile();
    expect(
      within(dialog).getByText(
        'Đã điền sẵn các cột đã chọn lần trước cho tệp có cùng dòng tiêu đề.',
      ),
    ).toBeInTheDocument();
    fields = within(dialog).getByRole('group', { name: 'Cột của tệp cho từng thông tin' });
    expect(within(fields).getByRole('combobox', { name: /^Họ và tên/u })).toHaveTextContent(
      'Cột B: Người tham dự',
    );
    expect(within(fields).getByRole('combobox', { name: /^Số điện thoại/u })).toHaveTextContent(
      '(Không có)',
    );
    expect(
      within(dialog).getByRole('button', { name: 'Kiểm tra với các cột đã chọn' }),
    ).toBeEnabled();
  });

  it('stays on the choice when the server refuses it, with its reason', async () => {
    const { user, chooseFile } = await openImport(() =>
      apiError(400, 'VALIDATION_FAILED', 'Các cột đã chọn không khớp với tệp', {
        details: [
          {
            path: 'columns.fullName',
            message: 'Dòng tiêu đề của tệp không có cột "Người tham dự" đã chọn cho "Họ và tên"',
          },
        ],
      }),
    );
    const dialog = await chooseFile();
    const fields = within(dialog).getByRole('group', { name: 'Cột của tệp cho từng thông tin' });
    await user.click(within(fields).getByRole('combobox', { name: /^Họ và tên/u }));
    await user.click(await screen.findByRole('option', { name: 'Cột B: Người tham dự' }));
    await user.click(within(fields).getByRole('combobox', { name: /^Xã, phường/u }));
    await user.click(await screen.findByRole('option', { name: 'Cột F: Địa chỉ xã' }));
    await user.click(within(dialog).getByRole('button', { name: 'Kiểm tra với các cột đã chọn' }));

    expect(
      await within(dialog).findByText(
        /Họ và tên: Dòng tiêu đề của tệp không có cột "Người tham dự"/u,
      ),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByRole('region', { name: 'Chọn cột cho từng thông tin' }),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Nhập' })).toBeDisabled();
  });

  it('lists the errors, not a choice, when every column of the header was recognized', async () => {
    mockXhrThroughFetch();
    mockPeopleApi(
      {
        'registrations.list': () => ({ body: registrations }),
        'registrations.import': () =>
          apiError(422, 'FILE_ROWS_INVALID', 'Tệp có 1 lỗi, chưa nhập dòng nào.', {
            errors: [{ row: 1, column: 'Mã xã', message: 'Thiếu cột "Mã xã"' }],
            totalErrors: 1,
            header: {
              ...header,
              cells: ['Họ tên', 'Giới', 'Năm sinh', 'Nhóm'],
              recognized: { fullName: 1, gender: 2, birthYear: 3, group: 4 },
            },
          }),
      },
      'coordinator',
    );
    const { user } = renderApp(`/conferences/${planned.id}?tab=registrations`);
    await user.click(await screen.findByRole('button', { name: 'Nhập từ tệp Excel/CSV' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nhập danh sách từ tệp' });
    await user.upload(
      within(dialog).getByLabelText('Tệp danh sách (.xlsx hoặc .csv)'),
      new File(['x'], 'ds.csv', { type: 'text/csv' }),
    );
    expect(await within(dialog).findByText('Thiếu cột "Mã xã"')).toBeInTheDocument();
    expect(
      within(dialog).queryByRole('region', { name: 'Chọn cột cho từng thông tin' }),
    ).not.toBeInTheDocument();
  });
});
