import type { AuditEntry } from '@canhgiac/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/i18n';
import { page } from '../../../test/conference-fixtures';
import type { RecordedRequest } from '../../../test/mock-api';
import { mockReferenceApi } from '../../../test/reference-api';
import { renderApp } from '../../../test/render-app';
import { sessionUsers, userRows } from '../../../test/session-fixtures';

const entries: AuditEntry[] = [
  {
    id: '12',
    at: '2026-05-14T02:05:00.000Z',
    userId: sessionUsers.admin.id,
    username: 'admin',
    action: 'update',
    entity: 'user',
    entityId: sessionUsers.staff.id,
    summary: { role: 'leader', active: false, password: '[redacted]' },
    ip: '10.0.0.7',
  },
  {
    id: '11',
    at: '2026-05-13T18:30:00.000Z',
    userId: null,
    username: null,
    action: 'login_failure',
    entity: 'session',
    entityId: null,
    summary: { reason: 'wrong_password' },
    ip: '10.0.0.9',
  },
  {
    id: '10',
    at: '2026-05-13T08:00:00.000Z',
    userId: sessionUsers.staff.id,
    username: 'staff',
    action: 'cancel',
    entity: 'leaflet_allocation',
    entityId: '5d0c3f7e-1b2a-4c3d-8e9f-0a1b2c3d4e5f',
    summary: { reason: 'Xã đã nhận đủ', quantity: 500 },
    ip: '10.0.0.7',
  },
  {
    id: '9',
    at: '2026-05-12T03:00:00.000Z',
    userId: sessionUsers.staff.id,
    username: 'staff',
    action: 'issue',
    entity: 'certificate',
    entityId: '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    summary: {
      conferenceId: '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
      issued: 41,
      first: '1/GCN-2026',
      last: '41/GCN-2026',
    },
    ip: '10.0.0.7',
  },
  {
    id: '8',
    at: '2026-05-11T03:00:00.000Z',
    userId: sessionUsers.staff.id,
    username: 'staff',
    action: 'status_change',
    entity: 'conference',
    entityId: '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    summary: { from: 'planned', to: 'confirmed' },
    ip: '10.0.0.7',
  },
  {
    id: '7',
    at: '2026-05-10T03:00:00.000Z',
    userId: sessionUsers.staff.id,
    username: 'staff',
    action: 'update',
    entity: 'outreach_activity',
    entityId: '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    // `legacyNote` stands for a field an older version wrote: the page has no label for it.
    summary: {
      channel: 'zalo_group',
      startsOn: '2026-05-09',
      metrics: { groups: 12, members: 3400 },
      legacyNote: 'giữ nguyên',
    },
    ip: '10.0.0.7',
  },
];

const auditLists = (requests: RecordedRequest[]) =>
  requests.filter((request) => request.route === 'audit.list');

async function openAudit() {
  const api = mockReferenceApi(
    {
      'audit.list': (request) => ({ body: page(entries, request) }),
      'users.list': (request) => ({ body: page(userRows, request) }),
    },
    { role: 'admin' },
  );
  const view = renderApp('/audit');
  const grid = await screen.findByRole('grid', { name: 'Nhật ký thao tác' });
  await within(grid).findByText(
    'Vai trò: Lãnh đạo · Đang hoạt động: Không · Mật khẩu: Không ghi lại',
  );
  return { ...api, ...view, grid };
}

// Long user flows through MUI selects and pickers: slow on a busy machine.
/** The grid's row of the entry made at `when` (dd/MM/yyyy HH:mm). */
const rowAt = (grid: HTMLElement, when: string) =>
  within(grid).getByText(when).closest('[role="row"]') as HTMLElement;

