import type { Activity, ChannelsReport, Matrix, Role, Targets } from '@canhgiac/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/i18n';
import { campaign, conferences, page, progress } from '../../../test/conference-fixtures';
import { mockFileDownloads } from '../../../test/file-download';
import { organizations, todayCommunes } from '../../../test/fixtures';
import { mockReferenceApi } from '../../../test/reference-api';
import { renderApp } from '../../../test/render-app';
import { mockXhrThroughFetch } from '../../../test/xhr-mock';
import { readPastedTargets } from './paste-targets-dialog';

type Routes = Parameters<typeof mockReferenceApi>[0];

const [farmers, veterans] = organizations;
const matrix: Matrix = {
  measure: 'uniqueParticipants',
  units: 'current',
  rows: [
    { key: '14215', label: 'Xã Hải Hậu' },
    { key: '14236', label: 'Xã Hải Hưng' },
  ],
  cols: [
    { key: farmers.id, label: farmers.name },
    { key: veterans.id, label: veterans.name },
  ],
  cells: [
    [120, 30],
    [0, 45],
  ],
  targets: [
    [100, 80],
    [null, 50],
  ],
  rowTotals: [150, 45],
  colTotals: [120, 75],
  rowTargets: [180, 50],
  colTargets: [100, 130],
  total: 195,
};
const targets: Targets = {
  campaignId: campaign.id,
  items: [
    {
      communeCode: '14215',
      communeName: 'Xã Hải Hậu',
      communeValidOn: campaign.startsOn,
      organizationId: farmers.id,
      organizationName: farmers.name,
      conferences: 2,
      participants: 100,
      leaflets: 500,
    },
  ],
};

const channels: ChannelsReport = {
  rows: [
    {
      channel: 'video',
      label: 'Video',
      activities: 3,
      views: 412000,
      shares: 9100,
      sharers: 320,
      messages: 0,
      groups: 0,
      members: 0,
      posts: 0,
    },
    {
      channel: 'sms',
      label: 'Đợt tin nhắn SMS',
      activities: 2,
      views: 0,
      shares: 0,
      sharers: 0,
      messages: 1250000,
      groups: 0,
      members: 0,
      posts: 0,
    },
  ],
  totals: {
    activities: 5,
    views: 412000,
    shares: 9100,
    sharers: 320,
    messages: 1250000,
    groups: 0,
    members: 0,
    posts: 0,
  },
};

const video: Activity = {
  id: '8c0d6b0e-1d1e-4c38-9a57-1f4a8a0000a1',
  campaignId: campaign.id,
  channel: 'video',
  title: 'Video: cuộc gọi giả danh công an',
  startsOn: '2026-02-10',
  endsOn: null,
  communeCode: null,
  organizationId: null,
  metrics: { views: 412000, shares: 9100 },
  metricsAsOf: '2026-05-01',
  link: 'https://www.youtube.com/watch?v=canh-giac',
  notes: null,
  createdAt: '2026-02-10T02:00:00.000Z',
  updatedAt: '2026-05-01T02:00:00.000Z',
};

function mockPlanApi(extra: Routes = {}, role: Role = 'staff') {
  return mockReferenceApi(
    {
      'campaigns.get': () => ({ body: campaign }),
      'campaigns.progress': () => ({ body: progress }),
      'conferences.list': (request) => ({ body: page(conferences, request) }),
      'reports.matrix': () => ({ body: matrix }),
      'reports.channels': () => ({ body: channels }),
      'activities.list': (request) => ({ body: page([video], request) }),
      'targets.get': () => ({ body: targets }),
      'reports.texts': () => ({
        body: {
          campaignId: campaign.id,
          documentNumber: '',
          planReference: '170/KH-UBND ngày 31/12/2024 của UBND tỉnh',
          generalAssessment: '',
          recommendations: '',
          recipients: ['UBND tỉnh'],
          updatedAt: null,
        },
      }),
      ...extra,
    },
    { role },
  );
}

