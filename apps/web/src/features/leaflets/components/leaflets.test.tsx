import type { Role } from '@canhgiac/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockConferenceApi } from '../../../test/conference-api';
import { page } from '../../../test/conference-fixtures';
import { mockFileDownloads } from '../../../test/file-download';
import { allocations, batch, leafletSummary } from '../../../test/leaflet-fixtures';
import type { RecordedRequest } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';
import { todayInVietnam } from '../../../lib/date-time';

type Routes = Parameters<typeof mockConferenceApi>[0];
type User = ReturnType<typeof renderApp>['user'];

function mockLeafletsApi(extra: Routes = {}, role: Role = 'staff') {
  return mockConferenceApi(
    {
      'leaflets.listBatches': (request) => ({ body: page([batch], request) }),
      'leaflets.listAllocations': (request) => ({ body: page(allocations, request) }),
      'leaflets.summary': () => ({ body: leafletSummary }),
      ...extra,
    },
    role,
  );
}

async function openLeaflets() {
  const view = renderApp('/leaflets');
  await screen.findByRole('heading', { level: 1, name: 'Tờ rơi' });
  return view;
}

async function choose(user: User, scope: HTMLElement, name: RegExp, option: string) {
  await user.click(within(scope).getByRole('combobox', { name }));
  await user.click(await screen.findByRole('option', { name: option }));
}

const posts = (requests: RecordedRequest[], suffix: string) =>
  requests.filter((request) => request.method === 'POST' && request.path.endsWith(suffix));

