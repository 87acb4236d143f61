import type { Registration } from '@canhgiac/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { conferences } from '../../../test/conference-fixtures';
import type { Handler, RecordedRequest } from '../../../test/mock-api';
import { mockPeopleApi } from '../../../test/people-api';
import { apiError, people, registration, registrations } from '../../../test/people-fixtures';
import { organizations } from '../../../test/fixtures';
import { organizationsRoute } from '../../../test/reference-api';
import { renderApp } from '../../../test/render-app';
import { mockXhrThroughFetch } from '../../../test/xhr-mock';

const [planned] = conferences;

const imports = (requests: RecordedRequest[]) =>
  requests.filter((request) => request.path.endsWith('/registrations/import'));

async function openTab(
  extra: Record<string, Handler> = {},
  role: 'coordinator' | 'staff' = 'coordinator',
) {
  const api = mockPeopleApi(
    {
      'registrations.list': () => ({ body: registrations }),
      'organizations.list': organizationsRoute,
      ...extra,
    },
    role,
  );
  const view = renderApp(`/conferences/${planned.id}?tab=registrations`);
  // A grid, or on a phone a list of cards.
  const grid = await screen.findByRole(window.innerWidth < 600 ? 'list' : 'grid', {
    name: 'Danh sách đăng ký của hội nghị',
  });
  await within(grid).findByText('Nguyễn Thị Hương');
  return { ...api, ...view, grid };
}

beforeEach(() => {
  Object.defineProperty(URL, 'createObjectURL', {
    value: vi.fn(() => 'blob:file'),
    configurable: true,
  });
  Object.defineProperty(URL, 'revokeObjectURL', { value: vi.fn(), configurable: true });
});
afterEach(() => vi.useRealTimers());

