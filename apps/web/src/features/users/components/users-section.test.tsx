import type { User } from '@canhgiac/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { page } from '../../../test/conference-fixtures';
import { organizations } from '../../../test/fixtures';
import type { RecordedRequest } from '../../../test/mock-api';
import { mockReferenceApi } from '../../../test/reference-api';
import { renderApp } from '../../../test/render-app';
import { sessionUsers, userRows } from '../../../test/session-fixtures';

type Routes = Parameters<typeof mockReferenceApi>[0];

const userLists = (requests: RecordedRequest[]) =>
  requests.filter((request) => request.route === 'users.list');

const conflict = (code: string, message: string, details?: object[]) => ({
  status: 409,
  body: { statusCode: 409, error: 'Conflict', message, code, ...(details && { details }) },
});

async function openUsers(extra: Routes = {}) {
  const api = mockReferenceApi(
    { 'users.list': (request) => ({ body: page(userRows, request) }), ...extra },
    { role: 'admin' },
  );
  const view = renderApp('/users');
  const grid = await screen.findByRole('grid', { name: 'Danh sách người dùng' });
  await within(grid).findByText('coord.farmers');
  return { ...view, ...api, grid };
}

function rowOf(grid: HTMLElement, text: string) {
  return within(grid).getByText(text).closest('[role="row"]') as HTMLElement;
}

describe('users list', () => {
  it('shows role, organization, status and last sign-in in Vietnam time', async () => {
    const { grid } = await openUsers();

    const row = rowOf(grid, 'coord.farmers');
    expect(within(row).getByText('Điều phối viên')).toBeInTheDocument();
    expect(await within(row).findByText('Hội Nông dân xã Hải Hậu')).toBeInTheDocument();
    expect(within(row).getByText('Đang hoạt động')).toBeInTheDocument();
    // 01:30 UTC is 08:30 in Vietnam.
    expect(within(row).getByText('14/05/2026 08:30')).toBeInTheDocument();
    expect(within(rowOf(grid, 'leader')).getByText('Chưa đăng nhập')).toBeInTheDocument();
  });

  it('asks the server for the search text, the role and the status chosen', async () => {
    const { user, requests } = await openUsers();

    await user.click(screen.getByRole('combobox', { name: 'Vai trò' }));
    await user.click(await screen.findByRole('option', { name: 'Điều phối viên' }));
    await user.click(screen.getByRole('combobox', { name: 'Trạng thái' }));
    await user.click(await screen.findByRole('option', { name: 'Đã khóa' }));
    await user.type(
      screen.getByRole('searchbox', { name: 'Tìm theo họ tên hoặc tên đăng nhập' }),
      'hùng',
    );

    await waitFor(() => expect(userLists(requests).at(-1)?.query.get('q')).toBe('hùng'));
    const last = userLists(requests).at(-1);
    expect(last?.query.get('role')).toBe('coordinator');
    expect(last?.query.get('active')).toBe('false');
    expect(last?.query.get('page')).toBe('1');
  });
});

