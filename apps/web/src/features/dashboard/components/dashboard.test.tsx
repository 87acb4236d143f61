import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { mockConferenceApi } from '../../../test/conference-api';
import { campaign, page } from '../../../test/conference-fixtures';
import { dashboard, dashboardAfterReform } from '../../../test/report-fixtures';
import { renderApp } from '../../../test/render-app';

const lastYear = {
  ...campaign,
  id: 'c0a80101-0000-4000-8000-000000000002',
  name: 'Tuyên truyền phòng chống lừa đảo năm 2025',
  year: 2025,
};

function mockDashboardApi(body = dashboard) {
  return mockConferenceApi(
    {
      'reports.dashboard': () => ({ body }),
      'campaigns.list': (request) => ({ body: page([campaign, lastYear], request) }),
      'reports.channels': () => ({
        body: {
          rows: [],
          totals: {
            activities: 0,
            views: 0,
            shares: 0,
            sharers: 0,
            messages: 0,
            groups: 0,
            members: 0,
            posts: 0,
          },
        },
      }),
      'reports.matrix': () => ({
        body: {
          measure: 'uniqueParticipants',
          units: 'current',
          rows: [{ key: '14215', label: 'Xã Hải Hậu' }],
          cols: [{ key: null, label: 'Không thuộc tổ chức' }],
          cells: [[42]],
          targets: [[null]],
          rowTotals: [42],
          colTotals: [42],
          rowTargets: [60],
          colTargets: [null],
          total: 42,
        },
      }),
    },
    'leader',
  );
}

async function openDashboard(path = '/dashboard') {
  const view = renderApp(path);
  await screen.findByRole('group', { name: 'Chỉ tiêu chính' });
  return view;
}

const card = (name: string) => screen.getByRole('region', { name });

