import type { Campaign, Role } from '@canhgiac/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { campaign, conferences, page, progress } from '../../../test/conference-fixtures';
import { mockReferenceApi } from '../../../test/reference-api';
import { renderApp } from '../../../test/render-app';

type Routes = Parameters<typeof mockReferenceApi>[0];

function mockCampaignApi(extra: Routes = {}, role: Role = 'staff') {
  return mockReferenceApi(
    {
      'campaigns.list': (request) => ({ body: page([campaign], request) }),
      'campaigns.get': () => ({ body: campaign }),
      'campaigns.progress': () => ({ body: progress }),
      'conferences.list': (request) => ({ body: page(conferences, request) }),
      ...extra,
    },
    { role },
  );
}

async function typeDate(
  user: ReturnType<typeof renderApp>['user'],
  dialog: HTMLElement,
  label: string,
  digits: string,
) {
  const group = within(dialog).getByRole('group', { name: label });
  await user.click(within(group).getAllByRole('spinbutton')[0]);
  await user.keyboard(digits);
}

// Long user flows through MUI selects and pickers: slow on a busy machine.
describe('campaigns list', { timeout: 60_000 }, () => {
  it('shows the period day-first and the targets the Vietnamese way', async () => {
    mockCampaignApi();
    renderApp('/campaigns');
    const grid = await screen.findByRole('grid', { name: 'Danh sách chiến dịch' });

    const row = (await within(grid).findByText(campaign.name)).closest(
      '[role="row"]',
    ) as HTMLElement;
    expect(within(row).getByText('01/01/2026 – 31/12/2026')).toBeInTheDocument();
    expect(within(row).getByText('15.000')).toBeInTheDocument();
    expect(within(row).getByText('20.000')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: campaign.name })).toHaveAttribute(
      'href',
      `/campaigns/${campaign.id}`,
    );
    // The pager speaks Vietnamese too.
    expect(screen.getByText('1–1 trên 1')).toBeInTheDocument();
  });

  it('creates a campaign with its period typed as dd/MM/yyyy', async () => {
    const { requests } = mockCampaignApi({
      'campaigns.create': (request) => ({
        status: 201,
        body: {
          ...campaign,
          ...(request.body as object),
          id: 'c0a80101-0000-4000-8000-0000000000f7',
        },
      }),
    });
    const { user } = renderApp('/campaigns');
    await screen.findByRole('grid', { name: 'Danh sách chiến dịch' });

    await user.click(screen.getByRole('button', { name: 'Thêm chiến dịch' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thêm chiến dịch' });
    await user.type(
      within(dialog).getByRole('textbox', { name: /^Tên chiến dịch/u }),
      'Chiến dịch mùa hè 2027',
    );
    const year = within(dialog).getByRole('spinbutton', { name: 'Năm kế hoạch' });
    await user.clear(year);
    await user.type(year, '2027');
    await typeDate(user, dialog, 'Ngày bắt đầu', '01062027');
    await typeDate(user, dialog, 'Ngày kết thúc', '31082027');
    await user.type(within(dialog).getByRole('spinbutton', { name: /^Chỉ tiêu hội nghị/u }), '12');
    await user.type(
      within(dialog).getByRole('spinbutton', { name: /^Chỉ tiêu người tham dự/u }),
      '3000',
    );
    await user.type(within(dialog).getByRole('spinbutton', { name: /^Chỉ tiêu tờ rơi/u }), '5000');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const post = requests.find((request) => request.route === 'campaigns.create');
    expect(post?.body).toEqual({
      name: 'Chiến dịch mùa hè 2027',
      year: 2027,
      startsOn: '2027-06-01',
      endsOn: '2027-08-31',
      targetConferences: 12,
      targetParticipants: 3000,
      targetLeaflets: 5000,
    });
  });

  it('creates a campaign with only the certificate settings typed in, the rest left to the defaults', async () => {
    const { requests } = mockCampaignApi({
      'campaigns.create': (request) => ({
        status: 201,
        body: {
          ...campaign,
          ...(request.body as object),
          certificate: campaign.certificate,
          id: 'c0a80101-0000-4000-8000-0000000000f8',
        },
      }),
    });
    const { user } = renderApp('/campaigns');
    await screen.findByRole('grid', { name: 'Danh sách chiến dịch' });

    await user.click(screen.getByRole('button', { name: 'Thêm chiến dịch' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thêm chiến dịch' });
    await user.type(
      within(dialog).getByRole('textbox', { name: /^Tên chiến dịch/u }),
      'Chiến dịch năm 2027',
    );
    const year = within(dialog).getByRole('spinbutton', { name: 'Năm kế hoạch' });
    await user.clear(year);
    await user.type(year, '2027');
    await typeDate(user, dialog, 'Ngày bắt đầu', '01012027');
    await typeDate(user, dialog, 'Ngày kết thúc', '31122027');
    for (const name of [/^Chỉ tiêu hội nghị/u, /^Chỉ tiêu người tham dự/u, /^Chỉ tiêu tờ rơi/u]) {
      await user.type(within(dialog).getByRole('spinbutton', { name }), '10');
    }
    await user.click(within(dialog).getByRole('button', { name: 'Giấy chứng nhận' }));
    const suffix = within(dialog).getByRole('textbox', { name: 'Ký hiệu số hiệu' });
    expect(suffix).not.toBeRequired();
    await user.type(suffix, 'gcn-ubnd');
    expect(suffix).toHaveValue('GCN-UBND');
    expect(suffix).toHaveAccessibleDescription('Số hiệu mẫu: 1/GCN-UBND-2027');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const post = requests.find((request) => request.route === 'campaigns.create');
    expect(post?.body).toEqual({
      name: 'Chiến dịch năm 2027',
      year: 2027,
      startsOn: '2027-01-01',
      endsOn: '2027-12-31',
      targetConferences: 10,
      targetParticipants: 10,
      targetLeaflets: 10,
      certificate: { serialSuffix: 'GCN-UBND' },
    });
  });

  it('says the end must come after the start, in Vietnamese, without sending', async () => {
    const { requests } = mockCampaignApi();
    const { user } = renderApp('/campaigns');
    await screen.findByRole('grid', { name: 'Danh sách chiến dịch' });
    await user.click(screen.getByRole('button', { name: 'Thêm chiến dịch' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thêm chiến dịch' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Tên chiến dịch/u }), 'Sai ngày');
    await typeDate(user, dialog, 'Ngày kết thúc', '01012026');
    await typeDate(user, dialog, 'Ngày bắt đầu', '01032026');
    for (const name of [/^Chỉ tiêu hội nghị/u, /^Chỉ tiêu người tham dự/u, /^Chỉ tiêu tờ rơi/u]) {
      await user.type(within(dialog).getByRole('spinbutton', { name }), '1');
    }
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    expect(
      await within(dialog).findByText('Ngày kết thúc phải sau ngày bắt đầu'),
    ).toBeInTheDocument();
    expect(requests.some((request) => request.route === 'campaigns.create')).toBe(false);
  });

  it('is read-only for leadership', async () => {
    mockCampaignApi({}, 'leader');
    renderApp('/campaigns');
    const grid = await screen.findByRole('grid', { name: 'Danh sách chiến dịch' });
    await within(grid).findByText(campaign.name);
    expect(screen.queryByRole('button', { name: 'Thêm chiến dịch' })).not.toBeInTheDocument();
    expect(within(grid).queryByRole('button', { name: /^Sửa/u })).not.toBeInTheDocument();
  });
});

describe('campaign page', { timeout: 60_000 }, () => {
  it('shows progress against the targets, conferences by status, and its conferences', async () => {
    const { requests } = mockCampaignApi();
    renderApp(`/campaigns/${campaign.id}`);

    expect(
      await screen.findByRole('heading', { level: 1, name: campaign.name }),
    ).toBeInTheDocument();
    expect(await screen.findByText('7/70 hội nghị (10%)')).toBeInTheDocument();
    const held = screen.getByRole('progressbar', { name: 'Hội nghị đã tổ chức' });
    expect(held).toHaveAttribute('aria-valuenow', '10');
    expect(screen.getByText('7/175 xã (4%)')).toBeInTheDocument();
    const byStatus = screen.getByRole('region', { name: 'Hội nghị theo trạng thái' });
    expect(within(byStatus).getByText('Dự kiến: 3')).toBeInTheDocument();
    expect(within(byStatus).getByText('Đã tổ chức: 7')).toBeInTheDocument();
    expect(within(byStatus).getByText('Đã hủy: 1')).toBeInTheDocument();

    const grid = await screen.findByRole('grid', { name: 'Danh sách hội nghị' });
    expect(await within(grid).findByText(conferences[0].title)).toBeInTheDocument();
    const list = requests.find((request) => request.route === 'conferences.list');
    expect(list?.query.get('campaignId')).toBe(campaign.id);
  });

  it('edits the campaign and sends only the changed target', async () => {
    const { requests } = mockCampaignApi({
      'campaigns.update': (request) => ({
        body: { ...campaign, ...(request.body as object) },
      }),
    });
    const { user } = renderApp(`/campaigns/${campaign.id}`);
    await screen.findByRole('heading', { level: 1, name: campaign.name });

    await user.click(screen.getByRole('button', { name: 'Sửa chiến dịch' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sửa chiến dịch' });
    const target = within(dialog).getByRole('spinbutton', { name: /^Chỉ tiêu hội nghị/u });
    await user.clear(target);
    await user.type(target, '80');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const patch = requests.find((request) => request.method === 'PATCH');
    expect(patch?.body).toEqual({ targetConferences: 80 });
  });

  it('edits the certificate settings, prefilled from the campaign, and sends only those changed', async () => {
    const { requests } = mockCampaignApi({
      'campaigns.update': (request) => {
        const { certificate, ...rest } = request.body as Partial<Campaign>;
        return {
          body: { ...campaign, ...rest, certificate: { ...campaign.certificate, ...certificate } },
        };
      },
    });
    const { user } = renderApp(`/campaigns/${campaign.id}`);
    await screen.findByRole('heading', { level: 1, name: campaign.name });

    await user.click(screen.getByRole('button', { name: 'Sửa chiến dịch' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sửa chiến dịch' });
    const section = within(dialog).getByRole('button', { name: 'Giấy chứng nhận' });
    expect(section).toHaveAttribute('aria-expanded', 'false');
    await user.click(section);
    const settings = within(dialog).getByRole('region', { name: 'Giấy chứng nhận' });
    const field = (name: RegExp) => within(settings).getByRole('textbox', { name });
    expect(field(/^Cơ quan chủ quản/u)).toHaveValue('UBND TỈNH NAM ĐỊNH');
    expect(field(/^Cơ quan cấp/u)).toHaveValue('SỞ KHOA HỌC VÀ CÔNG NGHỆ');
    expect(field(/^Chức vụ người ký/u)).toHaveValue('GIÁM ĐỐC');
    expect(field(/^Nơi cấp/u)).toHaveValue('Nam Định');
    const suffix = field(/^Ký hiệu số hiệu/u);
    expect(suffix).toHaveAccessibleDescription('Số hiệu mẫu: 1/GCN-SKHCN-2026');

    await user.clear(suffix);
    await user.type(suffix, 'GCN-SKHCN-TH');
    expect(suffix).toHaveAccessibleDescription('Số hiệu mẫu: 1/GCN-SKHCN-TH-2026');
    await user.clear(field(/^Họ tên người ký/u));
    await user.clear(field(/^Chức vụ người ký/u));
    await user.type(field(/^Chức vụ người ký/u), 'KT. GIÁM ĐỐC');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const patch = requests.find((request) => request.method === 'PATCH');
    expect(patch?.body).toEqual({
      certificate: { serialSuffix: 'GCN-SKHCN-TH', signerTitle: 'KT. GIÁM ĐỐC', signerName: '' },
    });
  });

  it('unfolds the certificate settings to show what is wrong, from the form or the server', async () => {
    const { requests } = mockCampaignApi({
      'campaigns.update': () => ({
        status: 400,
        body: {
          statusCode: 400,
          error: 'Bad Request',
          message: 'Dữ liệu không hợp lệ',
          code: 'VALIDATION_FAILED',
          details: [{ path: 'certificate.issuePlace', message: 'Nơi cấp quá dài để in' }],
        },
      }),
    });
    const { user } = renderApp(`/campaigns/${campaign.id}`);
    await screen.findByRole('heading', { level: 1, name: campaign.name });
    await user.click(screen.getByRole('button', { name: 'Sửa chiến dịch' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sửa chiến dịch' });
    const section = within(dialog).getByRole('button', { name: 'Giấy chứng nhận' });
    await user.click(section);
    const settings = within(dialog).getByRole('region', { name: 'Giấy chứng nhận' });
    const issuer = within(settings).getByRole('textbox', { name: /^Cơ quan cấp/u });
    await user.clear(issuer);
    await user.click(section);
    expect(section).toHaveAttribute('aria-expanded', 'false');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    expect(section).toHaveAttribute('aria-expanded', 'true');
    expect(issuer).toHaveAccessibleDescription('Không được để trống');
    await waitFor(() => expect(issuer).toHaveFocus());
    expect(requests.some((request) => request.method === 'PATCH')).toBe(false);

    await user.type(issuer, 'SỞ KHOA HỌC VÀ CÔNG NGHỆ NAM ĐỊNH');
    await user.click(section);
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    const place = within(settings).getByRole('textbox', { name: /^Nơi cấp/u });
    expect(await within(settings).findByText('Nơi cấp quá dài để in')).toBeInTheDocument();
    expect(section).toHaveAttribute('aria-expanded', 'true');
    expect(place).toHaveAccessibleDescription('Nơi cấp quá dài để in');
    expect(place).toHaveFocus();
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
  });
});
