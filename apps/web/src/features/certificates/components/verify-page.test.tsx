import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockAppApi } from '../../../test/app-api';
import type { MockResponse } from '../../../test/mock-api';
import { apiError, verifyResult } from '../../../test/people-fixtures';
import { renderApp } from '../../../test/render-app';

const code = 'fRkbH_91QbqRmcEuwJj4VzDvQNWv40yRu_wUUoBZSEE';

function openVerify(answer: MockResponse) {
  const api = mockAppApi({ 'certificates.verify': () => answer }, { role: null });
  const view = renderApp(`/verify/${code}`);
  return { ...api, ...view };
}

describe('public verification page', () => {
  it('says HỢP LỆ, with the English word, and what the certificate says', async () => {
    const { requests } = openVerify({ body: verifyResult });

    expect(await screen.findByText('HỢP LỆ')).toBeInTheDocument();
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('GENUINE');
    expect(screen.getByText('Trần Văn Bảy')).toBeInTheDocument();
    expect(screen.getByText('1/GCN-SKHCN-2026')).toBeInTheDocument();
    expect(screen.getByText('20/05/2026')).toBeInTheDocument();
    expect(screen.getByText('Người được cấp')).toBeInTheDocument();
    expect(screen.getByText('Holder')).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(requests.some((request) => request.route === 'auth.refresh')).toBe(false);
  });

  it('says ĐÃ THU HỒI with the reason and the serial that replaced it', async () => {
    openVerify({
      body: {
        ...verifyResult,
        valid: false,
        revoked: true,
        revokedOn: '2026-05-22',
        revokedReason: 'Ghi sai họ tên',
        replacedBySerial: '3/GCN-SKHCN-2026',
      },
    });

    expect(await screen.findByText('ĐÃ THU HỒI')).toBeInTheDocument();
    expect(screen.getByText('REVOKED')).toBeInTheDocument();
    expect(screen.getByText('Ghi sai họ tên')).toBeInTheDocument();
    expect(screen.getByText('3/GCN-SKHCN-2026')).toBeInTheDocument();
    expect(screen.getByText('22/05/2026')).toBeInTheDocument();
  });

  it('says KHÔNG TÌM THẤY for an unknown code', async () => {
    openVerify(apiError(404, 'NOT_FOUND', 'Không tìm thấy giấy chứng nhận với mã này'));

    expect(await screen.findByText('KHÔNG TÌM THẤY')).toBeInTheDocument();
    expect(screen.getByText('NOT FOUND')).toBeInTheDocument();
  });

  it('asks to try later when checked too often (429)', async () => {
    openVerify(apiError(429, 'RATE_LIMITED', 'Quá nhiều lượt kiểm tra'));

    expect(await screen.findByText('XIN THỬ LẠI SAU')).toBeInTheDocument();
    expect(
      screen.getByText(/Có quá nhiều lượt kiểm tra trong thời gian ngắn/u),
    ).toBeInTheDocument();
  });
});