describe("the plan's results", { timeout: 60_000 }, () => {
  it('colours each cell of the matrix by how far it is behind, and opens a commune’s conferences', async () => {
    const { requests } = mockPlanApi();
    renderApp(`/campaigns/${campaign.id}?tab=matrix`);
    const table = await screen.findByRole('table', { name: 'Ma trận kết quả so với chỉ tiêu' });
    const met = within(table).getByLabelText(
      `Xã Hải Hậu, ${farmers.name}: 120 / 100 (Đạt chỉ tiêu (từ 100%))`,
    );
    expect(met.closest('td')).toHaveStyle({ backgroundColor: '#2E7D32' });
    const far = within(table).getByLabelText(
      `Xã Hải Hậu, ${veterans.name}: 30 / 80 (Chậm nhiều (dưới 50%))`,
    );
    expect(far.closest('td')).toHaveStyle({ backgroundColor: '#C62828' });
    expect(
      within(table).getByLabelText(`Xã Hải Hưng, ${farmers.name}: 0 (Chưa đặt chỉ tiêu)`),
    ).toBeInTheDocument();
    expect(met).toHaveAttribute(
      'href',
      `/conferences?view=list&campaignId=${campaign.id}&communeCode=14215`,
    );
    const asked = requests.find((r) => r.route === 'reports.matrix');
    expect(Object.fromEntries(asked?.query ?? [])).toEqual({
      campaignId: campaign.id,
      rows: 'commune',
      cols: 'organization',
      measure: 'uniqueParticipants',
      units: 'current',
    });
  });

  it('downloads the matrix as Excel', async () => {
    mockPlanApi();
    const files = mockFileDownloads([
      {
        route: 'reports.matrix',
        when: (url) => url.searchParams.get('format') === 'xlsx',
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        name: 'ma-tran.xlsx',
      },
    ]);
    const { user } = renderApp(`/campaigns/${campaign.id}?tab=matrix`);
    await user.click(await screen.findByRole('button', { name: 'Tải Excel' }));
    expect(await screen.findByText('Đã tải xuống “ma-tran.xlsx”.')).toBeInTheDocument();
    expect(files.saved.map((f) => f.name)).toEqual(['ma-tran.xlsx']);
  });

  it('adds targets pasted from Excel and saves the whole set', async () => {
    const { requests } = mockPlanApi({
      'targets.replace': (request) => ({
        body: {
          ...targets,
          items: (request.body as { items: Array<Record<string, unknown>> }).items.map((item) => ({
            communeName: null,
            communeValidOn: campaign.startsOn,
            organizationName: null,
            ...item,
          })),
        },
      }),
    });
    const { user } = renderApp(`/campaigns/${campaign.id}?tab=targets`);
    await screen.findByRole('grid', { name: 'Bảng chỉ tiêu' });
    await user.click(screen.getByRole('button', { name: 'Dán từ Excel' }));
    const dialog = await screen.findByRole('dialog', { name: 'Dán chỉ tiêu từ Excel' });
    const pasted = `Xã\tHội\tHội nghị\tNgười\tTờ rơi\nhai hung\t${veterans.name}\t1\t1.200\t\n`;
    await user.click(within(dialog).getByRole('textbox', { name: 'Nội dung dán từ Excel' }));
    await user.paste(pasted);
    expect(within(dialog).getByText('Đọc được 1 dòng.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Thêm 1 dòng vào bảng' }));
    await user.click(screen.getByRole('button', { name: 'Lưu chỉ tiêu' }));
    expect(await screen.findByText('Đã lưu chỉ tiêu.')).toBeInTheDocument();
    const put = requests.find((r) => r.method === 'PUT');
    expect(put?.body).toEqual({
      items: [
        {
          communeCode: '14215',
          organizationId: farmers.id,
          conferences: 2,
          participants: 100,
          leaflets: 500,
        },
        {
          communeCode: '14236',
          organizationId: veterans.id,
          conferences: 1,
          participants: 1200,
          leaflets: null,
        },
      ],
    });
  });

  it('reads pasted rows by commune code or name, and names the lines it cannot read', () => {
    const communes = todayCommunes.map((unit) => ({
      code: unit.code,
      label: unit.name,
      formerName: null,
      search: unit.name,
    }));
    expect(
      readPastedTargets(
        `14215\t\t3\t\t\nPhường Nam Định\t${farmers.name}\t\t250\t\nXã Không Có\t\t1\t\t\n13669\t\tnhiều\t\t`,
        communes,
        organizations,
      ),
    ).toEqual({
      rows: [
        {
          communeCode: '14215',
          organizationId: null,
          conferences: 3,
          participants: null,
          leaflets: null,
        },
        {
          communeCode: '13669',
          organizationId: farmers.id,
          conferences: null,
          participants: 250,
          leaflets: null,
        },
      ],
      refused: [3, 4],
    });
  });

  it('downloads the results report of a quarter, and saves what staff wrote for it', async () => {
    const { requests } = mockPlanApi({
      'reports.saveTexts': (request) => ({
        body: {
          campaignId: campaign.id,
          documentNumber: '',
          planReference: '170/KH-UBND ngày 31/12/2024 của UBND tỉnh',
          generalAssessment: 'Đạt kế hoạch.',
          recommendations: '',
          recipients: ['UBND tỉnh'],
          updatedAt: '2026-05-15T02:00:00.000Z',
          ...(request.body as object),
        },
      }),
    });
    const files = mockFileDownloads([
      {
        route: 'reports.planReport',
        type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        name: 'bao-cao-ket-qua.docx',
      },
    ]);
    const { user } = renderApp(`/campaigns/${campaign.id}?tab=report`);
    await user.click(await screen.findByRole('combobox', { name: 'Kỳ báo cáo' }));
    await user.click(await screen.findByRole('option', { name: 'Quý II' }));
    expect(screen.getByText('Từ 01/04/2026 đến 30/06/2026')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Tải Word' }));
    await screen.findByText('Đã tải xuống “bao-cao-ket-qua.docx”.');
    expect(Object.fromEntries(files.requests[0].url.searchParams)).toEqual({
      campaignId: campaign.id,
      from: '2026-04-01',
      to: '2026-06-30',
      format: 'docx',
    });

    await user.type(screen.getByRole('textbox', { name: 'Đánh giá chung' }), 'Đạt kế hoạch.');
    await user.click(screen.getByRole('button', { name: 'Lưu nội dung' }));
    expect(await screen.findByText('Đã lưu nội dung báo cáo.')).toBeInTheDocument();
    await waitFor(() => expect(requests.some((r) => r.method === 'PUT')).toBe(true));
    expect(requests.find((r) => r.method === 'PUT')?.body).toMatchObject({
      generalAssessment: 'Đạt kế hoạch.',
      recipients: ['UBND tỉnh'],
    });
  });

  it('lets leadership read the targets and download the report, but not change them', async () => {
    mockPlanApi({}, 'leader');
    renderApp(`/campaigns/${campaign.id}?tab=targets`);
    await screen.findByRole('grid', { name: 'Bảng chỉ tiêu' });
    expect(screen.queryByRole('button', { name: 'Lưu chỉ tiêu' })).not.toBeInTheDocument();
    await screen.findByText('Xã Hải Hậu');
  });
  it("sums up each outreach channel's activities and reach, in the UI's language", async () => {
    mockPlanApi({}, 'leader');
    renderApp(`/campaigns/${campaign.id}?tab=channels`);
    const table = await screen.findByRole('table', { name: 'Kết quả theo kênh' });
    const sms = within(table).getByRole('row', { name: /^Đợt tin nhắn SMS/u });
    expect(within(sms).getByText('1.250.000')).toBeInTheDocument();
    const total = within(table).getByRole('row', { name: /^Tổng cộng/u });
    expect(within(total).getByText('412.000')).toBeInTheDocument();
    expect(
      screen.getByRole('figure', { name: 'Lượt xem và lượt chia sẻ theo kênh' }),
    ).toBeInTheDocument();

    await i18n.changeLanguage('en');
    expect(await screen.findByRole('row', { name: /^SMS wave/u })).toBeInTheDocument();
  });
  it('lists outreach activities with their channel and figures, and records an SMS wave', async () => {
    const { requests } = mockPlanApi({
      'activities.create': (request) => ({
        status: 201,
        body: { ...video, ...(request.body as object), id: '8c0d6b0e-1d1e-4c38-9a57-1f4a8a0000a2' },
      }),
    });
    const { user } = renderApp(`/campaigns/${campaign.id}?tab=channels`);
    const grid = await screen.findByRole('grid', { name: 'Danh sách hoạt động truyền thông' });
    const row = (await within(grid).findByText(video.title)).closest('[role="row"]') as HTMLElement;
    expect(within(row).getByText('Video')).toBeInTheDocument();
    expect(within(row).getByText('412.000 lượt xem · 9.100 lượt chia sẻ')).toBeInTheDocument();
    expect(within(row).getByText('10/02/2026')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Thêm hoạt động' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thêm hoạt động truyền thông' });
    await user.click(within(dialog).getByRole('combobox', { name: /^Kênh/u }));
    await user.click(await screen.findByRole('option', { name: 'Đợt tin nhắn SMS' }));
    await user.type(within(dialog).getByRole('textbox', { name: /^Tiêu đề/u }), 'Tin nhắn dịp Tết');
    expect(within(dialog).queryByRole('spinbutton', { name: 'Lượt xem' })).not.toBeInTheDocument();
    const messages = within(dialog).getByRole('spinbutton', { name: 'Số tin nhắn' });
    await user.type(messages, '-5');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Số tin nhắn không được âm')).toBeInTheDocument();
    const posted = () =>
      requests.filter((r) => r.method === 'POST' && r.path.endsWith('/activities'));
    expect(posted()).toEqual([]);

    await user.clear(messages);
    await user.type(messages, '1250000');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Đã lưu “Tin nhắn dịp Tết”.')).toBeInTheDocument();
    expect(posted()[0]?.body).toEqual({
      channel: 'sms',
      title: 'Tin nhắn dịp Tết',
      startsOn: '2026-05-15',
      endsOn: null,
      communeCode: null,
      link: null,
      notes: null,
      metrics: { messages: 1250000 },
    });
  });

  it("updates an activity's views as they grow, and sends only what changed", async () => {
    const { requests } = mockPlanApi({
      'activities.update': (request) => ({
        body: { ...video, ...(request.body as object) },
      }),
    });
    const { user } = renderApp(`/campaigns/${campaign.id}?tab=channels`);
    await user.click(await screen.findByRole('button', { name: `Sửa “${video.title}”` }));
    const dialog = await screen.findByRole('dialog', { name: 'Sửa hoạt động truyền thông' });
    const views = within(dialog).getByRole('spinbutton', { name: 'Lượt xem' });
    await user.clear(views);
    await user.type(views, '455000');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requests.find((r) => r.method === 'PATCH')?.body).toEqual({
      metrics: { views: 455000, shares: 9100 },
    });
  });
  it("imports the media team's sheet, naming the rows at fault until it is fixed", async () => {
    mockXhrThroughFetch();
    let fixed = false;
    mockPlanApi({
      'activities.import': () =>
        fixed
          ? { body: { imported: 2 } }
          : {
              status: 422,
              body: {
                statusCode: 422,
                error: 'Unprocessable Entity',
                message: 'Tệp có 1 lỗi, chưa nhập dòng nào.',
                code: 'FILE_ROWS_INVALID',
                errors: [{ row: 3, column: 'Lượt xem', message: 'Lượt xem không được âm' }],
                totalErrors: 1,
              },
            },
    });
    const { user } = renderApp(`/campaigns/${campaign.id}?tab=channels`);
    const input = await screen.findByLabelText('Tệp Excel hoặc CSV của các hoạt động');
    const sheet = new File(['Kênh,Tiêu đề,Ngày'], 'truyen-thong.csv', { type: 'text/csv' });
    await user.upload(input, sheet);
    expect(
      await screen.findByText('Dòng 3, cột “Lượt xem”: Lượt xem không được âm'),
    ).toBeInTheDocument();

    fixed = true;
    await user.upload(input, sheet);
    expect(await screen.findByText('Đã nhập 2 hoạt động.')).toBeInTheDocument();
    expect(screen.queryByText(/Dòng 3/u)).not.toBeInTheDocument();
  });
  it('deletes an activity entered by mistake, once confirmed', async () => {
    const { requests } = mockPlanApi({
      'activities.delete': () => ({ status: 204 }),
    });
    const { user } = renderApp(`/campaigns/${campaign.id}?tab=channels`);
    await user.click(await screen.findByRole('button', { name: `Xóa “${video.title}”` }));
    const dialog = await screen.findByRole('dialog', { name: 'Xóa hoạt động truyền thông?' });
    await user.click(within(dialog).getByRole('button', { name: 'Giữ lại' }));
    expect(requests.some((r) => r.method === 'DELETE')).toBe(false);

    await user.click(screen.getByRole('button', { name: `Xóa “${video.title}”` }));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Xóa hoạt động truyền thông?' })).getByRole(
        'button',
        { name: 'Xóa' },
      ),
    );
    expect(await screen.findByText(`Đã xóa “${video.title}”.`)).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'DELETE')).toMatchObject({
      route: 'activities.delete',
      params: { id: video.id },
    });
  });
});
