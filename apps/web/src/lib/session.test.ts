import { afterEach, describe, expect, it, vi } from 'vitest';
import { campaignRoutes, organizationRoutes } from '@canhgiac/contracts';
import { mockApi, type RecordedRequest } from '../test/mock-api';
import { loginResponse } from '../test/session-fixtures';
import { unauthorized } from '../test/app-api';
import { apiRequest } from './api-client';
import { getSessionState, refreshDelayMs, restoreSession, startSession } from './session';

afterEach(() => {
  vi.useRealTimers();
});

const refreshCalls = (requests: RecordedRequest[]) =>
  requests.filter((request) => request.route === 'auth.refresh').length;

describe('session', () => {
  it('is restored from the refresh cookie on load and keeps the token in memory only', async () => {
    const { requests } = mockApi({
      'auth.refresh': () => ({ body: loginResponse('staff', 'token-from-cookie') }),
      'campaigns.list': () => ({ body: { items: [], total: 0, page: 1, pageSize: 50 } }),
    });

    await expect(restoreSession()).resolves.toBe(true);
    await apiRequest(campaignRoutes.list);

    expect(getSessionState()).toMatchObject({
      status: 'authenticated',
      user: { username: 'staff' },
    });
    expect(requests[0].body).toBeUndefined();
    expect(requests[1].headers.get('Authorization')).toBe('Bearer token-from-cookie');
    const stored = JSON.stringify({ ...window.localStorage, ...window.sessionStorage });
    expect(stored).not.toContain('token-from-cookie');
  });

  it('without a refresh cookie, ends up signed out (the app then opens /login)', async () => {
    mockApi({ 'auth.refresh': () => unauthorized });

    await expect(restoreSession()).resolves.toBe(false);

    expect(getSessionState()).toEqual({ status: 'anonymous', reason: undefined });
  });

  it('renews the token a minute before it expires', async () => {
    vi.useFakeTimers();
    const { requests } = mockApi({
      'auth.refresh': () => ({ body: loginResponse('staff', 'token-2') }),
    });
    startSession(loginResponse('staff', 'token-1'));

    await vi.advanceTimersByTimeAsync(839_000);
    expect(refreshCalls(requests)).toBe(0);
    await vi.advanceTimersByTimeAsync(1_000);
    await vi.waitFor(() => expect(refreshCalls(requests)).toBe(1));
    expect(refreshDelayMs(900)).toBe(840_000);
    expect(refreshDelayMs(30)).toBe(24_000);
  });

  it('repeats a request once after renewing the session on a 401', async () => {
    const { requests } = mockApi({
      'auth.refresh': () => ({ body: loginResponse('staff', 'token-new') }),
      'campaigns.list': (request) =>
        request.headers.get('Authorization') === 'Bearer token-new'
          ? { body: { items: [], total: 0, page: 1, pageSize: 50 } }
          : unauthorized,
    });
    startSession(loginResponse('staff', 'token-old'));

    await expect(apiRequest(campaignRoutes.list)).resolves.toMatchObject({ total: 0 });

    expect(requests.map((request) => request.route)).toEqual([
      'campaigns.list',
      'auth.refresh',
      'campaigns.list',
    ]);
  });

  it('asks for one refresh when several requests fail at once (a refresh token is spent once)', async () => {
    const { requests } = mockApi({
      'auth.refresh': async () => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        return { body: loginResponse('staff', 'token-new') };
      },
      'organizations.list': (request) =>
        request.headers.get('Authorization') === 'Bearer token-new'
          ? { body: { items: [], total: 0, page: 1, pageSize: 50 } }
          : unauthorized,
    });
    startSession(loginResponse('staff', 'token-old'));

    await Promise.all([1, 2, 3].map(() => apiRequest(organizationRoutes.list)));

    expect(refreshCalls(requests)).toBe(1);
  });

  it('signs out with "session expired" when renewing does not help', async () => {
    mockApi({
      'auth.refresh': () => unauthorized,
      'campaigns.list': () => unauthorized,
    });
    startSession(loginResponse('staff', 'token-old'));

    await expect(apiRequest(campaignRoutes.list)).rejects.toMatchObject({ statusCode: 401 });

    expect(getSessionState()).toEqual({ status: 'anonymous', reason: 'expired' });
  });
});
