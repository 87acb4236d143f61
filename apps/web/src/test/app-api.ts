import type { Role } from '@canhgiac/contracts';
import { mockApi } from './mock-api';
import { loginResponse } from './session-fixtures';

type Routes = Parameters<typeof mockApi>[0];

const unauthorized = {
  status: 401,
  body: {
    statusCode: 401,
    error: 'Unauthorized',
    message: 'Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại',
    code: 'TOKEN_INVALID',
  },
};

/** The API's answer to a wrong username or password. */
const loginRefusal = {
  status: 401,
  body: {
    statusCode: 401,
    error: 'Unauthorized',
    message: 'Tên đăng nhập hoặc mật khẩu không đúng',
    code: 'INVALID_CREDENTIALS',
  },
};

/**
 * The session endpoints: with a role, the page load finds a session (the refresh cookie); with
 * `null`, there is none and the app opens /login.
 */
export function sessionRoutes(role: Role | null): Routes {
  return {
    'auth.refresh': () =>
      role ? { body: loginResponse(role, `token-${role}-refreshed`) } : unauthorized,
    'auth.logout': () => ({ status: 204 }),
  };
}

export { loginRefusal, unauthorized };

/** The whole API as a signed-in `role` sees it (staff unless told): session routes + `routes`. */
export function mockAppApi(routes: Routes = {}, options: { role?: Role | null } = {}) {
  const role = options.role === undefined ? 'staff' : options.role;
  return mockApi({ ...sessionRoutes(role), ...routes });
}