// Long user flows through MUI selects and pickers: slow on a busy machine.
describe('creating a user', { timeout: 60_000 }, () => {
  it('requires an organization for a coordinator, then sends the account', async () => {
    const created: User = {
      ...userRows[2],
      id: 'a1b2c3d4-0000-4000-8000-000000000009',
      username: 'coord.hainam',
      fullName: 'Đỗ Thị Mai',
    };
    const { user, requests } = await openUsers({
      'users.create': () => ({ status: 201, body: created }),
    });

    await user.click(screen.getByRole('button', { name: 'Thêm người dùng' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thêm người dùng' });
    await user.type(
      within(dialog).getByRole('textbox', { name: /^Tên đăng nhập/u }),
      'coord.hainam',
    );
    await user.type(within(dialog).getByRole('textbox', { name: /^Họ và tên/u }), 'Đỗ Thị Mai');
    await user.click(within(dialog).getByRole('combobox', { name: /^Vai trò/u }));
    await user.click(await screen.findByRole('option', { name: 'Điều phối viên' }));
    await user.type(within(dialog).getByLabelText(/^Mật khẩu/u), 'mat-khau-du-dai');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    expect(
      await within(dialog).findByText('Điều phối viên phải thuộc một tổ chức'),
    ).toBeInTheDocument();
    expect(requests.some((request) => request.route === 'users.create')).toBe(false);

    await user.click(within(dialog).getByRole('combobox', { name: /^Tổ chức/u }));
    await user.click(await screen.findByRole('option', { name: 'Hội Nông dân xã Hải Hậu' }));
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const post = requests.find((request) => request.route === 'users.create');
    expect(post?.body).toEqual({
      username: 'coord.hainam',
      fullName: 'Đỗ Thị Mai',
      role: 'coordinator',
      organizationId: organizations[0].id,
      password: 'mat-khau-du-dai',
      active: true,
    });
    expect(await screen.findByText('Đã thêm người dùng “Đỗ Thị Mai”.')).toBeInTheDocument();
  });

  it('puts USERNAME_TAKEN under the username and a 400 detail under its field', async () => {
    let attempt = 0;
    const { user } = await openUsers({
      'users.create': () => {
        attempt += 1;
        if (attempt === 1) {
          return conflict('USERNAME_TAKEN', 'Tên đăng nhập này đã được dùng', [
            { path: 'username', message: 'Tên đăng nhập này đã được dùng' },
          ]);
        }
        return {
          status: 400,
          body: {
            statusCode: 400,
            error: 'Bad Request',
            message: 'Mật khẩu không đạt yêu cầu',
            code: 'VALIDATION_FAILED',
            details: [{ path: 'password', message: 'Mật khẩu không được chứa tên đăng nhập' }],
          },
        };
      },
    });
    await user.click(screen.getByRole('button', { name: 'Thêm người dùng' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thêm người dùng' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Tên đăng nhập/u }), 'staff');
    await user.type(within(dialog).getByRole('textbox', { name: /^Họ và tên/u }), 'Trần Văn B');
    await user.click(within(dialog).getByRole('combobox', { name: /^Vai trò/u }));
    await user.click(await screen.findByRole('option', { name: 'Cán bộ nghiệp vụ' }));
    await user.type(within(dialog).getByLabelText(/^Mật khẩu/u), 'staff-password-1');

    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(
      await within(dialog).findByText('Tên đăng nhập này đã được dùng. Hãy chọn tên khác.'),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: /^Tên đăng nhập/u })).toHaveFocus();

    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(
      await within(dialog).findByText('Mật khẩu không được chứa tên đăng nhập'),
    ).toBeInTheDocument();
  });
});

describe('changing a user', { timeout: 60_000 }, () => {
  it('edits and sends only what changed', async () => {
    const leader = userRows.find((row) => row.username === 'leader') as User;
    const { user, grid, requests } = await openUsers({
      'users.update': (request) => ({ body: { ...leader, ...(request.body as object) } }),
    });

    await user.click(within(grid).getByRole('button', { name: 'Sửa Nguyễn Văn Đức' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sửa người dùng' });
    await user.click(within(dialog).getByRole('combobox', { name: /^Vai trò/u }));
    await user.click(await screen.findByRole('option', { name: 'Cán bộ nghiệp vụ' }));
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const patch = requests.find((request) => request.method === 'PATCH');
    expect(patch).toMatchObject({ route: 'users.update', params: { id: leader.id } });
    expect(patch?.body).toEqual({ role: 'staff' });
  });

  it('resets a password after checking the two entries match', async () => {
    const staff = userRows.find((row) => row.username === 'staff') as User;
    const { user, grid, requests } = await openUsers({
      'users.update': () => ({ body: staff }),
    });

    await user.click(
      within(grid).getByRole('button', { name: 'Đặt lại mật khẩu cho Trần Thị Lan' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Đặt lại mật khẩu' });
    await user.type(within(dialog).getByLabelText(/^Mật khẩu mới/u), 'mat-khau-moi-2026');
    await user.type(within(dialog).getByLabelText(/^Nhập lại mật khẩu mới/u), 'mat-khau-khac-2026');
    await user.click(within(dialog).getByRole('button', { name: 'Đặt lại mật khẩu' }));
    expect(await within(dialog).findByText('Mật khẩu nhập lại không khớp')).toBeInTheDocument();

    await user.clear(within(dialog).getByLabelText(/^Nhập lại mật khẩu mới/u));
    await user.type(within(dialog).getByLabelText(/^Nhập lại mật khẩu mới/u), 'mat-khau-moi-2026');
    await user.click(within(dialog).getByRole('button', { name: 'Đặt lại mật khẩu' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requests.find((request) => request.method === 'PATCH')?.body).toEqual({
      password: 'mat-khau-moi-2026',
    });
    expect(await screen.findByText('Đã đặt lại mật khẩu cho “Trần Thị Lan”.')).toBeInTheDocument();
  });

  it('locks an account, and shows SELF_LOCKOUT as an alert', async () => {
    const { user, grid, requests } = await openUsers({
      'users.update': (_request, params) =>
        params.id === sessionUsers.admin.id
          ? conflict(
              'SELF_LOCKOUT',
              'Bạn không thể tự khóa hoặc tự bỏ quyền quản trị của chính mình',
            )
          : { body: { ...userRows[1], active: false } },
    });

    await user.click(within(grid).getByRole('button', { name: 'Khóa tài khoản Trần Thị Lan' }));
    let dialog = await screen.findByRole('dialog', { name: 'Khóa tài khoản?' });
    await user.click(within(dialog).getByRole('button', { name: 'Khóa tài khoản' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requests.find((request) => request.method === 'PATCH')?.body).toEqual({ active: false });
    expect(await screen.findByText('Đã khóa tài khoản “Trần Thị Lan”.')).toBeInTheDocument();

    await user.click(
      within(grid).getByRole('button', { name: 'Khóa tài khoản Quản trị hệ thống' }),
    );
    dialog = await screen.findByRole('dialog', { name: 'Khóa tài khoản?' });
    await user.click(within(dialog).getByRole('button', { name: 'Khóa tài khoản' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Bạn không thể tự khóa tài khoản hoặc tự bỏ quyền quản trị của chính mình.',
    );
  });
});
