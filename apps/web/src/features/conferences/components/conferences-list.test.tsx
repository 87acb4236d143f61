import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockConferenceApi } from '../../../test/conference-api';
import { campaign, conferences } from '../../../test/conference-fixtures';
import type { RecordedRequest } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';

const lists = (requests: RecordedRequest[]) =>
  requests.filter((request) => request.route === 'conferences.list');

async function choose(user: ReturnType<typeof renderApp>['user'], name: string, option: string) {
  await user.click(screen.getByRole('combobox', { name }));
  await user.click(await screen.findByRole('option', { name: option }));
}

// Long user flows through MUI selects and pickers: slow on a busy machine.
describe('conference list', { timeout: 60_000 }, () => {
  it('lists conferences by Vietnam time, paged on the server', async () => {
    const { requests } = mockConferenceApi();
    renderApp('/conferences?view=list');

    const grid = await screen.findByRole('grid', { name: 'Danh sách hội nghị' });
    const row = (await within(grid).findByText(conferences[1].title)).closest(
      '[role="row"]',
    ) as HTMLElement;
    expect(within(row).getByText('15/05/2026 00:30')).toBeInTheDocument();
    expect(within(row).getByText('Đã xác nhận')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: conferences[1].title })).toHaveAttribute(
      'href',
      `/conferences/${conferences[1].id}`,
    );
    expect(lists(requests)[0].query.get('page')).toBe('1');
    expect(lists(requests)[0].query.get('pageSize')).toBe('50');
    expect(lists(requests)[0].query.get('from')).toBeNull();
  });

  it('filters by campaign, commune, status, period and text', async () => {
    const { requests } = mockConferenceApi();
    const { user, router } = renderApp('/conferences');
    await screen.findByRole('region', { name: 'Lịch hội nghị' });

    await user.click(screen.getByRole('button', { name: 'Danh sách' }));
    await screen.findByRole('grid', { name: 'Danh sách hội nghị' });
    await choose(user, 'Chiến dịch', campaign.name);
    await user.type(screen.getByRole('combobox', { name: 'Xã, phường' }), 'hai hung');
    await user.click(await screen.findByRole('option', { name: /^Xã Hải Hưng/u }));
    await choose(user, 'Trạng thái', 'Đã tổ chức');
    const from = screen.getByRole('group', { name: 'Từ ngày' });
    await user.click(within(from).getAllByRole('spinbutton')[0]);
    await user.keyboard('01052026');
    await user.type(
      screen.getByRole('searchbox', { name: 'Tìm theo tên hội nghị, địa điểm' }),
      'hải',
    );

    await waitFor(() => expect(lists(requests).at(-1)?.query.get('q')).toBe('hải'));
    const last = lists(requests).at(-1);
    expect(last?.query.get('campaignId')).toBe(campaign.id);
    expect(last?.query.get('districtCode')).toBeNull();
    expect(last?.query.get('communeCode')).toBe('14236');
    expect(last?.query.get('status')).toBe('held');
    expect(last?.query.get('from')).toBe('2026-05-01');
    // The filters live in the address, so the list can be bookmarked.
    expect(router.state.location.search).toContain('status=held');
  });
});
