import type { LoginResponse, Role, SessionUser, User } from '@canhgiac/contracts';
import { organizations } from './fixtures';

/** The demo accounts of the API, one per role. */
export const sessionUsers: Record<Role, SessionUser> = {
  admin: {
    id: '7b0d7d0e-5c1e-4c38-9a57-1f4a8a000001',
    username: 'admin',
    fullName: 'Quản trị hệ thống',
    role: 'admin',
    organizationId: null,
  },
  staff: {
    id: '7b0d7d0e-5c1e-4c38-9a57-1f4a8a000002',
    username: 'staff',
    fullName: 'Trần Thị Lan',
    role: 'staff',
    organizationId: organizations[2].id,
  },
  coordinator: {
    id: '7b0d7d0e-5c1e-4c38-9a57-1f4a8a000003',
    username: 'coord.farmers',
    fullName: 'Phạm Văn Hùng',
    role: 'coordinator',
    organizationId: organizations[0].id,
  },
  leader: {
    id: '7b0d7d0e-5c1e-4c38-9a57-1f4a8a000004',
    username: 'leader',
    fullName: 'Nguyễn Văn Đức',
    role: 'leader',
    organizationId: organizations[2].id,
  },
};

export function loginResponse(role: Role, accessToken = `token-${role}`): LoginResponse {
  return { accessToken, expiresIn: 900, user: sessionUsers[role] };
}

/** The same accounts as the users page lists them. */
export const userRows: User[] = (Object.values(sessionUsers) as SessionUser[]).map(
  (user, index) => ({
    ...user,
    active: true,
    createdAt: '2026-01-05T02:00:00.000Z',
    lastLoginAt: index === 3 ? null : '2026-05-14T01:30:00.000Z',
  }),
);
