import { authRoutes } from '@canhgiac/contracts';
import { apiRequest } from './api-client';

// Loaded on demand by lib/session, so the shell's first load carries neither zod nor the contracts.

/** `POST /api/auth/logout` → 204; the server forgets the refresh token and clears its cookie. */
export async function requestLogout(): Promise<void> {
  await apiRequest(authRoutes.logout, { renewOnUnauthorized: false });
}
