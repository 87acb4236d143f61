import {
  authRoutes,
  certificateRoutes,
  healthRoutes,
  organizationRoutes,
} from '@canhgiac/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../i18n/i18n';
import { mockApi } from '../test/mock-api';
import { sessionUsers } from '../test/session-fixtures';
import { setUnauthorizedHandler } from './access-token';
import {
  ApiError,
  apiRequest,
  NetworkError,
  routeUrl,
  setAccessToken,
  UnexpectedResponseError,
} from './api-client';
import { describeError } from './describe-error';

const organization = {
  id: '2f1b7c1e-3c1a-4a8e-9d57-0c7f4c1a9b01',
  name: 'Hội Nông dân xã Hải Hậu',
  kind: 'farmers_association',
  districtCode: null,
  parentId: null,
  communeCode: '14215',
};

afterEach(() => {
  setAccessToken(null);
  setUnauthorizedHandler(() => undefined);
});

describe('api client', () => {
  it('calls relative /api URLs, leaves out empty query values and sends JSON', async () => {
    const { requests } = mockApi({
      'organizations.create': () => ({ status: 201, body: organization }),
    });

    const created = await apiRequest(organizationRoutes.create, {
      body: { name: 'x', kind: 'farmers_association' },
    });

    expect(created).toEqual(organization);
    expect(requests[0]).toMatchObject({ method: 'POST', path: '/api/organizations' });
    expect(requests[0].query.toString()).toBe('');
    expect(requests[0].headers.get('Content-Type')).toBe('application/json');
    expect(requests[0].headers.get('Authorization')).toBeNull();
  });

  it('builds a route’s URL: parameters encoded, empty query values left out', () => {
    expect(
      routeUrl(organizationRoutes.list, {
        query: { page: 2, q: '', kind: undefined, pageSize: null },
      }),
    ).toBe('/api/organizations?page=2');
    expect(routeUrl(certificateRoutes.pdf, { params: { id: 'a/b' } })).toBe(
      '/api/certificates/a%2Fb.pdf',
    );
  });

  it('attaches the bearer token once one is set', async () => {
    const { requests } = mockApi({ 'auth.me': () => ({ body: sessionUsers.staff }) });
    setAccessToken('token-123');

    await apiRequest(authRoutes.me);

    expect(requests[0].headers.get('Authorization')).toBe('Bearer token-123');
  });

  it('throws an ApiError carrying the API error shape', async () => {
    const body = {
      statusCode: 400,
      error: 'Bad Request',
      message: 'Validation failed',
      code: 'VALIDATION_FAILED',
      details: [{ path: 'name', message: 'Không được để trống' }],
    };
    mockApi({ 'organizations.create': () => ({ status: 400, body }) });

    const error = await apiRequest(organizationRoutes.create, {
      body: { name: '', kind: 'farmers_association' },
    }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      details: body.details,
    });
  });

  it('reports a 401 to the unauthorized handler (the future login redirect)', async () => {
    mockApi({
      'auth.me': () => ({
        status: 401,
        body: { statusCode: 401, error: 'Unauthorized', message: 'Unauthorized' },
      }),
    });
    const onUnauthorized = vi.fn();
    setUnauthorizedHandler(onUnauthorized);

    await expect(apiRequest(authRoutes.me)).rejects.toBeInstanceOf(ApiError);
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });

  it('tells a network failure and a response off the contract apart', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    await expect(apiRequest(healthRoutes.get)).rejects.toBeInstanceOf(NetworkError);

    mockApi({ 'organizations.get': () => ({ body: { id: 'not-a-uuid' } }) });
    await expect(
      apiRequest(organizationRoutes.get, { params: { id: 'x' } }),
    ).rejects.toBeInstanceOf(UnexpectedResponseError);
  });
});

describe('describeError', () => {
  const t = i18n.t.bind(i18n);

  it('explains errors in Vietnamese, naming the fields at fault', () => {
    const error = new ApiError({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Validation failed',
      details: [{ path: 'name', message: 'Không được để trống' }],
    });

    expect(describeError(error, t, { name: 'Tên tổ chức' })).toEqual({
      message: 'Thông tin gửi lên chưa hợp lệ. Vui lòng kiểm tra lại các ô được đánh dấu.',
      details: ['Tên tổ chức: Không được để trống'],
      serverMessage: undefined,
    });
    expect(describeError(new NetworkError(new TypeError('x')), t).message).toBe(
      'Không kết nối được với máy chủ. Vui lòng kiểm tra mạng rồi thử lại.',
    );
    expect(
      describeError(new ApiError({ statusCode: 403, error: 'Forbidden', message: 'Forbidden' }), t)
        .message,
    ).toBe('Tài khoản của bạn không có quyền thực hiện thao tác này.');
  });
});
