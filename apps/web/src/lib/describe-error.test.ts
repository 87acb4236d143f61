import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n';
import { ApiError, NetworkError } from './api-errors';
import { describeError } from './describe-error';

const conferenceFull = new ApiError({
  statusCode: 409,
  error: 'Conflict',
  message: 'Hội nghị đã đủ 80 chỗ, không thể đăng ký thêm',
  code: 'CONFERENCE_FULL',
  capacity: 80,
});
const invalid = new ApiError({
  statusCode: 400,
  error: 'Bad Request',
  message: 'Dữ liệu không hợp lệ',
  code: 'VALIDATION_FAILED',
  details: [
    { path: 'name', message: 'Không được để trống', code: 'too_small' },
    { path: 'communeCode', message: 'Xã này không còn từ 01/07/2025' },
  ],
});
const notFound = new ApiError({
  statusCode: 404,
  error: 'Not Found',
  message: 'Không tìm thấy lượt đăng ký',
  code: 'NOT_FOUND',
});
const labels = { name: 'Name', communeCode: 'Commune' };

afterEach(() => i18n.changeLanguage('vi'));

describe('error messages', () => {
  it('in Vietnamese, say the code in words and keep the API’s own words where they say more', () => {
    const t = i18n.getFixedT('vi');
    expect(describeError(conferenceFull, t).message).toBe(
      'Hội nghị đã đủ chỗ, không thể đăng ký thêm.',
    );
    expect(describeError(invalid, t, { name: 'Tên', communeCode: 'Xã' }).details).toEqual([
      'Tên: Không được để trống',
      'Xã: Xã này không còn từ 01/07/2025',
    ]);
    expect(describeError(notFound, t).serverMessage).toBe('Không tìm thấy lượt đăng ký');
  });

  it('in English, translate the code with its parameters and each field’s problem by its kind', async () => {
    await i18n.changeLanguage('en');
    const t = i18n.getFixedT('en');
    expect(describeError(conferenceFull, t).message).toBe(
      'The conference is full (80 seats): no more registrations.',
    );
    expect(describeError(invalid, t, labels)).toEqual({
      message: 'Some of the information is not valid. Please check the highlighted fields.',
      details: ['Name: Missing or too short', 'Commune: Invalid value'],
      serverMessage: undefined,
    });
    const described = describeError(notFound, t);
    expect(described.message).toBe(
      'The data was not found. It may have been deleted, or you may not have access to it.',
    );
    expect(described.serverMessage).toBeUndefined();
    expect(describeError(new NetworkError(new TypeError('Failed to fetch')), t).message).toBe(
      'Cannot reach the server. Please check the network and try again.',
    );
  });
});
