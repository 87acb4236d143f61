import type { CertificateSummary, CertificateSummaryRow, Role } from '@canhgiac/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockConferenceApi } from '../../../test/conference-api';
import { campaign, conferences, page } from '../../../test/conference-fixtures';
import { mockFileDownloads } from '../../../test/file-download';
import type { RecordedRequest } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';

const held = conferences[2];
const rows: CertificateSummaryRow[] = [
  {
    conferenceId: held.id,
    title: held.title,
    startsAt: '2026-03-09T18:00:00.000Z',
    campaignId: campaign.id,
    communeCode: held.communeCode,
    communeName: 'Xã Hải Hậu',
    eligible: 1234,
    issued: 1200,
    toIssue: 30,
    revoked: 4,
  },
  {
    conferenceId: 'c0a80101-0000-4000-8000-0000000000f1',
    title: 'Hội nghị tuyên truyền xã Hải Nam',
    startsAt: '2026-02-01T01:00:00.000Z',
    campaignId: campaign.id,
    communeCode: '14218',
    communeName: null,
    eligible: 40,
    issued: 40,
    toIssue: 0,
    revoked: 0,
  },
];

const summaryOf = (request: RecordedRequest): CertificateSummary => {
  const items = request.query.get('pending') === 'true' ? rows.slice(0, 1) : rows;
  return {
    ...page(items, request),
    totals: {
      conferences: items.length,
      eligible: items.reduce((sum, row) => sum + row.eligible, 0),
      issued: items.reduce((sum, row) => sum + row.issued, 0),
      toIssue: items.reduce((sum, row) => sum + row.toIssue, 0),
      revoked: items.reduce((sum, row) => sum + row.revoked, 0),
    },
  };
};

const summaries = (requests: RecordedRequest[]) =>
  requests.filter((request) => request.route === 'certificates.summary');

async function openPage(role: Role = 'staff', path = '/certificates') {
  const api = mockConferenceApi(
    { 'certificates.summary': (request) => ({ body: summaryOf(request) }) },
    role,
  );
  const view = renderApp(path);
  const grid = await screen.findByRole('grid', {
    name: 'Tình hình cấp giấy chứng nhận theo hội nghị',
  });
  await within(grid).findByText(held.title);
  return { ...api, ...view, grid };
}

// Page loads and MUI interactions: slow on a busy machine.
describe('the certificates page', { timeout: 60_000 }, () => {
  it('explains who receives a certificate and how, then counts each held conference', async () => {
    const { grid } = await openPage();

    expect(screen.getByRole('heading', { level: 1, name: 'Giấy chứng nhận' })).toBeInTheDocument();
    const rules = screen.getByRole('region', { name: 'Ai được cấp, cấp như thế nào' });
    expect(
      within(rules).getByText(/^Người được cấp: mỗi người đã điểm danh có mặt/u),
    ).toBeInTheDocument();
    expect(within(rules).getByText(/bấm “Cấp giấy chứng nhận”/u)).toBeInTheDocument();
    expect(within(rules).getByText(/125\/GCN-SKHCN-2026/u)).toBeInTheDocument();
    expect(
      within(rules).getByText(
        'Bấm tên hội nghị để cấp, tải bản in hoặc thu hồi giấy chứng nhận của hội nghị đó.',
      ),
    ).toBeInTheDocument();

    expect(
      screen.getByText('2 hội nghị · 1.274 người đủ điều kiện · đã cấp 1.240 · còn phải cấp 30'),
    ).toBeInTheDocument();
    const row = within(grid).getByText(held.title).closest('[role="row"]') as HTMLElement;
    // 18:00 UTC on the 9th is the 10th in Vietnam.
    for (const text of ['10/03/2026', 'Xã Hải Hậu', '1.234', '1.200', '30', '4'])
      expect(within(row).getByText(text)).toBeInTheDocument();
    // A commune without a name of the day shows its code.
    const other = within(grid)
      .getByText('Hội nghị tuyên truyền xã Hải Nam')
      .closest('[role="row"]') as HTMLElement;
    expect(within(other).getByText('14218')).toBeInTheDocument();
    expect(within(grid).getByRole('link', { name: held.title })).toHaveAttribute(
      'href',
      `/conferences/${held.id}?tab=certificates`,
    );
  });

  it('opens the conference on its certificates tab from its title', async () => {
    const { grid, user, router } = await openPage();
    await user.click(within(grid).getByRole('link', { name: held.title }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/conferences/${held.id}`));
    expect(router.state.location.search).toBe('?tab=certificates');
  });

  it('filters by campaign and to the conferences with certificates still to issue', async () => {
    const { user, requests, router, grid } = await openPage();

    await user.click(screen.getByRole('switch', { name: 'Chỉ hội nghị còn giấy chưa cấp' }));
    await waitFor(() => expect(summaries(requests).at(-1)?.query.get('pending')).toBe('true'));
    await waitFor(() =>
      expect(within(grid).queryByText('Hội nghị tuyên truyền xã Hải Nam')).not.toBeInTheDocument(),
    );
    expect(router.state.location.search).toContain('pending=true');

    await user.click(screen.getByRole('combobox', { name: 'Chiến dịch' }));
    await user.click(await screen.findByRole('option', { name: campaign.name }));
    await waitFor(() =>
      expect(summaries(requests).at(-1)?.query.get('campaignId')).toBe(campaign.id),
    );
    const last = summaries(requests).at(-1);
    expect(last?.query.get('pending')).toBe('true');
    expect(last?.query.get('page')).toBe('1');
  });

  it('downloads the whole list as an Excel file, with the filters on screen', async () => {
    const { user } = await openPage('staff', `/certificates?campaignId=${campaign.id}`);
    const files = mockFileDownloads([
      {
        route: 'certificates.summary',
        when: (url) => url.searchParams.get('format') === 'xlsx',
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        name: 'tinh-hinh-cap-giay-chung-nhan.xlsx',
        body: 'PK',
      },
    ]);
    await user.click(screen.getByRole('button', { name: 'Tải Excel' }));
    expect(
      await screen.findByText('Đã tải xuống “tinh-hinh-cap-giay-chung-nhan.xlsx”.'),
    ).toBeInTheDocument();
    expect(files.requests[0].url.searchParams.get('campaignId')).toBe(campaign.id);
    expect(files.requests[0].url.searchParams.has('pending')).toBe(false);
  });

  it("tells a coordinator the figures are the organization's", async () => {
    await openPage('coordinator');
    expect(
      screen.getByText(/^Các con số dưới đây tính người tham dự của tổ chức bạn phụ trách/u),
    ).toBeInTheDocument();
    expect(screen.queryByText(/^Bấm tên hội nghị để cấp/u)).not.toBeInTheDocument();
  });

  it('is not for leadership, whose menu has no certificates', async () => {
    mockConferenceApi({}, 'leader');
    renderApp('/certificates');
    expect(
      await screen.findByRole('heading', { name: 'Bạn không có quyền xem trang này' }),
    ).toBeInTheDocument();
  });
});
