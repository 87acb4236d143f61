import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loginRefusal, mockAppApi, unauthorized } from '../../test/app-api';
import { organizationsRoute, referenceRoutes } from '../../test/reference-api';
import { renderApp } from '../../test/render-app';
import { loginResponse } from '../../test/session-fixtures';

async function signIn(user: ReturnType<typeof renderApp>['user'], password = 'demo-password') {
  await user.type(await screen.findByLabelText(/^Tên đăng nhập/u), 'staff');
  await user.type(screen.getByLabelText(/^Mật khẩu/u), password);
  await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
}

describe('login', () => {
  it('sends a visitor without a session to /login, then back to the page asked for', async () => {
    const { requests } = mockAppApi(
      {
        ...referenceRoutes,
        'auth.login': () => ({ body: loginResponse('staff', 'token-login') }),
      },
      { role: null },
    );
    const { user, router } = renderApp('/reference?tab=x');

    expect(await screen.findByRole('heading', { name: 'Đăng nhập' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe('?next=%2Freference%3Ftab%3Dx');
    await signIn(user);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Đơn vị hành chính & tổ chức' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/reference');
    const login = requests.find((request) => request.route === 'auth.login');
    expect(login?.body).toEqual({ username: 'staff', password: 'demo-password' });
    const later = requests.filter((request) => request.route === 'adminUnits.list');
    expect(later[0].headers.get('Authorization')).toBe('Bearer token-login');
  });

  it('says "Tên đăng nhập hoặc mật khẩu không đúng" on a 401', async () => {
    mockAppApi(
      {
        'auth.login': () => loginRefusal,
      },
      { role: null },
    );
    const { user, router } = renderApp('/login');

    await signIn(user, 'wrong-password');

    expect(await screen.findByText('Tên đăng nhập hoặc mật khẩu không đúng')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
  });

  it('says when to try again when the account is locked out (429), from the wait the server gives', async () => {
    mockAppApi(
      {
        'auth.login': () => ({
          status: 429,
          body: {
            statusCode: 429,
            error: 'Too Many Requests',
            message: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút',
            code: 'LOGIN_LOCKED',
            retryAfter: 880,
          },
        }),
      },
      { role: null },
    );
    const { user } = renderApp('/login');

    await signIn(user);

    expect(
      await screen.findByText('Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.'),
    ).toBeInTheDocument();
  });

  it('checks the fields before sending anything', async () => {
    const { requests } = mockAppApi({}, { role: null });
    const { user } = renderApp('/login');

    await user.click(await screen.findByRole('button', { name: 'Đăng nhập' }));

    expect(await screen.findByText('Hãy nhập tên đăng nhập')).toBeInTheDocument();
    expect(screen.getByText('Hãy nhập mật khẩu')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Tên đăng nhập/u)).toHaveFocus();
    expect(requests.some((request) => request.route === 'auth.login')).toBe(false);
  });

  it('draws the form while the session is being checked, and moves on when there is one', async () => {
    let answer: (response: { body: unknown }) => void = () => undefined;
    mockAppApi({
      'auth.refresh': () => new Promise((resolve) => (answer = resolve)),
      'campaigns.list': () => ({ body: { items: [], total: 0, page: 1, pageSize: 50 } }),
    });
    const { router } = renderApp('/login');

    expect(await screen.findByLabelText(/^Tên đăng nhập/u)).toBeEnabled();
    answer({ body: loginResponse('staff', 'token-from-cookie') });

    await waitFor(() => expect(router.state.location.pathname).toBe('/conferences'));
  });

  it('keeps a login that finishes while the session check of the page load is still out', async () => {
    let answer: (response: { status: number; body: unknown }) => void = () => undefined;
    mockAppApi(
      {
        ...referenceRoutes,
        'auth.refresh': () => new Promise((resolve) => (answer = resolve)),
        'auth.login': () => ({ body: loginResponse('staff', 'token-login') }),
      },
      { role: null },
    );
    const { user, router } = renderApp('/login?next=%2Freference');

    await signIn(user);
    await waitFor(() => expect(router.state.location.pathname).toBe('/reference'));
    answer(unauthorized);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Đơn vị hành chính & tổ chức' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/reference');
  });
});

describe('session in the shell', () => {
  it('survives a reload: the refresh cookie restores the user', async () => {
    mockAppApi(referenceRoutes, { role: 'staff' });
    renderApp('/reference');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Đơn vị hành chính & tổ chức' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Trần Thị Lan')).toBeInTheDocument();
    expect(screen.getByText('Cán bộ nghiệp vụ')).toBeInTheDocument();
  });

  it('signs out: POST /api/auth/logout, then the login page', async () => {
    const { requests } = mockAppApi(referenceRoutes, { role: 'staff' });
    const { user, router } = renderApp('/reference');
    await screen.findByRole('heading', { level: 1, name: 'Đơn vị hành chính & tổ chức' });

    await user.click(screen.getByRole('button', { name: 'Tài khoản' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Đăng xuất' }));

    expect(await screen.findByRole('heading', { name: 'Đăng nhập' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe('');
    expect(requests.some((request) => request.route === 'auth.logout')).toBe(true);
  });

  it('goes to /login, saying why, when the session ends while working', async () => {
    let expired = false;
    mockAppApi({
      ...referenceRoutes,
      'auth.refresh': () => (expired ? unauthorized : { body: loginResponse('staff') }),
      'organizations.list': (request, params) =>
        expired ? unauthorized : organizationsRoute(request, params),
    });
    const { user, router } = renderApp('/reference');
    await screen.findByRole('grid', { name: 'Danh sách tổ chức' });

    // The session is revoked elsewhere: the next request and its refresh both answer 401.
    expired = true;
    await user.type(screen.getByRole('searchbox', { name: 'Tìm theo tên tổ chức' }), 'hội');

    expect(
      await screen.findByText('Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.'),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe('?next=%2Freference');
  });

  it('keeps the certificate check (/verify/:code) outside the login requirement', async () => {
    const { requests } = mockAppApi({}, { role: null });
    const { router } = renderApp('/verify/ABC123');

    expect(
      await screen.findByRole('heading', { name: 'Xác minh giấy chứng nhận' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/verify/ABC123');
    expect(requests.some((request) => request.route === 'auth.refresh')).toBe(false);
  });
});

describe('the user menu', () => {
  it('opens "Tài khoản của tôi"', async () => {
    mockAppApi(referenceRoutes, { role: 'staff' });
    const { user, router } = renderApp('/reference');
    await screen.findByRole('heading', { level: 1, name: 'Đơn vị hành chính & tổ chức' });

    await user.click(screen.getByRole('button', { name: 'Tài khoản' }));
    const menu = await screen.findByRole('menu');
    await user.click(within(menu).getByRole('menuitem', { name: 'Tài khoản của tôi' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Tài khoản của tôi' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/account');
  });
});
