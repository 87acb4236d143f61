import 'fake-indexeddb/auto';
import type { Roster } from '@canhgiac/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockAppApi } from '../../../test/app-api';
import { mockApi } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';
import { sessionUsers } from '../../../test/session-fixtures';
import { wipeOfflineData } from '../../../lib/offline-database';
import { offlineDb } from './offline-db';
import { saveRoster } from './roster-store';

const conferenceId = '6f1c7a52-0000-4000-8000-0000000000f1';
const names = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường'];
const roster: Roster = {
  conference: {
    id: conferenceId,
    title: 'Nhận diện lừa đảo qua điện thoại',
    startsAt: '2026-05-15T01:00:00.000Z',
    endsAt: '2026-05-15T04:00:00.000Z',
    venue: 'Nhà văn hóa thôn Đông',
    communeCode: '14215',
    status: 'confirmed',
  },
  generatedAt: '2026-05-14T10:00:00.000Z',
  registrations: names.map((fullName, index) => ({
    id: `6f1c7a52-0000-4000-8000-00000000000${index}`,
    code: `7K3M9QX${index}`,
    fullName,
    birthYear: 1950 + index,
    communeCode: '14215',
    organizationId: null,
    status: 'registered' as const,
    checkedInAt: null,
  })),
};
const coordinator = sessionUsers.coordinator;
const page = `/conferences/${conferenceId}/check-in/offline`;

afterEach(async () => {
  offlineDb().close({ disableAutoOpen: false });
  await wipeOfflineData();
});

describe('offline check-in', () => {
  it('opens from the device with no network and checks people in by name without accents', async () => {
    await saveRoster(roster, coordinator.id, new Date());
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const { user } = renderApp(page);
    await screen.findByRole('heading', { level: 1, name: 'Điểm danh ngoại tuyến' });
    expect(screen.getByText('Đã điểm danh: 0 / 3')).toBeInTheDocument();

    await user.type(
      screen.getByRole('searchbox', { name: /^Họ tên hoặc số thứ tự/u }),
      'tran thi binh',
    );
    const results = await screen.findByRole('list', { name: 'Kết quả tìm kiếm' });
    await user.click(within(results).getByRole('button', { name: 'Điểm danh Trần Thị Bình' }));
    expect(await screen.findByText(/^Đã điểm danh Trần Thị Bình, lúc/u)).toBeInTheDocument();
    expect(screen.getByText('Đã điểm danh: 1 / 3')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('pending-count')).toHaveTextContent('1'));
  });

  it('enters a signed paper sheet by row numbers', async () => {
    await saveRoster(roster, coordinator.id, new Date());
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const { user } = renderApp(page);
    const numbers = await screen.findByRole('textbox', { name: 'Số thứ tự các dòng đã ký' });
    await user.type(numbers, '1 3');
    expect(screen.getByText('1. Nguyễn Văn An; 3. Lê Văn Cường')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Điểm danh 2 người' }));
    expect(await screen.findByText('Đã điểm danh thêm 2 người.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('pending-count')).toHaveTextContent('2'));
  });

  it('sends what waits once the session is back, and shows what the server refused', async () => {
    await saveRoster(roster, coordinator.id, new Date());
    const { requests } = mockAppApi(
      {
        'attendance.roster': () => ({ body: roster }),
        'attendance.sync': (request) => {
          const { events } = request.body as { events: Array<{ eventId: string; code?: string }> };
          return {
            body: {
              results: events.map((event) =>
                event.code === 'ZZZZ9999'
                  ? {
                      eventId: event.eventId,
                      outcome: 'rejected',
                      reason: 'Không có mã điểm danh này trong hội nghị',
                    }
                  : { eventId: event.eventId, outcome: 'applied' },
              ),
            },
          };
        },
      },
      { role: 'coordinator' },
    );
    const { user } = renderApp(page);
    const code = await screen.findByRole('textbox', { name: 'Mã điểm danh (8 ký tự)' });
    await user.type(code, 'ZZZZ9999');
    await user.click(screen.getByRole('button', { name: 'Điểm danh theo mã' }));
    await user.type(screen.getByRole('searchbox', { name: /^Họ tên hoặc số thứ tự/u }), 'an');
    await user.click(await screen.findByRole('button', { name: 'Điểm danh Nguyễn Văn An' }));

    await waitFor(() => expect(screen.getByTestId('pending-count')).toHaveTextContent('0'), {
      timeout: 8000,
    });
    expect(screen.getByText(/Không có mã điểm danh này trong hội nghị/u)).toBeInTheDocument();
    const sync = requests.filter((r) => r.path.endsWith('/attendance/sync'));
    const sent = sync.flatMap((r) => (r.body as { events: unknown[] }).events);
    expect(sent).toHaveLength(2);
    expect((sync[0].body as { deviceId: string }).deviceId).toMatch(/^[0-9a-f-]{36}$/u);
  });
  it('keeps what waits when the session has expired, and asks for a login to send it', async () => {
    await saveRoster(roster, coordinator.id, new Date());
    const { requests } = mockApi({
      'auth.refresh': () => ({
        status: 401,
        body: {
          statusCode: 401,
          error: 'Unauthorized',
          message: 'Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại',
          code: 'TOKEN_INVALID',
        },
      }),
    });
    const { user } = renderApp(page);
    await user.type(
      await screen.findByRole('searchbox', { name: /^Họ tên hoặc số thứ tự/u }),
      'le van cuong',
    );
    await user.click(await screen.findByRole('button', { name: 'Điểm danh Lê Văn Cường' }));
    await waitFor(() => expect(screen.getByTestId('pending-count')).toHaveTextContent('1'));
    expect(await screen.findByText(/Phiên đăng nhập đã hết hạn/u)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Đăng nhập' })).toHaveAttribute(
      'href',
      `/login?next=${encodeURIComponent(page)}`,
    );
    expect(requests.some((r) => r.path.endsWith('/attendance/sync'))).toBe(false);
  });
});
