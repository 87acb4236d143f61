import type { Role } from '@canhgiac/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { mockConferenceApi } from '../../../test/conference-api';
import { mockFileDownloads } from '../../../test/file-download';
import {
  coverageByCommune,
  coverageByCommuneAsHeld,
  coverageByDistrict,
  coverageByGender,
} from '../../../test/report-fixtures';
import { renderApp } from '../../../test/render-app';

type User = ReturnType<typeof renderApp>['user'];

function mockReportsApi(role: Role = 'staff') {
  return mockConferenceApi(
    {
      'reports.coverage': (request) => {
        const groupBy = request.query.get('groupBy');
        const asHeld = request.query.get('units') === 'as-held';
        if (groupBy === 'gender') return { body: coverageByGender };
        if (groupBy === 'district') return { body: coverageByDistrict };
        return { body: asHeld ? coverageByCommuneAsHeld : coverageByCommune };
      },
    },
    role,
  );
}

const cellsOf = (row: HTMLElement) =>
  within(row)
    .getAllByRole('gridcell')
    .map((cell) => cell.textContent);

async function choose(user: User, name: RegExp, option: string) {
  await user.click(screen.getByRole('combobox', { name }));
  await user.click(await screen.findByRole('option', { name: option }));
}

describe('coverage report', () => {
  it('shows the rows and a totals row, the Vietnamese way', async () => {
    const { requests } = mockReportsApi('leader');
    renderApp('/reports?units=as-held&groupBy=district');
    const grid = await screen.findByRole('grid', { name: 'Bảng báo cáo độ bao phủ' });

    const haiHau = (await within(grid).findByText('Huyện Hải Hậu (đến 30/06/2025)')).closest(
      '[role="row"]',
    ) as HTMLElement;
    expect(cellsOf(haiHau)).toEqual([
      'Huyện Hải Hậu (đến 30/06/2025)',
      '4',
      '168',
      '153',
      '150',
      '3.200',
      '262.901',
      '0,06%',
    ]);
    const totals = within(grid).getByText('Tổng cộng').closest('[role="row"]') as HTMLElement;
    expect(cellsOf(totals)).toEqual([
      'Tổng cộng',
      '5',
      '204',
      '182',
      '179',
      '3.500',
      '1.780.393',
      '0,01%',
    ]);
    expect(
      screen.getByRole('figure', {
        name: 'Lượt tham dự và số người tham dự theo huyện, thành phố (trước 01/07/2025)',
      }),
    ).toBeInTheDocument();
    const report = requests.find((request) => request.route === 'reports.coverage');
    expect(report?.query.get('groupBy')).toBe('district');
    expect(report?.query.get('units')).toBe('as-held');
  });

  it('opens on today’s communes, an unknown population in words and no district grouping', async () => {
    const { requests, user } = { ...mockReportsApi(), ...renderApp('/reports') };
    const grid = await screen.findByRole('grid', { name: 'Bảng báo cáo độ bao phủ' });

    const vuBan = (await within(grid).findByText('Xã Vụ Bản')).closest(
      '[role="row"]',
    ) as HTMLElement;
    expect(cellsOf(vuBan)).toEqual([
      'Xã Vụ Bản',
      '1',
      '36',
      '29',
      '29',
      '300',
      'chưa có số liệu',
      'chưa rõ',
    ]);
    const report = requests.find((request) => request.route === 'reports.coverage');
    expect(report?.query.get('groupBy')).toBe('commune');
    expect(report?.query.get('units')).toBe('current');
    expect(screen.getByRole('radio', { name: 'Đơn vị hành chính hiện nay' })).toBeChecked();

    await user.click(screen.getByRole('combobox', { name: /^Tổng hợp theo/u }));
    expect(
      screen.queryByRole('option', { name: 'Huyện, thành phố (trước 01/07/2025)' }),
    ).not.toBeInTheDocument();
    await user.keyboard('{Escape}');
  });

  it('shows the units of the time with their period, and offers districts only then', async () => {
    const { requests } = mockReportsApi();
    const { user, router } = renderApp('/reports');
    await screen.findByRole('grid', { name: 'Bảng báo cáo độ bao phủ' });

    await user.click(screen.getByRole('radio', { name: 'Đơn vị tại thời điểm tổ chức' }));

    const grid = screen.getByRole('grid', { name: 'Bảng báo cáo độ bao phủ' });
    expect(await within(grid).findByText('Xã Hải Nam (đến 30/06/2025)')).toBeInTheDocument();
    expect(within(grid).getByText('Xã Hải Hậu (từ 01/07/2025)')).toBeInTheDocument();
    expect(within(grid).getByText('Xã Hải Minh (đến 30/06/2025)')).toBeInTheDocument();
    expect(router.state.location.search).toContain('units=as-held');
    expect(requests.at(-1)?.query.get('units')).toBe('as-held');

    await choose(user, /^Tổng hợp theo/u, 'Huyện, thành phố (trước 01/07/2025)');
    await waitFor(() => expect(requests.at(-1)?.query.get('groupBy')).toBe('district'));

    await user.click(screen.getByRole('radio', { name: 'Đơn vị hành chính hiện nay' }));
    await waitFor(() => expect(requests.at(-1)?.query.get('groupBy')).toBe('commune'));
    expect(requests.at(-1)?.query.get('units')).toBe('current');
  });

  it('shows "—" where a figure does not apply to the grouping (gender)', async () => {
    const { requests } = mockReportsApi();
    const { user } = renderApp('/reports');
    await screen.findByRole('grid', { name: 'Bảng báo cáo độ bao phủ' });

    await choose(user, /^Tổng hợp theo/u, 'Giới tính');

    const grid = screen.getByRole('grid', { name: 'Bảng báo cáo độ bao phủ' });
    const female = (await within(grid).findByText('Nữ')).closest('[role="row"]') as HTMLElement;
    expect(cellsOf(female)).toEqual(['Nữ', '—', '44', '42', '41', '—', '—', '—']);
    expect(within(grid).getByRole('columnheader', { name: 'Giới tính' })).toBeInTheDocument();
    expect(requests.at(-1)?.query.get('groupBy')).toBe('gender');
  });

  it('asks, as held, for one former district’s communes, and for a period', async () => {
    const { requests } = mockReportsApi();
    const { user, router } = renderApp('/reports?units=as-held&from=2025-03-01&to=2025-06-30');
    await screen.findByRole('grid', { name: 'Bảng báo cáo độ bao phủ' });

    await choose(user, /^Huyện, thành phố/u, 'Huyện Hải Hậu');

    await waitFor(() => expect(requests.at(-1)?.query.get('districtCode')).toBe('366'));
    const last = requests.at(-1);
    expect(last?.query.get('groupBy')).toBe('commune');
    expect(last?.query.get('units')).toBe('as-held');
    expect(last?.query.get('from')).toBe('2025-03-01');
    expect(last?.query.get('to')).toBe('2025-06-30');
    expect(router.state.location.search).toContain('districtCode=366');
  });

  it('exports Excel, PDF and CSV of the report on screen, with the token', async () => {
    mockReportsApi();
    const files = mockFileDownloads([
      {
        route: 'reports.coverage',
        when: (url) => url.searchParams.get('format') === 'xlsx',
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        name: 'bao-cao-bao-phu-district.xlsx',
        body: 'PK',
      },
    ]);
    const { user } = renderApp(
      '/reports?campaignId=c0a80101-0000-4000-8000-000000000001&units=as-held&groupBy=district',
    );
    await screen.findByRole('grid', { name: 'Bảng báo cáo độ bao phủ' });

    for (const name of [
      'Tải Excel',
      'Tải PDF',
      'Tải CSV (dấu phẩy thập phân)',
      'Tải CSV (dấu chấm thập phân)',
    ]) {
      expect(screen.getByRole('button', { name })).toBeEnabled();
    }
    await user.click(screen.getByRole('button', { name: 'Tải Excel' }));

    expect(
      await screen.findByText('Đã tải xuống “bao-cao-bao-phu-district.xlsx”.'),
    ).toBeInTheDocument();
    const [request] = files.requests;
    expect(request.url.searchParams.get('groupBy')).toBe('district');
    expect(request.url.searchParams.get('units')).toBe('as-held');
    expect(request.url.searchParams.get('campaignId')).toBe('c0a80101-0000-4000-8000-000000000001');
    expect(request.headers.get('Authorization')).toBe('Bearer token-staff-refreshed');
    expect(files.saved.map((file) => file.name)).toEqual(['bao-cao-bao-phu-district.xlsx']);
  });

  it('offers the CSV with decimal commas for Vietnamese Excel, and the one with points', async () => {
    mockReportsApi();
    const files = mockFileDownloads([
      {
        route: 'reports.coverage',
        when: (url) => url.searchParams.get('format') === 'csv',
        type: 'text/csv; charset=utf-8',
        name: 'bao-cao-do-bao-phu-theo-xa-phuong.csv',
        body: 'Mã;Xã\r\n',
      },
    ]);
    const { user } = renderApp('/reports');
    await screen.findByRole('grid', { name: 'Bảng báo cáo độ bao phủ' });

    await user.click(screen.getByRole('button', { name: 'Tải CSV (dấu phẩy thập phân)' }));
    await screen.findByText('Đã tải xuống “bao-cao-do-bao-phu-theo-xa-phuong.csv”.');
    await user.click(screen.getByRole('button', { name: 'Tải CSV (dấu chấm thập phân)' }));
    await waitFor(() => expect(files.requests).toHaveLength(2));
    expect(files.requests.map((r) => r.url.searchParams.get('decimal'))).toEqual([
      'comma',
      'point',
    ]);
    expect(files.requests.every((r) => r.url.searchParams.get('format') === 'csv')).toBe(true);
  });

  it('explains a failed export in words', async () => {
    mockReportsApi();
    const { user } = renderApp('/reports');
    await screen.findByRole('grid', { name: 'Bảng báo cáo độ bao phủ' });

    // The PDF export fails on the server.
    const answer = globalThis.fetch;
    vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) =>
      String(input).includes('format=pdf')
        ? Promise.resolve(
            new Response(
              JSON.stringify({ statusCode: 500, error: 'Internal Server Error', message: 'x' }),
              { status: 500, headers: { 'Content-Type': 'application/json' } },
            ),
          )
        : answer(input, init),
    );
    await user.click(screen.getByRole('button', { name: 'Tải PDF' }));

    expect(
      await screen.findByText('Máy chủ đang gặp sự cố. Vui lòng thử lại sau ít phút.'),
    ).toBeInTheDocument();
  });
});