describe('leaflet stock', () => {
  it('shows each batch with what is allocated and delivered as two bars, and what is left', async () => {
    mockLeafletsApi();
    await openLeaflets();
    const card = await screen.findByRole('article', { name: batch.title });

    const allocated = within(card).getByRole('progressbar', { name: 'Đã phân bổ' });
    expect(allocated).toHaveAttribute('aria-valuenow', '27');
    expect(allocated).toHaveAttribute('aria-valuetext', '5.300/20.000 tờ (27%)');
    const delivered = within(card).getByRole('progressbar', { name: 'Đã giao' });
    expect(delivered).toHaveAttribute('aria-valuenow', '19');
    expect(within(card).getByText('3.800/20.000 tờ (19%)')).toBeInTheDocument();
    expect(within(card).getByText('Còn lại trong kho: 14.700 tờ')).toBeInTheDocument();
    expect(within(card).getByText('Nhận ngày 05/01/2026 · 20.000 tờ')).toBeInTheDocument();
  });

  it('receives a batch into stock', async () => {
    const { requests } = mockLeafletsApi({
      'leaflets.createBatch': (request) => ({
        status: 201,
        body: {
          ...batch,
          ...(request.body as object),
          allocated: 0,
          delivered: 0,
          available: 5000,
        },
      }),
    });
    const { user } = await openLeaflets();

    await user.click(screen.getByRole('button', { name: 'Nhập lô tờ rơi' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nhập lô tờ rơi' });
    await user.type(
      within(dialog).getByRole('textbox', { name: /^Tên tờ rơi, lô in/u }),
      'Lô bổ sung',
    );
    await user.type(within(dialog).getByRole('spinbutton', { name: /^Số lượng/u }), '5000');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(posts(requests, '/leaflet-batches')).toHaveLength(1));
    expect(posts(requests, '/leaflet-batches')[0].body).toEqual({
      title: 'Lô bổ sung',
      quantity: 5000,
      receivedOn: todayInVietnam(),
      campaignId: null,
    });
    expect(await screen.findByText('Đã nhập lô “Lô bổ sung” (5.000 tờ).')).toBeInTheDocument();
  });

  it('is read-only for leadership', async () => {
    mockLeafletsApi({}, 'leader');
    await openLeaflets();
    const grid = await screen.findByRole('grid', { name: 'Danh sách phân bổ tờ rơi' });
    await within(grid).findByText('7/BBBG-2026');

    expect(screen.queryByRole('button', { name: 'Nhập lô tờ rơi' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Phân bổ từ lô/u })).not.toBeInTheDocument();
    expect(
      within(grid).queryByRole('button', { name: /^Ghi nhận đã giao/u }),
    ).not.toBeInTheDocument();
    expect(within(grid).queryByRole('button', { name: /^Tải biên bản/u })).not.toBeInTheDocument();
  });
});

describe('allocating leaflets', () => {
  it('allocates to a commune valid today, searched without accents', async () => {
    const { requests } = mockLeafletsApi({
      'leaflets.allocate': () => ({
        status: 201,
        body: {
          ...allocations[0],
          id: 'a0a80101-0000-4000-8000-0000000000f1',
          documentNumber: '11/BBBG-2026',
          quantity: 400,
          communeCode: '14236',
          recipientName: 'Xã Hải Hưng',
        },
      }),
    });
    const { user } = await openLeaflets();

    await user.click(await screen.findByRole('button', { name: `Phân bổ từ lô “${batch.title}”` }));
    const dialog = await screen.findByRole('dialog', { name: 'Phân bổ tờ rơi' });
    expect(within(dialog).getByText('Còn lại 14.700 tờ')).toBeInTheDocument();
    await user.type(
      within(dialog).getByRole('combobox', { name: /^Xã, phường nhận/u }),
      'hai hung',
    );
    await user.click(await screen.findByRole('option', { name: /^Xã Hải Hưng/u }));
    await user.type(within(dialog).getByRole('spinbutton', { name: /^Số lượng/u }), '400');
    await user.click(within(dialog).getByRole('button', { name: 'Phân bổ' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const [post] = posts(requests, '/allocations');
    expect(post).toMatchObject({ route: 'leaflets.allocate', params: { id: batch.id } });
    expect(post.body).toEqual({
      quantity: 400,
      organizationId: null,
      communeCode: '14236',
      conferenceId: null,
    });
    expect(
      await screen.findByText('Đã phân bổ 400 tờ cho Xã Hải Hưng (biên bản số 11/BBBG-2026).'),
    ).toBeInTheDocument();
  });

  it('says how many are left when the batch has too few (409 LEAFLETS_INSUFFICIENT)', async () => {
    mockLeafletsApi({
      'leaflets.allocate': () => ({
        status: 409,
        body: {
          statusCode: 409,
          error: 'Conflict',
          message: 'Lô chỉ còn 1.200 tờ, không đủ để phân bổ 20.000 tờ',
          code: 'LEAFLETS_INSUFFICIENT',
          available: 1200,
        },
      }),
    });
    const { user } = await openLeaflets();

    await user.click(await screen.findByRole('button', { name: /^Phân bổ từ lô/u }));
    const dialog = await screen.findByRole('dialog', { name: 'Phân bổ tờ rơi' });
    await user.click(within(dialog).getByRole('radio', { name: 'Tổ chức' }));
    await user.click(within(dialog).getByRole('combobox', { name: /^Tổ chức nhận/u }));
    await user.click(await screen.findByRole('option', { name: 'Hội Nông dân xã Hải Hậu' }));
    await user.type(within(dialog).getByRole('spinbutton', { name: /^Số lượng/u }), '20000');
    await user.click(within(dialog).getByRole('button', { name: 'Phân bổ' }));

    expect(
      await within(dialog).findByText('Lô chỉ còn 1.200 tờ, không đủ để phân bổ 20.000 tờ.'),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('spinbutton', { name: /^Số lượng/u })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });

  it('refuses zero leaflets and a missing recipient without sending anything', async () => {
    const { requests } = mockLeafletsApi();
    const { user } = await openLeaflets();

    await user.click(await screen.findByRole('button', { name: /^Phân bổ từ lô/u }));
    const dialog = await screen.findByRole('dialog', { name: 'Phân bổ tờ rơi' });
    await user.type(within(dialog).getByRole('spinbutton', { name: /^Số lượng/u }), '0');
    await user.click(within(dialog).getByRole('button', { name: 'Phân bổ' }));

    expect(await within(dialog).findByText('Số lượng phải lớn hơn 0')).toBeInTheDocument();
    const quantity = within(dialog).getByRole('spinbutton', { name: /^Số lượng/u });
    await user.clear(quantity);
    await user.type(quantity, '10');
    await user.click(within(dialog).getByRole('button', { name: 'Phân bổ' }));
    expect(
      await within(dialog).findByText('Hãy chọn đúng một nơi nhận: tổ chức, xã hoặc hội nghị'),
    ).toBeInTheDocument();
    expect(posts(requests, '/allocations')).toHaveLength(0);
  });
});

describe('deliveries and handover notes', () => {
  it('records a delivery: the day and who received the leaflets', async () => {
    const { requests } = mockLeafletsApi({
      'leaflets.deliver': (request) => ({
        body: { ...allocations[0], status: 'delivered', ...(request.body as object) },
      }),
    });
    const { user } = await openLeaflets();
    const grid = await screen.findByRole('grid', { name: 'Danh sách phân bổ tờ rơi' });

    await user.click(
      await within(grid).findByRole('button', { name: 'Ghi nhận đã giao biên bản 7/BBBG-2026' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Ghi nhận đã giao tờ rơi' });
    expect(
      within(dialog).getByText('Biên bản 7/BBBG-2026: 500 tờ cho Xã Hải Hậu.'),
    ).toBeInTheDocument();
    await user.type(
      within(dialog).getByRole('textbox', { name: /^Người nhận/u }),
      'Vũ Thị Mai, Văn phòng UBND',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Xác nhận đã giao' }));

    await waitFor(() => expect(posts(requests, '/deliver')).toHaveLength(1));
    expect(posts(requests, '/deliver')[0]).toMatchObject({
      route: 'leaflets.deliver',
      params: { id: allocations[0].id },
    });
    expect(posts(requests, '/deliver')[0].body).toEqual({
      deliveredOn: todayInVietnam(),
      receivedBy: 'Vũ Thị Mai, Văn phòng UBND',
    });
    expect(await screen.findByText('Đã ghi nhận giao 500 tờ cho Xã Hải Hậu.')).toBeInTheDocument();
  });

  it('cancels with a reason, saying the leaflets go back to stock', async () => {
    const { requests } = mockLeafletsApi({
      'leaflets.cancel': () => ({
        body: { ...allocations[0], status: 'cancelled', cancelReason: 'Xã đã nhận từ huyện' },
      }),
    });
    const { user } = await openLeaflets();
    const grid = await screen.findByRole('grid', { name: 'Danh sách phân bổ tờ rơi' });

    await user.click(await within(grid).findByRole('button', { name: 'Hủy phân bổ 7/BBBG-2026' }));
    const dialog = await screen.findByRole('dialog', { name: 'Hủy phân bổ tờ rơi' });
    expect(within(dialog).getByText(/500 tờ rơi sẽ được trả lại kho của lô/u)).toBeInTheDocument();
    await user.type(
      within(dialog).getByRole('textbox', { name: /^Lý do hủy/u }),
      'Xã đã nhận từ huyện',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Hủy phân bổ' }));

    await waitFor(() => expect(posts(requests, '/cancel')).toHaveLength(1));
    expect(posts(requests, '/cancel')[0].body).toEqual({ reason: 'Xã đã nhận từ huyện' });
    expect(await screen.findByText('Đã hủy phân bổ; 500 tờ đã trả lại kho.')).toBeInTheDocument();
  });

  it('downloads the handover note as a PDF, with the bearer token', async () => {
    mockLeafletsApi();
    const files = mockFileDownloads([
      {
        route: 'leaflets.slip',
        type: 'application/pdf',
        name: 'bien-ban-ban-giao-a0a80101.pdf',
      },
    ]);
    const { user } = await openLeaflets();
    const grid = await screen.findByRole('grid', { name: 'Danh sách phân bổ tờ rơi' });

    await user.click(
      await within(grid).findByRole('button', { name: 'Tải biên bản bàn giao 10/BBBG-2026' }),
    );

    expect(await screen.findByText('Đã tải biên bản bàn giao 10/BBBG-2026.')).toBeInTheDocument();
    expect(files.requests[0].params).toEqual({ id: allocations[1].id });
    expect(files.requests[0].headers.get('Authorization')).toBe('Bearer token-staff-refreshed');
    expect(files.saved).toHaveLength(1);
    expect(files.saved[0].name).toBe('bien-ban-ban-giao-a0a80101.pdf');
    expect(files.saved[0].blob.type).toBe('application/pdf');
  });

  it('filters the allocations by status on the server', async () => {
    const { requests } = mockLeafletsApi();
    const { user } = await openLeaflets();
    const section = await screen.findByRole('region', { name: 'Phân bổ và giao nhận' });

    await choose(user, section, /^Trạng thái/u, 'Đã giao');

    await waitFor(() =>
      expect(
        requests.some(
          (request) =>
            request.route === 'leaflets.listAllocations' &&
            request.query.get('status') === 'delivered',
        ),
      ).toBe(true),
    );
  });
});

describe('summary by commune', () => {
  it('lists allocated and delivered leaflets per commune of today, with the totals', async () => {
    mockLeafletsApi();
    await openLeaflets();
    const table = await screen.findByRole('table', { name: 'Tờ rơi theo xã, phường' });

    const haiHau = within(table).getByRole('row', { name: /Xã Hải Hậu/u });
    expect(
      within(haiHau)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['7', '4.200', '3.200']);
    const totals = within(table).getByRole('row', { name: /Tổng cộng/u });
    expect(
      within(totals)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['10', '5.300', '3.800']);
    expect(
      screen.getByText(
        'Tổng số in: 20.000 tờ · Đã phân bổ: 5.300 · Đã giao: 3.800 · Còn trong kho: 14.700',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('figure', { name: 'Tờ rơi đã phân bổ và đã giao theo xã, phường' }),
    ).toBeInTheDocument();
  });
});