describe('leadership dashboard', () => {
  it("opens as a leader's home page, on the running campaign", async () => {
    const { requests } = mockDashboardApi();
    const { router } = await openDashboard('/');

    expect(router.state.location.pathname).toBe('/dashboard');
    expect(screen.getByRole('heading', { level: 1, name: 'Tổng quan' })).toBeInTheDocument();
    expect(screen.getByText(`${campaign.name} (01/01/2026 – 31/12/2026)`)).toBeInTheDocument();
    const request = requests.find((item) => item.route === 'reports.dashboard');
    expect(request?.query.has('campaignId')).toBe(false);
  });

  it('breaks the people reached down by age band, youngest first, with their numbers', async () => {
    mockDashboardApi();
    await openDashboard();

    const figure = await screen.findByRole('figure', { name: 'Người tham dự theo nhóm tuổi' });
    const rows = within(figure).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'Nhóm tuổiSố người',
      '36–5991',
      'Từ 60128',
    ]);
  });

  it('shows the commune × association matrix of the campaign shown, against its targets', async () => {
    const { requests } = mockDashboardApi();
    await openDashboard();
    const matrix = await screen.findByRole('table', { name: 'Ma trận kết quả so với chỉ tiêu' });
    expect(
      within(matrix).getByLabelText('Xã Hải Hậu, Tổng cộng: 42 / 60 (Chậm (50% – dưới 75%))'),
    ).toBeInTheDocument();
    const asked = requests.find((item) => item.route === 'reports.matrix');
    expect(asked?.query.get('campaignId')).toBe(dashboard.campaign?.id);
  });

  it('shows each key figure against its target, with progress bars', async () => {
    mockDashboardApi();
    await openDashboard();

    const conferences = card('Hội nghị');
    expect(within(conferences).getByText('6')).toBeInTheDocument();
    expect(within(conferences).getByText('/ 70')).toBeInTheDocument();
    expect(within(conferences).getByText('Chỉ tiêu: 70 hội nghị')).toBeInTheDocument();
    expect(within(conferences).getByRole('progressbar', { name: 'Đã tổ chức' })).toHaveAttribute(
      'aria-valuetext',
      '6/70 (9%)',
    );
    expect(
      within(conferences).getByText('4 hội nghị đã lên lịch, chưa tổ chức'),
    ).toBeInTheDocument();

    const participants = card('Người tham dự');
    expect(within(participants).getByText('Chỉ tiêu: 15.000 người')).toBeInTheDocument();
    expect(within(participants).getByRole('progressbar', { name: 'Lượt tham dự' })).toHaveAttribute(
      'aria-valuetext',
      '223/15.000 (1%)',
    );
    expect(
      within(participants).getByRole('progressbar', { name: 'Số người (mỗi người tính một lần)' }),
    ).toHaveAttribute('aria-valuetext', '219/15.000 (1%)');

    const leaflets = card('Tờ rơi');
    expect(within(leaflets).getByText('3.800')).toBeInTheDocument();
    expect(within(leaflets).getByText('Chỉ tiêu: 20.000 tờ')).toBeInTheDocument();
    expect(within(leaflets).getByRole('progressbar', { name: 'Đã giao' })).toHaveAttribute(
      'aria-valuenow',
      '19',
    );
    expect(within(leaflets).getByRole('progressbar', { name: 'Đã in' })).toHaveAttribute(
      'aria-valuetext',
      '20.000/20.000 (100%)',
    );

    const communes = card('Xã, phường');
    expect(within(communes).getByText('Tổng số: 5 xã')).toBeInTheDocument();
    expect(
      within(communes).getByRole('progressbar', { name: 'Đã tổ chức hội nghị' }),
    ).toHaveAttribute('aria-valuetext', '1/5 (20%)');
  });

  it('lists the unreached communes by district, with how many, marking the scheduled ones', async () => {
    mockDashboardApi();
    await openDashboard();

    const unreached = screen.getByRole('region', { name: 'Xã chưa tổ chức hội nghị (4)' });
    const vuBan = within(unreached).getByRole('region', { name: 'Huyện Vụ Bản' });
    expect(within(vuBan).getByRole('heading', { name: 'Huyện Vụ Bản (2)' })).toBeInTheDocument();
    expect(
      within(vuBan)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Xã Hiển Khánh,', 'Xã Minh Tân']);
    const haiHau = within(unreached).getByRole('region', { name: 'Huyện Hải Hậu' });
    expect(within(haiHau).getByText(/Thị trấn Cồn/u)).toHaveTextContent(
      'Thị trấn Cồn (đã lên lịch),',
    );
  });

  it('shows every commune as a tile named with its reach, with a legend in words', async () => {
    mockDashboardApi();
    await openDashboard();

    const coverage = screen.getByRole('region', { name: 'Độ bao phủ xã, phường, thị trấn' });
    const legend = within(coverage).getByRole('list', { name: 'Chú giải' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Đã tổ chức hội nghị', 'Có hội nghị đã lên lịch', 'Chưa đến']);
    const haiHau = within(coverage).getByRole('list', { name: 'Huyện Hải Hậu' });
    expect(
      within(haiHau)
        .getAllByRole('button')
        .map((tile) => tile.getAttribute('aria-label')),
    ).toEqual([
      'Thị trấn Yên Định: Đã tổ chức hội nghị',
      'Thị trấn Cồn: Có hội nghị đã lên lịch',
      'Xã Hải Nam: Chưa đến',
    ]);
    expect(within(coverage).getByText('Huyện Hải Hậu: 1/3 xã')).toBeInTheDocument();
  });

  it('shows a commune’s name and figures on a tap of its tile, not only on hover', async () => {
    mockDashboardApi();
    const { user } = await openDashboard();
    const coverage = screen.getByRole('region', { name: 'Độ bao phủ xã, phường, thị trấn' });

    const tile = within(coverage).getByRole('button', {
      name: 'Thị trấn Yên Định: Đã tổ chức hội nghị',
    });
    await user.click(tile);

    const details = await screen.findByRole('dialog', { name: 'Thị trấn Yên Định' });
    expect(within(details).getByText('Đã tổ chức hội nghị')).toBeInTheDocument();
    expect([...details.querySelectorAll('dt, dd')].map((cell) => cell.textContent)).toEqual([
      'Hội nghị đã tổ chức',
      '6',
      'Lượt tham dự',
      '223',
    ]);
    expect(tile).toHaveAttribute('aria-expanded', 'true');

    await user.click(within(details).getByRole('button', { name: 'Đóng' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(tile).toHaveFocus();
  });

  it('is one stop of the Tab key, walked with the arrow keys and opened with Enter', async () => {
    mockDashboardApi();
    const { user } = await openDashboard();
    const coverage = screen.getByRole('region', { name: 'Độ bao phủ xã, phường, thị trấn' });
    const tiles = within(coverage).getAllByRole('button');
    // Only the first tile is in the Tab order.
    expect(tiles.map((tile) => tile.tabIndex)).toEqual(tiles.map((_, i) => (i === 0 ? 0 : -1)));

    tiles[0].focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(tiles[2]).toHaveFocus();
    expect(tiles[2]).toHaveAccessibleName('Thị trấn Yên Định: Đã tổ chức hội nghị');
    await user.keyboard('{End}');
    expect(tiles.at(-1)).toHaveFocus();
    await user.keyboard('{Home}{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(tiles[3]).toHaveFocus();
    expect(tiles[3].tabIndex).toBe(0);
    expect(tiles[0].tabIndex).toBe(-1);

    await user.keyboard('{Enter}');
    const details = await screen.findByRole('dialog', { name: 'Thị trấn Cồn' });
    expect(within(details).getByText('Có hội nghị đã lên lịch')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(tiles[3]).toHaveFocus();
  });

  it('after the reform, groups communes under the province and charts them by commune', async () => {
    mockDashboardApi(dashboardAfterReform);
    await openDashboard();

    const coverage = screen.getByRole('region', { name: 'Độ bao phủ xã, phường, thị trấn' });
    expect(within(coverage).getByText('Tỉnh Ninh Bình: 1/3 xã')).toBeInTheDocument();
    expect(
      within(within(coverage).getByRole('list', { name: 'Tỉnh Ninh Bình' }))
        .getAllByRole('button')
        .map((tile) => tile.getAttribute('aria-label')),
    ).toEqual([
      'Xã Hải Hậu: Đã tổ chức hội nghị',
      'Xã Hải Tiến: Có hội nghị đã lên lịch',
      'Xã Vụ Bản: Chưa đến',
    ]);
    const unreached = screen.getByRole('region', { name: 'Xã chưa tổ chức hội nghị (2)' });
    const province = within(unreached).getByRole('region', { name: 'Tỉnh Ninh Bình' });
    expect(within(province).getByText(/Xã Hải Tiến/u)).toHaveTextContent(
      'Xã Hải Tiến (đã lên lịch),',
    );

    const byCommune = await screen.findByRole('figure', { name: 'Lượt tham dự theo xã, phường' });
    expect(within(byCommune).getByRole('rowheader', { name: 'Xã Hải Hậu' })).toBeInTheDocument();
    expect(within(byCommune).queryByRole('rowheader', { name: 'Xã Vụ Bản' })).toBeNull();
    expect(screen.queryByText(/huyện/iu)).toBeNull();
  });

  it('gives each chart its figures as a table, with the groups and genders in Vietnamese', async () => {
    mockDashboardApi();
    await openDashboard();

    const byGroup = await screen.findByRole('figure', {
      name: 'Người tham dự theo nhóm đối tượng',
    });
    expect(within(byGroup).getByRole('rowheader', { name: 'Nông dân' })).toBeInTheDocument();
    expect(within(byGroup).getByRole('rowheader', { name: 'Người cao tuổi' })).toBeInTheDocument();
    const byGender = await screen.findByRole('figure', { name: 'Người tham dự theo giới tính' });
    const female = within(byGender).getByRole('row', { name: /Nữ/u });
    expect(within(female).getByRole('cell')).toHaveTextContent('39');
    const byMonth = await screen.findByRole('figure', {
      name: 'Hội nghị đã tổ chức và lượt tham dự theo tháng',
    });
    expect(within(byMonth).getByRole('rowheader', { name: '10/2026' })).toBeInTheDocument();
    expect(
      await screen.findByRole('figure', {
        name: 'Xã đã đến so với tổng số xã, theo huyện (trước 01/07/2025)',
      }),
    ).toBeInTheDocument();
  });

  it('prints (or saves as PDF) through the browser', async () => {
    mockDashboardApi();
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const { user } = await openDashboard();

    await user.click(screen.getByRole('button', { name: 'In / Lưu PDF' }));

    expect(print).toHaveBeenCalledOnce();
  });

  it('switches campaign through the selector (kept in the address)', async () => {
    const { requests } = mockDashboardApi();
    const { user, router } = await openDashboard();

    await user.click(screen.getByRole('combobox', { name: 'Chiến dịch' }));
    await user.click(await screen.findByRole('option', { name: lastYear.name }));

    expect(router.state.location.search).toBe(`?campaignId=${lastYear.id}`);
    expect(
      requests.some(
        (request) =>
          request.route === 'reports.dashboard' && request.query.get('campaignId') === lastYear.id,
      ),
    ).toBe(true);
  });
});