describe('registrations tab', () => {
  it('counts the registered, attended and absent against the capacity', async () => {
    const { grid } = await openTab();

    const counts = screen.getByRole('region', { name: 'Số người đăng ký' });
    expect(within(counts).getByText('Chờ điểm danh: 1')).toBeInTheDocument();
    expect(within(counts).getByText('Đã điểm danh: 1')).toBeInTheDocument();
    expect(within(counts).getByText('Vắng mặt: 1')).toBeInTheDocument();
    expect(within(counts).getByText('Đã đăng ký 3/250 chỗ')).toBeInTheDocument();
    const row = within(grid).getByText('Trần Văn Bảy').closest('[role="row"]') as HTMLElement;
    expect(within(row).getByText('15/05/2026 08:05')).toBeInTheDocument();
    expect(within(grid).getByText('(đã xóa thông tin)')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Mở trang điểm danh' })).toHaveAttribute(
      'href',
      `/conferences/${planned.id}/check-in`,
    );
  });

  it('registers someone found in the registry, and says so when already registered', async () => {
    let answered = false;
    const { user, requests } = await openTab({
      'registrations.create': () => {
        if (answered)
          return apiError(409, 'ALREADY_REGISTERED', 'Người này đã được đăng ký vào hội nghị');
        answered = true;
        return { status: 201, body: registrations[0] };
      },
    });

    await user.click(screen.getByRole('button', { name: 'Đăng ký người tham dự' }));
    let dialog = await screen.findByRole('dialog', { name: 'Đăng ký người tham dự' });
    await user.type(within(dialog).getByRole('combobox', { name: /^Tìm theo họ tên/u }), 'huong');
    await user.click(await screen.findByRole('option', { name: /^Nguyễn Thị Hương \(1958\)/u }));
    await user.click(within(dialog).getByRole('button', { name: 'Đăng ký' }));

    expect(await screen.findByText('Đã đăng ký “Nguyễn Thị Hương”.')).toBeInTheDocument();
    const post = requests.find(
      (request) => request.method === 'POST' && request.path.endsWith('/registrations'),
    );
    expect(post?.body).toEqual({ personId: people[0].id });

    await user.click(screen.getByRole('button', { name: 'Đăng ký người tham dự' }));
    dialog = await screen.findByRole('dialog', { name: 'Đăng ký người tham dự' });
    await user.type(within(dialog).getByRole('combobox', { name: /^Tìm theo họ tên/u }), 'huong');
    await user.click(await screen.findByRole('option', { name: /^Nguyễn Thị Hương/u }));
    await user.click(within(dialog).getByRole('button', { name: 'Đăng ký' }));
    expect(
      await within(dialog).findByText('Người này đã có trong danh sách đăng ký của hội nghị.'),
    ).toBeInTheDocument();
  });

  it('says plainly that a full conference takes nobody more', async () => {
    const { user } = await openTab({
      'registrations.create': () =>
        apiError(409, 'CONFERENCE_FULL', 'Hội nghị đã đủ 250 chỗ', { capacity: 250 }),
    });

    await user.click(screen.getByRole('button', { name: 'Đăng ký người tham dự' }));
    const dialog = await screen.findByRole('dialog', { name: 'Đăng ký người tham dự' });
    await user.type(within(dialog).getByRole('combobox', { name: /^Tìm theo họ tên/u }), 'bay');
    await user.click(await screen.findByRole('option', { name: /^Trần Văn Bảy/u }));
    await user.click(within(dialog).getByRole('button', { name: 'Đăng ký' }));

    expect(
      await within(dialog).findByText(/Hội nghị đã đủ 250 chỗ\. Muốn đăng ký thêm/u),
    ).toBeInTheDocument();
  });

  it('unregisters someone not yet checked in', async () => {
    const { user, grid, requests } = await openTab({
      'registrations.delete': () => ({ status: 204 }),
    });
    const attended = within(grid).getByText('Trần Văn Bảy').closest('[role="row"]') as HTMLElement;
    expect(
      within(attended).queryByRole('button', { name: /^Hủy đăng ký/u }),
    ).not.toBeInTheDocument();

    await user.click(
      within(grid).getByRole('button', { name: 'Hủy đăng ký của Nguyễn Thị Hương' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Hủy đăng ký?' });
    await user.click(within(dialog).getByRole('button', { name: 'Hủy đăng ký' }));

    await waitFor(() => expect(requests.some((request) => request.method === 'DELETE')).toBe(true));
    expect(requests.find((request) => request.method === 'DELETE')).toMatchObject({
      route: 'registrations.delete',
      params: { id: planned.id, registrationId: registrations[0].id },
    });
  });

  it('shows each registrant as a card on a phone, the status chip beside the name', async () => {
    window.innerWidth = 390;
    const { user, grid: list } = await openTab();

    const huong = within(list).getByRole('listitem', { name: 'Nguyễn Thị Hương' });
    expect(within(huong).getByText('Chờ điểm danh')).toBeVisible();
    const bay = within(list).getByRole('listitem', { name: 'Trần Văn Bảy' });
    expect(within(bay).getByText('Đã điểm danh')).toBeVisible();
    expect(within(bay).getByText('Điểm danh lúc 15/05/2026 08:05')).toBeInTheDocument();
    expect(within(bay).queryByRole('button', { name: /^Hủy đăng ký/u })).not.toBeInTheDocument();

    await user.click(
      within(huong).getByRole('button', { name: 'Hủy đăng ký của Nguyễn Thị Hương' }),
    );
    expect(await screen.findByRole('dialog', { name: 'Hủy đăng ký?' })).toBeInTheDocument();
  });

  it('opens the roll-call sheet, fetched with the token, in a new tab to print', async () => {
    const tab = {
      document: { title: '', body: { textContent: '' } },
      location: { href: '' },
      closed: false,
      close: vi.fn(),
    };
    const open = vi.spyOn(window, 'open').mockReturnValue(tab as unknown as Window);
    const { user, requests } = await openTab({
      'registrations.rollCall': () => ({
        body: new Blob(['%PDF-1.7 roll call'], { type: 'application/pdf' }),
      }),
    });

    await user.click(screen.getByRole('button', { name: 'In danh sách điểm danh' }));

    await waitFor(() => expect(tab.location.href).toBe('blob:file'));
    expect(open).toHaveBeenCalledWith('', '_blank');
    const pdf = requests.find((request) => request.path.endsWith('/roll-call.pdf'));
    expect(pdf?.headers.get('Authorization')).toBe('Bearer token-coordinator-refreshed');
  });
});

describe('importing a list', () => {
  const invalid = apiError(422, 'FILE_ROWS_INVALID', 'Tệp có 3 lỗi, chưa nhập dòng nào.', {
    errors: [
      { row: 3, column: 'Năm sinh', message: 'Năm sinh phải là một số, ví dụ 1958' },
      { row: 4, column: 'Số điện thoại', message: 'Số điện thoại di động không hợp lệ' },
      {
        row: 4,
        column: 'Nhóm đối tượng',
        message: 'Nhóm đối tượng phải là một trong: Nông dân; …',
      },
    ],
    totalErrors: 3,
  });
  const result = {
    rows: 3,
    created: 3,
    matchedExisting: 1,
    alreadyRegistered: 0,
    translatedCommunes: [{ row: 2, given: 'Thị trấn Yên Định', code: '14215', name: 'Xã Hải Hậu' }],
    translatedCommunesTotal: 1,
  };

  it('lists the errors by row and column, then imports the fixed file with progress', async () => {
    mockXhrThroughFetch();
    let fixed = false;
    let list: Registration[] = registrations;
    const { user, requests, grid } = await openTab({
      'registrations.list': () => ({ body: list }),
      'registrations.import': (request) => {
        if (!fixed) return invalid;
        const dryRun = request.query.get('dryRun') === 'true';
        if (!dryRun)
          list = [
            ...registrations,
            registration({
              ...people[0],
              id: 'd0000000-0000-4000-8000-00000000000a',
              fullName: 'Đỗ Thị Lụa',
            }),
          ];
        return { body: { ...result, dryRun } };
      },
    });

    await user.click(screen.getByRole('button', { name: 'Nhập từ tệp Excel/CSV' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nhập danh sách từ tệp' });
    const input = within(dialog).getByLabelText('Tệp danh sách (.xlsx hoặc .csv)');
    await user.upload(input, new File(['Họ và tên,...'], 'hoi-vien.csv', { type: 'text/csv' }));

    expect(await within(dialog).findByText('Tệp có 3 lỗi, chưa nhập dòng nào')).toBeInTheDocument();
    const table = within(dialog).getByRole('table', { name: 'Các lỗi trong tệp, theo dòng' });
    const row4 = within(table)
      .getByRole('rowheader', { name: 'Dòng 4' })
      .closest('tbody') as HTMLElement;
    expect(within(row4).getByText('Số điện thoại')).toBeInTheDocument();
    expect(within(row4).getByText('Nhóm đối tượng')).toBeInTheDocument();
    expect(within(row4).getByText('Số điện thoại di động không hợp lệ')).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: 'Dòng 3' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Nhập' })).toBeDisabled();

    fixed = true;
    await user.upload(input, new File(['Họ và tên,...'], 'hoi-vien.csv', { type: 'text/csv' }));
    expect(await within(dialog).findByText('Tệp hợp lệ, sẵn sàng nhập')).toBeInTheDocument();
    expect(within(dialog).getByText('Sẽ đăng ký mới: 3 người')).toBeInTheDocument();
    // A former commune name is read as today's unit, and the coordinator is told which rows.
    const translated = within(dialog).getByRole('list', {
      name: 'Các dòng đã đổi sang xã, phường hiện nay',
    });
    expect(within(translated).getByRole('listitem')).toHaveTextContent(
      'Dòng 2: «Thị trấn Yên Định» → Xã Hải Hậu',
    );
    expect(within(dialog).queryByRole('table')).not.toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Nhập' }));
    expect(await within(dialog).findByText('Đã nhập xong danh sách')).toBeInTheDocument();
    expect(within(dialog).getByText('Đã đăng ký mới: 3 người')).toBeInTheDocument();
    expect(imports(requests).map((request) => request.query.get('dryRun'))).toEqual([
      'true',
      'true',
      'false',
    ]);
    await user.click(within(dialog).getByRole('button', { name: 'Đóng' }));
    expect(await within(grid).findByText('Đỗ Thị Lụa')).toBeInTheDocument();
  });

  it('lists the errors as a card per row of the file on a phone', async () => {
    mockXhrThroughFetch();
    window.innerWidth = 390;
    const { user } = await openTab({ 'registrations.import': () => invalid });

    await user.click(screen.getByRole('button', { name: 'Nhập từ tệp Excel/CSV' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nhập danh sách từ tệp' });
    await user.upload(
      within(dialog).getByLabelText('Tệp danh sách (.xlsx hoặc .csv)'),
      new File(['Họ và tên,...'], 'hoi-vien.csv', { type: 'text/csv' }),
    );

    const errors = await within(dialog).findByRole('list', {
      name: 'Các lỗi trong tệp, theo dòng',
    });
    expect(within(dialog).queryByRole('table')).not.toBeInTheDocument();
    expect(within(errors).getAllByRole('listitem')).toHaveLength(2);
    const row4 = within(errors).getByRole('listitem', { name: 'Dòng 4' });
    expect(row4).toHaveTextContent('Số điện thoại Số điện thoại di động không hợp lệ');
    expect(row4).toHaveTextContent('Nhóm đối tượng Nhóm đối tượng phải là một trong: Nông dân; …');
    expect(within(errors).getByRole('listitem', { name: 'Dòng 3' })).toHaveTextContent(
      'Năm sinh Năm sinh phải là một số, ví dụ 1958',
    );
  });

  it('shows the upload progress, then that the server is working', async () => {
    mockXhrThroughFetch();
    let release: () => void = () => undefined;
    const { user } = await openTab({
      'registrations.import': async (request) => {
        if (request.query.get('dryRun') === 'false')
          await new Promise<void>((resolve) => (release = resolve));
        return { body: { ...result, dryRun: request.query.get('dryRun') === 'true' } };
      },
    });

    await user.click(screen.getByRole('button', { name: 'Nhập từ tệp Excel/CSV' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nhập danh sách từ tệp' });
    await user.upload(
      within(dialog).getByLabelText('Tệp danh sách (.xlsx hoặc .csv)'),
      new File(['x'.repeat(4096)], 'ds.xlsx'),
    );
    await within(dialog).findByText('Tệp hợp lệ, sẵn sàng nhập');
    await user.click(within(dialog).getByRole('button', { name: 'Nhập' }));

    expect(await within(dialog).findByText('Máy chủ đang nhập danh sách…')).toBeInTheDocument();
    expect(
      within(dialog).getByRole('progressbar', { name: 'Tiến độ nhập tệp' }),
    ).toBeInTheDocument();
    release();
    expect(await within(dialog).findByText('Đã nhập xong danh sách')).toBeInTheDocument();
  });

  it('offers the file with its faulty cells marked only when the server can make one', async () => {
    mockXhrThroughFetch();
    let marked = false;
    const { user, requests } = await openTab({
      'registrations.import': () =>
        apiError(422, 'FILE_ROWS_INVALID', 'Tệp có 1 lỗi, chưa nhập dòng nào.', {
          errors: [{ row: 3, column: 'SĐT', message: 'Số điện thoại di động không hợp lệ' }],
          totalErrors: 1,
          annotatedFile: marked,
        }),
      'registrations.importAnnotated': () => ({
        body: new Blob(['PK'], {
          type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        }),
      }),
    });
    await user.click(screen.getByRole('button', { name: 'Nhập từ tệp Excel/CSV' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nhập danh sách từ tệp' });
    const input = within(dialog).getByLabelText('Tệp danh sách (.xlsx hoặc .csv)');
    const file = new File(['Họ tên,SĐT'], 'hoi-vien.csv', { type: 'text/csv' });

    // No marked file: the errors are said to be listed, not marked.
    await user.upload(input, file);
    expect(
      await within(dialog).findByText(/Hãy sửa các ô được liệt kê dưới đây/u),
    ).toBeInTheDocument();
    expect(
      within(dialog).queryByRole('button', { name: 'Tải tệp đã đánh dấu lỗi' }),
    ).not.toBeInTheDocument();

    marked = true;
    await user.upload(input, file);
    const download = await within(dialog).findByRole('button', { name: 'Tải tệp đã đánh dấu lỗi' });
    expect(within(dialog).getByText(/các ô sai được tô đỏ/u)).toBeInTheDocument();
    await user.click(download);
    await waitFor(() => expect(URL.createObjectURL).toHaveBeenCalled());
    const sent = requests.find((request) => request.route === 'registrations.importAnnotated');
    expect(sent?.method).toBe('POST');
  });

  it('asks the department which organization a list belongs to, and checks the file again for it', async () => {
    mockXhrThroughFetch();
    const { user, requests } = await openTab(
      {
        'registrations.import': (request) => ({
          body: {
            ...result,
            dryRun: true,
            ...(request.query.get('organizationId') ? {} : { organizationMissing: true }),
          },
        }),
      },
      'staff',
    );
    await user.click(screen.getByRole('button', { name: 'Nhập từ tệp Excel/CSV' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nhập danh sách từ tệp' });
    await user.upload(
      within(dialog).getByLabelText('Tệp danh sách (.xlsx hoặc .csv)'),
      new File(['Họ tên'], 'ds.csv', { type: 'text/csv' }),
    );
    expect(await within(dialog).findByText(/Tệp không có cột "Tổ chức"/u)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Nhập' })).toBeDisabled();

    await user.click(within(dialog).getByRole('combobox', { name: /Tổ chức của danh sách/u }));
    await user.click(await screen.findByRole('option', { name: organizations[0].name }));
    expect(await within(dialog).findByText('Tệp hợp lệ, sẵn sàng nhập')).toBeInTheDocument();
    expect(imports(requests).map((request) => request.query.get('organizationId'))).toEqual([
      null,
      organizations[0].id,
    ]);
  });
});