describe('audit log', { timeout: 60_000 }, () => {
  it('lists who did what, in Vietnam time, with the summary in one line', async () => {
    const { grid } = await openAudit();

    const row = rowAt(grid, '14/05/2026 09:05');
    expect(within(row).getByText('admin')).toBeInTheDocument();
    expect(within(row).getByText('Cập nhật')).toBeInTheDocument();
    expect(within(row).getByText('Người dùng')).toBeInTheDocument();
    // 18:30 UTC on the 13th is 01:30 on the 14th in Vietnam.
    const failure = rowAt(grid, '14/05/2026 01:30');
    expect(within(failure).getByText('Hệ thống')).toBeInTheDocument();
    expect(within(failure).getByText('Đăng nhập thất bại')).toBeInTheDocument();
    // The reason is a code in the log; the page says it in words.
    expect(within(failure).getByText('Lý do: Sai mật khẩu')).toBeInTheDocument();
    expect(within(grid).queryByText(/wrong_password/u)).not.toBeInTheDocument();

    const cancelled = rowAt(grid, '13/05/2026 15:00');
    expect(within(cancelled).getByText('Phân bổ tờ rơi')).toBeInTheDocument();
    expect(within(cancelled).getByText('Hủy')).toBeInTheDocument();
    expect(within(cancelled).getByText('Lý do: Xã đã nhận đủ · Số lượng: 500')).toBeInTheDocument();
  });

  it('names every field of a summary in words, and its coded values too', async () => {
    const { grid } = await openAudit();

    const issued = rowAt(grid, '12/05/2026 10:00');
    expect(
      within(issued).getByText(
        'Mã hội nghị: 7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d · Số giấy đã cấp: 41 · ' +
          'Số hiệu đầu: 1/GCN-2026 · Số hiệu cuối: 41/GCN-2026',
      ),
    ).toBeInTheDocument();
    const status = rowAt(grid, '11/05/2026 10:00');
    expect(
      within(status).getByText('Trạng thái cũ: Dự kiến · Trạng thái mới: Đã xác nhận'),
    ).toBeInTheDocument();
    // A field the page has no label for (an older entry's) shows as the server wrote it.
    const activity = rowAt(grid, '10/05/2026 10:00');
    expect(
      within(activity).getByText(
        'Kênh: Nhóm Zalo · Từ ngày: 09/05/2026 · Số liệu: Số nhóm: 12, Số thành viên: 3400 · ' +
          'legacyNote: giữ nguyên',
      ),
    ).toBeInTheDocument();

    const summaries = within(grid)
      .getAllByRole('row')
      .map((row) => row.textContent ?? '')
      .join('\n');
    for (const raw of [
      /\bissued\b/u,
      /\bquantity\b/u,
      /\brole\b/u,
      /\bactive\b/u,
      /\bleader\b/u,
      /\bfalse\b/u,
      /\bconferenceId\b/u,
      /\bplanned\b/u,
      /zalo_group/u,
      /\bmetrics\b/u,
      /\[redacted\]/u,
    ])
      expect(summaries).not.toMatch(raw);
  });

  it('names the summary fields in English when the interface is in English', async () => {
    await i18n.changeLanguage('en');
    mockReferenceApi(
      {
        'audit.list': (request) => ({ body: page(entries, request) }),
        'users.list': (request) => ({ body: page(userRows, request) }),
      },
      { role: 'admin' },
    );
    renderApp('/audit');
    const grid = await screen.findByRole('grid', { name: 'Audit log' });
    await within(grid).findByText('Role: Leadership · Active: No · Password: Not recorded');
    expect(
      within(grid).getByText(/^Conference id: .* · Certificates issued: 41 · /u),
    ).toBeInTheDocument();
    expect(
      within(grid).getByText('Previous status: Planned · New status: Confirmed'),
    ).toBeInTheDocument();
  });

  it('filters by object, action, user and days typed as dd/MM/yyyy', async () => {
    const { user, requests } = await openAudit();

    await user.click(screen.getByRole('combobox', { name: 'Đối tượng' }));
    await user.click(await screen.findByRole('option', { name: 'Hội nghị' }));
    await user.click(screen.getByRole('combobox', { name: 'Thao tác' }));
    await user.click(await screen.findByRole('option', { name: 'Đổi trạng thái' }));
    await user.click(screen.getByRole('combobox', { name: 'Người thực hiện' }));
    await user.click(await screen.findByRole('option', { name: 'Trần Thị Lan (staff)' }));
    const from = screen.getByRole('group', { name: 'Từ ngày' });
    await user.click(within(from).getAllByRole('spinbutton')[0]);
    await user.keyboard('01052026');
    const to = screen.getByRole('group', { name: 'Đến ngày' });
    await user.click(within(to).getAllByRole('spinbutton')[0]);
    await user.keyboard('31052026');

    await waitFor(() => expect(auditLists(requests).at(-1)?.query.get('to')).toBe('2026-05-31'));
    const last = auditLists(requests).at(-1);
    expect(last?.query.get('entity')).toBe('conference');
    expect(last?.query.get('action')).toBe('status_change');
    expect(last?.query.get('userId')).toBe(sessionUsers.staff.id);
    expect(last?.query.get('from')).toBe('2026-05-01');
    expect(last?.query.get('page')).toBe('1');
  });

  it('opens an entry with every field of its summary', async () => {
    const { user, grid } = await openAudit();

    await user.click(
      within(grid).getByRole('button', { name: 'Xem chi tiết thao tác lúc 14/05/2026 09:05' }),
    );

    const dialog = await screen.findByRole('dialog', { name: 'Chi tiết nhật ký' });
    expect(within(dialog).getByText(sessionUsers.staff.id)).toBeInTheDocument();
    expect(within(dialog).getByText('10.0.0.7')).toBeInTheDocument();
    expect(within(dialog).getByText('Vai trò')).toBeInTheDocument();
    expect(within(dialog).getByText('Lãnh đạo')).toBeInTheDocument();
    expect(within(dialog).getByText('Đang hoạt động')).toBeInTheDocument();
    expect(within(dialog).getByText('Không')).toBeInTheDocument();
    expect(within(dialog).getByText('Không ghi lại')).toBeInTheDocument();
    expect(within(dialog).queryByText('role')).not.toBeInTheDocument();
    expect(within(dialog).queryByText('[redacted]')).not.toBeInTheDocument();
  });
});
