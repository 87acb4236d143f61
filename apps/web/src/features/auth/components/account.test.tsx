import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockReferenceApi } from '../../../test/reference-api';
import { renderApp } from '../../../test/render-app';
import { loginResponse } from '../../../test/session-fixtures';

async function openAccount(extra: Parameters<typeof mockReferenceApi>[0] = {}) {
  const api = mockReferenceApi(extra, { role: 'coordinator' });
  const view = renderApp('/account');
  await screen.findByRole('heading', { level: 1, name: 'Tài khoản của tôi' });
  const form = screen.getByRole('region', { name: 'Đổi mật khẩu' });
  return { ...api, ...view, form };
}

async function fill(
  user: ReturnType<typeof renderApp>['user'],
  form: HTMLElement,
  current: string,
  next: string,
  again: string,
) {
  await user.type(within(form).getByLabelText(/^Mật khẩu hiện tại/u), current);
  await user.type(within(form).getByLabelText(/^Mật khẩu mới/u), next);
  await user.type(within(form).getByLabelText(/^Nhập lại mật khẩu mới/u), again);
  await user.click(within(form).getByRole('button', { name: 'Đổi mật khẩu' }));
}

describe('my account', () => {
  it('shows who is signed in, with the organization by name', async () => {
    await openAccount();
    const details = screen.getByRole('region', { name: 'Thông tin tài khoản' });
    expect(within(details).getByText('Phạm Văn Hùng')).toBeInTheDocument();
    expect(within(details).getByText('coord.farmers')).toBeInTheDocument();
    expect(within(details).getByText('Điều phối viên')).toBeInTheDocument();
    expect(await within(details).findByText('Hội Nông dân xã Hải Hậu')).toBeInTheDocument();
  });

  it('checks the repeated password in the browser, before asking the server', async () => {
    const { user, form, requests } = await openAccount();

    await fill(user, form, 'demo-password', 'mat-khau-moi-2026', 'mat-khau-moi-2027');

    expect(await within(form).findByText('Mật khẩu nhập lại không khớp')).toBeInTheDocument();
    expect(requests.some((request) => request.route === 'auth.changePassword')).toBe(false);
  });

  it('puts "wrong current password" under that field', async () => {
    const { user, form } = await openAccount({
      'auth.changePassword': () => ({
        status: 400,
        body: {
          statusCode: 400,
          error: 'Bad Request',
          message: 'Mật khẩu hiện tại không đúng',
          code: 'VALIDATION_FAILED',
          details: [{ path: 'currentPassword', message: 'Mật khẩu hiện tại không đúng' }],
        },
      }),
    });

    await fill(user, form, 'sai-mat-khau', 'mat-khau-moi-2026', 'mat-khau-moi-2026');

    const current = within(form).getByLabelText(/^Mật khẩu hiện tại/u);
    expect(await within(form).findByText('Mật khẩu hiện tại không đúng')).toBeInTheDocument();
    expect(current).toHaveAttribute('aria-invalid', 'true');
    expect(current).toHaveFocus();
  });

  it('changes the password and goes on with the new session token', async () => {
    const { user, form, requests } = await openAccount({
      'auth.changePassword': () => ({
        body: loginResponse('coordinator', 'token-after-change'),
      }),
    });

    await fill(user, form, 'demo-password', 'mat-khau-moi-2026', 'mat-khau-moi-2026');

    expect(await within(form).findByText('Đã đổi mật khẩu.')).toBeInTheDocument();
    const change = requests.find((request) => request.route === 'auth.changePassword');
    expect(change?.body).toEqual({
      currentPassword: 'demo-password',
      newPassword: 'mat-khau-moi-2026',
    });
    expect(within(form).getByLabelText(/^Mật khẩu hiện tại/u)).toHaveValue('');

    // The next request carries the token of the new session.
    await user.click(screen.getByRole('link', { name: 'Đơn vị hành chính & tổ chức' }));
    await waitFor(() =>
      expect(
        requests
          .filter((request) => request.route === 'adminUnits.list')
          .at(-1)
          ?.headers.get('Authorization'),
      ).toBe('Bearer token-after-change'),
    );
  });
});
