import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { mockConferenceApi } from '../../../test/conference-api';
import { conferences, page } from '../../../test/conference-fixtures';
import { organizations } from '../../../test/fixtures';
import type { RecordedRequest } from '../../../test/mock-api';
import { dayAfter, shownDay, TEST_TODAY } from '../../../test/clock';
import { renderApp } from '../../../test/render-app';

const lists = (requests: RecordedRequest[]) =>
  requests.filter((request) => request.route === 'conferences.list');

/**
 * The API's answer for `from`: the conferences not over before that day, by start time. The
 * coordinator's organization co-organizes the first two.
 */
const upcoming = [
  conferences[1],
  conferences[0],
  { ...conferences[2], organizerIds: [organizations[1].id] },
];

describe('upcoming conferences', { timeout: 60_000 }, () => {
  it('is where a coordinator lands: the conferences from today, nearest first', async () => {
    const { requests } = mockConferenceApi(
      { 'conferences.list': (request) => ({ body: page(upcoming, request) }) },
      'coordinator',
    );
    const { router } = renderApp('/');

    const grid = await screen.findByRole('grid', { name: 'Hội nghị sắp tới' });
    expect(router.state.location.pathname).toBe('/conferences');
    expect(router.state.location.search).toBe('?view=upcoming');
    expect(
      screen.getByText(`Từ hôm nay (${shownDay(TEST_TODAY)}), hội nghị gần nhất ở trên cùng.`),
    ).toBeVisible();
    // Today is the app's (the test clock's), and nothing bounds the end.
    const query = lists(requests)[0].query;
    expect(query.get('from')).toBe(TEST_TODAY);
    expect(query.get('to')).toBeNull();
    await within(grid).findByText(upcoming[0].title);
    const titles = within(grid)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(titles).toEqual(upcoming.map((conference) => conference.title));
    const ownRows = within(grid)
      .getAllByText('Đơn vị bạn phối hợp tổ chức')
      .map((chip) => within(chip.closest('[role="row"]') as HTMLElement).getByRole('link'));
    expect(ownRows.map((link) => link.textContent)).toEqual([upcoming[0].title, upcoming[1].title]);
  });

  it("counts today as Vietnam's day, not the UTC one", async () => {
    // 00:30 in Vietnam is still the day before in UTC.
    const day = dayAfter(TEST_TODAY, 6);
    vi.setSystemTime(new Date(`${day}T00:30:00+07:00`));
    const { requests } = mockConferenceApi({}, 'coordinator');
    renderApp('/conferences');

    await screen.findByRole('grid', { name: 'Hội nghị sắp tới' });
    expect(lists(requests)[0].query.get('from')).toBe(day);
  });

  it('opens the calendar for staff on a computer', async () => {
    mockConferenceApi();
    renderApp('/conferences');
    await screen.findByRole('region', { name: 'Lịch hội nghị' });
    expect(screen.queryByRole('heading', { name: 'Hội nghị sắp tới' })).not.toBeInTheDocument();
  });

  it('shows each conference as a card on a phone: title, status and its registrations', async () => {
    window.innerWidth = 390;
    mockConferenceApi({ 'conferences.list': (request) => ({ body: page(upcoming, request) }) });
    renderApp('/conferences');

    const list = await screen.findByRole('list', { name: 'Hội nghị sắp tới' });
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
    const card = await within(list).findByRole('listitem', { name: conferences[1].title });
    expect(within(card).getByText('Đã xác nhận')).toBeVisible();
    // Titles are alike: the day and the commune tell them apart.
    expect(within(card).getByText('Thứ Sáu, 15/05/2026, 00:30–02:00')).toBeInTheDocument();
    expect(within(card).getByText('Xã Hải Nam · Nhà văn hóa xã Hải Nam')).toBeInTheDocument();
    expect(
      within(card).getByRole('link', { name: `Danh sách đăng ký: ${conferences[1].title}` }),
    ).toHaveAttribute('href', `/conferences/${conferences[1].id}?tab=registrations`);
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
  });

  it('folds the filters away on a phone, under a button that counts those set', async () => {
    window.innerWidth = 390;
    mockConferenceApi();
    const { user } = renderApp('/conferences?status=planned');
    await screen.findByRole('list', { name: 'Hội nghị sắp tới' });

    const toggle = screen.getByRole('button', { name: 'Bộ lọc (1)' });
    // A filter already set leaves them open; the button folds them.
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(toggle);
    await waitFor(() =>
      expect(screen.queryByRole('combobox', { name: 'Trạng thái' })).not.toBeInTheDocument(),
    );
    await user.click(toggle);
    expect(await screen.findByRole('combobox', { name: 'Trạng thái' })).toBeVisible();
  });
});
