import type { Role } from '@canhgiac/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockReferenceApi } from '../../test/reference-api';
import { renderApp } from '../../test/render-app';

async function navigationOf(role: Role, path = '/account') {
  mockReferenceApi({}, { role });
  const view = renderApp(path);
  const nav = await screen.findByRole('navigation', { name: 'Điều hướng chính' });
  const links = within(nav)
    .queryAllByRole('link')
    .map((link) => link.textContent);
  return { ...view, nav, links };
}

describe('navigation by role', () => {
  it('shows an admin everything, with "Người dùng" and "Nhật ký"', async () => {
    const { links } = await navigationOf('admin');
    expect(links).toEqual([
      'Tổng quan',
      'Kế hoạch, chiến dịch',
      'Hội nghị tập huấn',
      'Người tham dự',
      'Giấy chứng nhận',
      'Tờ rơi',
      'Báo cáo',
      'Đơn vị hành chính & tổ chức',
      'Người dùng',
      'Nhật ký',
    ]);
  });

  it('shows staff their work, without administration', async () => {
    const { nav, links } = await navigationOf('staff');
    expect(links).toEqual([
      'Tổng quan',
      'Kế hoạch, chiến dịch',
      'Hội nghị tập huấn',
      'Người tham dự',
      'Giấy chứng nhận',
      'Tờ rơi',
      'Báo cáo',
      'Đơn vị hành chính & tổ chức',
    ]);
    expect(within(nav).getByRole('link', { name: 'Tờ rơi' })).toHaveAttribute('href', '/leaflets');
    // A page of its own, which explains itself and leads to each conference's certificates.
    expect(within(nav).getByRole('link', { name: 'Giấy chứng nhận' })).toHaveAttribute(
      'href',
      '/certificates',
    );
    expect(within(nav).queryByText('Người dùng')).not.toBeInTheDocument();
  });

  it('shows a coordinator conferences and reference data only', async () => {
    const { nav, links } = await navigationOf('coordinator');
    expect(links).toEqual([
      'Hội nghị tập huấn',
      'Người tham dự',
      'Giấy chứng nhận',
      'Báo cáo',
      'Đơn vị hành chính & tổ chức',
    ]);
    expect(within(nav).queryByText('Kế hoạch, chiến dịch')).not.toBeInTheDocument();
    expect(within(nav).queryByText('Tờ rơi')).not.toBeInTheDocument();
  });

  it('shows leadership the dashboard, the plan, the conferences, leaflets and reports', async () => {
    const { nav, links } = await navigationOf('leader');
    expect(links).toEqual([
      'Tổng quan',
      'Kế hoạch, chiến dịch',
      'Hội nghị tập huấn',
      'Tờ rơi',
      'Báo cáo',
    ]);
    expect(within(nav).getByRole('link', { name: 'Tổng quan' })).toHaveAttribute(
      'href',
      '/dashboard',
    );
    expect(within(nav).queryByText('Người tham dự')).not.toBeInTheDocument();
  });
});

describe('route guards', () => {
  it('tells a coordinator who opens /users that the page is not for them', async () => {
    mockReferenceApi({}, { role: 'coordinator' });
    renderApp('/users');

    expect(
      await screen.findByRole('heading', { name: 'Bạn không có quyền xem trang này' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/vai trò Điều phối viên/u)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Về trang chính' })).toHaveAttribute('href', '/');
  });

  it('keeps staff out of the audit log', async () => {
    mockReferenceApi({}, { role: 'staff' });
    renderApp('/audit');
    expect(
      await screen.findByRole('heading', { name: 'Bạn không có quyền xem trang này' }),
    ).toBeInTheDocument();
  });

  it('sends each role home to the page it works with', async () => {
    mockReferenceApi({}, { role: 'leader' });
    const { router } = renderApp('/');
    await waitFor(() => expect(router.state.location.pathname).toBe('/dashboard'));
  });
});

describe('write actions by role', () => {
  it('lets a coordinator read organizations but not add or edit them', async () => {
    mockReferenceApi({}, { role: 'coordinator' });
    renderApp('/reference');
    const grid = await screen.findByRole('grid', { name: 'Danh sách tổ chức' });
    await within(grid).findByText('Hội Nông dân xã Hải Hậu');

    expect(screen.queryByRole('button', { name: 'Thêm tổ chức' })).not.toBeInTheDocument();
    expect(within(grid).queryByRole('button', { name: /^Sửa /u })).not.toBeInTheDocument();
  });
});
